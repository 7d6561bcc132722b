"""Local times and clock changes: times that do not exist, times that happen twice, VTIMEZONEs.

A session is stored as a local wall-clock time in an IANA zone. Twice a year
that is not enough: in the spring-forward gap (Berlin, last Sunday of March,
02:00-03:00) a local time does not exist, and `zoneinfo` silently shifts it,
so calendar programs disagree about when the session is; in the autumn hour
the same local time happens twice. `local_time_problem` refuses both (calendars
disagree about either); every place that creates or moves a series or a
session asks it.

`vtimezone` writes the zone for an invite as Outlook and Google write theirs:
one STANDARD and one DAYLIGHT observance with a yearly RRULE, checked against
`zoneinfo` for every year the invite needs. A zone whose changes follow no
such rule in those years gets its transitions listed one by one instead.
Neither shape has a COMMENT directly in the VTIMEZONE (RFC 5545 forbids it).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from peerdesk import clock
from peerdesk.i18n import _
from peerdesk.schedule.dates import local_date

if TYPE_CHECKING:  # icalendar is loaded when a VTIMEZONE is written, not when a time is checked
    from icalendar import Timezone

_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STEP = 6 * 3600  # no zone changes its offset twice within six hours


@dataclass(frozen=True)
class Transition:
    """One change of a zone's UTC offset."""

    at: datetime  # the instant, aware UTC
    before: timedelta  # offset before
    after: timedelta  # offset after
    name: str  # abbreviation after, e.g. CEST
    dst: bool  # summer time after

    @property
    def local_before(self) -> datetime:
        """The wall-clock time (naive) at which the change happens, as read on the old clock."""
        return (self.at + self.before).replace(tzinfo=None)

    @property
    def local_after(self) -> datetime:
        """The wall-clock time (naive) the clock shows right after the change."""
        return (self.at + self.after).replace(tzinfo=None)


def _offset(zone: ZoneInfo, timestamp: float) -> timedelta:
    return datetime.fromtimestamp(timestamp, zone).utcoffset() or timedelta(0)


@lru_cache(maxsize=256)
def zone_transitions(zone: str, first_year: int, last_year: int) -> tuple[Transition, ...]:
    """Every change of UTC offset of `zone` from 1 January `first_year` to the end of `last_year`."""
    tz = ZoneInfo(zone)
    start = datetime(first_year, 1, 1, tzinfo=UTC).timestamp()
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC).timestamp()
    found: list[Transition] = []
    t, before = start, _offset(tz, start)
    while t < end:
        nxt = min(t + _STEP, end)
        after = _offset(tz, nxt)
        if after != before:
            lo, hi = t, nxt  # offset(lo) == before, offset(hi) == after
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if _offset(tz, mid) == before else (lo, mid)
            moment = datetime.fromtimestamp(hi, tz)
            found.append(
                Transition(
                    datetime.fromtimestamp(hi, UTC),
                    before,
                    after,
                    moment.tzname() or "",
                    bool(moment.dst()),
                )
            )
        t, before = nxt, after
    return tuple(found)


def exists(local: datetime, zone: str) -> bool:
    """False for a wall-clock time in a spring-forward gap (it never shows on the clock)."""
    tz = ZoneInfo(zone)
    naive = local.replace(tzinfo=None)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def is_ambiguous(local: datetime, zone: str) -> bool:
    """True for a wall-clock time that happens twice (the hour the clocks go back)."""
    tz = ZoneInfo(zone)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=tz, fold=0).utcoffset()
    second = naive.replace(tzinfo=tz, fold=1).utcoffset()
    return exists(naive, zone) and first != second


def _transition_around(local: datetime, zone: str) -> Transition | None:
    naive = local.replace(tzinfo=None)
    for tr in zone_transitions(zone, naive.year - 1, naive.year + 1):
        low, high = sorted((tr.local_before, tr.local_after))
        if low <= naive < high:
            return tr
    return None


