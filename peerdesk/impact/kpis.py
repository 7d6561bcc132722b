"""The pilot's impact in numbers, each with its definition and its target's status.

Participation, sessions held and per month, planned and actual duration,
time-to-competency against the baseline, satisfaction, teach/learn balance,
how facilitation is spread, skill gaps covered, and contributors. Figures are
cumulative through a week of the pilot, or for that week alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean

from peerdesk.domain import AttendanceRecord, CheckIn, Person, Program, Session
from peerdesk.schedule.service import first_session_date, program_end_date

DEFINITIONS = {
    "participation_rate": "attendances / invitations, over held sessions (cancelled ones excluded; "
    "walk-ins count as attendance, not invitation)",
    "sessions_held": "sessions marked held",
    "sessions_per_month": "sessions held per 30 days, from the program's start to the end of the period",
    "average_minutes": "average actual length of held sessions (planned length where none was recorded)",
    "average_planned_minutes": "average planned length of held sessions",
    "mean_rating": "mean of the one-question ratings (1-5)",
    "response_rate": "ratings given / attendances",
    "time_to_competency_days": "days from the program start (or the joined date, for onboarding programs) "
    "until a learner first reaches their target level, averaged",
    "baseline_days": "the same before the pilot: the figure the lead entered, or people who reached the "
    "same targets earlier",
    "time_to_competency_change": "time-to-competency against the baseline; negative is faster",
    "skill_gaps_covered": "members' wanted skills that a held session had as its topic",
    "facilitation_spread": "members who led at least one held session",
}
SATISFACTION_TARGET = 4.0


@dataclass(frozen=True)
class Target:
    """One of the program's targets and where it stands."""

    key: str
    name: str
    value: float | None
    target: float
    status: str  # met | on track | at risk | no data yet
    display: str
    target_display: str


