"""The week view, Preferences, the New Pilot preview and Add One-off Session, in the real window."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import combinations
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint

from peerdesk.demo import DEMO_PROGRAM
from peerdesk.domain import Attendee, Session
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.preferences_dialog import load_preferences
from peerdesk.ui.schedule.day_layout import lay_out

pytestmark = pytest.mark.dates


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo window on the Schedule tab, grid in Berlin time, coloured by program."""
    demo_window.settings.setValue("preferences/timezone", "Europe/Berlin")
    demo_window.tabs.setCurrentIndex(1)
    demo_window.refresh()
    return demo_window


@pytest.fixture
def tuesday(window: MainWindow) -> datetime:
    """10:00 on the Tuesday of the demo pilot's week 2 (the demo is built on the test's day)."""
    program = window.schedule.find_program(DEMO_PROGRAM)
    return datetime.combine(program.start + timedelta(weeks=1, days=1), time(10, 0))


def wall(moment: datetime, zone: str, display: str) -> str:
    """`moment` on `zone`'s clock as read on `display`'s clock, HH:MM (daylight saving included)."""
    return moment.replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(display)).strftime("%H:%M")


def add_sessions(
    window: MainWindow, count: int, start: datetime, zone: str = "Europe/Berlin"
) -> list[Session]:
    """`count` one-off sessions at the same time, each led by someone else."""
    people = [p for p in window.roster.people() if p.active]
    added = []
    for i in range(count):
        session = Session(
            program_id=1,
            title=f"Clinic {i + 1}",
            start=start,
            minutes=30,
            timezone=zone,
            format_key="problem-clinic",
            attendees=(Attendee(people[i].email, "facilitator"),),
        )
        change = window.schedule.apply(window.schedule.plan_add_one_off(session))
        added += change.after
    window.refresh()
    window.schedule_tab.go_to(start.date())
    return added


def test_layout_puts_overlaps_side_by_side() -> None:
    at = datetime(2026, 11, 10, 10)  # any time: the layout is plain arithmetic
    placed = lay_out(
        [
            ("a", at, at + timedelta(minutes=60)),
            ("b", at + timedelta(minutes=15), at + timedelta(minutes=45)),
            ("c", at + timedelta(minutes=50), at + timedelta(minutes=80)),  # a still runs: 2 columns
            ("d", at + timedelta(hours=3), at + timedelta(hours=4)),  # alone: full width
        ]
    )
    assert (placed["a"].column, placed["b"].column, placed["c"].column) == (0, 1, 1)
    assert placed["a"].columns == placed["b"].columns == placed["c"].columns == 2
    assert (placed["d"].column, placed["d"].columns) == (0, 1)


def test_seven_sessions_at_once_stand_side_by_side_or_fold_into_more(
    window: MainWindow, tuesday: datetime
) -> None:
    added = add_sessions(window, 7, tuesday)
    view = window.schedule_tab.week_view
    window.resize(1600, 900)
    view.resize(1400, 700)
    rects = {s.id: view.block_rect(s) for s in view.sessions if s.id in {a.id for a in added}}
    shown = [r for r in rects.values() if not r.isEmpty()]
    more = view.more_boxes()
    # every session is either drawn (none on top of another) or counted in a "+N more" box
    assert all(not a.intersects(b) for a, b in combinations(shown, 2))
    hidden = sum(len(h) for _, h in more)
    assert len(shown) + hidden >= 7 and all(r.height() > 10 for r in shown)
    view.resize(700, 700)  # 100 px a day: two columns at most
    shown_narrow = [s for s in added if not view.block_rect(s).isEmpty()]
    boxes = view.more_boxes()
    assert len(shown_narrow) == view.max_columns() - 1
    assert len(boxes) == 1 and len(boxes[0][1]) == 7 - len(shown_narrow)
    rect, hidden_sessions = boxes[0]
    assert view.hidden_at(QPoint(int(rect.center().x()), int(rect.center().y()))) == hidden_sessions
    # a 30-minute block shows who leads
    lines = view.block_lines(added[0])
    leader = window.roster.people()[0].name.split()[0]
    assert lines[0] == f"10:00 {leader}" or lines[0].endswith(leader)


