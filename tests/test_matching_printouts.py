"""The skip slip and 'How these pairs were chosen' print on one page, with the names and numbers in them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.demo import DEMO_PROGRAM
from peerdesk.matching.certificate import certify
from peerdesk.matching.service import Matcher
from peerdesk.printing.paint.pdf import write_pdf
from peerdesk.printing.printouts import PrintoutError, Printouts
from peerdesk.printing.wording import day_text
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

TODAY = date(2026, 11, 25)  # a Wednesday in the demo pilot


def _pdf(p: Printouts, kind: str, tmp_path: Path) -> tuple[int, str]:
    rendered = p.render(kind, program=DEMO_PROGRAM)
    path = tmp_path / f"{kind}.pdf"
    write_pdf(rendered, path, day=p.today)
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_skip_slip_says_when_to_whom_and_by_when(qapp, demo_ws: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    program = Schedule(demo_ws).find_program(DEMO_PROGRAM)
    p = Printouts(demo_ws, today=TODAY)
    pages, text = _pdf(p, "skip-slip", tmp_path)
    assert pages == 1
    lead = p._name(program.organizer_email)
    assert lead and lead in text
    assert program.name in text
    assert f"We pair again on {day_text(date(2026, 11, 30))}." in text  # the Monday after
    assert f"reply SKIP to {lead} by {day_text(date(2026, 11, 29))}." in text


@pytest.mark.parametrize("mode", ["pairs", "mentor"])
def test_how_these_pairs_were_chosen_prints_the_stored_certificate(
    qapp,
    demo_ws: Workspace,
    tmp_path: Path,
    mode: str,  # type: ignore[no-untyped-def]
) -> None:
    matcher = Matcher(demo_ws)
    program = Schedule(demo_ws).find_program(DEMO_PROGRAM)
    request = matcher.request(program, mode, topic="Python")
    run_id, result = matcher.run(program, request)
    certificate = certify(request, result)
    assert certificate is not None
    pages, text = _pdf(Printouts(demo_ws, today=TODAY), "how-chosen", tmp_path)
    assert pages == 1
    assert program.name in text and f"Matching run {run_id}" in text  # the newest run
    proof = certificate.proof
    assert f"{len(request.people)} people" in text
    assert f"{proof.candidates} possible pairs" in text
    assert f"{proof.chosen:g} points" in text and f"{proof.bound:g}" in text
    if abs(proof.gap) < 1e-6:
        assert "best possible" in text
    for cost in certificate.rule_costs:
        assert " ".join(cost.text().split()) in text
    if certificate.blocking:
        assert "Blocking pair" in text
    else:
        assert "No blocking pairs" in text


def test_how_chosen_needs_a_pairs_run(qapp, empty_ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.domain import Program

    Schedule(empty_ws).create_program(Program(name="Quiet", start=date(2026, 11, 2), weeks=4, weekday=1))
    with pytest.raises(PrintoutError, match="no pairs or mentor run yet"):
        Printouts(empty_ws, today=TODAY).render("how-chosen", program="Quiet")
