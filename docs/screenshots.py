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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from peerdesk.demo import build_demo
from peerdesk.storage import open_workspace
from peerdesk.ui.app import application
from peerdesk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "images"


def _printouts(db: Path) -> None:
    """Printouts of the demo as PDF, then as PNG pages (pdftoppm, if installed)."""
    from peerdesk.printing.printouts import Printouts
    from peerdesk.schedule.service import Schedule
    from peerdesk.ui.printing.pdf import write_pdf

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
    QApplication.processEvents()
    print(f"wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
