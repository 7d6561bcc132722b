"""The files of an invite export: names, email drafts, notes for the lead, and the folder's manifest.

`build_program_invites` turns a program into files (name -> bytes): the
series invitation, one invitation per one-off (its name ends with a tag of its
UID, so two sessions with the same time and title never overwrite each other),
cancellations, email drafts for each of them, and the add-to-calendar file.
`export_program_invites` writes them into a folder and keeps a manifest there
(`.peerdesk-invites.json`), so exporting again removes PeerDesk's own earlier
files for that program that are no longer current, and nothing else: the
folder holds exactly one current set.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from icalendar import Calendar

from peerdesk import i18n
from peerdesk.atomic import write_bytes_atomically
from peerdesk.domain import Person, Program, Session
from peerdesk.i18n import _, nformat
from peerdesk.schedule import email_drafts
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.dates import day_month_year, long_day_time, short_date, short_day_time
from peerdesk.schedule.invites import (
    LIVE,
    InviteContext,
    SeriesPlan,
    calendar_import,
    cancellation,
    cancelled_subject,
    one_line,
    organizer_name,
    place_lines,
    plan_series,
    series_request,
    series_sessions,
    series_summary,
    session_request,
    slug,
    without_absent,
)
from peerdesk.schedule.service import Schedule
from peerdesk.schedule.slots import to_local
from peerdesk.schedule.timezones import local_time_problem
from peerdesk.storage import Workspace, WorkspaceError, check_output_folder
from peerdesk.storage.people import PeopleRepository

# -- email drafts ---------------------------------------------------------------------


def recipients(cal: Calendar) -> list[tuple[str, str]]:
    """(CN, email) of every ATTENDEE in the calendar's events, first appearance first."""
    seen: dict[str, str] = {}
    for event in cal.walk("VEVENT"):
        for attendee in event.attendees:
            email = str(attendee).split(":", 1)[-1] if ":" in str(attendee) else str(attendee)
            seen.setdefault(email, str(attendee.params.get("CN", "")))
    return [(name, email) for email, name in seen.items()]


def _when(session: Session) -> str:
    return f"{long_day_time(session.start)} ({session.timezone})"


def invitation_subject(title: str) -> str:
    """'Invitation: <title>', the subject of an invitation's draft."""
    return _("Invitation: {title}").format(title=title)


def email_draft(ctx: InviteContext, program: Program, cal: Calendar, subject: str, text: str) -> bytes:
    """A ready-to-send .eml with the calendar as a `text/calendar; method=...` part.

    The recipients are exactly the calendar's ATTENDEEs, the sender its organizer.
    """
    organizer = program.organizer_email
    name = organizer_name(ctx, program) if organizer else ""
    body = _("Hello,") + f"\n\n{text}\n\n{name}\n"
    return email_drafts.email_draft(
        sender=(name, organizer) if organizer else None,
        recipients=recipients(cal),
        subject=one_line(subject),
        body=body,
        calendar=cal.to_ical(),
        method=str(cal.get("method", "REQUEST")),
        now=ctx.now,
    )


def _zone_lines(ctx: InviteContext, sessions: list[Session], emails: Iterable[str], zone: str) -> list[str]:
    """For invitees outside `zone`: each session's time on their own clock, one line per timezone."""
    by_zone: dict[str, list[str]] = {}
    for email in emails:
        person = ctx.people.get(email)
        if person is not None and person.timezone != zone:
            by_zone.setdefault(person.timezone, []).append(ctx.name(email))
    lines = []
    for other, names in sorted(by_zone.items()):
        times = ", ".join(short_day_time(to_local(s.start_utc(), other)) for s in sessions)
        who = ", ".join(sorted(names, key=str.casefold))
        lines.append(_("In {zone} ({names}): {times}").format(zone=other, names=who, times=times))
    return lines


def _own_clocks(ctx: InviteContext, program: Program, session: Session, cal: Calendar) -> str:
    """For a cancellation: the cancelled time on each invitee's own clock, or nothing."""
    emails = _invitees(program, [email for _name, email in recipients(cal)])
    zones = _zone_lines(ctx, [session], emails, session.timezone)
    return "\n\n" + _("On your own clock:") + "\n" + "\n".join(zones) if zones else ""


