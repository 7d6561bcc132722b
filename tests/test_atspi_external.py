"""The window read from outside the process over AT-SPI, as a screen reader on Linux reads it (issue 22).

Starts a private session bus (dbus-daemon), the accessibility bus (at-spi2-core's
at-spi-bus-launcher) and an X server (Xvfb), shows the demo window there with Qt's AT-SPI
bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), and reads its tree with pyatspi from the
system Python (tests/screens/atspi_read.py). Skipped where those are not installed
(Debian: xvfb at-spi2-core dbus python3-pyatspi).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREENS = Path(__file__).parent / "screens"
CHECKOUT = Path(__file__).parent.parent
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _pyatspi() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("dbus-daemon") and LAUNCHER.exists() and _pyatspi()),
        reason="needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi",
    ),
]


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    """An X display with a session bus and the accessibility bus: the environment to run in."""
    started: list[subprocess.Popen[bytes]] = []
    runtime = tempfile.mkdtemp()
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    env.pop("QT_QPA_PLATFORM", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    started.append(bus)
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()  # type: ignore[union-attr]
    # Xvfb picks a free display number itself and says which (parallel test workers each get one)
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    started.append(xvfb)
    env["DISPLAY"] = f":{xvfb.stdout.readline().decode().strip()}"  # type: ignore[union-attr]
    started.append(
        subprocess.Popen([str(LAUNCHER), "--launch-immediately"], env=env, stderr=subprocess.DEVNULL)
    )
    env |= {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CHECKOUT), env.get("PYTHONPATH")]))
    yield env
    for process in reversed(started):
        process.terminate()
        process.wait(timeout=10)
    shutil.rmtree(runtime, ignore_errors=True)


def read_tree(env: dict[str, str], demo_db: Path, tmp_path: Path, view: str) -> list[dict]:
    """The nodes a screen reader finds in the window showing `view` (see atspi_window.py)."""
    app = subprocess.Popen(
        [sys.executable, str(SCREENS / "atspi_window.py"), str(demo_db), str(tmp_path / "s.ini"), view],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == b"ready"
        time.sleep(1)  # the bridge registers the window's objects
        done = subprocess.run(
            [str(SYSTEM_PYTHON), str(SCREENS / "atspi_read.py"), "PeerDesk"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        app.terminate()
        app.wait(timeout=20)
    found = json.loads(done.stdout)
    assert "error" not in found, found
    return [node for node in found["nodes"] if node.get("showing")]


def unnamed(nodes: list[dict]) -> list[dict]:
    """Focusable nodes with neither a name nor a label (an editable combo box's own line edit is
    spoken as part of its combo box)."""
    return [
        n
        for n in nodes
        if n["focusable"]
        and not (n["name"] or n["labelled_by"])
        and not (n["role"] == "text" and n["parent_role"] == "combo box")
        and n["role"]
        not in ("table cell", "table column header", "table row header", "list item", "tree item")
    ]


def test_the_roster_table_and_the_person_form_are_named_with_their_values(
    desktop: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    nodes = read_tree(desktop, demo_db, tmp_path, "person")
    tables = {n["name"]: n for n in nodes if n["role"] == "table"}
    assert tables["People"]["children"] > 24 and tables["People"]["focusable"]
    assert any(n["role"] == "table cell" and n["name"] == "Aisha Bello" for n in nodes)  # the first row
    dialog = next(i for i, n in enumerate(nodes) if n["role"] == "dialog")
    assert nodes[dialog]["name"] == "Edit Person"
    form = nodes[dialog:]
    fields = {n["labelled_by"][0]: n for n in form if n["labelled_by"]}
    assert {"Name", "Email", "Role", "Team", "Manager", "Timezone", "Joined", "Free weekly", "Notes"} <= set(
        fields
    )
    assert fields["Name"]["role"] == "text" and fields["Name"]["text"] == "Aisha Bello"
    assert fields["Email"]["text"] == "aisha.bello@northwind.example"
    assert fields["Team"]["role"] == "combo box" and fields["Team"]["name"]  # its value
    assert {"Teaches: skills and levels", "Wants to learn: skills and target levels"} <= set(tables)
    assert unnamed(nodes) == []


def test_the_record_page_exposes_the_session_attendance_and_notes(
    desktop: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    nodes = read_tree(desktop, demo_db, tmp_path, "record")
    by_label = {n["labelled_by"][0]: n for n in nodes if n["labelled_by"]}
    assert by_label["Session:"]["role"] == "combo box" and "·" in by_label["Session:"]["name"]
    assert by_label["Notes"]["role"] == "text"
    assert by_label["Actual length"]["role"] == "spin button"
    attendance = next(n for n in nodes if n["role"] == "table" and n["name"] == "Attendance")
    assert attendance["children"] > 8
    assert any(n["role"] == "check box" and n["name"] == "Session was held" for n in nodes)
    assert any(n["role"] == "page tab" and n["name"] == "Record a session" for n in nodes)
    assert unnamed(nodes) == []


def test_the_week_view_reads_as_a_list_of_its_sessions_with_the_current_one_focused(
    desktop: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    nodes = read_tree(desktop, demo_db, tmp_path, "week")
    at = next(i for i, n in enumerate(nodes) if n["role"] == "list" and n["name"].startswith("Week of "))
    week = nodes[at]
    assert week["focusable"] and week["focused"], week
    items = [n for n in nodes[at + 1 : at + 1 + week["children"]] if n["depth"] == week["depth"] + 1]
    assert len(items) == week["children"] and f": {len(items)} sessions" in week["name"]
    assert all(n["role"] == "list item" and n["focusable"] for n in items)
    # each item says its session: title, day and time, who leads
    assert all(" led by " in n["name"] and re.search(r"\d\d:\d\d-\d\d:\d\d", n["name"]) for n in items), items
    assert any(", week 1 - " in n["name"] for n in items)
    # the keyboard's session (the week's first) is the one focused
    assert [n["focused"] for n in items] == [True] + [False] * (len(items) - 1)
    assert unnamed(nodes) == []
