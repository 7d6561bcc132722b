"""The impact documents as dialogs: choose, look at the preview, then save or copy.

- ReportDialog: the weekly leadership report. Choose the program and a completed
  week (the running week is offered as a draft); the preview shows the report as
  it will be saved, as PDF, HTML, Markdown (Confluence, Notion, Teams) or Slack.
- EndOfPilotDialog: the one-page summary after the last session, with the
  recommendation (scale / extend / stop) and a note the lead can change.
- CompareDialog: two programs, or a pilot and the time before it, side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.atomic import write_bytes_atomically
from peerdesk.domain import Program
from peerdesk.impact.compare import Comparison, compare_programs
from peerdesk.impact.end_of_pilot import RECOMMENDATIONS, EndOfPilot, EndOfPilotRefused, end_of_pilot
from peerdesk.impact.report import Impact, Report, ReportRefused
from peerdesk.printing.templates import TemplateProblem
from peerdesk.ui import prompts

FORMATS = (
    ("pdf", "PDF (to print or attach)", "PDF (*.pdf)"),
    ("html", "HTML (a web page)", "HTML (*.html)"),
    ("md", "Markdown (Confluence, Notion, Teams)", "Markdown (*.md)"),
    ("slack", "Slack (no tables)", "Text for Slack (*.txt)"),
)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class ReportDialog(QDialog):
    """Which program, which week, a preview, then save in the chosen shape."""

    def __init__(
        self,
        impact: Impact,
        programs: list[Program],
        program_id: int | None,
        week: int,
        save: Callable[[Program, int, Path, bool], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leadership Report"))
        self.impact = impact
        self._save = save
        self.report: Report | None = None
        self.program = QComboBox()
        self.program.setObjectName("report_program")
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.program.setCurrentIndex(max(self.program.findData(program_id), 0))
        self.week = QComboBox()
        self.week.setObjectName("report_week")
        self.shape = QComboBox()
        self.shape.setObjectName("report_format")
        for key, label, _filter in FORMATS:
            self.shape.addItem(self.tr(label), key)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("report_note")
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setObjectName("report_preview")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text to paste"))
        self.previews = QTabWidget()
        self.previews.setAccessibleName(self.tr("Preview or text"))
        self.previews.addTab(self.view, self.tr("Preview"))
        self.previews.addTab(self.text, self.tr("Text to paste"))
        self.save_button = QPushButton(self.tr("&Save..."))
        self.save_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("&Copy Text"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)
        close.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("&Week"), self.week)
        form.addRow(self.tr("&Format"), self.shape)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.previews, 1)
        layout.addLayout(_buttons(self.copy_button, self.save_button, close))
        self.resize(820, 760)
        self.program.currentIndexChanged.connect(lambda: self._fill_weeks(None))
        self.week.currentIndexChanged.connect(self.refresh)
        self.shape.currentIndexChanged.connect(self._show_text)
        self._fill_weeks(week or None)

    def chosen_program(self) -> Program | None:
        """The program picked."""
        return next(
            (p for p in self.impact.schedule.list_programs() if p.id == self.program.currentData()), None
        )

    def _fill_weeks(self, week: int | None) -> None:
        program = self.chosen_program()
        self.week.blockSignals(True)
        self.week.clear()
        if program is not None:
            for w in range(1, program.weeks + 1):
                state = self.impact.week_state(program, w)
                if state == "complete":
                    self.week.addItem(self.tr("Week {0}").format(w), w)
                elif state == "running":
                    self.week.addItem(self.tr("Week {0} (running: a draft)").format(w), w)
            default = week if week and self.week.findData(week) >= 0 else self.impact.default_week(program)
            self.week.setCurrentIndex(max(self.week.findData(default), 0))
        self.week.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Render the chosen week's report into the preview."""
        program, week = self.chosen_program(), self.week.currentData()
        self.report = None
        if program is None or not week:
            self.note.setText(self.tr("No week of this program has begun yet: there is nothing to report."))
            self.view.clear()
            self.text.clear()
            self._enable()
            return
        try:
            self.report = self.impact.report(program, week)
        except (ReportRefused, TemplateProblem) as exc:
            self.note.setText(str(exc))
        else:
            self.note.setText(
                self.tr("Week {0} is not over yet: the report is marked DRAFT on every page.").format(week)
                if self.report.draft
                else self.tr("Week {0} is complete.").format(week)
            )
            self.view.setHtml(self.report.html.text)
        self._show_text()

    def _show_text(self) -> None:
        shape = self.shape.currentData()
        if self.report is None:
            self.text.clear()
        else:
            self.text.setPlainText(self.report.slack if shape == "slack" else self.report.markdown)
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(self.report is not None)
        self.copy_button.setEnabled(self.report is not None and self.shape.currentData() in ("md", "slack"))

    def copy(self) -> None:
        """Put the Markdown or Slack text on the clipboard."""
        if self.report is not None:
            QGuiApplication.clipboard().setText(self.text.toPlainText())

    def save(self) -> Path | None:
        """Ask where, then write the chosen shape."""
        program, week = self.chosen_program(), self.week.currentData()
        if program is None or self.report is None:
            return None
        shape = self.shape.currentData()
        suffix = {"pdf": ".pdf", "html": ".html", "md": ".md", "slack": ".txt"}[shape]
        draft = "-draft" if self.report.draft else ""
        suggested = self.impact.workspace.path.parent / f"{program.name}-week-{week}-report{draft}{suffix}"
        file_filter = next(f for k, _l, f in FORMATS if k == shape)
        path = prompts.choose_save_path(self, self.tr("Leadership Report"), file_filter, suggested)
        if path is None:
            return None
        return self._save(program, week, path, shape == "slack")


