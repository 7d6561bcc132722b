"""Installing and opening PeerDesk like any desktop application: one version, the self-test,
the .peerdesk document type and one running PeerDesk per user."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import peerdesk
from peerdesk.cli import selftest
from peerdesk.storage import open_workspace

ROOT = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m peerdesk` as a user would run it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=180,
    )


# -- one version ---------------------------------------------------------------------------------


def test_version_command_prints_the_pyproject_version() -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"PeerDesk {pyproject_version()}"
    assert peerdesk.__version__ == pyproject_version()


def test_a_source_checkout_reads_pyproject_even_when_the_installed_metadata_is_older(tmp_path: Path) -> None:
    """An editable install keeps the version it was installed with; the checkout's pyproject wins."""
    checkout = tmp_path / "checkout"
    (checkout / "peerdesk").mkdir(parents=True)
    (checkout / "peerdesk" / "__init__.py").write_text((ROOT / "peerdesk" / "__init__.py").read_text())
    (checkout / "pyproject.toml").write_text('[project]\nname = "peerdesk"\nversion = "9.8.7"\n')
    code = "import peerdesk; print(peerdesk.__version__)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=checkout, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "9.8.7"
    (checkout / "pyproject.toml").write_text('[project]\nname = "something-else"\nversion = "1.0"\n')
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=checkout, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() in (pyproject_version(), "unknown")  # the installed metadata, not 1.0


def test_about_names_peerdesk_qt_python_and_sqlite_versions(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMessageBox

    demo_window.actions["about"].trigger()
    box = demo_window.findChild(QMessageBox, "about_box")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for expected in (
        f"PeerDesk {pyproject_version()}",
        f"Qt {qVersion()}",
        f"Python {platform.python_version()}",
        f"SQLite {sqlite3.sqlite_version}",
        str(demo_window.workspace.path),
    ):
        assert expected in text
    box.close()


# -- the self-test -------------------------------------------------------------------------------


@pytest.mark.slow
def test_selftest_passes_without_a_display_and_prints_one_line_per_step(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)  # this checkout, run from another folder
    here = tmp_path / "here"
    here.mkdir()
    result = run("--selftest", env=env, cwd=here)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = lines[1:-1]
    assert [line.split(":")[0].split(None, 1)[1] for line in steps] == [
        "fresh demo",
        *(name for name, _ in selftest.STEPS),
    ]
    assert all(line.startswith("ok ") for line in steps), result.stdout
    assert lines[-1] == f"self-test passed: {len(selftest.STEPS)} of {len(selftest.STEPS)} checks"
    assert result.stderr == ""
    assert list(here.iterdir()) == []  # nothing left behind where it ran
    assert not (Path(env["XDG_DATA_HOME"]) / "PeerDesk").exists()  # the lead's workspace untouched


def test_selftest_exits_1_and_names_each_failed_check_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def wrong(_workspace: object, _folder: Path) -> str:
        raise selftest.CheckFailed("the PDF holds 0 pages")

    def broken(_workspace: object, _folder: Path) -> str:
        return str(1 / 0)

    monkeypatch.setattr(selftest, "STEPS", (("demo", selftest.check_demo), ("pdf", wrong), ("kpis", broken)))
    lines: list[str] = []
    assert selftest.run_selftest(lines.append) == 1
    assert lines[2].startswith("ok    demo: 24 people")
    assert lines[3].startswith("FAIL  pdf: the PDF holds 0 pages")
    assert lines[4].startswith("FAIL  kpis: ZeroDivisionError: division by zero (at test_packaging.py:")
    assert lines[-1] == "self-test FAILED: pdf, kpis: 1 of 3 checks"
    assert not any("Traceback" in line for line in lines)


# -- the .peerdesk document type -------------------------------------------------------------------


def test_new_workspaces_are_peerdesk_files_and_an_existing_sqlite_one_is_kept(tmp_path: Path) -> None:
    from peerdesk.paths import data_dir, default_workspace, with_workspace_suffix

    assert default_workspace() == data_dir() / "workspace.peerdesk"
    data_dir().mkdir(parents=True)
    legacy = data_dir() / "workspace.sqlite"
    open_workspace(legacy, create=True).close()
    assert default_workspace() == legacy  # an earlier PeerDesk's workspace is opened where it is
    assert with_workspace_suffix(tmp_path / "team") == tmp_path / "team.peerdesk"
    assert with_workspace_suffix(tmp_path / "team.v2") == tmp_path / "team.v2.peerdesk"
    assert with_workspace_suffix(tmp_path / "old.SQLITE") == tmp_path / "old.SQLITE"


def test_the_first_start_creates_workspace_peerdesk(tmp_path: Path) -> None:
    from peerdesk.paths import data_dir

    roster = tmp_path / "team.csv"
    roster.write_text("name,email,team,role,timezone\nAda,ada@example.com,Eng,Dev,UTC\n")
    result = run("roster", "import", str(roster))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in data_dir().iterdir() if not p.name.startswith(".")) == [
        "workspace.peerdesk"
    ]


