"""Times across zones: report back per person in absolute time; one timezone per calendar page."""

from __future__ import annotations

import html.parser
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_pages import pdf_text

from peerdesk.domain import AttendanceRecord, Attendee, Session
from peerdesk.impact.feedback import Feedback, SessionRecord
from peerdesk.printing.paint.pdf import write_pdf
from peerdesk.printing.printouts import PrintoutError, Printouts
from peerdesk.printing.templates import TemplateLibrary
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace


def _one_off(ws: Workspace, title: str, start: datetime, zone: str, people: list[str]) -> Session:
    schedule = Schedule(ws)
    program = schedule.list_programs()[0]
    session = Session(
        program.id or 0,
        title,
        start,
        30,
        zone,
        "micro-lesson",
        attendees=tuple(Attendee(e, "facilitator" if i == 0 else "learner") for i, e in enumerate(people)),
    )
    return schedule.apply(schedule.plan_add_one_off(session)).after[0]


def _hold(ws: Workspace, session: Session, commitments: dict[str, str]) -> None:
    feedback = Feedback(ws, now=datetime(2030, 1, 1, tzinfo=UTC))
    records = tuple(AttendanceRecord(e, present=True, commitment=c) for e, c in commitments.items())
    feedback.apply(feedback.plan(SessionRecord(replace(session, status="held"), records)))


def test_report_back_is_per_person_and_compares_absolute_times(demo_ws: Workspace, tmp_path: Path) -> None:
    """Berlin 10:00 (09:00 UTC) < Berlin 15:00 (14:00 UTC) < New York 09:30 (14:30 UTC), all one day.

    Compared as local clock times the New York session would come first and the
    15:00 Berlin one would report back on it; compared in UTC it is the other way.
    """
    people = [p.email for p in Schedule(demo_ws).people.list_people()]
    x, y, w, z = people[:4]
    day = date(2026, 12, 14)
    at = lambda h, m: datetime.combine(day, datetime.min.time()) + timedelta(hours=h, minutes=m)  # noqa: E731
    morning = _one_off(demo_ws, "Berlin morning", at(10, 0), "Europe/Berlin", [x, y])
    afternoon = _one_off(demo_ws, "Berlin afternoon", at(15, 0), "Europe/Berlin", [x, w, z])
    new_york = _one_off(demo_ws, "New York morning", at(9, 30), "America/New_York", [x, y, w])
    _hold(demo_ws, morning, {x: "X from the morning", y: "Y from the morning"})
    _hold(demo_ws, new_york, {w: "W from New York", x: ""})
    # the afternoon (14:00 UTC) comes before New York (14:30 UTC): W made no commitment before it
    assert Feedback(demo_ws).previous_commitments(afternoon) == [(x, "X from the morning", day)]
    _hold(demo_ws, afternoon, {x: "X from the afternoon", z: ""})
    back = {e: c for e, c, _day in Feedback(demo_ws).previous_commitments(new_york)}
    # X attended the afternoon session last; Y only the morning one; W nothing before New York
    assert back == {x: "X from the afternoon", y: "Y from the morning"}
    # and the agenda prints exactly that, each with the day it was made
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=day)
    pdf = tmp_path / "agenda.pdf"
    write_pdf(p.render("agenda", session_id=new_york.id), pdf, day=day)
    text = pdf_text(pdf)
    assert "X from the afternoon" in text and "Y from the morning" in text
    assert "X from the morning" not in text and "W from New York" not in text


def test_demo_week_two_reports_back_on_each_persons_own_last_session(demo_ws: Workspace) -> None:
    """The four who made commitments at the week-1 clinic are asked about them in week 2."""
    everything = Schedule(demo_ws).list_sessions()
    feedback = Feedback(demo_ws)
    records = {s.id: feedback.record(s.id or 0).attendance for s in everything}
    for session in everything:
        expected = []
        for a in session.attendees:
            attended = [
                s
                for s in everything
                if s.status == "held"
                and s.start_utc() < session.start_utc()
                and any(r.email == a.email and r.present for r in records[s.id])
            ]
            if attended:
                last = max(attended, key=lambda s: s.start_utc())
                mine = next(r for r in records[last.id] if r.email == a.email)
                if mine.commitment.strip():
                    expected.append((a.email, mine.commitment, last.start.date()))
        assert sorted(feedback.previous_commitments(session)) == sorted(expected), session.title
    week2 = next(s for s in everything if s.week == 2)
    days = {day for *_rest, day in feedback.previous_commitments(week2)}
    assert len(days) > 1  # not only the program's last held session


# -- one timezone per calendar page ----------------------------------------------------------


class _Cells(html.parser.HTMLParser):
    """The text of each <td> of a rendered calendar."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "td":
            self.cells.append("")
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.cells[-1] += data


def _day_cell(rendered_html: str, label: str, title: str) -> str:
    parser = _Cells()
    parser.feed(rendered_html)
    found = [" ".join(c.split()) for c in parser.cells if title in c]
    assert len(found) == 1, found
    assert found[0].startswith(label + " "), found[0]
    return found[0]


def test_calendar_shows_one_timezone_with_other_zones_converted(demo_ws: Workspace, tmp_path: Path) -> None:
    """Tokyo Fri 4 Dec 12:00 is Thu 3 Dec 22:00 in New York and Fri 04:00 in Berlin;
    Jerusalem Thu 3 Dec 23:30 is Thu 22:30 in Berlin and Thu 16:30 in New York."""
    people = [p.email for p in Schedule(demo_ws).people.list_people()]
    _one_off(demo_ws, "Tokyo swap", datetime(2026, 12, 4, 12, 0), "Asia/Tokyo", people[:2])
    _one_off(demo_ws, "Jerusalem swap", datetime(2026, 12, 3, 23, 30), "Asia/Jerusalem", people[2:4])
    p = Printouts(demo_ws, TemplateLibrary(tmp_path / "none"), today=date(2026, 11, 25))
    berlin = p.render("calendar", program="1")
    assert "04:00 · 12:00 Tokyo" in _day_cell(berlin.text, "4", "Tokyo swap")
    assert "22:30 · 23:30 Jerusalem" in _day_cell(berlin.text, "3", "Jerusalem swap")
    new_york = p.render("calendar", program="1", zone="America/New_York")
    assert "22:00 · 12:00 Tokyo" in _day_cell(new_york.text, "3", "Tokyo swap")
    assert "16:30 · 23:30 Jerusalem" in _day_cell(new_york.text, "3", "Jerusalem swap")
    # the weekly Berlin sessions at 10:00 are at 04:00 New York time, their own time beside
    week4 = _day_cell(new_york.text, "26", "week 4")
    assert "04:00 · 10:00 Berlin" in week4
    pdf = tmp_path / "calendar.pdf"
    write_pdf(new_york, pdf, day=date(2026, 11, 25))
    text = pdf_text(pdf)
    assert "All times are New York time (EST/EDT)" in text and "22:00 · 12:00 Tokyo" in text
    with pytest.raises(PrintoutError, match="Mars/Olympus"):
        p.render("calendar", program="1", zone="Mars/Olympus")
