"""The first start: who the lead is, then the demo, their own roster, or an empty workspace.

Invites go out in the organizer's name, holidays depend on the country and "today"
on the timezone, so PeerDesk asks once (the same fields are in Edit > Preferences)
instead of guessing from whoever sorts first on the roster.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.preferences_dialog import (
    Preferences,
    load_preferences,
    preference_problems,
    save_preferences,
    system_timezone,
)
from peerdesk.ui.widgets.timezone_field import TimezoneField

FIRST_RUN_KEY = "first_run_done"
CHOICES = ("demo", "import", "empty")


def is_first_run(settings: QSettings) -> bool:
    """True until the lead has answered (or closed) the welcome once."""
    return not settings.value(FIRST_RUN_KEY, False, type=bool)


class WelcomeDialog(QDialog):
    """Asks for the lead's name, email, timezone and holiday country; then one of three starts."""

    def __init__(self, settings: QSettings, on_choice: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Welcome to PeerDesk"))
        self._settings, self._on_choice = settings, on_choice
        prefs = load_preferences(settings)
        intro = QLabel(
            self.tr(
                "<p><b>PeerDesk plans peer-to-peer learning for your team</b>: who can teach what, "
                "matched pairs, a 6-8 week pilot of short weekly sessions, invites, printouts and "
                "a report for leadership. Everything stays in one file on this computer.</p>"
                "<p>First, who are you? Invites go out in your name, and your timezone and "
                "country decide what \u201ctoday\u201d and public holidays are. You can change "
                "this later in <b>Edit &gt; Preferences</b>.</p>"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(prefs.name)
        self.email = QLineEdit(prefs.email)
        self.email.setPlaceholderText(self.tr("the organizer of your pilots' invites"))
        self.timezone = TimezoneField(prefs.timezone or system_timezone())
        self.country = QLineEdit(prefs.country)
        self.country.setPlaceholderText(self.tr("country[-region], e.g. DE-BY, US-CA, GB"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("Your &email"), self.email)
        form.addRow(self.tr("Your &timezone"), self.timezone)
        form.addRow(self.tr("Public &holidays"), self.country)
        self.problems = QLabel()
        self.problems.setObjectName("welcome_problems")
        self.problems.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the &Demo"))
        self.demo_button.setToolTip(self.tr("A made-up team three weeks into a pilot, in a copy of its own"))
        self.import_button = QPushButton(self.tr("&Import My Roster..."))
        self.import_button.setToolTip(
            self.tr(
                "A CSV file with a name and an email per row (File > Open Templates Folder has a template)"
            )
        )
        self.empty_button = QPushButton(self.tr("&Start Empty"))
        self.empty_button.setToolTip(self.tr("Add people one by one with Roster > Add Person"))
        self.import_button.setDefault(True)
        for button, choice in (
            (self.demo_button, "demo"),
            (self.import_button, "import"),
            (self.empty_button, "empty"),
        ):
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(560, 420)

    def preferences(self) -> Preferences:
        """The lead's answers over the preferences already saved (paper, working days...)."""
        prefs = load_preferences(self._settings)
        return Preferences(
            name=" ".join(self.name.text().split()),
            email=self.email.text().strip().lower(),
            timezone=self.timezone.currentText().strip(),
            country=self.country.text().strip().upper(),
            paper=prefs.paper,
            working_days=prefs.working_days,
            colour_by=prefs.colour_by,
        )

    def choose(self, choice: str) -> bool:
        """Save the answers and start as chosen; False (and a message) if an answer is wrong."""
        prefs = self.preferences()
        problems = preference_problems(prefs)
        self.problems.setText("\n".join(problems))
        if problems:
            return False
        save_preferences(self._settings, prefs)
        self._settings.setValue(FIRST_RUN_KEY, True)
        self.accept()
        self._on_choice(choice)
        return True

    def reject(self) -> None:
        """Closing the welcome is "start empty": it is not asked again (Preferences has the fields)."""
        self._settings.setValue(FIRST_RUN_KEY, True)
        super().reject()
