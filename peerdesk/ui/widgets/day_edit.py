"""Date fields that take a date typed whole, as it reads on screen.

Qt's date editors edit section by section: typing "Mon 2026-11-16" over a selected
"Wed 2026-11-25" is rejected key by key, or lands on another day when the day name and
the date disagree. These fields accept the whole text in the form they show (the day
name optional and, when it disagrees, overruled by the date), and when the text left in
the field is not a date they put back the value from before the edit and say why in a
tooltip instead of silently keeping a half-typed day.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QToolTip

TYPED = re.compile(
    r"^\s*(?:[^\W\d_]{2,}\.?,?\s+)?"  # an optional day name ("Mon", "Mon.", "Montag,")
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?\s*$"
)
TYPING = re.compile(r"^[^\d]{0,12}[\d\s:-]{0,20}$")


def parse_typed(text: str, *, with_time: bool) -> tuple[date, tuple[int, int] | None] | None:
    """The day (and time, when the field has one) in `text`, or None when it is not a real one."""
    found = TYPED.match(text)
    if not found or (found["hh"] is not None) != with_time:
        return None
    try:
        day = date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None
    if not with_time:
        return day, None
    hour, minute = int(found["hh"]), int(found["mm"])
    if hour > 23 or minute > 59:
        return None
    return day, (hour, minute)


class _TypedDates:
    """What both date fields share: validation of the whole text and the refusal message."""

    _with_time = False

    def _setup_typed(self) -> None:
        self._before: QDateTime | None = None
        self.refused = ""

    def validate(self, text: str, pos: int) -> object:
        if parse_typed(text, with_time=self._with_time) is not None:
            return QValidator.State.Acceptable, text, pos
        if TYPING.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        parsed = parse_typed(text, with_time=self._with_time)
        if parsed is None:
            return self.dateTime()  # type: ignore[attr-defined]
        day, hm = parsed
        time = QTime(*hm) if hm else self.time()  # type: ignore[attr-defined]
        return QDateTime(QDate(day.year, day.month, day.day), time)

    def fixup(self, text: str) -> str:
        return text

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._before = self.dateTime()  # type: ignore[attr-defined]
        super().focusInEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        text = self.lineEdit().text()  # type: ignore[attr-defined]
        if parse_typed(text, with_time=self._with_time) is None and self._before is not None:
            self.refuse(text)
        else:
            self.refused = ""
        super().focusOutEvent(event)  # type: ignore[misc]

    def refuse(self, text: str) -> None:
        """Put back the value from before the edit and say what was wrong with `text`."""
        example = "Mon 2026-11-16 09:30" if self._with_time else "Mon 2026-11-16"
        self.refused = self.tr(  # type: ignore[attr-defined]
            "“{text}” is not a date PeerDesk can read: type it as {example} (the day name may be left out)."
        ).format(text=text.strip()[:40], example=example)
        self.setDateTime(self._before)  # type: ignore[attr-defined]
        self.setToolTip(self.refused)  # type: ignore[attr-defined]
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.refused, self)  # type: ignore[attr-defined]


class DayEdit(_TypedDates, QDateEdit):
    """A day field ("ddd yyyy-MM-dd") that takes a date typed whole."""

    def __init__(self, day: QDate, display_format: str = "ddd yyyy-MM-dd") -> None:
        QDateEdit.__init__(self, day)
        self._setup_typed()
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)


class DayTimeEdit(_TypedDates, QDateTimeEdit):
    """A day-and-time field ("ddd yyyy-MM-dd HH:mm") that takes a date and time typed whole."""

    _with_time = True

    def __init__(self, moment: QDateTime, display_format: str = "ddd yyyy-MM-dd HH:mm") -> None:
        QDateTimeEdit.__init__(self, moment)
        self._setup_typed()
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