def local_time_problem(local: datetime, zone: str) -> str | None:
    """Why `local` cannot be a session's start in `zone` (None when it can).

    A time in the spring-forward gap does not exist, and one in the autumn
    hour happens twice: in a weekly series calendars disagree about either
    (five readers showed the repeated 02:30 from the first one for 150
    minutes, libical, ical.js and khal an hour late), so both are refused.
    """
    naive = local.replace(tzinfo=None)
    if exists(local, zone) and not is_ambiguous(local, zone):
        return None
    tr = _transition_around(naive, zone)
    if not exists(local, zone):
        span = (
            _(" (the clocks go forward from {local_before:%H:%M} to {local_after:%H:%M} that night)").format(
                local_before=tr.local_before, local_after=tr.local_after
            )
            if tr
            else ""
        )
        return _("{naive} does not exist in {zone}{span}: choose a time outside that hour").format(
            naive=local_date(naive, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm"), zone=zone, span=span
        )
    span = (
        _(" (the clocks go back from {local_before:%H:%M} to {local_after:%H:%M} that night)").format(
            local_before=tr.local_before, local_after=tr.local_after
        )
        if tr
        else ""
    )
    return _(
        "{naive} happens twice in {zone}{span}, and "
        "calendars disagree about which one: choose a time outside that hour"
    ).format(naive=local_date(naive, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm"), zone=zone, span=span)


def local_time_notes(starts: Iterable[datetime], zone: str) -> tuple[list[str], list[str]]:
    """Problems (refuse) and warnings (tell) for a number of starts in one zone.

    Since the repeated autumn hour is refused too, there are no warnings left;
    the pair stays so the dialogs can show both kinds.
    """
    return [p for start in starts if (p := local_time_problem(start, zone))], []


def _rule(transitions: list[Transition]) -> tuple[int, int, int, str] | None:
    """(month, nth weekday or -1 for last, weekday, time) shared by all `transitions`, if any."""
    if not transitions:
        return None
    shapes = set()
    nths: set[int] | None = None
    for tr in transitions:
        day = tr.local_before
        length = calendar.monthrange(day.year, day.month)[1]
        candidates = {(day.day - 1) // 7 + 1}
        if day.day + 7 > length:
            candidates.add(-1)
        nths = candidates if nths is None else nths & candidates
        shapes.add((day.month, day.weekday(), day.time(), tr.before, tr.after, tr.name))
    if len(shapes) != 1 or not nths:
        return None
    month, weekday, at, *_ = shapes.pop()
    nth = -1 if -1 in nths else min(nths)
    return month, nth, weekday, at.strftime("%H%M%S")


def vtimezone(zone: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for `zone`, right for every local time from `first_year` to `last_year`.

    Rule-based (STANDARD/DAYLIGHT with a yearly RRULE) where the zone's clock
    changes follow one rule in those years (and the year either side);
    otherwise every transition of those years, one observance each. A new
    component on every call (the plan behind it is computed once).
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    tz = Timezone()
    tz.add("tzid", zone)
    for dst, start, before, after, name, rule in _observances(zone, first_year, last_year):
        part = TimezoneDaylight() if dst else TimezoneStandard()
        part.add("dtstart", start)
        if rule is not None:
            month, byday = rule
            part.add("rrule", vRecur(freq="YEARLY", bymonth=month, byday=byday))
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        if name:
            part.add("tzname", name)
        tz.add_component(part)
    return tz


Observance = tuple[bool, datetime, timedelta, timedelta, str, "tuple[int, str] | None"]


def _observance(tr: Transition, rule: tuple[int, str] | None = None) -> Observance:
    return (tr.dst, tr.local_before, tr.before, tr.after, tr.name, rule)


@lru_cache(maxsize=256)
def _observances(zone: str, first_year: int, last_year: int) -> tuple[Observance, ...]:
    years = range(first_year - 1, last_year + 2)
    transitions = zone_transitions(zone, years[0], years[-1])
    start = datetime(years[0], 1, 1)
    moment = start.replace(tzinfo=ZoneInfo(zone))
    if not transitions:
        offset = moment.utcoffset() or timedelta(0)
        return ((False, start, offset, offset, moment.tzname() or "", None),)
    to_dst = [t for t in transitions if t.dst]
    from_dst = [t for t in transitions if not t.dst]
    per_year_ok = all(
        sum(1 for t in group if t.at.year == year) == 1 for group in (to_dst, from_dst) for year in years
    )
    rules = (_rule(to_dst), _rule(from_dst)) if per_year_ok else (None, None)
    if rules[0] is not None and rules[1] is not None:
        return tuple(
            _observance(group[0], (rule[0], f"{rule[1]}{_DAY_CODES[rule[2]]}"))
            for group, rule in ((to_dst, rules[0]), (from_dst, rules[1]))
        )
    # No yearly rule: the offset in force at the start, then each change.
    first = transitions[0]
    initial = (bool(moment.dst()), start, first.before, first.before, moment.tzname() or "", None)
    return (initial, *(_observance(tr) for tr in transitions))


def years_of(days: Iterable[date]) -> tuple[int, int]:
    """The first and last year of some dates (this year when there are none)."""
    years = [d.year for d in days] or [clock.today().year]
    return min(years), max(years)
