"""The organizer: the lead by default, on the roster or not, any typed name and address, and a
warning before invites go out in someone else's name.

Through the real window on a real workspace file; the exported .ics is read back with icalendar and
the .eml with `email.policy.strict`.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from peerdesk.domain import Person, Program
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow

TEAM = [
    Person("Jonas Weber", "jonas@acme.example", team="Platform", timezone="Europe/Berlin"),
    Person("Mike O'Brien", "mike@acme.example", team="Platform", timezone="America/New_York"),
]


@pytest.fixture
def lead_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window for Dana, who leads the pilot but is not on the roster she imported."""
    path = tmp_path / "team.sqlite"
    ws = open_workspace(path, create=True)
    Roster(ws).apply(import_change(TEAM, [], "test roster"))
    ws.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("preferences/name", "Dana Lead")
    settings.setValue("preferences/email", "dana@acme.example")
    settings.setValue("preferences/timezone", "Europe/London")
    settings.setValue("first_run_done", True)
    win = MainWindow(open_workspace(path), settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def create_pilot(win: MainWindow, organizer: str | None = None) -> Program:
    pilot = win.schedule_ctl.new_pilot()
    pilot.name.setText("Platform pilot")
    for row in range(pilot.members.count()):
        pilot.members.item(row).setCheckState(Qt.CheckState.Checked)
    if organizer is not None:
        pilot.organizer.setEditText(organizer)
    assert pilot.create_button.isEnabled(), pilot.problems_label.text()
    pilot.create_button.click()
    return win.schedule.list_programs()[-1]


def export(win: MainWindow, folder: Path, *, accept: bool | None = None) -> dict[str, bytes]:
    """Export the last program's invites with email drafts; `accept` answers the organizer warning."""
    dialog = win.schedule_ctl.export_invites()
    dialog.folder.setText(str(folder))
    dialog.export_button.click()
    if accept is not None:
        box = dialog.organizer_warning
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert not folder.exists(), "nothing is written before the lead accepts"
        chosen = next(b for b in box.buttons() if b.text() == "Export in Their Name") if accept else None
        (chosen or box.button(QMessageBox.StandardButton.Cancel)).click()
    else:
        assert dialog.organizer_warning is None and not dialog.organizer_note.isVisible()
    return {p.name: p.read_bytes() for p in folder.glob("*")} if folder.exists() else {}


def organizer_of(files: dict[str, bytes]) -> tuple[str, str]:
    """(address, CN) of the series invitation's ORGANIZER, read by icalendar."""
    (ics,) = [data for name, data in files.items() if name.endswith("-series.ics")]
    event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    return str(event["ORGANIZER"]), str(event["ORGANIZER"].params["CN"])


def sender_of(files: dict[str, bytes]) -> tuple[str, str]:
    (eml,) = [data for name, data in files.items() if name.endswith("-series.eml")]
    message = email.message_from_bytes(eml, policy=email.policy.strict)
    (sender,) = message["From"].addresses
    return sender.display_name, sender.addr_spec


def test_the_lead_organizes_without_being_on_the_roster(lead_window: MainWindow, tmp_path: Path) -> None:
    """Before, New Pilot listed only roster people and offered nobody: Dana had to add herself."""
    win = lead_window
    pilot = win.schedule_ctl.new_pilot()
    assert pilot.organizer.currentText() == "Dana Lead <dana@acme.example> (you)"
    assert pilot.organizer.itemText(1) == "Jonas Weber <jonas@acme.example>"
    pilot.reject()
    program = create_pilot(win)
    assert (program.organizer_email, program.organizer_name) == ("dana@acme.example", "Dana Lead")
    files = export(win, tmp_path / "invites")
    assert organizer_of(files) == ("mailto:dana@acme.example", "Dana Lead")
    assert sender_of(files) == ("Dana Lead", "dana@acme.example")


def test_a_typed_organizer_is_kept_and_the_export_warns_first(
    lead_window: MainWindow, tmp_path: Path
) -> None:
    win = lead_window
    program = create_pilot(win, "Sam Assistant <Sam@Agency.example>")
    assert (program.organizer_email, program.organizer_name) == ("sam@agency.example", "Sam Assistant")
    stored = Schedule(win.workspace).programs.get(program.id)  # read back from the file
    assert stored is not None and stored.organizer_name == "Sam Assistant"
    dialog = win.schedule_ctl.export_invites()
    assert dialog.organizer_note.isVisible()
    assert "in the name of Sam Assistant <sam@agency.example>, not yours (dana@acme.example)" in (
        dialog.organizer_note.text()
    )
    dialog.reject()
    assert export(win, tmp_path / "declined", accept=False) == {}
    files = export(win, tmp_path / "accepted", accept=True)
    assert organizer_of(files) == ("mailto:sam@agency.example", "Sam Assistant")
    assert sender_of(files) == ("Sam Assistant", "sam@agency.example")
    editor = win.schedule_ctl.edit_program(program.id)
    assert editor.organizer.currentText() == "Sam Assistant <sam@agency.example>"
    editor.reject()


def test_a_colleague_from_the_roster_warns_too(lead_window: MainWindow, tmp_path: Path) -> None:
    win = lead_window
    program = create_pilot(win, "Jonas Weber <jonas@acme.example>")
    assert program.organizer_email == "jonas@acme.example"
    files = export(win, tmp_path / "invites", accept=True)
    assert organizer_of(files) == ("mailto:jonas@acme.example", "Jonas Weber")


@pytest.mark.parametrize("typed", ["Sam", "sam at agency", "Sam <sam@>"])
def test_a_typed_organizer_without_an_address_is_refused_with_a_reason(
    lead_window: MainWindow, typed: str
) -> None:
    pilot = lead_window.schedule_ctl.new_pilot()
    pilot.name.setText("Platform pilot")
    pilot.members.item(0).setCheckState(Qt.CheckState.Checked)
    pilot.organizer.setEditText(typed)
    assert not pilot.create_button.isEnabled()
    assert "is not an email address" in pilot.problems_label.text()
    pilot.organizer.setEditText("jonas weber")  # a roster name, as typed
    assert pilot.organizer_choice() == ("jonas@acme.example", "Jonas Weber")
    assert pilot.create_button.isEnabled()
    pilot.reject()


def test_deleting_the_organizer_from_the_roster_keeps_them_on_the_program(tmp_path: Path) -> None:
    from datetime import date

    ws = open_workspace(tmp_path / "w.sqlite", create=True)
    Roster(ws).apply(import_change(TEAM, [], "test roster"))
    schedule = Schedule(ws)
    program, _ = schedule.create_program(
        Program(
            "Pilot", date(2026, 11, 30), organizer_email="jonas@acme.example", members=("mike@acme.example",)
        )
    )
    jonas = next(p for p in schedule.people.list_people() if p.email == "jonas@acme.example")
    schedule.people.delete([jonas.id])
    kept = schedule.programs.get(program.id)
    assert kept is not None and (kept.organizer_email, kept.organizer_name) == (
        "jonas@acme.example",
        "Jonas Weber",
    )
    ws.close()


def test_the_command_line_takes_an_organizer_who_is_not_on_the_roster(demo_db: Path) -> None:
    from peerdesk.cli.main import main

    args = ["--db", str(demo_db), "program", "create", "Agency pilot", "--start", "2026-11-30"]
    args += ["--weekday", "tue", "--time", "10:00", "--tz", "Europe/Berlin"]
    assert main([*args, "--organizer", "Sam Assistant <Sam@Agency.example>"]) == 0
    ws = open_workspace(demo_db)
    program = Schedule(ws).find_program("Agency pilot")
    ws.close()
    assert program is not None
    assert (program.organizer_email, program.organizer_name) == ("sam@agency.example", "Sam Assistant")


def test_a_generation_ten_workspace_keeps_its_roster_organizer(tmp_path: Path) -> None:
    """A file from before 0011_program_organizer: the program's roster organizer reads as before."""
    from sqlite_utils import Database

    from peerdesk.storage.schema import migrations

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0011_program_organizer")
    person = (
        db["people"].insert({"name": "Jonas Weber", "email": "jonas@acme.example", "timezone": "UTC"}).last_pk
    )
    db["programs"].insert(
        {"name": "Old pilot", "organizer_id": person, "timezone": "UTC", "start_date": "2026-11-30"}
        | {"weeks": 6, "weekday": 1, "start_time": "10:00", "minutes": 30, "uid": "old@peerdesk"}
    )
    assert db.execute("PRAGMA user_version").fetchone()[0] == 10
    db.close()
    with open_workspace(path) as ws:
        (program,) = Schedule(ws).list_programs()
    assert (program.organizer_email, program.organizer_name) == ("jonas@acme.example", "")
