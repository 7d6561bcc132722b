"""Impact of a pilot: KPIs from the workspace, the weekly leadership report.

Gathers sessions, attendance, people and check-ins once and hands them to
`compute_kpis`; builds the report's values (quick wins, contributors,
shout-outs, next steps) for the HTML, Markdown and Slack templates.

A report covers completed weeks. The running week may be reported as a DRAFT
(marked on every page); a week that has not begun is refused. "The pilot has
ended" appears only once its last session is over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from peerdesk import clock, i18n
from peerdesk.domain import AttendanceRecord, CheckIn, Person, Program, Session
from peerdesk.i18n import _, nformat
from peerdesk.impact.kpis import (
    DEFINITIONS,
    LABELS,
    LEVELS,
    MIN_SAMPLE,
    ProgramKpis,
    commitments_text,
    competency_display,
    competency_reason,
    compute_kpis,
    groups_text,
    level_text,
    participation_text,
    satisfaction_text,
    used_on_job_text,
    week_end,
    week_of,
    weekly_rows,
)
from peerdesk.impact.markdown import plain, slack_escape
from peerdesk.impact.survival import CONVENTION, describe
from peerdesk.impact.tallies import KpiMemory
from peerdesk.impact.texts import date_range, decimal, long_date, percent, short_date
from peerdesk.schedule.service import Schedule, first_session_date, program_end_date, program_last_day
from peerdesk.storage import Workspace
from peerdesk.storage.attendance import AttendanceRepository
from peerdesk.storage.impact import ImpactRepository

if TYPE_CHECKING:
    from peerdesk.printing.templates import Rendered, TemplateLibrary

Escape = Callable[[object], str]
TOP_CONTRIBUTORS = 5


class ReportRefused(ValueError):
    """A report that cannot be made (a week that has not begun); the message says why."""


@dataclass(frozen=True)
class Report:
    """A leadership report in the shapes leads paste or send."""

    html: Rendered  # peerdesk.printing.templates.Rendered
    markdown: str  # Confluence, Notion, Teams
    slack: str  # Slack mrkdwn: no tables
    week: int = 0
    draft: bool = False


class Impact:
    """KPIs, reports and learning records of one workspace."""

    def __init__(self, workspace: Workspace, today: date | None = None, now: datetime | None = None) -> None:
        self.workspace = workspace
        self.today = today or (now.date() if now else clock.today())
        # the moment "now" (aware): the clock, or the start of `today` when a test fixes the day
        self.now = now or (clock.now() if today is None else datetime.combine(today, time(0), UTC))
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
        attendance: Mapping[int, Sequence[AttendanceRecord]] | None = None,
        as_of: date | None = None,
        programs: list[Program] | None = None,
        memory: KpiMemory | None = None,
    ) -> ProgramKpis:
        """The program's KPIs to date (or as of `as_of`), through week N, or for week N alone.

        Callers that already hold the roster, the check-ins, the programs or the program's sessions
        and their attendance (the window keeps them current edit by edit) pass them in to save
        reading them again, and `tallies` to count again only the sessions an edit changed.
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
            as_of=as_of,
            activation=self.schedule.people.activation_changes(),
            others=programs if programs is not None else self.schedule.list_programs(),
            transfer=self.repo.transfer_checks(program.id) if program.id is not None else [],
            memory=memory,
        )

    def pilot_as_of(self, program: Program) -> date:
        """The day a finished pilot's figures are as of: its last week's Sunday, or its last
        session's day if later (capped at today, for a pilot still running).
        """
        last = self.last_session(program)
        days = [program_last_day(program)] + ([last.start.date()] if last else [])
        return min(self.today, max(days))

    def current_week(self, program: Program) -> int:
        """The pilot's week today, between 1 and its last week."""
        return max(1, min(program.weeks, week_of(program, self.today)))

    def week_state(self, program: Program, week: int) -> str:
        """'complete' (its Sunday is past), 'running' (today is in it) or 'future'."""
        if week_end(program, week) < self.today:
            return "complete"
        return "running" if week_end(program, week) - self.today < timedelta(days=7) else "future"

    def completed_weeks(self, program: Program) -> list[int]:
        """The weeks of the pilot that are over."""
        return [w for w in range(1, program.weeks + 1) if self.week_state(program, w) == "complete"]

    def default_week(self, program: Program) -> int:
        """The last completed week; the first week (a draft) before any week is over."""
        done = self.completed_weeks(program)
        return done[-1] if done else 1

    def last_session(self, program: Program) -> Session | None:
        """The program's last session that is planned or held."""
        live = [s for s in self.schedule.list_sessions(program.id) if s.status in ("planned", "held")]
        return max(live, key=lambda s: s.end) if live else None

    def pilot_ended(self, program: Program) -> bool:
        """True once the program's last session is over."""
        last = self.last_session(program)
        if last is None:
            return self.today > program_end_date(program)
        return last.end_utc() <= self.now

    def check_week(self, program: Program, week: int) -> str:
        """The week's state, or ReportRefused for a week outside the pilot or not begun."""
        if not 1 <= week <= program.weeks:
            raise ReportRefused(
                _("week {week} is outside {name} (weeks 1-{weeks})").format(
                    week=week, name=program.name, weeks=program.weeks
                )
            )
        state = self.week_state(program, week)
        if state == "future":
            begins = week_end(program, week) - timedelta(days=6)
            raise ReportRefused(
                _(
                    "week {week} of {name} has not begun (it starts {day}); "
                    "a report covers completed weeks, or the running week as a draft"
                ).format(week=week, name=program.name, day=short_date(begins, weekday=True))
            )
        return state

    def report(
        self,
        program: Program,
        week: int | None = None,
        charts: dict[str, str] | None = None,
        library: TemplateLibrary | None = None,
    ) -> Report:
        """The week-N leadership report: KPIs to date and that week's own, quick wins, next steps.

        Written in the program's language ('' keeps the language in force).
        """
        with i18n.language(program.language):
            return self._report(program, week, charts, library)

    def _report(
        self,
        program: Program,
        week: int | None,
        charts: dict[str, str] | None,
        library: TemplateLibrary | None,
    ) -> Report:
        from peerdesk.printing.templates import (  # jinja2 only for reports
            TEMPLATE_NAMES,
            Rendered,
            TemplateLibrary,
        )

        library = library or TemplateLibrary()
        week = week or self.default_week(program)
        draft = self.check_week(program, week) == "running"
        people = self.schedule.people.list_people()
        check_ins = self.repo.check_ins()
        sessions = self.schedule.list_sessions(program.id)
        ended = week == program.weeks and self.pilot_ended(program)
        # the last week's report of a finished pilot is as of the same day as the end-of-pilot report
        as_of = self.pilot_as_of(program) if ended else None
        cumulative = self.kpis(
            program, through_week=week, people=people, check_ins=check_ins, sessions=sessions, as_of=as_of
        )
        this_week = self.kpis(program, only_week=week, people=people, check_ins=check_ins, sessions=sessions)
        names = {p.email: p.name for p in people}
        outputs = {}
        # the Markdown template escapes every value itself (printing/markdown.py): plain text here
        for kind, esc in (("html", plain), ("md", plain), ("slack", slack_escape)):
            values = {
                "program": {
                    "name": esc(program.name),
                    "outcome": esc(program.outcome),
                    "weeks": program.weeks,
                    "dates": date_range(first_session_date(program), program_end_date(program)),
                },
                "week": week,
                "generated": long_date(self.today),
                "draft": draft,
                "draft_note": _(
                    "DRAFT: week {week} is not over yet (it ends {day}); these figures will change."
                ).format(week=week, day=short_date(week_end(program, week), weekday=True)),
                "pilot_ended": ended,
                "lead_with_quick_win": week == 3,
                "quick_wins": quick_wins(cumulative, this_week, esc),
                "rows": kpi_rows(cumulative, this_week),
                "weeks": weekly_rows(cumulative),
                "targets": cumulative.targets,
                "contributors": [
                    (esc(n), led, taught) for n, led, taught in cumulative.contributors[:TOP_CONTRIBUTORS]
                ],
                "more_contributors": max(0, len(cumulative.contributors) - TOP_CONTRIBUTORS),
                "balance": [(esc(n), led, lr) for n, led, lr in cumulative.balance if led or lr],
                "shoutouts": [
                    {
                        "name": esc(names.get(s.email or "", s.email or "")),
                        "text": esc(s.text),
                        "day": short_date(s.day),
                    }
                    for s in self.repo.shoutouts(program.id)
                    if s.day <= cumulative.period_end
                ],
                "next_steps": next_steps(cumulative, program, week, ended),
                "charts": charts or {},
                "definitions": DEFINITIONS,
                "convention": _(CONVENTION),
                "reached": [(esc(n), esc(sk), lv, d) for n, sk, lv, d in cumulative.reached],
                "competency": {
                    "pilot": describe(cumulative.competency),
                    "baseline": f"{describe(cumulative.baseline)}; {groups_text(cumulative)}",
                    "verdict": competency_display(cumulative),
                },
            }
            name = {"html": TEMPLATE_NAMES["report"], "md": TEMPLATE_NAMES["report-md"]}.get(
                kind, "report-slack.txt"
            )
            outputs[kind] = library.render(name, values)
        title = _("{name} - week {week} report").format(name=program.name, week=week)
        title += " " + _("(DRAFT)") if draft else ""
        footer = (_("DRAFT") + " \u00b7 " if draft else "") + program.name  # printed on every page
        return Report(
            Rendered(title, outputs["html"], True, footer), outputs["md"], outputs["slack"], week, draft
        )


