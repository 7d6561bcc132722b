"""Quitting after using the dialogs ends the process cleanly, not with a crash.

The dialog sweep (tests/test_window_manners.py) crashed on exit once garbage
collection ran at another moment: a dialog only Python still held was collected
as the interpreter exited, after the QApplication was gone, and its labels
released their Alt-letter shortcuts into the destroyed application. The sweep
and the application now release every widget while the application exists
(`release_widgets`). Here the real entry point, `run_window`, opens every dialog
of the action registry through its action, closes it and quits; the process
must exit with 0 (a crash on quitting is a signal, not 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog
    from peerdesk.ui import prompts
    from peerdesk.ui.actions import SPECS
    from peerdesk.ui.app import run_window
    from peerdesk.ui.main_window import MainWindow

    prompts.choose_open_path = lambda *a, **k: None
    prompts.choose_save_path = lambda *a, **k: None
    opened = []

    def use_every_dialog():
        app = QApplication.instance()
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        for spec in SPECS:
            if spec.name in {"quit", "undo", "redo", "close", "whats_this", "open_workspace", "new_workspace"}:
                continue
            window.actions[spec.name].trigger()
            app.processEvents()
            for dialog in [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
                opened.append(spec.name)
                dialog.close()
                app.processEvents()
        print("opened", len(opened), flush=True)
        app.quit()

    QTimer.singleShot(0, use_every_dialog)
    sys.exit(run_window(Path(sys.argv[1])))
""")


@pytest.mark.skipif(sys.platform == "win32", reason="a crash shows as a signal on POSIX")
def test_quitting_after_every_dialog_exits_cleanly(demo_db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CHILD, str(demo_db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    opened = int(done.stdout.split("opened")[-1].split()[0])
    assert opened >= 20  # the dialogs were really opened
