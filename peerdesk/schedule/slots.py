"""Finding times: who is booked when, who is free when, and a shared slot for a group.

Everything is compared in UTC, so people in several timezones and sessions of
programs in other timezones meet on one clock. A person's weekly availability
is read in their own timezone (with the clock changes of the actual dates);
someone who gave none counts as free on working days from 09:00 to 17:00 their
time when a meeting must be placed, and as free at any time when only a
conflict is checked (as the conflict list does).
"""

from __future__ import annotations

from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from peerdesk.domain import Availability, Person, Session
from peerdesk.schedule.holidays import WORKING_DAYS, holiday_name

UTC = ZoneInfo("UTC")
STEP = timedelta(minutes=15)
ACTIVE = ("planned", "held")
WORKDAY_HOURS = (time(9), time(17))


def to_utc(local: datetime, zone: str) -> datetime:
    """A wall-clock time in `zone` as an aware UTC datetime."""
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def to_local(moment: datetime, zone: str) -> datetime:
    """An aware datetime as naive wall-clock time in `zone`."""
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def default_windows(working_days: Iterable[int] = WORKING_DAYS) -> tuple[Availability, ...]:
    """Working days 09:00-17:00: the time assumed for someone who gave no availability."""
    return tuple(Availability(d, *WORKDAY_HOURS) for d in sorted(set(working_days)))


def is_available(person: Person, start: datetime, end: datetime) -> bool:
    """True if [start, end) (aware) lies in one of the person's weekly windows, in their timezone.

    Someone without any availability is taken to be free.
    """
    if not person.availability:
        return True
    local_start, local_end = to_local(start, person.timezone), to_local(end, person.timezone)
    if local_end.date() != local_start.date():
        return False
    return any(
        w.weekday == local_start.weekday() and w.start <= local_start.time() and local_end.time() <= w.end
        for w in person.availability
    )


class Bookings:
    """Who is booked when: the UTC intervals of every planned or held session, per person."""

    def __init__(self, sessions: Iterable[Session] = ()) -> None:
        self._busy: dict[str, list[tuple[datetime, datetime, int]]] = defaultdict(list)
        self._serial = 0
        for session in sessions:
            self.add(session)

    def add(self, session: Session) -> None:
        """Book the session's attendees (cancelled and skipped sessions book nobody)."""
        if session.status not in ACTIVE:
            return
        start = session.start_utc()
        end = start + timedelta(minutes=session.minutes)
        self._serial += 1
        key = session.id if session.id is not None else -self._serial
        for attendee in session.attendees:
            insort(self._busy[attendee.email], (start, end, key))

    def clash(self, email: str, start: datetime, end: datetime, ignore: int | None = None) -> bool:
        """True if `email` is booked at some time in [start, end) (aware)."""
        return any(s < end and start < e and k != ignore for s, e, k in self._busy.get(email, ()))

    def intervals(self, email: str) -> list[tuple[datetime, datetime]]:
        """The person's booked intervals in time order."""
        return [(s, e) for s, e, _ in self._busy.get(email, ())]