def _series_text(ctx: InviteContext, program: Program, plan: SeriesPlan) -> str:
    first, last = plan.live[0], plan.live[-1]
    upcoming = [s for s in plan.live if s.start_utc() >= ctx.now]
    sessions = nformat(
        "{n} weekly session of {minutes} minutes",
        "{n} weekly sessions of {minutes} minutes",
        len(plan.live),
        minutes=program.minutes,
    )
    lines = [
        _("you are invited to {series}: {sessions}, {time} ({zone}), from {first} to {last}.").format(
            series=series_summary(ctx, program),
            sessions=sessions,
            time=f"{program.time:%H:%M}",
            zone=program.timezone,
            first=day_month_year(first.start),
            last=day_month_year(last.start),
        )
    ]
    if upcoming and upcoming[0] is first:
        lines.append(_("The first session is on {when}.").format(when=_when(first)))
    elif upcoming:
        lines.append(
            _(
                "The series began on {first}; this invitation is for the sessions from "
                "week {week} on, the next on {when}."
            ).format(first=day_month_year(first.start), week=upcoming[0].week, when=_when(upcoming[0]))
        )
    else:
        lines.append(_("Every session of the series has already taken place."))
    lines += place_lines(plan.location, plan.video_link)
    zones = _zone_lines(ctx, upcoming, _invitees(program, plan.attendees), program.timezone)
    if zones:
        lines += ["", _("On your own clock:"), *zones, ""]
    lines.append(_("Please accept or decline in your calendar."))
    return "\n".join(lines)


def _invitees(program: Program, attendees: Iterable[str]) -> list[str]:
    return [e for e in attendees if e != program.organizer_email]


def _session_text(ctx: InviteContext, program: Program, session: Session) -> str:
    lines = [
        _("you are invited to {title} on {when}, {minutes} minutes.").format(
            title=one_line(session.title), when=_when(session), minutes=session.minutes
        )
    ]
    lines += place_lines(session.location, session.video_link)
    emails = _invitees(program, [a.email for a in session.attendees])
    zones = _zone_lines(ctx, [session], emails, session.timezone)
    if zones:
        lines += ["", _("On your own clock:"), *zones, ""]
    lines.append(_("Please accept or decline in your calendar."))
    return "\n".join(lines)


# -- files ---------------------------------------------------------------------------


def short_slug(text: str, limit: int = 32) -> str:
    """A slug of at most `limit` characters, cut at a word boundary where one is near."""
    full = slug(text)
    if len(full) <= limit:
        return full
    cut = full[:limit]
    if "-" in cut[limit // 2 :]:
        cut = cut[: cut.rindex("-")]
    return cut.strip("-_") or "peerdesk"


def tag(text: str) -> str:
    """Eight characters that tell two files apart (from a UID or an email)."""
    match = re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", text)
    return match.group(0)[:8] if match else hashlib.sha1(text.encode()).hexdigest()[:8]


@dataclass
class InviteSet:
    """The files of one export (name -> bytes) and what the lead should be told."""

    files: dict[str, bytes] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, data: bytes) -> None:
        """Add a file; a name already taken gets a counter (nothing is overwritten)."""
        stem, dot, ext = name.rpartition(".")
        candidate, counter = name, 2
        while candidate in self.files:
            candidate, counter = f"{stem}-{counter}{dot}{ext}", counter + 1
        self.files[candidate] = data


def time_notes(program: Program, sessions: Iterable[Session]) -> list[str]:
    """Sessions that start at a local time that does not exist (stored before PeerDesk refused them)."""
    return [
        _("{title}: {problem}; move it, calendars disagree about when it is").format(
            title=one_line(s.title), problem=problem
        )
        for s in sessions
        if s.status in LIVE and (problem := local_time_problem(s.start, s.timezone))
    ]


def address_notes(sessions: Iterable[Session]) -> list[str]:
    """Invitees whose address has a non-ASCII part before the @: no punycode exists for it."""
    emails = sorted(
        {a.email for s in sessions for a in s.attendees if not a.email.rpartition("@")[0].isascii()}
    )
    return [
        _(
            "{email}: the part before @ is not plain ASCII; the drafts keep it as it is, and only mail "
            "servers that accept international addresses (SMTPUTF8) deliver it"
        ).format(email=email)
        for email in emails
    ]


def build_program_invites(
    ctx: InviteContext,
    program: Program,
    sessions: list[Session],
    *,
    person: str | None = None,
    eml: bool = False,
    base: str | None = None,
) -> InviteSet:
    """Every file for a program (or one person's 'all my sessions'), with notes for the lead.

    Each one-off gets its own file (its name ends with a tag of its UID), so
    sessions with the same time and title never overwrite each other.
    """
    out = InviteSet()
    sessions = without_absent(ctx, sessions)  # nobody is asked to a week they are away
    base = base or short_slug(program.name)
    out.notes += time_notes(program, sessions)
    if eml:
        out.notes += address_notes(s for s in sessions if s.status in LIVE)
    if person is not None:
        mine = [s for s in sessions if any(a.email == person for a in s.attendees)]
        who = ctx.name(person)
        if not mine:
            out.notes.append(
                _("{person} has no session of {program}: no file written").format(
                    person=who, program=program.name
                )
            )
            return out
        with i18n.language(program.language):
            calendar = calendar_import(ctx, f"{program.name} - {who}", mine)
        out.add(f"{base}-{short_slug(who, 24)}-{tag(person)}.ics", calendar.to_ical())
        return out
    with i18n.language(program.language):  # what attendees read is in the program's language
        _program_files(ctx, program, sessions, out, base, eml)
    return out


