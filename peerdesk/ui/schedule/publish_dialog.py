"""Schedule > Publish to Calendar: account, calendar, progress, conflicts and certificates.

The server address and user name are remembered in QSettings; the password
goes to the operating system's keychain (keyring), never to the workspace or
the settings. Talking to the server happens in a worker thread; the workspace
is read before and written after, on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import Program
from peerdesk.publishing.client import CalDavConnection, PublishError, check_url
from peerdesk.publishing.credentials import store_password, stored_password
from peerdesk.publishing.service import (
    Outcome,
    Prepared,
    Publisher,
    execute,
    find_or_create_calendar,
    plan_publish,
)
from peerdesk.publishing.trust import fetch_certificate, fingerprint, trust_certificate, verification
from peerdesk.storage import Workspace
from peerdesk.ui import prompts, theme


class _Worker(QThread):
    """Runs one network job off the window's thread; reports progress and the result (or the error)."""

    progressed = Signal(int, int, str)
    finished_with = Signal(object)

    def __init__(self, job: Callable[[Callable[[int, int, str], None]], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        """QThread's entry point: run the job, hand back its result or its error."""
        try:
            result = self._job(self.progressed.emit)
        except Exception as exc:  # every error is shown in the dialog, none is lost
            result = exc
        self.finished_with.emit(result)


class PublishDialog(QDialog):
    """Publishes one program to a CalDAV calendar and keeps it in step."""

    def __init__(
        self,
        workspace: Workspace,
        programs: list[Program],
        settings: QSettings,
        on_published: Callable[[], None],
        program_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(self.tr("Publish to Calendar"))
        self.workspace = workspace
        self.settings = settings
        self.on_published = on_published
        self.worker: _Worker | None = None
        self._stop = False
        self._conn: CalDavConnection | None = None
        self._prepared: Prepared | None = None
        self._pem = ""
        self._then: Callable[[Any], None] = lambda _result: None

        self.program = QComboBox()
        for p in programs:
            self.program.addItem(p.name, p.id)
        if program_id is not None:
            self.program.setCurrentIndex(max(self.program.findData(program_id), 0))
        self.url = QLineEdit(str(settings.value("publish/url", "") or ""))
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav/")
        self.url.setAccessibleName(self.tr("Server or calendar address"))
        self.user = QLineEdit(str(settings.value("publish/user", "") or ""))
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password or app password"))
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keychain"))
        self.remember.setChecked(True)
        self.calendar = QComboBox()
        self.calendar.setEditable(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setToolTip(self.tr("Pick one of your calendars, or type a new name to create it"))
        self.find = QPushButton(self.tr("&Find Calendars"))
        self.find.clicked.connect(self.find_calendars)
        row = QHBoxLayout()
        row.addWidget(self.calendar, 1)
        row.addWidget(self.find)
        form = QFormLayout()
        form.addRow(self.tr("&Program"), self.program)
        form.addRow(self.tr("&Server or calendar address"), self.url)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow("", self.remember)
        calendar_label = QLabel(self.tr("&Calendar"))
        calendar_label.setBuddy(self.calendar)
        form.addRow(calendar_label, row)
        note = QLabel(
            self.tr(
                "Paste a calendar's own address (from Nextcloud or Radicale) to publish into it, or the "
                "server's address and pick or name a calendar. Nextcloud, Fastmail and iCloud need an app "
                "password. Publishing again updates only what changed; events others added are never touched."
            )
        )
        note.setWordWrap(True)

        self.certificate = QWidget()
        cert_layout = QHBoxLayout(self.certificate)
        cert_layout.setContentsMargins(0, 0, 0, 0)
        self.certificate_text = QLabel()
        self.certificate_text.setWordWrap(True)
        self.certificate_text.setTextInteractionFlags(self.certificate_text.textInteractionFlags())
        self.trust = QPushButton(self.tr("&Trust This Certificate"))
        self.trust.clicked.connect(self.trust_and_publish)
        cert_layout.addWidget(self.certificate_text, 1)
        cert_layout.addWidget(self.trust)
        self.certificate.hide()

        self.conflicts = QWidget()
        conflict_layout = QVBoxLayout(self.conflicts)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Keep &Mine (overwrite their change)"))
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs (leave their version)"))
        self.keep_mine.clicked.connect(lambda: self._plan_and_run("mine"))
        self.skip = QPushButton(self.tr("&Skip Them (publish the rest)"))
        self.keep_theirs.clicked.connect(lambda: self._plan_and_run("theirs"))
        self.skip.clicked.connect(lambda: self._plan_and_run("skip"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.keep_mine)
        buttons_row.addWidget(self.keep_theirs)
        buttons_row.addWidget(self.skip)
        buttons_row.addStretch(1)
        conflict_layout.addWidget(self.conflict_text)
        conflict_layout.addLayout(buttons_row)
        self.conflicts.hide()

        self.progress = QProgressBar()
        self.progress.setObjectName("publish_progress")
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("publish_message")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = box.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        self.cancel_button = box.addButton(self.tr("S&top"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self._request_stop)
        self.cancel_button.hide()
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.certificate)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(box)
        self.program.currentIndexChanged.connect(self._default_calendar)
        self._default_calendar()
        for field in (self.url, self.user):
            field.editingFinished.connect(self._show_keychain)
        self._show_keychain()
        self.resize(660, 420)

    # -- helpers -------------------------------------------------------------------

    def _default_calendar(self) -> None:
        if not self.calendar.currentText().strip() or self.calendar.count() == 0:
            self.calendar.setEditText(self.program.currentText())

    def _show_keychain(self) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        kept = bool(url and user and self._kept_password(url, user))
        self.password.setPlaceholderText(self.tr("kept in your keychain") if kept else "")

    def _kept_password(self, url: str, user: str) -> str | None:
        """The keychain's password, or None with a note kept when the keychain fails (type it instead)."""
        self._keychain_problem = ""
        try:
            return stored_password(url, user)
        except Exception as exc:  # a keychain misconfigured in a way keyring itself does not catch
            self._keychain_problem = self.tr("This computer's keychain could not be read ({0}).").format(exc)
            self._say(self._keychain_problem + " " + self.tr("Type the password."), problem=True)
            return None

    def _say(self, text: str, problem: bool = False) -> None:
        theme.tint(self.message, "error" if problem else None)
        self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        buttons = (self.publish_button, self.find, self.keep_mine, self.keep_theirs, self.skip, self.trust)
        for widget in buttons:
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy)

    def _run(self, job: Callable[..., Any], then: Callable[[Any], None]) -> None:
        self._busy(True)
        self._stop = False
        if self._conn is not None:
            self._conn.begin_run()  # the run's deadline counts from here, not from the last click
        self._then = then
        self.worker = _Worker(job, self)
        # bound methods of this dialog: Qt queues the calls to the window's thread
        self.worker.progressed.connect(self._progressed)
        self.worker.finished_with.connect(self._finished)
        self.worker.start()

    def _finished(self, result: Any) -> None:
        if self.worker is not None:
            self.worker.wait()
        self._busy(False)
        then = self._then
        if isinstance(result, PublishError):
            self._failed(result)
        elif isinstance(result, Exception):
            self._failed(PublishError(f"publishing stopped: {result}"))
        else:
            then(result)

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m"))
        if label:
            self._say(self.tr("Publishing {0}...").format(label))

    def _request_stop(self) -> None:
        self._stop = True
        self._say(self.tr("Stopping..."))

    def _account(self) -> tuple[str, str, str] | None:
        try:
            url = check_url(self.url.text())
        except PublishError as exc:
            self._say(str(exc), problem=True)
            self.url.setFocus()
            return None
        user = self.user.text().strip()
        if not user:
            self._say(self.tr("Enter your user name on the calendar server."), problem=True)
            self.user.setFocus()
            return None
        password = self.password.text() or self._kept_password(url, user) or ""
        if not password:
            note = getattr(self, "_keychain_problem", "")
            self._say(
                f"{note} " * bool(note)
                + self.tr("Enter the password (or app password) for {0}.").format(user),
                problem=True,
            )
            self.password.setFocus()
            return None
        self.settings.setValue("publish/url", url)
        self.settings.setValue("publish/user", user)  # never the password: that goes to the keychain
        if self.password.text() and self.remember.isChecked():
            try:
                store_password(url, user, password)
            except Exception as exc:  # PublishError, or a keychain that fails its own way
                prompts.show_info(self, self.tr("Publish to Calendar"), str(exc))
        return url, user, password

    def _connection(self, url: str, user: str, password: str) -> CalDavConnection:
        if self._conn is not None:
            self._conn.close()
        self._conn = CalDavConnection(url, user, password, verify=verification(url))
        self._conn.should_stop = lambda: self._stop  # Stop cuts the exchange under way (within 0.1 s)
        return self._conn

    # -- finding calendars ---------------------------------------------------------------

    def find_calendars(self) -> None:
        """List the account's calendars in the Calendar box (in the background)."""
        account = self._account()
        if account is None:
            return
        conn = self._connection(*account)
        self._say(self.tr("Looking for your calendars..."))
        self._run(lambda _progress: conn.calendars(), self._show_calendars)

    def _show_calendars(self, calendars: list[Any]) -> None:
        typed = self.calendar.currentText()
        self.calendar.clear()
        for calendar in calendars:
            self.calendar.addItem(calendar.name, calendar.url)
        index = self.calendar.findText(typed)
        if index >= 0:
            self.calendar.setCurrentIndex(index)
        else:
            self.calendar.setEditText(typed)
        self._say(
            self.tr("Found {0}. Pick one, or type a new name to create it.").format(
                self.tr("%n calendar(s)", "", len(calendars))
            )
        )

    # -- publishing ----------------------------------------------------------------------

    def publish(self) -> None:
        """Find or create the calendar, then publish (network in the background)."""
        account = self._account()
        if account is None:
            return
        url, _user, _password = account
        conn = self._connection(*account)
        name = self.calendar.currentText().strip() or self.program.currentText()
        self.certificate.hide()
        self.conflicts.hide()
        self._stop = False
        self._say(self.tr("Connecting to {0}...").format(url))
        # a calendar picked from the list is used by its own address (two may share a name)
        index = self.calendar.findText(name)
        target = (self.calendar.itemData(index) if index >= 0 else None) or url
        self._run(lambda _progress: find_or_create_calendar(conn, target, name), self._calendar_found)

    def _calendar_found(self, calendar: Any) -> None:
        program = Publisher(self.workspace).schedule.programs.get(self.program.currentData())
        if program is None or self._conn is None:
            return
        self._prepared = Publisher(self.workspace).prepare(program, calendar, self._conn.user)
        self._plan_and_run(None)

    def _plan_and_run(self, keep: str | None) -> None:
        """Plan and publish; `keep` settles conflicts: "mine", "theirs", "skip" (leave them) or None (ask)."""
        prepared, conn = self._prepared, self._conn
        if prepared is None or conn is None:
            return
        self.conflicts.hide()

        def job(progress: Callable[[int, int, str], None]) -> tuple[Any, Outcome | None]:
            plan = plan_publish(prepared, conn, None if keep == "skip" else keep)
            if plan.conflicts and keep is None:
                return plan, None
            return plan, execute(plan, conn, progress, lambda: self._stop)

        self._run(job, self._done)

    def _done(self, result: tuple[Any, Outcome | None]) -> None:
        plan, outcome = result
        prepared = self._prepared
        assert prepared is not None
        if outcome is None:
            self.conflict_text.setText(
                self.tr(
                    "These events in the calendar are not what this workspace last published there:\n{0}\n"
                    "Whose version to keep?"
                ).format("\n".join(f"\u2022 {c.describe()}" for c in plan.conflicts))
            )
            self.conflicts.show()
            self._say(self.tr("Nothing was published yet."), problem=True)
            return
        publisher = Publisher(self.workspace)
        publisher.record(prepared, plan, outcome)
        self.on_published()
        done = len(outcome.saved) + len(outcome.removed)
        where = prepared.calendar.name
        if outcome.error is not None:
            self._failed(outcome.error, done)
            return
        problems = outcome.refused + [c.describe() for c in outcome.conflicts]
        if outcome.stopped:
            problems.append(self.tr("stopped on request; publish again to finish"))
        if problems:
            self._say(
                self.tr("Published {0} to '{1}', but:\n{2}").format(
                    self.tr("%n change(s)", "", done), where, "\n".join(problems)
                ),
                problem=True,
            )
            return
        self.progress.setValue(self.progress.maximum())
        answered = len(publisher.answers.stored)
        self._say(
            self.tr("Published {0} to '{1}': {2}.").format(prepared.program.name, where, plan.summary())
            + (
                self.tr(" %n answer(s) from attendees read from the calendar.", "", answered)
                if answered
                else ""
            )
        )

    def _failed(self, error: PublishError, done: int = 0) -> None:
        kept = (
            self.tr("{0} reached the calendar before this and are recorded; publish again to finish.").format(
                self.tr("%n change(s)", "", done)
            )
            if done
            else self.tr("Nothing in your workspace was changed.")
        )
        self._say(f"{error}\n{kept}", problem=True)
        if error.kind == "certificate":
            url = self.url.text().strip()
            self._run(lambda _progress: fetch_certificate(url), self._show_certificate)

    def _show_certificate(self, pem: str) -> None:
        self._pem = pem
        self.certificate_text.setText(
            self.tr(
                "This server's certificate is not signed by an authority this computer knows. Trust it "
                "only if your administrator confirms this fingerprint (SHA-256):\n{0}"
            ).format(fingerprint(pem))
        )
        self.certificate.show()

    def trust_and_publish(self) -> None:
        """Remember the server's own certificate as trusted, then publish again."""
        if self._pem:
            trust_certificate(self.url.text().strip(), self._pem)
            self.certificate.hide()
            self.publish()

    def done(self, result: int) -> None:
        """Close, after the worker (asked to stop) has finished and the connection is closed."""
        self._stop = True
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait(30000)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        super().done(result)


def open_publish_dialog(window: Any) -> PublishDialog | None:
    """Open the dialog from the main window, on the program chosen in the Schedule tab."""
    programs = window.schedule.list_programs()
    if not programs:
        prompts.show_info(
            window, window.tr("Publish to Calendar"), window.tr("There is no program to publish yet.")
        )
        return None
    chosen = window.schedule_tab.program.currentData()
    dialog = PublishDialog(
        window.workspace,
        programs,
        window.settings,
        window.refresh,
        program_id=int(chosen) if chosen else None,
        parent=window,
    )
    window.dialog = dialog
    dialog.open()
    return dialog
