"""Pilot programs and their sessions: generating a series, changing it, and undoing changes.

Every edit is planned as a `ScheduleChange` (sessions and program before and
after), applied in one transaction, and reverted exactly. Invite identities
live here too: UIDs are made once and kept; SEQUENCE rises whenever a write
changes a session's time, place, attendees or status.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from peerdesk import i18n
from peerdesk.changes import OpChanges, ids
from peerdesk.domain import Attendee, Person, Program, Session, is_valid_email, timezone_problem
from peerdesk.i18n import _
from peerdesk.schedule import proposals
from peerdesk.schedule.formats import all_formats, display_name, format_by_key
from peerdesk.schedule.holidays import WORKING_DAYS, holiday_name, holidays_between, next_working_day
from peerdesk.schedule.proposals import Proposal
from peerdesk.schedule.slots import Bookings, choose_leader, find_slot, to_utc
from peerdesk.schedule.timezones import local_time_notes, local_time_problem
from peerdesk.storage import Workspace
from peerdesk.storage.people import PeopleRepository
from peerdesk.storage.programs import ProgramRepository
from peerdesk.storage.sessions import FormatRepository, SessionRepository

ACTIVE_STATUSES = ("planned", "held")
HOLIDAY_CHOICES = ("keep", "skip", "move")  # what happens to a weekly session on a public holiday


@dataclass(frozen=True)
class ScheduleChange:
    """One schedule edit: affected sessions (and program) before and after."""

    description: str
    before: tuple[Session, ...] = ()
    after: tuple[Session, ...] = ()
    program_before: Program | None = None
    program_after: Program | None = None
    notes: tuple[str, ...] = ()  # what could not be done, in words for the lead
    unplaced: tuple[Session, ...] = ()  # drafts the lead still has to place by hand (not saved)
    series: int | None = None  # the program whose series SEQUENCE rises when a weekly session changes

    def changes(self) -> OpChanges:
        """The sessions and programs this edit (or its undo) touches."""
        sessions = (*self.before, *self.after)
        edited = ids(p.id for p in (self.program_before, self.program_after) if p is not None)
        programs = ids([s.program_id for s in sessions] + [self.series]) | edited
        return OpChanges(
            schedule=True, sessions=ids(s.id for s in sessions), programs=programs, programs_edited=edited
        )


def new_uid(kind: str) -> str:
    """A globally unique, stable identifier for an invite."""
    return f"{kind}-{uuid.uuid4()}@peerdesk"


def next_monday(today: date) -> date:
    """The Monday on or after `today`: pilots start at the top of a week."""
    return today + timedelta(days=(7 - today.weekday()) % 7)


def first_session_date(program: Program) -> date:
    """The first date on or after the program's start that falls on its weekday."""
    return program.start + timedelta(days=(program.weekday - program.start.weekday()) % 7)


def week_start(program: Program, week: int) -> datetime:
    """Local start time of week `week` (1-based) of the program's series."""
    day = first_session_date(program) + timedelta(weeks=week - 1)
    return datetime.combine(day, program.time)


def program_end_date(program: Program) -> date:
    """The date of the program's last weekly session."""
    return first_session_date(program) + timedelta(weeks=program.weeks - 1)


def program_last_day(program: Program) -> date:
    """The Sunday of the program's last week: meetings placed in that week still belong to it."""
    end = program_end_date(program)
    return end + timedelta(days=6 - end.weekday())


def rotate_facilitators(members: list[Person], weeks: int, history: Counter[str] | None = None) -> list[str]:
    """Who leads each week when nobody's time is known: whoever has led least, never twice in a row.

    The Schedule's own series planning also checks who is free at each session's time.
    """
    led: Counter[str] = Counter(history or {})
    leaders: list[str] = []
    for _i in range(weeks):
        previous = leaders[-1] if leaders else None
        leader = min(members, key=lambda p: (p.email == previous, led[p.email], p.name.casefold(), p.email))
        leaders.append(leader.email)
        led[leader.email] += 1
    return leaders if members else []


def series_session(
    program: Program, week: int, format_name: str, leader: str | None, members: list[Person]
) -> Session:
    """Week `week` of a program's series: its leader facilitates, the other members learn."""
    start = week_start(program, week)
    attendees = ([Attendee(leader, "facilitator")] if leader else []) + [
        Attendee(p.email, "learner") for p in members if p.email != leader
    ]
    with i18n.language(program.language):  # a stored title, read by the pilot's people
        title = _("{format}, week {week} - {program}").format(
            format=format_name, week=week, program=program.name
        )
    return Session(
        program_id=program.id or 0,
        title=title,
        start=start,
        series_start=start,
        minutes=program.minutes,
        timezone=program.timezone,
        format_key=program.format_key,
        week=week,
        attendees=tuple(attendees),
        uid=new_uid("session"),
    )


