"""The 30/60/90-day transfer follow-ups: reminders read back by an independent calendar parser,
slips with hostile names escaped, answers recorded from the command line, 'used on the job' by hand."""

from __future__ import annotations

import html
from datetime import date, time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.domain import LearnGoal, Person, Program
from peerdesk.impact.report import Impact
from peerdesk.impact.transfer import follow_ups, slips_html
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace, open_workspace

START = date(2026, 3, 2)


def _pilot(ws: Workspace) -> Program:
    roster = Roster(ws)
    for name, wants in (
        ("Ana", (LearnGoal("SQL", 3), LearnGoal("Excel"))),
        ("Ben", (LearnGoal("SQL", 2),)),
        ("Cy", (LearnGoal("Figma", 2),)),
    ):
        roster.apply(roster.plan_add(Person(name=name, email=f"{name.lower()}@x.org", wants=wants)))
    program, _ = Schedule(ws).create_program(
        Program(
            name="Pilot",
            start=START,
            weeks=4,
            weekday=1,
            time=time(10),
            members=("ana@x.org", "ben@x.org", "cy@x.org"),
            organizer_email="ana@x.org",
        )
    )
    return program


def test_reminders_slips_and_used_on_the_job(tmp_path: Path, set_clock, capsys) -> None:  # type: ignore[no-untyped-def]
    import recurring_ical_events
    from icalendar import Calendar

    db = tmp_path / "w.sqlite"
    with open_workspace(db, create=True) as ws:
        program = _pilot(ws)
        items = follow_ups(program, Schedule(ws).people.list_people())
    # 3 goals with a target (Ana's Excel has none) x 3 follow-ups; the pilot's last day is Sun 29 March
    assert len(items) == 9
    assert {f.due for f in items} == {date(2026, 4, 28), date(2026, 5, 28), date(2026, 6, 27)}
    ics, slips = tmp_path / "f.ics", tmp_path / "slips.html"
    assert (
        main(["--db", str(db), "follow-ups", "write", "Pilot", "--ics", str(ics), "--slips", str(slips)]) == 0
    )
    cal = Calendar.from_ical(ics.read_bytes())
    events = sorted(
        recurring_ical_events.of(cal).between(date(2026, 4, 1), date(2026, 7, 1)),
        key=lambda e: e["DTSTART"].dt,
    )
    assert [str(e["SUMMARY"]) for e in events] == [
        f"Pilot: {d}-day transfer follow-up (3 questions)" for d in (30, 60, 90)
    ]
    assert "Ben: Have you used SQL at work since the pilot ended?" in str(events[0]["DESCRIPTION"])
    assert slips.read_text().count("class='slip'") == 9
    set_clock(date(2026, 5, 2))
    assert main(["--db", str(db), "follow-ups", "record", "Pilot", "ana@x.org", "SQL", "yes"]) == 0
    assert main(["--db", str(db), "follow-ups", "record", "Pilot", "ben@x.org", "SQL", "no"]) == 0
    assert main(["--db", str(db), "follow-ups", "record", "Pilot", "cy@x.org", "Figma", "maybe"]) == 1
    assert "say yes or no" in capsys.readouterr().err
    assert main(["--db", str(db), "follow-ups", "record", "Pilot", "zed@x.org", "SQL", "yes"]) == 1
    set_clock(date(2026, 6, 1))
    assert (
        main(["--db", str(db), "follow-ups", "record", "Pilot", "ben@x.org", "SQL", "yes", "--after", "60"])
        == 0
    )
    with open_workspace(db, read_only=True) as ws:
        impact = Impact(ws)
        k = impact.kpis(program)
        # Ana yes (30 days); Ben no at 30, then yes at 60: his latest answer counts -> 2 of 2
        assert k.used_on_job == (2, 2) and k.as_json()["used_on_job"] == {"yes": 2, "answered": 2}
        assert "100% (2 of 2 answered, up to 01 Jun 2026)" in impact.report(program, 4).markdown
        earlier = Impact(ws, today=date(2026, 5, 10)).kpis(program)
        assert earlier.used_on_job == (1, 2)  # on 10 May: Ana yes, Ben no


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=220).filter(lambda t: t.strip() and "\x00" not in t))
def test_slips_escape_any_name(name: str) -> None:
    program = Program(name=name, start=START, weeks=2)
    items = follow_ups(program, [])
    page = slips_html(program, items)
    assert html.escape(name) in page and "<script" not in page.replace(html.escape("<script"), "")