def _pct(value: float | None) -> str:
    return "-" if value is None else percent(value)


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else decimal(value, digits)


def _row(key: str, total: str, week: str = "-") -> dict[str, str]:
    tier = LEVELS.get(key)
    name = _("{label} (LTEM {tier})").format(label=LABELS[key], tier=tier) if tier else LABELS[key]
    return {
        "name": name,
        "total": total,
        "week": week,
        "definition": DEFINITIONS[key],
        "level": level_text(key),
    }


def kpi_rows(total: ProgramKpis, week: ProgramKpis) -> list[dict[str, str]]:
    """Each KPI to date beside that week's own figure, with its definition."""
    return [
        _row("participation_rate", participation_text(total), participation_text(week)),
        _row("sessions_held", str(total.sessions_held), str(week.sessions_held)),
        _row("peer_meetings_held", str(total.peer_meetings_held), str(week.peer_meetings_held)),
        _row("sessions_per_month", _num(total.sessions_per_month) if total.sessions_held else "-"),
        _row(
            "average_minutes",
            _("{actual} / {planned} min").format(
                actual=_num(total.average_minutes, 0), planned=_num(total.average_planned_minutes, 0)
            ),
            _("{actual} / {planned} min").format(
                actual=_num(week.average_minutes, 0), planned=_num(week.average_planned_minutes, 0)
            ),
        ),
        _row("mean_rating", satisfaction_text(total), satisfaction_text(week)),
        _row("response_rate", _pct(total.response_rate), _pct(week.response_rate)),
        _row("time_to_competency_days", describe(total.competency)),
        _row("baseline_days", f"{describe(total.baseline)}; {groups_text(total)}"),
        _row("time_to_competency_change", competency_display(total)),
        _row(
            "skill_gaps_covered",
            _("{covered} of {wanted}").format(
                covered=total.skill_gaps_covered[0], wanted=total.skill_gaps_covered[1]
            ),
        ),
        _row("commitments_reported", commitments_text(total), commitments_text(week)),
        _row("used_on_job", used_on_job_text(total, total.today)),
        _row("facilitation_spread", str(len(total.facilitators)), str(len(week.facilitators))),
    ]


