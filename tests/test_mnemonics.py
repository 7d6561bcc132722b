"""Every menu, tab, button and labelled field has its own Alt+letter, and no label shows a stray '&'.

The test walks the real window (each tab and view) and every dialog the menus open, as a user
pressing Alt would meet them, and lists every collision it finds.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from peerdesk.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ('Sa&ve' -> 'v'), None without one ('&&' is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.window() is top and widget.isVisibleTo(top)


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the visible things in one window or dialog that use it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        key = mnemonic(text)
        if key:
            found[key].append(f"{where} {text!r}")

    for bar in top.findChildren(QMenuBar):
        if _shown(bar, top):
            for action in bar.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), "tab")
        elif isinstance(widget, QAbstractButton):  # enabled or not: its letter is taken either way
            add(widget.text(), type(widget).__name__)
    # a button shown only in some states (Add Free Time, Allow Meeting Again...) beside ones shown
    # always: its letter must be its own as well
    for button in top.findChildren(QAbstractButton):
        parent = button.parentWidget()
        if button.isHidden() and parent is not None and _shown(parent, top) and button.window() is top:
            add(button.text(), "sometimes " + type(button).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
    return found


def collisions(top: QWidget) -> list[str]:
    """Alt+letters used more than once in a window, described."""
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in window_mnemonics(top).items() if len(v) > 1]


def menu_collisions(menu: QMenu) -> list[str]:
    """Letters used twice inside one menu (submenus checked too)."""
    seen: dict[str, list[str]] = defaultdict(list)
    problems = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key:
            seen[key].append(action.text())
        if action.menu() is not None:
            problems += menu_collisions(action.menu())
    problems += [f"{menu.title()!r} Alt+{k.upper()}: {v}" for k, v in seen.items() if len(v) > 1]
    return problems


def stray_ampersands(top: QWidget) -> list[str]:
    """Plain-text labels without a buddy that would print their '&' on screen."""
    problems = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or label.buddy() is not None:
            continue
        text = label.text()
        if "<" in text:  # rich text: &amp; and entities are markup, not mnemonics
            continue
        if mnemonic(text):
            problems.append(f"{type(top).__name__}: label {text!r} shows its '&'")
    return problems


def _all_pages(window: MainWindow):  # type: ignore[no-untyped-def]
    """Yield a description while the window shows each tab and each view inside it."""
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        inner = [w for w in page.findChildren(QTabBar) if w.isVisibleTo(window)]
        stacks = [(bar, i) for bar in inner for i in range(bar.count())]
        if not stacks:
            QApplication.processEvents()
            yield tabs.tabText(index)
        for bar, i in stacks:
            bar.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"{tabs.tabText(index)} / {bar.tabText(i)}"


def test_main_window_menus_tabs_and_views_have_unique_mnemonics(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for menu in demo_window.menus.values():
        problems += menu_collisions(menu)
    for where in _all_pages(demo_window):
        problems += [f"{where}: {p}" for p in collisions(demo_window)]
        problems += [f"{where}: {p}" for p in stray_ampersands(demo_window)]
    assert not sorted(set(problems))
    # the menus are reachable from the keyboard: Alt+F is the File menu, not a tab
    assert mnemonic(demo_window.menus["&File"].title()) == "f"
    assert all(mnemonic(demo_window.tabs.tabText(i)) not in "fevrsh" for i in range(demo_window.tabs.count()))


DIALOG_ACTIONS = (
    "add_person",
    "edit_person",
    "skills",
    "new_pilot",
    "edit_program",
    "formats",
    "add_session",
    "edit_session",
    "match_peers",
    "export_invites",
    "print",
    "user_guide",
    "shortcuts",
    "about",
    "import_roster",
)


@pytest.mark.parametrize("action", DIALOG_ACTIONS)
def test_every_dialog_has_unique_mnemonics_and_no_stray_ampersand(
    qtbot, demo_window: MainWindow, action: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    if action == "import_roster":
        from peerdesk.resources import resource_path
        from peerdesk.ui import prompts

        monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: resource_path("demo", "roster.csv"))
    if action == "edit_person":
        window.roster_tab.select_ids({window.roster.people()[0].id})
    if action in ("edit_session",):
        window.tabs.setCurrentIndex(1)
        window.schedule_tab.views.setCurrentIndex(1)
        QApplication.processEvents()
        window.schedule_tab.select_session(window.schedule.list_sessions()[0].id)
    before = window.dialog
    window.actions[action].trigger()
    QApplication.processEvents()
    dialog = window.dialog
    assert dialog is not None and dialog is not before, f"{action} opened no dialog"
    pages = [None]
    from PySide6.QtWidgets import QTabWidget

    tab_widgets = [t for t in dialog.findChildren(QTabWidget) if t.isVisibleTo(dialog)]
    if tab_widgets:
        pages = [(tab_widgets[0], i) for i in range(tab_widgets[0].count())]
    problems = []
    for page in pages:
        if page is not None:
            page[0].setCurrentIndex(page[1])
            QApplication.processEvents()
        problems += collisions(dialog) + stray_ampersands(dialog)
    dialog.close()
    assert not sorted(set(problems)), f"{action}: {dialog.windowTitle()}"


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_each_translation_keeps_every_alt_letter_unique(
    qtbot, demo_db, tmp_path, code: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The same walk in German, French and Spanish: a translator picks new letters, and two of them
    in one menu or dialog would make Alt+letter jump to the wrong place."""
    from PySide6.QtCore import QSettings

    from peerdesk.resources import resource_path
    from peerdesk.storage import open_workspace
    from peerdesk.ui import prompts, translation

    monkeypatch.setattr(prompts, "choose_open_path", lambda *a, **k: resource_path("demo", "roster.csv"))
    app = QApplication.instance()
    translation.install(app, code)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_workspace(demo_db), settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        problems = []
        for menu in window.menus.values():
            problems += [f"menu {menu.title()!r}: {p}" for p in collisions(menu)]
        for where in _all_pages(window):
            problems += [f"{where}: {p}" for p in collisions(window) + stray_ampersands(window)]
        window.roster_tab.select_ids({window.roster.people()[0].id})
        for action in DIALOG_ACTIONS:
            if action == "edit_session":
                continue  # needs the Schedule list; its letters are the session dialog's, as add_session
            before = window.dialog
            window.actions[action].trigger()
            QApplication.processEvents()
            dialog = window.dialog
            if dialog is None or dialog is before:
                continue
            problems += [f"{action}: {p}" for p in collisions(dialog) + stray_ampersands(dialog)]
            dialog.close()
            QApplication.processEvents()
        window.close()
    finally:
        translation.install(app, "en")
    assert sorted(set(problems)) == []
