"""Right-click menus on the roster table, the session list and the week view.

They come from the action registry (`CONTEXT_MENUS`), so they show the same words,
shortcuts and enabled states as the menu bar; the test right-clicks a row as a person
would and reads the menu that pops up.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from peerdesk.ui.actions import CONTEXT_MENUS, SPECS
from peerdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def popup_after_right_click(qtbot, widget, pos: QPoint) -> QMenu:  # type: ignore[no-untyped-def]
    """Right-click at `pos` (viewport coordinates for a table) and return the menu that opened."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.RightButton, pos=pos)
    widget.customContextMenuRequested.emit(pos)  # offscreen platforms send no context-menu event
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_every_context_menu_names_registry_actions() -> None:
    names = {spec.name for spec in SPECS}
    for view, items in CONTEXT_MENUS.items():
        assert {i for i in items if i} <= names, view
        assert items[0] is not None and items[-1] is not None, view


def test_right_click_on_a_person_offers_what_the_roster_menu_does(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.roster_tab.table
    rect = table.visualRect(table.model().index(2, 1))
    menu = popup_after_right_click(qtbot, table, rect.center())
    assert entries(menu) == ["&Edit Person...", "&Deactivate", "&Reactivate", "De&lete...", "&Add Person..."]
    assert demo_window.roster_tab.selected_ids() and menu.actions()[0].isEnabled()
    menu.close()


def test_right_click_on_a_session_offers_its_actions_by_its_state(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_schedule()
    tab = demo_window.schedule_tab
    tab.views.setCurrentIndex(1)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.session_at(r).status == "planned")
    rect = tab.table.visualRect(tab.model.index(row, 1))
    menu = popup_after_right_click(qtbot, tab.table, rect.center())
    shown = dict(
        zip(entries(menu), (a.isEnabled() for a in menu.actions() if not a.isSeparator()), strict=True)
    )
    assert shown["S&kip This Week"] and shown["&Cancel Session"] and not shown["Restore &Session"]
    assert "&Print..." in shown and "E&xport Invites..." in shown
    menu.close()