def quick_wins(total: ProgramKpis, week: ProgramKpis, esc: Escape = plain) -> list[str]:
    """Plain-language wins worth telling leadership, best first (user text through `esc`)."""
    wins = []
    change = total.time_to_competency_change
    if change is not None and change < 0 and not total.too_early and total.baseline:
        wins.append(
            _(
                "Learners reach their target level {share} faster than before the pilot "
                "(median {days} days against {before}; {reached} of {learners} learners at target)."
            ).format(
                share=percent(-change),
                days=f"{total.time_to_competency_days:.0f}",
                before=f"{total.baseline_days:.0f}",
                reached=total.competency.reached,
                learners=total.competency.learners,
            )
        )
    if (
        total.participation_rate is not None
        and total.participation_rate >= total.program.target_participation
        and total.invitations >= MIN_SAMPLE
    ):
        wins.append(
            _(
                "Participation is {rate} ({present} of {invited} invited), at or above the {target} target."
            ).format(
                rate=percent(total.participation_rate),
                present=total.attendances,
                invited=total.invitations,
                target=percent(total.program.target_participation),
            )
        )
    for name, skill, level, days in sorted(total.reached, key=lambda r: r[3])[:2]:
        wins.append(
            nformat(
                "{name} reached {skill} level {level} in {n} day.",
                "{name} reached {skill} level {level} in {n} days.",
                days,
                name=esc(name),
                skill=esc(skill),
                level=level,
            )
        )
    rated = [(m, n, t) for t, _f, m, n in total.session_ratings if m >= 4 and n >= MIN_SAMPLE]
    if rated:
        score, count, title = max(rated, key=lambda r: (r[0], r[1]))
        wins.append(
            nformat(
                "\u2018{title}\u2019 was rated {score} of 5 by {n} person.",
                "\u2018{title}\u2019 was rated {score} of 5 by {n} people.",
                count,
                title=esc(title),
                score=decimal(score),
            )
        )
    if total.contributors:
        name, led, taught = total.contributors[0]
        wins.append(
            _("{name} has led {sessions}, teaching {colleagues}.").format(
                name=esc(name),
                sessions=nformat("{n} session", "{n} sessions", led),
                colleagues=nformat("{n} colleague", "{n} colleagues", taught),
            )
        )
    if not wins and total.sessions_held:
        wins.append(
            nformat("{n} group session held so far.", "{n} group sessions held so far.", total.sessions_held)
        )
    return wins