def test_two_timezones_share_one_grid(window: MainWindow, tuesday: datetime) -> None:
    berlin = add_sessions(window, 1, tuesday)[0]
    new_york = add_sessions(window, 1, tuesday, zone="America/New_York")[0]
    view = window.schedule_tab.week_view
    assert view.zone == "Europe/Berlin"
    # 10:00 in New York is 16:00 in Berlin (15:00 in the weeks the US changes clocks first):
    # a different row, with its own time in the label
    assert view.block_rect(new_york).top() > view.block_rect(berlin).top() + 100
    assert view.block_lines(new_york)[0].startswith(wall(tuesday, "America/New_York", "Europe/Berlin"))
    assert view.block_lines(new_york)[1].startswith("(10:00 New York) Clinic 1")
    assert all("New York" not in line for line in view.block_lines(berlin))
    assert "times in Europe/Berlin" in window.schedule_tab.legend.text()
    assert "Engineering onboarding pilot" in window.schedule_tab.legend.text()  # coloured by program
    # the lead in New York sees the same sessions on their own clock
    window.settings.setValue("preferences/timezone", "America/New_York")
    window.refresh()
    assert view.block_lines(new_york)[0].startswith("10:00")
    assert (
        f"{wall(tuesday, 'Europe/Berlin', 'America/New_York')} " in view.block_lines(berlin)[0]
    )  # (with a warning: Aisha is not free at 04:00)


def test_drag_in_another_timezone_moves_by_the_session_own_clock(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tuesday: datetime
) -> None:
    window.settings.setValue("preferences/timezone", "America/New_York")
    window.refresh()
    thursday = tuesday.replace(hour=15) + timedelta(days=2)
    session = add_sessions(window, 1, thursday)[0]  # Thu 15:00 Berlin = 09:00 NY
    view = window.schedule_tab.week_view
    rect = view.block_rect(session)
    target = view.block_rect(session, session.start + timedelta(hours=2))
    qtbot.mousePress(view, qtbot_left(), pos=QPoint(int(rect.center().x()), int(rect.top() + 3)))
    qtbot.mouseMove(view, pos=QPoint(int(target.center().x()), int(target.top() + 3)))
    qtbot.mouseRelease(view, qtbot_left(), pos=QPoint(int(target.center().x()), int(target.top() + 3)))
    moved = window.schedule.sessions.get(session.id)
    assert moved.start == thursday + timedelta(hours=2) and moved.timezone == "Europe/Berlin"


def qtbot_left():  # type: ignore[no-untyped-def]
    """The left mouse button."""
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_preferences_drive_new_pilot_defaults(window: MainWindow) -> None:
    dialog = window.schedule_ctl.open_preferences()
    assert (
        window.actions["preferences"].menu() is None and window.actions["preferences"].shortcut() is not None
    )
    dialog.name.setText("Maja Keller")
    dialog.email.setText("not an email")
    dialog.try_accept()
    assert "not a valid email" in dialog.problems.text() and dialog.isVisible()
    dialog.email.setText("Maja.Keller@northwind.example")
    dialog.timezone.setCurrentText("America/Chicago")
    dialog.paper.setCurrentText("Letter")
    dialog.days[4].setChecked(False)  # no Fridays
    dialog.try_accept()
    prefs = load_preferences(window.settings)
    assert prefs.email == "maja.keller@northwind.example" and prefs.paper == "Letter"
    assert prefs.working_days == (0, 1, 2, 3) and prefs.zone() == "America/Chicago"
    assert window.schedule_tab.week_view.zone == "America/Chicago"
    pilot = window.schedule_ctl.new_pilot()
    assert pilot.organizer.currentData() == "maja.keller@northwind.example"
    assert pilot.timezone.currentText() == "America/Chicago"
    pilot.reject()


def test_new_pilot_shows_holiday_weeks_and_skips_or_moves_them(window: MainWindow) -> None:
    dialog = window.schedule_ctl.new_pilot()
    dialog.name.setText("Year-end pods")
    dialog.team.setCurrentIndex(dialog.team.findData("Engineering"))
    dialog.start.setDate(date(2026, 11, 30))
    dialog.weekday.setCurrentIndex(4)  # Friday
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.holidays.setText("xx")
    assert "not a country code" in dialog.problems_label.text() and not dialog.create_button.isEnabled()
    dialog.holidays.setText("DE-BY")
    text = dialog.holiday_weeks.text()
    assert "week 4 (Fri 25 Dec, Christmas Day)" in text and "week 5 (Fri 01 Jan, New Year's Day)" in text
    lines = [dialog.sessions.item(i).text() for i in range(dialog.sessions.count())]
    assert "on a public holiday: Christmas Day" in lines[3]
    dialog.on_holiday.setCurrentIndex(dialog.on_holiday.findData("move"))
    lines = [dialog.sessions.item(i).text() for i in range(dialog.sessions.count())]
    assert "Mon 28 Dec 2026" in lines[3] and "moved from Fri 25 Dec (Christmas Day)" in lines[3]
    dialog.on_holiday.setCurrentIndex(dialog.on_holiday.findData("skip"))
    dialog.create_button.click()
    program = window.schedule.find_program("Year-end pods")
    assert program.holidays == "DE-BY"
    statuses = [s.status for s in window.schedule.list_sessions(program.id)]
    assert statuses == ["planned"] * 3 + ["skipped"] * 2 + ["planned"]
    window.actions["undo"].trigger()
    assert window.schedule.find_program("Year-end pods") is None