def _program_files(
    ctx: InviteContext, program: Program, sessions: list[Session], out: InviteSet, base: str, eml: bool
) -> None:
    """The invitations, cancellations, drafts and add-to-calendar file of `build_program_invites`."""
    series = series_sessions(sessions)
    if series:
        plan = plan_series(program, series)
        if not plan.live:
            cancel = cancellation(ctx, program, None, series)
            out.add(f"{base}-series-cancel.ics", cancel.to_ical())
            if eml:
                text = _(
                    "{series} is cancelled: every session of the series is removed from your calendar."
                ).format(series=series_summary(ctx, program))
                subject = cancelled_subject(series_summary(ctx, program))
                out.add(f"{base}-series-cancel.eml", email_draft(ctx, program, cancel, subject, text))
        else:
            request = series_request(ctx, program, sessions)
            out.add(f"{base}-series.ics", request.to_ical())
            if eml:
                subject = invitation_subject(series_summary(ctx, program))
                text = _series_text(ctx, program, plan)
                out.add(f"{base}-series.eml", email_draft(ctx, program, request, subject, text))
            for s in series:
                if s.status != "cancelled":
                    continue
                cancel = cancellation(ctx, program, s, series)
                out.add(f"{base}-week-{s.week}-cancel.ics", cancel.to_ical())
                if eml:
                    summary = series_summary(ctx, program)
                    text = _(
                        "{series} on {when} is cancelled. The other sessions of the series stay as they are."
                    ).format(series=summary, when=_when(s)) + _own_clocks(ctx, program, s, cancel)
                    subject = cancelled_subject(f"{summary}, {short_date(s.start)}")
                    draft = email_draft(ctx, program, cancel, subject, text)
                    out.add(f"{base}-week-{s.week}-cancel.eml", draft)
    for s in (s for s in sessions if s.week is None):
        name = f"{base}-{s.start:%Y%m%d-%H%M}-{short_slug(s.title, 24)}-{tag(s.uid)}"
        if s.status == "cancelled":
            cancel = cancellation(ctx, program, s, [s])
            out.add(f"{name}-cancel.ics", cancel.to_ical())
            if eml:
                text = _("{title} on {when} is cancelled.").format(
                    title=one_line(s.title), when=_when(s)
                ) + _own_clocks(ctx, program, s, cancel)
                subject = cancelled_subject(one_line(s.title))
                out.add(f"{name}-cancel.eml", email_draft(ctx, program, cancel, subject, text))
        elif s.status in LIVE:
            request = session_request(ctx, program, s)
            out.add(f"{name}.ics", request.to_ical())
            if eml:
                subject = invitation_subject(one_line(s.title))
                text = _session_text(ctx, program, s)
                out.add(f"{name}.eml", email_draft(ctx, program, request, subject, text))
    if sessions:
        out.add(f"{base}-calendar.ics", calendar_import(ctx, program.name, sessions).to_ical())


def program_invites(
    ctx: InviteContext,
    program: Program,
    sessions: list[Session],
    *,
    person: str | None = None,
    eml: bool = False,
) -> dict[str, bytes]:
    """Every file for a program (or one person's 'all my sessions'), by file name."""
    return build_program_invites(ctx, program, sessions, person=person, eml=eml).files