def next_steps(total: ProgramKpis, program: Program, week: int, ended: bool = False) -> list[str]:
    """What to do next, by the status rules in DEFINITIONS."""
    steps = []
    if total.unrecorded_weeks:
        steps.append(
            _("Record what happened at the session of {weeks}: not recorded yet.").format(
                weeks=_weeks(total.unrecorded_weeks)
            )
        )
    for target in total.targets:
        if target.status == "at risk" and target.key == "participation":
            steps.append(
                _("Participation is at risk: shorten sessions and use live examples from real work.")
            )
        elif target.status == "at risk" and target.key == "sessions_per_month":
            if total.skipped_weeks:
                steps.append(
                    _(
                        "The session of {weeks} was skipped or cancelled: "
                        "hold a make-up session or a one-off problem clinic."
                    ).format(weeks=_weeks(total.skipped_weeks))
                )
            else:
                steps.append(_("Fewer sessions per month than the target: add a one-off problem clinic."))
        elif target.status == "at risk" and target.key == "satisfaction":
            steps.append(_("Ratings are low: read the answers to the one question and adjust the format."))
        elif target.key == "faster_onboarding" and target.status in (
            "no data yet",
            "too early to tell",
            "no comparable baseline",
        ):
            reason = competency_reason(total)
            if reason:
                steps.append(
                    _("Time-to-competency cannot be compared yet because {reason}.").format(reason=reason)
                )
    if ended:
        steps.append(_("The pilot has ended: share this report and decide whether to scale it."))
    elif week < program.weeks:
        left = program.weeks - week
        steps.append(
            nformat(
                "{n} week to go after week {week}: keep rotating facilitators and thank contributors.",
                "{n} weeks to go after week {week}: keep rotating facilitators and thank contributors.",
                left,
                week=week,
            )
        )
    else:
        steps.append(_("The last week is under way: the end-of-pilot report follows its last session."))
    return steps


def _weeks(weeks: list[int]) -> str:
    """'week 2' or 'weeks 2, 4'."""
    listed = ", ".join(str(w) for w in weeks)
    return nformat("week {weeks}", "weeks {weeks}", len(weeks), weeks=listed)
