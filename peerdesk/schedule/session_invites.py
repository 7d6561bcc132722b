"""One session's invitation, on its own: Export Invites > Only this session, `invites --session ID`.

A one-off gets its own invitation (or cancellation), as in a full export. One
week of the weekly series gets an invitation for that occurrence alone: the
series' UID with the week's RECURRENCE-ID, so a calendar that has the series
updates that week, and one that has not shows the single session. A cancelled
week gets the week's cancellation. The files go into the folder under a
manifest entry of their own, so exporting the same session again replaces
them and leaves the program's full export alone.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from icalendar import Calendar

from peerdesk import i18n
from peerdesk.domain import Program, Session
from peerdesk.i18n import _
from peerdesk.schedule.dates import short_date
from peerdesk.schedule.invite_files import (
    ExportResult,
    InviteExportError,
    InviteSet,
    _session_text,
    build_program_invites,
    cannot_write,
    email_draft,
    export_invite_set,
    invitation_subject,
    program_bases,
)
from peerdesk.schedule.invites import (
    LIVE,
    InviteContext,
    _add_people,
    _add_timezone,
    _alarm,
    _calendar,
    one_line,
    series_summary,
    week_event,
    without_absent,
)
from peerdesk.schedule.service import Schedule, week_start
from peerdesk.storage import Workspace, WorkspaceError, check_output_folder
from peerdesk.storage.people import PeopleRepository


def week_request(ctx: InviteContext, program: Program, session: Session) -> Calendar:
    """METHOD:REQUEST for one week of a program's series: UID of the series, RECURRENCE-ID of the week."""
    slot = week_start(program, session.week or 1)
    event = week_event(ctx, program, session)
    event.add("status", "CONFIRMED")
    _add_people(ctx, event, program, {a.email: a.role for a in session.attendees})
    event.add_component(_alarm(program.reminder_minutes))
    cal = _calendar("REQUEST")
    _add_timezone(cal, program.timezone, [slot, session.start])
    cal.add_component(event)
    return cal


def session_invites(
    ctx: InviteContext,
    program: Program,
    sessions: list[Session],
    session: Session,
    *,
    eml: bool = False,
    base: str = "peerdesk",
) -> InviteSet:
    """The files for `session` alone (`sessions`: its program's, for a week's place in the series)."""
    sessions = without_absent(ctx, sessions)  # nobody is asked to a week they are away
    session = without_absent(ctx, [session])[0]
    if session.week is None:
        built = build_program_invites(ctx, program, [session], eml=eml, base=base)
        built.files = {n: d for n, d in built.files.items() if not n.endswith("-calendar.ics")}
        return built
    if session.status == "cancelled":
        # the other weeks as sent: earlier cancellations count as skipped, so only this one is written
        series = [
            s if s.id == session.id or s.status != "cancelled" else _skipped(s)
            for s in sessions
            if s.week is not None
        ]
        built = build_program_invites(ctx, program, series, eml=eml, base=base)
        built.files = {n: d for n, d in built.files.items() if n.rsplit(".", 1)[0].endswith("-cancel")}
        return built
    out = InviteSet()
    if session.status not in LIVE:
        out.notes.append(
            _("{title} is skipped: there is no invitation to send").format(title=one_line(session.title))
        )
        return out
    name = f"{base}-week-{session.week}"
    with i18n.language(program.language):  # what attendees read is in the program's language
        request = week_request(ctx, program, session)
        out.add(f"{name}.ics", request.to_ical())
        if eml:
            subject = invitation_subject(f"{series_summary(ctx, program)}, {short_date(session.start)}")
            body = _session_text(ctx, program, session)
            out.add(f"{name}.eml", email_draft(ctx, program, request, subject, body))
    return out


def _skipped(session: Session) -> Session:
    from dataclasses import replace

    return replace(session, status="skipped")


def export_session_invite(
    workspace: Workspace, session_id: int, folder: Path, *, eml: bool = False, now: datetime | None = None
) -> ExportResult:
    """Write the invitation of one session into `folder` (see the module's docstring).

    Raises InviteExportError for an unknown session or a folder that cannot be written.
    """
    try:
        check_output_folder(folder, workspace.path)
    except WorkspaceError as exc:
        raise InviteExportError(str(exc)) from exc
    schedule = Schedule(workspace)
    session = schedule.sessions.get(session_id)
    if session is None:
        raise InviteExportError(_("there is no session {id}").format(id=session_id))
    program = schedule.programs.get(session.program_id)
    if program is None:
        raise InviteExportError(_("session {id} belongs to no program").format(id=session_id))
    ctx = InviteContext.build(PeopleRepository(workspace.db).list_people(), schedule.formats(), now)
    base = program_bases(schedule.list_programs()).get(program.id) or "peerdesk"
    invites = session_invites(ctx, program, schedule.list_sessions(program.id), session, eml=eml, base=base)
    try:
        return export_invite_set(Path(folder), f"{program.uid} session {session.uid}", invites)
    except OSError as exc:
        raise InviteExportError(cannot_write(folder, exc)) from exc
