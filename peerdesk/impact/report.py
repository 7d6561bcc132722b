"""Impact of a pilot: KPIs from the workspace, the weekly leadership report, learning records.

Gathers sessions, attendance, people and check-ins once and hands them to
`compute_kpis`; builds the report's values (quick wins, contributors,
shout-outs, next steps) for the HTML and Markdown templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.domain import AttendanceRecord, CheckIn, Person, Program, Session
from peerdesk.impact.kpis import DEFINITIONS, ProgramKpis, compute_kpis, week_of
from peerdesk.schedule.service import Schedule, first_session_date, program_end_date
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository
from peerdesk.storage.impact import ImpactRepository

if TYPE_CHECKING:
    from peerdesk.printing.templates import Rendered, TemplateLibrary


@dataclass(frozen=True)
class Report:
    """A leadership report in the three shapes leads paste or send."""

    html: Rendered  # peerdesk.printing.templates.Rendered
    markdown: str


class Impact:
    """KPIs, reports and learning records of one workspace."""

    def __init__(self, workspace: Workspace, today: date | None = None) -> None:
        self.workspace = workspace
        self.today = today or date.today()
        self.schedule = Schedule(workspace)
        self.attendance = AttendanceRepository(workspace.db)
        self.repo = ImpactRepository(workspace.db)

    def kpis(
        self,
        program: Program,
        *,
        through_week: int | None = None,
        only_week: int | None = None,
        people: list[Person] | None = None,
        check_ins: list[CheckIn] | None = None,
        sessions: list[Session] | None = None,
        attendance: dict[int, list[AttendanceRecord]] | None = None,
    ) -> ProgramKpis:
        """The program's KPIs to date, through week N, or for week N alone.

        Callers that already hold the roster, the check-ins or the program's sessions and their
        attendance (the window keeps them current edit by edit) pass them in to save reading them again.
        """
        if sessions is None:
            sessions = self.schedule.list_sessions(program.id)
        if attendance is None:
            attendance = self.attendance.for_sessions([s.id for s in sessions if s.id is not None])
        return compute_kpis(
            program,
            sessions,
            attendance,
            people if people is not None else self.schedule.people.list_people(),
            check_ins if check_ins is not None else self.repo.check_ins(),
            today=self.today,
            through_week=through_week,
            only_week=only_week,
        )

    def current_week(self, program: Program) -> int:
        """The pilot's week today, between 1 and its last week."""
        return max(1, min(program.weeks, week_of(program, self.today)))

    def report(
        self,
        program: Program,
        week: int | None = None,
        charts: dict[str, str] | None = None,
        library: TemplateLibrary | None = None,
    ) -> Report:
        """The week-N leadership report: KPIs to date and that week's own, quick wins, next steps."""
        from peerdesk.printing.templates import (  # jinja2 only for reports
            TEMPLATE_NAMES,
            Rendered,
            TemplateLibrary,
        )

        library = library or TemplateLibrary()
        week = week or self.current_week(program)
        if not 1 <= week <= program.weeks:
            raise ValueError(f"week {week} is outside {program.name} (weeks 1-{program.weeks})")
        cumulative = self.kpis(program, through_week=week)
        this_week = self.kpis(program, only_week=week)
        values = {
            "program": {
                "name": program.name,
                "outcome": program.outcome,
                "weeks": program.weeks,
                "dates": f"{first_session_date(program):%d %b} - {program_end_date(program):%d %b %Y}",
            },
            "week": week,
            "generated": f"{self.today:%d %B %Y}",
            "lead_with_quick_win": week == 3,
            "quick_wins": quick_wins(cumulative, this_week),
            "rows": kpi_rows(cumulative, this_week),
            "targets": cumulative.targets,
            "contributors": cumulative.contributors,
            "balance": cumulative.balance,
            "shoutouts": [
                {"name": self._name(s.email), "text": s.text, "day": f"{s.day:%d %b}"}
                for s in self.repo.shoutouts(program.id)
                if s.day <= cumulative.period_end
            ],
            "next_steps": next_steps(cumulative, program, week),
            "charts": charts or {},
            "definitions": DEFINITIONS,
            "reached": cumulative.reached,
        }
        html = library.render(TEMPLATE_NAMES["report"], values)
        markdown = library.render(TEMPLATE_NAMES["report-md"], values)
        return Report(Rendered(f"{program.name} - week {week} report", html, True, program.name), markdown)

    def _name(self, email: str | None) -> str:
        person = self.schedule.people.get(self.schedule.people.id_for_email(email) or -1) if email else None
        return person.name if person else (email or "")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def kpi_rows(total: ProgramKpis, week: ProgramKpis) -> list[dict[str, str]]:
    """Each KPI to date beside that week's own figure, with its definition."""
    change = total.time_to_competency_change
    return [
        {
            "name": "Participation rate",
            "total": _pct(total.participation_rate),
            "week": _pct(week.participation_rate),
            "definition": DEFINITIONS["participation_rate"],
        },
        {
            "name": "Sessions held",
            "total": str(total.sessions_held),
            "week": str(week.sessions_held),
            "definition": DEFINITIONS["sessions_held"],
        },
        {
            "name": "Sessions per month",
            "total": _num(total.sessions_per_month),
            "week": "-",
            "definition": DEFINITIONS["sessions_per_month"],
        },
        {
            "name": "Average length (actual / planned)",
            "total": f"{_num(total.average_minutes, 0)} / {_num(total.average_planned_minutes, 0)} min",
            "week": f"{_num(week.average_minutes, 0)} / {_num(week.average_planned_minutes, 0)} min",
            "definition": DEFINITIONS["average_minutes"],
        },
        {
            "name": "Satisfaction (mean rating)",
            "total": _num(total.mean_rating),
            "week": _num(week.mean_rating),
            "definition": DEFINITIONS["mean_rating"],
        },
        {
            "name": "Response rate",
            "total": _pct(total.response_rate),
            "week": _pct(week.response_rate),
            "definition": DEFINITIONS["response_rate"],
        },
        {
            "name": "Time-to-competency",
            "total": f"{_num(total.time_to_competency_days, 0)} days",
            "week": "-",
            "definition": DEFINITIONS["time_to_competency_days"],
        },
        {
            "name": "Baseline before the pilot",
            "total": f"{_num(total.baseline_days, 0)} days",
            "week": "-",
            "definition": DEFINITIONS["baseline_days"],
        },
        {
            "name": "Change against baseline",
            "total": "-"
            if change is None
            else (f"{-change:.0%} faster" if change <= 0 else f"{change:.0%} slower"),
            "week": "-",
            "definition": DEFINITIONS["time_to_competency_change"],
        },
        {
            "name": "Skill gaps covered",
            "total": f"{total.skill_gaps_covered[0]} of {total.skill_gaps_covered[1]}",
            "week": "-",
            "definition": DEFINITIONS["skill_gaps_covered"],
        },
        {
            "name": "People who led a session",
            "total": str(len(total.facilitators)),
            "week": str(len(week.facilitators)),
            "definition": DEFINITIONS["facilitation_spread"],
        },
    ]


