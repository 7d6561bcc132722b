"""What assistive technology is told about PeerDesk (issue 22), read back through Qt's accessibility
interfaces (QAccessible.queryAccessibleInterface), as a screen reader's bridge reads them.

The sweep of every control and dialog is in tests/test_window_manners.py (--names); here are the
things a name alone does not cover: what a KPI card or a chart says.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QTableView, QWidget

from peerdesk.ui.main_window import MainWindow


def spoken(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What the accessibility interface of `widget` reports for `text`."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface.text(text)


def cell_at(table: QTableView, row: int, column: int) -> QAccessibleInterface:
    """The accessible cell of `table` at row, column (found where it is drawn on the screen)."""
    rect = table.visualRect(table.model().index(row, column))
    point = table.viewport().mapToGlobal(rect.center())
    cell = QAccessible.queryAccessibleInterface(table).childAt(point.x(), point.y())
    assert cell is not None
    return cell


def test_a_kpi_card_reads_its_value_target_and_status(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)
    dashboard = demo_window.feedback_tab.dashboard
    demo_window.feedback_tab.setCurrentWidget(dashboard)
    kpis = dashboard.kpis
    assert kpis is not None
    target = next(t for t in kpis.targets if t.key == "participation")
    name = spoken(dashboard.tile_labels["participation"])
    assert name == f"{target.name}: {target.display}, target {target.target_display}, {target.status}"
    assert "<" not in name  # words, not the card's markup
    # What's This (Shift+F1) on a card and on the attendance table explains them
    assert "Evaluation level" in dashboard.tile_labels["participation"].whatsThis()
    assert "Space marks a person present" in demo_window.feedback_tab.record.table.whatsThis()


def test_each_chart_is_named_by_its_title(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(2)
    demo_window.feedback_tab.setCurrentWidget(demo_window.feedback_tab.dashboard)
    for slot in demo_window.feedback_tab.dashboard.chart_slots.values():
        shown = slot.currentWidget()
        if shown is slot.view:
            assert spoken(slot.view) == slot.view.chart().title() != ""
        else:
            assert spoken(slot.empty)


def test_the_skills_matrix_is_a_table_of_level_words_navigable_by_arrow_keys(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(0)
    tab = demo_window.roster_tab
    tab.view_bar.setCurrentIndex(1)
    view = tab.matrix
    qtbot.waitUntil(view.table.isVisible)
    table = QAccessible.queryAccessibleInterface(view.table)
    assert table.role() == QAccessible.Role.Table and table.text(QAccessible.Text.Name) == "Skills matrix"
    row = view.model.row_of_person("hannah.schulz@northwind.example")
    column = view.matrix().column_of("SQL")
    view.table.scrollTo(view.model.index(row, column))
    cell = cell_at(view.table, row, column)
    assert cell.role() == QAccessible.Role.Cell
    said = cell.text(QAccessible.Text.Name)
    assert "Hannah Schulz" in said and "SQL" in said and "level 4 expert" in said  # the word, not a colour
    # the header cells name the row's person and the column's skill
    cells = cell.tableCellInterface()
    assert cells is not None
    assert [c.text(QAccessible.Text.Name) for c in cells.columnHeaderCells()] == ["SQL"]
    assert [c.text(QAccessible.Text.Name) for c in cells.rowHeaderCells()] == ["Hannah Schulz"]
    # keyboard: focus the grid, move by arrow keys; the current cell is the one announced
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    current = view.table.currentIndex()
    assert (current.row(), current.column()) == (row, column + 1)
    focused = table.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == cell_at(view.table, row, column + 1).text(
        QAccessible.Text.Name
    )
    assert view.matrix().skills[column + 1] in focused.text(QAccessible.Text.Name)


def current_item(week: QWidget) -> QAccessibleInterface:
    """The item a screen reader is on: the week view's focused child, checked against its states."""
    item = QAccessible.queryAccessibleInterface(week).focusChild()
    assert item is not None and item.isValid()
    assert item.state().focused and item.state().selected
    return item


