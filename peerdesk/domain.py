"""The values every layer shares: people, their skills and their free time.

Nothing here imports anything of ours, so storage, services and the window can
all speak in the same terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MIN_LEVEL, MAX_LEVEL = 0, 4
LEVEL_NAMES = ("aware", "beginner", "practitioner", "advanced", "expert")

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[A-Za-z]{2,}$")


class TeachSkill(NamedTuple):
    """A skill someone can teach, at a level from 0 (aware) to 4 (expert)."""

    skill: str
    level: int


class LearnGoal(NamedTuple):
    """A skill someone wants to learn, with the level they aim for (if said)."""

    skill: str
    target: int | None = None


class Availability(NamedTuple):
    """A weekly window of free time, in the person's own timezone.

    A named tuple, not a dataclass: a roster of thousands holds tens of
    thousands of these and tuples are several times cheaper to build.
    """

    weekday: int  # 0 = Monday
    start: time
    end: time

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.start:%H:%M}-{self.end:%H:%M}"


class Absence(NamedTuple):
    """Time away, first to last day inclusive; the reason is the lead's private note."""

    start: date
    end: date
    reason: str = ""

    def overlaps(self, first: date, last: date) -> bool:
        """True if any day from `first` to `last` (inclusive) is inside the absence."""
        return self.start <= last and first <= self.end

    def span(self) -> str:
        """The dates in words, without the reason: '10-21 Mar 2026', '28 Feb - 3 Mar 2026'."""
        a, b = self.start, self.end
        month_year = _month(b, "%b %Y", "MMM y")
        if a == b:
            return f"{a.day} {month_year}"
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}-{b.day} {month_year}"
        if a.year == b.year:
            return f"{a.day} {_month(a, '%b', 'MMM')} - {b.day} {month_year}"
        return f"{a.day} {_month(a, '%b %Y', 'MMM y')} - {b.day} {month_year}"


_NAME_PUNCTUATION = ",;:.!?\"'()[]{}<>«»“”‘’&/|-_*"


@dataclass(frozen=True)
class Person:
    """Someone on the roster: who they are, what they teach and want to learn."""

    name: str
    email: str
    role: str = ""
    team: str = ""
    manager_email: str | None = None
    timezone: str = "UTC"
    joined: date | None = None
    active: bool = True
    notes: str = ""
    teaches: tuple[TeachSkill, ...] = ()
    wants: tuple[LearnGoal, ...] = ()
    availability: tuple[Availability, ...] = ()
    absences: tuple[Absence, ...] = ()
    id: int | None = field(default=None, compare=False)

    def away(self, first: date, last: date | None = None) -> Absence | None:
        """The absence covering any day from `first` to `last` (default: that one day), or None."""
        last = first if last is None else last
        return next((a for a in self.absences if a.overlaps(first, last)), None)

    def with_id(self, person_id: int | None) -> Person:
        """Return the same person carrying the storage id it was saved under."""
        return replace(self, id=person_id)

    def skill_names(self) -> list[str]:
        """All skills this person teaches or wants, for search and gap analysis."""
        return [t.skill for t in self.teaches] + [w.skill for w in self.wants]

    @property
    def first_name(self) -> str:
        """The name people use in a title: 'Ana' of 'Ana Silva' and of 'Silva, Ana'.

        Punctuation around the word ('Smith,', '"Z"') is left out; a name with no
        letters at all stays whole.
        """
        family, comma, given = self.name.partition(",")
        words = (given if comma and given.strip() else family).split()
        for word in words:
            if core := word.strip(_NAME_PUNCTUATION):
                return core
        return " ".join(self.name.split()) or self.email


@dataclass(frozen=True)
class Skill:
    """An entry of the workspace's one shared list of skills."""

    name: str
    category: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Program:
    """A pilot: weekly sessions of one format for a number of weeks."""

    name: str
    start: date
    weeks: int = 6
    weekday: int = 1
    time: time = time(10, 0)
    minutes: int = 30
    timezone: str = "UTC"
    format_key: str = "micro-lesson"
    outcome: str = ""
    organizer_email: str | None = None
    members: tuple[str, ...] = ()
    reminder_minutes: int = 15
    target_participation: float = 0.60
    target_sessions_per_month: float = 4.0
    target_faster_onboarding: float = 0.20
    uid: str = ""
    sequence: int = 0
    baseline_days: float | None = None  # time-to-competency before the pilot, if the lead knows it
    competency_from: str = "program"  # or "joined": onboarding pilots count from the joined date
    holidays: str = ""  # public-holiday calendar: a country code and optional region, e.g. "DE-BY"
    organizer_name: str = ""  # the organizer's name when they are not on the roster (the lead, often)
    language: str = ""  # printouts, reports, invites and emails in this language ('' = the lead's)
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field of a record, in words a lead understands."""

    field: str
    message: str


def normalise_email(email: str) -> str:
    """Emails compare without regard to case or surrounding space."""
    return email.strip().lower()


def is_valid_email(email: str) -> bool:
    """A pragmatic check: one @, a dotted domain, no spaces or separators."""
    return bool(_EMAIL.match(email))


@lru_cache(maxsize=1)
def timezone_names() -> frozenset[str]:
    """Every IANA timezone name this machine knows (tzdata on Windows)."""
    return frozenset(available_timezones())


def is_valid_timezone(name: str) -> bool:
    """True for an IANA zone name such as Europe/Berlin.

    False for 'CET+1', '' and for a folder of the zone database such as
    'Europe' or 'America' (ZoneInfo would fail on those with IsADirectoryError).
    """
    if not isinstance(name, str) or not name or name != name.strip():
        return False
    if name not in timezone_names():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


# The values import nothing of ours (tests/test_code_health.py), so the language-aware layer lends
# them its gettext and its month names: `use_language`, called when peerdesk.schedule or
# peerdesk.roster is imported. Until then the messages stay as written (English).
_language: dict[str, Callable[..., str]] = {}


def use_language(translate: Callable[[str], str], month: Callable[[date, str, str], str]) -> None:
    """Let the values' messages and dates follow the language in force (see `_language`)."""
    _language["translate"], _language["month"] = translate, month


