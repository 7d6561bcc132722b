"""Printouts fit the session and the room: status marks, outlines, slips, sign-in rows, links, layout."""

from __future__ import annotations

import html.parser
import itertools
import resource
import time
import unicodedata
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from peerdesk import clock
from peerdesk.cli.main import main
from peerdesk.domain import AgendaStep, Person
from peerdesk.printing.markdown import escape_markdown
from peerdesk.printing.paint.pdf import (
    _row_span,
    html_for_export,
    keep_together,
    make_document,
    page_size_from_name,
    write_pdf,
)
from peerdesk.printing.printouts import ALL_KINDS, PrintoutError, Printouts, scaled_outline
from peerdesk.printing.templates import TemplateLibrary, TemplateProblem
from peerdesk.printing.wording import plural, zone_label
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

pytestmark = pytest.mark.dates  # also run at every day of the date sweep


def squashed(text: str) -> str:
    """Runs of white space (non-breaking too) as one space; ligatures undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def text_of(path: Path) -> str:
    return " ".join(squashed(p.extract_text()) for p in PdfReader(str(path)).pages)


def sessions(ws: Workspace):  # type: ignore[no-untyped-def]
    return Schedule(ws).list_sessions()


def week(ws: Workspace, number: int):  # type: ignore[no-untyped-def]
    return next(s for s in sessions(ws) if s.week == number)


def printouts(ws: Workspace, tmp_path: Path) -> Printouts:
    return Printouts(ws, TemplateLibrary(tmp_path / "none"), today=clock.today())


# -- Markdown and HTML escaping ------------------------------------------------------


def test_follow_up_note_keeps_every_commitment_after_markup(demo_ws: Workspace, tmp_path: Path) -> None:
    from peerdesk.impact.feedback import Feedback, SessionRecord

    held = week(demo_ws, 1)
    feedback = Feedback(demo_ws)
    record = feedback.record(held.id or 0)
    rows = list(record.attendance)
    rows[0] = replace(
        rows[0], present=True, commitment="Wrap the retry logic in `<RetryPolicy>` before Friday"
    )
    rows[1] = replace(rows[1], present=True, commitment="# not a heading <script>x</script> *not bold*")
    notes = "# Key idea\n<b>Bold</b> stays as typed & {{ braces }}"
    feedback.apply(feedback.plan(SessionRecord(replace(record.session, notes=notes), tuple(rows))))
    rendered = printouts(demo_ws, tmp_path).render("follow-up", session_id=held.id)
    pdf = tmp_path / "f.pdf"
    write_pdf(rendered, pdf, day=clock.today())
    text = text_of(pdf)
    assert "Wrap the retry logic in `<RetryPolicy>` before Friday" in text
    assert "# not a heading <script>x</script> *not bold*" in text
    assert "# Key idea <b>Bold</b> stays as typed & {{ braces }}" in text
    # everything after the commitments is still there, in order
    assert text.index("<RetryPolicy>") < text.index("One question:") < text.index("Maja Keller")
    # the plain-text version (for email) is as typed, without backslashes
    plain = printouts(demo_ws, tmp_path).follow_up_text(held.id or 0)
    assert "Wrap the retry logic in `<RetryPolicy>` before Friday" in plain and "\\" not in plain


def test_markdown_escaping_round_trips_through_qt() -> None:
    from peerdesk.printing.paint.pdf import ensure_gui

    ensure_gui()
    from PySide6.QtGui import QTextDocument

    for typed in (
        "# h",
        "- item",
        "1. one",
        "2) two",
        "> quote",
        "===",
        "a *b* _c_ `d` [e](f) ![g](h)",
        "<i>x</i> &amp; |t|",
    ):
        document = QTextDocument()
        document.setMarkdown(f"**Name**: {escape_markdown(typed)}\n\nAFTER")
        assert document.toPlainText() == f"Name: {typed}\nAFTER", typed


TYPED = st.lists(
    st.sampled_from(
        [
            *"ab #*_`[]()<>!&;|~=+-.:/\\{}'\"\n\t 1é",
            "שלום",
            "&amp;",
            "<b>",
            "</title>",
            "{{",
            "http://x.y",
            "&#32;",
            "1. ",
            "- ",
            "> ",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TYPED)
def test_any_typed_text_survives_markdown(typed: str) -> None:
    from peerdesk.printing.paint.pdf import ensure_gui

    ensure_gui()
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setMarkdown(f"**N**: {escape_markdown(typed)}\n\nAFTER")
    shown = document.toPlainText()
    assert shown.startswith("N:") and shown.endswith("\nAFTER")
    assert "".join(shown[2:-6].split()) == "".join(typed.split())


def test_exported_follow_up_html_has_an_escaped_title(demo_ws: Workspace, tmp_path: Path) -> None:
    held = week(demo_ws, 1)
    schedule = Schedule(demo_ws)
    schedule.apply(schedule.plan_edit(replace(held, title="X</title><script>alert(1)</script>")))
    rendered = printouts(demo_ws, tmp_path).render("follow-up", session_id=held.id)
    exported = html_for_export(rendered)

    class Reader(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.title = ""
            self._in_title = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.tags.append(tag)
            self._in_title = tag == "title"

        def handle_endtag(self, tag: str) -> None:
            self._in_title = False

        def handle_data(self, data: str) -> None:
            if self._in_title:
                self.title += data

    reader = Reader()
    reader.feed(exported)
    assert "script" not in reader.tags
    assert reader.title == "Follow-up – X</title><script>alert(1)</script>"


# -- the session's status and the date ---------------------------------------------------


def test_skipped_and_cancelled_sessions_are_marked_and_get_no_follow_up(
    demo_ws: Workspace, tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    skipped = week(demo_ws, 5)
    assert skipped.status == "skipped"
    schedule = Schedule(demo_ws)
    schedule.apply(schedule.plan_status(week(demo_ws, 6).id or 0, "cancelled"))
    p = printouts(demo_ws, tmp_path)
    for kind in ("agenda", "sign-in", "feedback-form"):
        rendered = p.render(kind, session_id=skipped.id)
        assert rendered.title.startswith("SKIPPED")
        pdf = tmp_path / f"{kind}.pdf"
        write_pdf(rendered, pdf, day=clock.today())
        assert "SKIPPED This session was skipped" in text_of(pdf)
    assert "CANCELLED" in p.render("agenda", session_id=week(demo_ws, 6).id).text
    with pytest.raises(PrintoutError, match=r"is skipped\. Record it as held"):
        p.render("follow-up", session_id=skipped.id)
    with pytest.raises(PrintoutError, match="is planned"):
        p.render("follow-up", session_id=week(demo_ws, 4).id)
    out = tmp_path / "n.md"
    assert (
        main(
            [
                "--db",
                str(demo_db),
                "print",
                "follow-up",
                "--session",
                str(week(demo_ws, 4).id),
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "a follow-up note is for a session that was held" in capsys.readouterr().err and not out.exists()
    handout = p.render("handout", program="1").text
    assert "SKIPPED" in handout and "CANCELLED" in handout


# -- the agenda fits its session ------------------------------------------------------


def test_outline_is_scaled_to_the_session() -> None:
    steps = (AgendaStep(2, "a"), AgendaStep(10, "b"), AgendaStep(6, "c"), AgendaStep(2, "d"))
    for minutes in (10, 20, 30, 45, 61):
        scaled = scaled_outline(steps, minutes)
        assert sum(s.minutes for s in scaled) == minutes
        assert [s.text for s in scaled] == ["a", "b", "c", "d"]
    assert [s.minutes for s in scaled_outline(steps, 30)] == [3, 15, 9, 3]


def test_agenda_fits_its_session(demo_ws: Workspace, tmp_path: Path) -> None:
    upcoming = week(demo_ws, 4)
    schedule = Schedule(demo_ws)
    upcoming = schedule.apply(schedule.plan_edit(replace(upcoming, topic=""))).after[0]  # no topic yet
    p = printouts(demo_ws, tmp_path)
    rendered = p.render("agenda", session_id=upcoming.id)
    pdf = tmp_path / "a.pdf"
    write_pdf(rendered, pdf, day=clock.today())
    text = text_of(pdf)
    assert "10:27–10:30" in text and "fitted to this 30-minute session" in text
    assert "Topic: to be confirmed by" in text  # a micro-lesson always states its topic
    # report back: only people invited today, never matching-engine text or retrospective notes
    invited = {p._name(a.email) for a in upcoming.attendees}
    previous = p.previous_commitments(upcoming)
    assert previous and all(item["name"] in invited for item in previous)
    assert "From matching run" not in text and "->" not in text and "Good energy" not in text
    # the video link is a link in the PDF, and a QR code is printed beside it
    page = PdfReader(str(pdf)).pages[0]
    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert upcoming.video_link and upcoming.video_link in uris
    assert "data:image/png;base64," in rendered.text
    assert "Scan to join the call" in text
    with_topic = replace(upcoming, topic="Window functions")
    Schedule(demo_ws).apply(Schedule(demo_ws).plan_edit(with_topic))
    assert (
        "Topic: Window functions"
        in printouts(demo_ws, tmp_path).render("agenda", session_id=upcoming.id).text
    )


def test_report_back_leaves_out_people_not_invited(demo_ws: Workspace, tmp_path: Path) -> None:
    upcoming = week(demo_ws, 4)
    before = printouts(demo_ws, tmp_path).previous_commitments(upcoming)
    assert before
    dropped = before[0]["name"]
    keep = tuple(a for a in upcoming.attendees if printouts(demo_ws, tmp_path)._name(a.email) != dropped)
    edited = replace(upcoming, attendees=keep)
    Schedule(demo_ws).apply(Schedule(demo_ws).plan_edit(edited))
    after = printouts(demo_ws, tmp_path).previous_commitments(edited)
    assert dropped not in [item["name"] for item in after] and len(after) == len(before) - 1


# -- sheets for the room ------------------------------------------------------------------


def _row_heights_mm(rendered, paper: str, scratch: Path) -> tuple[list[float], int]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextTable

    from peerdesk.printing.paint.pdf import MARGINS_MM, ensure_gui

    ensure_gui()
    writer = QPdfWriter(str(scratch / "layout.pdf"))  # only its page size and resolution are used
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size_from_name(paper)),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = make_document(rendered, for_print=True)
    document.documentLayout().setPaintDevice(writer)
    paint = writer.pageLayout().paintRectPixels(300)
    document.setPageSize(QSizeF(paint.width(), paint.height() - 105))
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    layout = document.documentLayout()
    tops = [_row_span(table, r, layout)[0] for r in range(table.rows())]
    return [(b - a) / 300 * 25.4 for a, b in itertools.pairwise(tops[1:])], table.rows()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sign_in_sheet_rows_are_big_enough_and_fill_the_page(
    paper: str, demo_ws: Workspace, tmp_path: Path
) -> None:
    upcoming = week(demo_ws, 4)
    rendered = printouts(demo_ws, tmp_path).render("sign-in", session_id=upcoming.id)
    heights, rows = _row_heights_mm(rendered, paper, tmp_path)
    assert min(heights) >= 10.0, heights
    pdf = tmp_path / "s.pdf"
    pages = write_pdf(rendered, pdf, page_size_from_name(paper), day=clock.today())
    assert pages == 1  # filled, not spilling
    text = text_of(pdf)
    lines = PdfReader(str(pdf)).pages[0].extract_text().splitlines()
    numbers = [int(line.split()[0]) for line in lines if line.split() and line.split()[0].isdigit()]
    # the painter adds blank walk-in rows, numbered on, to the foot of the page (the template gave 4)
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 16 > len(upcoming.attendees)
    assert rows - 1 == len(upcoming.attendees) + 4
    assert "Email (if not listed)" in text and "Signature" in text


def test_feedback_slips_are_anonymous_with_one_scale_and_one_question(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    upcoming = week(demo_ws, 4)
    rendered = printouts(demo_ws, tmp_path).render("feedback-form", session_id=upcoming.id)
    pdf = tmp_path / "f.pdf"
    pages = write_pdf(rendered, pdf, day=clock.today())
    reader = PdfReader(str(pdf))
    for page in reader.pages:
        text = squashed(page.extract_text())
        assert text.count("No name needed") == 6  # six slips a page
        assert text.count(f"code S{upcoming.id}") == 6
        assert text.count("How useful was this session for your work?") == 6
        assert text.count("What will you do differently after today?") == 6
        assert text.count("1 2 3 4 5") == 6
    assert pages * 6 >= len(upcoming.attendees) + 2
    everything = text_of(pdf)
    for attendee in upcoming.attendees:
        assert printouts(demo_ws, tmp_path)._name(attendee.email) not in everything
    assert "border-style: dashed" in rendered.text  # cut lines


# -- layout --------------------------------------------------------------------------


def test_headings_stay_with_what_follows_and_rows_stay_whole(tmp_path: Path) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextTable

    from peerdesk.printing.paint.pdf import ensure_gui

    ensure_gui()
    rows = "".join(
        f"<tr><td>row {i}</td><td>{'several words of a long cell that wraps ' * (1 + i % 5)}</td></tr>"
        for i in range(40)
    )
    page = 700.0
    # as many filler lines as put the heading at the very foot of page 1, whatever the fonts here
    for lines in range(10, 120):
        filler = "".join(f"<p>Paragraph {i} of filler text that takes one line.</p>" for i in range(lines))
        html = f"{filler}<h2>Heading near the foot</h2><table border='1' cellpadding='5'><thead><tr><th>a</th><th>b</th></tr></thead>{rows}</table>"
        document = QTextDocument()
        document.setHtml(html)
        document.setPageSize(QSizeF(500, page))
        heading = next(b for b in _blocks(document) if b.text() == "Heading near the foot")
        rect = document.documentLayout().blockBoundingRect(heading)
        if (
            rect.bottom() < page
            and document.documentLayout().blockBoundingRect(heading.next()).bottom() > page
        ):
            break
    else:
        pytest.fail("no filler put the heading at the foot of the first page")
    assert keep_together(document, page, 96.0) >= 1
    layout = document.documentLayout()
    heading = next(b for b in _blocks(document) if b.text() == "Heading near the foot")
    follow = layout.blockBoundingRect(heading.next())
    assert int(layout.blockBoundingRect(heading).top() // page) == int(follow.bottom() // page)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    for row in range(1, table.rows()):
        top, bottom = _row_span(table, row, layout)
        assert int(top // page) == int((bottom - 1) // page), f"row {row} is split over two pages"


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_zone_names_and_wording() -> None:
    assert zone_label("Europe/Berlin") == "Berlin time (CET/CEST)"
    assert zone_label("America/New_York") == "New York time (EST/EDT)"
    assert zone_label("UTC") == "UTC"
    assert (
        plural(1, "page") == "1 page"
        and plural(2, "page") == "2 pages"
        and plural(0, "session") == "0 sessions"
    )


def test_no_printout_reads_like_a_form_letter(demo_ws: Workspace, tmp_path: Path) -> None:
    p = printouts(demo_ws, tmp_path)
    first = week(demo_ws, 1)
    jobs = {
        "agenda": {"session_id": week(demo_ws, 4).id},
        "sign-in": {"session_id": week(demo_ws, 4).id},
        "feedback-form": {"session_id": week(demo_ws, 4).id},
        "follow-up": {"session_id": first.id},
        "guide": {"format_key": "micro-lesson"},
        "handout": {"program": "1"},
        "kickoff": {"program": "1"},
        "calendar": {"program": "1"},
        "record": {"person": first.facilitators[0]},
        "certificate": {"person": "tomas.ferreira@northwind.example"},
        "thank-you": {"person": first.facilitators[0]},
        "skip-slip": {"program": "1"},
        "how-chosen": {"program": "1"},
    }
    assert set(jobs) == set(ALL_KINDS)
    for kind, options in jobs.items():
        text = p.render(kind, **options).text  # type: ignore[arg-type]
        assert "(s)" not in text and "2026-11" not in text and "Europe/Berlin)" not in text, kind
        assert " 10:00-" not in text, kind  # ranges take an en dash


# -- new printouts -------------------------------------------------------------------------


def test_pilot_calendar_shows_every_session_with_its_lead(demo_ws: Workspace, tmp_path: Path) -> None:
    rendered = printouts(demo_ws, tmp_path).render("calendar", program="Engineering onboarding pilot")
    pdf = tmp_path / "c.pdf"
    assert write_pdf(rendered, pdf, day=clock.today()) == 1
    text = text_of(pdf)
    program = Schedule(demo_ws).find_program("Engineering onboarding pilot")
    first, last = program.start, program.start + timedelta(weeks=program.weeks, days=-1)
    months = f"{first:%B} – {last:%B %Y}" if first.month != last.month else f"{first:%B %Y}"
    if first.year != last.year:
        months = f"{first:%B %Y} – {last:%B %Y}"
    assert months in text and "Monday" in text and "Friday" in text
    for s in sessions(demo_ws):
        assert f"{s.start:%H:%M}" in text
    assert "SKIPPED" in text and "Hannah Schulz" in text


def test_certificate_and_thank_you_card(demo_ws: Workspace, tmp_path: Path, demo_db: Path) -> None:
    p = printouts(demo_ws, tmp_path)
    lead = week(demo_ws, 1).facilitators[0]
    certificate = p.render("certificate", person="tomas.ferreira@northwind.example")
    pdf = tmp_path / "c.pdf"
    write_pdf(certificate, pdf, day=clock.today())
    text = text_of(pdf)
    assert (
        "Certificate of participation" in text
        and "Tomás Ferreira" in text
        and "Engineering onboarding pilot" in text
    )
    assert "took part in" in text and "session" in text
    card = p.render("thank-you", person=lead)
    write_pdf(card, tmp_path / "t.pdf", day=clock.today())
    text = text_of(tmp_path / "t.pdf")
    assert f"Thank you, {p._name(lead)}!" in text and "You led" in text and "With thanks" in text
    roster = Roster(demo_ws)
    roster.apply(roster.plan_add(Person(name="New Person", email="new@example.com")))
    p = printouts(demo_ws, tmp_path)
    with pytest.raises(PrintoutError, match="has not led a held session"):
        p.render("thank-you", person="new@example.com")
    with pytest.raises(PrintoutError, match="nothing to certify"):
        p.render("certificate", person="new@example.com")
    for kind in ("calendar", "certificate", "thank-you"):
        out = tmp_path / f"{kind}-cli.pdf"
        args = ["--program", "1"] if kind == "calendar" else ["--person", lead]
        assert main(["--db", str(demo_db), "print", kind, *args, "--out", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")


# -- template errors and bounds ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a\n{{ 1/0 }}", "line 2: division by zero"),
        ("{{ session.title + 5 }}", "line 1: values of the wrong kind"),
        ("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}", "calls or includes itself"),
        ("{% include 'agenda.html' %}", "calls or includes itself"),
        ("x\n\n{{ 'a' * 10**9 }}", "line 3: stopped because it builds a value of 1,000,000,000"),
        ("{{ 'a' | center(10**9) }}", "stopped because it asks for a size of 1,000,000,000"),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "stopped because it builds a text of",
        ),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            # 2 s of processor time, or, on a machine too busy to give it that, 6 s on the clock
            ("stopped because it ran for more than 2 seconds", "stopped because it took more than 6 seconds"),
        ),
        ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "stopped because its output passed"),
    ],
)
def test_template_runtime_errors_and_runaways_are_messages(
    source: str, message: str | tuple[str, ...], demo_ws: Workspace, tmp_path: Path
) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "agenda.html").write_text(source)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.thread_time()  # processor time: what the limit counts, whatever else runs
    with pytest.raises(TemplateProblem) as info:
        Printouts(demo_ws, TemplateLibrary(own)).render("agenda", session_id=week(demo_ws, 4).id)
    assert time.thread_time() - started < 4
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) < 300_000  # KiB: no gigabytes
    assert str(info.value).startswith(str(own / "agenda.html"))
    assert any(m in str(info.value) for m in ((message,) if isinstance(message, str) else message))


def test_print_dialog_offers_the_new_printouts_and_reports_success_in_green(
    demo_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.ui import theme

    dialog = demo_window.print_ctl.open_print(kind="calendar")
    assert dialog.rendered is not None and "Pilot calendar" in dialog.rendered.title
    out = dialog.export_pdf(tmp_path / "calendar.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")
    assert dialog.problem.text().endswith("(1 page).") and dialog.problem.styleSheet() == theme.style(
        "success"
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("thank-you"))
    dialog.person.setCurrentIndex(dialog.person.findData("daniel.cohen@northwind.example"))
    assert dialog.rendered is None and "has not led a held session" in dialog.problem.text()
    assert dialog.problem.styleSheet() == theme.style("error")
    dialog.kind.setCurrentIndex(dialog.kind.findData("certificate"))
    dialog.person.setCurrentIndex(dialog.person.findData("tomas.ferreira@northwind.example"))
    assert dialog.rendered is not None and "Tomás Ferreira" in dialog.view.toPlainText()
    dialog.close()


def test_line_breaks_typed_in_notes_and_commitments_are_kept(empty_ws: Workspace, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_printing_hostile import FACILITATOR, build_hostile_workspace

    ids = build_hostile_workspace(empty_ws)
    p = printouts(empty_ws, tmp_path)
    for kind, options, tag in (
        ("agenda", {"session_id": ids["next"]}, "NEXTNOTES"),
        ("agenda", {"session_id": ids["next"]}, "COMMITMENT"),
        ("thank-you", {"person": FACILITATOR}, "ANSWER"),
        ("record", {"person": FACILITATOR}, "ANSWER"),
    ):
        pdf = tmp_path / f"{kind}.pdf"
        write_pdf(p.render(kind, **options), pdf, day=clock.today())  # type: ignore[arg-type]
        raw = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        start = raw.index(tag)
        assert "</script>\n#" in raw[start : start + 120], (kind, tag)  # the typed line break


def test_only_web_addresses_become_links_and_qr_codes(demo_ws: Workspace, tmp_path: Path) -> None:
    upcoming = week(demo_ws, 4)
    held = week(demo_ws, 1)
    schedule = Schedule(demo_ws)
    schedule.apply(schedule.plan_edit(replace(upcoming, video_link="javascript:alert(1)")))
    text = printouts(demo_ws, tmp_path).render("agenda", session_id=upcoming.id).text
    assert "javascript:alert(1)" in text and 'href="javascript' not in text and "Scan to join" not in text
    rendered = printouts(demo_ws, tmp_path).render("agenda", session_id=held.id)
    assert "Recording of this session" in rendered.text  # a held session's recording, with its QR code
    pdf = tmp_path / "held.pdf"
    write_pdf(rendered, pdf, day=clock.today())
    uris = [a.get_object()["/A"]["/URI"] for p in PdfReader(str(pdf)).pages for a in p.get("/Annots", [])]
    assert held.recording_link and held.recording_link in uris


@settings(max_examples=200, deadline=None)
@given(TYPED)
def test_any_typed_text_survives_html(typed: str) -> None:
    from peerdesk.printing.paint.pdf import ensure_gui

    ensure_gui()
    from PySide6.QtGui import QTextDocument

    folder = Path(__file__).parent / "__hypothesis_templates__"
    library = TemplateLibrary(folder)  # the folder need not exist: built-ins only
    html = library._html.from_string("<p>{{ v }}</p><p>AFTER</p>").render(v=typed)
    document = QTextDocument()
    document.setHtml(html)
    shown = document.toPlainText()
    assert shown.endswith("AFTER")

    # right-to-left text comes wrapped in invisible isolation marks (FSI ... PDI): compare without them
    def bare(text: str) -> str:
        return "".join(text.replace("\u2068", "").replace("\u2069", "").split())

    assert bare(shown[: -len("AFTER")]) == bare(typed)
