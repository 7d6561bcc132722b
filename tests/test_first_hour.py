"""A lead's first hour, in the real window, from an empty workspace: what is on screen after each step.

Each empty state must give way to its content when the first item arrives and come back
when the last one leaves, by every path (import, add, delete, undo, redo, New and Open
Workspace), and the assertions are about widgets a person sees (`isVisible`, texts), not
only the models behind them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow

TEAM_CSV = Path(__file__).parent / "data" / "first-team.csv"


@pytest.fixture
def empty_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real window on a new, empty workspace, shown offscreen, the lead set in Preferences."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("preferences/name", "Priya Raman")
    settings.setValue("preferences/email", "priya@acme.example")
    settings.setValue("preferences/timezone", "Europe/London")
    settings.setValue("first_run_done", True)
    win = MainWindow(open_workspace(tmp_path / "team.sqlite", create=True), settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def roster_shows_people(win: MainWindow) -> bool:
    """The table is on screen with rows in it, and the "no one yet" page is not."""
    tab = win.roster_tab
    return tab.table.isVisible() and tab.model.rowCount() > 0 and not tab.empty.isVisible()


def roster_shows_empty_page(win: MainWindow) -> bool:
    """The "no one on the roster yet" page is on screen, and the table is not."""
    tab = win.roster_tab
    return tab.empty.isVisible() and not tab.table.isVisible() and not tab.matrix.isVisible()


def import_team(win: MainWindow) -> None:
    """File > Import Roster CSV with the newcomer's own file, then Import."""
    dialog = win.roster_ctl.import_roster(TEAM_CSV)
    assert dialog is not None
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    dialog.import_button.click()


def test_the_first_import_shows_the_table_and_undo_redo_go_back_and_forth(empty_window: MainWindow) -> None:
    win = empty_window
    assert roster_shows_empty_page(win)
    assert "Help > Open Demo" in win.roster_tab.empty.text().replace("&gt;", ">")
    import_team(win)
    assert roster_shows_people(win) and win.roster_tab.model.rowCount() == 12
    win.actions["undo"].trigger()
    assert roster_shows_empty_page(win)
    win.actions["redo"].trigger()
    assert roster_shows_people(win)
    # the skills matrix follows too
    win.show_matrix()
    assert win.roster_tab.matrix.isVisible() and not win.roster_tab.empty.isVisible()
    win.roster_tab.show_matrix(False)


def test_the_first_person_added_by_hand_shows_the_table(empty_window: MainWindow) -> None:
    win = empty_window
    dialog = win.roster_ctl.add_person()
    dialog.name.setText("Priya Raman")
    dialog.email.setText("priya@acme.example")
    dialog.try_accept()
    assert roster_shows_people(win) and win.roster_tab.model.rowCount() == 1
    win.actions["undo"].trigger()
    assert roster_shows_empty_page(win)


def test_deleting_everyone_brings_the_empty_page_back_and_undo_the_table(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui import prompts

    win = empty_window
    import_team(win)
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, on_yes, yes_text="": on_yes())
    win.roster_tab.table.selectAll()
    assert len(win.roster_tab.selected_ids()) == 12
    win.roster_ctl.delete_selected()
    assert roster_shows_empty_page(win)
    win.actions["undo"].trigger()
    assert roster_shows_people(win)


def test_new_and_open_workspace_show_the_right_page(empty_window: MainWindow, tmp_path: Path) -> None:
    win = empty_window
    import_team(win)
    full = win.workspace.path
    assert win.switch_workspace(tmp_path / "second.sqlite", create=True)
    assert roster_shows_empty_page(win)
    assert win.switch_workspace(full)
    assert roster_shows_people(win)


def test_the_first_pilot_replaces_no_sessions_yet(empty_window: MainWindow) -> None:
    win = empty_window
    import_team(win)
    win.show_schedule()
    hint = win.schedule_tab.empty_hint
    assert hint.isVisible() and "No sessions yet" in hint.text()
    dialog = win.schedule_ctl.new_pilot()
    dialog.name.setText("Platform pilot")
    dialog.team.setCurrentIndex(dialog.team.findData("Platform"))
    assert dialog.create_button.isEnabled(), dialog.problems_label.text()
    dialog.create_button.click()
    assert not hint.isVisible()
    assert win.schedule_tab.model.rowCount() >= 6
    win.actions["undo"].trigger()
    assert hint.isVisible()
    win.actions["redo"].trigger()
    assert not hint.isVisible()


