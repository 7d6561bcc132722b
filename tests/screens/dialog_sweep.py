"""Open the main window and every dialog the action registry reaches, on a screen of a given size.

Run by tests/test_window_manners.py in a child process, because Qt's offscreen
screen has one size per process (QT_QPA_PLATFORM=offscreen:configfile=...). It
prints JSON: for the main window and each dialog, what a person at that screen
would meet that is wrong (buttons off-screen, a dialog larger than the screen,
a label whose Alt+letter moves focus nowhere, a Notes field Tab cannot leave,
an input without an accessible name).

Usage: python dialog_sweep.py WORKSPACE SETTINGS.ini [SHOTS_FOLDER | --names | --texts | --large-text]
(with SHOTS_FOLDER, each window is also saved there as a PNG named for its action:
docs/screenshots.py uses this for the README's laptop-screen pictures; with --names the
sweep reports instead what a screen reader or keyboard user would meet: a focusable control
without a name, a label whose Alt+letter does not land on its field, a control Tab never
reaches or a Tab order that jumps back up the window, on every tab and view of the main window
and in every dialog; with --texts, run in the pseudo-locale (PEERDESK_LANGUAGE=en_XA), it reports
text that is still plain source text - nobody routed it through a catalogue - and text its widget
cuts off; with QT_LAYOUT_DIRECTION=rtl it adds widgets that overlap in the mirrored window;
with --large-text, the system font at twice its size, it reports text cut off and windows that
leave the screen or hide a button)
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# actions that open no dialog of ours, or that would end the run
SKIPPED = {"quit", "undo", "redo", "close", "whats_this"}
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def describe(widget: QWidget) -> str:
    """A widget as a person would name it: its accessible name, object name or class."""
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    """`widget`'s rectangle in `top`'s coordinates."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def problems_of(top: QWidget, available: QRect) -> list[str]:
    """What is wrong with one window or dialog as shown on `available`."""
    return fit_problems(top, available) + manner_problems(top)


def fit_problems(top: QWidget, available: QRect) -> list[str]:
    """A window larger than the screen, off it, or hiding a button."""
    found = []
    frame = top.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        found.append(
            f"{frame.width()}x{frame.height()} does not fit the {available.width()}x{available.height()} screen"
        )
    hint = top.minimumSizeHint()
    if hint.width() > available.width() or hint.height() > available.height():
        found.append(f"needs at least {hint.width()}x{hint.height()}")
    if not available.contains(frame):
        found.append(
            f"placed at {frame.x()},{frame.y()} ({frame.width()}x{frame.height()}) partly off the screen"
        )
    inside = top.rect()
    for button in top.findChildren(QAbstractButton):
        shown = button.window() is top and button.isVisibleTo(top) and button.text()
        if shown and not inside.contains(rect_in(button, top)):
            found.append(f"button {button.text()!r} is cut off")
    return found


def manner_problems(top: QWidget) -> list[str]:
    """Alt+letters that land on a wrapper, multi-line fields Tab cannot leave, unnamed inputs."""
    found = []
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(top):
            continue
        if not buddy.focusPolicy() & Qt.FocusPolicy.TabFocus or type(buddy) is QWidget:
            found.append(f"label {label.text()!r}: its Alt+letter moves focus to a wrapper, not the field")
    for field in top.findChildren(QPlainTextEdit) + top.findChildren(QTextEdit):
        if field.isVisibleTo(top) and not field.isReadOnly() and not field.tabChangesFocus():
            found.append(f"multi-line field {describe(field)!r}: Tab types a tab and cannot leave it")
    for field in top.findChildren(QWidget):
        if (
            isinstance(field, INPUTS)
            and field.isVisibleTo(top)
            and field.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not field.accessibleName()
            and not isinstance(field.parent(), QComboBox | QAbstractSpinBox)  # their own inner edits
        ):
            found.append(f"input {describe(field)} ({type(field).__name__}) has no accessible name")
    return found


def _inner_edit(widget: QWidget) -> bool:
    """A combo box's or spin box's own line edit (named by its owner)."""
    return isinstance(widget.parent(), QComboBox | QAbstractSpinBox)


