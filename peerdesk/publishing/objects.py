"""The calendar objects a program becomes on a CalDAV server.

One object per weekly series (skipped and cancelled weeks as EXDATE, moved or
changed weeks as RECURRENCE-ID overrides) and one per live one-off session,
with the same UIDs as the invites: they are built by the invite builders in
`peerdesk.schedule.invites`, then turned from iTIP messages into stored
calendar data.

On a server an object is not an iTIP message, so METHOD goes. ORGANIZER and
ATTENDEE go too: Nextcloud, SOGo, iCloud and Fastmail run server-side
scheduling (RFC 6638), and an object with an ORGANIZER that is the account
owner makes the server email every ATTENDEE again on each publish - a second
set of invitations beside the ones the lead already sent, and a flood of
updates on every republish. Without them the published calendar is a shared
view of the program; who takes part is written into the DESCRIPTION instead,
so colleagues still see it and a change of attendees is still published.
(An attendee who answers on the shared calendar adds their ATTENDEE with a
PARTSTAT; PeerDesk keeps those on republish - without an ORGANIZER no server
schedules anything from them.)
The reminder (VALARM) goes as well: on a shared calendar it would ring for
everyone who subscribes, not only for those who attend.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from icalendar import Calendar, Component, Event

from peerdesk import i18n
from peerdesk.domain import Program, Session
from peerdesk.i18n import _
from peerdesk.schedule.dates import local_date
from peerdesk.schedule.invites import InviteContext, series_request, session_request, without_absent

LIVE = ("planned", "held")
ANSWERED = ("ACCEPTED", "DECLINED", "TENTATIVE")
_DTSTAMP = re.compile(rb"^DTSTAMP[;:][^\r\n]*\r?\n", re.MULTILINE)
_FOLD = re.compile(rb"\r?\n[ \t]")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# control characters a lead may have pasted (NUL, form feed...): servers store them and other
# calendar programs then choke on the event; a CR is kept only as part of a line ending
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)")


@dataclass(frozen=True)
class CalendarObject:
    """One calendar object to keep on the server: its UID, file name, bytes and digest."""

    uid: str
    filename: str
    data: bytes
    digest: str
    label: str


def filename_for(uid: str) -> str:
    """The object's resource name in the collection, made from its UID (stable, URL-safe)."""
    return f"{_UNSAFE.sub('-', uid).strip('-') or 'peerdesk'}.ics"


def digest_of(data: bytes) -> str:
    """A digest of what is published, blind to DTSTAMP (the time of writing changes every time)."""
    return hashlib.sha256(_DTSTAMP.sub(b"", data)).hexdigest()


def same_content(a: bytes, b: bytes) -> bool:
    """True when two calendar objects hold the same lines, however a server folded or ordered them.

    DTSTAMP aside (it is the time of writing). Servers such as Cyrus fold long
    lines at other places than PeerDesk does, so bytes alone cannot tell. Nor
    can the text of every line: SOGo adds CLASS:PUBLIC (the default, so the
    same as none) to every event it stores and writes an RRULE's parts in its
    own order (the parts have none, RFC 5545 3.3.10).
    """
    return _content_lines(a) == _content_lines(b)


# properties at their RFC 5545 default value, which a server may write into an event that had none
_DEFAULTS = (b"CLASS:PUBLIC",)


def _content_lines(data: bytes, skip: tuple[bytes, ...] = (b"DTSTAMP:", b"DTSTAMP;")) -> list[bytes]:
    unfolded = _FOLD.sub(b"", data)
    lines = (line.strip(b"\r") for line in unfolded.split(b"\n"))
    return sorted(
        _rule_parts_sorted(line)
        for line in lines
        if line and not line.upper().startswith(skip) and line.upper() not in _DEFAULTS
    )


def _rule_parts_sorted(line: bytes) -> bytes:
    """An RRULE line with its parts (FREQ=...;BYDAY=...) in one order; any other line as it is."""
    if not line.upper().startswith(b"RRULE:"):
        return line
    return b"RRULE:" + b";".join(sorted(part.upper() for part in line[6:].split(b";")))


def _occurrence_key(event: Component) -> tuple[str, str]:
    when = event.get("RECURRENCE-ID")
    return str(event.get("UID", "")), when.to_ical().decode() if when is not None else ""


def _events(data: bytes) -> dict[tuple[str, str], Component] | None:
    try:
        return {_occurrence_key(e): e for e in Calendar.from_ical(data).walk("VEVENT")}
    except ValueError:
        return None


_ANSWER_SKIP = (b"DTSTAMP:", b"DTSTAMP;", b"ATTENDEE:", b"ATTENDEE;")


def _is_answer_override(event: Component, master: Component | None) -> bool:
    """An override a calendar program made only to answer for one week: same time, same title."""
    if master is None or "RECURRENCE-ID" not in event or "DTSTART" not in event:
        return False
    return event["DTSTART"].dt == event["RECURRENCE-ID"].dt and str(event.get("SUMMARY", "")) == str(
        master.get("SUMMARY", "")
    )


def answers_only(theirs: bytes, ours: bytes) -> bool:
    """True when the server's copy differs from ours only by attendees' answers.

    An answer is an ATTENDEE with a PARTSTAT on the series or on a week's
    override; a calendar program that declines one week adds an override of
    that week at its own time, holding only the answer.
    """
    server, mine = _events(theirs), _events(ours)
    if server is None or mine is None or not set(mine) <= set(server):
        return False
    for key, event in server.items():
        if key in mine:
            if _content_lines(event.to_ical(), _ANSWER_SKIP) != _content_lines(
                mine[key].to_ical(), _ANSWER_SKIP
            ):
                return False
        elif not _is_answer_override(event, mine.get((key[0], ""))):
            return False
    return True


