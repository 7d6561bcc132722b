"""Planning across timezones in the real window: match reasons and Apply judge one length, and
Pick a Time opens on a proposed time that is neither past nor on the group's own weekly session.

The clock stands at Wed 25 Nov 2026 10:00 (conftest). Ana works in Berlin (UTC+1), Ben in
New York (UTC-5); both are free Tuesdays 15:00-17:00 Berlin time and at no other time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from peerdesk import clock
from peerdesk.domain import Availability, LearnGoal, Person, Program, TeachSkill
from peerdesk.matching.service import Matcher
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule
from peerdesk.schedule.slots import to_utc
from peerdesk.storage import Workspace, open_workspace
from peerdesk.ui.main_window import MainWindow

BERLIN = "Europe/Berlin"


def two_people(ana_until: time = time(17)) -> list[Person]:
    """Ana (Berlin) and Ben (New York) teach each other; both free Tuesdays from 15:00 Berlin time."""
    return [
        Person(
            "Ana Alves",
            "ana@example.com",
            timezone=BERLIN,
            teaches=(TeachSkill("SQL", 4),),
            wants=(LearnGoal("Excel", 3),),
            availability=(Availability(1, time(15), ana_until),),
        ),
        Person(
            "Ben Brooks",
            "ben@example.com",
            timezone="America/New_York",
            teaches=(TeachSkill("Excel", 4),),
            wants=(LearnGoal("SQL", 3),),
            availability=(Availability(1, time(9), time(11)),),
        ),
    ]


def pilot(minutes: int) -> Program:
    """A six-week Tuesday 15:00 Berlin micro-lesson pilot that began on Mon 16 Nov 2026."""
    return Program(
        name="Tuesday pilot",
        start=date(2026, 11, 16),
        weeks=6,
        weekday=1,
        time=time(15),
        minutes=minutes,
        timezone=BERLIN,
        format_key="micro-lesson",
        organizer_email="ana@example.com",
        members=("ana@example.com", "ben@example.com"),
    )


def setup(ws: Workspace, people: list[Person], minutes: int) -> Program:
    Roster(ws).apply(import_change(people, [], "test roster"))
    program, _ = Schedule(ws).create_program(pilot(minutes))
    return program


@pytest.mark.parametrize(("ana_until", "placed"), [(time(15, 30), False), (time(17), True)])
def test_reasons_and_apply_judge_the_skill_swaps_length(
    empty_ws: Workspace, ana_until: time, placed: bool
) -> None:
    """The pilot's sessions last 5 minutes, a skill-swap 45. When Ana and Ben share only 30
    minutes, the reasons must not promise a shared time that Apply then cannot use (before, the
    reasons judged the pilot's 5 minutes and said 'both free'); when they share two hours, both agree."""
    program = setup(empty_ws, two_people(ana_until), minutes=5)
    matcher = Matcher(empty_ws)
    request = matcher.request(program, "pairs")
    assert request.minutes == 45 == matcher.meeting_minutes(program, "pairs")
    run_id, result = matcher.run(program, request)
    (group,) = result.groups
    promised = any(r.startswith("both free") for r in group.reasons)
    change = matcher.plan_apply(program, matcher.stored(run_id), not_before=clock.now())
    assert promised == placed == bool(change.after)
    if not placed:
        assert "no shared 45-minute slot in their weekly availability" in group.reasons
    assert all(s.minutes == 45 for s in [*change.after, *change.unplaced])


@pytest.fixture
def planning_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real window on a workspace with Ana, Ben and their 90-minute Tuesday pilot."""
    path = tmp_path / "team.sqlite"
    ws = open_workspace(path, create=True)
    setup(ws, two_people(), minutes=90)  # Tuesdays 15:00-16:30: only 30 shared minutes are left
    ws.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("preferences/name", "Ana Alves")
    settings.setValue("preferences/email", "ana@example.com")
    settings.setValue("first_run_done", True)
    win = MainWindow(open_workspace(path), settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_pick_a_time_opens_on_a_future_time_clear_of_the_weekly_session(planning_window: MainWindow) -> None:
    """Apply cannot place the skill-swap; Pick a Time used to open on Tue 24 Nov 15:00, a day in
    the past and on top of the pair's own weekly session. Now it opens on the best proposal."""
    win = planning_window
    dialog = win.schedule_ctl.open_matching()
    dialog.mode.setCurrentText("pairs")
    dialog.run()
    dialog.apply()
    assert dialog.unplaced and dialog.place_button.isVisible()
    dialog.place_button.click()
    editor = win.dialog
    assert editor.isVisible()
    shown = editor.start.dateTime().toPython()
    begin = to_utc(shown, BERLIN)
    assert begin >= clock.now(), f"{shown} is in the past"
    weekly = [s for s in win.schedule.list_sessions() if s.week is not None and s.status == "planned"]
    for s in weekly:
        start = s.start_utc()
        assert not (start < begin + timedelta(minutes=45) and begin < start + timedelta(minutes=s.minutes)), (
            f"{shown} clashes with {s.title}"
        )
    best = win.schedule.propose_times(
        win.schedule.list_programs()[0], ["ana@example.com", "ben@example.com"], 45, now=clock.now(), limit=1
    )
    assert shown == best[0].start and shown > datetime(2026, 11, 25, 11)
    # the other proposals are listed with who would be outside their hours; a click moves the meeting
    proposals = editor.suggestions
    assert proposals.isVisible() and proposals.count() == len(editor.proposed) > 1
    assert "outside their hours" in proposals.item(0).text() or "everyone" in proposals.item(0).text()
    proposals.itemClicked.emit(proposals.item(1))
    assert editor.start.dateTime().toPython() == editor.proposed[1].start
    editor.reject()


def test_new_pilot_lists_proposed_times_and_a_click_sets_the_cadence(planning_window: MainWindow) -> None:
    """Ana and Ben share Tuesdays 15:00-17:00 Berlin and their pilot holds 15:00-16:30: New Pilot's
    best proposal for a 30-minute pilot is Tuesdays 16:30; clicking it sets Tuesday 16:30 and the
    preview has no conflict."""
    win = planning_window
    dialog = win.schedule_ctl.new_pilot()
    proposals = dialog.suggestions
    assert proposals.isVisible() and "Tick the members" in proposals.item(0).text()
    dialog.timezone.setCurrentText(BERLIN)
    dialog.name.setText("Second pilot")
    dialog.weekday.setCurrentIndex(3)
    for row in range(dialog.members.count()):
        dialog.members.item(row).setCheckState(Qt.CheckState.Checked)
    first = proposals.item(0).text()
    assert first == "Tuesdays 16:30 \u2013 everyone is inside their hours", first
    assert all(p.start.date() >= date(2026, 11, 30) for p in dialog.proposed)
    rest = [proposals.item(row).text() for row in range(1, proposals.count())]
    assert rest and all("outside their hours" in text for text in rest)
    proposals.itemClicked.emit(proposals.item(0))
    assert (dialog.weekday.currentIndex(), dialog.time.time().toString("HH:mm")) == (1, "16:30")
    assert dialog.conflict_label.text() == ""
    assert dialog.create_button.isEnabled()
    dialog.reject()
