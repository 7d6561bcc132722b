"""The short text forms leads type and read: `SQL:4; Figma:2`, `Tue 10:00-12:00`, `2026-03-10..2026-03-21`.

The CSV file, the person dialog and the command line all use these, so one
parser gives one set of rules and one set of error messages.
"""

from __future__ import annotations

import re
from datetime import date, time

from peerdesk.domain import MAX_LEVEL, MIN_LEVEL, WEEKDAYS, Absence, Availability, LearnGoal, TeachSkill
from peerdesk.i18n import _

_WINDOW = re.compile(r"^(?P<day>[A-Za-z]+)\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})$")
_DAY_ALIASES = {name.lower(): i for i, name in enumerate(WEEKDAYS)} | {
    full: i
    for i, full in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _parse_level(skill: str, raw: str) -> int:
    raw = raw.strip()
    if not raw.isdigit():
        raise ValueError(
            _("level '{raw}' for '{skill}' is not a whole number {low}-{high}").format(
                raw=raw, skill=skill, low=MIN_LEVEL, high=MAX_LEVEL
            )
        )
    level = int(raw)
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        raise ValueError(
            _("level {level} for '{skill}' is outside {low}-{high}").format(
                level=level, skill=skill, low=MIN_LEVEL, high=MAX_LEVEL
            )
        )
    return level


def _split_skill(item: str) -> tuple[str, str | None]:
    skill, sep, level = item.rpartition(":")
    if not sep:
        return item.strip(), None
    if not skill.strip():
        raise ValueError(_("'{item}' has a level but no skill name").format(item=item))
    return skill.strip(), level


def parse_teaches(text: str) -> tuple[TeachSkill, ...]:
    """Parse `SQL:4; Figma:2`; a level is required for what someone teaches."""
    result = []
    for item in _items(text):
        skill, level = _split_skill(item)
        if level is None:
            raise ValueError(_("'{skill}' needs a level, e.g. '{skill}:3'").format(skill=skill))
        result.append(TeachSkill(skill, _parse_level(skill, level)))
    return tuple(result)


def parse_wants(text: str) -> tuple[LearnGoal, ...]:
    """Parse `Python:3; Public speaking`; the target level is optional."""
    result = []
    for item in _items(text):
        skill, level = _split_skill(item)
        result.append(LearnGoal(skill, None if level is None else _parse_level(skill, level)))
    return tuple(result)


def _parse_clock(raw: str, window: str) -> time:
    hours, minutes = (int(p) for p in raw.split(":"))
    if hours == 24 and minutes == 0:
        return time(23, 59)
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(_("'{raw}' in '{window}' is not a time of day").format(raw=raw, window=window))
    return time(hours, minutes)


def parse_availability(text: str) -> tuple[Availability, ...]:
    """Parse `Tue 10:00-12:00; Thu 14:00-16:00` into sorted weekly windows."""
    result = []
    for item in _items(text):
        match = _WINDOW.match(item)
        if not match:
            raise ValueError(_("'{item}' is not like 'Tue 10:00-12:00'").format(item=item))
        day = _DAY_ALIASES.get(match["day"].lower())
        if day is None:
            raise ValueError(
                _("'{day}' in '{item}' is not a weekday (Mon..Sun)").format(day=match["day"], item=item)
            )
        start = _parse_clock(match["start"], item)
        end = _parse_clock(match["end"], item)
        if end <= start:
            raise ValueError(_("'{item}' ends before it starts").format(item=item))
        result.append(Availability(day, start, end))
    return tuple(sorted(result))


def format_teaches(teaches: tuple[TeachSkill, ...]) -> str:
    """The inverse of parse_teaches."""
    return "; ".join(f"{t.skill}:{t.level}" for t in teaches)


def format_wants(wants: tuple[LearnGoal, ...]) -> str:
    """The inverse of parse_wants."""
    return "; ".join(w.skill if w.target is None else f"{w.skill}:{w.target}" for w in wants)


def format_availability(windows: tuple[Availability, ...]) -> str:
    """The inverse of parse_availability."""
    return "; ".join(str(w) for w in windows)


_ABSENCE = re.compile(
    r"^(?P<start>\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:\.\.|to|\u2013|\u2014)\s*(?P<end>\d{4}-\d{1,2}-\d{1,2}))?"
    r"(?:\s+(?P<reason>.*))?$"
)


def _parse_day(raw: str, item: str) -> date:
    try:
        year, month, day = (int(p) for p in raw.split("-"))
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            _("'{raw}' in '{item}' is not a date that exists").format(raw=raw, item=item)
        ) from None


def parse_absences(text: str) -> tuple[Absence, ...]:
    """Parse `2026-03-10..2026-03-21 parental leave; 2026-05-01`: first..last day, then a private reason."""
    result = []
    for item in _items(text):
        match = _ABSENCE.match(item)
        if not match:
            raise ValueError(
                _("'{item}' is not like '2026-03-10..2026-03-21' (first..last day)").format(item=item)
            )
        start = _parse_day(match["start"], item)
        end = _parse_day(match["end"], item) if match["end"] else start
        if end < start:
            raise ValueError(_("'{item}' ends before it starts").format(item=item))
        result.append(Absence(start, end, (match["reason"] or "").strip()))
    return tuple(sorted(result))


def format_absences(absences: tuple[Absence, ...]) -> str:
    """The inverse of parse_absences (a ';' in a reason becomes ',')."""
    parts = []
    for a in absences:
        days = a.start.isoformat() if a.start == a.end else f"{a.start.isoformat()}..{a.end.isoformat()}"
        reason = " ".join(a.reason.replace(";", ",").split())
        parts.append(f"{days} {reason}".strip())
    return "; ".join(parts)
