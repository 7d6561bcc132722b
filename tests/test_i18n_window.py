"""The window in other languages: every text routed through a catalogue, nothing cut off, a mirror
that holds, German where German is chosen.

The pseudo-locale sweep opens the main window, every tab and every dialog of the action registry
(tests/screens/dialog_sweep.py --texts, in a child process) with every message lengthened by 40 %
and accented: text still in plain English is text nobody routed through a catalogue, and a label
or button narrower than its text would cut a German or French word off.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from defusedxml import ElementTree as ET

from peerdesk import i18n
from peerdesk.domain import LEVEL_NAMES
from peerdesk.ui.actions import SPECS
from tests.test_window_manners import sweep

SCREENS = Path(__file__).parent / "screens" / "dialog_sweep.py"


def _sweep_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dialog_sweep", SCREENS)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.slow
def test_every_window_speaks_the_pseudo_locale_and_nothing_is_cut_off(
    tmp_path: Path, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERDESK_LANGUAGE", i18n.PSEUDO)
    report = sweep(tmp_path, demo_db, 1366, 768, "--texts")
    opened = {key.split(":")[0] for key in report}
    assert {"main window", "add_person", "new_pilot", "match_peers", "print", "preferences"} <= opened
    assert len(opened) >= len(SPECS) // 2
    # every window title was translated (the sweep reached real, translated windows)
    assert all("·" in key for key in report if key != "main window")
    assert {window: found for window, found in report.items() if found} == {}


@pytest.mark.slow
def test_the_window_mirrors_right_to_left_without_overlaps(
    tmp_path: Path, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEERDESK_LANGUAGE", i18n.PSEUDO)
    monkeypatch.setenv("QT_LAYOUT_DIRECTION", "rtl")
    report = sweep(tmp_path, demo_db, 1366, 768, "--texts")
    overlapping = {w: [p for p in found if "overlaps" in p] for w, found in report.items()}
    assert {w: found for w, found in overlapping.items() if found} == {}
    assert "mirrored" not in " ".join(p for found in report.values() for p in found)


def test_the_text_check_finds_plain_source_text_and_spares_data_and_translations() -> None:
    sweep_module = _sweep_module()
    known = {"maja", "keller", "python"}
    assert sweep_module.plain_source_words("Delete Maja Keller", known) == ["Delete"]
    assert sweep_module.plain_source_words(i18n.pseudo("Delete {0}").format("Maja Keller"), known) == []
    nested = i18n.pseudo("{0}: {1}; nothing was imported.").format("team.csv", i18n.pseudo("4 problems"))
    assert sweep_module.plain_source_words(nested, known) == []
    assert sweep_module.plain_source_words("Python · Ctrl+S · ana@example.com", known) == []


def test_the_cut_off_check_sees_a_label_narrower_than_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    sweep_module = _sweep_module()
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    roomy = QLabel("Short")
    layout.addWidget(roomy)
    squeezed = QPushButton(i18n.pseudo("A button whose words need room"))
    squeezed.setFixedWidth(40)
    layout.addWidget(squeezed)
    top.show()
    qtbot.waitExposed(top)
    assert not sweep_module.cut_off(roomy)
    assert sweep_module.cut_off(squeezed)


def test_german_menus_come_from_the_german_catalogue(qtbot, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from peerdesk.storage import open_workspace
    from peerdesk.ui import translation
    from peerdesk.ui.main_window import MainWindow

    expected = {}
    for message in ET.parse(translation.ts_path("de")).getroot().iter("message"):
        source, text = message.findtext("source"), message.find("translation")
        if source in ("&File", "&Help") and text is not None and text.get("type") != "unfinished":
            expected[source] = text.text
    if len(expected) < 2:
        pytest.skip("the German catalogue does not translate the menus yet")
    app = QApplication.instance()
    translation.install(app, "de")
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(open_workspace(demo_db), settings=settings)
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert expected["&File"] in titles and expected["&Help"] in titles
        assert "&File" not in titles
        win.close()
    finally:
        translation.install(app, "en")
    assert i18n.current() == "en"


def test_english_counts_use_the_plural_forms(demo_window) -> None:  # type: ignore[no-untyped-def]
    assert "24 people" in demo_window.counts_label.text()
    assert "person(s)" not in demo_window.counts_label.text()


def test_preferences_choose_a_language_for_the_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from peerdesk.ui import translation
    from peerdesk.ui.preferences_dialog import PreferencesDialog

    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, lambda prefs: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == ""  # follows the computer
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_note.isVisible() and "Deutsch" in dialog.language_note.text()
    dialog.try_accept()
    assert settings.value(translation.SETTING) == "de"
    assert i18n.current() == "en"  # the running window keeps its language until the next start


def test_the_pseudo_locale_keeps_placeholders_tags_and_accelerators() -> None:
    source = "&Save {0} to <b>%1</b> (%(count)s)"
    pseudo = i18n.pseudo(source)
    for kept in ("{0}", "<b>", "</b>", "%1", "%(count)s", "&"):
        assert kept in pseudo
    words = "Save to count"  # the text a translator would translate: 11 letters
    assert pseudo.count("·") >= 0.4 * sum(c.isalpha() for c in words)
    assert "Save" not in pseudo and "Şàṽé" in pseudo


@pytest.mark.parametrize(
    ("locale", "first"), [("en_US", "2026-11-29"), ("de_DE", "2026-11-30"), ("en_GB", "2026-11-30")]
)
def test_the_week_view_starts_on_the_locales_first_day(qapp, locale: str, first: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QLocale

    from peerdesk.ui.schedule.week_view import monday_of

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert monday_of(date(2026, 12, 3)).isoformat() == first  # a Thursday
        assert monday_of(date.fromisoformat(first)).isoformat() == first
    finally:
        QLocale.setDefault(before)


def test_the_computers_region_formats_its_own_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PEERDESK_LANGUAGE")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_TIME", "")
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert i18n.system_language() == "de" and i18n.locale_name("de") == "de_AT"
    assert i18n.locale_name("fr") == "fr_FR"  # another language: that language's usual region
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.locale_name("en") == "en_GB"


@pytest.mark.parametrize(("code", "cancel"), [("de", "Abbrechen"), ("fr", "Annuler"), ("es", "Cancelar")])
def test_qts_own_buttons_follow_the_language(qtbot, code: str, cancel: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from peerdesk.ui import translation

    app = QApplication.instance()
    translation.install(app, code)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        translation.install(app, "en")


def test_the_week_view_mirrors_right_to_left(demo_window) -> None:  # type: ignore[no-untyped-def]
    """In a right-to-left window the week runs from the right: Monday's column is the rightmost,
    and a click finds the session drawn under it."""
    from PySide6.QtCore import QPoint, Qt

    window = demo_window
    window.tabs.setCurrentIndex(1)
    view = window.schedule_tab.week_view
    session = min(view.sessions, key=lambda s: view.shown_start(s))
    left_to_right = view.block_rect(session)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        mirrored = view.block_rect(session)
        assert abs(mirrored.center().x() - (view.width() - left_to_right.center().x())) < 1
        assert mirrored.top() == left_to_right.top()
        centre = QPoint(int(mirrored.center().x()), int(mirrored.center().y()))
        assert view.session_at(centre) == session
        slot = view.slot_at(centre)
        assert slot is not None and slot.date() == view.shown_start(session).date()
    finally:
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_the_roster_table_shows_skill_levels_in_the_window_language(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Path, tmp_path: Path, code: str
) -> None:
    """'SQL expert' is data plus an English word: the level is the window's language, the skill stays."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from peerdesk.storage import open_workspace
    from peerdesk.ui import translation
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.roster.model import TEACHES_COLUMN, WANTS_COLUMN

    catalogue = {}
    for context in ET.parse(translation.ts_path(code)).getroot().iter("context"):
        if context.findtext("name") == "level":
            catalogue = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    app = QApplication.instance()
    translation.install(app, code)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(open_workspace(demo_db), settings=settings)
        qtbot.addWidget(win)
        model = win.roster_tab.model
        rows = range(model.rowCount())
        teaches = [model.index(r, TEACHES_COLUMN).data(Qt.ItemDataRole.DisplayRole) for r in rows]
        wants = [model.index(r, WANTS_COLUMN).data(Qt.ItemDataRole.DisplayRole) for r in rows]
        people = win.roster.people()
        best = next(p for p in people if p.teaches and p.active)
        top = max(best.teaches, key=lambda t: t.level)
        shown = " ".join(teaches)
        assert f"{top.skill} {catalogue[LEVEL_NAMES[top.level]]}" in shown
        for english in LEVEL_NAMES:
            if catalogue[english] != english:
                assert f" {english}," not in shown + "," and f"to {english})" not in " ".join(wants)
        win.close()
    finally:
        translation.install(app, "en")
