"""Small things a newcomer meets in the first hour, each as seen in the real window.

No walk-in is pre-selected (one click used to add whoever sorted first); the import
dialog can check a fixed file again and speaks plain words; "CET" suggests the zone
people mean; Open Recent shows file names; counts read "1 session", never "session(s)".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peerdesk.schedule.timezone_search import GOLDEN_ZONES, search_timezones
from peerdesk.ui.main_window import MainWindow

TEAM_CSV = Path(__file__).parent / "data" / "first-team.csv"


def test_no_walk_in_is_chosen_until_the_lead_chooses_one(demo_window: MainWindow) -> None:
    demo_window.show_feedback()
    page = demo_window.feedback_tab.record
    assert page.walk_in.count() > 0 and page.walk_in.currentIndex() == -1
    assert page.walk_in.currentText() == "" and not page.add_walk_in.isEnabled()
    before = len(page.model.rows())
    page.add_walk_in.click()
    assert len(page.model.rows()) == before
    page.walk_in.setCurrentIndex(0)
    assert page.add_walk_in.isEnabled()


def test_the_import_dialog_checks_the_fixed_file_again(
    empty_workspace_window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "team.csv"
    lines = TEAM_CSV.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("Europe/", "Nowhere/", 1)
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = empty_workspace_window.roster_ctl.import_roster(broken)
    assert dialog is not None and not dialog.import_button.isEnabled()
    assert "1 problem:" in dialog.summary.text() and "Check Again" in dialog.summary.text()
    problems = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert any("row 4" in p and "not a timezone PeerDesk knows" in p for p in problems), problems
    assert not any("IANA" in p for p in problems)
    shutil.copyfile(TEAM_CSV, broken)  # the lead fixes the file in their spreadsheet
    dialog.check_again.click()
    assert dialog.import_button.isEnabled() and "12 new" in dialog.summary.text()
    broken.unlink()
    dialog.check_again.click()
    assert not dialog.import_button.isEnabled() and str(broken.name) in dialog.summary.text()
    dialog.reject()


@pytest.mark.parametrize("abbreviation", sorted(GOLDEN_ZONES))
def test_an_abbreviation_suggests_the_zone_people_mean_first(abbreviation: str) -> None:
    found = search_timezones(abbreviation.upper())
    if found and abbreviation in {a.casefold() for a in found[0].abbreviations} | {found[0].name.casefold()}:
        assert found[0].name == GOLDEN_ZONES[abbreviation]
    assert search_timezones("CET")[0].name in ("CET", "Europe/Paris")
    assert [e.name for e in search_timezones("CET")].index("Europe/Paris") < [
        e.name for e in search_timezones("CET")
    ].index("Africa/Algiers")


def test_open_recent_lists_file_names_with_the_folder_as_tooltip(
    qtbot, demo_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "Sales & Support" / "team.sqlite"
    other.parent.mkdir()
    demo_window.switch_workspace(other, create=True)
    actions = [a for a in demo_window.recent_menu.actions() if a.text()]
    assert actions[0].text() == "&1 team.sqlite" and actions[0].toolTip() == str(other)
    assert actions[1].text() == "&2 demo.sqlite" and actions[1].toolTip().endswith("demo.sqlite")
    assert demo_window.recent_menu.toolTipsVisible()


def test_new_pilot_counts_conflicts_in_words(demo_window: MainWindow) -> None:
    dialog = demo_window.schedule_ctl.new_pilot()
    dialog.name.setText("Conflicted pilot")
    dialog.team.setCurrentIndex(1)
    dialog.weekday.setCurrentIndex(5)  # Saturday: nobody is free
    text = dialog.conflict_label.text()
    assert "would have conflicts" in text and "(s)" not in text and "you can still create it" not in text
    assert "sessions would" in text or "1 session would" in text
    dialog.reject()


@pytest.fixture
def empty_workspace_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real window on a new empty workspace, the first-run welcome already done."""
    from PySide6.QtCore import QSettings

    from peerdesk.storage import open_workspace

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("first_run_done", True)
    win = MainWindow(open_workspace(tmp_path / "new.sqlite", create=True), settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_skill_gap_tree_keeps_what_the_lead_opened_after_an_edit(demo_window: MainWindow) -> None:
    gaps = demo_window.roster_tab.gaps
    tops = [gaps.topLevelItem(i) for i in range(gaps.topLevelItemCount())]
    assert [t.isExpanded() for t in tops] == [True, True, False]  # the first state
    tops[0].setExpanded(False)
    tops[2].setExpanded(True)
    chosen = tops[2].child(0)
    gaps.setCurrentItem(chosen)
    skill = chosen.text(0)
    person = next(p for p in demo_window.roster.people() if p.active)
    demo_window.roster_tab.select_ids({person.id})
    demo_window.actions["deactivate"].trigger()
    assert not next(p for p in demo_window.roster.people() if p.id == person.id).active  # an edit happened
    tops = [gaps.topLevelItem(i) for i in range(gaps.topLevelItemCount())]
    assert [t.isExpanded() for t in tops] == [False, True, True]
    assert gaps.currentItem() is not None and gaps.currentItem().text(0) == skill
