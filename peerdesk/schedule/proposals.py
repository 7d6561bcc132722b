"""Proposed times: the future times that suit most of a group, ranked, with who they do not suit.

A group (a matched pair, a pod) needs one meeting; a pilot needs a weekly time.
For members in several timezones there is often no time inside everyone's
hours, so PeerDesk ranks the times instead of giving up:

- never proposed: a time already past, a time when any member is booked in a
  session (of any program), a day that is not a working day, and for a single
  meeting a public holiday of the calendar;
- ranked by how many members would be outside their hours (their weekly
  availability in their own timezone, or 09:00-17:00 on working days when they
  gave none), then (weekly) by how many weeks fall on a public holiday, then
  by how kind the local times are (nearest to everyone's early afternoon),
  then by the earlier time.

Every check is on a 15-minute grid in UTC and errs on the safe side: a member
counts as free only when the whole meeting lies in their hours, and as booked
when any 15 minutes of it touch a session of theirs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from itertools import groupby
from zoneinfo import ZoneInfo

from peerdesk.domain import Person
from peerdesk.i18n import _
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.holidays import WORKING_DAYS, holiday_name
from peerdesk.schedule.slots import STEP, Bookings, busy_bits, free_bits, runs_of, to_local, to_utc

DAY_MINUTES = 24 * 60
KIND_MINUTE = 13 * 60  # early afternoon, the local time everyone minds least


@dataclass(frozen=True)
class Proposal:
    """One proposed time: its (first) start as wall-clock time in `zone`, and who it does not suit."""

    start: datetime
    zone: str
    minutes: int
    outside: tuple[str, ...] = ()  # emails of members outside their hours (in some week, for a series)
    holidays: tuple[date, ...] = ()  # weekly: days that are public holidays of the calendar
    weeks: int = 1  # weekly: how many future weeks were judged
    rank: tuple[int, ...] = field(default=(), compare=False, repr=False)

    @property
    def all_free(self) -> bool:
        """True when every member is inside their hours (in every judged week)."""
        return not self.outside

    @property
    def weekday(self) -> int:
        """Monday = 0."""
        return self.start.weekday()

    @property
    def time(self) -> time:
        """The time of day in `zone`."""
        return self.start.time()


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    """One ZoneInfo per name for the whole ranking (building one reads the zone's file)."""
    return ZoneInfo(name)


def _kindness(zones: Counter[str], begin: datetime, minutes: int) -> int:
    """Minutes between each member's local mid-meeting and 13:00 (summed; lower is kinder).

    `zones` counts the members per timezone: everyone in one zone has the same local time.
    """
    total = 0
    middle = begin + timedelta(minutes=minutes / 2)
    for zone, members in zones.items():
        mid = middle.astimezone(_zone(zone))
        offset = abs(mid.hour * 60 + mid.minute - KIND_MINUTE)
        total += members * min(offset, DAY_MINUTES - offset)
    return total


def _exists(local: datetime, zone: str) -> bool:
    """False for a wall-clock time in a spring-forward gap (it would be read as another time)."""
    return to_local(to_utc(local, zone), zone) == local


@dataclass
class _Masks:
    """Per member, over one stretch of 15-minute slots: where a meeting may start free / unbooked."""

    origin: datetime
    slots: int
    free: dict[str, str]  # per member, "1" at slot i when a meeting from slot i lies in their hours
    allowed: int  # bit i set = nobody is booked during a meeting from slot i

    def index(self, begin: datetime) -> int | None:
        """The slot of `begin` (aware), or None outside the stretch or off the grid."""
        seconds = int((begin - self.origin).total_seconds())
        if seconds < 0 or seconds % 900 or seconds // 900 >= self.slots:
            return None
        return seconds // 900


def _masks(
    members: list[Person],
    origin: datetime,
    slots: int,
    minutes: int,
    bookings: Bookings,
    working: tuple[int, ...],
) -> _Masks:
    length = max(1, -(-minutes // 15))
    full = (1 << slots) - 1
    free: dict[str, str] = {}
    allowed = full
    for person in members:
        bits = runs_of(free_bits(person, origin, slots, working), length)
        free[person.email] = format(bits, f"0{slots}b")[::-1]
        allowed &= runs_of(full & ~busy_bits(bookings.intervals(person.email), origin, slots), length)
    return _Masks(origin, slots, free, allowed)


@dataclass(frozen=True)
class _Candidate:
    """A time that may be proposed: `coarse` ranks it before kindness is known, `fine` after."""

    coarse: tuple[int, ...]
    fine: tuple[int, ...]
    begin: datetime  # aware, UTC
    proposal: Proposal


def _best(
    candidates: list[_Candidate], members: list[Person], minutes: int, limit: int, weekly: bool
) -> list[Proposal]:
    """Rank tier by tier (kindness is costly: it is worked out only for the tiers that are needed),
    keeping the best `limit`, no two within an hour (or the meeting's length) on the same day."""
    apart = timedelta(minutes=max(60, minutes))
    chosen: list[Proposal] = []
    zones = Counter(p.timezone for p in members)
    candidates.sort(key=lambda c: c.coarse)
    for coarse, group in groupby(candidates, key=lambda c: c.coarse):
        tier = [(_kindness(zones, c.begin, minutes), c.fine, c.proposal) for c in group]
        tier.sort(key=lambda t: (t[0], t[1]))
        for kindness, fine, proposal in tier:
            if _near(chosen, proposal, apart, weekly):
                continue
            chosen.append(replace(proposal, rank=(*coarse, kindness, *fine)))
            if len(chosen) >= limit:
                return chosen
    return chosen


def _near(chosen: list[Proposal], proposal: Proposal, apart: timedelta, weekly: bool) -> bool:
    """True when a chosen proposal is within `apart` of this one on the same day (or weekday)."""
    return any(
        (p.weekday == proposal.weekday if weekly else p.start.date() == proposal.start.date())
        and abs(datetime.combine(date.min, p.time) - datetime.combine(date.min, proposal.time)) < apart
        for p in chosen
    )


def propose_meeting(
    members: list[Person],
    zone: str,
    minutes: int,
    bookings: Bookings,
    *,
    first_day: date,
    last_day: date,
    now: datetime,
    calendar: str = "",
    working_days: Iterable[int] = WORKING_DAYS,
    limit: int = 5,
) -> list[Proposal]:
    """The best times for one meeting of `members` from `first_day` to `last_day` (days in `zone`).

    `now` is aware; nothing before it is proposed, nor any time when a member
    is booked, nor a weekend (by `working_days`) or a public holiday of
    `calendar` (days in `zone`). Best first; empty when no time is left at all.
    """
    if not members or last_day < first_day or minutes <= 0:
        return []
    working = tuple(working_days) or WORKING_DAYS
    origin = to_utc(datetime.combine(first_day, time()), zone)
    finish = to_utc(datetime.combine(last_day + timedelta(days=1), time()), zone)
    slots = int((finish - origin).total_seconds()) // 900
    if slots <= 0:
        return []
    masks = _masks(members, origin, slots, minutes, bookings, working)
    allowed = masks.allowed
    if now > origin:
        allowed &= ~((1 << min(slots, -(-int((now - origin).total_seconds()) // 900))) - 1)
    day_ok: dict[date, bool] = {}
    candidates: list[_Candidate] = []
    text = format(allowed, f"0{slots}b")[::-1]
    for index in (i for i, bit in enumerate(text) if bit == "1"):
        begin = origin + STEP * index
        local = to_local(begin, zone)
        day = local.date()
        if day not in day_ok:
            day_ok[day] = day.weekday() in working and holiday_name(calendar, day) is None
        if not day_ok[day]:
            continue
        outside = tuple(p.email for p in members if masks.free[p.email][index] == "0")
        proposal = Proposal(local, zone, minutes, outside)
        candidates.append(_Candidate((len(outside), local.minute % 30 != 0), (index,), begin, proposal))
    return _best(candidates, members, minutes, limit, weekly=False)


def weekly_days(start: date, weekday: int, weeks: int) -> list[date]:
    """The days of a weekly series: the first `weekday` on or after `start`, then every 7 days."""
    first = start + timedelta(days=(weekday - start.weekday()) % 7)
    return [first + timedelta(weeks=k) for k in range(weeks)]


def propose_weekly(
    members: list[Person],
    zone: str,
    minutes: int,
    bookings: Bookings,
    *,
    start: date,
    weeks: int,
    now: datetime,
    calendar: str = "",
    working_days: Iterable[int] = WORKING_DAYS,
    limit: int = 5,
) -> list[Proposal]:
    """The best weekday and time (wall-clock in `zone`) for a weekly series of `weeks` from `start`.

    Only the weeks still to come are judged (a time whose every week is past is
    not proposed). Never a time when a member is booked in any of those weeks.
    Ranked by the members outside their hours in any week, then the weeks on a
    public holiday of `calendar`, then kindness. `start` of each proposal is
    its first future session.
    """
    if not members or weeks <= 0 or minutes <= 0:
        return []
    working = tuple(sorted(set(working_days))) or WORKING_DAYS
    monday = start - timedelta(days=start.weekday())
    week_masks: dict[date, _Masks] = {}
    for k in range(weeks + 1):  # a series that starts late in the week ends in week `weeks + 1`
        first = monday + timedelta(weeks=k)
        origin = to_utc(datetime.combine(first - timedelta(days=1), time()), zone)
        finish = to_utc(datetime.combine(first + timedelta(days=8), time()), zone)
        slots = int((finish - origin).total_seconds()) // 900
        week_masks[first] = _masks(members, origin, slots, minutes, bookings, working)
    candidates: list[_Candidate] = []
    for weekday in working:
        days = weekly_days(start, weekday, weeks)
        for step in range(DAY_MINUTES // 15):
            at = time(step // 4, step % 4 * 15)
            candidate = _judge_weekly(members, zone, minutes, days, at, now, calendar, week_masks)
            if candidate is not None:
                candidates.append(candidate)
    return _best(candidates, members, minutes, limit, weekly=True)


def _judge_weekly(
    members: list[Person],
    zone: str,
    minutes: int,
    days: list[date],
    at: time,
    now: datetime,
    calendar: str,
    week_masks: dict[date, _Masks],
) -> _Candidate | None:
    """One weekday and time judged over the series' future weeks; None when it cannot be proposed."""
    outside: set[str] = set()
    holidays: list[date] = []
    judged: list[datetime] = []
    for day in days:
        local = datetime.combine(day, at)
        if not _exists(local, zone):
            return None
        begin = to_utc(local, zone)
        if begin < now:
            continue
        masks = week_masks[day - timedelta(days=day.weekday())]
        index = masks.index(begin)
        if index is None:
            return None
        if not masks.allowed >> index & 1:
            return None
        outside.update(email for email, free in masks.free.items() if free[index] == "0")
        if holiday_name(calendar, day) is not None:
            holidays.append(day)
        judged.append(begin)
    if not judged:
        return None
    first = to_local(judged[0], zone)
    order = tuple(p.email for p in members if p.email in outside)
    proposal = Proposal(first, zone, minutes, order, tuple(holidays), len(judged))
    coarse = (len(order), len(holidays), at.minute % 30 != 0)
    return _Candidate(coarse, (first.weekday(), at.hour * 60 + at.minute), judged[0], proposal)


def describe(proposal: Proposal, people: dict[str, Person], *, weekly: bool = False) -> str:
    """One line for the lead: when, and who it does not suit with their own local time."""
    if weekly:
        when = _("{weekday}s {time}").format(
            weekday=local_date(proposal.start, "%A", "EEEE"), time=f"{proposal.start:%H:%M}"
        )
    else:
        when = local_date(proposal.start, "%a %d %b %H:%M", "EEE dd MMM HH:mm")
    if proposal.all_free:
        text = _("{when} – everyone is inside their hours").format(when=when)
    else:
        begin = to_utc(proposal.start, proposal.zone)
        names = []
        for email in proposal.outside:
            person = people.get(email)
            if person is None:
                names.append(email)
                continue
            local = to_local(begin, person.timezone)
            city = person.timezone.rsplit("/", 1)[-1].replace("_", " ")
            names.append(f"{' '.join(person.name.split())} ({local:%H:%M} {city})")
        text = _("{when} – {names} outside their hours: {list}").format(
            when=when, names=len(names), list=", ".join(names)
        )
    if proposal.holidays:
        days = ", ".join(local_date(d, "%d %b", "dd MMM") for d in proposal.holidays)
        text += _("; public holiday on {days}").format(days=days)
    return text
