"""The Print dialog: pick a printout, see it, then print, preview, or export PDF or HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.collation import sort_key
from peerdesk.domain import Format, Person, Program, Session
from peerdesk.printing.paint.pdf import (
    html_for_export,
    locale_page_size,
    make_document,
    paint_pages,
    write_pdf,
)
from peerdesk.printing.printouts import PrintoutError, Printouts
from peerdesk.printing.templates import Rendered, TemplateProblem
from peerdesk.storage import WorkspaceError, check_output_path
from peerdesk.ui import dates, prompts, theme

KINDS = (
    ("agenda", "Session agenda"),
    ("sign-in", "Sign-in sheet"),
    ("feedback-form", "Feedback slips (anonymous, to cut)"),
    ("follow-up", "Follow-up note (Markdown)"),
    ("guide", "Facilitator guide"),
    ("handout", "Program handout"),
    ("kickoff", "Kickoff one-pager for leadership"),
    ("calendar", "Pilot calendar (month grid)"),
    ("skip-slip", "Skip slip (before a matching round)"),
    ("how-chosen", "How these pairs were chosen (latest pairs or mentor run)"),
    ("record", "Learning record (one person)"),
    ("certificate", "Certificate of participation (one person)"),
    ("thank-you", "Thank-you card for a facilitator"),
)
NEEDS = {
    "agenda": "session",
    "sign-in": "session",
    "feedback-form": "session",
    "follow-up": "session",
    "guide": "format",
    "handout": "program",
    "kickoff": "program",
    "calendar": "program",
    "skip-slip": "program",
    "how-chosen": "program",
    "record": "person",
    "certificate": "person",
    "thank-you": "person",
}


class PrintDialog(QDialog):
    """Shows the chosen printout as it will print; all outputs come from the same rendering."""

    def __init__(
        self,
        printouts: Printouts,
        sessions: list[Session],
        formats: list[Format],
        programs: list[Program],
        *,
        kind: str = "agenda",
        session_id: int | None = None,
        people: list[Person] | None = None,
        person: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog")
        self.setWindowTitle(self.tr("Print"))
        self._printouts = printouts
        self.rendered: Rendered | None = None
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.session = QComboBox()
        for s in sessions:
            mark = {"skipped": self.tr(" (skipped)"), "cancelled": self.tr(" (cancelled)")}.get(s.status, "")
            self.session.addItem(
                f"{dates.day(s.start)}, {dates.time_text(s.start)} \u2013 {s.title}{mark}", s.id
            )
        self.format = QComboBox()
        for f in formats:
            self.format.addItem(f.name, f.key)
        self.program = QComboBox()
        for p in programs:
            self.program.addItem(p.name, p.name)
        self.person = QComboBox()
        for someone in sorted(people or [], key=lambda x: sort_key(x.name)):
            self.person.addItem(someone.name, someone.email)
        if person:
            self.person.setCurrentIndex(max(self.person.findData(person), 0))
        self.page = QComboBox()
        self.page.addItem("A4", QPageSize.PageSizeId.A4)
        self.page.addItem("US Letter", QPageSize.PageSizeId.Letter)
        self.page.setCurrentIndex(self.page.findData(locale_page_size()))
        form = QFormLayout()
        form.addRow(self.tr("Doc&ument"), self.kind)
        form.addRow(self.tr("&Session"), self.session)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("P&rogram"), self.program)
        form.addRow(self.tr("P&erson"), self.person)
        form.addRow(self.tr("P&aper"), self.page)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setObjectName("print_view")
        self.problem = QLabel()
        self.problem.setObjectName("print_problem")
        theme.tint(self.problem, "error")
        self.problem.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print..."))
        self.preview_button = QPushButton(self.tr("Print Pre&view..."))
        self.pdf_button = QPushButton(self.tr("Export P&DF..."))
        self.html_button = QPushButton(self.tr("Export &HTML..."))
        self.copy_button = QPushButton(self.tr("&Copy Text"))
        close = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.html_button.clicked.connect(lambda: self.export_html())
        self.copy_button.clicked.connect(self.copy_text)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.print_button,
            self.preview_button,
            self.pdf_button,
            self.html_button,
            self.copy_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(900, 820)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        if session_id is not None:
            self.session.setCurrentIndex(max(self.session.findData(session_id), 0))
        for combo in (self.kind, self.session, self.format, self.program, self.person):
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Render the chosen printout again and show it."""
        kind = self.kind.currentData()
        need = NEEDS[kind]
        self.session.setEnabled(need == "session")
        self.format.setEnabled(need == "format")
        self.program.setEnabled(need == "program")
        self.person.setEnabled(need == "person")
        try:
            self.rendered = self._printouts.render(
                kind,
                session_id=self.session.currentData() if need == "session" else None,
                format_key=self.format.currentData() if need == "format" else None,
                program=self.program.currentData() if need == "program" else None,
                person=self.person.currentData() if need == "person" else None,
            )
        except (PrintoutError, TemplateProblem) as exc:
            self.rendered = None
            self._say(str(exc), problem=True)
            self.view.clear()
        else:
            self._say("")
            if self.rendered.is_html:
                self.view.setHtml(self.rendered.text)
            else:
                self.view.setMarkdown(self.rendered.text)
        for button in (
            self.print_button,
            self.preview_button,
            self.pdf_button,
            self.html_button,
            self.copy_button,
        ):
            button.setEnabled(self.rendered is not None)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(self.page.currentData()))
        printer.setDocName(self.rendered.title if self.rendered else "PeerDesk")
        return printer

    def print_(self) -> None:
        """Print on a printer chosen in the system dialog."""
        if self.rendered is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: paint_pages(self.rendered, printer))  # type: ignore[arg-type]
        dialog.open()

    def preview(self) -> QPrintPreviewDialog | None:
        """Show the pages as they will print."""
        if self.rendered is None:
            return None
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda device: paint_pages(self.rendered, device))  # type: ignore[arg-type]
        dialog.open()
        return dialog

    def _suggested(self, suffix: str) -> Path:
        from peerdesk.schedule.invites import slug

        title = self.rendered.title if self.rendered else "printout"
        return Path.home() / f"{slug(title)}{suffix}"

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Write the printout as a PDF."""

        def write(target: Path) -> str:
            pages = write_pdf(self.rendered, target, self.page.currentData())  # type: ignore[arg-type]
            return self.tr("Wrote {0} ({1}).").format(target, self.tr("%n page(s)", "", pages))

        return self._export(self.tr("Export PDF"), "PDF files (*.pdf)", ".pdf", path, write)

    def export_html(self, path: Path | None = None) -> Path | None:
        """Write the printout as an HTML file."""
        from peerdesk.atomic import write_bytes_atomically

        def write(target: Path) -> str:
            write_bytes_atomically(target, html_for_export(self.rendered).encode("utf-8"))  # type: ignore[arg-type]
            return self.tr("Wrote {0}.").format(target)

        return self._export(self.tr("Export HTML"), "HTML files (*.html)", ".html", path, write)

    def _export(
        self, title: str, file_filter: str, suffix: str, path: Path | None, write: Callable[[Path], str]
    ) -> Path | None:
        """Ask where (unless given), write, and say what happened or why not."""
        if self.rendered is None:
            return None
        path = path or prompts.choose_save_path(self, title, file_filter, self._suggested(suffix))
        if path is None:
            return None
        try:
            check_output_path(path, self._printouts.workspace.path)
            message = write(path)
        except (OSError, WorkspaceError) as exc:
            prompts.show_error(self, title, self.tr("{0} was not written: {1}").format(path, exc))
            return None
        self._say(message)
        return path

    def copy_text(self) -> None:
        """Copy the printout's text (Markdown for follow-up notes) to paste into email or chat."""
        if self.rendered is not None:
            text = (
                self.rendered.text
                if not self.rendered.is_html
                else make_document(self.rendered).toPlainText()
            )
            QGuiApplication.clipboard().setText(text)
            self._say(self.tr("Copied to the clipboard."))

    def _say(self, text: str, *, problem: bool = False) -> None:
        """Show a message under the choices: problems in red, what was done in green."""
        theme.tint(self.problem, "error" if problem else "success")
        self.problem.setText(text)
