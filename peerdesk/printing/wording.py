"""How printouts say things: plurals, dates with the year, time ranges with a dash, zone names.

One place for the small typography a reader notices: "1 session" and
"2 sessions", "10:00–10:30", "Thursday 3 December 2026", "Berlin time
(CET/CEST)" rather than "(Europe/" + "Berlin)" split over two lines.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.plural import count

DASH = "\u2013"  # en dash: ranges of times and dates
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
plural = count  # one way to count in words ('1 page', '2 pages') for the window, CLI and printouts


def day_text(day: date) -> str:
    """'3 December 2026'."""
    return f"{day.day} {day:%B %Y}"


def long_day_text(day: date) -> str:
    """'Thursday 3 December 2026'."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day:%B %Y}"


def short_day_text(day: date) -> str:
    """'Thu 3 Dec 2026'."""
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.day} {day:%b %Y}"


def month_text(day: date) -> str:
    """'November 2026' (never '2026-11')."""
    return f"{day:%B %Y}"


def time_range(start: datetime | time, end: datetime | time) -> str:
    """'10:00–10:30'."""
    return f"{start:%H:%M}{DASH}{end:%H:%M}"


def day_range(first: date, last: date) -> str:
    """'5 November – 10 December 2026', or with both years when they differ (one day: that day)."""
    if first == last:
        return day_text(first)
    if first.year == last.year:
        return f"{first.day} {first:%B} {DASH} {day_text(last)}"
    return f"{day_text(first)} {DASH} {day_text(last)}"


def zone_city(name: str) -> str:
    """'Tokyo', 'New York', 'UTC': the place a zone is named after."""
    if name.upper() in ("UTC", "ETC/UTC", "GMT"):
        return "UTC"
    return name.rsplit("/", 1)[-1].replace("_", " ")


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
    return f"{city} time" + (f" ({'/'.join(abbreviations)})" if abbreviations else "")


def names_list(names: list[str]) -> str:
    """'Ana', 'Ana and Ben', 'Ana, Ben and Chen'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
