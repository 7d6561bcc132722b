"""The one-page end-of-pilot report: every target's outcome, sample sizes, what worked,
what did not, and a recommendation (scale / extend / stop) the lead can change.

It exists only once the pilot's last session is over.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import mean
from typing import TYPE_CHECKING

from peerdesk.domain import Program
from peerdesk.impact.kpis import DEFINITIONS, MIN_SAMPLE, ProgramKpis, groups_text, used_on_job_text
from peerdesk.impact.markdown import md_escape
from peerdesk.impact.survival import describe
from peerdesk.schedule.service import first_session_date, program_end_date

if TYPE_CHECKING:
    from peerdesk.impact.report import Impact
    from peerdesk.printing.templates import Rendered, TemplateLibrary

RECOMMENDATIONS = {
    "scale": "Scale it: run the format with more teams.",
    "extend": "Extend it: run it longer before deciding.",
    "stop": "Stop it: the pilot did not deliver enough to continue.",
}


NO_WINS = f"No session or format was rated 4 or more by at least {MIN_SAMPLE} people."
NO_MISSES = "Nothing fell short of its target."


def _ratings(n: int) -> str:
    return f"{n} rating" + ("" if n == 1 else "s")


class EndOfPilotRefused(ValueError):
    """The pilot is still running; the message says when its last session is."""


@dataclass(frozen=True)
class EndOfPilot:
    """The summary's values and its printable shapes."""

    kpis: ProgramKpis
    recommendation: str  # scale | extend | stop
    suggested: str
    reasons: tuple[str, ...]
    worked: tuple[str, ...]
    did_not: tuple[str, ...]
    samples: tuple[tuple[str, str], ...]
    note: str
    html: Rendered
    markdown: str


def suggest(kpis: ProgramKpis) -> tuple[str, list[str]]:
    """scale when every measured target is met; stop when two or more are at risk; else extend."""
    statuses = {t.key: t.status for t in kpis.targets}
    at_risk = [t.name for t in kpis.targets if t.status == "at risk"]
    met = [t.name for t in kpis.targets if t.status == "met"]
    open_ = [
        t.name
        for t in kpis.targets
        if t.status in ("too early to tell", "no comparable baseline", "no data yet", "on track")
    ]
    if len(at_risk) >= 2:
        return "stop", [f"{len(at_risk)} targets at risk: {', '.join(at_risk)}."]
    if not at_risk and not open_ and met:
        return "scale", [f"Every target met: {', '.join(met)}."]
    reasons = []
    if at_risk:
        reasons.append(f"At risk: {', '.join(at_risk)}.")
    if open_:
        reasons.append(f"Not yet shown: {', '.join(open_)}.")
    if statuses.get("faster_onboarding") == "too early to tell":
        reasons.append("Time-to-competency needs more learners at target before it can be compared.")
    return "extend", reasons