def quick_wins(total: ProgramKpis, week: ProgramKpis) -> list[str]:
    """Plain-language wins worth telling leadership, best first."""
    wins = []
    if total.time_to_competency_change is not None and total.time_to_competency_change < 0:
        wins.append(
            f"Learners reach their target level {-total.time_to_competency_change:.0%} faster than "
            f"before the pilot ({total.time_to_competency_days:.0f} days against "
            f"{total.baseline_days:.0f})."
        )
    if (
        total.participation_rate is not None
        and total.participation_rate >= total.program.target_participation
    ):
        wins.append(
            f"Participation is {total.participation_rate:.0%}, above the "
            f"{total.program.target_participation:.0%} target."
        )
    for name, skill, level, days in sorted(total.reached, key=lambda r: r[3])[:2]:
        wins.append(f"{name} reached {skill} level {level} in {days} days.")
    if total.best_session and total.best_session[1] >= 4:
        wins.append(f"'{total.best_session[0]}' was rated {total.best_session[1]:.1f} of 5.")
    if total.contributors:
        name, led, taught = total.contributors[0]
        wins.append(f"{name} has led {led} session(s), teaching {taught} colleague(s).")
    if not wins and total.sessions_held:
        wins.append(f"{total.sessions_held} session(s) held so far.")
    return wins


def next_steps(total: ProgramKpis, program: Program, week: int) -> list[str]:
    """What to do next, from the targets at risk and the weeks left."""
    steps = []
    for target in total.targets:
        if target.status == "at risk" and target.key == "participation":
            steps.append("Participation is at risk: shorten sessions and use live examples from real work.")
        elif target.status == "at risk" and target.key == "sessions_per_month":
            steps.append(
                "Fewer sessions than planned: restore skipped weeks or add a one-off problem clinic."
            )
        elif target.status == "at risk" and target.key == "satisfaction":
            steps.append("Ratings are low: read the answers to the one question and adjust the format.")
        elif target.status == "no data yet" and target.key == "faster_onboarding":
            steps.append("Record competency check-ins so time-to-competency can be measured.")
    if week < program.weeks:
        steps.append(
            f"{program.weeks - week} week(s) to go: keep rotating facilitators and thank contributors."
        )
    else:
        steps.append("The pilot has ended: share this report and decide whether to scale it.")
    return steps
