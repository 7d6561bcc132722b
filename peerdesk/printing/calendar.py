"""The pilot calendar: the whole pilot as a month grid for a team board.

One row per week from the first session's week to the last one's, one column
per weekday (weekends only when a session falls on one); each day lists its
sessions with time, title, format and who leads, skipped and cancelled ones
marked as such.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from peerdesk.domain import Program
from peerdesk.printing.templates import TEMPLATE_NAMES, Rendered
from peerdesk.printing.wording import DASH, WEEKDAY_NAMES, month_text

if TYPE_CHECKING:
    from peerdesk.printing.printouts import Printouts


def pilot_calendar(printouts: Printouts, program: Program) -> Rendered:
    """Render the calendar page of one program."""
    from peerdesk.printing.printouts import STATUS_MARKS, PrintoutError

    sessions = printouts.schedule.list_sessions(program.id)
    if not sessions:
        raise PrintoutError(f"{program.name} has no sessions to put on a calendar yet")
    by_day: dict[date, list[dict[str, object]]] = {}
    for s in sorted(sessions, key=lambda s: s.start):
        fmt = printouts._formats.get(s.format_key)
        by_day.setdefault(s.start.date(), []).append(
            {
                "time": f"{s.start:%H:%M}",
                "title": s.title,
                "format": fmt.name if fmt else s.format_key,
                "lead": ", ".join(printouts._name(e) for e in s.facilitators) or DASH,
                "mark": STATUS_MARKS.get(s.status, ""),
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
            label = f"{day.day} {day:%b}" if day.day == 1 or (not weeks and offset == 0) else str(day.day)
            days.append(
                {"label": label, "items": by_day.get(day, []), "in_pilot": first <= day <= last, "day": day}
            )
        weeks.append({"monday": monday, "month": month_text(monday), "days": days})
        monday += timedelta(weeks=1)
    months = sorted({(d.year, d.month) for d in by_day})
    month_title = (
        month_text(date(*months[0], 1))
        if len(months) == 1
        else f"{date(*months[0], 1):%B}{'' if months[0][0] == months[-1][0] else f' {months[0][0]}'} "
        f"{DASH} {month_text(date(*months[-1], 1))}"
    )
    values = printouts.common() | {
        "program": printouts.program_values(program),
        "months": month_title,
        "weekdays": list(WEEKDAY_NAMES[:columns]),
        "weeks": weeks,
    }
    text = printouts.library.render(TEMPLATE_NAMES["calendar"], values)
    return Rendered(f"Pilot calendar {DASH} {program.name}", text, True, program.name)
