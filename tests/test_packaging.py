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
