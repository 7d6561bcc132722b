"""The real window, driven with qtbot: adding, searching, deleting and undoing, importing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from peerdesk.domain import CheckIn
from peerdesk.impact.feedback import Feedback
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace
from peerdesk.storage.impact import ImpactRepository
from peerdesk.ui import prompts
from peerdesk.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo window, on its tab 0."""
    demo_window.tabs.setCurrentIndex(0)
    return demo_window


def visible_names(win: MainWindow) -> list[str]:
    model = win.roster_tab.model
    return [model.person_at(r).name for r in range(model.rowCount())]


def stored_names(win: MainWindow) -> set[str]:
    """What is in the file, read through a separate read-only connection."""
    with open_workspace(win.workspace.path, read_only=True) as other:
        return {p.name for p in Roster(other).people()}


def test_window_shows_demo_workspace(window: MainWindow) -> None:
    assert window.windowTitle() == "PeerDesk - demo"
    assert window.roster_tab.model.rowCount() == 24
    assert window.counts_label.text() == "24 people (24 active) · 3 teams · 1 program"
    # the other tabs fill when shown: 6 weekly sessions, a one-off clinic and the demo's skill-swaps
    assert window.schedule_tab.model.rowCount() == 0
    window.actions["show_schedule"].trigger()
    assert window.schedule_tab.model.rowCount() == len(window.schedule.list_sessions()) >= 8
    tab_texts = [window.tabs.tabText(i) for i in range(3)]
    assert tab_texts == ["R&oster", "Sched&ule", "Feed&back"]  # Alt+R, Alt+S, Alt+F open the menus


def test_add_person_through_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions["add_person"].trigger()
    dialog = window.dialog
    qtbot.keyClicks(dialog.name, "Zo")
    dialog.name.insert("ë Nováková")  # QtTest can only type ASCII
    qtbot.keyClicks(dialog.email, "not an email")
    dialog.try_accept()
    assert dialog.isVisible()
    assert "not a valid email address" in dialog.error_text("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "zoe.novakova@northwind.example")
    dialog.timezone.setCurrentText("Europe/Prague")
    qtbot.keyClicks(dialog.availability, "Tue 10:00-12:00")
    dialog.teaches.add_row("Sign language", 3)
    dialog.wants.add_row("Kubernetes", None)
    dialog.try_accept()
    assert not dialog.isVisible()
    assert dialog.error_text("email") == ""
    assert "Zoë Nováková" in visible_names(window)
    assert "Zoë Nováková" in stored_names(window)
    gaps = window.roster_tab.gaps.section_texts()
    assert not any("Sign language" in skills for title, skills in gaps.items() if title.startswith("Wanted,"))
    window.actions["undo"].trigger()
    assert "Zoë Nováková" not in stored_names(window)
    gaps = window.roster_tab.gaps.section_texts()
    assert next(s for t, s in gaps.items() if t.startswith("Wanted,")) == ["Sign language"]


def test_duplicate_email_is_shown_beside_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.actions["add_person"].trigger()
    dialog = window.dialog
    qtbot.keyClicks(dialog.name, "Another Maja")
    qtbot.keyClicks(dialog.email, "MAJA.KELLER@northwind.example")
    qtbot.keyClicks(dialog.availability, "Someday")
    dialog.try_accept()
    assert "already used by Maja Keller" in dialog.error_text("email")
    assert "is not like 'Tue 10:00-12:00'" in dialog.error_text("availability")
    assert dialog.isVisible()
    dialog.reject()
    assert len(stored_names(window)) == 24


def test_search_filters_as_you_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.roster_tab.search, "kubern")
    names = visible_names(window)
    assert set(names) == {"Jonas Becker", "Tomás Ferreira", "Léa Dubois", "Mateo García", "Liam Murphy"}
    assert window.roster_tab.count.text() == "5 of 24"
    window.roster_tab.search.clear()
    qtbot.keyClicks(window.roster_tab.search, "support sql")  # every word must match
    assert set(visible_names(window)) == {"Liam Murphy", "Mei Lin", "Oliver Brown"}
    team = window.roster_tab.team
    team.setCurrentIndex(team.findData("Engineering"))
    assert visible_names(window) == []
    window.roster_tab.search.clear()
    assert len(visible_names(window)) == 8
    role = window.roster_tab.role
    role.setCurrentIndex(role.findData("QA engineer"))
    assert visible_names(window) == ["Mateo García"]