def write_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file atomically into `folder`; returns the paths written."""
    written = []
    for name, data in files.items():
        path = Path(folder) / name
        write_bytes_atomically(path, data)
        written.append(path)
    return written


MANIFEST = ".peerdesk-invites.json"
_OWN_FILE = re.compile(r"^[^/\\]+\.(ics|eml)$")


def program_bases(programs: Iterable[Program]) -> dict[int | None, str]:
    """A short file-name stem per program, unique among `programs` (a number is added on a clash)."""
    bases: dict[int | None, str] = {}
    used: set[str] = set()
    for program in sorted(programs, key=lambda p: p.id or 0):
        base = short_slug(program.name)
        if base in used:
            base = f"{base}-{program.id}"
        used.add(base)
        bases[program.id] = base
    return bases


@dataclass
class ExportResult:
    """What an export did: files written, earlier files of the same set removed, notes."""

    folder: Path
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        text = nformat(
            "Wrote {n} file to {folder}", "Wrote {n} files to {folder}", len(self.written), folder=self.folder
        )
        if self.removed:
            text += nformat(
                "; removed {n} out-of-date file of an earlier export",
                "; removed {n} out-of-date files of an earlier export",
                len(self.removed),
            )
        return text


def _read_manifest(folder: Path) -> dict[str, list[str]] | None:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sets = data["sets"]
        if not isinstance(sets, dict) or not all(
            isinstance(v, list) and all(isinstance(n, str) for n in v) for v in sets.values()
        ):
            return None
        return sets
    except (OSError, ValueError, KeyError, TypeError):
        return None


def export_invite_set(folder: Path, key: str, invites: InviteSet) -> ExportResult:
    """Write `invites` into `folder` and remove the files an earlier export of `key` left there.

    Only files that PeerDesk's manifest lists for the same key (the program,
    or the program and person) are ever removed. Raises OSError when the
    folder cannot be written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result = ExportResult(folder, notes=list(invites.notes))
    sets = _read_manifest(folder)
    if sets is None:
        result.notes.append(
            _("{manifest} is not PeerDesk's: earlier files were left as they are").format(
                manifest=folder / MANIFEST
            )
        )
    result.written = write_files(folder, invites.files)
    if sets is None:
        return result
    for name in sets.get(key, []):
        if name in invites.files or not _OWN_FILE.match(name):
            continue
        path = folder / name
        if path.is_file():
            path.unlink()
            result.removed.append(path)
    sets[key] = sorted(invites.files)
    manifest = {"written_by": "PeerDesk", "version": 1, "sets": sets}
    write_bytes_atomically(folder / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False).encode())
    return result


def manifest_key(program: Program, person: str | None = None) -> str:
    """The manifest entry for a program's export (or one person's file of it)."""
    return program.uid + (f" {person}" if person else "")


def sending_conflicts(
    program: Program,
    sessions: list[Session],
    people: list[Person],
    programs: list[Program],
    person: str | None = None,
) -> list[str]:
    """Conflicts of the sessions this export sends, one line each (`sessions`: every program's)."""
    sent = {
        s.id
        for s in sessions
        if s.program_id == program.id
        and s.status in LIVE
        and (person is None or any(a.email == person for a in s.attendees))
    }
    by_id = {s.id: s for s in sessions}
    lines = []
    for conflict in find_conflicts(sessions, people, programs):
        if conflict.session_id in sent:
            session = by_id[conflict.session_id]
            lines.append(f"{one_line(session.title)} ({short_day_time(session.start)}): {conflict.message}")
    return list(dict.fromkeys(lines))


class InviteExportError(ValueError):
    """A problem with an export request, in words for the lead (nothing was written)."""


def cannot_write(folder: Path, exc: OSError) -> str:
    """'<folder>: cannot write invites (<reason>)'."""
    return _("{folder}: cannot write invites ({reason})").format(folder=folder, reason=exc.strerror or exc)


def export_invites(
    workspace: Workspace,
    program: Program | None,
    folder: Path,
    *,
    person: str | None = None,
    eml: bool = False,
    now: datetime | None = None,
) -> ExportResult:
    """Write the invites of `program` (or of every program) into `folder`; one current set per program.

    Raises InviteExportError for an unknown person or a folder that cannot be written.
    """
    try:
        check_output_folder(folder, workspace.path)
    except WorkspaceError as exc:
        raise InviteExportError(str(exc)) from exc
    schedule = Schedule(workspace)
    people = PeopleRepository(workspace.db).list_people()
    email = person.strip().lower() if person else None
    if email is not None and email not in {p.email for p in people}:
        raise InviteExportError(_("{email}: no one on the roster has this email").format(email=person))
    ctx = InviteContext.build(people, schedule.formats(), now)
    programs = schedule.list_programs()
    bases = program_bases(programs)
    folder = Path(folder)
    result = ExportResult(folder)
    for each in [program] if program else programs:
        sessions = schedule.list_sessions(each.id)
        invites = build_program_invites(
            ctx, each, sessions, person=email, eml=eml and email is None, base=bases.get(each.id)
        )
        try:
            done = export_invite_set(folder, manifest_key(each, email), invites)
        except OSError as exc:
            raise InviteExportError(cannot_write(folder, exc)) from exc
        result.written += done.written
        result.removed += done.removed
        result.notes += done.notes
    return result
