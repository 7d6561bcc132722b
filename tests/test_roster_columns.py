"""The roster table fits the window, keeps names in view while scrolling, and reads levels as words."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from peerdesk.ui.main_window import MainWindow


def test_columns_fit_the_window_and_levels_read_as_words(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.roster_tab.table
    demo_window.resize(1280, 800)
    QApplication.processEvents()
    model = table.model()
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in range(model.columnCount()))
    assert right <= table.viewport().width()  # Teaches and Wants are on screen, no sideways scrolling
    assert table.horizontalScrollBar().maximum() == 0
    hannah = next(r for r in range(model.rowCount()) if model.person_at(r).name == "Hannah Schulz")
    teaches = model.index(hannah, 6).data()
    assert teaches.startswith("SQL expert") and ":" not in teaches
    assert "(to practitioner)" in model.index(hannah, 7).data()
    assert "as typed: " in model.index(hannah, 6).data(Qt.ItemDataRole.ToolTipRole)


def test_names_stay_in_view_when_scrolling_sideways(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.roster_tab.table
    demo_window.resize(760, 560)
    QApplication.processEvents()
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0  # too narrow for everything: columns keep their least widths
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    frozen = table.frozen
    assert frozen.isVisible() and frozen.x() <= table.frameWidth() + table.verticalHeader().width()
    first = frozen.indexAt(QPoint(5, 5))
    assert first.column() == 0 and first.data() == table.model().person_at(0).name
    # clicking a frozen name selects the person, like clicking the row
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=frozen.visualRect(first).center())
    assert demo_window.roster_tab.selected_ids() == [table.model().person_at(0).id]
    assert demo_window.actions["edit_person"].isEnabled()
