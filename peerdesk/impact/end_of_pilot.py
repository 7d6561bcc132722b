"""The one-page end-of-pilot report: every target's outcome, sample sizes, what worked,
what did not, and a recommendation (scale / extend / stop) the lead can change.

It exists only once the pilot's last session is over.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import mean
from typing import TYPE_CHECKING

from peerdesk import i18n
from peerdesk.domain import Program
from peerdesk.i18n import N_, _, nformat
from peerdesk.impact.kpis import DEFINITIONS, MIN_SAMPLE, ProgramKpis, groups_text, used_on_job_text
from peerdesk.impact.markdown import md_escape
from peerdesk.impact.survival import describe
from peerdesk.impact.texts import Translated, date_range, decimal, long_date, percent, short_date
from peerdesk.printing.wording import shown
from peerdesk.schedule.service import first_session_date, program_end_date

if TYPE_CHECKING:
    from peerdesk.impact.report import Impact
    from peerdesk.printing.templates import Rendered, TemplateLibrary

RECOMMENDATIONS = Translated(
    {
        "scale": N_("Scale it: run the format with more teams."),
        "extend": N_("Extend it: run it longer before deciding."),
        "stop": N_("Stop it: the pilot did not deliver enough to continue."),
    }
)
# Translators: the recommendation of the end-of-pilot report, one word each
RECOMMENDATION_WORDS = Translated({"scale": N_("scale"), "extend": N_("extend"), "stop": N_("stop")})


def no_wins() -> str:
    """What worked, when nothing did (in the language in force)."""
    return _("No session or format was rated 4 or more by at least {n} people.").format(n=MIN_SAMPLE)


def no_misses() -> str:
    """What did not work, when nothing fell short."""
    return _("Nothing fell short of its target.")


def _ratings(n: int) -> str:
    return nformat("{n} rating", "{n} ratings", n)


def _rated(name: str, score: float, n: int) -> str:
    """'Micro-lesson: rated 4.2 of 5 (6 ratings)'."""
    return _("{name}: rated {score} of 5 ({ratings})").format(
        name=name, score=decimal(score), ratings=_ratings(n)
    )


def _session_rated(title: str, score: float, n: int) -> str:
    """A session's rating as what worked or did not, with the number of ratings."""
    return _("\u2018{title}\u2019: {score} of 5 ({ratings})").format(
        title=title, score=decimal(score), ratings=_ratings(n)
    )


def _against(t: object) -> str:
    """'Participation rate: 80% against 70%'."""
    return _("{name}: {value} against {target}").format(
        name=t.name,  # type: ignore[attr-defined]
        value=t.display,  # type: ignore[attr-defined]
        target=t.target_display,  # type: ignore[attr-defined]
    )


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
        return "stop", [_("{n} targets at risk: {names}.").format(n=len(at_risk), names=", ".join(at_risk))]
    if not at_risk and not open_ and met:
        return "scale", [_("Every target met: {names}.").format(names=", ".join(met))]
    reasons = []
    if at_risk:
        reasons.append(_("At risk: {names}.").format(names=", ".join(at_risk)))
    if open_:
        reasons.append(_("Not yet shown: {names}.").format(names=", ".join(open_)))
    if statuses.get("faster_onboarding") == "too early to tell":
        reasons.append(_("Time-to-competency needs more learners at target before it can be compared."))
    return "extend", reasons


def end_of_pilot(
    impact: Impact,
    program: Program,
    *,
    recommendation: str | None = None,
    note: str = "",
    library: TemplateLibrary | None = None,
) -> EndOfPilot:
    """The end-of-pilot summary, in the program's language; EndOfPilotRefused while the pilot runs."""
    with i18n.language(program.language):
        return _end_of_pilot(impact, program, recommendation=recommendation, note=note, library=library)