def _(message: str) -> str:
    """A message in the language in force, once `use_language` has been called."""
    translate = _language.get("translate")
    return translate(message) if translate else message


def _month(day: date, strftime: str, cldr: str) -> str:
    """A month (and year) as the language in force names it; English exactly as strftime writes it."""
    month = _language.get("month")
    return month(day, strftime, cldr) if month else day.strftime(strftime)


def timezone_problem(name: str) -> str | None:
    """Why `name` is not a timezone PeerDesk can use, or None when it is one."""
    if is_valid_timezone(name):
        return None
    if name and any(zone.startswith(name.rstrip("/") + "/") for zone in timezone_names()):
        return _("'{name}' is a region, not a timezone; choose a city in it, e.g. {example}").format(
            name=name, example=_example_in(name)
        )
    return _(
        "'{name}' is not a timezone PeerDesk knows: write the region and city, e.g. Europe/Berlin"
    ).format(name=name)


def _example_in(region: str) -> str:
    zones = sorted(z for z in timezone_names() if z.startswith(region.rstrip("/") + "/"))
    return zones[0] if zones else "Europe/Berlin"


class OperationCancelled(Exception):
    """The lead cancelled a long operation; nothing was changed."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_EXCEPT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character_problem(text: str, *, lines_allowed: bool = False) -> str | None:
    """Why `text` cannot be stored as typed (a line break or an invisible control character)."""
    pattern = _CONTROL_EXCEPT_LINES if lines_allowed else _CONTROL
    found = pattern.search(text)
    if found is None:
        return None
    char = found.group()
    if char in "\r\n\u2028\u2029":
        return _("contains a line break; write it on one line")
    if char == "\t":
        return _("contains a tab; use spaces")
    if char == "\x00":
        return _("contains a NUL character (often a sign of a damaged or wrongly saved file)")
    return _("contains the invisible control character {code}").format(code=f"U+{ord(char):04X}")


def validate_person(person: Person) -> list[FieldError]:
    """Check one person on their own; uniqueness is checked by the roster."""
    errors: list[FieldError] = []
    for name in ("name", "email", "role", "team", "manager_email", "timezone"):
        problem = control_character_problem(getattr(person, name) or "")
        if problem:
            errors.append(FieldError(name, problem))
    if control_character_problem(person.notes, lines_allowed=True):
        errors.append(FieldError("notes", control_character_problem(person.notes, lines_allowed=True) or ""))
    broken = {e.field for e in errors}
    if "name" not in broken and not person.name.strip():
        errors.append(FieldError("name", _("a name is required")))
    if "email" in broken:
        pass
    elif not person.email.strip():
        errors.append(FieldError("email", _("an email is required")))
    elif not is_valid_email(person.email):
        errors.append(FieldError("email", _not_an_email(person.email)))
    zone_problem = None if "timezone" in broken else timezone_problem(person.timezone)
    if zone_problem:
        errors.append(FieldError("timezone", zone_problem))
    if "manager_email" in broken:
        pass
    elif person.manager_email and normalise_email(person.manager_email) == normalise_email(person.email):
        errors.append(FieldError("manager_email", _("a person cannot be their own manager")))
    if "manager_email" not in broken and person.manager_email and not is_valid_email(person.manager_email):
        errors.append(FieldError("manager_email", _not_an_email(person.manager_email)))
    errors.extend(_skill_errors("teaches", [(t.skill, t.level) for t in person.teaches]))
    errors.extend(_skill_errors("wants", [(w.skill, w.target) for w in person.wants]))
    for window in person.availability:
        if window.end <= window.start:
            errors.append(
                FieldError("availability", _("{window} ends before it starts").format(window=window))
            )
    return errors


def _not_an_email(text: str) -> str:
    return _("'{email}' is not a valid email address").format(email=text)


def _skill_errors(field_name: str, entries: list[tuple[str, int | None]]) -> list[FieldError]:
    errors = []
    seen: set[str] = set()
    for skill, level in entries:
        if not skill.strip():
            errors.append(FieldError(field_name, _("a skill has no name")))
            continue
        problem = control_character_problem(skill)
        if problem:
            errors.append(
                FieldError(
                    field_name,
                    _("the skill '{skill}' {problem}").format(skill=skill.strip()[:40], problem=problem),
                )
            )
            continue
        if skill.casefold() in seen:
            errors.append(FieldError(field_name, _("'{skill}' is listed twice").format(skill=skill)))
        seen.add(skill.casefold())
        if level is not None and not MIN_LEVEL <= level <= MAX_LEVEL:
            errors.append(
                FieldError(
                    field_name,
                    _("level {level} for '{skill}' is outside {low}-{high}").format(
                        level=level, skill=skill, low=MIN_LEVEL, high=MAX_LEVEL
                    ),
                )
            )
    return errors


SESSION_STATUSES = ("planned", "held", "cancelled", "skipped")
ATTENDEE_ROLES = ("facilitator", "learner", "observer")


@dataclass(frozen=True)
class AgendaStep:
    """One timed step of a format's agenda outline."""

    minutes: int
    text: str


