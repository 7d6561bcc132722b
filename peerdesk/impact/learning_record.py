"""A person's learning record for a period: sessions led (credited only when present) and
attended, skills gained within the period, and the feedback received as a facilitator.

"Feedback received" is what others gave at the sessions the person led: their
ratings and their answers to the one question, never the person's own, never
commitments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk import clock
from peerdesk.domain import Person, Program, Session
from peerdesk.i18n import _
from peerdesk.impact.texts import decimal
from peerdesk.schedule.service import Schedule, first_session_date, program_last_day
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository
from peerdesk.storage.impact import ImpactRepository


@dataclass(frozen=True)
class FeedbackReceived:
    """One rating and/or answer given at a session the person led."""

    day: date
    session: str
    rating: int | None
    answer: str


@dataclass(frozen=True)
class LearningRecord:
    """Everything a learning record, a certificate and a thank-you card show, for one person and period.

    `start`-`end` is the period asked for (a program's whole period); what is counted
    stops at `counted_to` (the day printed), so `to_date` says the period is not over.
    """

    person: Person
    start: date
    end: date
    led: tuple[dict[str, object], ...]
    attended: tuple[dict[str, object], ...]
    gains: tuple[dict[str, object], ...]
    feedback: tuple[FeedbackReceived, ...]
    reached: frozenset[str] = frozenset()
    shoutouts: tuple[str, ...] = ()
    counted_to: date | None = None

    @property
    def to_date(self) -> bool:
        """True when the record was made before the end of its period."""
        return self.counted_to is not None and self.counted_to < self.end

    @property
    def ratings(self) -> list[int]:
        """Every rating others gave at sessions the person led."""
        return [f.rating for f in self.feedback if f.rating]


def _day(day: date) -> str:
    """'3 December 2026' (German '3. Dezember 2026')."""
    from peerdesk.printing.wording import day_text

    return day_text(day)


def program_period(workspace: Workspace, program: Program) -> tuple[date, date]:
    """A program's whole period: from its start (or an earlier one-off) to the end of its last week."""
    days = [s.start.date() for s in Schedule(workspace).list_sessions(program.id)]
    start = min([program.start, first_session_date(program), *days])
    return start, max([program_last_day(program), *days])


def default_period(workspace: Workspace, person: Person, today: date) -> tuple[date, date]:
    """From the start of the earliest program the person belongs to or was invited in, to today."""
    schedule = Schedule(workspace)
    invited = {
        s.program_id for s in schedule.list_sessions() if person.email in {a.email for a in s.attendees}
    }
    programs = [p for p in schedule.list_programs() if person.email in p.members or p.id in invited]
    start = min((program_period(workspace, p)[0] for p in programs), default=today)
    return min(start, today), today


def learning_record(
    workspace: Workspace,
    person: Person,
    start: date | None = None,
    end: date | None = None,
    program: Program | None = None,
    today: date | None = None,
) -> LearningRecord:
    """What the person did between `start` and `end`, counted up to `today` at the latest.

    With a `program`: its sessions and shout-outs only, over its whole period by
    default. Without: every program, from the person's first pilot to today. The
    learning record, the certificate and the thank-you card all count with this.
    """
    today = today or end or clock.today()
    if program is not None:
        program_start, program_end = program_period(workspace, program)
        start, end = start or program_start, end or program_end
    elif start is None or end is None:
        default_start, default_end = default_period(workspace, person, today)
        start, end = start or default_start, end or default_end
    last_day = min(end, today)
    schedule = Schedule(workspace)
    sessions = [
        s
        for s in schedule.list_sessions(program.id if program else None)
        if s.status == "held" and start <= s.start.date() <= last_day
    ]
    led, attended, feedback, reached = _sessions(workspace, person, sessions)
    shoutouts = tuple(
        s.text
        for s in ImpactRepository(workspace.db).shoutouts(program.id if program else None)
        if s.email == person.email and s.day <= last_day
    )
    return LearningRecord(
        person,
        start,
        end,
        tuple(led),
        tuple(attended),
        tuple(_gains(workspace, person, start, last_day)),
        tuple(feedback),
        frozenset(reached),
        shoutouts,
        last_day,
    )


def _sessions(
    workspace: Workspace, person: Person, sessions: list[Session]
) -> tuple[list[dict[str, object]], list[dict[str, object]], list[FeedbackReceived], set[str]]:
    """Sessions led (credited only when present) and attended, feedback received, colleagues reached."""
    attendance = AttendanceRepository(workspace.db).for_sessions([s.id or 0 for s in sessions])
    led, attended, feedback, reached = [], [], [], set()
    for s in sessions:
        records = attendance.get(s.id or 0, [])
        mine = next((r for r in records if r.email == person.email), None)
        if mine is None or not mine.present:
            continue
        if person.email in s.facilitators:
            others = [r for r in records if r.email != person.email and r.present]
            ratings = [r.rating for r in others if r.rating]
            led.append(
                {
                    "date": _day(s.start.date()),
                    "title": s.title,
                    "present": len(others),
                    "rating": decimal(sum(ratings) / len(ratings)) if ratings else "-",
                }
            )
            reached |= {r.email for r in others}
            feedback += [
                FeedbackReceived(s.start.date(), s.title, r.rating, r.answer.strip())
                for r in others
                if r.rating or r.answer.strip()
            ]
        else:
            attended.append({"date": _day(s.start.date()), "title": s.title, "commitment": mine.commitment})
    return led, attended, feedback, reached


def _gains(workspace: Workspace, person: Person, start: date, end: date) -> list[dict[str, object]]:
    """Skill levels that rose at a check-in inside the period (against the check-in before it)."""
    gains = []
    last: dict[str, int] = {}
    for check in ImpactRepository(workspace.db).check_ins():
        if check.email != person.email or check.day > end:
            continue
        key = check.skill.casefold()
        if check.day >= start and key in last and check.level > last[key]:
            gains.append(
                {
                    "skill": check.skill,
                    "before": last[key],
                    "after": check.level,
                    "date": _day(check.day),
                    "assessor": check.assessor,
                }
            )
        last[key] = check.level
    return gains


def record_values(record: LearningRecord) -> dict[str, object]:
    """The learning-record template's values."""
    p = record.person
    return {
        "person": {"name": p.name, "role": p.role, "team": p.team},
        "period": period_text(record),
        "led": list(record.led),
        "attended": list(record.attended),
        "gains": list(record.gains),
        "feedback": [
            {
                "date": _day(f.day),
                "session": f.session,
                "rating": "-" if f.rating is None else str(f.rating),
                "answer": f.answer,
            }
            for f in record.feedback
        ],
        "answers": [f.answer for f in record.feedback if f.answer],
    }


def period_text(record: LearningRecord) -> str:
    """'2 November 2026 - 10 December 2026', or '2 November 2026 to date' before the period ends."""
    if record.to_date:
        return _("{day} to date").format(day=_day(record.start))
    return f"{_day(record.start)} - {_day(record.end)}"
