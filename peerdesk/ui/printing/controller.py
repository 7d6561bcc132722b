"""The printing controller: the Print dialog (asked for from any tab) and the lead's templates folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from peerdesk import clock
from peerdesk.ui import prompts
from peerdesk.ui.context import WindowContext

if TYPE_CHECKING:  # opened on demand, so start-up does not load them
    from peerdesk.ui.printing.dialog import PrintDialog


class PrintController(QObject):
    """What the window does for printing; other tabs ask for it through the context."""

    def __init__(self, ctx: WindowContext, selected_session: Callable[[], int | None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._selected_session = selected_session
        ctx.print_requested.connect(self.open_print)

    def open_print(
        self, kind: str = "agenda", session_id: int | None = None, person: str | None = None
    ) -> PrintDialog:
        """Open the Print dialog (on the selected session, if any)."""
        from peerdesk.printing.printouts import Printouts
        from peerdesk.ui.printing.dialog import PrintDialog

        sessions = self.ctx.schedule.list_sessions()
        chosen = session_id or self._selected_session()
        if chosen is None:
            upcoming = [s for s in sessions if s.start.date() >= clock.today() and s.status == "planned"]
            chosen = upcoming[0].id if upcoming else (sessions[0].id if sessions else None)
        dialog = PrintDialog(
            Printouts(self.ctx.workspace),
            sessions,
            self.ctx.schedule.formats(),
            self.ctx.schedule.list_programs(),
            kind=kind,
            session_id=chosen,
            people=self.ctx.roster.people(),
            person=person,
            parent=self.ctx.window,
        )
        from peerdesk.ui.preferences_dialog import load_preferences

        paper = load_preferences(self.ctx.settings).paper  # Edit > Preferences, else the locale's
        dialog.page.setCurrentIndex(max(dialog.page.findText("US Letter" if paper == "Letter" else "A4"), 0))
        self.ctx.dialog = dialog
        dialog.show()
        return dialog

    def open_templates_folder(self) -> Path:
        """Open the lead's templates folder in the file manager."""
        from peerdesk.printing.templates import TemplateLibrary

        folder = TemplateLibrary().ensure_user_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.ctx.message(self.tr("Templates folder: {0}").format(folder), 10000)
        return folder

    def reset_templates(self) -> None:
        """Move the lead's own templates aside after confirmation."""

        def reset() -> None:
            from peerdesk.printing.templates import TemplateLibrary

            backup = TemplateLibrary().reset_to_builtin()
            self.ctx.message(
                self.tr("Built-in templates restored; yours are kept in {0}").format(backup)
                if backup
                else self.tr("You have no templates of your own; the built-in ones are in use."),
                10000,
            )

        self.ctx.dialog = prompts.confirm(
            self.ctx.window,
            self.tr("Reset templates"),
            self.tr(
                "Use PeerDesk's built-in templates again? Your own templates are moved to a backup "
                "folder beside them, not deleted."
            ),
            reset,
            yes_text=self.tr("Reset"),
        )