class EndOfPilotDialog(QDialog):
    """The end-of-pilot summary with an editable recommendation, a preview, and Save."""

    def __init__(self, impact: Impact, programs: list[Program], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End-of-Pilot Report"))
        self.impact = impact
        self.summary: EndOfPilot | None = None
        self.program = QComboBox()
        self.program.setObjectName("end_program")
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.program.setCurrentIndex(max(self.program.count() - 1, 0))
        self.recommendation = QComboBox()
        self.recommendation.setObjectName("end_recommendation")
        for key, text in RECOMMENDATIONS.items():
            self.recommendation.addItem(text, key)
        self.note = QPlainTextEdit()
        self.note.setObjectName("end_note")
        self.note.setPlaceholderText(self.tr("Your own words for leadership (optional)"))
        self.note.setFixedHeight(60)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("&Save..."))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("&Recommendation"), self.recommendation)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(self.save_button, close))
        self.resize(820, 760)
        self.program.currentIndexChanged.connect(lambda: self.refresh(suggest=True))
        self.recommendation.currentIndexChanged.connect(lambda: self.refresh())
        self.note.textChanged.connect(lambda: self.refresh())
        self.refresh(suggest=True)

    def refresh(self, suggest: bool = False) -> None:
        """Build the summary (the suggested recommendation when the program changes)."""
        program = next(
            (p for p in self.impact.schedule.list_programs() if p.id == self.program.currentData()), None
        )
        self.summary = None
        if program is not None:
            try:
                chosen = None if suggest else self.recommendation.currentData()
                self.summary = end_of_pilot(
                    self.impact, program, recommendation=chosen, note=self.note.toPlainText()
                )
            except (EndOfPilotRefused, TemplateProblem) as exc:
                self.message.setText(str(exc))
                self.view.clear()
        if self.summary is not None:
            if suggest:
                self.recommendation.blockSignals(True)
                self.recommendation.setCurrentIndex(self.recommendation.findData(self.summary.recommendation))
                self.recommendation.blockSignals(False)
            self.message.setText(
                self.tr("PeerDesk suggests: {0}. Change it if you know better.").format(
                    self.summary.suggested
                )
            )
            self.view.setHtml(self.summary.html.text)
        for widget in (self.save_button, self.recommendation, self.note):
            widget.setEnabled(self.summary is not None)

    def save(self) -> Path | None:
        """Write it as PDF, HTML or Markdown (by the file name)."""
        if self.summary is None:
            return None
        suggested = self.impact.workspace.path.parent / f"{self.program.currentText()}-end-of-pilot.pdf"
        path = prompts.choose_save_path(
            self, self.tr("End-of-Pilot Report"), "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)", suggested
        )
        if path is None:
            return None
        try:
            if path.suffix.lower() == ".md":
                write_bytes_atomically(path, self.summary.markdown.encode("utf-8"))
            else:
                from peerdesk.printing.output import write_rendered

                write_rendered(self.summary.html, path)
        except (OSError, ValueError, TemplateProblem) as exc:
            prompts.show_error(self, self.tr("End-of-Pilot Report"), str(exc))
            return None
        return path


