"""Starting the window through the `peerdesk` command loads nothing only a subcommand needs.

The command line offers every subcommand, but the window is what a lead starts (the built app's
launcher runs the same command). Its subcommands need numpy (matching), Jinja, segno and babel
(printouts) and icalendar (follow-ups, answers): loaded before the window, they cost 160-240 ms
of every start. A fresh interpreter parses a window's command line and opens the window on a
workspace, then says which of them it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from peerdesk.storage import open_workspace

ONLY_FOR_SUBCOMMANDS = ("numpy", "scipy", "jinja2", "segno", "babel.dates", "icalendar", "dateutil")

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from peerdesk.cli import main
parser = main.build_parser()
args = parser.parse_args(["--db", sys.argv[1]])
assert args.command is None
from peerdesk.ui.app import application, open_window
app = application()
window = open_window(__import__("pathlib").Path(sys.argv[1]))
for _ in range(3):
    app.processEvents()
print(json.dumps([name for name in sys.argv[2:] if name in sys.modules]))
"""


def test_the_window_starts_without_the_subcommands_libraries(tmp_path: Path) -> None:
    db = tmp_path / "team.peerdesk"
    open_workspace(db, create=True).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), *ONLY_FOR_SUBCOMMANDS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