def test_delete_with_confirmation_then_undo_restores(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = window.roster_tab
    maja = next(p for p in tab.model.all_people() if p.name == "Maja Keller")
    ImpactRepository(window.workspace.db).add_check_ins([CheckIn(maja.email, "Hiring", 4, maja.joined)])
    check_ins = ImpactRepository(window.workspace.db).check_ins()
    maja_records = [
        r
        for s in window.schedule.list_sessions()
        if s.status == "held"
        for r in Feedback(window.workspace).record(s.id).attendance
        if r.email == maja.email
    ]
    assert maja_records
    tab.select_ids({maja.id})
    window.actions["delete_person"].trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "Delete Maja Keller" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Maja Keller" in stored_names(window)

    tab.select_ids({maja.id})
    window.actions["delete_person"].trigger()
    delete = next(b for b in window.dialog.buttons() if b.text() == "Delete")
    delete.click()
    assert "Maja Keller" not in stored_names(window)
    reports = [p for p in tab.model.all_people() if p.team == "Engineering"]
    assert all(p.manager_email is None for p in reports)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Maja Keller" in stored_names(window)
    restored = {p.name: p for p in window.roster.people()}
    assert restored["Maja Keller"].id == maja.id
    assert restored["Priya Raman"].manager_email == "maja.keller@northwind.example"
    assert restored["Maja Keller"].teaches == maja.teaches
    program = window.schedule.list_programs()[0]
    assert "maja.keller@northwind.example" in program.members
    assert program.organizer_email == "maja.keller@northwind.example"
    sessions = Schedule(window.workspace).list_sessions(program.id)
    assert any(a.email == "maja.keller@northwind.example" for s in sessions for a in s.attendees)
    # her attendance, ratings and check-ins came back too
    held = [
        s
        for s in sessions
        if s.status == "held" and any(a.email == "maja.keller@northwind.example" for a in s.attendees)
    ]
    assert any(
        r.email == "maja.keller@northwind.example"
        for s in held
        for r in Feedback(window.workspace).record(s.id).attendance
    )
    assert maja_records == [
        r
        for s in held
        for r in Feedback(window.workspace).record(s.id).attendance
        if r.email == "maja.keller@northwind.example"
    ]
    assert check_ins == ImpactRepository(window.workspace.db).check_ins()
    window.actions["redo"].trigger()
    assert "Maja Keller" not in stored_names(window)


def test_deactivate_many_and_gap_panel_updates(window: MainWindow) -> None:
    tab = window.roster_tab

    def wanted_untaught() -> list[str]:
        return next(s for t, s in tab.gaps.section_texts().items() if t.startswith("Wanted,"))

    assert wanted_untaught() == ["Sign language"]
    # Priya is the only Figma teacher; without her, Figma (wanted by Tomás) is untaught
    priya = next(p for p in tab.model.all_people() if p.name == "Priya Raman")
    ingrid = next(p for p in tab.model.all_people() if p.name == "Ingrid Larsen")
    tab.select_ids({priya.id, ingrid.id})
    assert len(tab.selected_ids()) == 2
    window.actions["deactivate"].trigger()
    assert "Figma" in wanted_untaught() and "Sign language" not in wanted_untaught()
    assert "22 active" in window.counts_label.text()
    window.actions["undo"].trigger()
    assert wanted_untaught() == ["Sign language"]


def test_import_dialog_maps_columns_and_imports_as_one_undo_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    csv_path = tmp_path / "hris.csv"
    csv_path.write_text(
        "Employee Name;Contact;Department\nNew Hire;new.hire@northwind.example;Support\n"
        "Maja Keller;maja.keller@northwind.example;Engineering Leadership\n",
        encoding="utf-8-sig",
    )
    dialog = window.roster_ctl.import_roster(csv_path)
    assert dialog is not None
    assert "1 problem" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column("email", "Contact")
    assert dialog.summary.text() == "<b>Ready:</b> 1 new, 1 updated, 0 unchanged."
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    people = {p.email: p for p in window.roster.people()}
    assert people["new.hire@northwind.example"].team == "Support"
    assert people["maja.keller@northwind.example"].team == "Engineering Leadership"
    assert people["maja.keller@northwind.example"].teaches  # columns not in the file are kept
    window.actions["undo"].trigger()
    people = {p.email: p for p in window.roster.people()}
    assert "new.hire@northwind.example" not in people
    assert people["maja.keller@northwind.example"].team == "Engineering"


def test_unreadable_csv_shows_message_not_traceback(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, details="": shown.append(text))
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("name,email\nJosé,jose@example.com\n".encode("latin-1"))
    assert window.roster_ctl.import_roster(bad) is None
    assert shown and "is not UTF-8 text" in shown[0]


def test_skills_dialog_merges_and_undo_splits(window: MainWindow) -> None:
    window.actions["skills"].trigger()
    dialog = window.dialog
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Excel")
    table.item(row, 0).setText("Data visualisation")  # merge Excel into Data visualisation
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Excel" not in names
    ingrid = next(p for p in window.roster.people() if p.name == "Ingrid Larsen")
    assert [t.skill for t in ingrid.teaches] == ["Data visualisation"]
    window.actions["undo"].trigger()
    ingrid = next(p for p in window.roster.people() if p.name == "Ingrid Larsen")
    assert [(t.skill, t.level) for t in ingrid.teaches] == [("Data visualisation", 4), ("Excel", 4)]
    assert "Excel" in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_save_a_copy_and_open_recent(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copy.sqlite"
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: copy)
    window.actions["save_copy"].trigger()
    with open_workspace(copy, read_only=True) as other:
        assert len(Roster(other).people()) == 24
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: copy)
    window.actions["open_workspace"].trigger()
    assert window.workspace.path == copy
    assert window.windowTitle() == "PeerDesk - copy"
    recent = [a.toolTip() for a in window.recent_menu.actions()]
    assert recent[0] == str(copy) and str(tmp_path / "demo.sqlite") in recent


