"""Printouts: every template to HTML and PDF (read back), escaping, template errors, sandbox, overrides."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk import clock
from peerdesk.cli.main import main
from peerdesk.domain import Attendee, Person
from peerdesk.printing.paint.pdf import write_pdf
from peerdesk.printing.printouts import ALL_KINDS, PrintoutError, Printouts
from peerdesk.printing.templates import TemplateLibrary, TemplateProblem
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

pytestmark = pytest.mark.dates  # also run at every day of the date sweep


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, read back by pypdf, with runs of white space folded to one space."""
    # NFKC undoes the typographic ligatures the PDF uses (the "ffi" in "office")
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(str(path)).pages
    ]


def first_session(ws: Workspace):  # type: ignore[no-untyped-def]
    return next(s for s in Schedule(ws).list_sessions() if s.week == 1)


def options(kind: str, ws: Workspace) -> dict[str, object]:
    if kind in ("agenda", "feedback-form", "sign-in", "follow-up"):
        return {"session_id": first_session(ws).id}
    if kind == "guide":
        return {"format_key": "problem-clinic"}
    if kind in ("record", "thank-you"):
        return {"person": first_session(ws).facilitators[0]}
    if kind == "certificate":
        return {"person": "tomas.ferreira@northwind.example"}
    return {"program": "Engineering onboarding pilot"}


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_printout_renders_to_html_and_pdf(kind: str, demo_ws: Workspace, tmp_path: Path) -> None:
    printouts = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=clock.today())
    rendered = printouts.render(kind, **options(kind, demo_ws))  # type: ignore[arg-type]
    assert rendered.title and rendered.text
    pdf = tmp_path / f"{kind}.pdf"
    pages = write_pdf(rendered, pdf, day=clock.today())
    text = "\n".join(pdf_pages(pdf))
    assert len(pdf_pages(pdf)) == pages >= 1
    assert "Page 1 of" in text
    if kind in ("agenda", "sign-in", "feedback-form", "follow-up"):
        session = first_session(demo_ws)
        assert "Micro-lesson, week 1" in text
        if kind in ("agenda", "sign-in"):
            assert "10:00" in text
            assert "Hannah Schulz" in text and "Tomás Ferreira" in text
        if kind == "feedback-form":  # anonymous slips: the session's code, nobody's name
            assert f"code S{session.id}" in text and "Hannah Schulz" not in text
    if kind == "guide":
        assert "Problem clinic" in text and "Clarifying questions only" in text and "Rotate who leads" in text
    if kind in ("handout", "kickoff"):
        assert (
            "Engineering onboarding pilot" in text and "Every Thursday, 10:00 Berlin time (CET/CEST)" in text
        )
    if kind == "kickoff":
        assert "60%" in text and "Participation rate" in text
    if kind == "agenda":
        assert "10:00–10:03" in text and "10:27–10:30" in text  # the outline fills the 30-minute slot
        assert "Berlin office, room Spree" in text and session.title in text
    assert "(s)" not in text and "2026-11" not in text


def test_special_characters_print_as_typed(demo_ws: Workspace, tmp_path: Path) -> None:
    roster = Roster(demo_ws)
    roster.apply(roster.plan_add(Person(name='Zoë <b>O\'Brien</b> & "Co"', email="zoe@example.com")))
    schedule = Schedule(demo_ws)
    session = first_session(demo_ws)
    edited = replace(
        session,
        title='<i>Regex</i> & "quotes" für Anfänger',
        attendees=(*session.attendees, Attendee("zoe@example.com", "learner")),
    )
    schedule.apply(schedule.plan_edit(edited))
    rendered = Printouts(demo_ws, TemplateLibrary(tmp_path / "none")).render("sign-in", session_id=session.id)
    assert "&lt;b&gt;O&#39;Brien&lt;/b&gt; &amp; &#34;Co&#34;" in rendered.text
    assert "<b>O'Brien</b>" not in rendered.text
    pdf = tmp_path / "s.pdf"
    write_pdf(rendered, pdf)
    text = "\n".join(pdf_pages(pdf))
    assert 'Zoë <b>O\'Brien</b> & "Co"' in text
    assert '<i>Regex</i> & "quotes" für Anfänger' in text


def test_broken_templates_name_file_and_line(demo_ws: Workspace, tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "agenda.html").write_text("<h1>{{ session.title }}</h1>\n<p>{{ session.no_such_thing }}</p>\n")
    session_id = first_session(demo_ws).id
    with pytest.raises(TemplateProblem) as info:
        Printouts(demo_ws, TemplateLibrary(own)).render("agenda", session_id=session_id)
    assert str(info.value).startswith(f"{own / 'agenda.html'}, line 2:")
    assert "no_such_thing" in str(info.value)
    (own / "agenda.html").write_text("<h1>{{ session.title }</h1>\n")
    with pytest.raises(TemplateProblem, match=r"agenda.html, line 1: unexpected '}'"):
        Printouts(demo_ws, TemplateLibrary(own)).render("agenda", session_id=session_id)