def _viewport(widget: QWidget) -> bool:
    """A scroll area's viewport (its view speaks for it)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def focusable(top: QWidget) -> list[QWidget]:
    """The controls of `top` that Tab can reach now (visible, enabled, taking focus)."""
    return [
        w
        for w in top.findChildren(QWidget)
        if w.window() is top
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inner_edit(w)
        and not _viewport(w)
    ]


def label_words(text: str) -> str:
    """A label's or button's words without mnemonic markers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def spoken_name(widget: QWidget, labels: dict[int, str]) -> str:
    """The name a screen reader says for `widget`: its accessible name, its label's words, or for a
    button or tab bar the text it shows."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if labels.get(id(widget)):
        return labels[id(widget)]
    if isinstance(widget, QAbstractButton):
        return label_words(widget.text())
    if isinstance(widget, QTabBar):
        iface = QAccessible.queryAccessibleInterface(widget)
        return iface.text(QAccessible.Text.Name) if iface is not None else ""
    return ""


def unnamed(top: QWidget) -> list[str]:
    """Each focusable control of `top` (as now shown) that a screen reader cannot name."""
    labels = {
        id(label.buddy()): label_words(label.text())
        for label in top.findChildren(QLabel)
        if label.buddy() is not None and label.isVisible()
    }
    return [
        f"focusable {type(w).__name__} {w.objectName() or '(no object name)'} in {place(w)} has no accessible name"
        for w in focusable(top)
        if not spoken_name(w, labels)
    ]


def place(widget: QWidget) -> str:
    """The nearest ancestor of `widget` with an object name (where to look for it in the code)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{type(parent).__name__} {parent.objectName()}" if parent is not None else "the window"


def mnemonic_key(text: str) -> Qt.Key | None:
    """The key of a label's Alt+letter ('Na&me' -> Key_M), None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    if at < 0 or at + 1 >= len(plain) or not plain[at + 1].isalnum():
        return None
    return Qt.Key(ord(plain[at + 1].upper()))


def mnemonic_misses(top: QWidget) -> list[str]:
    """Each label whose Alt+letter, pressed in `top`, does not put the focus on its field."""
    app = QApplication.instance()
    top.activateWindow()
    app.processEvents()
    found = []
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        key = mnemonic_key(label.text())
        if buddy is None or key is None or not label.isVisible() or not buddy.isEnabled():
            continue
        if not buddy.isVisible():
            found.append(f"label {label.text()!r}: its field is hidden")
            continue
        top.setFocus()
        QTest.keyClick(top, key, Qt.KeyboardModifier.AltModifier)
        app.processEvents()
        target = buddy.focusProxy() or buddy
        landed = QApplication.focusWidget()
        if landed is not target and landed is not buddy:
            where = type(landed).__name__ if landed is not None else "nowhere"
            found.append(
                f"label {label.text()!r}: Alt+{chr(key)} focuses {where}, not {type(buddy).__name__}"
            )
    return found


def focus_chain(top: QWidget) -> list[QWidget]:
    """The controls Tab visits in `top`, in order, from the first one once round."""
    reachable = focusable(top)
    if not reachable:
        return []
    # Tab goes round in a circle: read it from the control a reader meets first (top, then left)
    first = min(reachable, key=lambda w: (w.mapTo(top, QPoint(0, 0)).y(), w.mapTo(top, QPoint(0, 0)).x()))
    chain, widget = [], first
    for _ in range(len(top.findChildren(QWidget)) + 1):
        proxy = widget.focusProxy() or widget
        if proxy in reachable and proxy not in chain:
            chain.append(proxy)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    return chain


def focus_order_problems(top: QWidget) -> list[str]:
    """Tab order against reading order: every reachable control is in the chain, and Tab never
    goes back up the window (to a control whose top is above the previous one's by more than a
    line) except once, from the last control to the first."""
    chain = focus_chain(top)
    found = [
        f"{type(w).__name__} {describe(w)!r} is not in the Tab order"
        for w in focusable(top)
        if (w.focusProxy() or w) not in chain
    ]
    line = top.fontMetrics().height()
    tops = [w.mapTo(top, QPoint(0, 0)).y() for w in chain]
    ups = [i for i in range(1, len(chain)) if tops[i] < tops[i - 1] - line]
    if len(ups) > 1 or (ups and tops[0] > min(tops) + line):
        for i in ups:
            found.append(f"Tab goes up from {describe(chain[i - 1])!r} to {describe(chain[i])!r}")
    return found


def name_problems(top: QWidget) -> list[str]:
    """What a screen reader or keyboard user meets in `top` as now shown."""
    return unnamed(top) + mnemonic_misses(top) + focus_order_problems(top)


PSEUDO_SEGMENT = re.compile(r"\[[^\[\]]*?·+\]")
# what is never translated: names of things, keys, units, our own name
NEVER_TRANSLATED = re.compile(
    r"\S+@\S+|https?://\S+|\S*[/\\]\S*|\b(PeerDesk|CSV|PDF|ICS|iCalendar|CalDAV|XLSX|HTML|Markdown|Slack|"
    r"Ctrl|Shift|Alt|Esc|Tab|Del|Enter|UTC|GMT|KPI|KPIs|Qt|PySide6|Python|SQLite|vCard|Jinja|Excel|"
    r"Windows|macOS|Linux|OK|min|Nextcloud|Fastmail|Google|iCloud|Outlook|LTEM)\b"
)


def data_words(workspace: Path) -> set[str]:
    """Every word of 3+ letters stored in the workspace (names, skills, titles...): data, not UI text."""
    import sqlite3

    words: set[str] = set()
    with sqlite3.connect(f"file:{workspace}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.casefold() for w in re.findall(r"[A-Za-z]{3,}", value))
    return words


# Qt's own words (standard buttons, message box details): Qt's catalogues translate them
QT_OWN_WORDS = {
    "show",
    "hide",
    "details",
    "cancel",
    "yes",
    "apply",
    "close",
    "save",
    "discard",
    "help",
    "reset",
    "restore",
    "defaults",
    "open",
    "abort",
    "retry",
    "ignore",
    "all",
}


def syntax_words() -> set[str]:
    """Words that are part of a file format or typed syntax, never translated: the column names a
    roster CSV file must use, and the level words typed in skills ('Python expert')."""
    from peerdesk.domain import LEVEL_NAMES
    from peerdesk.roster.csv_io import ALL_COLUMNS

    return {w.casefold() for text in (*ALL_COLUMNS, *LEVEL_NAMES) for w in re.findall(r"[A-Za-z]{3,}", text)}


def locale_words() -> set[str]:
    """Month and day names as the window's locale writes them (formatted, not translated)."""
    from PySide6.QtCore import QLocale

    locale, found = QLocale(), set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        found.update(locale.monthName(m, form).casefold() for m in range(1, 13))
        found.update(locale.dayName(d, form).casefold() for d in range(1, 8))
    return found


