"""The pilot's impact in numbers, each with its definition and its target's status.

Participation, group sessions held and per month (peer meetings from matching
apart), planned and actual duration, time-to-competency against the baseline
(Kaplan-Meier, so learners still on their way count), satisfaction, teach/learn
balance, how facilitation is spread, skill gaps covered, and contributors.
Figures are cumulative through a week of the pilot, or for that week alone.

`DEFINITIONS` is the one text of every measure: the dashboard's tooltips, the
report and the README all show these words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean

from peerdesk import i18n
from peerdesk.collation import sort_key
from peerdesk.domain import AttendanceRecord, CheckIn, Person, Program, Session, TransferCheck
from peerdesk.i18n import N_, _, nformat
from peerdesk.impact.survival import (
    MIN_REACHED,
    Survival,
    entered_baseline,
    kaplan_meier,
    too_early,
)
from peerdesk.impact.tallies import KpiMemory, SessionTally, away_of, mean_of_counts
from peerdesk.impact.texts import Translated, decimal, percent, short_date, short_weekday_date
from peerdesk.impact.transfer import used_on_job
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.service import first_session_date, program_end_date, program_last_day

# Formats that matching gives pairs, mentor groups and pods: when such a session is not
# part of the weekly series, it is a peer meeting, not one of the program's group sessions.
PEER_MEETING_FORMATS = frozenset({"skill-swap", "shadow-shift", "learning-pod"})

LABELS = Translated(
    {
        "participation_rate": N_("Participation rate"),
        "sessions_held": N_("Group sessions held"),
        "peer_meetings_held": N_("Peer meetings held"),
        "sessions_per_month": N_("Sessions per month"),
        "average_minutes": N_("Average length (actual / planned)"),
        "mean_rating": N_("Satisfaction (mean rating)"),
        "response_rate": N_("Response rate"),
        "time_to_competency_days": N_("Time-to-competency"),
        "baseline_days": N_("Baseline before the pilot"),
        "time_to_competency_change": N_("Change against the baseline"),
        "skill_gaps_covered": N_("Skill gaps covered"),
        "commitments_reported": N_("Commitments reported back"),
        "used_on_job": N_("Used on the job"),
        "facilitation_spread": N_("People who led a session"),
        "colleagues_taught": N_("Colleagues taught"),
        "as_of": N_("As of"),
        "levels": N_("Evaluation level"),
        "logrank": N_("Log-rank test (time-to-competency)"),
        "wins": N_("Quick wins"),
        "status": N_("Status"),
    }
)
DEFINITIONS = Translated(
    {
        "participation_rate": N_(
            "invited people present / people invited, over the held sessions and peer meetings up to the "
            "report's day; cancelled and skipped ones are left out. Walk-ins (present without an invitation) "
            "are counted apart, never in the rate, so it is never above 100%. Someone invited who was away "
            "that day (time away on the roster) and not present is excused: counted apart, never as a "
            "no-show."
        ),
        "sessions_held": N_(
            "the program's group sessions (its weekly series and its one-off sessions) marked held, up to "
            "the report's day."
        ),
        "peer_meetings_held": N_(
            "meetings that matching planned (skill-swaps, shadow shifts, pod meetings) marked held, counted "
            "apart from the group sessions."
        ),
        "sessions_per_month": N_(
            "group sessions held per 30 days, from the first session to the report's day or the end of the "
            "pilot's last week, whichever is first (at least 30 days, so a few days are never scaled up to a "
            "month), and never more than were held in the busiest calendar month."
        ),
        "average_minutes": N_(
            "the average actual length of held sessions (the planned length where none was recorded), beside "
            "the average planned length."
        ),
        "mean_rating": N_(
            "the mean of the one-question ratings (1-5) given at held sessions by people present who did not "
            "lead the session (walk-ins included); a facilitator's rating of a session they led is left out "
            "and its count shown apart."
        ),
        "response_rate": N_("ratings counted in satisfaction / people present who did not lead the session."),
        "time_to_competency_days": N_(
            "the median number of days from the program start (or each person's joined date, for an "
            "onboarding pilot) until a member's check-in first reaches the target level they want, estimated "
            "with Kaplan-Meier so that learners still on their way and learners who left count for the days "
            "they were seen; with its 95% confidence interval and how many reached, are still learning or "
            "left. 'Left' means deactivated on or before the report's day (from the history of activation "
            "changes), so a later deactivation does not change an earlier report. Where the share still "
            "learning sits at exactly one half, the median is the midpoint of that stretch (R survival's "
            "rule; lifelines takes its end); the interval comes from the log-log band with Greenwood's "
            "variance (as lifelines; R's default is the log band), and once every learner has reached the "
            "target its upper end is that day."
        ),
        "baseline_days": N_(
            "the same median before the pilot, like with like: the figure the lead entered, or else people "
            "whose check-ins in the 12 months before the pilot's start show them learning one of the skills "
            "the pilot's learners are learning, from their first check-in below the target to the first at "
            "or above it (the target is the level they wanted, or else the level most of the pilot's "
            "learners want for that skill). Someone who was in another PeerDesk pilot at the time is left "
            "out. The report names both groups with their sizes, and says 'no comparable baseline' when "
            "there is none."
        ),
        "time_to_competency_change": N_(
            "the pilot's median against the baseline's, negative is faster; 'too early to tell' while fewer "
            "than 5 learners have reached their target, either median is missing, or the two 95% intervals "
            "overlap (the report says which)."
        ),
        "skill_gaps_covered": N_("skills the members want to learn that a held session had as its topic."),
        "commitments_reported": N_(
            "of the practice commitments people made at held sessions (a 'will practise' entry while "
            "present), the share reported back at that person's next held session of the program they "
            "attended (ticked 'reported back' there); a commitment whose maker has not attended a later "
            "session by the report's day is awaiting, counted apart, never as a miss."
        ),
        "facilitation_spread": N_(
            "members who led at least one held session and were recorded present at it."
        ),
        "colleagues_taught": N_("different people present at the held sessions a person led (present)."),
        "logrank": N_(
            "when two pilots are compared: whether their learners reach their targets at different speeds, "
            "by the log-rank test (as lifelines' logrank_test), with its p-value in words; 'n too small' "
            "with fewer than 5 learners in either group."
        ),
        "levels": N_(
            "every measure is tagged with its evaluation level, the tier of Thalheimer's Learning-Transfer "
            "Evaluation Model (LTEM) it gives evidence for: attendance is tier 1; sessions held, skill gaps "
            "covered and who led are tier 2 (activity); satisfaction, the response rate and commitments "
            "reported back are tier 3 (learner perceptions: what people say); time-to-competency is tier 6 "
            "(task competence: check-ins assessed against a target level, strongest when a lead or peer "
            "assessed them); observed use on the job would be tier 7."
        ),
        "used_on_job": N_(
            "of the learners asked at the 30/60/90-day transfer follow-ups after the pilot ('Have you used "
            "the skill at work since?'), the share whose latest answer for a skill is yes, with the number "
            "answered. These answers come after the pilot by design: every report counts the answers "
            "recorded up to the day it is prepared, and says so. What learners say of themselves; a lead's "
            "observation makes it stronger evidence."
        ),
        "as_of": N_(
            "every figure of a report is as of one day: the end of its week, or for the last week of a "
            "finished pilot and the end-of-pilot report, the pilot's last day (its last week's Sunday, or "
            "its last session if later). Sessions, attendance, check-ins and deactivations dated after that "
            "day do not change it."
        ),
        "wins": N_(
            "a quick win or a 'what worked' line needs at least 5 invitations (participation) or 5 ratings "
            "(a session or a format) behind it; fewer are never presented as a win."
        ),
        "status": N_(
            "met when the target is reached. Participation and satisfaction: on track when within 15% of the "
            "target while the pilot runs, at risk otherwise. Sessions per month: while the pilot runs, on "
            "track when no weekly session due so far was skipped or cancelled (a session past but not "
            "recorded yet is asked for, not counted as skipped), at risk when one was; at the end, at risk "
            "below the target. Time-to-competency: too early to tell as defined above, with the reason "
            "given, or no comparable baseline when there is none. No data yet before anything is recorded; "
            "an end-of-pilot report with no session held says so under what did not work."
        ),
    }
)
# How strong each number is as evidence: Will Thalheimer's LTEM tiers (Learning-Transfer Evaluation
# Model): 1 attendance, 2 activity, 3 learner perceptions, 6 task competence, 7 transfer to the job.
TIERS = Translated(
    {
        1: N_("attendance"),
        2: N_("activity"),
        3: N_("learner perceptions"),
        4: N_("knowledge"),
        5: N_("decision-making competence"),
        6: N_("task competence"),
        7: N_("transfer to the job"),
        8: N_("effects of transfer"),
    }
)
LEVELS = {
    "participation_rate": 1,
    "sessions_held": 2,
    "peer_meetings_held": 2,
    "sessions_per_month": 2,
    "average_minutes": 2,
    "mean_rating": 3,
    "response_rate": 3,
    "time_to_competency_days": 6,
    "baseline_days": 6,
    "time_to_competency_change": 6,
    "skill_gaps_covered": 2,
    "commitments_reported": 3,
    "facilitation_spread": 2,
    "colleagues_taught": 2,
    "used_on_job": 7,
}
TARGET_LEVELS = {"participation": 1, "sessions_per_month": 2, "satisfaction": 3, "faster_onboarding": 6}


def level_text(key: str) -> str:
    """'LTEM tier 1 (attendance)' for a measure, '' for one without a tier."""
    tier = LEVELS.get(key)
    return _("LTEM tier {tier} ({name})").format(tier=tier, name=TIERS[tier]) if tier else ""


SATISFACTION_TARGET = 4.0
NO_BASELINE = "no comparable baseline"
# Translators: a target's status in the reports ("met", "on track", "at risk"...)
STATUS_WORDS = Translated(
    {
        "met": N_("met"),
        "on track": N_("on track"),
        "at risk": N_("at risk"),
        "too early to tell": N_("too early to tell"),
        NO_BASELINE: N_("no comparable baseline"),
        "no data yet": N_("no data yet"),
    }
)


def status_text(status: str) -> str:
    """A target's status in the language in force (the status itself stays the English key)."""
    return STATUS_WORDS.get(status, status)