class CompareDialog(QDialog):
    """Two programs (or one and the time before it) side by side, with Save."""

    def __init__(self, impact: Impact, programs: list[Program], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare Pilots"))
        self.impact = impact
        self.comparison: Comparison | None = None
        self.first = QComboBox()
        self.first.setObjectName("compare_first")
        self.second = QComboBox()
        self.second.setObjectName("compare_second")
        self.second.addItem(self.tr("Before the pilot (its baseline)"), None)
        for p in programs:
            self.first.addItem(p.name, p.id)
            self.second.addItem(p.name, p.id)
        self.first.setCurrentIndex(max(self.first.count() - 1, 0))
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("The two pilots side by side"))
        self.first.setAccessibleName(self.tr("First pilot"))
        self.second.setAccessibleName(self.tr("Second pilot"))
        self.table.setObjectName("compare_table")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("&Save..."))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.close)
        pick = QHBoxLayout()
        pick.addWidget(self.first, 1)
        pick.addWidget(QLabel(self.tr("beside")))
        pick.addWidget(self.second, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(self.tr("Hover a measure for how it is counted (the same words as the report)."))
        )
        layout.addLayout(_buttons(self.save_button, close))
        self.resize(900, 560)
        self.first.currentIndexChanged.connect(self.refresh)
        self.second.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Compute both sides and fill the table."""
        programs = {p.id: p for p in self.impact.schedule.list_programs()}
        first = programs.get(self.first.currentData())
        second = programs.get(self.second.currentData())
        self.comparison = compare_programs(self.impact, first, second) if first is not None else None
        rows = self.comparison.rows if self.comparison else ()
        self.table.setRowCount(len(rows))
        if self.comparison:
            self.table.setHorizontalHeaderLabels(
                [self.tr("Measure"), self.comparison.left, self.comparison.right]
            )
        for r, row in enumerate(rows):
            for c, value in enumerate((row.name, row.left, row.right)):
                item = QTableWidgetItem(value)
                item.setToolTip(row.definition)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 300)
        self.table.resizeRowsToContents()
        self.save_button.setEnabled(self.comparison is not None)

    def save(self) -> Path | None:
        """Write it as PDF, HTML or Markdown (by the file name)."""
        if self.comparison is None:
            return None
        suggested = self.impact.workspace.path.parent / "comparison.pdf"
        path = prompts.choose_save_path(
            self, self.tr("Compare Pilots"), "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)", suggested
        )
        if path is None:
            return None
        try:
            if path.suffix.lower() == ".md":
                write_bytes_atomically(path, self.comparison.markdown().encode("utf-8"))
            else:
                from peerdesk.printing.output import write_rendered

                write_rendered(self.comparison.rendered(), path)
        except (OSError, ValueError, TemplateProblem) as exc:
            prompts.show_error(self, self.tr("Compare Pilots"), str(exc))
            return None
        return path
