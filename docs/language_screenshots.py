"""Pictures of PeerDesk in another language, to look at: the main screens at 100% and 200%, a few
dialogs, and the first page of the agenda and the sign-in sheet.

Run: .venv/bin/python docs/language_screenshots.py [de|fr|es|en_XA|rtl]   (writes docs/images/<lang>/;
rtl is the pseudo-locale laid out right to left)

Each scale runs in its own process (Qt's scale factor is fixed per process); the demo is built
with its pilot in that language, so the printouts are in it too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images"


def shoot(db: Path, folder: Path, scale: int) -> None:
    """In this process: the window and dialogs at `scale`, saved under `folder`."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from peerdesk.storage import open_workspace
    from peerdesk.ui.app import application
    from peerdesk.ui.main_window import MainWindow

    app = application()
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "" if scale == 1 else f"@{scale}x"
    settings = QSettings(
        str(Path(tempfile.gettempdir()) / f"peerdesk-shots-{scale}.ini"), QSettings.Format.IniFormat
    )
    window = MainWindow(open_workspace(db), settings=settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(folder / f"roster{suffix}.png"))
    window.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(folder / f"schedule{suffix}.png"))
    window.tabs.setCurrentIndex(2)
    window.feedback_tab.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(folder / f"dashboard{suffix}.png"))
    window.tabs.setCurrentIndex(0)
    for name in ("new_pilot", "print", "preferences", "match_peers"):
        window.actions[name].trigger()
        app.processEvents()
        dialog = window.dialog or next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
        )
        dialog.grab().save(str(folder / f"{name.replace('_', '-')}{suffix}.png"))
        dialog.close()
        app.processEvents()
    window.close()


def printouts(db: Path, folder: Path) -> None:
    """The agenda, sign-in sheet and leadership report of the demo, as the first page's PNG."""
    from peerdesk.printing.paint.pdf import write_pdf
    from peerdesk.printing.printouts import Printouts
    from peerdesk.schedule.service import Schedule
    from peerdesk.storage import open_workspace

    with open_workspace(db, read_only=True) as workspace:
        made = Printouts(workspace)
        upcoming = next(s for s in Schedule(workspace).list_sessions() if s.week and s.status == "planned")
        documents = {
            "agenda": made.render("agenda", session_id=upcoming.id),
            "sign-in": made.render("sign-in", session_id=upcoming.id),
            "calendar": made.render("calendar", program="1"),
        }
        for name, rendered in documents.items():
            pdf = folder / f"{name}.pdf"
            write_pdf(rendered, pdf)
            if shutil.which("pdftoppm"):
                page = ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(folder / name)]
                subprocess.run(page, check=True)
            pdf.unlink()


def main(argv: list[str]) -> int:
    """Build a demo in the language and shoot it at 100% and 200%."""
    if argv[:1] == ["--child"]:
        shoot(Path(argv[1]), Path(argv[2]), int(argv[3]))
        return 0
    language = argv[0] if argv else "de"
    folder = OUT / language
    if language == "rtl":  # the pseudo-locale mirrored, as an Arabic or Hebrew window will be
        language = "en_XA"
        os.environ["QT_LAYOUT_DIRECTION"] = "rtl"
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, PEERDESK_LANGUAGE=language, PYTHONPATH=str(ROOT))
        out = Path(work) / "demo"
        subprocess.run(
            [sys.executable, "-m", "peerdesk", "--lang", language, "demo", str(out)], check=True, env=env
        )
        db = next(p for p in sorted(out.iterdir()) if p.suffix in (".peerdesk", ".sqlite"))
        for scale in (1, 2):
            screen = Path(work) / f"screen-{scale}.json"
            size = {"width": 1366 * scale, "height": 800 * scale}
            screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, **size, "dpr": 1}]}))
            child = dict(env, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=str(scale))
            subprocess.run(
                [sys.executable, __file__, "--child", str(db), str(folder), str(scale)], check=True, env=child
            )
        os.environ["PEERDESK_LANGUAGE"] = language
        printouts(db, folder)
    print(f"wrote {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
