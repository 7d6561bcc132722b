"""Dates and times in invites, email drafts and messages, as the active language writes them.

English keeps the exact strftime text PeerDesk always wrote ('Thu 05 Mar'); every other
language asks Babel for its own day and month names in the language's locale. The
pseudo-locale formats like English, so a test can tell these names from fixed text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from peerdesk import i18n
from peerdesk.domain import WEEKDAYS


def local_date(value: date | datetime, strftime: str, cldr: str) -> str:
    """`value` as `strftime` in English (byte-identical to before), else as the language writes the
    fields that the CLDR pattern `cldr` names ('EEE dd MMM HH:mm' -> 'Do., 19. Nov., 10:00')."""
    if i18n.current() in (i18n.SOURCE, i18n.PSEUDO):
        return english_strftime(value, strftime)
    from babel.dates import format_date, format_skeleton

    locale = i18n.locale_name()
    day = value.date() if isinstance(value, datetime) else value
    fields = "".join(c for c in cldr if c in "yMLEd")
    skeleton = "".join(sorted(fields, key="yMLEd".index)).replace("dd", "d")
    if not skeleton:
        text = ""
    elif skeleton == "yMMMMEEEEd":
        text = format_date(day, "full", locale=locale)
    elif len(set(skeleton)) == 1:  # one field alone: a weekday or a month
        text = format_date(day, skeleton.replace("M", "L"), locale=locale)
    else:
        text = format_skeleton(skeleton, day, locale=locale)
    if isinstance(value, datetime) and "H" in cldr:
        clock = f"{value:%H:%M}"
        text = f"{text}, {clock}" if text else clock
    return text


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def english_strftime(value: date | datetime, pattern: str) -> str:
    """`value.strftime(pattern)` as the C locale writes it, whatever locale the process runs in.

    strftime names days and months in the C library's locale, and Qt sets that from the
    system on Linux and macOS: on a German desktop an English invite read "Do 03 Dez".
    """
    names = {
        "%a": WEEKDAYS[value.weekday()],
        "%A": _DAYS[value.weekday()],
        "%b": _MONTHS[value.month - 1][:3],
        "%B": _MONTHS[value.month - 1],
    }
    names["%%"] = "%"
    return "".join(
        names.get(part) or value.strftime(part) for part in re.split(r"(%[aAbB%])", pattern) if part
    )


def weekday_short(value: date | datetime) -> str:
    """'Thu' / 'Do.' / 'jeu.': the day of the week alone, as the active language abbreviates it."""
    if i18n.current() in (i18n.SOURCE, i18n.PSEUDO):
        return WEEKDAYS[value.weekday()]  # not strftime: the C locale may be the system's
    return _weekday_names(i18n.locale_name())[value.weekday()]


@lru_cache(maxsize=8)
def _weekday_names(locale: str) -> tuple[str, ...]:
    from babel.dates import format_date

    week = [date(2024, 1, 1 + i) for i in range(7)]  # 1 January 2024 was a Monday
    return tuple(format_date(day, "EEE", locale=locale) for day in week)


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


def lend_language_to_values() -> None:
    """Give peerdesk.domain (which may import nothing of ours) gettext and these month names."""
    from peerdesk import domain

    domain.use_language(i18n._, local_date)
