"""The pagination sweep: printouts × {A4, Letter} × {1, 8, 21, 60 people} × {plain, hostile and long},
each PDF read back page by page with pdftotext and checked against the pagination rules.

Rules checked (README, "Printing"): a certificate, thank-you card and kickoff stay one page; feedback
slips and sign-in rows fill their pages and never spill (the page count is exactly what the rows
need; walk-in rows fill the last page, also with names on two lines); every continuation page
names its document; no heading is the last text on a page; no page but the last is nearly empty (a
table pushed apart row by row).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pdf_pages import lines_of, page_texts, squashed

from peerdesk.domain import AttendanceRecord, Attendee, Person, Session
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.printing.paint.pdf import page_size_from_name, write_pdf
from peerdesk.printing.printouts import MIN_WALK_IN_ROWS, SLIPS_PER_PAGE, Printouts
from peerdesk.printing.templates import Rendered, TemplateLibrary
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 25)
SIZES = (1, 8, 21, 60)
PAPERS = ("a4", "letter")
ONE_PAGE = ("certificate", "thank-you", "kickoff")
MIN_LINES = 6  # of text on every page but the last
HOSTILE_TITLE = (
    "Quarterly cross-team knowledge exchange on observability, incident response and the "
    "<b>on-call</b> handbook — مراجعة الحوادث — 事故対応の振り返り {{ not a template }}"
)


def _name(i: int, hostile: bool) -> str:
    if not hostile:
        return f"Person {i:02d} Example"
    names = ("مريم الحسيني", "דוד כהן", "王小明", "佐藤 花子", "Zoë <i>O'Brien</i> & Co")
    name = f"{names[i % len(names)]} {i:02d} Maximiliane-Alexandra von Hohenzollern-Sigmaringen"
    return (name + " Long") * 4 if i == 0 else name  # the first (certificate, card) about 300 characters


def _commitment(i: int, hostile: bool) -> str:
    if not hostile:
        return f"Practise step {i}"
    return f"# Write a heading {i}\nthen **review** it with the team and report back in `#learning`  "


def _build(ws: Workspace, people: int, hostile: bool) -> dict[str, object]:
    """A held session and an upcoming one with `people` invitees, all of them new people."""
    repo = PeopleRepository(ws.db)
    emails = [f"sweep{i:02d}@example.com" for i in range(people)]
    for i, email in enumerate(emails):
        repo.save(Person(_name(i, hostile), email, team="Platform" if i % 2 else "Data"))
    schedule = Schedule(ws)
    program = schedule.list_programs()[0]
    attendees = tuple(Attendee(e, "facilitator" if i == 0 else "learner") for i, e in enumerate(emails))
    title = HOSTILE_TITLE if hostile else "Sweep session"
    made = []
    for start in (datetime(2026, 11, 20, 14, 0), datetime(2026, 12, 1, 14, 0)):
        one_off = Session(
            program.id or 0, title, start, 45, "Europe/Berlin", "micro-lesson", attendees=attendees
        )
        made.append(schedule.apply(schedule.plan_add_one_off(one_off)).after[0])
    held, upcoming = made
    feedback = Feedback(ws, now=datetime(2030, 1, 1, tzinfo=UTC))
    records = tuple(
        AttendanceRecord(e, True, 4, "Useful", _commitment(i, hostile)) for i, e in enumerate(emails)
    )
    feedback.apply(feedback.plan(SessionRecord(replace(held, status="held"), records)))
    return {"held": held.id, "upcoming": upcoming.id, "person": emails[0], "people": people}


def _documents(p: Printouts, built: dict[str, object]) -> list[tuple[str, Rendered]]:
    upcoming, held = built["upcoming"], built["held"]
    person = str(built["person"])
    return [
        ("agenda", p.render("agenda", session_id=upcoming)),  # type: ignore[arg-type]
        ("feedback-form", p.render("feedback-form", session_id=upcoming)),  # type: ignore[arg-type]
        ("sign-in", p.render("sign-in", session_id=upcoming)),  # type: ignore[arg-type]
        ("follow-up", p.render("follow-up", session_id=held)),  # type: ignore[arg-type]
        ("handout", p.render("handout", program="1")),
        ("kickoff", p.render("kickoff", program="1")),
        ("calendar", p.render("calendar", program="1")),
        ("record", p.render("record", person=person)),
        ("certificate", p.render("certificate", person=person)),
        ("thank-you", p.render("thank-you", person=person)),
    ]


def _headings(rendered: Rendered) -> set[str]:
    found = re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", rendered.text, re.S)
    return {squashed(html.unescape(re.sub(r"<[^>]+>", "", h))) for h in found}


def _body_lines(page: str) -> list[str]:
    """A page's lines without its footer (the last line: program · date ... Page N of M)."""
    lines = lines_of(page)
    return lines[:-1] if lines and re.search(r"Page \d+ of \d+$", lines[-1]) else lines


