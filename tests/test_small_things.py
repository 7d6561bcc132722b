"""The small things a user notices: plurals, demo files, session actions, the Competency page, answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from peerdesk.cli.main import main
from peerdesk.domain import Person
from peerdesk.paths import is_temporary_demo, new_demo_folder
from peerdesk.plural import count
from peerdesk.roster.service import Roster
from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow


def test_counts_read_as_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert (count(1, "team"), count(2, "team"), count(1, "person", "people"), count(0, "page")) == (
        "1 team",
        "2 teams",
        "1 person",
        "0 pages",
    )
    db = tmp_path / "one.sqlite"
    with open_workspace(db, create=True) as ws:
        roster = Roster(ws)
        roster.apply(roster.plan_add(Person("Ana", "ana@x.org", team="Ops")))
    win = MainWindow(
        open_workspace(db), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    assert win.counts_label.text() == "1 person (1 active) · 1 team · 0 programs"
    win.close()


def test_demo_copies_stay_out_of_open_recent_and_are_removed_on_exit(
    qtbot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    folder = new_demo_folder()
    demo = folder / "demo.sqlite"
    shutil.copyfile(demo_template, demo)
    assert is_temporary_demo(demo) and not is_temporary_demo(tmp_path / "demo.sqlite")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent", [str(demo)])  # left behind by an older PeerDesk
    win = MainWindow(open_workspace(demo), settings=settings)
    qtbot.addWidget(win)
    assert str(demo) not in [a.text() for a in win.recent_menu.actions()]
    assert str(demo) not in settings.value("recent", [], type=list)
    win.close()
    shutil.rmtree(folder)
    # `peerdesk --demo`: the temporary folder exists while the window runs and is gone after
    seen: list[Path] = []

    def fake_window(path: Path, *, create: bool = False) -> int:
        assert path.exists()
        seen.append(path)
        return 0

    import peerdesk.ui.app

    monkeypatch.setattr(peerdesk.ui.app, "run_window", fake_window)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main(["--demo"]) == 0
    assert seen and is_temporary_demo(seen[0]) and not seen[0].parent.exists()


def test_session_actions_are_disabled_until_a_session_is_selected(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    names = ("skip_week", "cancel_session", "cancel_rest", "edit_session")
    win.tabs.setCurrentIndex(1)
    tab = win.schedule_tab
    tab.views.setCurrentIndex(1)
    QApplication.processEvents()
    tab.table.clearSelection()
    assert not any(win.actions[n].isEnabled() for n in names)
    assert not win.actions["restore_session"].isEnabled()
    planned = next(s for s in win.schedule.list_sessions() if s.status == "planned")
    tab.select_session(planned.id)
    assert all(win.actions[n].isEnabled() for n in names)
    assert not win.actions["restore_session"].isEnabled()  # nothing to restore
    win.actions["skip_week"].trigger()
    tab.select_session(planned.id)
    assert win.actions["restore_session"].isEnabled() and not win.actions["skip_week"].isEnabled()


def test_competency_inputs_keep_their_size_and_the_answer_column_shows_the_question(
    qtbot, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from peerdesk.printing.printouts import OPEN_QUESTION

    win = demo_window
    win.resize(1400, 820)
    win.tabs.setCurrentIndex(2)
    win.feedback_tab.setCurrentIndex(2)
    QApplication.processEvents()
    page = win.feedback_tab.competency
    for widget in (page.day, page.level, page.assessor, page.add):
        assert widget.width() <= widget.sizeHint().width() + 2, widget  # not stretched across the page
    assert page.person.width() < 400 and page.skill.width() < 400
    win.feedback_tab.setCurrentIndex(0)
    model = win.feedback_tab.record.model
    header = model.headerData(4, Qt.Orientation.Horizontal)
    assert header == OPEN_QUESTION == "What will you do differently after today?"
    assert OPEN_QUESTION in model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_failed_import_into_a_new_path_creates_no_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAna,not-an-email\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    assert main(["--db", str(db), "roster", "import", str(bad)]) == 1
    assert "not a valid email" in capsys.readouterr().err
    assert not db.exists()
    good = tmp_path / "good.csv"
    good.write_text("name,email\nAna,ana@x.org\n", encoding="utf-8")
    assert main(["--db", str(db), "roster", "import", str(good)]) == 0
    assert db.exists()
