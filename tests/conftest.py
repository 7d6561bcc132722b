"""Shared fixtures: offscreen Qt, user folders in tmp_path, real demo workspaces."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peerdesk.demo import build_demo
from peerdesk.storage import Workspace, open_workspace


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at tmp_path so no test touches the real ones."""
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test session."""
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace file for one test."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_ws(demo_db: Path) -> Iterator[Workspace]:
    """The demo workspace, open (and closed after the test)."""
    workspace = open_workspace(demo_db)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace."""
    workspace = open_workspace(tmp_path / "empty.sqlite", create=True)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_window(qtbot, demo_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window on a fresh demo workspace, shown offscreen, settings in tmp_path."""
    from PySide6.QtCore import QSettings

    from peerdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_workspace(demo_db), settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
