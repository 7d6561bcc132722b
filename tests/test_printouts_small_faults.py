"""Small layout faults: words broken in narrow columns, emphasis around a trailing space, two-line
commitments that became two bullets. Each read back from the PDF (pdftotext)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_pages import lines_of, page_texts, pdf_text, squashed

from peerdesk.domain import AttendanceRecord, LearnGoal, Person, TeachSkill
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.printing.matrix import render_matrix
from peerdesk.printing.paint.matrix_pdf import write_landscape_pdf
from peerdesk.printing.paint.pdf import make_document, page_size_from_name, write_pdf
from peerdesk.printing.printouts import Printouts
from peerdesk.printing.templates import Rendered, TemplateLibrary
from peerdesk.roster.matrix import build_matrix
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository

TODAY = date(2026, 11, 25)
LONG_SKILLS = ("Accessibility", "Observability", "Kubernetes", "Documentation", "Localisation", "Terraform")


def _words(pdf: Path) -> set[str]:
    return set(pdf_text(pdf).split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_skills_matrix_headers_never_break_inside_a_word(tmp_path: Path, paper: str) -> None:
    skills = [f"{name}" for name in LONG_SKILLS] + [f"Skill {i}" for i in range(6)]
    people = [
        Person(f"Person {i}", f"p{i}@x.org", teaches=(TeachSkill(s, i % 5),), wants=(LearnGoal(skills[-1]),))
        for i, s in enumerate(skills)
    ]
    rendered = render_matrix(build_matrix(people), TemplateLibrary(tmp_path / "none"))
    pdf = tmp_path / "matrix.pdf"
    write_landscape_pdf(rendered, pdf, page_size_from_name(paper), day=TODAY)
    words = _words(pdf)
    for name in LONG_SKILLS:
        assert name in words, f"{name} is broken: {sorted(w for w in words if w[:4] == name[:4])}"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_narrow_column_keeps_cancelled_whole(tmp_path: Path, paper: str) -> None:
    """The handout's status column, squeezed by a long facilitator name, and a plain narrow column."""
    cells = "".join(
        f'<tr><td width="{w}%">x</td><td>{"Long name " * 12}</td><td width="{w}%"><b>CANCELLED</b></td></tr>'
        for w in (12, 13, 15, 18)
    )
    rendered = Rendered("t", f'<table width="100%" border="1" cellpadding="5">{cells}</table>', True)
    pdf = tmp_path / "narrow.pdf"
    write_pdf(rendered, pdf, page_size_from_name(paper), day=TODAY)
    assert pdf_text(pdf).split().count("CANCELLED") == 4


def test_handout_cancelled_week_prints_cancelled_whole(demo_ws: Workspace, tmp_path: Path) -> None:
    schedule = Schedule(demo_ws)
    week6 = next(s for s in schedule.list_sessions() if s.week == 6)
    schedule.apply(schedule.plan_status(week6.id or 0, "cancelled"))
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    for paper in ("a4", "letter"):
        pdf = tmp_path / f"handout-{paper}.pdf"
        write_pdf(p.render("handout", program="1"), pdf, page_size_from_name(paper), day=TODAY)
        assert "CANCELLED" in _words(pdf)


def _held_with(ws: Workspace, title: str, commitments: dict[str, str]) -> int:
    schedule = Schedule(ws)
    held = next(s for s in schedule.list_sessions() if s.week == 1)
    schedule.apply(schedule.plan_edit(replace(held, title=title)))
    feedback = Feedback(ws, now=datetime(2030, 1, 1, tzinfo=UTC))
    stored = feedback.record(held.id or 0)
    records = tuple(
        AttendanceRecord(r.email, True, commitment=commitments.get(r.email, "")) for r in stored.attendance
    )
    feedback.apply(feedback.plan(SessionRecord(stored.session, records)))
    return held.id or 0


@settings(max_examples=12)
@given(
    title=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
    tail=st.sampled_from([" ", "  ", "\t", "\u00a0", "\u3000", " *", "_ "]),
)
def test_emphasis_survives_a_title_that_ends_in_white_space(
    demo_ws: Workspace, tmp_path: Path, title: str, tail: str
) -> None:
    """`**Thank you for coming to {{ title }}**` printed raw ** when the title ended in a space."""
    session = _held_with(demo_ws, "Retro" + title.strip() + tail, {})
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    pdf = tmp_path / "note.pdf"
    write_pdf(p.render("follow-up", session_id=session), pdf, day=TODAY)
    first = lines_of(page_texts(pdf)[0])[0]
    assert first.startswith("Thank you for coming to Retro")
    assert "**" not in first.replace((title.strip() + tail).strip(), "")