def test_a_file_given_alone_is_the_workspace_to_open_as_a_double_click_gives_it(demo_db: Path) -> None:
    from peerdesk.cli.main import build_parser, open_file_argument

    parser = build_parser()
    as_db = open_file_argument(parser, ["/home/a/team.peerdesk"])
    assert as_db == ["--db", "/home/a/team.peerdesk"]
    assert open_file_argument(parser, ["--today", "2026-03-02", "x.sqlite"]) == [
        "--today",
        "2026-03-02",
        "--db",
        "x.sqlite",
    ]
    assert open_file_argument(parser, ["--", "-odd name.peerdesk"]) == ["--db", "-odd name.peerdesk"]
    for unchanged in (["roster", "list"], ["demo", "out.peerdesk"], ["rostr"], ["--db", "a.peerdesk"], []):
        assert open_file_argument(parser, unchanged) == unchanged
    listed = run(str(demo_db.with_name("nothing-here.peerdesk")))
    assert listed.returncode == 1
    assert "there is no workspace at" in listed.stderr and "Traceback" not in listed.stderr


# -- one PeerDesk per user -------------------------------------------------------------------------


def start_second(*args: str) -> subprocess.Popen[str]:
    """A second `peerdesk` process of the same user (same data folder, so the same server name)."""
    return subprocess.Popen(
        [sys.executable, "-m", "peerdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def finish(proc: subprocess.Popen[str], qtbot) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """Keep this process's event loop turning (it answers the second one) until that one exits."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    out, err = proc.communicate()
    return proc.returncode, out, err


@pytest.mark.slow
def test_a_second_start_opens_its_file_in_the_running_window(demo_window, demo_db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.ui.single_instance import serve

    server = serve(demo_window)
    assert server.server.isListening()
    other = demo_db.with_name("team.peerdesk")
    open_workspace(other, create=True).close()
    code, out, err = finish(start_second(str(other)), qtbot)
    assert (code, err) == (0, ""), err
    assert out.strip() == f"PeerDesk is already running: opened {other} in it."
    qtbot.waitUntil(lambda: demo_window.workspace.path == other)
    assert other.stem in demo_window.windowTitle()
    code, out, _err = finish(start_second(), qtbot)  # no file: the running window comes forward
    assert code == 0 and "brought its window to the front" in out
    assert demo_window.workspace.path == other
    server.close()


@pytest.mark.slow
def test_a_file_that_is_not_a_workspace_is_refused_by_the_running_window_which_keeps_its_own(  # type: ignore[no-untyped-def]
    demo_window, demo_db: Path, tmp_path: Path, qtbot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from peerdesk.ui.single_instance import serve

    server = serve(demo_window)
    notes = tmp_path / "notes.peerdesk"
    notes.write_text("shopping list, not a workspace\n")
    code, _out, _err = finish(start_second(str(notes)), qtbot)
    assert code == 0
    qtbot.waitUntil(lambda: demo_window.findChild(QMessageBox) is not None)
    box = demo_window.findChild(QMessageBox)
    assert "notes.peerdesk" in box.text() + box.informativeText()
    assert demo_window.workspace.path == demo_db  # still open on its own workspace
    assert notes.read_text() == "shopping list, not a workspace\n"  # and the file untouched
    box.close()
    server.close()


def test_a_macos_file_open_event_opens_the_file_in_the_window(demo_window, demo_db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.single_instance import serve

    assert not hasattr(serve(demo_window, file_open_events=False), "file_open_filter")
    server = serve(demo_window, file_open_events=True)  # as on macOS
    other = demo_db.with_name("finder.peerdesk")
    open_workspace(other, create=True).close()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
    assert demo_window.workspace.path == other
    QApplication.instance().removeEventFilter(server.file_open_filter)
    server.close()


def test_with_no_peerdesk_running_nobody_takes_the_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import time

    from peerdesk.ui.single_instance import hand_over

    started = time.monotonic()
    assert hand_over(tmp_path / "team.peerdesk") is False
    assert time.monotonic() - started < 1.5


def test_two_servers_of_one_user_one_listens_and_a_crashed_ones_name_is_taken_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.ui.single_instance import InstanceServer, server_name

    opened: list[Path | None] = []
    first = InstanceServer(opened.append)
    assert first.listen()
    second = InstanceServer(opened.append)
    assert not second.listen()  # the first answers: the second runs without a server
    first.close()
    if sys.platform != "win32":  # a socket file a crashed PeerDesk left behind (named pipes vanish)
        import socket
        import tempfile

        stale = Path(tempfile.gettempdir()) / server_name()
        left = socket.socket(socket.AF_UNIX)
        left.bind(str(stale))
        left.close()
        assert stale.exists()
    third = InstanceServer(opened.append)
    assert third.listen()
    third.close()


def test_other_users_have_other_servers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from peerdesk.ui.single_instance import server_name

    mine = server_name()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "someone-else"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "someone-else"))
    monkeypatch.setenv("HOME", str(tmp_path / "someone-else"))
    assert server_name() != mine
