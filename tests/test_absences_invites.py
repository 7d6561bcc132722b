"""Invites skip the absent: a week someone is away does not list them, the other weeks do."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import recurring_ical_events

from peerdesk.demo import DEMO_PROGRAM
from peerdesk.domain import Absence
from peerdesk.roster.service import Roster
from peerdesk.schedule.invite_files import export_invites
from peerdesk.schedule.service import Schedule
from peerdesk.schedule.session_invites import export_session_invite
from peerdesk.storage import Workspace


def _all_attendees(event: icalendar.Event) -> set[str]:
    value = event.get("ATTENDEE")
    if value is None:
        return set()
    values = value if isinstance(value, list) else [value]
    return {str(a).split(":", 1)[-1].lower() for a in values}


def _away_for_one_week(ws: Workspace) -> tuple[str, date, list[date]]:
    """Send someone of the demo series away for exactly one of their live weeks; (email, that day, others)."""
    schedule = Schedule(ws)
    program = schedule.find_program(DEMO_PROGRAM)
    weekly = [s for s in schedule.list_sessions(program.id) if s.week is not None and s.status == "planned"]
    email = weekly[1].attendees[0].email
    mine = [s.start.date() for s in weekly if any(a.email == email for a in s.attendees)]
    assert len(mine) >= 2, "the demo person attends more than one week"
    day = weekly[1].start.date()
    roster = Roster(ws)
    person = next(p for p in roster.people() if p.email == email)
    roster.apply(roster.plan_absences(person, (Absence(day, day, "dentist"),)))
    return email, day, [d for d in mine if d != day]


def _occurrences(folder) -> dict[date, set[str]]:  # type: ignore[no-untyped-def]
    """Attendees of every occurrence of the series invitation(s) in `folder`, by day."""
    seen: dict[date, set[str]] = {}
    for path in sorted(folder.glob("*.ics")):
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        if str(cal.get("METHOD", "")) != "REQUEST":
            continue
        for occurrence in recurring_ical_events.of(cal).between(date(1970, 1, 2), date(2201, 1, 1)):
            start = occurrence.decoded("DTSTART")
            day = start.date() if isinstance(start, datetime) else start
            seen.setdefault(day, set()).update(_all_attendees(occurrence))
    return seen


def test_series_invitation_leaves_the_absent_out_of_that_week_only(demo_ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    email, day, others = _away_for_one_week(demo_ws)
    program = Schedule(demo_ws).find_program(DEMO_PROGRAM)
    export_invites(demo_ws, program, tmp_path / "invites", eml=True)
    occurrences = _occurrences(tmp_path / "invites")
    assert occurrences.get(day), "the week still takes place, with the others"
    assert email not in occurrences[day]
    for other in others:
        assert email in occurrences[other], other
    # the email draft of the series still goes to them: they come to the other weeks
    draft = (tmp_path / "invites").glob("*-series.eml")
    assert any(email in p.read_text(encoding="utf-8", errors="replace").lower() for p in draft)


def test_one_week_invitation_skips_the_absent(demo_ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    email, day, _others = _away_for_one_week(demo_ws)
    schedule = Schedule(demo_ws)
    program = schedule.find_program(DEMO_PROGRAM)
    session = next(
        s for s in schedule.list_sessions(program.id) if s.week is not None and s.start.date() == day
    )
    assert session.id is not None
    export_session_invite(demo_ws, session.id, tmp_path / "one")
    (path,) = (tmp_path / "one").glob("*.ics")
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert events and all(email not in _all_attendees(e) for e in events)
    assert any(_all_attendees(e) for e in events)
