"""Calendar invites (.ics) and ready-to-send email drafts (.eml) that real clients accept.

Two kinds of file (see GUIDE section 4):
- invitations: METHOD:REQUEST, one UID per file (a weekly series, or a
  one-off session), ORGANIZER = the program's organizer, every invitee an
  ATTENDEE; METHOD:CANCEL files for cancelled sessions and series;
- "add to calendar" files, per program or per person: no METHOD, ORGANIZER
  or ATTENDEE.
Times are local with TZID and a VTIMEZONE covering the sessions' years, so a
weekly 10:00 session stays at 10:00 across a daylight-saving change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress, vRecur

from peerdesk import __version__
from peerdesk.atomic import write_bytes_atomically
from peerdesk.domain import Format, Person, Program, Session
from peerdesk.schedule.service import week_start

PRODID = f"-//PeerDesk//PeerDesk {__version__}//EN"
ROLE = {"facilitator": "CHAIR", "learner": "REQ-PARTICIPANT", "observer": "OPT-PARTICIPANT"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\"]")


@dataclass(frozen=True)
class InviteContext:
    """What invites need besides sessions: people, formats and the time of writing."""

    people: dict[str, Person]
    formats: dict[str, Format]
    now: datetime

    @classmethod
    def build(
        cls, people: Iterable[Person], formats: Iterable[Format], now: datetime | None = None
    ) -> InviteContext:
        """Index people by email and formats by key."""
        return cls(
            {p.email: p for p in people},
            {f.key: f for f in formats},
            (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        )

    def name(self, email: str) -> str:
        """A display name safe for a CN parameter (no quotes or control characters)."""
        person = self.people.get(email)
        return _CONTROL.sub(" ", person.name).strip() if person else email


def _address(ctx: InviteContext, email: str, role: str | None = None) -> vCalAddress:
    if role is None:
        return vCalAddress.new(email, cn=ctx.name(email))
    return vCalAddress.new(
        email,
        cn=ctx.name(email),
        role=ROLE.get(role, "REQ-PARTICIPANT"),
        partstat="NEEDS-ACTION",
        rsvp=True,
        cutype="INDIVIDUAL",
    )


def one_line(text: str) -> str:
    """Titles for calendar names and mail subjects: line breaks folded into spaces."""
    return " ".join(text.split())


def _calendar(method: str | None, name: str) -> Calendar:
    # icalendar leaves a line break in the calendar NAME unescaped, so fold it first
    return Calendar.new(prodid=PRODID, method=method, name=one_line(name))


def _timezones(zone: str, sessions: Iterable[Session]) -> Timezone:
    days = [s.start.date() for s in sessions] or [date.today()]
    return _vtimezone(zone, min(days).year, max(days).year)


@lru_cache(maxsize=64)
def _vtimezone(zone: str, first_year: int, last_year: int) -> Timezone:
    """A compact VTIMEZONE (the transitions of those years only), built once per zone and years."""
    return Timezone.from_tzinfo(
        ZoneInfo(zone), tzid=zone, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )


def _description(ctx: InviteContext, session: Session, extra: str = "") -> str:
    parts = []
    fmt = ctx.formats.get(session.format_key)
    if fmt:
        parts.append(f"{fmt.name}: {fmt.description}")
        if fmt.agenda:
            parts.append("Agenda:\n" + fmt.agenda_text())
    if session.topic:
        parts.append(f"Topic: {session.topic}")
    if session.facilitators and not extra:
        parts.append("Facilitator: " + ", ".join(ctx.name(e) for e in session.facilitators))
    if extra:
        parts.append(extra)
    if session.video_link:
        parts.append(f"Join: {session.video_link}")
    if session.notes:
        parts.append(session.notes)
    parts.append("Planned with PeerDesk.")
    return "\n\n".join(parts)


def _event(
    ctx: InviteContext,
    session: Session,
    *,
    uid: str,
    sequence: int,
    start: datetime | None = None,
    description: str | None = None,
) -> Event:
    zone = ZoneInfo(session.timezone)
    begin = (start or session.start).replace(tzinfo=zone)
    event = Event.new(
        uid=uid,
        stamp=ctx.now,
        start=begin,
        end=begin + timedelta(minutes=session.minutes),
        summary=session.title,
        description=description or _description(ctx, session),
        location=session.location or None,
        sequence=sequence,
    )
    if session.video_link:
        event.add("url", session.video_link)
    return event


def _alarm(minutes: int) -> Alarm:
    return Alarm.new_display(description="Reminder", trigger=timedelta(minutes=-minutes))


def _series_sessions(sessions: Iterable[Session]) -> list[Session]:
    return sorted((s for s in sessions if s.week is not None), key=lambda s: s.week or 0)


def series_request(ctx: InviteContext, program: Program, sessions: list[Session]) -> Calendar:
    """The METHOD:REQUEST invitation for a program's weekly series.

    One master event with RRULE COUNT; skipped and cancelled weeks as EXDATE;
    an occurrence that moved, or whose attendees or place differ, as an
    override with RECURRENCE-ID at its slot in the series.
    """
    series = _series_sessions(sessions)
    if not series:
        raise ValueError(f"{program.name} has no weekly sessions")
    first_slot = week_start(program, 1)
    live = [s for s in series if s.status in ("planned", "held")]
    attendees = _union_attendees(live or series)
    rotation = "\n".join(
        f"Week {s.week} ({s.start:%d %b}): "
        f"{', '.join(ctx.name(e) for e in s.facilitators) or 'to be decided'}"
        for s in live
    )
    template = live[0] if live else series[0]
    master = _event(
        ctx,
        template,
        uid=program.uid,
        sequence=program.sequence,
        start=first_slot,
        description=_description(ctx, template, "Facilitators:\n" + rotation),
    )
    master.add("rrule", vRecur(freq="WEEKLY", count=program.weeks))
    master.add("status", "CONFIRMED")
    _add_people(ctx, master, program.organizer_email, attendees)
    excluded = [
        week_start(program, s.week).replace(tzinfo=ZoneInfo(program.timezone))
        for s in series
        if s.status in ("skipped", "cancelled") and s.week
    ]
    if excluded:
        master.add("exdate", excluded)
    master.add_component(_alarm(program.reminder_minutes))
    cal = _calendar("REQUEST", program.name)
    cal.add_component(_timezones(program.timezone, series))
    cal.add_component(master)
    for session in live:
        slot = week_start(program, session.week or 1)
        own = tuple(sorted(a.email for a in session.attendees))
        if (
            session.start == slot
            and own == tuple(sorted(attendees))
            and session.location == template.location
            and session.video_link == template.video_link
        ):
            continue
        override = _event(ctx, session, uid=program.uid, sequence=program.sequence)
        override.add("recurrence-id", slot.replace(tzinfo=ZoneInfo(program.timezone)))
        override.add("status", "CONFIRMED")
        _add_people(ctx, override, program.organizer_email, {a.email: a.role for a in session.attendees})
        override.add_component(_alarm(program.reminder_minutes))
        cal.add_component(override)
    return cal


def _union_attendees(sessions: Iterable[Session]) -> dict[str, str]:
    union: dict[str, str] = {}
    for session in sessions:
        for attendee in session.attendees:
            union.setdefault(attendee.email, "learner")
    return union


def _add_people(ctx: InviteContext, event: Event, organizer: str | None, attendees: dict[str, str]) -> None:
    if organizer:
        event.add("organizer", _address(ctx, organizer))
    for email, role in attendees.items():
        if email != organizer or role == "facilitator":
            event.add("attendee", _address(ctx, email, role))


def session_request(ctx: InviteContext, program: Program, session: Session) -> Calendar:
    """The METHOD:REQUEST invitation for one one-off session."""
    event = _event(ctx, session, uid=session.uid, sequence=session.sequence)
    event.add("status", "CONFIRMED")
    _add_people(ctx, event, program.organizer_email, {a.email: a.role for a in session.attendees})
    event.add_component(_alarm(program.reminder_minutes))
    cal = _calendar("REQUEST", session.title)
    cal.add_component(_timezones(session.timezone, [session]))
    cal.add_component(event)
    return cal


def cancellation(
    ctx: InviteContext, program: Program, session: Session | None, sessions: list[Session]
) -> Calendar:
    """METHOD:CANCEL for a whole series (session None), one series week, or a one-off."""
    cal = _calendar("CANCEL", program.name)
    if session is None or session.week is None:
        target = session or _series_sessions(sessions)[0]
        uid = program.uid if session is None else session.uid
        sequence = program.sequence + 1 if session is None else session.sequence
        start = week_start(program, 1) if session is None else None
        event = _event(ctx, target, uid=uid, sequence=sequence, start=start)
        if session is None:
            event.add("rrule", vRecur(freq="WEEKLY", count=program.weeks))
        attendees = _union_attendees(sessions if session is None else [session])
    else:
        slot = week_start(program, session.week)
        event = _event(ctx, session, uid=program.uid, sequence=program.sequence, start=slot)
        event.add("recurrence-id", slot.replace(tzinfo=ZoneInfo(program.timezone)))
        attendees = _union_attendees([session])
    event.add("status", "CANCELLED")
    _add_people(ctx, event, program.organizer_email, attendees)
    cal.add_component(_timezones(program.timezone, sessions or [session]))  # type: ignore[list-item]
    cal.add_component(event)
    return cal


def calendar_import(ctx: InviteContext, title: str, sessions: list[Session]) -> Calendar:
    """An 'add to calendar' file: each live session as its own event, no METHOD or people."""
    cal = _calendar(None, title)
    for zone in sorted({s.timezone for s in sessions}):
        cal.add_component(_timezones(zone, [s for s in sessions if s.timezone == zone]))
    for session in sessions:
        if session.status not in ("planned", "held"):
            continue
        event = _event(ctx, session, uid=f"copy-{session.uid}", sequence=session.sequence)
        event.add_component(_alarm(15))
        cal.add_component(event)
    return cal


def email_draft(ctx: InviteContext, program: Program, cal: Calendar, subject: str) -> bytes:
    """A ready-to-send .eml with a text/calendar; method=REQUEST part (Accept/Decline)."""
    events = [c for c in cal.walk("VEVENT")]
    attendees = (
        [str(a).removeprefix("mailto:").removeprefix("MAILTO:") for a in (events[0].get("attendee") or [])]
        if events
        else []
    )
    if isinstance(attendees, str):
        attendees = [attendees]
    message = EmailMessage()
    organizer = program.organizer_email or ""
    message["From"] = formataddr((ctx.name(organizer), organizer)) if organizer else ""
    message["To"] = ", ".join(formataddr((ctx.name(e), e)) for e in attendees)
    message["Subject"] = one_line(subject)
    message["Message-ID"] = make_msgid(domain="peerdesk.invalid")
    first = events[0].decoded("dtstart") if events else None
    when = f"{first:%A %d %B %Y, %H:%M} ({program.timezone})" if isinstance(first, datetime) else ""
    body = (
        f"Hello,\n\nyou are invited to {subject.removeprefix('Invitation: ')}"
        f"{', starting ' + when if when else ''}.\nPlease accept or decline in your calendar.\n\n"
        f"{ctx.name(organizer)}\n"
    )
    message.set_content(body)
    message.add_alternative(
        cal.to_ical(),
        maintype="text",
        subtype="calendar",
        params={"method": str(cal.get("method", "REQUEST")), "charset": "UTF-8"},
    )
    return bytes(message)


def slug(text: str) -> str:
    """A file-name-safe version of a title."""
    cleaned = re.sub(r"[^\w\-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")
    return cleaned or "peerdesk"


def program_invites(
    ctx: InviteContext,
    program: Program,
    sessions: list[Session],
    *,
    person: str | None = None,
    eml: bool = False,
) -> dict[str, bytes]:
    """Every file for a program (or one person's 'all my sessions'), by file name."""
    files: dict[str, bytes] = {}
    base = slug(program.name)
    if person is not None:
        mine = [s for s in sessions if any(a.email == person for a in s.attendees)]
        who = ctx.name(person)
        files[f"{base}-{slug(who)}.ics"] = calendar_import(ctx, f"{program.name} - {who}", mine).to_ical()
        return files
    series = _series_sessions(sessions)
    if series and all(s.status == "cancelled" for s in series):
        files[f"{base}-series-cancel.ics"] = cancellation(ctx, program, None, series).to_ical()
    elif series:
        request = series_request(ctx, program, sessions)
        files[f"{base}-series.ics"] = request.to_ical()
        if eml:
            files[f"{base}-series.eml"] = email_draft(ctx, program, request, f"Invitation: {program.name}")
        for s in series:
            if s.status == "cancelled":
                files[f"{base}-week-{s.week}-cancel.ics"] = cancellation(ctx, program, s, series).to_ical()
    for s in (s for s in sessions if s.week is None):
        name = f"{base}-{s.start:%Y%m%d-%H%M}-{slug(s.title)[:40]}"
        if s.status == "cancelled":
            files[f"{name}-cancel.ics"] = cancellation(ctx, program, s, [s]).to_ical()
        elif s.status in ("planned", "held"):
            request = session_request(ctx, program, s)
            files[f"{name}.ics"] = request.to_ical()
            if eml:
                files[f"{name}.eml"] = email_draft(ctx, program, request, f"Invitation: {s.title}")
    files[f"{base}-calendar.ics"] = calendar_import(ctx, program.name, sessions).to_ical()
    return files


def write_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file atomically into `folder`; returns the paths written."""
    written = []
    for name, data in files.items():
        path = Path(folder) / name
        write_bytes_atomically(path, data)
        written.append(path)
    return written
