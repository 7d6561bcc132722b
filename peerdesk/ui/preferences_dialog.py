"""Preferences: who I am, my timezone, paper size, working days and how the week view colours blocks.

Kept in QSettings (per user, not in the workspace file): New Pilot starts
from them, the week view shows its grid in my timezone, and Apply to
Schedule places meetings on my working days.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk import clock, i18n
from peerdesk.domain import WEEKDAYS, is_valid_email, is_valid_timezone, timezone_problem
from peerdesk.i18n import LANGUAGES
from peerdesk.schedule.holidays import calendar_problem
from peerdesk.ui import theme, translation
from peerdesk.ui.widgets.timezone_field import TimezoneField

PAPER_SIZES = ("A4", "Letter")
COLOUR_BY = ("program", "format")


def system_timezone() -> str:
    """The computer's IANA timezone, or UTC when it has none Python knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return name if is_valid_timezone(name) else "UTC"


@dataclass(frozen=True)
class Preferences:
    """The lead's own settings."""

    name: str = ""
    email: str = ""
    timezone: str = ""
    country: str = ""  # public holidays, e.g. DE-BY: the default for new pilots
    paper: str = "A4"
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    colour_by: str = "program"

    def zone(self) -> str:
        """My timezone, or the system's when none is set."""
        return self.timezone if is_valid_timezone(self.timezone) else system_timezone()


def _locale_paper() -> str:
    """Letter where the locale measures in US units, A4 everywhere else."""
    from PySide6.QtCore import QLocale

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def load_preferences(settings: QSettings) -> Preferences:
    """Read the preferences, falling back to defaults for anything missing or broken."""
    days_text = str(settings.value("preferences/working_days", "0,1,2,3,4") or "")
    days = tuple(sorted({int(d) for d in days_text.split(",") if d.strip().isdigit() and int(d) < 7}))
    paper = str(settings.value("preferences/paper", "") or "") or _locale_paper()
    colour_by = str(settings.value("preferences/colour_by", "program") or "program")
    return Preferences(
        name=str(settings.value("preferences/name", "") or ""),
        email=str(settings.value("preferences/email", "") or "").strip().lower(),
        timezone=str(settings.value("preferences/timezone", "") or ""),
        country=str(settings.value("preferences/country", "") or "").strip().upper(),
        paper=paper if paper in PAPER_SIZES else "A4",
        working_days=days or (0, 1, 2, 3, 4),
        colour_by=colour_by if colour_by in COLOUR_BY else "program",
    )


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    """Write the preferences."""
    settings.setValue("preferences/name", prefs.name)
    settings.setValue("preferences/email", prefs.email)
    settings.setValue("preferences/timezone", prefs.timezone)
    settings.setValue("preferences/country", prefs.country)
    settings.setValue("preferences/paper", prefs.paper)
    settings.setValue("preferences/working_days", ",".join(str(d) for d in prefs.working_days))
    settings.setValue("preferences/colour_by", prefs.colour_by)
    settings.sync()
    clock.set_zone(prefs.zone())  # "today" is the day in my timezone from now on


def preference_problems(prefs: Preferences) -> list[str]:
    """What is wrong with the preferences, one sentence each."""
    problems = []
    if prefs.email and not is_valid_email(prefs.email):
        message = QCoreApplication.translate("PreferencesDialog", "'{0}' is not a valid email address")
        problems.append(message.format(prefs.email))
    if prefs.timezone and (problem := timezone_problem(prefs.timezone)):
        problems.append(problem)
    if prefs.country and (problem := calendar_problem(prefs.country)):
        problems.append(problem)
    if not prefs.working_days:
        problems.append(QCoreApplication.translate("PreferencesDialog", "pick at least one working day"))
    return problems