def end_of_pilot(
    impact: Impact,
    program: Program,
    *,
    recommendation: str | None = None,
    note: str = "",
    library: TemplateLibrary | None = None,
) -> EndOfPilot:
    """The end-of-pilot summary; EndOfPilotRefused while the pilot runs."""
    from peerdesk.printing.templates import Rendered, TemplateLibrary

    if not impact.pilot_ended(program):
        last = impact.last_session(program)
        when = f"{last.start:%a %d %b %Y at %H:%M}" if last else f"{program_end_date(program):%a %d %b %Y}"
        raise EndOfPilotRefused(
            f"{program.name} is still running: its last session is on {when}; "
            "the end-of-pilot report can be made after it"
        )
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        raise ValueError(f"the recommendation must be one of {', '.join(RECOMMENDATIONS)}")
    k = impact.kpis(program, as_of=impact.pilot_as_of(program))
    suggested, reasons = suggest(k)
    chosen = recommendation or suggested
    sessions = impact.schedule.list_sessions(program.id)
    formats = {f.key: f.name for f in impact.schedule.formats()}
    by_format: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for _title, key, score, n in k.session_ratings:
        by_format[key].append(score * n)
        counts[key] += n
    format_means = sorted(
        ((formats.get(key, key), sum(v) / counts[key], counts[key]) for key, v in by_format.items()),
        key=lambda x: -x[1],
    )
    ranked = sorted(k.session_ratings, key=lambda r: (-r[2], -r[3]))
    skipped = [s for s in sessions if s.status in ("skipped", "cancelled") and s.week is not None]
    low_weeks = [f"week {w} ({v:.0%})" for w, v in k.weekly_participation if v is not None and v < 0.5]
    worked: list[str] = []
    did_not: list[str] = []
    md_worked: list[str] = []
    md_did_not: list[str] = []
    for esc, good, bad in ((str, worked, did_not), (md_escape, md_worked, md_did_not)):
        good += [
            f"{esc(name)}: rated {s:.1f} of 5 ({_ratings(n)})"
            for name, s, n in format_means
            if s >= 4 and n >= MIN_SAMPLE
        ]
        good += [
            f"\u2018{esc(t)}\u2019: {m:.1f} of 5 ({_ratings(n)})"
            for t, _f, m, n in [r for r in ranked if r[3] >= MIN_SAMPLE][:2]
            if m >= 4
        ]
        good += [f"{t.name}: {t.display} against {t.target_display}" for t in k.targets if t.status == "met"]
        bad += [
            f"{t.name}: {t.display} against {t.target_display}" for t in k.targets if t.status == "at risk"
        ]
        bad += [
            f"\u2018{esc(t)}\u2019: {m:.1f} of 5 ({_ratings(n)})"
            for t, _f, m, n in [r for r in ranked[::-1] if r[3] >= MIN_SAMPLE][:2]
            if m < 3.5
        ]
        if not k.sessions_held:
            bad.append("No group session was held.")
        if skipped:
            bad.append(
                f"{len(skipped)} weekly session{'s' if len(skipped) != 1 else ''} skipped or cancelled"
            )
        if low_weeks:
            bad.append("Participation under half in " + ", ".join(low_weeks))
    ratings = sum(k.rating_distribution.values())
    samples = (
        ("Group sessions held", str(k.sessions_held)),
        ("Peer meetings held", str(k.peer_meetings_held)),
        ("People invited / present", f"{k.invitations} / {k.attendances}"),
        ("Walk-ins (counted apart)", str(k.walk_ins)),
        ("Facilitators' own ratings (left out)", str(k.facilitator_ratings)),
        ("Ratings given", str(ratings)),
        ("Used on the job (transfer follow-ups)", used_on_job_text(k, impact.today)),
        ("Learners (time-to-competency)", describe(k.competency)),
        ("Before the pilot", f"{describe(k.baseline)}; {groups_text(k)}"),
    )
    avg = mean(x[1] for x in format_means) if format_means else None
    values = {
        "program": {
            "name": program.name,
            "outcome": program.outcome,
            "dates": f"{first_session_date(program):%d %b} - {program_end_date(program):%d %b %Y}",
        },
        "generated": f"{impact.today:%d %B %Y}",
        "targets": k.targets,
        "samples": samples,
        "worked": worked or [NO_WINS],
        "did_not": did_not or [NO_MISSES],
        "md_worked": md_worked or [NO_WINS],
        "md_did_not": md_did_not or [NO_MISSES],
        "recommendation": chosen,
        "recommendation_text": RECOMMENDATIONS[chosen],
        "suggested": suggested,
        "reasons": reasons,
        "note": note,
        "average_format_rating": avg,
        "definitions": DEFINITIONS,
    }
    library = library or TemplateLibrary()
    html = library.render("end-of-pilot.html", values)
    markdown = _markdown(values)
    return EndOfPilot(
        k,
        chosen,
        suggested,
        tuple(reasons),
        tuple(worked),
        tuple(did_not),
        samples,
        note,
        Rendered(f"{program.name} - end of pilot", html, True, program.name),
        markdown,
    )


def _markdown(values: dict[str, object]) -> str:
    program = values["program"]
    assert isinstance(program, dict)
    lines = [
        f"## {md_escape(program['name'])}: end of pilot",
        "",
        "_"
        + " · ".join(
            part
            for part in (md_escape(program["outcome"]), program["dates"], f"prepared {values['generated']}")
            if part
        )
        + "_",
        "",
        f"### Recommendation: {values['recommendation']}",
        "",
        str(values["recommendation_text"]),
    ]
    if values["note"]:
        lines += ["", md_escape(values["note"])]
    lines += ["", "### Targets", "", "| Measure | Result | Target | Status |", "| --- | --- | --- | --- |"]
    lines += [f"| {t.name} | {t.display} | {t.target_display} | {t.status} |" for t in values["targets"]]  # type: ignore[attr-defined]
    lines += ["", "### Sample sizes", ""]
    lines += [f"- {name}: {value}" for name, value in values["samples"]]  # type: ignore[attr-defined]
    lines += ["", "### What worked", ""] + [f"- {w}" for w in values["md_worked"]]  # type: ignore[attr-defined]
    lines += ["", "### What did not", ""] + [f"- {w}" for w in values["md_did_not"]]  # type: ignore[attr-defined]
    return "\n".join(lines) + "\n"