def _expected_pages(kind: str, people: int, hostile: bool = False) -> int | None:
    if kind in ONE_PAGE:
        return 1
    if kind == "feedback-form":
        return math.ceil((people + 2) / SLIPS_PER_PAGE)
    return None


def _problems(kind: str, rendered: Rendered, pdf: Path, people: int, hostile: bool = False) -> list[str]:
    pages = page_texts(pdf)
    problems = []
    expected = _expected_pages(kind, people, hostile)
    if expected is not None and len(pages) != expected:
        problems.append(f"{len(pages)} pages instead of {expected}")
    headings = _headings(rendered)
    for number, page in enumerate(pages[:-1], start=1):
        body = _body_lines(page)
        if body and squashed(body[-1]) in headings:
            problems.append(f"page {number} ends with the heading '{body[-1]}'")
        if len(body) < MIN_LINES:  # a table pushed apart, or a page break with nothing before it
            problems.append(f"page {number} of {len(pages)} holds {len(body)} lines")
    if kind == "sign-in":
        problems += _sign_in_problems(pages)
    name = squashed(rendered.title)[:12]
    for number, page in enumerate(pages[1:], start=2):
        if name not in squashed(page):
            problems.append(f"page {number} does not name '{name}'")
    return problems


def _sign_in_problems(pages: list[str]) -> list[str]:
    """Walk-in rows: at least a few, filling the last page (a page of only walk-ins only when fewer
    than the few fitted under the names), and a page of names never followed by a page it could
    have taken."""
    rows = [[line.split() for line in _body_lines(page) if line.split()[0].isdigit()] for page in pages]
    blank = [sum(1 for row in page if len(row) == 1) for page in rows]
    problems = []
    if sum(blank) < MIN_WALK_IN_ROWS:
        problems.append(f"{sum(blank)} walk-in rows, fewer than {MIN_WALK_IN_ROWS}")
    if len(pages) > 1 and blank[-1] == len(rows[-1]) and blank[-2] >= MIN_WALK_IN_ROWS:
        problems.append(f"the last page holds only walk-in rows, the page before {blank[-2]}")
    if len(pages) > 1 and len(rows[-1]) < len(rows[-2]) - 1:
        problems.append(
            f"the last page holds {len(rows[-1])} rows, the one before {len(rows[-2])}: not filled"
        )
    return problems


@pytest.mark.parametrize("hostile", [False, True], ids=["plain", "hostile"])
@pytest.mark.parametrize("people", SIZES)
def test_pagination_sweep(demo_ws: Workspace, tmp_path: Path, people: int, hostile: bool) -> None:
    built = _build(demo_ws, people, hostile)
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    problems = []
    for kind, rendered in _documents(p, built):
        for paper in PAPERS:
            pdf = tmp_path / f"{kind}-{paper}.pdf"
            write_pdf(rendered, pdf, page_size_from_name(paper), day=TODAY)
            problems += [f"{kind} on {paper}: {x}" for x in _problems(kind, rendered, pdf, people, hostile)]
    assert not problems, "\n".join(problems)


def test_the_sweep_can_fail(tmp_path: Path) -> None:
    """A heading at a page foot and a continuation page without a name are found."""
    text = "<h2>Alone</h2>" + "<p>filler</p>" * 3
    rendered = Rendered("Named document", "<p>x</p>" * 200 + text, True)
    pdf = tmp_path / "x.pdf"
    write_pdf(rendered, pdf, page_size_from_name("a4"), day=TODAY)
    assert re.match(r"\d+ pages instead of 1", _problems("certificate", rendered, pdf, 1)[0])
    assert _expected_pages("feedback-form", 10) == 2 and _expected_pages("sign-in", 1) is None
    assert _sign_in_problems(["1 Ana\n2\n3\nfooter Page 1 of 2", "4\n5\nfooter Page 2 of 2"]) == [
        "the last page holds only walk-in rows, the page before 2"
    ] or _sign_in_problems(["1 Ana\n2\n3\n4\n5\nfooter Page 1 of 2", "6\nfooter Page 2 of 2"])
    assert _body_lines("a\nb\nProgram · 1 May 2026     Page 1 of 2\n") == ["a", "b"]