@dataclass
class ProgramKpis:
    """Everything the dashboard and the report show for one program and period."""

    program: Program
    period_end: date
    week: int | None
    participation_rate: float | None = None
    invitations: int = 0
    attendances: int = 0
    sessions_held: int = 0
    sessions_per_month: float = 0.0
    average_minutes: float | None = None
    average_planned_minutes: float | None = None
    mean_rating: float | None = None
    rating_distribution: dict[int, int] = field(default_factory=dict)
    response_rate: float | None = None
    time_to_competency_days: float | None = None
    baseline_days: float | None = None
    time_to_competency_change: float | None = None
    reached: list[tuple[str, str, int, int]] = field(default_factory=list)  # name, skill, level, days
    balance: list[tuple[str, int, int]] = field(default_factory=list)  # name, led, attended as learner
    facilitators: Counter[str] = field(default_factory=Counter)
    skill_gaps_covered: tuple[int, int] = (0, 0)
    weekly_participation: list[tuple[int, float | None]] = field(default_factory=list)
    monthly_sessions: list[tuple[str, int]] = field(default_factory=list)
    contributors: list[tuple[str, int, int]] = field(default_factory=list)  # name, led, taught
    best_session: tuple[str, float] | None = None
    targets: list[Target] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The documented JSON of `peerdesk kpis --json`."""
        return {
            "program": self.program.name,
            "week": self.week,
            "period_end": self.period_end.isoformat(),
            "participation_rate": _round(self.participation_rate),
            "invitations": self.invitations,
            "attendances": self.attendances,
            "sessions_held": self.sessions_held,
            "sessions_per_month": round(self.sessions_per_month, 2),
            "average_minutes": _round(self.average_minutes),
            "average_planned_minutes": _round(self.average_planned_minutes),
            "mean_rating": _round(self.mean_rating),
            "rating_distribution": {str(k): v for k, v in sorted(self.rating_distribution.items())},
            "response_rate": _round(self.response_rate),
            "time_to_competency_days": _round(self.time_to_competency_days),
            "baseline_days": _round(self.baseline_days),
            "time_to_competency_change": _round(self.time_to_competency_change),
            "skill_gaps_covered": {
                "covered": self.skill_gaps_covered[0],
                "wanted": self.skill_gaps_covered[1],
            },
            "facilitators": dict(self.facilitators),
            "targets": {
                t.key: {"value": _round(t.value), "target": t.target, "status": t.status}
                for t in self.targets
            },
            "definitions": DEFINITIONS,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def week_of(program: Program, day: date) -> int:
    """Which week of the pilot a date falls in (1 = the first session's week)."""
    first = first_session_date(program)
    monday = first - timedelta(days=first.weekday())
    return (day - monday).days // 7 + 1


def week_end(program: Program, week: int) -> date:
    """The last day (Sunday) of week `week` of the pilot."""
    first = first_session_date(program)
    monday = first - timedelta(days=first.weekday())
    return monday + timedelta(days=7 * week - 1)


def compute_kpis(
    program: Program,
    sessions: list[Session],
    attendance: dict[int, list[AttendanceRecord]],
    people: list[Person],
    check_ins: list[CheckIn],
    *,
    today: date,
    through_week: int | None = None,
    only_week: int | None = None,
) -> ProgramKpis:
    """The KPIs of one program, cumulative through `through_week` (or to date), or for `only_week`."""
    week = only_week or through_week
    end = min(today, week_end(program, week)) if week else today
    names = {p.email: p.name for p in people}

    def in_period(s: Session) -> bool:
        w = week_of(program, s.start.date())
        return s.start.date() <= end and (only_week is None or w == only_week)

    held = [s for s in sessions if s.status == "held" and in_period(s)]
    k = ProgramKpis(program, end, week)
    k.sessions_held = len(held)
    invitations = attendances = 0
    ratings: list[int] = []
    for s in held:
        records = {r.email: r for r in attendance.get(s.id or 0, [])}
        invited = {a.email for a in s.attendees}
        invitations += len(invited)
        attendances += sum(1 for r in records.values() if r.present)
        ratings += [r.rating for r in records.values() if r.present and r.rating]
    k.invitations, k.attendances = invitations, attendances
    k.participation_rate = attendances / invitations if invitations else None
    k.rating_distribution = {n: ratings.count(n) for n in range(1, 6)}
    k.mean_rating = mean(ratings) if ratings else None
    k.response_rate = len(ratings) / attendances if attendances else None
    if held:
        k.average_planned_minutes = mean(s.minutes for s in held)
        k.average_minutes = mean(s.actual_minutes or s.minutes for s in held)
        scored = [
            (s.title, mean(r.rating for r in attendance.get(s.id or 0, []) if r.rating))
            for s in held
            if any(r.rating for r in attendance.get(s.id or 0, []))
        ]
        k.best_session = max(scored, key=lambda x: x[1]) if scored else None
    start = first_session_date(program)
    days = max((end - start).days + 1, 7) if only_week is None else 7
    k.sessions_per_month = len(held) * 30 / days if end >= start else 0.0
    k.weekly_participation = _weekly(program, sessions, attendance, end)
    k.monthly_sessions = sorted(Counter(f"{s.start:%Y-%m}" for s in held).items())
    _competency(k, program, people, check_ins, end)
    _people(k, program, held, attendance, names, people)
    k.targets = _targets(k, program, today)
    return k


def _weekly(
    program: Program, sessions: list[Session], attendance: dict[int, list[AttendanceRecord]], end: date
) -> list[tuple[int, float | None]]:
    weeks: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for s in sessions:
        if s.status == "held" and s.start.date() <= end:
            w = week_of(program, s.start.date())
            weeks[w][0] += sum(1 for r in attendance.get(s.id or 0, []) if r.present)
            weeks[w][1] += len(s.attendees)
    last = min(program.weeks, max(week_of(program, end), 0))
    return [(w, (weeks[w][0] / weeks[w][1]) if weeks[w][1] else None) for w in range(1, last + 1)]


def _competency(
    k: ProgramKpis, program: Program, people: list[Person], check_ins: list[CheckIn], end: date
) -> None:
    members = {e for e in program.members}
    by_key: dict[tuple[str, str], list[CheckIn]] = defaultdict(list)
    for c in check_ins:
        by_key[(c.email, c.skill.casefold())].append(c)
    durations = []
    for person in people:
        if person.email not in members:
            continue
        origin = person.joined if program.competency_from == "joined" and person.joined else program.start
        for goal in person.wants:
            if goal.target is None:
                continue
            reached = [
                c
                for c in by_key.get((person.email, goal.skill.casefold()), [])
                if c.level >= goal.target and origin <= c.day <= end
            ]
            if reached:
                first = min(reached, key=lambda c: c.day)
                days = (first.day - origin).days
                durations.append(days)
                k.reached.append((person.name, goal.skill, goal.target, days))
    k.time_to_competency_days = mean(durations) if durations else None
    k.baseline_days = program.baseline_days if program.baseline_days else _historical(program, check_ins)
    if k.time_to_competency_days is not None and k.baseline_days:
        k.time_to_competency_change = (k.time_to_competency_days - k.baseline_days) / k.baseline_days


def _historical(program: Program, check_ins: list[CheckIn]) -> float | None:
    """Days from a first check-in to reaching level 3, for skills reached before the pilot began."""
    series: dict[tuple[str, str], list[CheckIn]] = defaultdict(list)
    for c in check_ins:
        if c.day < program.start:
            series[(c.email, c.skill.casefold())].append(c)
    durations = []
    for items in series.values():
        items.sort(key=lambda c: c.day)
        base = items[0]
        reached = next((c for c in items[1:] if c.level >= 3 > base.level), None)
        if reached:
            durations.append((reached.day - base.day).days)
    return mean(durations) if durations else None


def _people(
    k: ProgramKpis,
    program: Program,
    held: list[Session],
    attendance: dict[int, list[AttendanceRecord]],
    names: dict[str, str],
    people: list[Person],
) -> None:
    led: Counter[str] = Counter()
    taught: Counter[str] = Counter()
    learned: Counter[str] = Counter()
    topics = set()
    for s in held:
        present = {r.email for r in attendance.get(s.id or 0, []) if r.present}
        for email in s.facilitators:
            led[email] += 1
            taught[email] += len(present - {email})
        for email in present - set(s.facilitators):
            learned[email] += 1
        if s.topic:
            topics.add(s.topic.casefold())
    k.facilitators = Counter({names.get(e, e): n for e, n in led.items()})
    k.balance = sorted(
        ((names.get(e, e), led[e], learned[e]) for e in program.members), key=lambda x: x[0].casefold()
    )
    k.contributors = sorted(
        ((names.get(e, e), led[e], taught[e]) for e in led), key=lambda x: (-x[1], -x[2], x[0])
    )[:5]
    members = set(program.members)
    wanted = {w.skill.casefold() for p in people if p.email in members for w in p.wants}
    k.skill_gaps_covered = (len(wanted & topics), len(wanted))


def _status(value: float | None, target: float, finished: bool) -> str:
    if value is None:
        return "no data yet"
    if value >= target:
        return "met"
    return "at risk" if finished or value < 0.85 * target else "on track"


def _targets(k: ProgramKpis, program: Program, today: date) -> list[Target]:
    finished = today > program_end_date(program)
    targets = [
        Target(
            "participation",
            "Participation rate",
            k.participation_rate,
            program.target_participation,
            _status(k.participation_rate, program.target_participation, finished),
            "-" if k.participation_rate is None else f"{k.participation_rate:.0%}",
            f"{program.target_participation:.0%}",
        ),
        Target(
            "sessions_per_month",
            "Sessions per month",
            k.sessions_per_month if k.sessions_held else None,
            program.target_sessions_per_month,
            _status(
                k.sessions_per_month if k.sessions_held else None, program.target_sessions_per_month, finished
            ),
            f"{k.sessions_per_month:.1f}",
            f"{program.target_sessions_per_month:g}",
        ),
        Target(
            "satisfaction",
            "Satisfaction",
            k.mean_rating,
            SATISFACTION_TARGET,
            _status(k.mean_rating, SATISFACTION_TARGET, finished),
            "-" if k.mean_rating is None else f"{k.mean_rating:.1f} / 5",
            f"{SATISFACTION_TARGET:g} / 5",
        ),
    ]
    change = k.time_to_competency_change
    faster = None if change is None else -change
    targets.append(
        Target(
            "faster_onboarding",
            "Faster time-to-competency",
            faster,
            program.target_faster_onboarding,
            _status(faster, program.target_faster_onboarding, finished)
            if faster is None or faster >= 0
            else "at risk",
            "-" if faster is None else (f"{faster:.0%} faster" if faster >= 0 else f"{-faster:.0%} slower"),
            f"{program.target_faster_onboarding:.0%} faster",
        )
    )
    return targets
