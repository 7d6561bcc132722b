"""The pilot calendar: the whole pilot as a month grid for a team board.

One row per week from the first session's week to the last one's, one column
per weekday (weekends only when a session falls on one); each day lists its
sessions with time, title, format and who leads, skipped and cancelled ones
marked as such.

A page shows one timezone: the program's (the lead's), or one chosen. A
session held in another zone is placed at its time in the page's zone, with
its own local time beside it ("22:00 · 12:00 Tokyo"), so a Tokyo session at
Friday 12:00 sits on Thursday at 22:00 on a New York calendar.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from peerdesk.domain import Program, Session, is_valid_timezone
from peerdesk.i18n import _
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered
from peerdesk.printing.wording import (
    DASH,
    day_month_text,
    month_name,
    month_text,
    shown,
    weekday_names,
    zone_city,
    zone_label,
)

if TYPE_CHECKING:
    from peerdesk.printing.printouts import Printouts


def in_zone(session: Session, zone: str) -> datetime:
    """The session's start as a wall-clock time in `zone`."""
    if zone == session.timezone:
        return session.start
    return session.start_utc().astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def own_time(session: Session, zone: str) -> str:
    """'12:00 Tokyo': the session's own local time, when its zone is not the page's ('' when it is)."""
    if session.timezone == zone:
        return ""
    return f"{session.start:%H:%M} {zone_city(session.timezone)}".replace(" ", "\u00a0")  # kept on one line


def pilot_calendar(printouts: Printouts, program: Program, zone: str | None = None) -> Rendered:
    """Render the calendar page of one program, every time in `zone` (default: the program's)."""
    from peerdesk.printing.printouts import PrintoutError, status_mark

    zone = zone or program.timezone
    if not is_valid_timezone(zone):
        raise PrintoutError(
            _("'{zone}' is not a timezone PeerDesk knows (e.g. Europe/Berlin, America/New_York)").format(
                zone=zone
            )
        )
    sessions = printouts.schedule.list_sessions(program.id)
    if not sessions:
        raise PrintoutError(_("{name} has no sessions to put on a calendar yet").format(name=program.name))
    by_day: dict[date, list[dict[str, object]]] = {}
    for s in sorted(sessions, key=lambda s: (s.start_utc(), s.id or 0)):
        fmt = printouts._formats.get(s.format_key)
        start = in_zone(s, zone)
        by_day.setdefault(start.date(), []).append(
            {
                "time": f"{start:%H:%M}",
                "own_time": own_time(s, zone),
                "title": s.title,
                "format": shown(fmt.name) if fmt else s.format_key,
                "lead": ", ".join(printouts._name(e) for e in s.facilitators) or DASH,
                "mark": status_mark(s.status),
                "weekly": s.week is not None,
            }
        )
    first, last = min(by_day), max(by_day)
    weekend = any(day.weekday() >= 5 for day in by_day)
    columns = 7 if weekend else 5
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        days = []
        for offset in range(columns):
            day = monday + timedelta(days=offset)
            label = (
                day_month_text(day, short=True)
                if day.day == 1 or (not weeks and offset == 0)
                else str(day.day)
            )
            days.append(
                {"label": label, "items": by_day.get(day, []), "in_pilot": first <= day <= last, "day": day}
            )
        weeks.append({"monday": monday, "month": month_text(monday), "days": days})
        monday += timedelta(weeks=1)
    months = sorted({(d.year, d.month) for d in by_day})
    month_title = (
        month_text(date(*months[0], 1))
        if len(months) == 1
        else (
            month_name(date(*months[0], 1))
            if months[0][0] == months[-1][0]
            else month_text(date(*months[0], 1))
        )
        + f" {DASH} {month_text(date(*months[-1], 1))}"
    )
    values = printouts.common() | {
        "program": printouts.program_values(program),
        "months": month_title,
        "weekdays": weekday_names(columns),
        "weeks": weeks,
        "zone": zone_label(zone, first.year),
    }
    text = printouts.library.render(TEMPLATE_NAMES["calendar"], values)
    return Rendered(
        _("Pilot calendar {dash} {name}").format(dash=DASH, name=program.name), text, True, program.name
    )
