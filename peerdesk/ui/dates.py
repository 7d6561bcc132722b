"""Dates and times in the window, in the window's language: its day and month names (QLocale) and
its own way of writing a date ('Mi., 25. Nov. 2026' in German, 'Wed 25 Nov 2026' in English).

QLocale() is the language's locale once translation.install ran. The patterns per language follow
CLDR's medium and full date formats with the weekday kept, so lists still line up.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from peerdesk import i18n

# pattern name -> language -> QLocale pattern (English is also the pseudo-locale's)
PATTERNS: dict[str, dict[str, str]] = {
    "day": {
        "en": "ddd dd MMM yyyy",
        "de": "ddd, d. MMM yyyy",
        "fr": "ddd d MMM yyyy",
        "es": "ddd, d MMM yyyy",
    },
    "long_day": {
        "en": "dddd dd MMMM yyyy",
        "de": "dddd, d. MMMM yyyy",
        "fr": "dddd d MMMM yyyy",
        "es": "dddd, d 'de' MMMM 'de' yyyy",
    },
    "weekday_day": {
        "en": "dddd dd MMMM",
        "de": "dddd, d. MMMM",
        "fr": "dddd d MMMM",
        "es": "dddd, d 'de' MMMM",
    },
    "short_day": {"en": "ddd dd MMM", "de": "ddd, d. MMM", "fr": "ddd d MMM", "es": "ddd, d MMM"},
    "day_month": {"en": "dd MMM", "de": "d. MMM", "fr": "d MMM", "es": "d MMM"},
    "date": {"en": "dd MMM yyyy", "de": "d. MMM yyyy", "fr": "d MMM yyyy", "es": "d MMM yyyy"},
    "long_date": {
        "en": "dd MMMM yyyy",
        "de": "d. MMMM yyyy",
        "fr": "d MMMM yyyy",
        "es": "d 'de' MMMM 'de' yyyy",
    },
}


def pattern(name: str) -> str:
    """The QLocale pattern `name` in the language in force."""
    table = PATTERNS[name]
    return table.get(i18n.current(), table["en"])


def _text(value: date | datetime, name: str, with_time: bool = False, joiner: str = " ") -> str:
    text = QLocale().toString(QDate(value.year, value.month, value.day), pattern(name))
    if with_time and isinstance(value, datetime):
        text += joiner + time_text(value)
    return text


def day(value: date | datetime) -> str:
    """'Wed 25 Nov 2026'."""
    return _text(value, "day")


def day_time(value: datetime) -> str:
    """'Wed 25 Nov 2026 10:00'."""
    return _text(value, "day", with_time=True)


def long_day_time(value: datetime) -> str:
    """'Wednesday 25 November 2026, 10:00'."""
    return _text(value, "long_day", with_time=True, joiner=", ")


def weekday_day_time(value: datetime) -> str:
    """'Wednesday 25 November 10:00' (a week view block: the year is on screen already)."""
    return _text(value, "weekday_day", with_time=True)


def short_day(value: date | datetime) -> str:
    """'Wed 25 Nov'."""
    return _text(value, "short_day")


def short_day_time(value: datetime) -> str:
    """'Wed 25 Nov 10:00'."""
    return _text(value, "short_day", with_time=True)


def day_month(value: date | datetime) -> str:
    """'25 Nov'."""
    return _text(value, "day_month")


def date_text(value: date | datetime) -> str:
    """'25 Nov 2026'."""
    return _text(value, "date")


def long_date(value: date | datetime) -> str:
    """'25 November 2026'."""
    return _text(value, "long_date")


def time_text(value: datetime) -> str:
    """'10:00' (24-hour, as every PeerDesk language writes a session's time)."""
    # a QTime, not a QDateTime: the same digits, without a timezone lookup (20x faster, and a
    # session list of thousands writes one per row)
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")
