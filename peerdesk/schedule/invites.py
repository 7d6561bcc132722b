"""Calendar invites (.ics) and ready-to-send email drafts (.eml) that real clients accept.

Two kinds of file (see GUIDE section 4):
- invitations: METHOD:REQUEST, one UID per file (a weekly series, or a
  one-off session), ORGANIZER = the program's organizer, every invitee an
  ATTENDEE; METHOD:CANCEL files for cancelled sessions and series, each with
  an email draft too;
- "add to calendar" files, per program or per person: no METHOD, ORGANIZER
  or ATTENDEE; sessions that do not take place stay in them as
  STATUS:CANCELLED events, so a newer file removes them on import.

Public builders, also used to publish the same calendar objects to a CalDAV
server (same UIDs, same SEQUENCE, so a calendar sees one event either way):
- `series_calendar(ctx, program, sessions, method=...)`: the weekly series,
  UID `program.uid`: one master event (RRULE with UNTIL in UTC, EXDATE for
  weeks that do not take place) whose SUMMARY is true of every week, plus a
  RECURRENCE-ID override for each week that differs (moved, other people or
  place, or a topic of its own);
- `session_calendar(ctx, program, session, method=...)`: one one-off
  session, UID `session.uid`;
- `cancellation(...)`: METHOD:CANCEL for a series, one week or a one-off.
All return `icalendar.Calendar` objects; `.to_ical()` gives the bytes.

Times are local with TZID and a rule-based VTIMEZONE (peerdesk.schedule.timezones),
so a weekly 10:00 session stays at 10:00 across a daylight-saving change.
Descriptions carry only what attendees should read: the format, its agenda,
the topic, who leads, the place and the video link; never the lead's notes or
the matching engine's reasons.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vRecur

from peerdesk import __version__, clock
from peerdesk.domain import Format, Person, Program, Session
from peerdesk.i18n import _
from peerdesk.schedule.dates import short_day
from peerdesk.schedule.email_drafts import ascii_email
from peerdesk.schedule.formats import display_format
from peerdesk.schedule.service import week_start
from peerdesk.schedule.timezones import vtimezone, years_of

PRODID = f"-//PeerDesk//PeerDesk {__version__}//EN"
ROLE = {"facilitator": "CHAIR", "learner": "REQ-PARTICIPANT", "observer": "OPT-PARTICIPANT"}
LIVE = ("planned", "held")
NAME_LIMIT = 120  # longer display names are cut (with an ellipsis), the same in CN, From and To
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


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
            (now or clock.now()).astimezone(UTC).replace(microsecond=0),
        )

    def name(self, email: str) -> str:
        """A person's display name for CN, From and To: one line, no control characters."""
        person = self.people.get(email)
        return (clean_name(person.name) if person else "") or email

    def format_name(self, key: str) -> str:
        """The name of a format ('Micro-lesson', in the active language), or its key when it is unknown."""
        fmt = self.formats.get(key)
        return display_format(fmt).name if fmt else key


def clean_name(name: str) -> str:
    """One line without control characters, at most NAME_LIMIT characters.

    A backslash becomes the look-alike U+29F5: readers disagree whether it
    escapes the next character in a CN parameter (icalendar's own parser
    reads `CN=x\\;ROLE=...` as one value), and the name must read back the same
    in every calendar and in the email headers. Straight double quotes become
    typographic ones (“ ”) for the same reason: a CN cannot hold `"`, and
    RFC 6868's `^'` is shown as it is by vobject, ics-py and Ruby's icalendar.
    """
    text = " ".join(_curly_quotes(_CONTROL.sub(" ", name)).replace("\\", "\u29f5").split())
    return text if len(text) <= NAME_LIMIT else text[: NAME_LIMIT - 1].rstrip() + "\u2026"


def _curly_quotes(text: str) -> str:
    """Each `"` as an opening or a closing typographic quote, in turn."""
    parts = text.split('"')
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out += ("\u201c" if i % 2 == 0 else "\u201d") + part
    return out


