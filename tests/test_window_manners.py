"""Window manners, swept over every dialog the action registry reaches and two laptop screens.

Qt's offscreen screen has one size per process, so each screen size runs
tests/screens/dialog_sweep.py in a child process (QT_QPA_PLATFORM=offscreen:configfile=...)
on a demo workspace; the child opens the main window and every dialog and reports what a
person there would meet. A dialog added to the registry later is swept without anyone
adding it here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.ui.actions import SPECS

SWEEP = Path(__file__).parent / "screens" / "dialog_sweep.py"
CHECKOUT = Path(__file__).parent.parent  # the child must import this checkout's peerdesk
TEAM_CSV = Path(__file__).parent / "data" / "first-team.csv"


def sweep(tmp_path: Path, demo_db: Path, width: int, height: int, *extra: str) -> dict[str, list[str]]:
    """What is wrong with each window on a width x height screen, as the child process saw it
    (`extra`: more arguments for the sweep, e.g. --names)."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        ),
        encoding="utf-8",
    )
    shutil.copyfile(TEAM_CSV, demo_db.with_name("team.csv"))
    path = os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=path)
    done = subprocess.run(
        [sys.executable, str(SWEEP), str(demo_db), str(tmp_path / "settings.ini"), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768)])
def test_every_dialog_fits_and_behaves_on_a_laptop_screen(
    tmp_path: Path, demo_db: Path, width: int, height: int
) -> None:
    report = sweep(tmp_path, demo_db, width, height)
    # the sweep reached the dialogs of the registry (not an empty run that proves nothing)
    opened = {key.split(":")[0] for key in report}
    assert {"add_person", "new_pilot", "match_peers", "print", "report", "preferences"} <= opened
    assert len(opened) >= len(SPECS) // 2
    problems = {window: found for window, found in report.items() if found}
    assert problems == {}


@pytest.mark.slow
def test_the_main_window_fits_an_800_by_600_screen(tmp_path: Path, demo_db: Path) -> None:
    report = sweep(tmp_path, demo_db, 800, 600)
    assert report["main window"] == []


@pytest.mark.slow
def test_every_control_has_a_name_and_every_label_letter_reaches_its_field(
    tmp_path: Path, demo_db: Path
) -> None:
    """What a screen reader says and where Alt+letter goes, on every tab and view of the main window
    and in every dialog: each focusable control has a name (its own, its label's, or a button's
    text), each label's Alt+letter puts the focus on its field, and Tab reaches every control
    going down the window, not back up (issue 22)."""
    report = sweep(tmp_path, demo_db, 1600, 1000, "--names")
    opened = {key.split(":")[0] for key in report}
    assert {"main window", "add_person", "edit_person", "new_pilot", "match_peers", "report"} <= opened
    untitled = [key for key in report if key != "main window" and not key.split(": ", 1)[1].strip()]
    assert untitled == []  # every dialog says what it is in its title bar
    problems = {window: found for window, found in report.items() if found}
    assert problems == {}


def test_the_name_check_catches_an_unnamed_field_and_a_label_that_focuses_a_wrapper(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The sweep's own check, on a form built the wrong way (so a pass above means something)."""
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

    sys.path.insert(0, str(SWEEP.parent))
    try:
        from dialog_sweep import name_problems
    finally:
        sys.path.remove(str(SWEEP.parent))
    dialog = QDialog()
    dialog.setProperty("peerdesk_manners_applied", True)  # as if the app's manners had missed it
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    wrapper = QWidget()
    QVBoxLayout(wrapper).addWidget(QLineEdit())
    form.addRow("&Name", wrapper)
    form.addRow("&Email", QLineEdit())
    dialog.show()
    qtbot.waitExposed(dialog)
    found = name_problems(dialog)
    assert len(found) == 2
    assert "QLineEdit" in found[0] and "no accessible name" in found[0]
    assert found[1].startswith("label '&Name': Alt+N focuses")
