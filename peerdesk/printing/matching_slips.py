"""Two printouts around a matching round: the skip slip before it, and how its pairs were chosen after it.

The skip slip is the paper twin of the skip notice (matching/notice.py): pin it
up or hand it out a few days before a round. "How these pairs were chosen"
puts a stored pairs run's certificate (kept with the run) on one page in words
a team reads: is it the best pairing, what each hard rule costs, who would
rather be together.
"""

from __future__ import annotations

from datetime import timedelta

from peerdesk.domain import Program
from peerdesk.i18n import _, nformat
from peerdesk.matching.certificate import BlockingPair, Certificate, Proof, RuleCost
from peerdesk.matching.notice import next_monday
from peerdesk.matching.proof import TOLERANCE
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered
from peerdesk.printing.wording import day_text
from peerdesk.storage.match_runs import MatchRunRepository

DASH = "\u2013"


def skip_slip(printouts, program: Program) -> Rendered:  # type: ignore[no-untyped-def]
    """The slip: when the next round is matched, and to whom and by when to reply SKIP."""
    day = next_monday(printouts.today)
    lead = printouts._name(program.organizer_email) if program.organizer_email else ""
    lead = lead or program.organizer_name or _("the organizer")
    values = printouts.common() | {
        "program": program.name,
        "when": _("We pair again on {day}.").format(day=day_text(day)),
        "ask": _("To sit this round out, reply SKIP to {lead} by {day}.").format(
            lead=lead, day=day_text(day - timedelta(days=1))
        ),
    }
    text = printouts.library.render(TEMPLATE_NAMES["skip-slip"], values)
    title = _("Skip slip")
    return Rendered(f"{title} {DASH} {program.name}", text, True, program.name, one_page=True)


def latest_certificate(printouts, program: Program) -> tuple[int, dict[str, object]] | None:  # type: ignore[no-untyped-def]
    """The newest stored pairs or mentor run of `program` that kept a certificate: (run id, certificate)."""
    runs = MatchRunRepository(printouts.workspace.db).list_runs(program.id)
    for run in sorted(runs, key=lambda r: r.id, reverse=True):
        if run.mode in ("pairs", "mentor") and isinstance(run.result.get("certificate"), dict):
            return run.id, run.result["certificate"]  # type: ignore[return-value]
    return None


def chosen_lines(data: dict[str, object], names: dict[str, str]) -> tuple[str, list[str], list[str]]:
    """(the proof in words, what each hard rule costs, the blocking pairs) of a stored certificate."""
    p = data["proof"]
    assert isinstance(p, dict)
    people = int(data.get("people", 0) or 0)  # type: ignore[call-overload]
    sample = (
        nformat("We looked at {n} person", "We looked at {n} people", people)
        + " "
        + nformat("and {n} possible pair.", "and {n} possible pairs.", int(p["candidate_pairs"]))
    )
    gap = float(p["gap"])
    if abs(gap) <= TOLERANCE:
        verdict = _(
            "These pairs are the best possible: their total of {chosen:g} points equals the proven "
            "upper bound of {bound:g}, so no other pairing scores higher."
        ).format(chosen=float(p["chosen"]), bound=float(p["bound"]))
    else:
        verdict = _(
            "These pairs score {chosen:g} points; no pairing can score more than {bound:g}, "
            "a gap of {gap:g} points."
        ).format(chosen=float(p["chosen"]), bound=float(p["bound"]), gap=gap)
    costs = tuple(
        RuleCost(c["rule"], c["in_force"], c["pairs_ruled_out"], c["optimum_without"], c["cost"], ())
        for c in data.get("rule_costs", [])  # type: ignore[union-attr]
    )
    blocking = tuple(
        BlockingPair(b["a"], b["b"], b["together"], b["a_now"], b["b_now"])
        for b in data.get("blocking_pairs", [])  # type: ignore[union-attr]
    )
    proof = Proof(0.0, 0.0, 0.0, 0.0, "", 0, True)
    lines = Certificate(proof, costs, blocking).lines(names)[1:]
    return f"{sample} {verdict}", lines[: len(costs)], lines[len(costs) :]


def how_chosen(printouts, program: Program) -> Rendered:  # type: ignore[no-untyped-def]
    """'How these pairs were chosen': the newest pairs or mentor run's certificate on one page."""
    from peerdesk.printing.printouts import PrintoutError

    found = latest_certificate(printouts, program)
    if found is None:
        raise PrintoutError(
            _(
                "{program} has no pairs or mentor run yet: run Match Peers in pairs or mentor mode first"
            ).format(program=program.name)
        )
    run_id, data = found
    names = {email: printouts._name(email) for email in printouts._people}
    proof, rules, blocking = chosen_lines(data, names)
    values = printouts.common() | {
        "program": program.name,
        "run": run_id,
        "proof": proof,
        "rules": rules,
        "blocking": blocking,
    }
    text = printouts.library.render(TEMPLATE_NAMES["how-chosen"], values)
    heading = _("How these pairs were chosen")
    title = f"{heading} {DASH} {program.name}"
    return Rendered(title, text, True, program.name, one_page=True)