def keep_answers(ours: bytes, theirs: bytes) -> bytes:
    """Our new version of an object, carrying the answers (ATTENDEE with a PARTSTAT) of the server's copy.

    Attendees answer on the shared calendar by marking themselves accepted,
    declined or tentative; a republish must not wipe that back out, so their
    ATTENDEE properties go into the same event (series or week) of our version;
    an answer for one week our version has no override of gets one, at the
    week's time, made from our series.
    """
    server = _events(theirs)
    if server is None:
        return ours
    carried: dict[tuple[str, str], tuple[Component, list[object]]] = {}
    for key, event in server.items():
        found = event.get("ATTENDEE", [])
        found = found if isinstance(found, list) else [found]
        kept = [a for a in found if str(a.params.get("PARTSTAT", "")).upper() in ANSWERED]
        if kept:
            carried[key] = (event, kept)
    if not carried:
        return ours
    cal = Calendar.from_ical(ours)
    mine = {_occurrence_key(e): e for e in cal.walk("VEVENT")}
    for key, (event, attendees) in carried.items():
        target = mine.get(key)
        master = mine.get((key[0], ""))
        if (
            target is None
            and master is not None
            and "RECURRENCE-ID" in event
            and "DTSTART" in master
            and not _excluded(master, event["RECURRENCE-ID"].dt)
        ):
            target = _override_of(master, event["RECURRENCE-ID"].dt)
            cal.add_component(target)
        for attendee in attendees if target is not None else []:
            target.add("attendee", attendee)
    return _CONTROL.sub(b"", cal.to_ical())


def _excluded(master: Component, when: object) -> bool:
    """Whether the series leaves out the week starting `when` (skipped or cancelled: no answer to keep)."""
    found = master.get("EXDATE", [])
    return any(d.dt == when for value in (found if isinstance(found, list) else [found]) for d in value.dts)


def _override_of(master: Component, when: object) -> Component:
    """A week of the series as an override at its own time (to hold answers for that week)."""
    override = Event()
    for name, value in master.property_items(recursive=False):
        if name not in (
            "BEGIN",
            "END",
            "RRULE",
            "RDATE",
            "EXDATE",
            "ATTENDEE",
            "DTSTART",
            "DTEND",
            "DURATION",
        ):
            override.add(name, value, encode=False)
    length = master["DTEND"].dt - master["DTSTART"].dt if "DTEND" in master else master["DURATION"].dt
    override.add("recurrence-id", when)
    override.add("dtstart", when)
    override.add("dtend", when + length)  # type: ignore[operator]
    return override


def _names(values: object) -> list[str]:
    items = values if isinstance(values, list) else [values]
    names = []
    for item in items:
        params = getattr(item, "params", {})
        address = str(item).removeprefix("mailto:").removeprefix("MAILTO:")
        names.append(str(params.get("CN") or address))
    return names


def _as_stored(cal: Calendar) -> Calendar:
    """An iTIP message made into stored calendar data (see the module docstring for why)."""
    # a stored object is not a message (no METHOD) nor a whole calendar file: the calendar's own
    # NAME and a fresh random VCALENDAR UID would rename nothing and change on every build
    for prop in ("METHOD", "NAME", "X-WR-CALNAME", "UID"):
        cal.pop(prop, None)
    for event in cal.walk("VEVENT"):
        people = _names(event.get("ATTENDEE", []))
        organizer = _names(event["ORGANIZER"]) if "ORGANIZER" in event else []
        event.pop("ATTENDEE", None)
        event.pop("ORGANIZER", None)
        event.subcomponents = [c for c in event.subcomponents if c.name != "VALARM"]
        who = [*organizer, *(p for p in people if p not in organizer)]
        if who:
            text = str(event.get("DESCRIPTION", ""))
            event.pop("DESCRIPTION", None)
            event.add("description", (text + "\n\n" + _("Who: {names}").format(names=", ".join(who))).strip())
    return cal


def _object(uid: str, cal: Component, label: str) -> CalendarObject:
    data = _CONTROL.sub(b"", _as_stored(cal).to_ical())  # type: ignore[arg-type]
    return CalendarObject(uid, filename_for(uid), data, digest_of(data), label)


def program_objects(
    ctx: InviteContext, program: Program, sessions: list[Session]
) -> dict[str, CalendarObject]:
    """Every object the program should have on the server now, by UID.

    A series with no live week, and cancelled or skipped one-offs, have no
    object: publishing removes what was there.
    """
    with i18n.language(program.language):  # what attendees read is in the program's language
        return _program_objects(ctx, program, sessions)


def _program_objects(
    ctx: InviteContext, program: Program, sessions: list[Session]
) -> dict[str, CalendarObject]:
    objects: dict[str, CalendarObject] = {}
    sessions = without_absent(ctx, sessions)  # nobody is asked to a week they are away
    weekly = [s for s in sessions if s.week is not None]
    if any(s.status in LIVE for s in weekly):
        objects[program.uid] = _object(
            program.uid,
            series_request(ctx, program, sessions),
            _("the weekly series of {name}").format(name=program.name),
        )
    for session in sessions:
        if session.week is None and session.status in LIVE:
            objects[session.uid] = _object(
                session.uid,
                session_request(ctx, program, session),
                _("{title} on {when}").format(
                    title=session.title, when=local_date(session.start, "%d %b %Y %H:%M", "dd MMM y HH:mm")
                ),
            )
    return objects