def _end_of_pilot(
    impact: Impact,
    program: Program,
    *,
    recommendation: str | None,
    note: str,
    library: TemplateLibrary | None,
) -> EndOfPilot:
    from peerdesk.printing.templates import Rendered, TemplateLibrary

    if not impact.pilot_ended(program):
        last = impact.last_session(program)
        if last:
            when = _("{day} at {time}").format(
                day=short_date(last.start.date(), weekday=True), time=f"{last.start:%H:%M}"
            )
        else:
            when = short_date(program_end_date(program), weekday=True)
        raise EndOfPilotRefused(
            _(
                "{name} is still running: its last session is on {when}; "
                "the end-of-pilot report can be made after it"
            ).format(name=program.name, when=when)
        )
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        raise ValueError(
            _("the recommendation must be one of {names}").format(names=", ".join(RECOMMENDATIONS))
        )
    k = impact.kpis(program, as_of=impact.pilot_as_of(program))
    suggested, reasons = suggest(k)
    chosen = recommendation or suggested
    sessions = impact.schedule.list_sessions(program.id)
    formats = {f.key: shown(f.name) for f in impact.schedule.formats()}
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
    low_weeks = [
        _("week {week} ({rate})").format(week=w, rate=percent(v))
        for w, v in k.weekly_participation
        if v is not None and v < 0.5
    ]
    worked: list[str] = []
    did_not: list[str] = []
    md_worked: list[str] = []
    md_did_not: list[str] = []
    for esc, good, bad in ((str, worked, did_not), (md_escape, md_worked, md_did_not)):
        good += [_rated(esc(name), s, n) for name, s, n in format_means if s >= 4 and n >= MIN_SAMPLE]
        good += [
            _session_rated(esc(t), m, n)
            for t, _f, m, n in [r for r in ranked if r[3] >= MIN_SAMPLE][:2]
            if m >= 4
        ]
        good += [_against(t) for t in k.targets if t.status == "met"]
        bad += [_against(t) for t in k.targets if t.status == "at risk"]
        bad += [
            _session_rated(esc(t), m, n)
            for t, _f, m, n in [r for r in ranked[::-1] if r[3] >= MIN_SAMPLE][:2]
            if m < 3.5
        ]
        if not k.sessions_held:
            bad.append(_("No group session was held."))
        if skipped:
            bad.append(
                nformat(
                    "{n} weekly session skipped or cancelled",
                    "{n} weekly sessions skipped or cancelled",
                    len(skipped),
                )
            )
        if low_weeks:
            bad.append(_("Participation under half in {weeks}").format(weeks=", ".join(low_weeks)))
    ratings = sum(k.rating_distribution.values())
    samples = (
        (_("Group sessions held"), str(k.sessions_held)),
        (_("Peer meetings held"), str(k.peer_meetings_held)),
        (_("People invited / present"), f"{k.invitations} / {k.attendances}"),
        (_("Walk-ins (counted apart)"), str(k.walk_ins)),
        (_("Facilitators' own ratings (left out)"), str(k.facilitator_ratings)),
        (_("Ratings given"), str(ratings)),
        (_("Used on the job (transfer follow-ups)"), used_on_job_text(k, impact.today)),
        (_("Learners (time-to-competency)"), describe(k.competency)),
        (_("Before the pilot"), f"{describe(k.baseline)}; {groups_text(k)}"),
    )
    avg = mean(x[1] for x in format_means) if format_means else None
    values = {
        "program": {
            "name": program.name,
            "outcome": program.outcome,
            "dates": date_range(first_session_date(program), program_end_date(program)),
        },
        "generated": long_date(impact.today),
        "targets": k.targets,
        "samples": samples,
        "worked": worked or [no_wins()],
        "did_not": did_not or [no_misses()],
        "md_worked": md_worked or [no_wins()],
        "md_did_not": md_did_not or [no_misses()],
        "recommendation": chosen,
        "recommendation_word": RECOMMENDATION_WORDS[chosen],
        "recommendation_text": RECOMMENDATIONS[chosen],
        "suggested": suggested,
        "suggested_word": RECOMMENDATION_WORDS[suggested],
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
        Rendered(_("{name} - end of pilot").format(name=program.name), html, True, program.name),
        markdown,
    )


def _markdown(values: dict[str, object]) -> str:
    program = values["program"]
    assert isinstance(program, dict)
    lines = [
        "## " + _("{name}: end of pilot").format(name=md_escape(program["name"])),
        "",
        "_"
        + " · ".join(
            part
            for part in (
                md_escape(program["outcome"]),
                program["dates"],
                _("prepared {date}").format(date=values["generated"]),
            )
            if part
        )
        + "_",
        "",
        "### " + _("Recommendation: {word}").format(word=values["recommendation_word"]),
        "",
        str(values["recommendation_text"]),
    ]
    if values["note"]:
        lines += ["", md_escape(values["note"])]
    header = " | ".join((_("Measure"), _("Result"), _("Target"), _("Status")))
    lines += ["", "### " + _("Targets"), "", f"| {header} |", "| --- | --- | --- | --- |"]
    lines += [f"| {t.name} | {t.display} | {t.target_display} | {t.status_text} |" for t in values["targets"]]  # type: ignore[attr-defined]
    lines += ["", "### " + _("Sample sizes"), ""]
    lines += [f"- {name}: {value}" for name, value in values["samples"]]  # type: ignore[attr-defined]
    lines += ["", "### " + _("What worked"), ""] + [f"- {w}" for w in values["md_worked"]]  # type: ignore[attr-defined]
    lines += ["", "### " + _("What did not"), ""] + [f"- {w}" for w in values["md_did_not"]]  # type: ignore[attr-defined]
    return "\n".join(lines) + "\n"
