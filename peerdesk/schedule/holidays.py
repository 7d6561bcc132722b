"""Public holidays of a program's calendar: which sessions fall on one, and the next working day.

A program names its calendar as the `holidays` package does: a country code with an
optional region after a dash ("DE", "DE-BY", "US-CA"). Everything is computed
offline from the package's rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from peerdesk.i18n import _

WORKING_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday, unless the lead says otherwise


def split_code(code: str) -> tuple[str, str | None]:
    """'de-by' -> ('DE', 'BY'); 'US' -> ('US', None)."""
    country, _dash, region = code.strip().upper().partition("-")
    return country, (region or None)


def calendar_problem(code: str) -> str | None:
    """Why `code` is not a holiday calendar the package knows, or None when it is (or empty)."""
    if not code.strip():
        return None
    country, region = split_code(code)
    import holidays as holidays_lib  # loaded when a calendar is first checked, not at start-up

    supported = holidays_lib.list_supported_countries()
    if country not in supported:
        return _("'{code}' is not a country code the holidays calendar knows (e.g. DE, US, GB)").format(
            code=code.strip()
        )
    if region is not None and region not in supported[country]:
        regions = ", ".join(supported[country][:12])
        more = ", ..." if len(supported[country]) > 12 else ""
        return (
            _("'{region}' is not a region of {country} (one of {regions}{more})").format(
                region=region, country=country, regions=regions, more=more
            )
            if regions
            else (_("{country} has no regions in the holidays calendar").format(country=country))
        )
    return None


@lru_cache(maxsize=64)
def _calendar(code: str, year: int) -> dict[date, str]:
    country, region = split_code(code)
    import holidays as holidays_lib

    return dict(holidays_lib.country_holidays(country, subdiv=region, years=[year]).items())


def holiday_name(code: str, day: date) -> str | None:
    """The name of the public holiday on `day` in calendar `code`, or None."""
    if not code.strip() or calendar_problem(code):
        return None
    return _calendar(code.strip().upper(), day.year).get(day)


def holidays_between(code: str, first: date, last: date) -> dict[date, str]:
    """Every public holiday from `first` to `last` (both included)."""
    if not code.strip() or calendar_problem(code):
        return {}
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({d: n for d, n in _calendar(code.strip().upper(), year).items() if first <= d <= last})
    return dict(sorted(found.items()))


def next_working_day(code: str, day: date, working_days: Iterable[int] = WORKING_DAYS) -> date:
    """The first day after `day` that is a working day and not a public holiday."""
    working = set(working_days) or set(WORKING_DAYS)
    candidate = day + timedelta(days=1)
    for _i in range(60):
        if candidate.weekday() in working and holiday_name(code, candidate) is None:
            return candidate
        candidate += timedelta(days=1)
    return candidate