MIN_SAMPLE = 5  # a win needs at least this many invitations (participation) or ratings behind it


@dataclass(frozen=True)
class Target:
    """One of the program's targets and where it stands."""

    key: str
    name: str
    value: float | None
    target: float
    status: str  # met | on track | at risk | too early to tell | no comparable baseline | no data yet
    display: str
    target_display: str

    @property
    def status_text(self) -> str:
        """The status as the reports print it, in the language in force."""
        return status_text(self.status)


@dataclass
class ProgramKpis:
    """Everything the dashboard and the report show for one program and period."""

    program: Program
    period_end: date
    week: int | None
    today: date = date.min  # the day the figures are prepared (follow-up answers count up to it)
    participation_rate: float | None = None
    invitations: int = 0
    attendances: int = 0  # invited people present
    walk_ins: int = 0  # present without an invitation: counted apart
    excused: int = 0  # invited but away that day (time away) and not present: never a no-show
    facilitator_ratings: int = 0  # ratings facilitators gave sessions they led: left out, shown apart
    raters: int = 0  # people present who did not lead the session
    sessions_held: int = 0
    peer_meetings_held: int = 0
    sessions_per_month: float = 0.0
    average_minutes: float | None = None
    average_planned_minutes: float | None = None
    mean_rating: float | None = None
    rating_distribution: dict[int, int] = field(default_factory=dict)
    response_rate: float | None = None
    competency: Survival = field(default_factory=Survival)
    baseline: Survival | None = None
    baseline_group: BaselineGroup | None = None  # the historical baseline's window and skills
    time_to_competency_change: float | None = None
    reached: list[tuple[str, str, int, int]] = field(default_factory=list)  # name, skill, level, days
    balance: list[tuple[str, int, int]] = field(default_factory=list)  # name, led, attended as learner
    facilitators: Counter[str] = field(default_factory=Counter)
    skill_gaps_covered: tuple[int, int] = (0, 0)
    weekly_participation: list[tuple[int, float | None]] = field(default_factory=list)
    monthly_sessions: list[tuple[str, int]] = field(default_factory=list)  # 'Nov 2026', group sessions
    monthly_peer_meetings: list[tuple[str, int]] = field(default_factory=list)
    contributors: list[tuple[str, int, int]] = field(default_factory=list)  # name, led, people taught
    best_session: tuple[str, float] | None = None
    session_ratings: list[tuple[str, str, float, int]] = field(default_factory=list)  # title, format, mean, n
    targets: list[Target] = field(default_factory=list)
    used_on_job: tuple[int, int] = (0, 0)  # (answered yes, answered) at the transfer follow-ups
    commitments_made: int = 0
    commitments_due: int = 0  # made, and their maker has attended a later session since
    commitments_reported: int = 0  # of those due, reported back at that next session
    skipped_weeks: list[int] = field(default_factory=list)  # weekly sessions skipped or cancelled
    unrecorded_weeks: list[int] = field(default_factory=list)  # weekly sessions past but not recorded yet

    @property
    def time_to_competency_days(self) -> float | None:
        """The pilot's Kaplan-Meier median (None until half the learners reached their target)."""
        return self.competency.median

    @property
    def baseline_days(self) -> float | None:
        """The baseline's median."""
        return self.baseline.median if self.baseline else None

    @property
    def too_early(self) -> bool:
        """True while the time-to-competency comparison cannot be trusted yet."""
        return too_early(self.competency, self.baseline)

    def as_json(self) -> dict[str, object]:
        """The documented JSON of `peerdesk kpis --json`."""
        base = self.baseline
        return {
            "program": self.program.name,
            "week": self.week,
            "period_end": self.period_end.isoformat(),
            "participation_rate": _round(self.participation_rate),
            "invitations": self.invitations,
            "attendances": self.attendances,
            "walk_ins": self.walk_ins,
            "excused": self.excused,
            "facilitator_ratings_left_out": self.facilitator_ratings,
            "sessions_held": self.sessions_held,
            "peer_meetings_held": self.peer_meetings_held,
            "sessions_per_month": round(self.sessions_per_month, 2),
            "monthly_sessions": dict(self.monthly_sessions),
            "monthly_peer_meetings": dict(self.monthly_peer_meetings),
            "average_minutes": _round(self.average_minutes),
            "average_planned_minutes": _round(self.average_planned_minutes),
            "mean_rating": _round(self.mean_rating),
            "rating_distribution": {str(k): v for k, v in sorted(self.rating_distribution.items())},
            "response_rate": _round(self.response_rate),
            "time_to_competency_days": _round(self.time_to_competency_days),
            "time_to_competency_median_days": _round(self.time_to_competency_days),
            "time_to_competency_ci": _ci(self.competency),
            "reached": self.competency.reached,
            "still_learning": self.competency.still_learning,
            "left": self.competency.left,
            "baseline_days": _round(self.baseline_days),
            "baseline_median_days": _round(self.baseline_days),
            "baseline_ci": _ci(base),
            "baseline_reached": None if base is None or base.entered else base.reached,
            "baseline_still_learning": None if base is None or base.entered else base.still_learning,
            "baseline_left": None if base is None or base.entered else base.left,
            "baseline_entered": bool(base and base.entered),
            "comparison_groups": groups_text(self),
            "time_to_competency_change": _round(self.time_to_competency_change),
            "too_early_to_tell": self.too_early,
            "used_on_job": {"yes": self.used_on_job[0], "answered": self.used_on_job[1]},
            "commitments": {
                "made": self.commitments_made,
                "due": self.commitments_due,
                "reported_back": self.commitments_reported,
            },
            "skill_gaps_covered": {
                "covered": self.skill_gaps_covered[0],
                "wanted": self.skill_gaps_covered[1],
            },
            "facilitators": dict(self.facilitators),
            "contributors": [{"name": n, "led": led, "taught": t} for n, led, t in self.contributors],
            "targets": {
                t.key: {"value": _round(t.value), "target": t.target, "status": t.status}
                for t in self.targets
            },
            "definitions": dict(DEFINITIONS),
            "levels": {key: LEVELS[key] for key in LEVELS},
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _ci(s: Survival | None) -> list[float | None] | None:
    if s is None or s.ci is None:
        return None
    return [_round(s.ci[0]), _round(s.ci[1])]


def is_peer_meeting(session: Session) -> bool:
    """A meeting matching planned (a swap, shadow shift or pod meeting), not a group session."""
    return session.week is None and session.format_key in PEER_MEETING_FORMATS


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


def weekly_rows(k: ProgramKpis) -> list[tuple[str, str, str]]:
    """('W2', 'Mon 09 Mar - Sun 15 Mar 2026', '83%' or 'nothing held') for each week so far."""
    rows = []
    for week, value in k.weekly_participation:
        end = week_end(k.program, week)
        dates = f"{short_weekday_date(end - timedelta(days=6))} - {short_date(end, weekday=True)}"
        # Translators: W2 = week 2, a short label in a table of weeks
        label = _("W{week}").format(week=week)
        rows.append((label, dates, _("nothing held") if value is None else percent(value)))
    return rows


def month_label(day: date) -> str:
    """'Nov 2026' ('Nov. 2026' in German)."""
    return local_date(day, "%b %Y", "MMM y")


def _months(start: date, end: date) -> list[date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


Activation = Mapping[str, list[tuple[date, bool]]]  # email -> (day, active from that day), oldest first


def active_on(person: Person, changes: Activation, day: date) -> bool:
    """Whether `person` was active at the end of `day`, from their activation history.

    Before their first recorded change a person was in the opposite state; with no
    history at all, their present flag has always held.
    """
    history = changes.get(person.email, [])
    if not history:
        return person.active
    known = [active for when, active in history if when <= day]
    return known[-1] if known else not history[0][1]


def compute_kpis(
    program: Program,
    sessions: list[Session],
    attendance: Mapping[int, Sequence[AttendanceRecord]],
    people: list[Person],
    check_ins: list[CheckIn],
    *,
    today: date,
    through_week: int | None = None,
    only_week: int | None = None,
    as_of: date | None = None,
    activation: Activation | None = None,
    others: list[Program] | None = None,
    transfer: list[TransferCheck] | None = None,
    memory: KpiMemory | None = None,
) -> ProgramKpis:
    """The KPIs of one program as of one day: cumulative through `through_week` (or to date, or to
    `as_of`), or for `only_week`. Nothing dated after that day (held sessions and their attendance,
    check-ins, deactivations) changes a figure. `memory` keeps what can serve the next call (the
    dashboard: one rating typed counts that one session again, and nothing of the roster's).
    """
    week = only_week or through_week
    end = min(today, week_end(program, week)) if week else today
    if as_of is not None and only_week is None:
        end = min(today, as_of)
    activation = activation or {}
    names = {p.email: p.name for p in people}

    def in_period(s: Session) -> bool:
        return s.start.date() <= end and (only_week is None or week_of(program, s.start.date()) == only_week)

    held = [s for s in sessions if s.status == "held" and in_period(s)]
    group = [s for s in held if not is_peer_meeting(s)]
    k = ProgramKpis(program, end, week, today)
    k.sessions_held = len(group)
    k.peer_meetings_held = len(held) - len(group)
    away, away_key = away_of(people)
    kept = memory if memory is not None else KpiMemory()
    no_records: tuple[AttendanceRecord, ...] = ()

    def tally_of(s: Session) -> SessionTally:
        return kept.of(s, attendance.get(s.id or 0, no_records), away, away_key)

    counted = {s.id: tally_of(s) for s in sessions if s.status == "held" and s.start.date() <= end}
    ratings: list[int] = []
    for s in held:
        t = counted[s.id]
        k.excused += t.excused
        k.invitations += t.invited
        k.attendances += t.attended
        k.walk_ins += t.walk_ins
        ratings += t.learner_ratings
        k.facilitator_ratings += t.facilitator_ratings
        k.raters += t.raters
    k.participation_rate = k.attendances / k.invitations if k.invitations else None
    k.rating_distribution = {n: ratings.count(n) for n in range(1, 6)}
    k.mean_rating = mean_of_counts(ratings) if ratings else None
    k.response_rate = len(ratings) / k.raters if k.raters else None
    if held:
        k.average_planned_minutes = mean(s.minutes for s in held)
        k.average_minutes = mean(s.actual_minutes or s.minutes for s in held)
        for s in held:
            given = counted[s.id].learner_ratings
            if given:
                k.session_ratings.append((s.title, s.format_key, mean_of_counts(given), len(given)))
        k.best_session = (
            max(((t, m) for t, _f, m, _n in k.session_ratings), key=lambda x: x[1])
            if k.session_ratings
            else None
        )
    first = first_session_date(program)
    if only_week is None:  # a one-off held before the series' first session starts the period
        period_start = min([first, *(s.start.date() for s in group)])
    else:
        period_start = week_end(program, only_week) - timedelta(days=6)
    months = _months(period_start, end) if end >= period_start else []
    by_month = Counter(month_label(s.start.date()) for s in group)
    peer_by_month = Counter(month_label(s.start.date()) for s in held if is_peer_meeting(s))
    k.monthly_sessions = [(month_label(m), by_month[month_label(m)]) for m in months]
    k.monthly_peer_meetings = [(month_label(m), peer_by_month[month_label(m)]) for m in months]
    # after the pilot, the rate covers the pilot's weeks (and any later group session), not every day since
    last_day = max([week_end(program, program.weeks), *(s.start.date() for s in group)])
    rate_end = min(end, last_day)
    if group and rate_end >= period_start:
        days = max((rate_end - period_start).days + 1, 30)
        k.sessions_per_month = min(len(group) * 30 / days, max(by_month.values()))
    k.weekly_participation = _weekly(program, sessions, counted, end)
    series = sorted((s for s in sessions if s.week is not None and in_period(s)), key=lambda s: s.start)
    k.skipped_weeks = [s.week for s in series if s.status in ("skipped", "cancelled") and s.week]
    k.unrecorded_weeks = [s.week for s in series if s.status == "planned" and s.start.date() < end and s.week]
    part = kept.remember(
        "competency",
        (program, people, check_ins, end, activation, others),
        lambda: _competency(program, people, check_ins, sessions, attendance, end, activation, others or []),
    )
    k.reached = list(part.reached)
    k.competency, k.baseline, k.baseline_group = part.competency, part.baseline, part.baseline_group
    if k.competency.median is not None and k.baseline is not None and k.baseline.median:
        k.time_to_competency_change = (k.competency.median - k.baseline.median) / k.baseline.median
    members = kept.remember("members", (program, people), lambda: (_members(program, people), True))
    _people(k, program, held, counted, names, members)
    _commitments(k, held, attendance)
    k.used_on_job = used_on_job(transfer or [], set(program.members), today)
    k.targets = _targets(k, program, end)
    return k


def _commitments(
    k: ProgramKpis, held: list[Session], attendance: Mapping[int, Sequence[AttendanceRecord]]
) -> None:
    """Commitments made, due (the maker attended a later session) and reported back there."""
    open_: dict[str, bool] = {}  # email -> a commitment waits for their next attended session
    for s in sorted(held, key=lambda s: s.start):
        for r in attendance.get(s.id or 0, []):
            if not r.present:
                continue
            if open_.pop(r.email, False):
                k.commitments_due += 1
                k.commitments_reported += bool(r.reported_back)
            if r.commitment.strip():
                k.commitments_made += 1
                open_[r.email] = True


def _weekly(
    program: Program,
    sessions: list[Session],
    counted: dict[int | None, SessionTally],
    end: date,
) -> list[tuple[int, float | None]]:
    weeks: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for s in sessions:
        if s.status == "held" and s.start.date() <= end:
            w = week_of(program, s.start.date())
            weeks[w][0] += counted[s.id].attended
            weeks[w][1] += counted[s.id].invited
    last = min(program.weeks, max(week_of(program, end), 0))
    return [(w, (weeks[w][0] / weeks[w][1]) if weeks[w][1] else None) for w in range(1, last + 1)]


@dataclass(frozen=True)
class CompetencyPart:
    """Time-to-competency: the pilot's learners and the baseline, as the KPIs show them."""

    reached: tuple[tuple[str, str, int, int], ...]  # name, skill, level, days
    competency: Survival
    baseline: Survival | None
    baseline_group: BaselineGroup | None


def _competency(
    program: Program,
    people: list[Person],
    check_ins: list[CheckIn],
    sessions: list[Session],
    attendance: Mapping[int, Sequence[AttendanceRecord]],
    end: date,
    activation: Activation,
    others: list[Program],
) -> tuple[CompetencyPart, bool]:
    """Kaplan-Meier over the members' learning goals, and the baseline the same way; and whether
    that held without attendance (a learner who left is censored at the last time they were seen,
    which attendance tells)."""
    members = set(program.members)
    by_key: dict[tuple[str, str], list[CheckIn]] = defaultdict(list)
    for c in sorted(check_ins, key=lambda c: c.day):  # each person's history in day order
        by_key[(c.email, c.skill.casefold())].append(c)
    last_seen: dict[str, date] | None = None  # worked out when someone has left (a pass over everything)

    def seen_last(email: str) -> date | None:
        nonlocal last_seen
        if last_seen is None:
            last_seen = _last_seen(check_ins, sessions, attendance, end)
        return last_seen.get(email)

    reached: list[float] = []
    still: list[float] = []
    left: list[float] = []
    rows: list[tuple[str, str, int, int]] = []
    no_history: list[CheckIn] = []
    for person in people:
        if person.email not in members or not person.wants:
            continue
        origin = person.joined if program.competency_from == "joined" and person.joined else program.start
        if origin > end:
            continue  # not started yet
        active: bool | None = None
        for goal in person.wants:
            if goal.target is None:
                continue
            history = by_key.get((person.email, goal.skill.casefold()), no_history)
            first = None
            if history:
                if any(c.day <= origin and c.level >= goal.target for c in history):
                    continue  # at the target already when the pilot began: not a learner
                first = next((c for c in history if origin < c.day <= end and c.level >= goal.target), None)
            if first is not None:
                days = (first.day - origin).days
                reached.append(days)
                rows.append((person.name, goal.skill, goal.target, days))
                continue
            if active is None:
                active = active_on(person, activation, end)
            if not active:
                seen = seen_last(person.email) or origin
                left.append(max((min(seen, end) - origin).days, 0))
            else:
                still.append((end - origin).days)
    baseline_group = None
    if program.baseline_days:
        baseline = entered_baseline(program.baseline_days)
    else:
        baseline, baseline_group = historical_baseline(program, people, check_ins, activation, others=others)
    part = CompetencyPart(tuple(rows), kaplan_meier(reached, still, left), baseline, baseline_group)
    return part, last_seen is None


Members = tuple[tuple[tuple[str, str], ...], frozenset[str]]


def _members(program: Program, people: list[Person]) -> Members:
    """The program's members, (email, name) in name order, and the skills they want to learn."""
    names = {p.email: p.name for p in people}
    order = tuple(sorted(((e, names.get(e, e)) for e in program.members), key=lambda m: sort_key(m[1])))
    members = set(program.members)
    wanted = frozenset(w.skill.casefold() for p in people if p.email in members for w in p.wants)
    return order, wanted


def _last_seen(
    check_ins: list[CheckIn],
    sessions: list[Session],
    attendance: Mapping[int, Sequence[AttendanceRecord]],
    end: date,
) -> dict[str, date]:
    """Each person's last check-in or held session attended, up to `end`."""
    last_seen: dict[str, date] = {}
    for c in check_ins:
        if c.day <= end:
            last_seen[c.email] = max(last_seen.get(c.email, c.day), c.day)
    for s in sessions:
        if s.status == "held" and s.start.date() <= end:
            for r in attendance.get(s.id or 0, ()):
                if r.present:
                    last_seen[r.email] = max(last_seen.get(r.email, s.start.date()), s.start.date())
    return last_seen


BASELINE_MONTHS = 12  # the baseline window: check-ins in the 12 months before the pilot's start


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day {months} months before {day}")  # unreachable: 28 always exists


@dataclass(frozen=True)
class BaselineGroup:
    """Who the historical baseline compares with: the window, the skills and what was left out."""

    start: date
    end: date  # the day before the pilot's start
    skills: tuple[str, ...]
    in_other_pilots: int = 0  # series left out: the person was in another PeerDesk pilot then


def historical_baseline(
    program: Program,
    people: list[Person],
    check_ins: list[CheckIn],
    activation: Activation | None = None,
    *,
    others: list[Program] | None = None,
    months: int = BASELINE_MONTHS,
) -> tuple[Survival | None, BaselineGroup]:
    """Before the pilot, like with like: from someone's first check-in below their target to the
    first at or above it, on the skills the pilot's learners are learning, in the `months` before
    the pilot's start.

    The target is the level the person wants for that skill, or else the level most of the pilot's
    learners want for it. A series of someone who was a member of another pilot running at that
    time is left out (it measured that pilot, not learning as usual). A learner whose last check-in
    in the window is still below target is censored there (left, if inactive by the pilot's start).
    Only series with two or more check-ins count.
    """
    members = set(program.members)
    wanted: dict[str, Counter[int]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for p in people:
        if p.email in members:
            for w in p.wants:
                if w.target is not None:
                    wanted[w.skill.casefold()][w.target] += 1
                    names.setdefault(w.skill.casefold(), w.skill)
    group = BaselineGroup(
        months_before(program.start, months),
        program.start - timedelta(days=1),
        tuple(sorted(names.values(), key=sort_key)),
    )
    series: dict[tuple[str, str], list[CheckIn]] = defaultdict(list)
    for c in check_ins:
        if group.start <= c.day <= group.end and c.skill.casefold() in wanted:
            series[(c.email, c.skill.casefold())].append(c)
    if not series:  # nothing to compare with (and no pass over everyone's goals)
        return None, group
    own = {(p.email, w.skill.casefold()): w.target for p in people for w in p.wants if w.target}
    by_email = {p.email: p for p in people}
    reached: list[float] = []
    still: list[float] = []
    left: list[float] = []
    skipped = 0
    for key, items in series.items():
        items.sort(key=lambda c: c.day)
        target = own.get(key) or wanted[key[1]].most_common(1)[0][0]
        base = items[0]
        if base.level >= target or len(items) < 2:
            continue
        if _in_another_pilot(key[0], base.day, items[-1].day, program, others or []):
            skipped += 1
            continue
        hit = next((c for c in items[1:] if c.level >= target), None)
        person = by_email.get(key[0])
        if hit is not None:
            reached.append((hit.day - base.day).days)
        elif person is None or active_on(person, activation or {}, group.end):
            still.append((items[-1].day - base.day).days)
        else:
            left.append((items[-1].day - base.day).days)
    group = BaselineGroup(group.start, group.end, group.skills, skipped)
    if not (reached or still or left):
        return None, group
    return kaplan_meier(reached, still, left), group


def _in_another_pilot(email: str, first: date, last: date, program: Program, others: list[Program]) -> bool:
    """True when `email` was a member of another program running between `first` and `last`."""
    return any(
        email in o.members and o.start <= last and first <= program_last_day(o)
        for o in others
        if o.id != program.id
    )


def _people(
    k: ProgramKpis,
    program: Program,
    held: list[Session],
    counted: dict[int | None, SessionTally],
    names: dict[str, str],
    members: Members,
) -> None:
    led: Counter[str] = Counter()
    taught: dict[str, set[str]] = defaultdict(set)
    learned: Counter[str] = Counter()
    topics = set()
    for s in held:
        present, leaders = counted[s.id].present, counted[s.id].leaders
        learners = present - leaders
        for email in leaders & present:  # an absent facilitator led nothing
            led[email] += 1
            taught[email] |= learners
        learned.update(learners)  # (counted in C: a session of a department has thousands)
        if s.topic:
            topics.add(s.topic.casefold())
    k.facilitators = Counter({names.get(e, e): n for e, n in led.items()})
    order, wanted = members
    k.balance = [(name, led[e], learned[e]) for e, name in order]
    k.contributors = sorted(
        ((names.get(e, e), led[e], len(taught[e])) for e in led), key=lambda x: (-x[1], -x[2], x[0])
    )
    k.skill_gaps_covered = (len(wanted & topics), len(wanted))


def used_on_job_text(k: ProgramKpis, today: date) -> str:
    """'67% (2 of 3 answered, up to 25 Nov 2026)'."""
    yes, answered = k.used_on_job
    if not answered:
        return _("- (no follow-up answered yet)")
    return _("{rate} ({yes} of {answered} answered, up to {day})").format(
        rate=percent(yes / answered), yes=yes, answered=answered, day=short_date(today)
    )


def commitments_text(k: ProgramKpis) -> str:
    """'67% (2 of 3 due; 1 awaiting the next session)'."""
    if not k.commitments_made:
        return _("- (no commitments made)")
    rate = percent(k.commitments_reported / k.commitments_due) if k.commitments_due else "-"
    waiting = k.commitments_made - k.commitments_due
    return _("{rate} ({reported} of {due} due; {waiting} awaiting the next session)").format(
        rate=rate, reported=k.commitments_reported, due=k.commitments_due, waiting=waiting
    )


def groups_text(k: ProgramKpis) -> str:
    """Both groups of the time-to-competency comparison, named with their sizes."""
    c, b, g = k.competency, k.baseline, k.baseline_group
    pilot = nformat("pilot: {n} learner", "pilot: {n} learners", c.learners)
    if b is not None and b.entered:
        return _("{pilot}; before: the lead's figure, no group measured").format(pilot=pilot)
    if g is None:
        return pilot
    skills = ", ".join(g.skills) or _("no skill with a target level")
    window = f"{short_date(g.start)} - {short_date(g.end)}"
    apart = (
        _("; {n} left out (in another pilot then)").format(n=g.in_other_pilots) if g.in_other_pilots else ""
    )
    if b is None:
        text = _("{pilot} of {skills}; before: nobody learning these skills {window}")
        return text.format(pilot=pilot, skills=skills, window=window) + apart
    before = nformat("{n} learner", "{n} learners", b.learners)
    text = _("{pilot} of {skills}; before: {before} of the same skills, {window}")
    return text.format(pilot=pilot, skills=skills, before=before, window=window) + apart


def participation_text(k: ProgramKpis) -> str:
    """'67% (4 of 6 invited; 1 walk-in counted apart)'."""
    rate = "-" if k.participation_rate is None else percent(k.participation_rate)
    walk = (
        nformat("; {n} walk-in counted apart", "; {n} walk-ins counted apart", k.walk_ins)
        if k.walk_ins
        else ""
    )
    excused = _("; {n} excused (away)").format(n=k.excused) if k.excused else ""
    invited = _("{present} of {invited} invited").format(present=k.attendances, invited=k.invitations)
    return f"{rate} ({invited}{walk}{excused})"


def satisfaction_text(k: ProgramKpis) -> str:
    """'3.5 (2 ratings; 1 facilitator's own rating left out)'."""
    given = sum(k.rating_distribution.values())
    value = "-" if k.mean_rating is None else decimal(k.mean_rating)
    own = k.facilitator_ratings
    apart = nformat(
        "; {n} facilitator's own rating left out", "; {n} facilitators' own ratings left out", own
    )
    return f"{value} ({nformat('{n} rating', '{n} ratings', given)}{apart if own else ''})"


def _status(value: float | None, target: float, finished: bool) -> str:
    if value is None:
        return "no data yet"
    if value >= target:
        return "met"
    return "at risk" if finished or value < 0.85 * target else "on track"


def _sessions_status(k: ProgramKpis, per_month: float | None, target: float, finished: bool) -> str:
    """While the pilot runs, holding every weekly session due so far is on track (a partial month is
    never scaled against a full one); a skipped or cancelled week puts it at risk below target."""
    if per_month is None:
        return "at risk" if k.skipped_weeks else "no data yet"
    if per_month >= target:
        return "met"
    if not finished:
        return "at risk" if k.skipped_weeks else "on track"
    return "at risk"


def competency_display(k: ProgramKpis) -> str:
    """What the time-to-competency tile and the report's target row say."""
    change = k.time_to_competency_change
    if k.competency.learners == 0 or k.baseline is None:
        return "-"
    if k.too_early:
        return _("too early: {reached} of {learners} reached").format(
            reached=k.competency.reached, learners=k.competency.learners
        )
    assert change is not None
    if change <= 0:
        return _("{share} faster").format(share=percent(-change))
    return _("{share} slower").format(share=percent(change))


def competency_reason(k: ProgramKpis) -> str | None:
    """Why time-to-competency cannot be compared yet, in the words of the rules in DEFINITIONS."""
    c, b = k.competency, k.baseline
    if c.learners == 0:
        return _("no member has a target level for a skill they want to learn: set target levels")
    if b is None:
        return _(
            "there is no comparable baseline: enter the time-to-competency before the pilot, "
            "or record check-ins from before it for the same skills"
        )
    if c.reached == 0:
        return _("no learner has reached their target yet ({n} learning): keep recording check-ins").format(
            n=c.learners
        )
    if c.reached < MIN_REACHED:
        return _("it needs at least {min} learners at target to be compared ({n} so far)").format(
            min=MIN_REACHED, n=c.reached
        )
    if c.median is None:
        return _("fewer than half the learners have reached their target ({n} of {learners})").format(
            n=c.reached, learners=c.learners
        )
    if b.median is None:
        return _("fewer than half the baseline's learners reached their target: it has no median")
    if too_early(c, b):
        return _(
            "the {level} intervals of the pilot ({pilot}) and the baseline ({baseline}) overlap: "
            "more learners at target are needed to tell them apart"
        ).format(level=percent(0.95), pilot=_span(c), baseline=_span(b))
    return None


def _span(s: Survival) -> str:
    low, high = s.ci or (None, None)
    # Translators: the open upper end of a confidence interval, '12-open days'
    high_text = _("open") if high is None else f"{high:.0f}"
    return _("{low}-{high} days").format(low="?" if low is None else f"{low:.0f}", high=high_text)


def _targets(k: ProgramKpis, program: Program, as_of: date) -> list[Target]:
    finished = as_of > program_end_date(program)
    per_month = k.sessions_per_month if k.sessions_held else None
    targets = [
        Target(
            "participation",
            _("Participation rate"),
            k.participation_rate,
            program.target_participation,
            _status(k.participation_rate, program.target_participation, finished),
            "-" if k.participation_rate is None else percent(k.participation_rate),
            percent(program.target_participation),
        ),
        Target(
            "sessions_per_month",
            _("Sessions per month"),
            per_month,
            program.target_sessions_per_month,
            _sessions_status(k, per_month, program.target_sessions_per_month, finished),
            "-" if per_month is None else decimal(per_month),
            i18n.format_number(program.target_sessions_per_month),
        ),
        Target(
            "satisfaction",
            _("Satisfaction"),
            k.mean_rating,
            SATISFACTION_TARGET,
            _status(k.mean_rating, SATISFACTION_TARGET, finished),
            "-" if k.mean_rating is None else f"{decimal(k.mean_rating)} / 5",
            f"{i18n.format_number(SATISFACTION_TARGET)} / 5",
        ),
    ]
    change = k.time_to_competency_change
    faster = None if change is None else -change
    if k.baseline is None and k.competency.learners:
        status = NO_BASELINE
    elif k.competency.reached == 0 or k.baseline is None:
        status = "no data yet"
    elif k.too_early:
        status = "too early to tell"
    elif faster is not None and faster < 0:
        status = "at risk"
    else:
        status = _status(faster, program.target_faster_onboarding, finished)
    targets.append(
        Target(
            "faster_onboarding",
            _("Faster time-to-competency"),
            None if k.too_early else faster,
            program.target_faster_onboarding,
            status,
            competency_display(k),
            _("{share} faster").format(share=percent(program.target_faster_onboarding)),
        )
    )
    return targets


__all__ = ["DEFINITIONS", "LABELS", "MIN_REACHED", "ProgramKpis", "Target", "compute_kpis", "week_of"]