class PreferencesDialog(QDialog):
    """Edit the preferences; OK saves them and calls `on_saved`."""

    def __init__(
        self, settings: QSettings, on_saved: Callable[[Preferences], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings, self._on_saved = settings, on_saved
        prefs = load_preferences(settings)
        self.name = QLineEdit(prefs.name)
        self.name.setAccessibleName(self.tr("My name"))
        self.email = QLineEdit(prefs.email)
        self.email.setAccessibleName(self.tr("My email"))
        self.email.setPlaceholderText(self.tr("the organizer of my pilots' invites"))
        self.timezone = TimezoneField(prefs.timezone or system_timezone())
        self.timezone.setAccessibleName(self.tr("My timezone"))
        self.country = QLineEdit(prefs.country)
        self.country.setAccessibleName(self.tr("My country for public holidays"))
        self.country.setPlaceholderText(self.tr("country[-region], e.g. DE-BY, US-CA, GB"))
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setCurrentText(prefs.paper)
        self.days: list[QCheckBox] = []
        days = QHBoxLayout()
        for number in range(len(WEEKDAYS)):
            box = QCheckBox(QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(number in prefs.working_days)
            self.days.append(box)
            days.addWidget(box)
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("program"), "program")
        self.colour_by.addItem(self.tr("format"), "format")
        self.colour_by.setCurrentIndex(COLOUR_BY.index(prefs.colour_by))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            self.tr("As this computer ({0})").format(LANGUAGES.get(i18n.system_language(), i18n.PSEUDO)), ""
        )
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.addItem(self.tr("Pseudo-locale (to check translations)"), i18n.PSEUDO)
        stored = i18n.normalise(str(settings.value(translation.SETTING, "") or ""))
        self.language.setCurrentIndex(max(0, self.language.findData(stored)))
        self.language_note = QLabel()
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("My &name"), self.name)
        form.addRow(self.tr("My &email"), self.email)
        form.addRow(self.tr("My &timezone"), self.timezone)
        form.addRow(self.tr("Public &holidays"), self.country)
        form.addRow(self.tr("&Paper size"), self.paper)
        form.addRow(self.tr("Working days"), days)
        form.addRow(self.tr("Week view &colours by"), self.colour_by)
        # the calendar account Publish to Calendar starts from (the password goes to the keychain)
        self.calendar_url = QLineEdit(str(settings.value("publish/url", "") or ""))
        self.calendar_url.setObjectName("calendar_url")
        self.calendar_url.setPlaceholderText(self.tr("https://cloud.example.com/remote.php/dav/"))
        self.calendar_user = QLineEdit(str(settings.value("publish/user", "") or ""))
        self.calendar_user.setObjectName("calendar_user")
        self.calendar_password = QLineEdit()
        self.calendar_password.setObjectName("calendar_password")
        self.calendar_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.calendar_password.setPlaceholderText(
            self.tr("kept in this computer's keychain, never in the workspace")
        )
        calendars = QGroupBox(self.tr("Calendar server (for Schedule > Publish to Calendar)"))
        account = QFormLayout(calendars)
        account.addRow(self.tr("&Server address"), self.calendar_url)
        account.addRow(self.tr("&User"), self.calendar_user)
        account.addRow(self.tr("Pass&word or app password"), self.calendar_password)
        self.problems = QLabel()
        theme.tint(self.problems, "error")
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(calendars)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def preferences(self) -> Preferences:
        """The preferences the fields describe."""
        return Preferences(
            name=self.name.text().strip(),
            email=self.email.text().strip().lower(),
            timezone=self.timezone.currentText().strip(),
            country=self.country.text().strip().upper(),
            paper=self.paper.currentText(),
            working_days=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            colour_by=self.colour_by.currentData(),
        )

    def try_accept(self) -> None:
        """Save and close, or say what is wrong."""
        prefs = self.preferences()
        problems = preference_problems(prefs)
        self.problems.setText("\n".join(problems))
        if problems:
            return
        if not self._save_calendar_account():
            return
        self._settings.setValue(translation.SETTING, self.language.currentData())
        save_preferences(self._settings, prefs)
        self._on_saved(prefs)
        self.accept()

    def _language_changed(self) -> None:
        """Say when the chosen language differs from the window's: it applies at the next start."""
        chosen = self.language.currentData() or i18n.system_language()
        self.language_note.setText(
            self.tr("PeerDesk speaks {0} from its next start.").format(self.language.currentText())
            if chosen != i18n.current()
            else ""
        )
        self.language_note.setVisible(chosen != i18n.current())

    def _save_calendar_account(self) -> bool:
        """Remember the calendar server and user; a typed password goes to the keychain."""
        from peerdesk.publishing.client import PublishError, check_url
        from peerdesk.publishing.credentials import store_password

        url, user = self.calendar_url.text().strip(), self.calendar_user.text().strip()
        if not url and not user:
            return True
        try:
            url = check_url(url)
            if self.calendar_password.text():
                if not user:
                    raise PublishError(self.tr("Enter the user name that goes with the password."))
                store_password(url, user, self.calendar_password.text())
        except PublishError as exc:
            self.problems.setText(str(exc))
            self.calendar_url.setFocus()
            return False
        except Exception as exc:  # a keychain that fails in a way keyring itself does not catch
            self.problems.setText(
                self.tr(
                    "The password could not be kept in this computer's keychain ({0}); "
                    "type it when you publish."
                ).format(exc)
            )
            return False
        self._settings.setValue("publish/url", url)
        self._settings.setValue("publish/user", user)
        return True
