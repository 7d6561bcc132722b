"""Dates and times in invites, email drafts and messages, as the active language writes them.

English keeps the exact strftime text PeerDesk always wrote ('Thu 05 Mar'); every other
language asks Babel for its own day and month names in the language's locale. The
pseudo-locale formats like English, so a test can tell these names from fixed text.
"""

from __future__ import annotations

from datetime import date, datetime

from peerdesk import i18n


def local_date(value: date | datetime, strftime: str, cldr: str) -> str:
    """`value` as `strftime` in English (byte-identical to before), else as the CLDR pattern `cldr`."""
    if i18n.current() in (i18n.SOURCE, i18n.PSEUDO):
        return value.strftime(strftime)
    from babel.dates import format_date, format_datetime

    if isinstance(value, datetime):
        return format_datetime(value, cldr, locale=i18n.locale_name())
    return format_date(value, cldr, locale=i18n.locale_name())


def short_day(value: date | datetime) -> str:
    """'Thu 05 Mar' / 'Do. 05 März'."""
    return local_date(value, "%a %d %b", "EEE dd MMM")


def short_day_time(value: datetime) -> str:
    """'Thu 05 Mar 10:00'."""
    return local_date(value, "%a %d %b %H:%M", "EEE dd MMM HH:mm")


def day_month_year(value: date | datetime) -> str:
    """'05 March 2026'."""
    return local_date(value, "%d %B %Y", "dd MMMM y")


def short_date(value: date | datetime) -> str:
    """'05 Mar 2026'."""
    return local_date(value, "%d %b %Y", "dd MMM y")


def long_day_time(value: datetime) -> str:
    """'Thursday 05 March 2026, 10:00'."""
    return local_date(value, "%A %d %B %Y, %H:%M", "EEEE dd MMMM y, HH:mm")