def test_add_one_off_session_starts_with_the_program_members(window: MainWindow) -> None:
    program = window.schedule.list_programs()[0]
    dialog = window.schedule_ctl.add_session()
    assert dialog.program is not None and dialog.program.currentData() == program.id
    ticked = dialog.checked_people()
    assert set(ticked) == set(program.members)
    # it starts at a time none of them is booked (so no double booking is shown)
    assert not [w for w in dialog.warnings.text().splitlines() if "is also in" in w]
    # the members come first in the list
    first = [dialog.people_list.item(i).data(256) for i in range(len(ticked))]
    assert set(first) == set(program.members)
    dialog.people_list.item(0).setCheckState(dialog.people_list.item(0).checkState().Unchecked)
    outsider = dialog.people_list.item(len(ticked))
    outsider.setCheckState(outsider.checkState().Checked)
    leader = dialog.checked_people()[0]
    dialog.led_by.setCurrentIndex(dialog.led_by.findData(leader))
    dialog.title.setText("Lunch-and-learn: release notes")
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))
    dialog.try_accept()
    added = next(s for s in window.schedule.list_sessions() if s.title == "Lunch-and-learn: release notes")
    assert added.program_id == program.id and added.facilitators == (leader,)
    assert {a.email for a in added.attendees} == set(dialog.checked_people())
    assert len(added.attendees) == len(program.members)


def test_week_view_screenshots(window: MainWindow, tuesday: datetime, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_sessions(window, 6, tuesday)
    add_sessions(window, 2, tuesday.replace(hour=9) + timedelta(days=1), zone="America/New_York")
    window.resize(1400, 860)
    window.schedule_tab.go_to(tuesday.date())
    image = window.schedule_tab.grab()
    path = tmp_path / "week.png"
    assert image.save(str(path)) and path.stat().st_size > 10_000


def test_demo_first_week_shows_every_session(window: MainWindow) -> None:
    sessions = window.schedule.list_sessions()
    first = min(s.start.date() for s in sessions)
    window.schedule_tab.go_to(first)
    view = window.schedule_tab.week_view
    window.resize(1600, 900)
    in_week = [s for s in sessions if view.week <= s.start.date() < view.week + timedelta(days=7)]
    rects = [view.block_rect(s) for s in view.sessions]
    assert len(view.sessions) == len(in_week) >= 4
    assert all(not r.isEmpty() for r in rects)
    assert all(not a.intersects(b) for a, b in combinations(rects, 2)), "no block hides another"


def test_preferences_keep_the_calendar_account_and_the_paper_for_printing(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit > Preferences holds the calendar server account (password in the keychain only) and
    the paper size the Print dialog starts from."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        dialog = demo_window.schedule_ctl.open_preferences()
        dialog.paper.setCurrentText("Letter")
        dialog.calendar_url.setText("https://cloud.example.com/remote.php/dav/")
        dialog.calendar_user.setText("maja")
        dialog.calendar_password.setText('s3cret "pw"')
        dialog.try_accept()
        assert not dialog.isVisible(), dialog.problems.text()
        settings = demo_window.settings
        assert settings.value("publish/user") == "maja"
        from peerdesk.publishing.credentials import stored_password

        assert stored_password(str(settings.value("publish/url")), "maja") == 's3cret "pw"'
        settings.sync()
        assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")
        assert b"s3cret" not in demo_window.workspace.path.read_bytes()
        demo_window.actions["print"].trigger()
        assert demo_window.dialog.page.currentText() == "US Letter"
        # a bad address is named and nothing is saved
        bad = demo_window.schedule_ctl.open_preferences()
        bad.calendar_url.setText("not a url")
        bad.try_accept()
        assert bad.isVisible() and bad.problems.text()
    finally:
        keyring.set_keyring(previous)
