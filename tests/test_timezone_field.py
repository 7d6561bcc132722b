"""The timezone field: finds zones by city, country and abbreviation and never rewrites what was typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from peerdesk.domain import is_valid_timezone
from peerdesk.schedule.timezone_search import search_timezones, suggest_timezone
from peerdesk.ui.main_window import MainWindow


def test_search_finds_cities_countries_and_abbreviations() -> None:
    def first(text: str) -> str:
        return search_timezones(text)[0].name

    assert first("Berlin") == "Europe/Berlin"
    assert first("germany") == "Europe/Berlin"
    assert first("new york") == "America/New_York"
    assert first("Europe/Ber") == "Europe/Berlin"
    assert first("uk") == "Europe/London"
    assert first("PST") == "America/Los_Angeles"
    assert "Europe/Berlin" in [e.name for e in search_timezones("CET")]
    assert search_timezones("Berlin")[0].label() == "Europe/Berlin - Germany (CET/CEST)"
    assert search_timezones("") == [] and search_timezones("qqqqzzzz") == []
    assert suggest_timezone("Berlin") == "Europe/Berlin"
    assert suggest_timezone("Europe/Berlin") is None


# a popup on the offscreen platform: it cannot raise windows or grab the keyboard (harmless)
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_typing_berlin_in_the_person_dialog_offers_europe_berlin_and_keeps_the_text(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions["add_person"].trigger()
    dialog = demo_window.dialog
    field = dialog.timezone
    field.clear()
    qtbot.keyClicks(field, "Berlin")
    assert field.text() == "Berlin"  # no inline completion, nothing rewritten
    popup = field.completer().popup()
    assert popup.isVisible()
    assert field.match_names()[0] == "Europe/Berlin"
    # submitting the typed city is refused with a clear suggestion, shown in full
    qtbot.keyClicks(dialog.name, "Zoe Adler")
    qtbot.keyClicks(dialog.email, "zoe@northwind.example")
    popup.hide()
    dialog.try_accept()
    assert dialog.isVisible() and field.text() == "Berlin"
    message = dialog.error_text("timezone")
    assert "did you mean Europe/Berlin" in message
    label = dialog.findChild(QLabel, "error_timezone")
    assert label.height() >= label.heightForWidth(label.width())  # not clipped
    # picking from the list puts the IANA name in
    field.clear()
    qtbot.keyClicks(field, "Berlin")
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert field.text() == "Berlin"  # moving through the list does not touch the text
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Europe/Berlin"
    dialog.try_accept()
    assert not dialog.isVisible()
    person = next(p for p in demo_window.roster.people() if p.email == "zoe@northwind.example")
    assert person.timezone == "Europe/Berlin"


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_pilot_dialog_timezone_field_finds_pst(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.actions["new_pilot"].trigger()
    field = demo_window.dialog.timezone
    field.clear()
    qtbot.keyClicks(field, "PST")
    assert field.text() == "PST"
    assert field.match_names()[0] == "America/Los_Angeles"
    assert any("timezone" in p for p in demo_window.dialog.problems_label.text().splitlines())
    assert not demo_window.dialog.create_button.isEnabled()
    assert "Did you mean America/Los_Angeles?" in demo_window.dialog.problems_label.text()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_searches_without_error(text: str) -> None:
    found = search_timezones(text)
    assert len(found) <= 60
    assert all(is_valid_timezone(e.name) for e in found)  # only real zones are offered
    suggestion = suggest_timezone(text)
    assert suggestion is None or suggestion in {e.name for e in search_timezones(text)}