def test_the_week_view_is_a_list_of_its_sessions_each_where_its_block_is(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(1)
    week = demo_window.schedule_tab.week_view
    qtbot.waitUntil(week.isVisible)
    view = QAccessible.queryAccessibleInterface(week)
    assert view.role() == QAccessible.Role.List
    assert view.text(QAccessible.Text.Name) == f"Week of {week.week:%-d %B %Y}: {len(week.sessions)} sessions"
    order = week.ordered()
    assert view.childCount() == len(order) > 1
    for index, session in enumerate(order):
        item = view.child(index)
        assert item.role() == QAccessible.Role.ListItem and item.isValid()
        assert item.parent() is not None and item.parent().object() is week
        assert view.indexOfChild(item) == index
        assert item.text(QAccessible.Text.Name) == week.describe(session)
        assert session.title in item.text(QAccessible.Text.Name)
        assert item.state().focusable and not item.state().focused
        # it stands where its block is drawn, and the block's middle leads back to it
        drawn = week.block_rect(session).toAlignedRect()
        assert item.rect().topLeft() == week.mapToGlobal(drawn.topLeft())
        centre = item.rect().center()
        assert view.indexOfChild(view.childAt(centre.x(), centre.y())) == index
    # another week: the items follow, and one of a week no longer shown is no longer valid
    first = view.child(0)
    demo_window.actions["next_week"].trigger()
    qtbot.waitUntil(lambda: week.sessions != [] and week.ordered()[0].id != order[0].id)
    assert view.childCount() == len(week.ordered())
    assert not first.isValid() and first.text(QAccessible.Text.Name) == ""


def test_the_week_view_takes_focus_and_announces_each_session_it_moves_to(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(1)
    demo_window.refresh()
    schedule = demo_window.schedule_tab
    week = schedule.week_view
    qtbot.waitUntil(week.isVisible)
    assert week.sessions, "the demo's current week has sessions"
    assert week.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "arrow keys" in week.whatsThis()
    assert QAccessible.queryAccessibleInterface(week).focusChild() is None  # nothing focused yet
    # Tab reaches it from the control before it in the focus chain
    before = week.previousInFocusChain()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(week.hasFocus)
    order = week.ordered()
    first = order[0]
    said = current_item(week).text(QAccessible.Text.Name)
    assert week.selected_id == first.id
    assert said.startswith(first.title) and week.shown_start(first).strftime("%H:%M") in said
    assert QAccessible.queryAccessibleInterface(week).state().focused
    # the clash example says its conflict in words
    clash = next(s for s in order if week.conflicts.get(s.id))
    while week.selected_id != clash.id:
        qtbot.keyClick(week, Qt.Key.Key_Right)
    said = current_item(week).text(QAccessible.Text.Name)
    assert "conflict:" in said and week.conflicts[clash.id][0] in said
    qtbot.keyClick(week, Qt.Key.Key_Home)
    assert week.selected_id == first.id
    qtbot.keyClick(week, Qt.Key.Key_End)
    assert week.selected_id == order[-1].id
    assert current_item(week).text(QAccessible.Text.Name).startswith(order[-1].title)
    # Enter opens the current session
    with qtbot.waitSignal(week.edit_requested) as opened:
        qtbot.keyClick(week, Qt.Key.Key_Return)
    assert opened.args == [order[-1].id]
    if demo_window.dialog is not None:
        demo_window.dialog.close()
    # Tab leaves it again (no trap), and no item is focused any more
    qtbot.keyClick(week, Qt.Key.Key_Tab)
    assert not week.hasFocus()
    assert QAccessible.queryAccessibleInterface(week).focusChild() is None


def clipped_words(top: QWidget) -> list[str]:
    """Labels and buttons of `top` (as now shown) whose one-line text is wider than they are."""
    found = []
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not widget.isVisible() or widget.window() is not top or not text.strip() or "\n" in text:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text):
            continue
        room = widget.contentsRect().width()
        if isinstance(widget, QAbstractButton):
            room = widget.width() - 8  # the style's frame and padding
        need = widget.fontMetrics().horizontalAdvance(text)
        if need > room + 1:
            found.append(f"{type(widget).__name__} {text[:40]!r}: needs {need}, has {room}")
    return found


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """The system font at twice its size (as a 200% text-size setting gives)."""
    before = qapp.font()
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield
    qapp.setFont(before)


def test_at_twice_the_font_size_no_label_or_button_is_cut_off(  # type: ignore[no-untyped-def]
    qtbot, large_font: None, demo_window: MainWindow
) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "screens"))
    try:
        from dialog_sweep import every_view
    finally:
        sys.path.pop(0)
    demo_window.refresh()
    found = {"main window": every_view(demo_window, lambda: clipped_words(demo_window))}
    for action in ("add_person", "new_pilot", "print", "preferences"):
        demo_window.actions[action].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        qtbot.waitExposed(dialog)
        found[action] = clipped_words(dialog)
        dialog.close()
    assert {where: words for where, words in found.items() if words} == {}


@pytest.mark.slow
def test_at_twice_the_font_size_every_window_and_dialog_shows_its_text_whole(
    tmp_path: Path, demo_db: Path
) -> None:
    """The whole registry, every tab and view, with the system font at twice its size on a 1920x1080
    screen: no label or button cut off, no window bigger than the screen, no button out of reach."""
    from tests.test_window_manners import sweep

    report = sweep(tmp_path, demo_db, 1920, 1080, "--large-text")
    opened = {key.split(":")[0] for key in report}
    assert {"main window", "add_person", "new_pilot", "match_peers", "print", "preferences"} <= opened
    assert {window: found for window, found in report.items() if found} == {}


def test_the_charts_read_as_tables_from_the_keyboard(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Dashboard > Charts as tables: each chart's numbers in a table a keyboard and a screen reader
    can walk, the same numbers the KPIs hold (the ratings counted 1 to 5)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    demo_window.tabs.setCurrentIndex(2)
    dashboard = demo_window.feedback_tab.dashboard
    demo_window.feedback_tab.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.kpis is not None)
    assert dashboard.as_tables.focusPolicy() & Qt.FocusPolicy.TabFocus
    dashboard.as_tables.setFocus()
    qtbot.keyClick(dashboard.as_tables, Qt.Key.Key_Space)
    assert dashboard.as_tables.isChecked()
    shown = {kind: slot.currentWidget() for kind, slot in dashboard.chart_slots.items()}
    assert all(isinstance(w, QTableWidget) for w in shown.values() if w.isVisible()), shown
    ratings = dashboard.chart_slots["ratings"].table
    table = [
        [ratings.item(r, c).text() for c in range(ratings.columnCount())] for r in range(ratings.rowCount())
    ]
    expected = [[str(n), str(dashboard.kpis.rating_distribution.get(n, 0))] for n in range(1, 6)]
    assert table == expected
    assert ratings.accessibleName().endswith("(table)") and ratings.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(dashboard.as_tables, Qt.Key.Key_Space)
    assert all(slot.currentWidget() is not slot.table for slot in dashboard.chart_slots.values())