def _refuse_missing_time(session: Session, before: Session | None = None) -> None:
    """ValueError for a new start that does not exist in its zone (the spring-forward gap)."""
    unchanged = before is not None and (before.start, before.timezone) == (session.start, session.timezone)
    problem = None if unchanged else local_time_problem(session.start, session.timezone)
    if problem and session.status in ACTIVE_STATUSES:
        raise ValueError(problem)


def _changed(old: Session, new: Session) -> bool:
    return (old.start, old.minutes, old.location, old.video_link, old.attendees, old.status) != (
        new.start,
        new.minutes,
        new.location,
        new.video_link,
        new.attendees,
        new.status,
    )


class Schedule:
    """Programs and sessions of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.programs = ProgramRepository(workspace.db)
        self.sessions = SessionRepository(workspace.db)
        self.formats_repo = FormatRepository(workspace.db)
        self.people = PeopleRepository(workspace.db)

    # -- reading -------------------------------------------------------------

    def list_programs(self) -> list[Program]:
        """All programs."""
        return self.programs.list_programs()

    def count_programs(self) -> int:
        """How many programs there are (the status bar; no members read)."""
        return self.programs.count()

    def find_program(self, name_or_id: str) -> Program | None:
        """A program by name or id."""
        return self.programs.find(name_or_id)

    def list_sessions(self, program_id: int | None = None) -> list[Session]:
        """Sessions in time order (of one program, or all)."""
        return self.sessions.list_sessions(program_id)

    def formats(self) -> list:  # type: ignore[type-arg]
        """The format library (built-ins and the lead's own)."""
        return all_formats(self.formats_repo)

    def facilitation_history(self) -> Counter[str]:
        """How many non-cancelled sessions each person has led, across all programs."""
        counts: Counter[str] = Counter()
        for session in self.sessions.list_sessions():
            if session.status in ACTIVE_STATUSES:
                counts.update(session.facilitators)
        return counts

    # -- planning -------------------------------------------------------------

    def _series_format_name(self, program: Program) -> str:
        """The format's name for the series' session titles, in the pilot's language."""
        fmt = format_by_key(self.formats_repo, program.format_key)
        if fmt is None:
            return program.format_key
        with i18n.language(program.language):
            return display_name(fmt)

    def active_members(self, program: Program) -> list[Person]:
        """The program's members who are active on the roster."""
        ids = [pid for e in program.members if (pid := self.people.id_for_email(e)) is not None]
        return [p for p in self.people.list_people(ids) if p.active]

    def holiday_weeks(self, program: Program) -> list[tuple[int, date, str]]:
        """The weeks whose session falls on a public holiday: (week, date, holiday name)."""
        if not program.holidays:
            return []
        found = holidays_between(program.holidays, first_session_date(program), program_end_date(program))
        return [
            (week, day, found[day])
            for week in range(1, program.weeks + 1)
            if (day := week_start(program, week).date()) in found
        ]

    def bookings(self, exclude_program: int | None = None) -> Bookings:
        """Who is booked when, over every program (but `exclude_program`)."""
        return Bookings(s for s in self.sessions.list_sessions() if s.program_id != exclude_program)

    def suggest_start(
        self, program: Program, emails: Iterable[str], first_day: date, minutes: int, days: int = 14
    ) -> datetime | None:
        """The first good time from `first_day` on when all of these people are free and unbooked.

        Wall-clock time in the program's timezone, on no public holiday of its calendar. When
        their availability never overlaps, the first working-hours time none of them is
        booked; None if the next `days` days hold neither.
        """
        wanted = set(emails)
        members = [p for p in self.people.list_people() if p.email in wanted]
        bookings = self.bookings()
        for group in (members, [replace(p, availability=()) for p in members]):
            start = find_slot(
                group,
                first_day,
                first_day + timedelta(days=days),
                program.timezone,
                minutes,
                bookings,
                calendar=program.holidays,
            )
            if start is not None:
                return start
        return None

    def propose_times(
        self,
        program: Program,
        emails: Iterable[str],
        minutes: int,
        *,
        now: datetime,
        working_days: Iterable[int] = WORKING_DAYS,
        limit: int = 5,
    ) -> list[Proposal]:
        """The best future times for one meeting of these people (see `proposals.propose_meeting`).

        Inside the program's weeks still to come; when none is left, in the two weeks from now.
        Never a time when one of them is booked, the program's own weekly sessions included.
        """
        wanted = set(emails)
        members = [p for p in self.people.list_people() if p.email in wanted]
        today = now.astimezone(ZoneInfo(program.timezone)).date()
        bookings = self.bookings()
        later = (today, today + timedelta(days=13))
        windows = [(max(program.start, today), program_last_day(program)), later]
        for first, last in windows:
            found = proposals.propose_meeting(
                members,
                program.timezone,
                minutes,
                bookings,
                first_day=first,
                last_day=last,
                now=now,
                calendar=program.holidays,
                working_days=working_days,
                limit=limit,
            )
            if found:
                return found
        return []

    def propose_weekly(
        self,
        program: Program,
        *,
        now: datetime,
        working_days: Iterable[int] = WORKING_DAYS,
        limit: int = 5,
    ) -> list[Proposal]:
        """The best weekday and time for the program's members, its own sessions not counted."""
        wanted = set(program.members)
        members = [p for p in self.people.list_people() if p.email in wanted and p.active]
        return proposals.propose_weekly(
            members,
            program.timezone,
            program.minutes,
            self.bookings(exclude_program=program.id),
            start=program.start,
            weeks=program.weeks,
            now=now,
            calendar=program.holidays,
            working_days=working_days,
            limit=limit,
        )

    def plan_series(
        self,
        program: Program,
        on_holiday: str = "keep",
        working_days: tuple[int, ...] = WORKING_DAYS,
    ) -> list[Session]:
        """The weekly sessions a program's cadence gives (not saved).

        Each week's leader is a member free at that time (availability, other
        programs) who has led least so far, never the previous week's when
        anyone else is free. A session on a public holiday of the program's
        calendar is kept, skipped or moved to the next working day (`on_holiday`).
        """
        if on_holiday not in HOLIDAY_CHOICES:
            raise ValueError(_("on_holiday must be one of {list}").format(list=", ".join(HOLIDAY_CHOICES)))
        name = self._series_format_name(program)
        members = self.active_members(program)
        bookings = self.bookings(exclude_program=program.id)
        led = self.facilitation_history()
        previous: str | None = None
        series = []
        for week in range(1, program.weeks + 1):
            start, status = self._holiday_start(program, week_start(program, week), on_holiday, working_days)
            leader = choose_leader(
                members, to_utc(start, program.timezone), program.minutes, bookings, led, previous
            )
            session = replace(
                series_session(program, week, name, leader, members), start=start, status=status
            )
            if status == "planned" and leader:
                led[leader] += 1
                previous = leader
            series.append(session)
        return series

    def _holiday_start(
        self, program: Program, start: datetime, on_holiday: str, working_days: tuple[int, ...]
    ) -> tuple[datetime, str]:
        if on_holiday == "keep" or holiday_name(program.holidays, start.date()) is None:
            return start, "planned"
        if on_holiday == "skip":
            return start, "skipped"
        return datetime.combine(
            next_working_day(program.holidays, start.date(), working_days), start.time()
        ), ("planned")

    def create_program(
        self, program: Program, on_holiday: str = "keep", working_days: tuple[int, ...] = WORKING_DAYS
    ) -> tuple[Program, list[Session]]:
        """Save a new program and its generated series in one transaction."""
        with self.workspace.db.atomic():
            saved = self.programs.save(replace(program, uid=program.uid or new_uid("series")))
            assert saved.id is not None
            series = [
                replace(s, program_id=saved.id) for s in self.plan_series(saved, on_holiday, working_days)
            ]
            stored = self.sessions.save_many(series)
        return saved, stored

    def plan_edit(self, session: Session, description: str | None = None) -> ScheduleChange:
        """Replacing one session with an edited version."""
        assert session.id is not None
        before = self.sessions.get(session.id)
        _refuse_missing_time(session, before)
        return self._change(
            description or _("Edit {title}").format(title=session.title),
            [before] if before else [],
            [session],
        )

    def plan_move(self, session_id: int, new_start: datetime) -> ScheduleChange:
        """Moving one occurrence to another time."""
        session = self._get(session_id)
        _refuse_missing_time(replace(session, start=new_start), session)
        return self._change(
            _("Move {title}").format(title=session.title), [session], [replace(session, start=new_start)]
        )

    def plan_status(self, session_id: int, status: str) -> ScheduleChange:
        """Skipping (holiday), cancelling, holding or re-planning one session."""
        session = self._get(session_id)
        verb = {"skipped": "Skip", "cancelled": "Cancel", "held": _("Mark held"), "planned": "Restore"}[
            status
        ]
        return self._change(f"{verb} {session.title}", [session], [replace(session, status=status)])

    def plan_cancel_rest(self, session_id: int) -> ScheduleChange:
        """Cancelling this session and every later planned one of its series."""
        session = self._get(session_id)
        later = [
            s
            for s in self.sessions.list_sessions(session.program_id)
            if s.week is not None and s.start >= session.start and s.status == "planned"
        ]
        return self._change(
            _("Cancel the rest of {title}").format(title=session.title),
            later,
            [replace(s, status="cancelled") for s in later],
        )

    def plan_add_one_off(self, session: Session) -> ScheduleChange:
        """Adding a session outside the weekly series."""
        one_off = replace(session, week=None, series_start=None, uid=session.uid or new_uid("session"))
        _refuse_missing_time(one_off)
        return self._change(_("Add {title}").format(title=session.title), [], [one_off])

    def plan_program_edit(
        self,
        program: Program,
        today: date,
        on_holiday: str = "keep",
        working_days: tuple[int, ...] = WORKING_DAYS,
    ) -> ScheduleChange:
        """Changing a program: future planned weekly sessions follow its new cadence and members.

        Held and cancelled sessions, past ones and occurrences the lead moved by
        hand keep their times; weeks added at the end get new sessions with the
        rotation continued; planned weeks beyond a shortened program are removed.
        """
        assert program.id is not None
        current = self.programs.get(program.id)
        sessions = [s for s in self.sessions.list_sessions(program.id) if s.week is not None]
        members = self.active_members(program)
        member_emails = {p.email for p in members}
        history = self.facilitation_history()
        before, after = [], []
        by_week = {s.week: s for s in sessions}
        previous: str | None = None
        for s in sessions:
            future = s.status == "planned" and s.start.date() >= today
            if s.week is not None and s.week > program.weeks and future:
                before.append(s)  # removed: not in `after`
                continue
            if not future:
                continue
            start = s.start if s.moved else week_start(program, s.week or 1)
            status = s.status
            if not s.moved:
                start, status = self._holiday_start(program, start, on_holiday, working_days)
            leaders = [e for e in s.facilitators if e in member_emails]
            attendees = tuple(
                [Attendee(e, "facilitator") for e in leaders]
                + [a for a in s.attendees if a.role != "facilitator" and a.email in member_emails]
                + [
                    Attendee(p.email, "learner")
                    for p in members
                    if p.email not in {a.email for a in s.attendees}
                ]
            )
            updated = replace(
                s,
                start=start,
                status=status,
                series_start=week_start(program, s.week or 1),
                minutes=program.minutes,
                timezone=program.timezone,
                attendees=attendees,
            )
            if updated != s:
                before.append(s)
                after.append(updated)
        name = self._series_format_name(program)
        bookings = self.bookings(exclude_program=program.id)
        for week in range(1, program.weeks + 1):
            if week in by_week:
                previous = next(iter(by_week[week].facilitators), None)
                continue
            start, status = self._holiday_start(program, week_start(program, week), on_holiday, working_days)
            leader = choose_leader(
                members, to_utc(start, program.timezone), program.minutes, bookings, history, previous
            )
            if leader and status == "planned":
                history[leader] += 1
                previous = leader
            after.append(
                replace(series_session(program, week, name, leader, members), start=start, status=status)
            )
        return ScheduleChange(
            _("Change {name}").format(name=program.name),
            tuple(before),
            tuple(after),
            program_before=current,
            program_after=program,
        )

    def _get(self, session_id: int) -> Session:
        session = self.sessions.get(session_id)
        if session is None:
            raise ValueError(_("there is no session {session_id}").format(session_id=session_id))
        return session

    def _change(self, description: str, before: list[Session], after: list[Session]) -> ScheduleChange:
        """A change of sessions of one program (its series' SEQUENCE rises with a weekly one)."""
        program_ids = {s.program_id for s in [*before, *after]}
        series = program_ids.pop() if len(program_ids) == 1 else None
        return ScheduleChange(description, tuple(before), tuple(after), series=series)

    # -- applying ------------------------------------------------------------------

    def apply(self, change: ScheduleChange) -> ScheduleChange:
        """Carry out a change in one transaction; returns it with ids assigned."""
        saved = self._write(change.before, change.after, change.program_after, change.series)
        return replace(change, after=tuple(saved))

    def revert(self, change: ScheduleChange) -> None:
        """Undo an applied change (SEQUENCE still rises: calendars must see the update)."""
        self._write(change.after, change.before, change.program_before, change.series)

    def _write(
        self,
        old: Iterable[Session],
        new: Iterable[Session],
        program: Program | None,
        series: int | None = None,
    ) -> list[Session]:
        new = list(new)
        keep = {s.id for s in new if s.id is not None}
        # the attendee lists as the change found them: the file holds them (edits are undone in
        # order), so a session of thousands is neither read back nor compared row by row
        was = {s.id: s for s in old if s.id is not None and s.id in keep}
        with self.workspace.db.atomic():
            self.sessions.delete(s.id for s in old if s.id is not None and s.id not in keep)
            stored = {s.id: s for s in self.sessions.list_sessions(ids=keep - was.keys())} if keep else {}
            if was:
                stored |= {
                    s.id: replace(s, attendees=was[s.id].attendees)
                    for s in self.sessions.list_sessions(ids=was.keys(), attendees=False)
                }
            to_save, series_changed = [], False
            for session in new:
                previous = stored.get(session.id)
                if previous is None:
                    to_save.append(replace(session, sequence=max(session.sequence, 0)))
                    series_changed = series_changed or session.week is not None
                elif _changed(previous, session):
                    to_save.append(replace(session, sequence=previous.sequence + 1))
                    series_changed = series_changed or session.week is not None
                else:
                    to_save.append(replace(session, sequence=previous.sequence))
            same = {s.id for s in to_save if s.id in stored and stored[s.id].attendees == s.attendees}
            self.sessions.save_many([s for s in to_save if s.id in same], attendees=False)
            written = iter(self.sessions.save_many([s for s in to_save if s.id not in same]))
            saved = [s if s.id in same else next(written) for s in to_save]
            if series is not None and series_changed and program is None:
                self.programs.raise_sequence(series)
            if program is not None and program.id is not None:
                current = self.programs.get(program.id)
                timing_changed = current is not None and (
                    (current.weekday, current.time, current.minutes, current.timezone, current.weeks)
                    != (program.weekday, program.time, program.minutes, program.timezone, program.weeks)
                )
                sequence = current.sequence if current else program.sequence
                if series_changed or timing_changed:
                    sequence += 1
                self.programs.save(
                    replace(program, sequence=sequence, uid=current.uid if current else program.uid),
                    reread=False,
                )
        return saved


WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def program_problems(
    program: Program, known_emails: set[str], format_keys: set[str], existing_names: set[str]
) -> list[str]:
    """Everything wrong with a new or edited program, one sentence each."""
    from peerdesk.domain import is_valid_timezone

    problems = []
    if not program.name.strip():
        problems.append(_("a program needs a name"))
    elif program.name.strip().casefold() in existing_names:
        problems.append(_("there is already a program called '{value}'").format(value=program.name.strip()))
    if problem := timezone_problem(program.timezone):
        problems.append(problem)
    if not 1 <= program.weeks <= 52:
        problems.append(_("{weeks} weeks is outside 1-52").format(weeks=program.weeks))
    elif is_valid_timezone(program.timezone):
        starts = (week_start(program, w) for w in range(1, program.weeks + 1))
        problems += local_time_notes(starts, program.timezone)[0]
    if not 5 <= program.minutes <= 480:
        problems.append(_("{minutes} minutes is outside 5-480").format(minutes=program.minutes))
    if program.format_key not in format_keys:
        problems.append(
            _("there is no format '{format_key}' (one of {list})").format(
                format_key=program.format_key, list=", ".join(sorted(format_keys))
            )
        )
    if program.organizer_email and not is_valid_email(program.organizer_email):
        problems.append(
            _(
                "the organizer '{organizer_email}' is not an email address (type a "
                "roster name, or a name and address like Priya Raman "
                "<priya@example.com>)"
            ).format(organizer_email=program.organizer_email)
        )
    elif not program.organizer_email:
        problems.append(
            _(
                "choose the organizer, in whose name the invites go out (you, from "
                "Preferences, someone on the roster, or a name and address typed in)"
            )
        )
    unknown = [e for e in program.members if e not in known_emails]
    if unknown:
        problems.append(_("not on the roster: {list}").format(list=", ".join(unknown)))
    if not program.members:
        problems.append(_("a program needs at least one member"))
    return problems
