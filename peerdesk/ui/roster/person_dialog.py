"""The Add/Edit Person dialog: every field validated, errors shown beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.collation import sort_key
from peerdesk.domain import FieldError, LearnGoal, Person, TeachSkill
from peerdesk.roster.skill_text import (
    format_absences,
    format_availability,
    parse_absences,
    parse_availability,
)
from peerdesk.ui import theme
from peerdesk.ui.widgets.timezone_field import TimezoneField


class PersonDialog(QDialog):
    """Collects one person; `validate` returns the roster's verdict on it."""

    def __init__(
        self,
        person: Person | None,
        *,
        people: list[Person],
        skills: list[str],
        validate: Callable[[Person], list[FieldError]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = person
        self._validate = validate
        self.result_person: Person | None = None
        self.setWindowTitle(self.tr("Edit Person") if person else self.tr("Add Person"))
        self.setObjectName("person_dialog")
        self._errors: dict[str, QLabel] = {}

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@company.com")
        self.role = QLineEdit()
        self.role.setCompleter(QCompleter(sorted({p.role for p in people if p.role}), self.role))
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.addItems(sorted({p.team for p in people if p.team}))
        self.team.setMinimumContentsLength(24)
        self.manager = QComboBox()
        self.manager.addItem(self.tr("(no manager)"), None)
        own = person.email if person else None
        for p in sorted(people, key=lambda p: sort_key(p.name)):
            if p.email != own:
                self.manager.addItem(f"{p.name} <{p.email}>", p.email)
        self.timezone = TimezoneField()
        self.joined = QLineEdit()
        self.joined.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.active = QCheckBox(self.tr("Active (takes part in matching and programs)"))
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("e.g. Tue 10:00-12:00; Thu 14:00-16:00"))
        self.absences = QLineEdit()
        self.absences.setObjectName("person_absences")
        self.absences.setPlaceholderText(
            self.tr("e.g. 2026-03-10..2026-03-21 parental leave (reason private)")
        )
        self.absences.setToolTip(
            self.tr(
                "First..last day away, then an optional reason only you see; separate several with ';'. "
                "Matching and the sessions of those days leave them out, and they come back after."
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        from peerdesk.ui.roster.skill_editor import SkillListEditor

        self.teaches = SkillListEditor(skills, level_label=self.tr("Level 0-4"), optional_level=False)
        self.wants = SkillListEditor(skills, level_label=self.tr("Target"), optional_level=True)
        self.teaches.table.setAccessibleName(self.tr("Teaches: skills and levels"))
        self.wants.table.setAccessibleName(self.tr("Wants to learn: skills and target levels"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, label, widget in (
            ("name", self.tr("&Name"), self.name),
            ("email", self.tr("E&mail"), self.email),
            ("role", self.tr("&Role"), self.role),
            ("team", self.tr("&Team"), self.team),
            ("manager_email", self.tr("Mana&ger"), self.manager),
            ("timezone", self.tr("Time&zone"), self.timezone),
            ("joined", self.tr("&Joined"), self.joined),
            ("active", "", self.active),
            ("availability", self.tr("&Free weekly"), self.availability),
            ("absences", self.tr("Time &away"), self.absences),
        ):
            form.addRow(label, self._with_error(key, widget))
        skills_row = QHBoxLayout()
        skills_row.addWidget(self._titled(self.tr("Can teach"), self._with_error("teaches", self.teaches)))
        skills_row.addWidget(self._titled(self.tr("Wants to learn"), self._with_error("wants", self.wants)))
        form.addRow(skills_row)
        form.addRow(self.tr("N&otes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 640)
        self._load(person)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(widget)
        return box

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{key}")
        theme.tint(label, "error")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._errors[key] = label
        return box

    def _load(self, person: Person | None) -> None:
        p = person or Person(name="", email="", timezone="UTC")
        self.name.setText(p.name)
        self.email.setText(p.email)
        self.role.setText(p.role)
        self.team.setCurrentText(p.team)
        index = self.manager.findData(p.manager_email)
        self.manager.setCurrentIndex(max(index, 0))
        self.timezone.setCurrentText(p.timezone)
        self.joined.setText(p.joined.isoformat() if p.joined else "")
        self.active.setChecked(p.active)
        self.availability.setText(format_availability(p.availability))
        self.absences.setText(format_absences(p.absences))
        self.notes.setPlainText(p.notes)
        self.teaches.set_entries([(t.skill, t.level) for t in p.teaches])
        self.wants.set_entries([(w.skill, w.target) for w in p.wants])

    def error_text(self, key: str) -> str:
        """The message shown beside field `key` ('' when it is fine)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message)
        suggestion = self.timezone.suggestion()
        if suggestion and "timezone" in by_field:
            by_field["timezone"].append(self.tr("did you mean {0}? Pick it from the list").format(suggestion))
        for key, label in self._errors.items():
            messages = by_field.get(key)
            label.setText("; ".join(messages) if messages else "")
            label.setVisible(bool(messages))
        # grow to show every message in full (a wrapped label in a form is otherwise clipped)
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def collect(self) -> tuple[Person | None, list[FieldError]]:
        """The person the fields describe, or the errors that stop it."""
        errors: list[FieldError] = []
        joined = None
        if self.joined.text().strip():
            try:
                joined = date.fromisoformat(self.joined.text().strip())
            except ValueError:
                errors.append(
                    FieldError(
                        "joined",
                        self.tr("'{0}' is not a date like 2024-03-01").format(self.joined.text().strip()),
                    )
                )
        try:
            availability = parse_availability(self.availability.text())
        except ValueError as exc:
            errors.append(FieldError("availability", str(exc)))
            availability = ()
        try:
            absences = parse_absences(self.absences.text())
        except ValueError as exc:
            errors.append(FieldError("absences", str(exc)))
            absences = ()
        person = Person(
            id=self._original.id if self._original else None,
            name=self.name.text().strip(),
            email=self.email.text().strip().lower(),
            role=self.role.text().strip(),
            team=self.team.currentText().strip(),
            manager_email=self.manager.currentData(),
            timezone=self.timezone.currentText().strip(),
            joined=joined,
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            teaches=tuple(TeachSkill(s, lvl if lvl is not None else 0) for s, lvl in self.teaches.entries()),
            wants=tuple(LearnGoal(s, lvl) for s, lvl in self.wants.entries()),
            availability=availability,
            absences=absences,
        )
        errors.extend(self._validate(person))
        return (None if errors else person), errors

    def try_accept(self) -> None:
        """Accept only when every field is valid; otherwise show what is wrong."""
        person, errors = self.collect()
        self._show_errors(errors)
        if person is None:
            first = next((k for k in self._errors if not self._errors[k].isHidden()), None)
            widget = {
                "name": self.name,
                "email": self.email,
                "timezone": self.timezone,
                "joined": self.joined,
                "availability": self.availability,
                "absences": self.absences,
            }.get(first or "")
            if widget is not None:
                widget.setFocus()
            return
        self.result_person = person
        self.accept()
