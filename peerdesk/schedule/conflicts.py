"""Schedule conflicts, found and explained, never silently accepted or dropped.

Five kinds: someone booked twice at once, a session outside an attendee's
weekly availability (in their own timezone), a facilitator leading two
sessions of a series in a row, a session outside its program's weeks, and a
session on a public holiday of its program's calendar.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from peerdesk.domain import WEEKDAYS, Person, Program, Session
from peerdesk.schedule.holidays import holiday_name
from peerdesk.schedule.service import first_session_date, program_last_day
from peerdesk.schedule.slots import is_available

ACTIVE = ("planned", "held")


@dataclass(frozen=True)
class Conflict:
    """One problem with one session, in words for the lead."""

    session_id: int | None
    kind: str  # double-booked | unavailable | facilitator-twice | outside-program | holiday
    message: str


def _local(session: Session, zone: str) -> tuple[datetime, datetime]:
    start = session.start_utc().astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    end = session.end_utc().astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return start, end


def _available(person: Person, session: Session) -> bool:
    """True if the whole session falls in one of the person's weekly windows."""
    return is_available(person, session.start_utc(), session.end_utc())


def find_conflicts(sessions: list[Session], people: list[Person], programs: list[Program]) -> list[Conflict]:
    """Every conflict among `sessions` (cancelled and skipped ones are ignored)."""
    by_email = {p.email: p for p in people}
    active = [s for s in sessions if s.status in ACTIVE]
    conflicts: list[Conflict] = []

    bookings: dict[str, list[Session]] = defaultdict(list)
    for session in active:
        for attendee in session.attendees:
            bookings[attendee.email].append(session)
    for email, booked in bookings.items():
        booked.sort(key=Session.start_utc)
        for i, first in enumerate(booked):
            for second in booked[i + 1 :]:
                if second.start_utc() >= first.end_utc():
                    break
                name = by_email[email].name if email in by_email else email
                for a, b in ((first, second), (second, first)):
                    conflicts.append(
                        Conflict(
                            a.id,
                            "double-booked",
                            f"{name} is also in '{b.title}' at {b.start:%a %d %b %H:%M}",
                        )
                    )

    for session in active:
        for attendee in session.attendees:
            person = by_email.get(attendee.email)
            if person is None or not person.availability or _available(person, session):
                continue
            start, end = _local(session, person.timezone)
            free = "; ".join(str(w) for w in person.availability)
            conflicts.append(
                Conflict(
                    session.id,
                    "unavailable",
                    f"{person.name} is not free {WEEKDAYS[start.weekday()]} {start:%H:%M}-{end:%H:%M} "
                    f"{person.timezone} (free {free})",
                )
            )

    by_program: dict[int, list[Session]] = defaultdict(list)
    for session in active:
        by_program[session.program_id].append(session)
    for program_sessions in by_program.values():
        series = sorted((s for s in program_sessions if s.week is not None), key=lambda s: s.start)
        for previous, current in pairwise(series):
            twice = set(previous.facilitators) & set(current.facilitators)
            for email in sorted(twice):
                name = by_email[email].name if email in by_email else email
                conflicts.append(
                    Conflict(
                        current.id,
                        "facilitator-twice",
                        f"{name} also led the previous session ({previous.start:%d %b})",
                    )
                )

    programs_by_id = {p.id: p for p in programs}
    for session in active:
        program = programs_by_id.get(session.program_id)
        if program is None:
            continue
        first, last = min(program.start, first_session_date(program)), program_last_day(program)
        holiday = holiday_name(program.holidays, session.start.date())
        if holiday:
            conflicts.append(
                Conflict(
                    session.id,
                    "holiday",
                    f"{session.start:%a %d %b %Y} is on a public holiday: {holiday} ({program.holidays})",
                )
            )
        if not first <= session.start.date() <= last:
            conflicts.append(
                Conflict(
                    session.id,
                    "outside-program",
                    f"{session.start:%d %b %Y} is outside {program.name} ({first:%d %b} - {last:%d %b %Y})",
                )
            )
    return conflicts


def conflicts_by_session(conflicts: list[Conflict]) -> dict[int | None, list[Conflict]]:
    """Group conflicts by the session they are about."""
    grouped: dict[int | None, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        grouped[conflict.session_id].append(conflict)
    return grouped
