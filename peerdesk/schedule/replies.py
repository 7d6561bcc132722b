"""Invitees' answers coming back: iTIP REPLY messages read from files, matched to sessions, stored.

Attendees answer an invitation with a METHOD:REPLY calendar ("Accepted:
Micro-lesson..."), inside a mail or as an .ics file. `calendars_in` finds the
calendars in an .ics or .eml file, an mbox file, a Maildir folder or a plain
folder of such files; `read_answers` reads the answers out of one calendar;
`plan_replies` matches each answer to the sessions it is about:

- by UID: the program's UID is its weekly series (every week, or with a
  RECURRENCE-ID the one week whose original slot it names), a session's UID
  is that one-off session;
- by attendee: only someone the session invites can answer for it;
- only when current: a reply to an older SEQUENCE than the invitation's is
  left out (it answers a time or place that changed), and one whose DTSTAMP
  is older than the answer already stored never replaces it.

`import_replies` does all of that for a workspace and returns what it
stored, what it left out and why (file and event named), and the OpChanges
the screens refresh from.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import Message
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

from peerdesk.changes import OpChanges, ids
from peerdesk.domain import PARTSTATS, Program, Reply, Session
from peerdesk.i18n import _, nformat
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.email_drafts import ascii_email
from peerdesk.schedule.service import Schedule, week_start
from peerdesk.storage import Workspace
from peerdesk.storage.replies import ReplyRepository

CALENDAR_TYPES = ("text/calendar", "application/ics")
FILE_TYPES = (".ics", ".eml", ".mbox")


@dataclass(frozen=True)
class Answer:
    """One attendee's answer as the reply states it, before it is matched to a session."""

    where: str  # file (and message) it came from, for messages
    uid: str
    recurrence: datetime | None  # the original start of one week (aware, or naive = local), or None
    email: str  # lower case, domain in punycode
    partstat: str  # accepted / declined / tentative
    sequence: int
    stamp: datetime  # aware UTC
    comment: str = ""
    summary: str = ""


@dataclass
class ReplyPlan:
    """The answers to store and the ones left out, with the reason for each."""

    replies: list[Reply] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ReplyImport:
    """What an import did: answers stored, notes for the lead, and what the screens must refresh."""

    stored: list[Reply] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: OpChanges = field(default_factory=OpChanges)

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        text = nformat("Stored {n} answer", "Stored {n} answers", len(self.stored))
        return text + ("; " + nformat("{n} note", "{n} notes", len(self.notes)) if self.notes else "")


# -- finding calendars ----------------------------------------------------------------


def calendars_in(path: Path) -> Iterator[tuple[str, bytes | str]]:
    """(where, calendar bytes) for each calendar in `path`; (where, problem text) for what cannot be read.

    `path` is an .ics or .eml file, an mbox file, a Maildir folder (cur/ and
    new/ inside) or a folder holding such files.
    """
    path = Path(path)
    try:
        if path.is_dir():
            if (path / "cur").is_dir() and (path / "new").is_dir():
                yield from _maildir(path)
                return
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in FILE_TYPES:
                    yield from calendars_in(child)
            return
        if not path.exists():
            yield str(path), _("no such file or folder")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield str(path), _("cannot be read ({value})").format(value=exc.strerror or exc)
        return
    head = data.lstrip()[:64].upper()
    if head.startswith(b"BEGIN:VCALENDAR"):
        yield str(path), data
    elif data.startswith(b"From "):
        yield from _mbox(path)
    else:
        message = email.message_from_bytes(data, policy=email.policy.default)
        found = list(_calendars_in_message(message))
        if not found:
            yield str(path), _("holds no calendar (neither an .ics nor a mail with an invitation answer)")
        yield from ((str(path), part) for part in found)


def is_reply_source(path: Path) -> bool:
    """Whether `path` can hold answers: an .eml, .ics or .mbox file, or a folder (Maildir or plain)."""
    return path.is_dir() or path.suffix.lower() in FILE_TYPES


def _mbox(path: Path) -> Iterator[tuple[str, bytes | str]]:
    box = mailbox.mbox(path, create=False)
    try:
        for number, message in enumerate(box, start=1):
            parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
            for part in _calendars_in_message(parsed):
                yield _("{path}, message {number}").format(path=path, number=number), part
    finally:
        box.close()


def _maildir(path: Path) -> Iterator[tuple[str, bytes | str]]:
    box = mailbox.Maildir(path, create=False)
    for key in sorted(box.keys()):
        parsed = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
        for part in _calendars_in_message(parsed):
            yield _("{path}, message {key}").format(path=path, key=key), part


def _calendars_in_message(message: Message) -> Iterator[bytes]:
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = (part.get_filename() or "").lower()
        if part.get_content_type() in CALENDAR_TYPES or filename.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                yield payload


# -- reading answers ------------------------------------------------------------------


def address(value: str) -> str:
    """An email from a calendar address or the roster, in the one form both are compared in."""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return ascii_email(text.strip().lower())