def test_a_two_line_commitment_stays_one_bullet_with_its_owner(demo_ws: Workspace, tmp_path: Path) -> None:
    schedule = Schedule(demo_ws)
    week1 = next(s for s in schedule.list_sessions() if s.week == 1)
    emails = [a.email for a in week1.attendees][:3]
    commitments = {
        emails[0]: "Write the runbook\nand review it with Léa",
        emails[1]: "- one\n- two\n  indented three",
        emails[2]: "Ends with a backslash \\\nthen a new line",
    }
    session = _held_with(demo_ws, "Retro", commitments)
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    rendered = p.render("follow-up", session_id=session)
    pdf = tmp_path / "note.pdf"
    write_pdf(rendered, pdf, day=TODAY)
    # the painted document (what the PDF is drawn from): one list item per commitment, whole
    items = []
    document = make_document(rendered, for_print=True)  # kept: its blocks live only as long as it
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text().replace("\u2028", "\n"))
        block = block.next()
    assert len(items) == len(commitments), items
    for email, text in commitments.items():
        assert f"{p._name(email)}: {text.replace(chr(10) + '  ', chr(10))}" in items
    # and on paper each next line follows its owner's line
    lines = [line for page in page_texts(pdf) for line in lines_of(page)]
    for email, text in commitments.items():
        first, *rest = [line.strip() for line in text.split("\n")]
        at = lines.index(f"{p._name(email)}: {first}")
        assert lines[at + 1 : at + 1 + len(rest)] == rest


def test_a_two_line_commitment_stays_one_bullet_on_the_agenda(demo_ws: Workspace, tmp_path: Path) -> None:
    """The agenda's report back is HTML: each line of a pre-wrap text in a list item was a bullet."""
    schedule = Schedule(demo_ws)
    week1 = next(s for s in schedule.list_sessions() if s.week == 1)
    week2 = next(s for s in schedule.list_sessions() if s.week == 2)
    emails = {a.email for a in week2.attendees}
    chosen = [a.email for a in week1.attendees if a.email in emails][:2]
    _held_with(demo_ws, week1.title, {e: f"Line one of {e}\nline two <b>x</b>" for e in chosen})
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    rendered = p.render("agenda", session_id=week2.id)
    expected = len(p.previous_commitments(week2))
    document = make_document(rendered, for_print=True)
    items, block = [], document.begin()
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text())
        block = block.next()
    assert len(items) == expected
    two_line = [item for item in items if "Line one of" in item]
    assert two_line and all(item.endswith("\u2028line two <b>x</b>") for item in two_line), items


def test_rtl_names_are_isolated_and_never_reorder_what_follows(demo_ws: Workspace, tmp_path: Path) -> None:
    """'# Write a heading' after a Hebrew name printed as 'Write a heading #' before isolation."""
    from peerdesk.printing.templates import FSI, PDI, isolate

    assert isolate("Ana") == "Ana" and isolate("דוד כהן") == f"{FSI}דוד כהן{PDI}"
    schedule = Schedule(demo_ws)
    week1 = next(s for s in schedule.list_sessions() if s.week == 1)
    week2 = next(s for s in schedule.list_sessions() if s.week == 2)
    _held_with(demo_ws, week1.title, {a.email: "# Write a heading" for a in week1.attendees})
    learner = next(
        e
        for e, _text, day in Feedback(demo_ws).previous_commitments(week2)
        if day == week1.start.date() and e not in week2.facilitators
    )
    person = next(x for x in schedule.people.list_people() if x.email == learner)
    PeopleRepository(demo_ws.db).save(replace(person, name="דוד כהן"))
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    rendered = p.render("agenda", session_id=week2.id)
    assert f"{FSI}דוד כהן{PDI}" in rendered.text
    pdf = tmp_path / "agenda.pdf"
    write_pdf(rendered, pdf, day=TODAY)
    text = " ".join(squashed(page) for page in page_texts(pdf))
    assert "(5 November 2026): # Write a heading" in text


def test_a_last_page_holding_a_sliver_is_pulled_back_and_a_long_one_is_left(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    """The demo's calendar put its last week alone on a second Letter page; a little smaller, it
    is one page. A printout that really needs two pages keeps its size."""
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=TODAY)
    for paper in ("a4", "letter"):
        pdf = tmp_path / f"calendar-{paper}.pdf"
        assert write_pdf(p.render("calendar", program="1"), pdf, page_size_from_name(paper), day=TODAY) == 1
        assert "week 6" in squashed(pdf_text(pdf))  # the last week came back onto the page
    long = Rendered("Long", "".join(f"<p>line {i}</p>" for i in range(140)), True, "")
    pdf = tmp_path / "long.pdf"
    pages = write_pdf(long, pdf, page_size_from_name("a4"), day=TODAY)
    assert pages >= 2 and "line 139" in pdf_text(pdf)
