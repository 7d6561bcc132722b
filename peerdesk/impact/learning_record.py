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
from peerdesk.domain import Person
from peerdesk.schedule.service import Schedule, first_session_date
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
    """Everything a learning record shows, for one person and period."""

    person: Person
    start: date
    end: date
    led: tuple[dict[str, object], ...]
    attended: tuple[dict[str, object], ...]
    gains: tuple[dict[str, object], ...]
    feedback: tuple[FeedbackReceived, ...]


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def default_period(workspace: Workspace, person: Person, today: date) -> tuple[date, date]:
    """From the first session of the earliest program the person belongs to, to today."""
    programs = [p for p in Schedule(workspace).list_programs() if person.email in p.members]
    start = min((first_session_date(p) for p in programs), default=today)
    return min(start, today), today


def learning_record(
    workspace: Workspace, person: Person, start: date | None = None, end: date | None = None
) -> LearningRecord:
    """The person's record between `start` and `end` (default: their pilots so far)."""
    today = end or clock.today()
    if start is None or end is None:
        default_start, default_end = default_period(workspace, person, today)
        start, end = start or default_start, end or default_end
    schedule = Schedule(workspace)
    sessions = [s for s in schedule.list_sessions() if s.status == "held" and start <= s.start.date() <= end]
    attendance = AttendanceRepository(workspace.db).for_sessions([s.id or 0 for s in sessions])
    led, attended, feedback = [], [], []
    for s in sessions:
        records = attendance.get(s.id or 0, [])
        mine = next((r for r in records if r.email == person.email), None)
        present = mine is not None and mine.present
        if person.email in s.facilitators and present:
            others = [r for r in records if r.email != person.email and r.present]
            ratings = [r.rating for r in others if r.rating]
            led.append(
                {
                    "date": _day(s.start.date()),
                    "title": s.title,
                    "present": len(others),
                    "rating": f"{sum(ratings) / len(ratings):.1f}" if ratings else "-",
                }
            )
            feedback += [
                FeedbackReceived(s.start.date(), s.title, r.rating, r.answer.strip())
                for r in others
                if r.rating or r.answer.strip()
            ]
        elif present and mine is not None:
            attended.append(
                {
                    "date": _day(s.start.date()),
                    "title": s.title,
                    "commitment": mine.commitment if mine else "",
                }
            )
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
    return LearningRecord(person, start, end, tuple(led), tuple(attended), tuple(gains), tuple(feedback))


def record_values(record: LearningRecord) -> dict[str, object]:
    """The learning-record template's values."""
    p = record.person
    return {
        "person": {"name": p.name, "role": p.role, "team": p.team},
        "period": f"{_day(record.start)} - {_day(record.end)}",
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
