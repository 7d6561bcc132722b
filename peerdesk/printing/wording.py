"""How printouts say things: plurals, dates with the year, time ranges with a dash, zone names.

One place for the small typography a reader notices: "1 session" and
"2 sessions", "10:00–10:30", "Thursday 3 December 2026", "Berlin time
(CET/CEST)" rather than "(Europe/" + "Berlin)" split over two lines.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_skeleton, get_day_names, get_timezone, get_timezone_location
from babel.lists import format_list

from peerdesk import i18n
from peerdesk.i18n import _
from peerdesk.plural import count

DASH = "\u2013"  # en dash: ranges of times and dates
# English names, for callers that need them whatever the language; printouts use `weekday_name`
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
plural = count  # kept for callers outside the printouts; printouts count with `i18n.nformat`


def _english() -> bool:
    """English keeps the exact forms PeerDesk always printed (no comma after the weekday)."""
    return i18n.locale_name().startswith("en")


def shown(text: str) -> str:
    """A format's name, description or outline step in the language in force.

    PeerDesk's own formats are looked up in the catalogue (where they are defined they are
    marked for it); a lead's own format has no entry there and prints as typed.
    """
    return _(text) if text else text


def weekday_name(weekday: int, width: str = "wide") -> str:
    """'Thursday' / 'Donnerstag' for 0 = Monday ... 6 = Sunday, in the language in force."""
    return get_day_names(width, context="stand-alone", locale=i18n.locale_name())[weekday]


def weekday_names(count: int = 7) -> list[str]:
    """The first `count` weekday names from Monday, as a calendar's column headers."""
    return [weekday_name(i) for i in range(count)]


def day_text(day: date) -> str:
    """'3 December 2026' (German '3. Dezember 2026')."""
    return format_date(day, "long", locale=i18n.locale_name())


def long_day_text(day: date) -> str:
    """'Thursday 3 December 2026' (German 'Donnerstag, 3. Dezember 2026')."""
    if _english():
        return format_date(day, "EEEE d MMMM y", locale=i18n.locale_name())
    return format_date(day, "full", locale=i18n.locale_name())


def short_day_text(day: date) -> str:
    """'Thu 3 Dec 2026' (German 'Do., 3. Dez. 2026')."""
    if _english():
        return format_date(day, "EEE d MMM y", locale=i18n.locale_name())
    return format_skeleton("yMMMEd", day, locale=i18n.locale_name())


def day_month_text(day: date, *, short: bool = False) -> str:
    """'3 December' or '3 Dec' (German '3. Dezember', '3. Dez.'): a day without its year."""
    return format_skeleton("MMMd" if short else "MMMMd", day, locale=i18n.locale_name())


def month_name(day: date) -> str:
    """'November' (German 'November', French 'novembre'): the month alone, as a heading names it."""
    return format_date(day, "LLLL", locale=i18n.locale_name())


def month_text(day: date) -> str:
    """'November 2026' (never '2026-11')."""
    return format_skeleton("yMMMM", day, locale=i18n.locale_name())


def time_range(start: datetime | time, end: datetime | time) -> str:
    """'10:00–10:30' (24 hours in every language)."""
    return f"{start:%H:%M}{DASH}{end:%H:%M}"


def day_range(first: date, last: date) -> str:
    """'5 November – 10 December 2026', or with both years when they differ (one day: that day)."""
    if first == last:
        return day_text(first)
    if first.year == last.year:
        return f"{day_month_text(first)} {DASH} {day_text(last)}"
    return f"{day_text(first)} {DASH} {day_text(last)}"


def zone_city(name: str) -> str:
    """'Tokyo', 'New York', 'UTC': the place a zone is named after (German 'Tokio', Spanish 'Nueva York')."""
    if name.upper() in ("UTC", "ETC/UTC", "GMT"):
        return "UTC"
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    if _english():
        return city
    try:
        return get_timezone_location(get_timezone(name), locale=i18n.locale_name(), return_city=True)
    except (LookupError, ValueError):
        return city


def zone_label(name: str, year: int = 2026) -> str:
    """'Berlin time (CET/CEST)', 'New York time (EST/EDT)', 'UTC': a zone as a person reads it."""
    if name.upper() in ("UTC", "ETC/UTC", "GMT"):
        return "UTC"
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return name
    city = zone_city(name)
    abbreviations = []
    for month in (1, 7):
        abbreviation = datetime(year, month, 1, 12, tzinfo=zone).tzname() or ""
        if abbreviation and abbreviation[0].isalpha() and abbreviation not in abbreviations:
            abbreviations.append(abbreviation)
    # Translators: a timezone named after its city, 'Berlin time'
    label = _("{city} time").format(city=city)
    return label + (f" ({'/'.join(abbreviations)})" if abbreviations else "")


def names_list(names: list[str]) -> str:
    """'Ana', 'Ana and Ben', 'Ana, Ben and Chen' (German '... und ...'), as the language joins a list."""
    if len(names) <= 1:
        return "".join(names)
    return format_list(names, locale=i18n.locale_name())
