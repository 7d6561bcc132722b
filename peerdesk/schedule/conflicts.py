"""Schedule conflicts, found and explained, never silently accepted or dropped.

Five kinds: someone booked twice at once, a session outside an attendee's
weekly availability (in their own timezone) or on a day they are away, a
facilitator leading two sessions of a series in a row, a session outside its
program's weeks, and a session on a public holiday of its program's calendar.

`ConflictIndex` holds the conflicts of every session and, after an edit,
checks again only what that edit can affect (the window's Schedule tab keeps
one); `find_conflicts` is the same index built once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

from peerdesk.domain import Availability, Person, Program, Session
from peerdesk.i18n import _, isolate
from peerdesk.schedule.dates import local_date, weekday_short
from peerdesk.schedule.holidays import holiday_name
from peerdesk.schedule.service import first_session_date, program_last_day
from peerdesk.schedule.slots import is_available

ACTIVE = ("planned", "held")
KINDS = ("double-booked", "unavailable", "facilitator-twice", "outside-program", "holiday")


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


def _free(person: Person, start: datetime, end: datetime) -> bool:
    """True if `start`-`end` (in the person's own zone) falls in one of their weekly windows."""
    if end.date() != start.date():
        return False
    return any(
        w.weekday == start.weekday() and w.start <= start.time() and end.time() <= w.end
        for w in person.availability
    )


def _same_time_and_people(old: Session, new: Session) -> bool:
    """True when both were checked for who is free (active) and share their time and attendees."""
    return (
        old.status in ACTIVE
        and new.status in ACTIVE
        and (old.start, old.minutes, old.timezone, old.attendees)
        == (new.start, new.minutes, new.timezone, new.attendees)
    )


def find_conflicts(sessions: list[Session], people: list[Person], programs: list[Program]) -> list[Conflict]:
    """Every conflict among `sessions` (cancelled and skipped ones are ignored)."""
    return ConflictIndex(sessions, people, programs).all()


def conflicts_by_session(conflicts: list[Conflict]) -> dict[int | None, list[Conflict]]:
    """Group conflicts by the session they are about."""
    grouped: dict[int | None, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        grouped[conflict.session_id].append(conflict)
    return grouped


class ConflictIndex:
    """The conflicts of every session, by kind, kept current edit by edit.

    What an edit can affect: a changed session clashes only with sessions that
    overlap it in time and share a person, and only its series decides who led
    twice in a row; a changed person only changes their own availability entries
    and the names in messages; a changed program only its own sessions' dates.
    """

    def __init__(self, sessions: Iterable[Session], people: Iterable[Person], programs: Iterable[Program]):
        self.sessions: dict[int | None, Session] = {}
        self.people: dict[str, Person] = {p.email: p for p in people}
        self.programs: dict[int | None, Program] = {p.id: p for p in programs}
        self._emails: dict[int | None, frozenset[str]] = {}
        self._leaders: dict[int | None, frozenset[str]] = {}
        self._span: dict[int | None, tuple[datetime, datetime]] = {}
        # session id -> kind -> conflicts; "unavailable" is kept per attendee
        self._double: dict[int | None, list[Conflict]] = {}
        # per attendee, the message only: thousands of Conflict objects per session would all be
        # tracked by the garbage collector (see storage/sessions.py's attendee pool)
        self._unavailable: dict[int | None, dict[str, str]] = {}
        self._twice: dict[int | None, list[Conflict]] = {}
        self._outside: dict[int | None, list[Conflict]] = {}  # outside the program, or on a holiday
        # each person's name as messages show it, and weekly free time, in words
        self._free_text: dict[str, tuple[str, str]] = {}
        self._messages: dict[int | None, list[str]] = {}
        self._dirty: set[int | None] = set()  # sessions whose messages must be worked out again
        for session in sessions:
            self._add(session)
        active = [s for s in self.sessions.values() if s.status in ACTIVE]
        self._check_double(active, active)
        for session in active:
            self._check_unavailable(session, None)
            self._check_outside(session)
        for program_id in {s.program_id for s in active}:
            self._check_series(program_id)

    # -- reading --------------------------------------------------------------

    def conflicts_of(self, session_id: int | None) -> list[Conflict]:
        """The conflicts of one session, in a stable order (kinds as listed in KINDS)."""
        found = list(self._double.get(session_id, ()))
        found += (
            Conflict(session_id, "unavailable", message)
            for message in self._unavailable.get(session_id, {}).values()
        )
        found += self._twice.get(session_id, [])
        found += self._outside.get(session_id, [])
        return found

    def _messages_of(self, session_id: int | None) -> list[str]:
        """`conflicts_of` in words, without a Conflict per unavailable attendee."""
        found = [c.message for c in self._double.get(session_id, ())]
        found += self._unavailable.get(session_id, {}).values()
        found += [c.message for c in (*self._twice.get(session_id, ()), *self._outside.get(session_id, ()))]
        return found

    def all(self) -> list[Conflict]:
        """Every conflict, session by session."""
        return [c for session_id in self.sessions for c in self.conflicts_of(session_id)]

    def messages(self) -> dict[int | None, list[str]]:
        """Each session's conflicts in words (only sessions that have some); worked out again only
        for sessions whose conflicts changed since the last call."""
        for session_id in self._dirty:
            found = self._messages_of(session_id) if session_id in self.sessions else []
            if found:
                self._messages[session_id] = found
            else:
                self._messages.pop(session_id, None)
        self._dirty.clear()
        return dict(self._messages)

    # -- changing ---------------------------------------------------------------

    def update(
        self,
        sessions: Iterable[Session] = (),
        removed_sessions: Iterable[int] = (),
        people: Iterable[Person] = (),
        removed_people: Iterable[str] = (),
        programs: Iterable[Program] | None = None,
    ) -> set[int | None]:
        """Take in changed sessions, people and (all) programs; returns the sessions whose
        conflicts may have changed."""
        sessions, people = list(sessions), list(people)
        old = [self.sessions[i] for i in removed_sessions if i in self.sessions]
        old += [self.sessions[s.id] for s in sessions if s.id in self.sessions]
        # who is free for a session depends only on its time and its people: a session held,
        # renamed or given notes keeps what was found (thousands of attendees are not checked again)
        same_time = {
            s.id: self._unavailable.get(s.id)
            for s in sessions
            if s.id in self.sessions and _same_time_and_people(self.sessions[s.id], s)
        }
        for session in old:
            self._remove(session)
        for session in sessions:
            self._add(session)
            if kept := same_time.get(session.id):
                self._unavailable[session.id] = kept
        active = {s.id: s for s in self.sessions.values() if s.status in ACTIVE}
        changed = [s for s in sessions if s.id in active]
        affected: set[int | None] = {s.id for s in (*old, *sessions)}

        # double bookings: the changed sessions and every session they (used to) overlap
        neighbours = {o.id for s in (*old, *changed) for o in self._overlapping(s, active.values())}
        recheck = [active[i] for i in neighbours | {s.id for s in changed} if i in active]
        for session_id in neighbours:
            self._double.pop(session_id, None)
        self._dirty |= neighbours
        self._check_double(recheck, list(active.values()))
        affected |= neighbours

        for person in people:
            self.people[person.email] = person
            self._free_text.pop(person.email, None)
        gone = set(removed_people)
        for email in gone:
            self.people.pop(email, None)
        touched_people = {p.email for p in people} | gone
        if touched_people:
            for session in active.values():
                if touched_people & self._emails[session.id]:
                    self._check_unavailable(session, touched_people)
                    affected.add(session.id)
            # names in messages of those people's double bookings
            for session_id in [i for i in self._double if touched_people & self._emails.get(i, frozenset())]:
                self._double.pop(session_id, None)
                self._dirty.add(session_id)
                affected.add(session_id)
            self._check_double(
                [active[i] for i in affected if i in active and i not in self._double], list(active.values())
            )
        for session in changed:
            if session.id not in same_time:
                self._check_unavailable(session, None)

        programs_changed: set[int | None] = {s.program_id for s in (*old, *sessions)}
        # a renamed facilitator's name appears in their series' messages
        if touched_people:
            programs_changed |= {
                s.program_id for s in active.values() if touched_people & self._leaders[s.id]
            }
        if programs is not None:
            new_programs = {p.id: p for p in programs}
            programs_changed |= {
                i
                for i in new_programs.keys() | self.programs.keys()
                if new_programs.get(i) != self.programs.get(i)
            }
            self.programs = new_programs
        for session in active.values():
            if session.program_id in programs_changed:
                self._check_outside(session)
                affected.add(session.id)
        for program_id in programs_changed:
            self._check_series(program_id)
        return affected

    # -- the checks ---------------------------------------------------------------

    def _add(self, session: Session) -> None:
        self._dirty.add(session.id)
        self.sessions[session.id] = session
        self._emails[session.id] = frozenset(a.email for a in session.attendees)
        self._leaders[session.id] = frozenset(session.facilitators)  # read on every edit of the series
        self._span[session.id] = (session.start_utc(), session.end_utc())

    def _remove(self, session: Session) -> None:
        self._dirty.add(session.id)
        tables: tuple[dict, ...] = (
            self.sessions,
            self._emails,
            self._leaders,
            self._span,
            self._double,
            self._unavailable,
            self._twice,
            self._outside,
        )
        for table in tables:
            table.pop(session.id, None)

    def _overlapping(self, session: Session, candidates: Iterable[Session]) -> list[Session]:
        start, end = session.start_utc(), session.end_utc()
        emails = frozenset(a.email for a in session.attendees)
        return [
            other
            for other in candidates
            if other.id != session.id
            and self._span[other.id][0] < end
            and start < self._span[other.id][1]
            and not emails.isdisjoint(self._emails[other.id])
        ]

    def _name(self, email: str) -> str:
        person = self.people.get(email)
        return isolate(person.name) if person else email

    def _check_double(self, sessions: list[Session], candidates: list[Session]) -> None:
        """Recompute the double bookings of `sessions` against every active session."""
        by_start = sorted(candidates, key=lambda s: self._span[s.id][0])
        starts = [self._span[s.id][0] for s in by_start]
        for session in sessions:
            self._dirty.add(session.id)
            start, end = self._span[session.id]
            found: list[Conflict] = []
            mine = self._emails[session.id]
            for other in by_start[: bisect_left(starts, end)]:
                if other.id == session.id or self._span[other.id][1] <= start:
                    continue
                for email in sorted(mine & self._emails[other.id]):
                    found.append(
                        Conflict(
                            session.id,
                            "double-booked",
                            _("{name} is also in '{title}' at {start}").format(
                                name=self._name(email),
                                title=other.title,
                                start=local_date(other.start, "%a %d %b %H:%M", "EEE dd MMM HH:mm"),
                            ),
                        )
                    )
            if found:
                self._double[session.id] = found
            else:
                self._double.pop(session.id, None)

    def _check_unavailable(self, session: Session, only: set[str] | None) -> None:
        """Recompute who in `session` is not free then (just `only`, when given).

        Entries stay in the session's attendee order, so the conflicts read the same whether
        they were found in one pass or edit by edit.
        """
        self._dirty.add(session.id)
        check = self._availability(session)
        found: dict[str, str] = {}
        if only is None:
            for attendee in session.attendees:
                if (conflict := check(attendee.email)) is not None:
                    found[attendee.email] = conflict
        else:  # a few people changed: their entries only, not thousands of attendees again
            found = dict(self._unavailable.get(session.id, {}))
            grew = False
            for email in only & self._emails[session.id]:
                conflict = check(email)
                if conflict is None:
                    found.pop(email, None)
                else:
                    grew = grew or email not in found
                    found[email] = conflict
            if grew:
                order: dict[str, int] = {}
                for position, attendee in enumerate(session.attendees):
                    order.setdefault(attendee.email, position)
                found = dict(sorted(found.items(), key=lambda item: order[item[0]]))
        if found:
            self._unavailable[session.id] = found
        else:
            self._unavailable.pop(session.id, None)

    def _availability(self, session: Session) -> Callable[[str], str | None]:
        """A check of one attendee of `session`: why they cannot come, or None. Texts, local
        times and verdicts for people sharing a week and a zone are worked out once per session."""
        local: dict[str, tuple[datetime, datetime, str]] = {}  # per timezone: start, end, in words
        free_at: dict[tuple[str, tuple[Availability, ...]], bool] = {}
        texts: dict[str, str] = {}

        def check(email: str) -> str | None:
            person = self.people.get(email)
            if person is None:
                return None
            if person.absences:  # time away: named, the reason kept private
                day = session.start_utc().astimezone(ZoneInfo(person.timezone)).date()
                if (absence := person.away(day)) is not None:
                    away = texts.get("away") or texts.setdefault("away", _("{name} is away {dates}"))
                    return away.format(name=isolate(person.name), dates=absence.span())
            if not person.availability:
                return None
            zone = person.timezone
            if zone not in local:
                start, end = _local(session, zone)
                local[zone] = (start, end, f"{weekday_short(start)} {start:%H:%M}-{end:%H:%M} {zone}")
            start, end, when = local[zone]
            key = (zone, person.availability)
            if key not in free_at:
                free_at[key] = _free(person, start, end)
            if free_at[key]:
                return None
            words = self._free_text.get(email)
            if words is None:  # thousands of attendees: each person's free time is written once
                words = self._free_text[email] = (
                    isolate(person.name),
                    "; ".join(str(w) for w in person.availability),
                )
            not_free = texts.get("not free") or texts.setdefault(
                "not free", _("{name} is not free {when} (free {free})")
            )
            return not_free.format(name=words[0], when=when, free=words[1])

        return check

    def _check_series(self, program_id: int | None) -> None:
        """Recompute who leads twice in a row in one program's weekly series."""
        series = sorted(
            (
                s
                for s in self.sessions.values()
                if s.program_id == program_id and s.week is not None and s.status in ACTIVE
            ),
            key=lambda s: s.start,
        )
        for session in self.sessions.values():
            if session.program_id == program_id:
                self._twice.pop(session.id, None)
                self._dirty.add(session.id)
        for previous, current in pairwise(series):
            twice = self._leaders[previous.id] & self._leaders[current.id]
            for email in sorted(twice):
                self._twice.setdefault(current.id, []).append(
                    Conflict(
                        current.id,
                        "facilitator-twice",
                        _("{name} also led the previous session ({start})").format(
                            name=self._name(email), start=local_date(previous.start, "%d %b", "dd MMM")
                        ),
                    )
                )

    def _check_outside(self, session: Session) -> None:
        """Recompute whether a session falls on a public holiday or outside its program's weeks."""
        self._outside.pop(session.id, None)
        self._dirty.add(session.id)
        program = self.programs.get(session.program_id)
        if program is None or session.status not in ACTIVE:
            return
        found = []
        holiday = holiday_name(program.holidays, session.start.date())
        if holiday:
            found.append(
                Conflict(
                    session.id,
                    "holiday",
                    _("{start} is on a public holiday: {holiday} ({holidays})").format(
                        start=local_date(session.start, "%a %d %b %Y", "EEE dd MMM y"),
                        holiday=holiday,
                        holidays=program.holidays,
                    ),
                )
            )
        first, last = min(program.start, first_session_date(program)), program_last_day(program)
        if not first <= session.start.date() <= last:
            found.append(
                Conflict(
                    session.id,
                    "outside-program",
                    _("{start} is outside {name} ({first} - {last})").format(
                        start=local_date(session.start, "%d %b %Y", "dd MMM y"),
                        name=program.name,
                        first=local_date(first, "%d %b", "dd MMM"),
                        last=local_date(last, "%d %b %Y", "dd MMM y"),
                    ),
                )
            )
        if found:
            self._outside[session.id] = found