@dataclass(frozen=True)
class Format:
    """A session format (micro-lesson, skill-swap...) with its timed agenda outline."""

    key: str
    name: str
    minutes: int
    description: str
    agenda: tuple[AgendaStep, ...] = ()
    max_minutes: int | None = None
    builtin: bool = False

    def agenda_text(self) -> str:
        """The outline as plain lines, e.g. '5 min - Check-in'."""
        return "\n".join(
            _("{minutes} min - {step}").format(minutes=s.minutes, step=s.text) for s in self.agenda
        )


class Attendee(NamedTuple):
    """Someone invited to a session, and in what role."""

    email: str
    role: str = "learner"


@dataclass(frozen=True)
class Session:
    """One meeting: part of a program's weekly series (`week` set) or a one-off.

    `start` is local wall-clock time in `timezone`; `series_start` is where the
    series put it, so a moved occurrence is known by `start != series_start`.
    """

    program_id: int
    title: str
    start: datetime
    minutes: int
    timezone: str
    format_key: str
    week: int | None = None
    series_start: datetime | None = None
    topic: str = ""
    attendees: tuple[Attendee, ...] = ()
    location: str = ""
    video_link: str = ""
    notes: str = ""
    recording_link: str = ""
    status: str = "planned"
    uid: str = ""
    sequence: int = 0
    actual_minutes: int | None = None
    id: int | None = field(default=None, compare=False)

    @property
    def end(self) -> datetime:
        """Local wall-clock end time."""
        return self.start + timedelta(minutes=self.minutes)

    @property
    def facilitators(self) -> tuple[str, ...]:
        """Emails of those leading this session."""
        return tuple(a.email for a in self.attendees if a.role == "facilitator")

    @property
    def moved(self) -> bool:
        """True when a series occurrence was moved away from its slot."""
        return self.series_start is not None and self.start != self.series_start

    def start_utc(self) -> datetime:
        """The start as an aware UTC datetime (for overlaps across timezones)."""
        return self.start.replace(tzinfo=ZoneInfo(self.timezone)).astimezone(ZoneInfo("UTC"))

    def end_utc(self) -> datetime:
        """The end as an aware UTC datetime."""
        return self.start_utc() + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class AttendanceRecord:
    """One person at one session: there or not, their rating, answer and commitment, and whether
    they reported back on the commitment they made at their previous session (None: not recorded)."""

    email: str
    present: bool = False
    rating: int | None = None
    answer: str = ""
    commitment: str = ""
    walk_in: bool = False
    reported_back: bool | None = None


PARTSTATS = ("accepted", "declined", "tentative")  # an invitee's answer; no row means no answer yet


@dataclass(frozen=True)
class Reply:
    """One invitee's answer to one session's invitation (from an iTIP REPLY)."""

    session_id: int
    email: str
    partstat: str  # one of PARTSTATS
    sequence: int  # the invitation's SEQUENCE the answer is for
    stamp: datetime  # the reply's DTSTAMP, aware UTC: a later answer replaces an earlier one
    comment: str = ""


ASSESSORS = ("self", "peer", "lead")


@dataclass(frozen=True)
class CheckIn:
    """A competency level (0-4) for one person and skill on a date, and who assessed it."""

    email: str
    skill: str
    level: int
    day: date
    assessor: str = "lead"
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TransferCheck:
    """A learner's answer to a transfer follow-up some days after the pilot: have they used the
    skill at work since?"""

    program_id: int
    email: str
    skill: str
    after_days: int  # 30, 60 or 90
    day: date
    used: bool
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Shoutout:
    """A public thank-you the lead writes down, for the report."""

    program_id: int | None
    email: str | None
    day: date
    text: str
    id: int | None = field(default=None, compare=False)
