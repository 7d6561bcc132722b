"""Save and open dialogs start in Documents or the folder last used for that kind of file.

Invites used to default to a hidden folder beside the workspace
(`~/.local/share/PeerDesk/workspace-invites`), the report's Save started in the data
folder, and no picker remembered the folder just used. Qt's own file dialog functions
are replaced here (they would wait for a person); what they are asked to open is real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from peerdesk.paths import data_dir
from peerdesk.ui import prompts
from peerdesk.ui.main_window import MainWindow


class FakeDialogs:
    """Stands in for the person at Qt's file dialogs: notes where each opened, answers `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened: list[str] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent: QWidget, _title: str, start: str, _filter: str = "") -> tuple[str, str]:
        self.opened.append(start)
        return self.answer, ""

    def _folder(self, _parent: QWidget, _title: str, start: str) -> str:
        self.opened.append(start)
        return self.answer


@pytest.fixture
def dialogs(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeDialogs:  # type: ignore[no-untyped-def]
    prompts.remember_folders_in(QSettings(str(tmp_path / "pickers.ini"), QSettings.Format.IniFormat))
    yield FakeDialogs(monkeypatch)
    prompts.remember_folders_in(None)


def test_the_first_save_starts_in_documents_with_the_suggested_name(dialogs: FakeDialogs) -> None:
    assert prompts.choose_save_path(QWidget(), "Save", "PDF files (*.pdf)", data_dir() / "week-2.pdf") is None
    assert dialogs.opened == [str(prompts.documents_folder() / "week-2.pdf")]
    assert not dialogs.opened[0].startswith(str(data_dir()))


def test_a_folder_used_once_is_where_the_next_save_of_that_kind_starts(
    dialogs: FakeDialogs, tmp_path: Path
) -> None:
    reports = tmp_path / "reports for Maria"
    reports.mkdir()
    dialogs.answer = str(reports / "week-2.pdf")
    assert (
        prompts.choose_save_path(QWidget(), "Save", "PDF files (*.pdf)", Path("week-2.pdf"))
        == reports / "week-2.pdf"
    )
    dialogs.answer = ""
    prompts.choose_save_path(QWidget(), "Save", "PDF (*.pdf);;All files (*)", Path("week-3.pdf"))
    prompts.choose_save_path(QWidget(), "Save", "CSV files (*.csv *.txt)", Path("roster.csv"))
    assert dialogs.opened[1:] == [str(reports / "week-3.pdf"), str(prompts.documents_folder() / "roster.csv")]


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
    dialogs: FakeDialogs, tmp_path: Path
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    dialogs.answer = str(gone / "a.csv")
    prompts.choose_open_path(QWidget(), "Open", prompts.CSV_FILTER)
    gone.joinpath("a.csv").unlink(missing_ok=True)
    gone.rmdir()
    dialogs.answer = ""
    prompts.choose_open_path(QWidget(), "Open", prompts.CSV_FILTER)
    assert dialogs.opened[-1] == str(prompts.documents_folder())


def test_the_window_remembers_folders_across_restarts_and_invites_leave_the_data_folder(
    qtbot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.storage import open_workspace

    FakeDialogs(monkeypatch)
    settings_file = tmp_path / "settings.ini"
    invites_home = tmp_path / "Shared invites"
    invites_home.mkdir()
    win = MainWindow(
        open_workspace(demo_db), settings=QSettings(str(settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    dialog = win.schedule_ctl.export_invites()
    assert dialog is not None
    default = Path(dialog.folder.text())
    assert default.parent == prompts.documents_folder() and not str(default).startswith(str(data_dir()))
    dialog.folder.setText(str(invites_home / "pilot-invites"))
    dialog.export()
    assert dialog.export_result is not None and (invites_home / "pilot-invites").is_dir()
    dialog.reject()
    win.close()
    win = MainWindow(
        open_workspace(demo_db), settings=QSettings(str(settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    dialog = win.schedule_ctl.export_invites()
    assert dialog is not None and Path(dialog.folder.text()).parent == invites_home
    dialog.reject()
    win.close()
