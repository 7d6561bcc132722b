"""What the window does from the skills matrix: export, print, and plan a risk away.

Planning reuses the New Pilot dialog, filled in for the lead to review, and
the Schedule service; a single holder then leads every session of the new
program, as its own undoable step.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from peerdesk import clock
from peerdesk.roster.matrix import Risk
from peerdesk.roster.matrix_export import write_matrix
from peerdesk.roster.risk_plans import led_by, suggested_program
from peerdesk.schedule.service import ScheduleChange, next_monday
from peerdesk.ui import prompts
from peerdesk.ui.commands import ChangeCommand

MATRIX_FILTER = "Excel workbook (*.xlsx);;CSV file (*.csv);;PDF, landscape (*.pdf);;All files (*)"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MatrixActions", text)


def export_matrix(window: Any, path: Path | None = None) -> Path | None:
    """Save the matrix as shown (search, filters, grouping) as .xlsx, .csv or .pdf."""
    view = window.roster_tab.matrix
    if path is None:
        path = prompts.choose_save_path(
            window,
            _tr("Export Skills Matrix"),
            MATRIX_FILTER,
            window.workspace.path.with_name(f"{window.workspace.name}-skills-matrix.xlsx"),
        )
    if path is None:
        return None
    try:
        if path.suffix.lower() == ".pdf":
            from peerdesk.printing.matrix import render_matrix
            from peerdesk.printing.paint.matrix_pdf import write_landscape_pdf

            write_landscape_pdf(
                render_matrix(
                    view.matrix(), workspace=window.workspace.name, grouped_by=view.group.currentData()
                ),
                path,
            )
        else:
            write_matrix(view.matrix(), path)
    except ValueError as exc:
        prompts.show_error(window, _tr("Export Skills Matrix"), str(exc) + _tr(" (.xlsx, .csv or .pdf)"))
        return None
    except OSError as exc:
        prompts.show_error(
            window,
            _tr("Export Skills Matrix"),
            _tr("{0} was not written: {1}").format(path, exc.strerror or exc),
        )
        return None
    window.statusBar().showMessage(_tr("Wrote the skills matrix to {0}").format(path), 8000)
    return path


def print_matrix(window: Any) -> QWidget:
    """Show the landscape pages in a print preview, from which the lead prints."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from peerdesk.printing.matrix import render_matrix
    from peerdesk.printing.paint.matrix_pdf import landscape_layout
    from peerdesk.printing.paint.pdf import paint_pages

    view = window.roster_tab.matrix
    rendered = render_matrix(
        view.matrix(), workspace=window.workspace.name, grouped_by=view.group.currentData()
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(landscape_layout())
    printer.setDocName(rendered.title)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(_tr("Print Skills Matrix"))
    dialog.paintRequested.connect(lambda device: paint_pages(rendered, device))
    window.dialog = dialog
    dialog.open()
    return dialog


def _holders(risk: Risk) -> set[str]:
    return {p.email for p in risk.holders}


def plan_for_risk(window: Any, risk: Risk) -> QWidget:
    """Open New Pilot filled in for this risk; once created, a single holder leads every session."""
    people = window.roster.people()
    program = suggested_program(risk, people, next_monday(clock.today()))
    dialog = window.schedule_ctl.new_pilot()
    dialog.name.setText(program.name)
    dialog.outcome.setCurrentText(program.outcome)
    dialog.format.setCurrentIndex(max(dialog.format.findData(program.format_key), 0))
    fmt = next((f for f in window.schedule.formats() if f.key == program.format_key), None)
    if fmt is not None:
        dialog.minutes.setValue(fmt.minutes)
    dialog.timezone.setCurrentText(program.timezone)
    for i in range(dialog.members.count()):
        item = dialog.members.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in program.members
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    learners = [p.name for p in people if p.email in program.members and p.email not in _holders(risk)]
    note = QLabel()
    note.setObjectName("risk_plan_note")
    note.setWordWrap(True)
    dialog.layout().insertWidget(0, note)
    if risk.kind == "single-holder":
        holder = risk.holders[0]
        dialog.setWindowTitle(_tr("New Pilot: shadow {0} in {1}").format(holder.name, risk.skill))
        note.setText(
            _tr(
                "<b>Prepared from the skills matrix.</b> Only {0} holds {1} at level 3 or more: "
                "{0} leads every session and {2} shadow. Check the day, time and members, then "
                "Create Pilot."
            ).format(
                escape(holder.name),
                escape(risk.skill),
                escape(", ".join(learners)) or _tr("the members you pick"),
            )
        )

        def holder_leads() -> None:
            created = dialog.result_program
            if created is None:
                return
            schedule = window.schedule
            saved = schedule.find_program(created.name)
            if saved is None:
                return
            before = schedule.list_sessions(saved.id)
            after = led_by(before, holder.email)
            change = ScheduleChange(
                _tr("{0} leads every session of {1}").format(holder.name, saved.name),
                tuple(before),
                tuple(after),
                saved,
                saved,
            )
            window.ctx.push(ChangeCommand(schedule, change, window.ctx.announce))

        dialog.accepted.connect(holder_leads)  # after New Pilot's own handler has created the program
    else:
        dialog.setWindowTitle(_tr("New Pilot: micro-lessons on {0}").format(risk.skill))
        note.setText(
            _tr(
                "<b>Prepared from the skills matrix.</b> Nobody teaches {0} yet and {1} want it: "
                "in a micro-lesson series they take turns to teach what they found out. Check the "
                "day, time and members, then Create Pilot."
            ).format(escape(risk.skill), escape(", ".join(learners)))
        )
    dialog.refresh()
    return dialog