def one_line(text: str) -> str:
    """Titles for calendar names and mail subjects: line breaks folded into spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _address(ctx: InviteContext, email: str, role: str | None = None) -> vCalAddress:
    if role is None:
        return vCalAddress.new(ascii_email(email), cn=ctx.name(email))
    return vCalAddress.new(
        ascii_email(email),
        cn=ctx.name(email),
        role=ROLE.get(role, "REQ-PARTICIPANT"),
        partstat="NEEDS-ACTION",
        rsvp=True,
        cutype="INDIVIDUAL",
    )


def _calendar(method: str | None, name: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    if name:
        cal.add("name", one_line(name))
        cal.add("x-wr-calname", one_line(name))
    return cal


def _add_timezone(cal: Calendar, zone: str, starts: Iterable[datetime]) -> None:
    first, last = years_of(s.date() for s in starts)
    cal.add_component(vtimezone(zone, first, last))


def series_summary(ctx: InviteContext, program: Program) -> str:
    """The series title, true of every week: 'Micro-lesson - Spring skills pilot'."""
    return one_line(f"{ctx.format_name(program.format_key)} - {program.name}")


def _description(
    ctx: InviteContext, session: Session, *, topic: bool = True, leaders: str | None = None
) -> str:
    """Public text only: format, agenda, topic, who leads, place, video link."""
    parts = []
    fmt = ctx.formats.get(session.format_key)
    if fmt:
        fmt = display_format(fmt)
        parts.append(f"{fmt.name}: {fmt.description}".strip())
        if fmt.agenda:
            parts.append(_("Agenda:") + "\n" + fmt.agenda_text())
    if topic and session.topic:
        parts.append(_("Topic: {topic}").format(topic=session.topic))
    if leaders is not None:
        parts.append(leaders)
    elif session.facilitators:
        names = ", ".join(ctx.name(e) for e in session.facilitators)
        parts.append(_("Led by: {names}").format(names=names))
    parts += place_lines(session.location, session.video_link)
    return "\n\n".join(parts)


def place_lines(location: str, video_link: str) -> list[str]:
    """'Place: ...' and 'Join: ...' lines of invites and drafts, for whichever of the two is set."""
    lines = []
    if location:
        lines.append(_("Place: {location}").format(location=location))
    if video_link:
        lines.append(_("Join: {link}").format(link=video_link))
    return lines


def _aware(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(zone))


def _event(
    ctx: InviteContext,
    session: Session,
    *,
    uid: str,
    sequence: int,
    summary: str,
    description: str,
    start: datetime | None = None,
) -> Event:
    begin = _aware(start or session.start, session.timezone)
    # the end is counted in real minutes, so it never lands in a clock-change gap
    end = (begin.astimezone(UTC) + timedelta(minutes=session.minutes)).astimezone(begin.tzinfo)
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", ctx.now)
    event.add("sequence", sequence)
    event.add("dtstart", begin)
    event.add("dtend", end)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if session.location:
        event.add("location", session.location)
    if session.video_link:
        event.add("url", session.video_link)
    return event


def _alarm(minutes: int) -> Alarm:
    return Alarm.new_display(description=_("Reminder"), trigger=timedelta(minutes=-minutes))


def without_absent(ctx: InviteContext, sessions: Iterable[Session]) -> list[Session]:
    """The sessions with every attendee who is away on the session's day left out.

    A person on leave is not asked to a week they cannot come to: a weekly
    series then gets an override for that week without them (the week's
    people differ from the series'), the other weeks keep them.
    """
    out: list[Session] = []
    for session in sessions:
        day = session.start.date()
        here = tuple(a for a in session.attendees if not ((p := ctx.people.get(a.email)) and p.away(day)))
        out.append(session if len(here) == len(session.attendees) else replace(session, attendees=here))
    return out


def series_sessions(sessions: Iterable[Session]) -> list[Session]:
    """The weekly sessions among `sessions`, by week."""
    return sorted((s for s in sessions if s.week is not None), key=lambda s: s.week or 0)


def _union_attendees(sessions: Iterable[Session]) -> dict[str, str]:
    union: dict[str, str] = {}
    for session in sessions:
        for attendee in session.attendees:
            union.setdefault(attendee.email, "learner")
    return union


def organizer_name(ctx: InviteContext, program: Program) -> str:
    """The organizer's name for ORGANIZER's CN and the drafts' From: the roster's name when they
    are on it, else the name the lead typed in New Pilot (an organizer need not be on the roster)."""
    email = program.organizer_email or ""
    if email in ctx.people:
        return ctx.name(email)
    return clean_name(program.organizer_name) or email


def week_event(ctx: InviteContext, program: Program, session: Session) -> Event:
    """One week of a program's series as its own event: the series' UID, that week's RECURRENCE-ID."""
    summary = series_summary(ctx, program) + (f": {one_line(session.topic)}" if session.topic else "")
    event = _event(
        ctx,
        session,
        uid=program.uid,
        sequence=program.sequence,
        summary=summary,
        description=_description(ctx, session),
    )
    event.add("recurrence-id", _aware(week_start(program, session.week or 1), program.timezone))
    return event


def _add_people(ctx: InviteContext, event: Event, program: Program, attendees: dict[str, str]) -> None:
    """ORGANIZER and ATTENDEEs; the organizer is never also an attendee asked to reply (RFC 5546)."""
    organizer = program.organizer_email
    if organizer:
        event.add("organizer", vCalAddress.new(ascii_email(organizer), cn=organizer_name(ctx, program)))
    for email, role in attendees.items():
        if email != organizer:
            event.add("attendee", _address(ctx, email, role))


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(values).most_common(1)
    return counted[0][0] if counted else ""


@dataclass(frozen=True)
class SeriesPlan:
    """How a program's weekly sessions map onto one recurring event."""

    weeks: int  # occurrences in the RRULE (weeks 1..weeks)
    live: tuple[Session, ...]  # sessions that take place, by week
    excluded: tuple[int, ...]  # weeks that do not take place (EXDATE)
    location: str
    video_link: str
    attendees: dict[str, str] = field(default_factory=dict)


def plan_series(program: Program, sessions: Iterable[Session]) -> SeriesPlan:
    """The series' weeks, which take place, and what every week shares."""
    series = series_sessions(sessions)
    if not series:
        raise ValueError(_("{program} has no weekly sessions").format(program=program.name))
    weeks = max(program.weeks, max(s.week or 0 for s in series))
    live = tuple(s for s in series if s.status in LIVE)
    live_weeks = {s.week for s in live}
    return SeriesPlan(
        weeks=weeks,
        live=live,
        excluded=tuple(w for w in range(1, weeks + 1) if w not in live_weeks),
        location=_most_common(s.location for s in live),
        video_link=_most_common(s.video_link for s in live),
        attendees=_union_attendees(live or series),
    )


def _series_master(
    ctx: InviteContext, program: Program, sessions: list[Session], plan: SeriesPlan, sequence: int
) -> Event:
    template = replace_place(
        (plan.live or tuple(series_sessions(sessions)))[0], plan.location, plan.video_link
    )
    rotation = "\n".join(
        _("Week {week} ({day}): {names}").format(
            week=s.week,
            day=short_day(s.start),
            names=", ".join(ctx.name(e) for e in s.facilitators) or _("to be decided"),
        )
        for s in plan.live
    )
    master = _event(
        ctx,
        template,
        uid=program.uid,
        sequence=sequence,
        summary=series_summary(ctx, program),
        description=_description(
            ctx,
            template,
            topic=False,
            leaders=(_("Who leads each week:") + "\n" + rotation) if rotation else "",
        ),
        start=week_start(program, 1),
    )
    last = _aware(week_start(program, plan.weeks), program.timezone).astimezone(UTC)
    master.add("rrule", vRecur(freq="WEEKLY", until=last))
    return master


def replace_place(session: Session, location: str, video_link: str) -> Session:
    """The session with another place and video link (what the series master shows)."""
    return replace(session, location=location, video_link=video_link)


def series_calendar(
    ctx: InviteContext, program: Program, sessions: list[Session], *, method: str | None = "REQUEST"
) -> Calendar:
    """The program's weekly series as one calendar object (UID `program.uid`).

    One master event with RRULE UNTIL (UTC) and the weeks that do not take
    place as EXDATE; an override with RECURRENCE-ID for each week that moved,
    has other people or another place, or a topic of its own. With `method`
    REQUEST (the default) it is the invitation: ORGANIZER and ATTENDEEs with
    RSVP. `method=None` gives the same object without METHOD, for CalDAV.
    """
    plan = plan_series(program, sessions)
    zone = program.timezone
    master = _series_master(ctx, program, sessions, plan, program.sequence)
    master.add("status", "CONFIRMED")
    _add_people(ctx, master, program, plan.attendees)
    if plan.excluded:
        master.add("exdate", [_aware(week_start(program, w), zone) for w in plan.excluded])
    master.add_component(_alarm(program.reminder_minutes))
    cal = _calendar(method)
    _add_timezone(
        cal, zone, [week_start(program, 1), week_start(program, plan.weeks), *(s.start for s in plan.live)]
    )
    cal.add_component(master)
    shared = tuple(sorted(plan.attendees))
    for session in plan.live:
        slot = week_start(program, session.week or 1)
        if (
            session.start == slot
            and session.minutes == program.minutes
            and tuple(sorted(a.email for a in session.attendees)) == shared
            and session.location == plan.location
            and session.video_link == plan.video_link
            and not session.topic
        ):
            continue
        summary = series_summary(ctx, program) + (f": {one_line(session.topic)}" if session.topic else "")
        override = _event(
            ctx,
            session,
            uid=program.uid,
            sequence=program.sequence,
            summary=summary,
            description=_description(ctx, session),
        )
        override.add("recurrence-id", _aware(slot, zone))
        override.add("status", "CONFIRMED")
        _add_people(ctx, override, program, {a.email: a.role for a in session.attendees})
        override.add_component(_alarm(program.reminder_minutes))
        cal.add_component(override)
    return cal


def series_request(ctx: InviteContext, program: Program, sessions: list[Session]) -> Calendar:
    """The METHOD:REQUEST invitation for a program's weekly series (see `series_calendar`)."""
    return series_calendar(ctx, program, sessions, method="REQUEST")


def session_calendar(
    ctx: InviteContext, program: Program, session: Session, *, method: str | None = "REQUEST"
) -> Calendar:
    """One one-off session as one calendar object (UID `session.uid`); `method=None` for CalDAV."""
    event = _event(
        ctx,
        session,
        uid=session.uid,
        sequence=session.sequence,
        summary=one_line(session.title),
        description=_description(ctx, session),
    )
    event.add("status", "CONFIRMED")
    _add_people(ctx, event, program, {a.email: a.role for a in session.attendees})
    event.add_component(_alarm(program.reminder_minutes))
    cal = _calendar(method)
    _add_timezone(cal, session.timezone, [session.start])
    cal.add_component(event)
    return cal


def session_request(ctx: InviteContext, program: Program, session: Session) -> Calendar:
    """The METHOD:REQUEST invitation for one one-off session (see `session_calendar`)."""
    return session_calendar(ctx, program, session, method="REQUEST")


def cancellation(
    ctx: InviteContext, program: Program, session: Session | None, sessions: list[Session]
) -> Calendar:
    """METHOD:CANCEL for a whole series (session None), one series week, or a one-off.

    Same UID as the invitation; a whole series gets a SEQUENCE above the
    program's, a week or a one-off the sequence its cancellation raised.
    """
    cal = _calendar("CANCEL")
    if session is None:
        series = series_sessions(sessions)
        plan = plan_series(program, series)
        event = _series_master(ctx, program, series, plan, program.sequence + 1)
        attendees = _union_attendees(series)
        zone, starts = program.timezone, [week_start(program, 1), week_start(program, plan.weeks)]
    elif session.week is None:
        event = _event(
            ctx,
            session,
            uid=session.uid,
            sequence=session.sequence,
            summary=one_line(session.title),
            description=_description(ctx, session),
        )
        attendees = {a.email: a.role for a in session.attendees}
        zone, starts = session.timezone, [session.start]
    else:
        slot = week_start(program, session.week)
        event = week_event(ctx, program, session)
        attendees = {a.email: a.role for a in session.attendees}
        zone, starts = program.timezone, [slot, session.start]
    event.add("status", "CANCELLED")
    _add_people(ctx, event, program, attendees)
    _add_timezone(cal, zone, starts)
    cal.add_component(event)
    return cal


def calendar_import(ctx: InviteContext, title: str, sessions: list[Session]) -> Calendar:
    """An 'add to calendar' file: each session as its own event, no METHOD or people.

    Sessions that do not take place stay in the file as STATUS:CANCELLED
    events titled 'Cancelled: ...' (same UID, the SEQUENCE their cancelling
    raised), so importing a newer file over an older one removes them in
    every calendar that updates by UID. EXDATE cannot do that here: each
    session is an event of its own, with no series to exclude it from.
    """
    cal = _calendar(None, title)
    for zone in sorted({s.timezone for s in sessions}):
        _add_timezone(cal, zone, [s.start for s in sessions if s.timezone == zone])
    for session in sessions:
        live = session.status in LIVE
        event = _event(
            ctx,
            session,
            uid=f"copy-{session.uid}",
            sequence=session.sequence,
            summary=one_line(session.title) if live else cancelled_subject(one_line(session.title)),
            description=_description(ctx, session),
        )
        event.add("status", "CONFIRMED" if live else "CANCELLED")
        if live:
            event.add_component(_alarm(15))
        cal.add_component(event)
    return cal


def cancelled_subject(title: str) -> str:
    """'Cancelled: <title>', the SUMMARY of a cancelled copy and the subject of a cancellation draft."""
    return _("Cancelled: {title}").format(title=title)


def slug(text: str) -> str:
    """A file-name-safe version of a title."""
    cleaned = re.sub(r"[^\w\-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-_")
    return cleaned or "peerdesk"