def _attendees(event: Event) -> list[vCalAddress]:
    value = event.get("ATTENDEE")
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_answers(where: str, data: bytes) -> tuple[list[Answer], list[str]]:
    """The answers in one calendar, and a note for each part that is not one."""
    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        return [], [_("{where}: not a calendar file ({exc})").format(where=where, exc=exc)]
    method = str(cal.get("METHOD", "")).upper()
    if method != "REPLY":
        return [], [
            _("{where}: not an answer to an invitation (METHOD:{value}); left out").format(
                where=where, value=method or "none"
            )
        ]
    answers: list[Answer] = []
    notes: list[str] = []
    for event in cal.walk("VEVENT"):
        try:
            found, problems = _event_answers(where, event)
        except (ValueError, TypeError, AttributeError) as exc:  # a property that does not parse
            found, problems = (
                [],
                [_("{where}: an answer that cannot be read ({exc}); left out").format(where=where, exc=exc)],
            )
        answers += found
        notes += problems
    return answers, notes


def _event_answers(where: str, event: Event) -> tuple[list[Answer], list[str]]:
    uid = str(event.get("UID", "")).strip()
    stamp = event.get("DTSTAMP")
    if not uid or stamp is None or not isinstance(stamp.dt, datetime):
        return [], [_("{where}: an answer without UID or DTSTAMP; left out").format(where=where)]
    if "ATTENDEE" not in event:
        return [], [_("{where}: an answer that names no attendee; left out").format(where=where)]
    recurrence = event.get("RECURRENCE-ID")
    when = recurrence.dt if recurrence is not None else None
    if isinstance(when, date) and not isinstance(when, datetime):
        when = datetime.combine(when, datetime.min.time())
    sequence = int(str(event.get("SEQUENCE", 0)))
    stamped = stamp.dt.astimezone(UTC) if stamp.dt.tzinfo else stamp.dt.replace(tzinfo=UTC)
    answers, notes = [], []
    for attendee in _attendees(event):
        partstat = str(attendee.params.get("PARTSTAT", "")).lower()
        who = address(str(attendee))
        if partstat not in PARTSTATS:
            notes.append(
                _("{where}: {who} answered {value}; left out").format(
                    where=where, who=who, value=partstat.upper() or "nothing"
                )
            )
            continue
        answers.append(
            Answer(
                where=where,
                uid=uid,
                recurrence=when,
                email=who,
                partstat=partstat,
                sequence=sequence,
                stamp=stamped,
                comment=" ".join(str(event.get("COMMENT", "")).split()),
                summary=" ".join(str(event.get("SUMMARY", "")).split()),
            )
        )
    return answers, notes


# -- matching -------------------------------------------------------------------------


def _slot_utc(program: Program, week: int) -> datetime:
    return week_start(program, week).replace(tzinfo=ZoneInfo(program.timezone)).astimezone(UTC)


def _targets(
    answer: Answer,
    programs: dict[str, Program],
    sessions: dict[str, Session],
    weekly: dict[int, list[Session]],
) -> tuple[list[Session], int, str] | str:
    """The sessions an answer is about, the current SEQUENCE and a title; or why there are none."""
    if answer.uid in sessions:
        session = sessions[answer.uid]
        return [session], session.sequence, session.title
    program = programs.get(answer.uid)
    if program is None:
        return _("answers an invitation this workspace did not send ({value})").format(
            value=answer.summary or answer.uid
        )
    series = weekly.get(program.id or 0, [])
    if answer.recurrence is None:
        return series, program.sequence, program.name
    when = answer.recurrence
    local = when.tzinfo is None
    for session in series:
        slot = week_start(program, session.week or 1)
        if (slot == when) if local else (_slot_utc(program, session.week or 1) == when.astimezone(UTC)):
            return (
                [session],
                program.sequence,
                _("{name}, week {week}").format(name=program.name, week=session.week),
            )
    return _("names a week of {name} that does not exist ({when})").format(
        name=program.name, when=local_date(when, "%a %d %b %Y %H:%M", "EEE dd MMM y HH:mm")
    )


