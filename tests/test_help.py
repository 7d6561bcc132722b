"""The Help menu: the user guide (offline, the README's), the shortcut list and What's This."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWhatsThis

from peerdesk.ui.actions import SPECS
from peerdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_guide_is_the_readme_guide() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_guide", ROOT / "docs" / "make_guide.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.guide_from_readme((ROOT / "README.md").read_text(encoding="utf-8"))
    shipped = (ROOT / "resources" / "guide.md").read_text(encoding="utf-8")
    assert shipped == expected, "README's guide changed: run python docs/make_guide.py"
    assert "docs/images" not in shipped


def test_help_menu_opens_the_guide_and_finds_words(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    help_menu = demo_window.menus["&Help"]
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == [
        "User &Guide",
        "&Keyboard Shortcuts",
        "&What's This?",
        "Open &Demo",
        "Welcome Agai&n...",
        "&About PeerDesk",
    ]
    qtbot.keyClick(demo_window, Qt.Key.Key_F1)
    guide = demo_window.dialog
    assert guide.objectName() == "guide_window" and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "a short guide for team leads" in text and "Skills matrix" in text
    assert "**" not in text  # rendered, not raw Markdown
    qtbot.keyClicks(guide.find, "Deactivate")
    qtbot.keyClick(guide.find, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "Deactivate"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find, Qt.Key.Key_Return)  # Enter again: the next match, and the guide stays open
    assert guide.isVisible() and guide.browser.textCursor().position() > first
    # the contents start with Getting Started and jump to each section
    titles = [guide.contents.item(i).text().strip() for i in range(guide.contents.count())]
    assert titles[:2] == ["Getting started", "Your workspace file"] and "Sending the invites" in titles
    guide.contents.setCurrentRow(titles.index("Sending the invites"))
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft() + QPoint(4, 4))
    assert (
        "Sending the invites" in top.block().text() or top.block().previous().text() == "Sending the invites"
    )
    guide.close()


def test_shortcut_list_comes_from_the_action_registry(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions["shortcuts"].trigger()
    table = demo_window.dialog.table
    listed = [(table.item(r, 1).text(), table.item(r, 0).text()) for r in range(table.rowCount())]
    with_keys = [s for s in SPECS if s.shortcut is not None]
    missing = [
        s.name
        for s in with_keys
        if demo_window.actions[s.name].shortcut().toString() not in " / ".join(k for _, k in listed)
    ]
    assert not missing
    assert len(listed) >= len(with_keys)  # each action once (a platform may lack a standard key)
    rows = dict(listed)
    assert rows["Skills Matrix"] == "Ctrl+4"
    assert rows["Add Person"] == "Ctrl+Shift+A"
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["User Guide"] == "F1"
    demo_window.dialog.close()


def test_whats_this_explains_terms(demo_window: MainWindow) -> None:
    demo_window.actions["whats_this"].trigger()
    assert QWhatsThis.inWhatsThisMode()
    QWhatsThis.leaveWhatsThisMode()
    tab = demo_window.roster_tab
    assert "bus" not in tab.gaps.whatsThis() and "nobody teaches" in tab.gaps.whatsThis()
    assert "3 advanced" in tab.matrix.table.whatsThis()
    assert "only one active person" in tab.matrix.risks.title.whatsThis()
    demo_window.actions["new_pilot"].trigger()
    assert "shadow shift" in demo_window.dialog.format.whatsThis()
    demo_window.dialog.close()