@pytest.fixture
def first_start(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real window the very first time: an empty workspace and no preferences yet."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_workspace(tmp_path / "team.sqlite", create=True), settings=settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.dialog is not None and win.dialog.isVisible())
    yield win
    win.close()


def test_the_first_start_asks_who_the_lead_is_then_imports(
    first_start: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui import prompts
    from peerdesk.ui.first_run import WelcomeDialog
    from peerdesk.ui.preferences_dialog import load_preferences

    win = first_start
    welcome = win.dialog
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    # a wrong answer is said beside the fields, and nothing is saved
    welcome.email.setText("priya@")
    welcome.country.setText("XX")
    assert not welcome.choose("import")
    assert "not a valid email" in welcome.problems.text() and welcome.isVisible()
    welcome.name.setText("Priya  Raman")
    welcome.email.setText("Priya@Acme.example ")
    welcome.timezone.setCurrentText("Europe/London")
    welcome.country.setText("gb")
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: TEAM_CSV)
    welcome.import_button.click()
    assert not welcome.isVisible()
    prefs = load_preferences(win.settings)
    assert (prefs.name, prefs.email, prefs.timezone, prefs.country) == (
        "Priya Raman",
        "priya@acme.example",
        "Europe/London",
        "GB",
    )
    win.dialog.import_button.click()  # the import dialog, on the lead's own file
    assert roster_shows_people(win)
    # the lead is the organizer New Pilot starts with, and their country's holidays
    pilot = win.schedule_ctl.new_pilot()
    assert pilot.organizer.currentData() == "priya@acme.example"
    assert pilot.holidays.text() == "GB"
    pilot.reject()


def test_new_pilot_never_picks_a_colleague_as_organizer(first_start: MainWindow) -> None:
    win = first_start
    win.dialog.choose("empty")  # no email given: PeerDesk does not know who the lead is
    import_team(win)
    pilot = win.schedule_ctl.new_pilot()
    assert pilot.organizer.currentIndex() == -1 and pilot.organizer.currentData() is None
    pilot.name.setText("Platform pilot")
    pilot.team.setCurrentIndex(pilot.team.findData("Platform"))
    assert not pilot.create_button.isEnabled()
    assert "choose the organizer" in pilot.problems_label.text()
    pilot.organizer.setCurrentIndex(pilot.organizer.findData("jonas@acme.example"))
    assert pilot.create_button.isEnabled()
    pilot.reject()


def test_the_welcome_comes_once_and_help_opens_the_demo(first_start: MainWindow) -> None:
    from peerdesk.demo import DEMO_PROGRAM

    win = first_start
    win.dialog.choose("demo")
    assert win.schedule.find_program(DEMO_PROGRAM) is not None
    assert roster_shows_people(win) and win.roster_tab.model.rowCount() == 24
    demo_path = win.workspace.path
    assert win.switch_workspace(demo_path.with_name("other.sqlite"), create=True)
    win.actions["open_demo"].trigger()
    assert win.workspace.path != demo_path and win.schedule.find_program(DEMO_PROGRAM) is not None
    assert not win.settings.value("recent", [], type=list) or all(
        "peerdesk-demo" not in entry for entry in win.settings.value("recent", [], type=list)
    )


def test_the_newcomer_tour_from_an_empty_workspace_to_the_first_report(
    first_start: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, set_clock
) -> None:  # type: ignore[no-untyped-def]
    """Welcome, import, pilot, match, apply, export, print, record, report: what the lead sees at each step."""
    from datetime import date

    import icalendar
    from pypdf import PdfReader

    from peerdesk.ui import prompts

    win = first_start
    # Welcome: who the lead is, then their own roster
    welcome = win.dialog
    welcome.name.setText("Priya Raman")
    welcome.email.setText("priya@acme.example")
    welcome.timezone.setCurrentText("Europe/London")
    welcome.country.setText("GB")
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: TEAM_CSV)
    welcome.import_button.click()
    win.dialog.import_button.click()
    assert roster_shows_people(win) and win.roster_tab.model.rowCount() == 12
    assert "12 new" in win.statusBar().currentMessage()
    # a 6-week pilot for the Platform team, the lead as organizer
    win.show_schedule()
    assert win.schedule_tab.empty_hint.isVisible()
    pilot = win.schedule_ctl.new_pilot()
    pilot.name.setText("Platform pilot")
    pilot.team.setCurrentIndex(pilot.team.findData("Platform"))
    assert pilot.organizer.currentData() == "priya@acme.example"
    assert pilot.sessions.count() == 6 and pilot.create_button.isEnabled(), pilot.problems_label.text()
    pilot.create_button.click()
    assert not win.schedule_tab.empty_hint.isVisible() and win.schedule_tab.model.rowCount() == 6
    program = win.schedule.find_program("Platform pilot")
    assert program is not None
    # Match Peers: pairs with their reasons, then Apply puts skill-swaps in the schedule
    matching = win.schedule_ctl.open_matching()
    assert matching is not None and matching.isVisible()
    matching.program.setCurrentIndex(matching.program.findData(program.id))
    matching.mode.setCurrentText("pairs")
    matching.run()
    assert matching.result is not None and matching.result.groups, matching.summary.text()
    assert "points in all" in matching.summary.text() and matching.apply_button.isEnabled()
    matching.apply()
    assert matching.summary.text().startswith("Applied run")
    assert win.schedule_tab.model.rowCount() > 6
    matching.close()
    # Export Invites: files in a folder of the lead's choosing, in the lead's name
    invites = win.schedule_ctl.export_invites()
    assert invites is not None
    invites.program.setCurrentIndex(invites.program.findData(program.id))
    invites.folder.setText(str(tmp_path / "invites"))
    invites.export()
    assert invites.outcome.isVisible() and "Wrote" in invites.outcome.text(), invites.outcome.text()
    series = next((tmp_path / "invites").glob("*-series.ics"))
    event = next(c for c in icalendar.Calendar.from_ical(series.read_bytes()).walk("VEVENT"))
    assert str(event["ORGANIZER"]).lower() == "mailto:priya@acme.example"
    invites.close()
    # Print the first week's agenda
    printing = win.print_ctl.open_print("agenda")
    agenda = printing.export_pdf(tmp_path / "agenda.pdf")
    assert agenda is not None and "Wrote" in printing.problem.text(), printing.problem.text()
    pages = PdfReader(agenda).pages
    assert len(pages) >= 1 and "Platform pilot" in " ".join(" ".join(p.extract_text().split()) for p in pages)
    printing.close()
    # Tuesday of week 2: record week 1 from the paper sign-in sheet
    set_clock(date(2026, 12, 8))
    win.refresh()
    win.show_feedback()
    record = win.feedback_tab.record
    week1 = next(
        s for s in win.schedule.list_sessions(program.id) if s.week == 1 and s.format_key != "skill-swap"
    )
    record.session.setCurrentIndex(record.session.findData(week1.id))
    assert record.isVisible() and record.table.isVisible() and record.model.rowCount() == len(week1.attendees)
    table = record.table
    table.setFocus()
    table.setCurrentIndex(record.model.index(0, 3))
    for key in "54":
        first_start_qtbot_key(table, key)
    assert win.feedback.record(week1.id).session.status == "held"
    # the leadership report for week 1, previewed then saved
    win.actions["report"].trigger()
    report = win.dialog
    report.program.setCurrentIndex(report.program.findText("Platform pilot"))
    report.week.setCurrentIndex(report.week.findData(1))
    assert "WEEK 1 OF 6" in report.view.toPlainText()
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: tmp_path / "week-1.pdf")
    assert report.save() == tmp_path / "week-1.pdf"
    assert len(PdfReader(tmp_path / "week-1.pdf").pages) >= 1
    report.close()


def first_start_qtbot_key(widget, key: str) -> None:  # type: ignore[no-untyped-def]
    """Press one key on `widget` and let the queued save run, as the sign-in sheet does."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)
    for _ in range(3):
        QCoreApplication.processEvents()