def plain_source_words(text: str, known: set[str]) -> list[str]:
    """The English words left in `text` once pseudo-translated parts, data and names are taken out."""
    rest = re.sub(r"<[^<>]*>|&[A-Za-z]+;", " ", text)
    while PSEUDO_SEGMENT.search(rest):  # innermost first: a translated sentence holds translated parts
        rest = PSEUDO_SEGMENT.sub(" ", rest)
    rest = NEVER_TRANSLATED.sub(" ", rest)
    return [w for w in re.findall(r"[A-Za-z]{3,}", rest) if w.casefold() not in known]


def shown_texts(top: QWidget) -> list[tuple[QWidget, str]]:
    """Every text a person can read in `top` as now shown: labels, buttons, titles, tabs, headers,
    placeholders, combo boxes, menus."""
    found: list[tuple[QWidget, str]] = [(top, top.windowTitle())]
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisible():
            continue
        if isinstance(w, QLabel):
            found.append((w, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((w, label_words(w.text())))
        elif isinstance(w, QGroupBox):
            found.append((w, label_words(w.title())))
        elif isinstance(w, QTabBar):
            found += [(w, label_words(w.tabText(i))) for i in range(w.count())]
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            found.append((w, w.placeholderText()))
        elif isinstance(w, QComboBox):
            found.append((w, w.currentText()))
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model():
            found += [
                (w, str(w.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(w.count())
                if not w.isSectionHidden(c)
            ]
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            found.append((top, label_words(menu_action.text())))
            menu = menu_action.menu()
            if menu is not None:
                found += [(top, label_words(a.text())) for a in menu.actions() if not a.isSeparator()]
    return [(w, t) for w, t in found if t and t.strip()]


def cut_off(widget: QWidget) -> bool:
    """True when `widget` shows less of its text than it needs (no wrapping, no deliberate eliding)."""
    if isinstance(widget, QLabel):
        if (
            widget.wordWrap()
            or hasattr(widget, "set_full_text")
            or widget.textFormat() == Qt.TextFormat.RichText
        ):
            return False
        return widget.sizeHint().width() > widget.width() + 1 and widget.width() > 0
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 1
    return False


def cut_off_texts(top: QWidget) -> list[str]:
    """Labels and buttons of `top`, as now shown, that show less of their text than they need."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is top and widget.isVisible() and cut_off(widget):
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            found.append(
                f"cut off: {type(widget).__name__} {text[:60]!r} needs {widget.sizeHint().width()}px, has {widget.width()}px"
            )
    return found


def text_problems(top: QWidget, known: set[str]) -> list[str]:
    """Untranslated and cut-off text in `top` as now shown."""
    found = []
    for widget, text in shown_texts(top):
        words = plain_source_words(text, known)
        if words:
            found.append(f"untranslated in {type(widget).__name__} {describe(widget)!r}: {text[:80]!r}")
    return found + cut_off_texts(top)


def overlaps(top: QWidget) -> list[str]:
    """Widgets one layout places over each other (what a broken mirror would do)."""
    found = []
    for layout in top.findChildren(QLayout):
        parent = layout.parentWidget()
        if parent is None or parent.window() is not top or not parent.isVisible():
            continue
        boxes = [
            (item.widget(), item.widget().geometry())
            for item in (layout.itemAt(i) for i in range(layout.count()))
            if item is not None and item.widget() is not None and item.widget().isVisible()
        ]
        for i, (a, ra) in enumerate(boxes):
            for b, rb in boxes[i + 1 :]:
                if ra.intersected(rb).width() > 2 and ra.intersected(rb).height() > 2:
                    found.append(f"{describe(a)!r} {ra.getRect()} overlaps {describe(b)!r} {rb.getRect()}")
    return found


def every_view(window: QWidget, check: Callable[[], list[str]]) -> list[str]:
    """`check` run on every combination of tab pages a person can reach in `window` (each tab bar's
    tabs in turn, nested ones too), problems gathered once each."""
    found: dict[str, None] = {}
    app = QApplication.instance()

    def visit(done: frozenset[int]) -> None:
        found.update(dict.fromkeys(check()))
        for bar in window.findChildren(QTabBar):
            if id(bar) in done or not bar.isVisible():
                continue
            start = bar.currentIndex()
            for index in range(bar.count()):
                if bar.isTabEnabled(index) and bar.isTabVisible(index):
                    bar.setCurrentIndex(index)
                    app.processEvents()
                    visit(done | {id(bar)})
            bar.setCurrentIndex(start)
            app.processEvents()

    visit(frozenset())
    return list(found)


def main() -> int:
    """Print the problems of the main window and of every dialog, as JSON."""
    from peerdesk.storage import open_workspace
    from peerdesk.ui import prompts, translation
    from peerdesk.ui.actions import SPECS
    from peerdesk.ui.app import release_widgets
    from peerdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translation.install(app)
    translation.apply_direction(app)
    available = app.primaryScreen().availableGeometry()
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    csv = Path(sys.argv[1]).with_name("team.csv")
    prompts.choose_open_path = lambda *a, **k: csv  # type: ignore[assignment]
    prompts.choose_save_path = lambda *a, **k: None  # type: ignore[assignment]
    if sys.argv[3:] == ["--large-text"]:  # the system's text at twice its size (a 200% text-size setting)
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(font)
    window = MainWindow(open_workspace(Path(sys.argv[1])), settings=settings)
    window.show()
    app.processEvents()
    names = sys.argv[3:] == ["--names"]
    texts = sys.argv[3:] == ["--texts"]
    large = sys.argv[3:] == ["--large-text"]
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 and not (names or texts or large) else None
    known = data_words(Path(sys.argv[1])) | locale_words() | QT_OWN_WORDS | syntax_words() if texts else set()
    import os

    mirrored = os.environ.get("QT_LAYOUT_DIRECTION", "").lower() == "rtl"
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(shots / "main-window.png"))

    def check(top: QWidget) -> list[str]:
        if names:
            return name_problems(top)
        if large:
            return cut_off_texts(top) + fit_problems(top, available)
        if texts:
            found = text_problems(top, known) + overlaps(top)
            if mirrored and top.layoutDirection() != Qt.LayoutDirection.RightToLeft:
                found.append("not mirrored: the layout runs left to right")
            return found
        return problems_of(top, available)

    if names or texts or large:
        window.activateWindow()
        report: dict[str, list[str]] = {"main window": every_view(window, lambda: check(window))}
    else:
        report = {"main window": problems_of(window, available)}
    window.roster_tab.select_ids({window.roster.people()[0].id})
    for spec in SPECS:
        if spec.name in SKIPPED or spec.name not in window.actions:
            continue
        if spec.name in ("edit_session", "export_session"):
            window.tabs.setCurrentIndex(1)
            app.processEvents()
            window.schedule_tab.select_session(window.schedule.list_sessions()[0].id)
        before = window.dialog
        window.actions[spec.name].trigger()
        app.processEvents()
        dialog = window.dialog
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialog is None or dialog is before:
            dialog = shown[-1] if shown else None
        if dialog is None or not dialog.isVisible():
            continue
        if names or texts or large:
            found = every_view(dialog, lambda d=dialog: check(d))
        else:
            found = problems_of(dialog, available)
        report[f"{spec.name}: {dialog.windowTitle()}"] = found
        if shots is not None:
            dialog.grab().save(str(shots / f"{spec.name.replace('_', '-')}.png"))
        dialog.close()
        app.processEvents()
        window.tabs.setCurrentIndex(0)
    print(json.dumps(report, ensure_ascii=False))
    window.close()
    release_widgets(app)  # as the application does on quitting
    return 0


if __name__ == "__main__":
    sys.exit(main())
