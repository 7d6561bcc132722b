"""One clock for the whole program: every "now" and "today" PeerDesk uses comes from here.

Which week of a pilot is over (and so whether a report is a DRAFT), the demo,
conflict checks, the week view's today column, lock stamps, printouts' dates,
invite DTSTAMPs and the command line all ask this module, so the day can be set
in one place: by a test (`freeze`), or by a person trying things by hand
(`PEERDESK_TODAY=2027-03-26`, or `peerdesk --today 2027-03-26`), which moves the
clock to that day and lets it tick on from the current time of day.

"Today" is the day in the lead's timezone (`set_zone`, from Preferences in the
window), the computer's until one is set. Timers that measure elapsed seconds
(`time.monotonic`) and file ages (`time.time` against a file's mtime) are not
the calendar and do not come from here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ENVIRONMENT_VARIABLE = "PEERDESK_TODAY"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Years a program, a clock or a date on the command line may use: far enough either way for any
# real pilot, and far from the ends of Python's calendar (year 1 and 9999 overflow on arithmetic).
FIRST_YEAR, LAST_YEAR = 1970, 2200


class ClockError(ValueError):
    """A day or moment for the clock that cannot be read; the message says what was typed."""


_frozen: datetime | None = None  # an aware moment that does not move (tests)
_offset = timedelta(0)  # added to the real time (PEERDESK_TODAY / --today: the clock still ticks)
_moved = False  # move_to was called (its offset may be zero when the day asked for is today)
_zone: tzinfo | None = None  # the lead's timezone; None means the computer's


def _real_now() -> datetime:
    """The computer's clock, aware, in UTC."""
    return datetime.now(UTC)


def now() -> datetime:
    """The current moment, aware, in UTC (microseconds dropped: nothing we store needs them)."""
    moment = _frozen if _frozen is not None else _real_now() + _offset
    return moment.astimezone(UTC).replace(microsecond=0)


def zone() -> tzinfo:
    """The lead's timezone, or the computer's when none is set."""
    if _zone is not None:
        return _zone
    return _real_now().astimezone().tzinfo or UTC


def local_now(tz: tzinfo | None = None) -> datetime:
    """The wall-clock time now in `tz` (default: the lead's), naive, as sessions store their times."""
    return now().astimezone(tz or zone()).replace(tzinfo=None)


def today(tz: tzinfo | None = None) -> date:
    """Today's date in `tz` (default: the lead's timezone)."""
    return local_now(tz).date()


def set_zone(name: str | None) -> None:
    """Make `name` (an IANA timezone) the lead's timezone; None or an unknown name: the computer's."""
    global _zone
    try:
        _zone = ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        _zone = None


def freeze(moment: datetime | date) -> None:
    """Stop the clock at `moment` (a date means 10:00 that day in the lead's timezone).

    A naive datetime is read in the lead's timezone. Tests use this; see `release`.
    """
    global _frozen, _offset
    _frozen = _aware(moment)
    _offset = timedelta(0)


def move_to(day: date) -> None:
    """Move the clock to `day` (the lead's timezone), keeping the real time of day, and let it tick."""
    global _frozen, _offset, _moved
    check_year(day)
    real = _real_now()
    wall = real.astimezone(zone())
    _frozen = None
    _moved = True
    _offset = datetime.combine(day, wall.time().replace(tzinfo=None)) - wall.replace(tzinfo=None)


@contextmanager
def frozen_at(moment: datetime | date) -> Iterator[None]:
    """Stop the clock at `moment` for the duration of a `with` block, then put it back as it was:
    the demo, built "as of" a day, records its attendance as of that day."""
    global _frozen, _offset
    saved = (_frozen, _offset)
    freeze(moment)
    try:
        yield
    finally:
        _frozen, _offset = saved


def release() -> None:
    """Back to the computer's clock."""
    global _frozen, _offset, _moved
    _frozen = None
    _offset = timedelta(0)
    _moved = False


def is_set() -> bool:
    """Whether the clock was frozen or moved (even to the day it is)."""
    return _frozen is not None or _moved


def parse_day(text: str) -> date:
    """A YYYY-MM-DD day for the clock, or a ClockError that repeats what was typed."""
    text = text.strip()
    if not _DAY.match(text):
        raise ClockError(f"'{text}' is not a date in the form YYYY-MM-DD (e.g. 2027-03-26)")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ClockError(f"'{text}' is not a real date") from None
    return check_year(day)


def check_year(day: date) -> date:
    """`day` itself, or a ClockError when it lies outside the years PeerDesk plans in."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ClockError(f"{day.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR}")
    return day


def set_from_text(text: str) -> None:
    """Set the clock as typed: a day (YYYY-MM-DD) moves it there and lets it tick; a moment
    (YYYY-MM-DDTHH:MM, read in the lead's timezone unless it names an offset) stops it there."""
    text = text.strip()
    if "T" not in text:
        move_to(parse_day(text))
        return
    day_text, _, time_text = text.partition("T")
    day = parse_day(day_text)
    try:
        moment = datetime.fromisoformat(f"{day.isoformat()}T{time_text}")
    except ValueError:
        raise ClockError(
            f"'{text}' is not a moment in the form YYYY-MM-DDTHH:MM (e.g. 2027-03-26T16:40)"
        ) from None
    freeze(moment)


def apply_environment(environ: Mapping[str, str] | None = None) -> None:
    """Set the clock from PEERDESK_TODAY when it is there (a ClockError says what is wrong with it)."""
    text = (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE, "").strip()
    if text:
        try:
            set_from_text(text)
        except ClockError as error:
            raise ClockError(f"{ENVIRONMENT_VARIABLE}: {error}") from None


def _aware(moment: datetime | date) -> datetime:
    """`moment` as an aware datetime; dates and naive times are read in the lead's timezone."""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time(10, 0))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone())
    return moment