def test_sandbox_refuses_attribute_tricks(demo_ws: Workspace, tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "guide.html").write_text("x\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(TemplateProblem, match=r"guide.html, line 2: refused by the sandbox"):
        Printouts(demo_ws, TemplateLibrary(own)).render("guide", format_key="micro-lesson")


def test_user_template_overrides_builtin(demo_ws: Workspace, tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "kickoff.html").write_text("<h1>Our own kickoff for {{ program.name }}</h1>")
    library = TemplateLibrary(own)
    assert library.source_of("kickoff.html") == own / "kickoff.html"
    rendered = Printouts(demo_ws, library).render("kickoff", program="Engineering onboarding pilot")
    assert rendered.text == "<h1>Our own kickoff for Engineering onboarding pilot</h1>"
    library.ensure_user_dir()
    assert (own / "roster-template.csv").read_text().startswith("name,email,role,team")
    backup = library.reset_to_builtin()
    assert backup is not None and (backup / "kickoff.html").exists()
    assert "What we will measure" in Printouts(demo_ws, library).render("kickoff", program="1").text


def test_forty_name_sign_in_sheet_repeats_its_header(empty_ws: Workspace, tmp_path: Path) -> None:
    roster = Roster(empty_ws)
    roster.apply(roster.plan_add(Person(name="Lead Person", email="lead@example.com")))
    for i in range(40):
        roster.apply(roster.plan_add(Person(name=f"Attendee Number {i:02d}", email=f"a{i}@example.com")))
    from peerdesk.domain import Program

    schedule = Schedule(empty_ws)
    _program, sessions = schedule.create_program(
        Program(
            name="Big",
            start=date(2026, 3, 2),
            weeks=1,
            organizer_email="lead@example.com",
            members=tuple(p.email for p in roster.people()),
        )
    )
    rendered = Printouts(empty_ws, TemplateLibrary(tmp_path / "none")).render(
        "sign-in", session_id=sessions[0].id
    )
    pdf = tmp_path / "big.pdf"
    pages = write_pdf(rendered, pdf)
    texts = pdf_pages(pdf)
    assert pages >= 2
    for text in texts:
        assert "Signature" in text and "Email (if not listed)" in text  # the header row on every page
    assert all(f"Attendee Number {i:02d}" in "\n".join(texts) for i in range(40))
    assert f"Page {pages} of {pages}" in texts[-1]


def test_print_command_line(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agenda.pdf"
    assert main(["--db", str(demo_db), "print", "agenda", "--session", "1", "--out", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    html = tmp_path / "guide.html"
    assert main(["--db", str(demo_db), "print", "guide", "--format", "skill-swap", "--out", str(html)]) == 0
    assert "<h1>Skill-swap</h1>" in html.read_text()
    md = tmp_path / "note.md"
    assert main(["--db", str(demo_db), "print", "follow-up", "--session", "1", "--out", str(md)]) == 0
    assert md.read_text().startswith("**Thank you for coming to")
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "print",
                "handout",
                "--program",
                "Engineering onboarding pilot",
                "--page",
                "letter",
                "--out",
                str(tmp_path / "h.pdf"),
            ]
        )
        == 0
    )
    reader = PdfReader(str(tmp_path / "h.pdf"))
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter, 8.5 in
    assert main(["--db", str(demo_db), "print", "agenda", "--out", str(out)]) == 1
    assert "agenda needs a session" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "print", "agenda", "--session", "999", "--out", str(out)]) == 1
    assert "there is no session 999" in capsys.readouterr().err
    assert (
        main(["--db", str(demo_db), "print", "kickoff", "--program", "1", "--out", str(tmp_path / "k.doc")])
        == 1
    )
    assert "must end in .pdf or .html" in capsys.readouterr().err
    broken = tmp_path / "tpl"
    broken.mkdir()
    (broken / "kickoff.html").write_text("{% if %}")
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "print",
                "kickoff",
                "--program",
                "1",
                "--templates",
                str(broken),
                "--out",
                str(tmp_path / "k.pdf"),
            ]
        )
        == 1
    )
    assert "kickoff.html, line 1" in capsys.readouterr().err
    assert not (tmp_path / "k.pdf").exists()


def test_unknown_format_and_program_are_clear(demo_ws: Workspace) -> None:
    printouts = Printouts(demo_ws)
    with pytest.raises(PrintoutError, match="there is no format 'nope'"):
        printouts.render("guide", format_key="nope")
    with pytest.raises(PrintoutError, match="needs a program that exists"):
        printouts.render("handout", program="Nope")
