"""Two programs, or a pilot and its baseline, side by side on the same KPIs and definitions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk import i18n
from peerdesk.domain import Program
from peerdesk.i18n import N_, _
from peerdesk.impact.kpis import (
    DEFINITIONS,
    LABELS,
    ProgramKpis,
    commitments_text,
    competency_display,
    groups_text,
    participation_text,
    satisfaction_text,
    used_on_job_text,
)
from peerdesk.impact.markdown import md_escape
from peerdesk.impact.survival import describe, logrank
from peerdesk.impact.texts import decimal, long_date, percent

if TYPE_CHECKING:
    from peerdesk.impact.report import Impact
    from peerdesk.printing.templates import Rendered

NOT_MEASURED = N_("not measured before the pilot")


@dataclass(frozen=True)
class ComparisonRow:
    """One measure for both sides, and how it is counted."""

    key: str
    name: str
    left: str
    right: str
    definition: str


@dataclass(frozen=True)
class Comparison:
    """The two sides' names and their rows."""

    left: str
    right: str
    rows: tuple[ComparisonRow, ...]
    generated: str = ""
    language: str = ""  # the first program's: its headings are printed in it ('' the language in force)

    def text(self) -> str:
        """Plain text for the terminal."""
        width = max(len(r.name) for r in self.rows) + 2
        lines = [f"{'':{width}}{self.left}  |  {self.right}"]
        lines += [f"{r.name:{width}}{r.left}  |  {r.right}" for r in self.rows]
        return "\n".join(lines)

    def markdown(self) -> str:
        """A Markdown table (user text escaped) with the definitions below."""
        with i18n.language(self.language):
            return self._markdown()

    def _markdown(self) -> str:
        left, right = md_escape(self.left), md_escape(self.right)
        lines = [
            "## " + _("{left} compared with {right}").format(left=left, right=right),
            "",
            f"| {_('Measure')} | {left} | {right} |",
            "| --- | --- | --- |",
        ]
        lines += [f"| {r.name} | {r.left} | {r.right} |" for r in self.rows]
        lines += ["", "### " + _("How each measure is counted"), ""]
        lines += [f"- **{r.name}**: {r.definition}" for r in self.rows]
        return "\n".join(lines) + "\n"

    def rendered(self, library: object | None = None) -> Rendered:
        """The printable comparison (HTML template compare.html)."""
        from peerdesk.printing.templates import Rendered, TemplateLibrary

        lib = library if isinstance(library, TemplateLibrary) else TemplateLibrary()
        with i18n.language(self.language):
            html = lib.render("compare.html", {"comparison": self, "generated": self.generated})
            title = _("{left} compared with {right}").format(left=self.left, right=self.right)
        return Rendered(title, html, True, self.left)


def _pct(value: float | None) -> str:
    return "-" if value is None else percent(value)


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else decimal(value, digits)


def kpi_values(k: ProgramKpis) -> dict[str, str]:
    """Each comparable measure of one program, as shown."""
    return {
        "participation_rate": participation_text(k),
        "sessions_held": str(k.sessions_held),
        "peer_meetings_held": str(k.peer_meetings_held),
        "sessions_per_month": _num(k.sessions_per_month) if k.sessions_held else "-",
        "average_minutes": _("{actual} / {planned} min").format(
            actual=_num(k.average_minutes, 0), planned=_num(k.average_planned_minutes, 0)
        ),
        "mean_rating": satisfaction_text(k),
        "response_rate": _pct(k.response_rate),
        "time_to_competency_days": describe(k.competency),
        "baseline_days": f"{describe(k.baseline)}; {groups_text(k)}",
        "time_to_competency_change": competency_display(k),
        "skill_gaps_covered": _("{covered} of {wanted}").format(
            covered=k.skill_gaps_covered[0], wanted=k.skill_gaps_covered[1]
        ),
        "commitments_reported": commitments_text(k),
        "used_on_job": used_on_job_text(k, k.today),
        "facilitation_spread": str(len(k.facilitators)),
    }


def compare_programs(impact: Impact, first: Program, second: Program | None = None) -> Comparison:
    """`first` beside `second`, or beside its own baseline when `second` is None (in `first`'s language)."""
    with i18n.language(first.language):
        return _compare(impact, first, second)


def _compare(impact: Impact, first: Program, second: Program | None) -> Comparison:
    a = impact.kpis(first, as_of=impact.pilot_as_of(first))
    left = kpi_values(a)
    generated = long_date(impact.today)
    language = i18n.current()
    if second is not None:
        b = impact.kpis(second, as_of=impact.pilot_as_of(second))
        right = kpi_values(b)
        rows = tuple(ComparisonRow(k, LABELS[k], left[k], right[k], DEFINITIONS[k]) for k in left)
        test = logrank(a.competency, b.competency)
        rows += (ComparisonRow("logrank", LABELS["logrank"], test.words, "", DEFINITIONS["logrank"]),)
        return Comparison(first.name, second.name, rows, generated, language)
    before = {k: _(NOT_MEASURED) for k in left}
    before["time_to_competency_days"] = f"{describe(a.baseline)}; {groups_text(a)}"
    keys = [k for k in left if k not in ("baseline_days", "time_to_competency_change")]
    rows = tuple(ComparisonRow(k, LABELS[k], left[k], before[k], DEFINITIONS[k]) for k in keys)
    rows += (
        ComparisonRow(
            "time_to_competency_change",
            LABELS["time_to_competency_change"],
            left["time_to_competency_change"],
            "",
            DEFINITIONS["time_to_competency_change"],
        ),
    )
    return Comparison(first.name, _("before the pilot"), rows, generated, language)
