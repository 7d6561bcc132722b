"""Long roster imports in the window: progress while checking and saving, Cancel saves nobody."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.roster import import_dialog

HEADER = "name,email,role,team,manager_email,timezone,teaches,wants,availability"


def big_csv(tmp_path: Path, rows: int = 3000) -> Path:
    path = tmp_path / "big.csv"
    lines = "\n".join(
        f"Person {i},p{i}@example.com,Dev,Eng,,UTC,Rust:2,,Tue 10:00-11:00" for i in range(rows)
    )
    path.write_text(f"{HEADER}\n{lines}\n", encoding="utf-8")
    return path


def stored_count(win: MainWindow) -> int:
    with open_workspace(win.workspace.path, read_only=True) as other:
        return other.db["people"].count


class Recorder:
    """Builds real progress dialogs, remembers their values, and can press Cancel at a value."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.values: list[int] = []
        self.cancel_at = cancel_at

    def __call__(self, parent, total):  # type: ignore[no-untyped-def]
        recorder = self

        class Watched(QProgressDialog):
            def setValue(self, value: int) -> None:
                super().setValue(value)
                recorder.values.append(value)
                if recorder.cancel_at is not None and value >= recorder.cancel_at:
                    self.cancel()

        dialog = Watched(parent)
        dialog.setRange(0, total)
        return dialog


def test_long_import_shows_progress_and_saves_as_one_undo_step(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder()
    monkeypatch.setattr(import_dialog, "make_progress_dialog", recorder)
    before = stored_count(demo_window)
    dialog = demo_window.roster_ctl.import_roster(big_csv(tmp_path))
    assert dialog is not None
    assert recorder.values[-1] == 3000  # checking the rows was shown
    assert dialog.import_button.isEnabled()
    recorder.values.clear()
    dialog.import_button.click()
    assert recorder.values[-1] == 3000  # and so was saving them
    assert stored_count(demo_window) == before + 3000
    demo_window.actions["undo"].trigger()
    assert stored_count(demo_window) == before
    assert "Rust" not in {s.name for s in demo_window.roster.skills()}


def test_cancel_while_saving_imports_nobody(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored_count(demo_window)
    dialog = demo_window.roster_ctl.import_roster(big_csv(tmp_path))
    assert dialog is not None
    monkeypatch.setattr(import_dialog, "make_progress_dialog", Recorder(cancel_at=2000))
    steps = demo_window.undo_stack.count()
    dialog.import_button.click()
    assert stored_count(demo_window) == before
    assert demo_window.undo_stack.count() == steps
    assert "cancelled" in demo_window.statusBar().currentMessage()


def test_cancel_while_checking_leaves_import_disabled(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "make_progress_dialog", Recorder(cancel_at=1000))
    dialog = demo_window.roster_ctl.import_roster(big_csv(tmp_path))
    assert dialog is not None
    assert dialog.cancelled and not dialog.import_button.isEnabled()
    assert "cancelled" in dialog.summary.text()


def test_unterminated_quote_is_shown_in_the_dialog(demo_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "typo.csv"
    path.write_text(
        f'{HEADER},notes\nAna,ana@example.com,,,,UTC,,,,"tea\nBo,bo@example.com,,,,UTC,,,,\n'
        "Cy,cy@example.com,,,,UTC,,,,\n",
        encoding="utf-8",
    )
    dialog = demo_window.roster_ctl.import_roster(path)
    assert dialog is not None
    shown = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert len(shown) == 1 and shown[0].startswith("row 2, notes: likely unterminated quote")
    assert not dialog.import_button.isEnabled()


def test_window_exports_never_replace_the_workspace(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.ui import prompts

    workspace = demo_window.workspace.path
    before = workspace.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a, **k: workspace)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text, details="": errors.append(text))
    demo_window.roster_ctl.export_roster()
    report = demo_window.feedback_ctl.export_report()  # the report dialog: program, week, preview
    assert report.save() is None
    assert len(errors) == 2 and all("an export never replaces it" in e for e in errors), errors
    demo_window.actions["print"].trigger()
    dialog = demo_window.dialog
    assert dialog.export_pdf(workspace) is None
    assert dialog.export_html(workspace.with_name(workspace.name + ".lock")) is None
    assert len(errors) == 4, errors
    assert workspace.read_bytes() == before
