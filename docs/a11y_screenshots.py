"""Screenshots of the main tabs in a light, a dark and a high-contrast theme, at 100% and 200%.

Run: .venv/bin/python docs/a11y_screenshots.py [FOLDER]  (default docs/images/a11y)
Each theme and scale runs in a child process (Qt's offscreen screen has one pixel ratio per
process); the pictures are what docs/accessibility.md refers to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "images" / "a11y"
RUNS = [("light", 1), ("dark", 1), ("high contrast", 1), ("light", 2), ("dark", 2)]
TABS = ("roster", "matrix", "week", "record", "dashboard")


def _shoot(theme_name: str, scale: int, folder: Path) -> None:
    """In this process: the demo window in one theme, each main view saved as a PNG."""
    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from peerdesk import clock
    from peerdesk.demo import build_demo
    from peerdesk.storage import open_workspace
    from peerdesk.ui import theme
    from peerdesk.ui.app import application
    from peerdesk.ui.main_window import MainWindow

    clock.freeze(date(2026, 11, 25))  # a Wednesday three weeks into the demo pilot: a full week
    app = application()
    if theme_name != "light":
        QApplication.setPalette(theme.sample_palette(theme_name))
    work = Path(tempfile.mkdtemp())
    db = build_demo(work / "demo.sqlite")
    window = MainWindow(
        open_workspace(db), settings=QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1280, 800)
    window.show()
    views = {
        "roster": lambda: (window.tabs.setCurrentIndex(0), window.roster_tab.view_bar.setCurrentIndex(0)),
        "matrix": lambda: (window.tabs.setCurrentIndex(0), window.roster_tab.view_bar.setCurrentIndex(1)),
        "week": lambda: window.tabs.setCurrentIndex(1),
        "record": lambda: (window.tabs.setCurrentIndex(2), window.feedback_tab.setCurrentIndex(0)),
        "dashboard": lambda: (window.tabs.setCurrentIndex(2), window.feedback_tab.setCurrentIndex(1)),
    }
    slug = theme_name.replace(" ", "-")
    for name in TABS:
        views[name]()
        for _ in range(5):
            app.processEvents()
        if name == "week":
            window.schedule_tab.week_view.setFocus()
            app.processEvents()
        window.grab().save(str(folder / f"{name}-{slug}-{scale * 100}.png"))
    window.close()


def main() -> int:
    """Every theme and scale, each in its own process; or one of them when asked (--one)."""
    if sys.argv[1:2] == ["--one"]:
        _shoot(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
        return 0
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    folder.mkdir(parents=True, exist_ok=True)
    for theme_name, scale in RUNS:
        screen = Path(tempfile.mkdtemp()) / "screen.json"
        screen.write_text(
            json.dumps(
                {
                    "screens": [
                        {"name": "desktop", "x": 0, "y": 0, "width": 1600 * scale, "height": 1000 * scale}
                        | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                    ]
                }
            )
        )
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=str(scale))
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH")])
        )
        subprocess.run(
            [sys.executable, __file__, "--one", theme_name, str(scale), str(folder)], env=env, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