def plan_replies(
    answers: Iterable[Answer],
    programs: Iterable[Program],
    sessions: Iterable[Session],
    stored: dict[int, dict[str, Reply]],
) -> ReplyPlan:
    """Match answers to sessions and keep only the current ones (see the module docstring)."""
    by_program = {p.uid: p for p in programs}
    all_sessions = list(sessions)
    by_uid = {s.uid: s for s in all_sessions if s.week is None}
    weekly: dict[int, list[Session]] = {}
    for session in all_sessions:
        if session.week is not None:
            weekly.setdefault(session.program_id, []).append(session)
    plan = ReplyPlan()
    latest: dict[tuple[int, str], Reply] = {}
    for answer in answers:
        found = _targets(answer, by_program, by_uid, weekly)
        if isinstance(found, str):
            plan.notes.append(_("{where}: {found}; left out").format(where=answer.where, found=found))
            continue
        targets, sequence, title = found
        if answer.sequence < sequence:
            plan.notes.append(
                _(
                    "{where}: {email} answered an older version of {title} (sequence "
                    "{sequence}, now {sequence2}); left out, their calendar will ask again"
                ).format(
                    where=answer.where,
                    email=answer.email,
                    title=title,
                    sequence=answer.sequence,
                    sequence2=sequence,
                )
            )
            continue
        invited = [
            (s, a.email) for s in targets for a in s.attendees if address(a.email) == answer.email and s.id
        ]
        if not invited:
            plan.notes.append(
                _("{where}: {email} is not invited to {title}; left out").format(
                    where=answer.where, email=answer.email, title=title
                )
            )
            continue
        for session, roster_email in invited:
            key = (session.id or 0, roster_email)
            before = latest.get(key) or stored.get(key[0], {}).get(roster_email)
            if before is not None and before.stamp > answer.stamp:
                continue  # an older answer than the one already known
            reply = Reply(
                key[0], roster_email, answer.partstat, answer.sequence, answer.stamp, answer.comment
            )
            if before is None or (before.partstat, before.stamp) != (reply.partstat, reply.stamp):
                latest[key] = reply
    plan.replies = list(latest.values())
    return plan


def import_replies(workspace: Workspace, paths: Iterable[Path]) -> ReplyImport:
    """Read every answer in `paths`, store the current ones; nothing is stored for what is left out."""
    answers: list[Answer] = []
    result = ReplyImport()
    for path in paths:
        for where, data in calendars_in(Path(path)):
            if isinstance(data, str):
                result.notes.append(f"{where}: {data}")
                continue
            found, notes = read_answers(where, data)
            answers += found
            result.notes += notes
    stored = record_answers(workspace, answers)
    result.stored = stored.stored
    result.notes += stored.notes
    result.changes = stored.changes
    return result


def server_answers(where: str, data: bytes) -> list[Answer]:
    """The answers in a calendar server's copy of a published event.

    PeerDesk publishes no ATTENDEE; a colleague's calendar client that answers
    on the shared calendar adds theirs with PARTSTAT ACCEPTED, DECLINED or
    TENTATIVE (for the series, or in a RECURRENCE-ID override for one week).
    Those are read like file replies; anything else on the copy is no answer.
    """
    try:
        cal = Calendar.from_ical(data)
    except ValueError:
        return []
    answers: list[Answer] = []
    for event in cal.walk("VEVENT"):
        try:
            found, _notes = _event_answers(where, event)
        except (ValueError, TypeError, AttributeError):
            continue
        answers += found
    return answers


def record_answers(workspace: Workspace, answers: Iterable[Answer]) -> ReplyImport:
    """Match answers to sessions and store the current ones: the one path for file and server answers."""
    result = ReplyImport()
    schedule = Schedule(workspace)
    sessions = schedule.list_sessions()
    repository = ReplyRepository(workspace.db)
    plan = plan_replies(
        answers, schedule.list_programs(), sessions, repository.for_sessions(s.id for s in sessions if s.id)
    )
    repository.save_many(plan.replies)
    result.stored = plan.replies
    result.notes += plan.notes
    if plan.replies:
        touched = ids(r.session_id for r in plan.replies)
        programs = ids(s.program_id for s in sessions if s.id in touched)
        result.changes = OpChanges(schedule=True, attendance=True, sessions=touched, programs=programs)
    return result


def answers_by_session(workspace: Workspace, session_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """Per session, each invitee's answer (accepted / declined / tentative) by email."""
    stored = ReplyRepository(workspace.db).for_sessions(session_ids)
    return {sid: {email: r.partstat for email, r in by_email.items()} for sid, by_email in stored.items()}


def answer_counts(answers: dict[str, str], invited: Iterable[str]) -> str:
    """'2 accepted, 1 declined, 1 no answer' for a session's invitees."""
    unanswered = _("no answer")  # looked up once: a session may invite thousands
    tally = {state: 0 for state in (*PARTSTATS, unanswered)}
    for email_address in invited:
        tally[answers.get(email_address, unanswered)] += 1
    return ", ".join(f"{n} {state}" for state, n in tally.items() if n)


def answer_summaries(
    workspace: Workspace, sessions: Iterable[Session], programs: Iterable[Program]
) -> dict[int, str]:
    """Per session id, its invitees' answers in words ('1 accepted, 2 no answer'); the organizer,
    who is never asked, is left out."""
    organizers = {p.id: p.organizer_email for p in programs}
    sessions = [s for s in sessions if s.id is not None]
    answers = answers_by_session(workspace, [s.id for s in sessions if s.id is not None])
    return {
        s.id: answer_counts(
            answers.get(s.id, {}), [a.email for a in s.attendees if a.email != organizers.get(s.program_id)]
        )
        for s in sessions
        if s.id is not None
    }