def test_opening_damaged_file_keeps_current_workspace(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: bad)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, details="": shown.append(text))
    window.actions["open_workspace"].trigger()
    assert shown and "not a PeerDesk workspace" in shown[0]
    assert window.workspace.path.name == "demo.sqlite"
    assert window.roster_tab.model.rowCount() == 24
    assert bad.read_text() == "not a database"


def test_new_workspace_starts_empty(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "team.sqlite"
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: target)
    window.actions["new_workspace"].trigger()
    assert window.workspace.path == target and target.exists()
    assert window.roster_tab.model.rowCount() == 0
    assert window.roster_tab.empty.isVisible() and "Import Roster CSV" in window.roster_tab.empty.text()
    assert not window.actions["undo"].isEnabled()


def test_window_geometry_is_remembered(qtbot, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800x600
    size = first.size()
    first.close()
    second = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(second)
    assert second.size() == size and size.width() < 800
    second.close()


def test_every_action_has_text_and_unique_shortcut(window: MainWindow) -> None:
    shortcuts = [a.shortcut().toString() for a in window.actions.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    assert all(a.text() for a in window.actions.values())
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Roster", "&Schedule", "&Help"]


def test_unexpected_errors_become_a_message(window: MainWindow, capsys: pytest.CaptureFixture[str]) -> None:
    from peerdesk.ui.app import report_unexpected

    try:
        raise RuntimeError("the disk went away")
    except RuntimeError as exc:
        report_unexpected(window)(type(exc), exc, exc.__traceback__)
    box = next(b for b in window.findChildren(QMessageBox) if "the disk went away" in b.text())
    assert "everything before it is safe" in box.text()
    assert "Traceback" in box.detailedText() and "Traceback" not in box.text()
    assert "RuntimeError" in capsys.readouterr().err
    box.close()