def free_bits(
    person: Person, origin: datetime, slots: int, working_days: Iterable[int] = WORKING_DAYS
) -> int:
    """Bit i set = the person is free from origin + 15 min * i for 15 minutes (by availability)."""
    zone = ZoneInfo(person.timezone)
    windows = person.availability or default_windows(working_days)
    first = to_local(origin, person.timezone).date() - timedelta(days=1)
    last = to_local(origin + STEP * slots, person.timezone).date() + timedelta(days=1)
    bits, day = 0, first
    while day <= last:
        for w in windows:
            if w.weekday != day.weekday():
                continue
            start = datetime.combine(day, w.start, zone).astimezone(UTC)
            end = datetime.combine(day, w.end, zone).astimezone(UTC)
            lo = max(0, -(-int((start - origin).total_seconds()) // 900))
            hi = min(slots, int((end - origin).total_seconds()) // 900)
            if hi > lo:
                bits |= ((1 << (hi - lo)) - 1) << lo
        day += timedelta(days=1)
    return bits


def busy_bits(intervals: Iterable[tuple[datetime, datetime]], origin: datetime, slots: int) -> int:
    """Bit i set = some interval touches the 15 minutes from origin + 15 min * i."""
    bits = 0
    for start, end in intervals:
        lo = max(0, int((start - origin).total_seconds()) // 900)
        hi = min(slots, -(-int((end - origin).total_seconds()) // 900))
        if hi > lo:
            bits |= ((1 << (hi - lo)) - 1) << lo
    return bits


def runs_of(mask: int, length: int) -> int:
    """Bits that start a run of `length` consecutive set bits."""
    run = mask
    for shift in range(1, length):
        run &= mask >> shift
    return run


@dataclass
class Spread:
    """How many meetings a placement has put on each day and at each time, to spread the next."""

    per_day: Counter[date] = field(default_factory=Counter)
    per_start: Counter[tuple[date, time]] = field(default_factory=Counter)
    per_time: Counter[time] = field(default_factory=Counter)

    def add(self, local_start: datetime) -> None:
        """Count one meeting placed at `local_start`."""
        self.per_day[local_start.date()] += 1
        self.per_start[(local_start.date(), local_start.time())] += 1
        self.per_time[local_start.time()] += 1


def find_slot(
    members: list[Person],
    first_day: date,
    last_day: date,
    zone: str,
    minutes: int,
    bookings: Bookings,
    *,
    calendar: str = "",
    working_days: Iterable[int] = WORKING_DAYS,
    spread: Spread | None = None,
    not_before: datetime | None = None,
) -> datetime | None:
    """A start (wall-clock in `zone`) from `first_day` to `last_day` that suits every member.

    Every member is free then by their own weekly availability in their own
    timezone, none is booked in any program, the day is not a public holiday of
    `calendar`, and among all such times the least crowded day (then time) of
    `spread` wins, so a placement fans out over the week. None if no time fits.
    """
    if not members or last_day < first_day:
        return None
    working = tuple(working_days) or WORKING_DAYS
    origin = to_utc(datetime.combine(first_day, time()), zone)
    finish = to_utc(datetime.combine(last_day + timedelta(days=1), time()), zone)
    slots = int((finish - origin).total_seconds()) // 900
    mask = (1 << slots) - 1
    for person in members:
        mask &= free_bits(person, origin, slots, working)
        mask &= ~busy_bits(bookings.intervals(person.email), origin, slots)
        if not mask:
            return None
    if not_before is not None and not_before > origin:
        skip = -(-int((not_before - origin).total_seconds()) // 900)
        mask &= ~((1 << min(slots, skip)) - 1)
    day = first_day
    while day <= last_day:
        if holiday_name(calendar, day) is not None:
            lo = int((to_utc(datetime.combine(day, time()), zone) - origin).total_seconds()) // 900
            hi = int(
                (to_utc(datetime.combine(day + timedelta(days=1), time()), zone) - origin).total_seconds()
            )
            mask &= ~(((1 << (hi // 900 - lo)) - 1) << lo)
        day += timedelta(days=1)
    length = max(1, -(-minutes // 15))
    starts = runs_of(mask, length)
    spread = spread or Spread()
    member_days: Counter[date] = Counter(
        to_local(s, zone).date() for p in members for s, _ in bookings.intervals(p.email)
    )
    candidates = []
    while starts:
        low = starts & -starts
        index = low.bit_length() - 1
        starts ^= low
        begin = origin + STEP * index
        local = to_local(begin, zone)
        load = member_days[local.date()]
        candidates.append(
            (
                spread.per_day[local.date()],
                spread.per_start[(local.date(), local.time())],
                local.minute % 30 != 0,
                load,
                spread.per_time[local.time()],
                index,
                begin,
            )
        )
    end_delta = timedelta(minutes=minutes)
    for *_, begin in sorted(candidates):
        if all(is_available(p, begin, begin + end_delta) for p in members if p.availability) and not any(
            bookings.clash(p.email, begin, begin + end_delta) for p in members
        ):
            return to_local(begin, zone)
    return None


def choose_leader(
    candidates: list[Person],
    start: datetime,
    minutes: int,
    bookings: Bookings,
    led: Counter[str],
    previous: str | None,
    ignore: int | None = None,
) -> str | None:
    """Who leads a session at `start` (aware): someone free then who has led least so far.

    Never the previous leader when anyone else free could lead; someone busy
    only when nobody is free (the conflict list will then say so).
    """
    if not candidates:
        return None
    end = start + timedelta(minutes=minutes)

    def free(p: Person) -> bool:
        return is_available(p, start, end) and not bookings.clash(p.email, start, end, ignore)

    def rank(p: Person) -> tuple[bool, bool, int, str, str]:
        return (p.email == previous, not free(p), led[p.email], p.name.casefold(), p.email)

    return min(candidates, key=rank).email
