"""Tables of fixed text (labels, definitions, status words) that translate when they are read.

A module-level dict is built once at import, in whatever language was in force then; a
report rendered later for a German program must still read German. `Translated` keeps the
English source (marked with `N_`) and hands out `_(text)` on every lookup, so the window's
tooltips, the reports and the comparisons all read one table in the language in force.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import TypeVar

from peerdesk import i18n
from peerdesk.i18n import _

K = TypeVar("K")


class Translated(Mapping[K, str]):
    """A read-only mapping whose values are gettext message ids, translated on each lookup."""

    def __init__(self, source: Mapping[K, str]) -> None:
        self.source = dict(source)

    def __getitem__(self, key: K) -> str:
        return _(self.source[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self.source)

    def __len__(self) -> int:
        return len(self.source)

    def __repr__(self) -> str:
        return f"Translated({self.source!r})"


def translated(text: str) -> str:
    """`_()` for a value that may be a message id kept in a table ('' stays '')."""
    return _(text) if text else text


def percent(value: float, digits: int = 0) -> str:
    """'67%' ('67 %' in German and French): Python's rounding, the language's way of writing it."""
    from decimal import Decimal

    from babel.numbers import format_percent

    exact = Decimal(f"{value:.{digits}%}"[:-1]) / 100
    return format_percent(exact, locale=i18n.locale_name(), decimal_quantization=False)


def decimal(value: float, digits: int = 1) -> str:
    """'3.5' ('3,5' in German): Python's rounding, the language's decimal sign."""
    from babel.numbers import get_decimal_symbol

    text = f"{value:.{digits}f}"
    return text.replace(".", get_decimal_symbol(i18n.locale_name())) if digits else text


def _english() -> bool:
    return i18n.locale_name().startswith("en")


def format_date(day: date, pattern: str, locale: str) -> str:
    """Babel's format_date, imported when a date is first written (it costs start-up time)."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, pattern, locale=locale)


def format_skeleton(skeleton: str, day: date, locale: str) -> str:
    """Babel's format_skeleton, imported when first used."""
    from babel.dates import format_skeleton as babel_format_skeleton

    return babel_format_skeleton(skeleton, day, locale=locale)


def day_month(day: date) -> str:
    """'05 Nov' ('05.11.' style in the language's own order elsewhere): a report's short day."""
    if _english():
        return f"{day:%d} {format_date(day, 'MMM', locale=i18n.locale_name())}"
    return format_skeleton("MMMd", day, locale=i18n.locale_name())


def short_date(day: date, weekday: bool = False) -> str:
    """'05 Nov 2026' or 'Thu 05 Nov 2026' (German '5. Nov. 2026', 'Do., 5. Nov. 2026')."""
    locale = i18n.locale_name()
    if _english():
        return format_date(day, "EEE dd MMM y" if weekday else "dd MMM y", locale=locale)
    return format_skeleton("yMMMEd" if weekday else "yMMMd", day, locale=locale)


def short_weekday_date(day: date) -> str:
    """'Thu 05 Nov' without the year (German 'Do., 5. Nov.')."""
    if _english():
        return format_date(day, "EEE dd MMM", locale=i18n.locale_name())
    return format_skeleton("MMMEd", day, locale=i18n.locale_name())


def long_date(day: date) -> str:
    """'05 November 2026' (German '5. November 2026'): the day a report is prepared."""
    if _english():
        return format_date(day, "dd MMMM y", locale=i18n.locale_name())
    return format_date(day, "long", locale=i18n.locale_name())


def date_range(first: date, last: date) -> str:
    """'05 Nov - 10 Dec 2026': a pilot's dates as reports print them."""
    return f"{day_month(first)} - {short_date(last)}"
