"""Regenerate the README's screenshots from the demo workspace, offscreen.

Run: .venv/bin/python docs/screenshots.py  (writes docs/images/*.png)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# a desktop-sized offscreen screen: the window fits itself to the screen it is on
_SCREEN = Path(tempfile.gettempdir()) / "peerdesk-screenshots-screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1600, "height": 1000, "dpr": 1}]}'
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QSettings  # noqa: E402 (the screen is chosen before Qt loads)
from PySide6.QtWidgets import QApplication  # noqa: E402 (the screen is chosen before Qt loads)

from peerdesk.demo import build_demo  # noqa: E402 (the screen is chosen before Qt loads)
from peerdesk.storage import open_workspace  # noqa: E402 (the screen is chosen before Qt loads)
from peerdesk.ui.app import application  # noqa: E402 (the screen is chosen before Qt loads)
from peerdesk.ui.main_window import MainWindow  # noqa: E402 (the screen is chosen before Qt loads)

OUT = Path(__file__).resolve().parent / "images"


def _printouts(db: Path) -> None:
    """Printouts of the demo as PDF, then as PNG pages (pdftoppm, if installed)."""
    from peerdesk.printing.paint.pdf import write_pdf
    from peerdesk.printing.printouts import Printouts
    from peerdesk.schedule.service import Schedule

    with open_workspace(db, read_only=True) as workspace:
        printouts = Printouts(workspace)
        sessions = Schedule(workspace).list_sessions()
        upcoming = next(s for s in sessions if s.week and s.status == "planned")
        held = next(s for s in sessions if s.week and s.status == "held")
        documents = {
            "agenda": printouts.render("agenda", session_id=upcoming.id),
            "guide": printouts.render("guide", format_key="problem-clinic"),
            "sign-in": printouts.render("sign-in", session_id=upcoming.id),
            "feedback-slips": printouts.render("feedback-form", session_id=upcoming.id),
            "calendar": printouts.render("calendar", program="1"),
            "certificate": printouts.render("certificate", person="tomas.ferreira@northwind.example"),
            "thank-you": printouts.render("thank-you", person=held.facilitators[0]),
        }
        for name, rendered in documents.items():
            pdf = OUT / f"{name}.pdf"
            write_pdf(rendered, pdf)
            if shutil.which("pdftoppm"):
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(OUT / name)], check=True
                )
            pdf.unlink()


ROOT = OUT.parent.parent
TEAM_CSV = ROOT / "tests" / "data" / "first-team.csv"
SWEEP = ROOT / "tests" / "screens" / "dialog_sweep.py"


def _first_hour(folder: Path) -> None:
    """The first start on an empty workspace (the welcome), then the roster after the first import."""
    from peerdesk.ui import prompts

    settings = QSettings(str(folder / "first.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_workspace(folder / "first.sqlite", create=True), settings=settings)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    welcome = window.dialog
    welcome.name.setText("Priya Raman")
    welcome.email.setText("priya@acme.example")
    welcome.timezone.setCurrentText("Europe/London")
    welcome.country.setText("GB")
    QApplication.processEvents()
    welcome.grab().save(str(OUT / "first-run.png"))
    prompts.choose_open_path = lambda *a, **k: TEAM_CSV  # type: ignore[assignment]
    welcome.import_button.click()
    QApplication.processEvents()
    window.dialog.grab().save(str(OUT / "first-import-dialog.png"))
    window.dialog.import_button.click()
    QApplication.processEvents()
    window.grab().save(str(OUT / "roster-after-first-import.png"))
    _new_pilot_proposals(window)
    window.close()


def _new_pilot_proposals(window: MainWindow) -> None:
    """New Pilot for the whole imported team (12 people in 9 timezones) with its proposed times,
    at the size it has on a 1366x768 laptop."""
    from PySide6.QtCore import Qt

    pilot = window.schedule_ctl.new_pilot()
    pilot.name.setText("Platform onboarding")
    for row in range(pilot.members.count()):
        pilot.members.item(row).setCheckState(Qt.CheckState.Checked)
    pilot.suggestions.setCurrentRow(0)
    pilot.use_proposal(pilot.suggestions.item(0))  # the lead clicks the best time
    pilot.resize(min(pilot.width(), 1366), min(pilot.height(), 768 - 40))
    QApplication.processEvents()
    pilot.grab().save(str(OUT / "new-pilot-proposals.png"))
    pilot.reject()


def _laptop_dialogs(db: Path, folder: Path, width: int, height: int, dpr: int) -> None:
    """Every dialog of the action registry as shown on a width x height screen at dpr x scaling."""
    import json

    config = folder / f"screen-{width}x{height}@{dpr}.json"
    # a physical screen dpr times larger, shown at dpr x scaling: width x height logical pixels
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width * dpr, "height": height * dpr}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    copy = folder / f"laptop-{dpr}.sqlite"
    shutil.copyfile(db, copy)
    shutil.copyfile(TEAM_CSV, copy.with_name("team.csv"))
    target = OUT / (f"{width}x{height}" + ("" if dpr == 1 else f"@{dpr}x"))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(dpr))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])  # this checkout's peerdesk
    subprocess.run(
        [sys.executable, str(SWEEP), str(copy), str(folder / f"laptop-{dpr}.ini"), str(target)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    """Build a demo, open the window on it and save pictures of its screens."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.sqlite")
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_workspace(db), settings=settings)
        window.resize(1400, 820)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "roster.png"))
        window.roster_tab.search.setText("sql")
        app.processEvents()
        window.grab().save(str(OUT / "roster-search.png"))
        window.roster_tab.search.clear()
        window.roster_tab.show_matrix()
        window.roster_tab.matrix.group.setCurrentIndex(window.roster_tab.matrix.group.findData("team"))
        app.processEvents()
        window.grab().save(str(OUT / "skills-matrix.png"))
        window.roster_tab.show_matrix(False)
        dialog = window.roster_ctl.edit_person(window.roster.people()[1].id)
        app.processEvents()
        dialog.grab().save(str(OUT / "person-dialog.png"))
        dialog.reject()
        window.tabs.setCurrentIndex(1)
        from collections import Counter

        from peerdesk.ui.schedule.week_view import monday_of

        busiest = Counter(monday_of(s.start.date()) for s in window.schedule.list_sessions()).most_common(1)
        window.schedule_tab.go_to(busiest[0][0])
        app.processEvents()
        window.grab().save(str(OUT / "schedule-week.png"))
        window.schedule_tab.views.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(OUT / "schedule-list.png"))
        session = window.schedule.list_sessions()[0]
        editor = window.schedule_ctl.edit_session(session.id)
        app.processEvents()
        editor.grab().save(str(OUT / "session-dialog.png"))
        editor.reject()
        pilot = window.schedule_ctl.new_pilot()
        pilot.name.setText("Sales objection clinic")
        pilot.team.setCurrentIndex(pilot.team.findData("Sales"))
        app.processEvents()
        pilot.grab().save(str(OUT / "new-pilot.png"))
        pilot.reject()
        matching = window.schedule_ctl.open_matching()
        matching.mode.setCurrentText("pairs")
        matching.run()
        matching.resize(1300, 760)
        app.processEvents()
        matching.grab().save(str(OUT / "matching.png"))
        matching.close()
        window.tabs.setCurrentIndex(2)
        for index, name in enumerate(
            ("feedback-record", "feedback-dashboard", "feedback-competency", "feedback-recognition")
        ):
            window.feedback_tab.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
        window.close()
        _printouts(db)
        _first_hour(Path(folder))
        _laptop_dialogs(db, Path(folder), 1024, 700, 1)
        _laptop_dialogs(db, Path(folder), 1024, 700, 2)
    QApplication.processEvents()
    print(f"wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
