"""A change the window could not save is taken off the undo list, and the status bar says so
(issue 30, item 2). The failure is real: SQLite's own page limit on the window's connection
makes the workspace 'full' (SQLITE_FULL), as a full disk would."""

from __future__ import annotations

from pathlib import Path

from peerdesk.ui.main_window import MainWindow


def fill_up(window: MainWindow) -> None:
    """From now on the workspace file cannot grow: the next big write fails with SQLITE_FULL."""
    conn = window.ctx.workspace.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_an_import_that_could_not_be_saved_is_not_on_the_undo_list(
    qtbot, demo_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    csv_path = tmp_path / "many.csv"
    rows = "".join(f"Person {i},person.{i}@northwind.example,Engineer,Core\n" for i in range(3000))
    csv_path.write_text("name,email,role,team\n" + rows, encoding="utf-8")
    people_before = window.roster.people()
    steps_before = window.undo_stack.count()
    fill_up(window)
    dialog = window.roster_ctl.import_roster(csv_path)
    assert dialog is not None and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "was not saved" in window.statusBar().currentMessage(), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "the disk is full" in message or "full" in message
    assert "damaged" not in message
    assert window.undo_stack.count() == steps_before  # nothing to undo that never happened
    assert not window.actions["undo"].isEnabled() or window.undo_stack.count() > 0
    assert window.roster.people() == people_before


def test_an_edit_pushed_onto_the_undo_stack_that_could_not_be_saved_is_dropped(
    demo_window: MainWindow,
) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.domain import Person
    from peerdesk.roster.service import import_change
    from peerdesk.ui.commands import ChangeCommand

    window = demo_window
    people = [Person(name=f"Person {i}", email=f"p{i}@northwind.example") for i in range(3000)]
    before = window.roster.people()
    steps = window.undo_stack.count()
    fill_up(window)
    window.ctx.push(ChangeCommand(window.roster, import_change(people, [], "Add 3000"), window.ctx.announce))
    assert window.ctx.last_saved is False
    assert window.undo_stack.count() == steps and window.undo_stack.undoText() != "Add 3000"
    message = window.statusBar().currentMessage()
    assert message.startswith("The change was not saved:") and "full" in message and "damaged" not in message
    assert window.roster.people() == before
    # with room again, the same edit saves and can be undone
    window.ctx.workspace.db.conn.execute("PRAGMA max_page_count = 1073741823")
    window.ctx.push(ChangeCommand(window.roster, import_change(people, [], "Add 3000"), window.ctx.announce))
    assert window.ctx.last_saved
    assert window.undo_stack.undoText() == "Add 3000" and len(window.roster.people()) == len(before) + 3000
    window.actions["undo"].trigger()
    assert window.roster.people() == before


def test_an_undo_that_could_not_be_saved_is_dropped_and_said(demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.domain import Person
    from peerdesk.roster.service import import_change
    from peerdesk.ui.commands import ChangeCommand

    window = demo_window
    ctx = window.ctx
    people = [Person(name=f"Person {i}", email=f"p{i}@northwind.example") for i in range(3000)]
    ctx.push(ChangeCommand(window.roster, import_change(people, [], "Add 3000"), ctx.announce))
    added = [p.id for p in window.roster.people() if p.email.split("@")[0][1:].isdigit()]
    ctx.push(ChangeCommand(window.roster, window.roster.plan_delete(added), ctx.announce))
    assert ctx.last_saved and window.undo_stack.count() == 2
    after_delete = window.roster.people()
    fill_up(window)  # undoing the delete must write 3,000 people back: it cannot
    window.actions["undo"].trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Undoing it was not saved:") and "full" in message
    assert window.roster.people() == after_delete  # still deleted, as the list now says
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Add 3000"
