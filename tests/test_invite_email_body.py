"""The invite email's words: counts without "(s)", each invitee's own clock, and no past first session.

A Tuesday 10:00 London pilot from Mon 2 Nov 2026 with Mike in New York and Lan in Ho Chi Minh
City. In November London is UTC+0, New York UTC-5 and Ho Chi Minh City UTC+7, so 10:00 in London
is 05:00 and 17:00 for them. The drafts are parsed back with `email.policy.strict`.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, time

from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.roster.service import Roster
from peerdesk.schedule.invite_files import build_program_invites
from peerdesk.schedule.invites import InviteContext
from peerdesk.schedule.service import Schedule
from peerdesk.storage import Workspace

PEOPLE = [
    Person("Priya Raman", "priya@acme.example", timezone="Europe/London"),
    Person("Mike O'Brien", "mike@acme.example", timezone="America/New_York"),
    Person("Nguyễn Thị Lan", "lan@acme.example", timezone="Asia/Ho_Chi_Minh"),
    Person("Jonas Weber", "jonas@acme.example", timezone="Europe/London"),
]


def pilot(ws: Workspace, start: date = date(2026, 11, 2), weeks: int = 6) -> tuple[Schedule, Program]:
    roster = Roster(ws)
    for person in PEOPLE:
        roster.apply(roster.plan_add(person))
    schedule = Schedule(ws)
    program, _ = schedule.create_program(
        Program(
            name="Onboarding",
            start=start,
            weeks=weeks,
            weekday=1,
            time=time(10),
            minutes=30,
            timezone="Europe/London",
            format_key="micro-lesson",
            organizer_email="priya@acme.example",
            members=tuple(p.email for p in PEOPLE),
        )
    )
    return schedule, program


def body(schedule: Schedule, program: Program, now: datetime, part: str = "-series.") -> str:
    """The plain-text body of one draft, read back strictly."""
    ctx = InviteContext.build(Roster(schedule.workspace).people(), schedule.formats(), now)
    files = build_program_invites(ctx, program, schedule.list_sessions(program.id), eml=True).files
    (raw,) = [data for name, data in files.items() if part in name and name.endswith(".eml")]
    message = email.message_from_bytes(raw, policy=email.policy.strict)
    assert not message.defects
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_content()
    return text.replace("\r\n", "\n")


def test_before_the_first_session_each_invitee_sees_every_time_on_their_clock(empty_ws: Workspace) -> None:
    schedule, program = pilot(empty_ws)
    text = body(schedule, program, datetime(2026, 10, 30, 9, tzinfo=UTC))
    assert "6 weekly sessions of 30 minutes" in text and "(s)" not in text
    assert "The first session is on Tuesday 03 November 2026, 10:00 (Europe/London)." in text
    assert (
        "In America/New_York (Mike O'Brien): Tue 03 Nov 05:00, Tue 10 Nov 05:00, Tue 17 Nov 05:00, "
        "Tue 24 Nov 05:00, Tue 01 Dec 05:00, Tue 08 Dec 05:00"
    ) in text
    assert "In Asia/Ho_Chi_Minh (Nguyễn Thị Lan): Tue 03 Nov 17:00, Tue 10 Nov 17:00," in text
    assert "Europe/London (" not in text  # Jonas and the organizer read the organizer's time


def test_after_two_weeks_the_invite_says_from_which_session_it_starts(empty_ws: Workspace) -> None:
    """On Wed 11 Nov weeks 1 and 2 are over: the draft must not announce Tue 3 Nov as upcoming."""
    schedule, program = pilot(empty_ws)
    text = body(schedule, program, datetime(2026, 11, 11, 9, tzinfo=UTC))
    assert "The first session is on" not in text
    assert (
        "The series began on 03 November 2026; this invitation is for the sessions from week 3 on, "
        "the next on Tuesday 17 November 2026, 10:00 (Europe/London)."
    ) in text
    assert (
        "In America/New_York (Mike O'Brien): Tue 17 Nov 05:00, Tue 24 Nov 05:00, Tue 01 Dec 05:00, "
        "Tue 08 Dec 05:00\n"
    ) in text


def test_a_clock_change_between_two_weeks_shows_in_the_invitees_times(empty_ws: Workspace) -> None:
    """London falls back on Sun 25 Oct 2026, New York on Sun 1 Nov: 10:00 London is 05:00 in New
    York on Tue 20 Oct and 06:00 on Tue 27 Oct; a single week reads '1 weekly session'."""
    schedule, program = pilot(empty_ws, start=date(2026, 10, 19), weeks=2)
    text = body(schedule, program, datetime(2026, 10, 1, tzinfo=UTC))
    assert "In America/New_York (Mike O'Brien): Tue 20 Oct 05:00, Tue 27 Oct 06:00\n" in text
    assert "In Asia/Ho_Chi_Minh (Nguyễn Thị Lan): Tue 20 Oct 16:00, Tue 27 Oct 17:00\n" in text
    one_week, one = pilot_again(schedule, program)
    assert "1 weekly session of 30 minutes" in body(one_week, one, datetime(2026, 10, 1, tzinfo=UTC))


def pilot_again(schedule: Schedule, program: Program) -> tuple[Schedule, Program]:
    """The same pilot cut to its first week."""
    from dataclasses import replace

    change = schedule.plan_program_edit(replace(program, weeks=1), date(2026, 10, 1))
    schedule.apply(change)
    return schedule, schedule.programs.get(program.id)  # type: ignore[arg-type,return-value]


def test_a_one_off_names_each_invitees_own_time(empty_ws: Workspace) -> None:
    schedule, program = pilot(empty_ws)
    schedule.apply(
        schedule.plan_add_one_off(
            Session(
                program_id=program.id or 0,
                title="Pairing",
                start=datetime(2026, 11, 19, 14, 30),
                minutes=45,
                timezone="Europe/London",
                format_key="skill-swap",
                attendees=(Attendee("mike@acme.example", "facilitator"), Attendee("lan@acme.example")),
            )
        )
    )
    text = body(schedule, program, datetime(2026, 11, 11, tzinfo=UTC), part="pairing")
    assert "In America/New_York (Mike O'Brien): Thu 19 Nov 09:30\n" in text
    assert "In Asia/Ho_Chi_Minh (Nguyễn Thị Lan): Thu 19 Nov 21:30\n" in text


def test_a_cancelled_week_names_the_time_on_each_invitees_clock(empty_ws: Workspace) -> None:
    schedule, program = pilot(empty_ws)
    week3 = next(s for s in schedule.list_sessions(program.id) if s.week == 3)
    schedule.apply(schedule.plan_status(week3.id, "cancelled"))  # type: ignore[arg-type]
    text = body(schedule, program, datetime(2026, 11, 11, tzinfo=UTC), part="week-3-cancel")
    assert "is cancelled" in text
    assert "In America/New_York (Mike O'Brien): Tue 17 Nov 05:00\n" in text
    assert "In Asia/Ho_Chi_Minh (Nguyễn Thị Lan): Tue 17 Nov 17:00\n" in text
