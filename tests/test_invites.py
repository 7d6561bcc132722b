"""Invites: parsed back by every independent consumer we have, through a real workspace file."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from calendar_consumers import (
    icalevents_starts,
    icaljs,
    icaljs_occurrences,
    libical,
    libical_errors,
    occurrences,
    parse_all,
    parse_everywhere,
    placement_problems,
    read_folder,
    ruby_icalendar,
    ruby_parse,
    strict_starts,
)

from peerdesk.domain import Attendee, Person, Program, Session, TeachSkill
from peerdesk.plural import count
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.invite_files import MANIFEST, export_invites, program_invites
from peerdesk.schedule.invites import InviteContext, series_calendar, session_calendar
from peerdesk.schedule.service import Schedule, ScheduleChange, new_uid
from peerdesk.storage import Workspace

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
NY = ZoneInfo("America/New_York")
SERIES = "sales-clinic-spring-pilot-series.ics"


def expected(sessions: list[Session]) -> list[tuple[datetime, datetime]]:
    return sorted((s.start_utc(), s.end_utc()) for s in sessions if s.status in ("planned", "held"))


@pytest.fixture
def dst_program(empty_ws: Workspace) -> tuple[Schedule, Program]:
    """A weekly Tuesday 16:00 New York series that crosses the March 2026 clock change."""
    roster = Roster(empty_ws)
    people = [
        Person(name="Rachel Kim", email="rachel@example.com", timezone="America/New_York"),
        Person(
            name='Zoë "Z" O\'Brien, Jr.; sales',
            email="zoe@example.com",
            timezone="America/New_York",
            teaches=(TeachSkill("Négociation", 3),),
        ),
        Person(name="Marcus Johnson", email="marcus@example.com", timezone="America/Chicago"),
    ]
    for person in people:
        roster.apply(roster.plan_add(person))
    schedule = Schedule(empty_ws)
    program, _ = schedule.create_program(
        Program(
            name='Sales clinic, spring; "pilot"',
            start=date(2026, 2, 23),
            weeks=6,
            weekday=1,
            time=time(16, 0),
            minutes=30,
            timezone="America/New_York",
            format_key="problem-clinic",
            organizer_email="rachel@example.com",
            members=tuple(p.email for p in people),
        )
    )
    return schedule, program


def files_for(schedule: Schedule, program: Program, **kw: object) -> dict[str, bytes]:
    program = schedule.programs.get(program.id)  # type: ignore[arg-type,assignment]
    ctx = InviteContext.build(Roster(schedule.workspace).people(), schedule.formats(), NOW)
    return program_invites(ctx, program, schedule.list_sessions(program.id), **kw)  # type: ignore[arg-type]


def one(files: dict[str, bytes], part: str, ext: str = ".ics") -> bytes:
    names = [n for n in files if part in n and n.endswith(ext)]
    assert len(names) == 1, (part, sorted(files))
    return files[names[0]]


def test_series_request_survives_daylight_saving(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    data = files_for(schedule, program)[SERIES]
    cal = parse_everywhere(data)
    assert cal["METHOD"] == "REQUEST"
    local_times = [start.astimezone(NY).time() for start, _ in occurrences(cal)]
    assert local_times == [time(16, 0)] * 6  # 16:00 before and after 8 March
    utc_hours = {start.hour for start, _ in occurrences(cal)}
    assert utc_hours == {21, 20}  # UTC shifts by an hour; local time does not
    want = expected(schedule.list_sessions(program.id))
    assert occurrences(cal) == want
    assert icalevents_starts(data) == strict_starts(data) == [s for s, _ in want]
    if icaljs():
        assert [start for start, _ in icaljs_occurrences(data)] == [s for s, _ in want]
    vtimezone = cal.walk("VTIMEZONE")[0]
    assert vtimezone["TZID"] == "America/New_York"
    assert sorted(c.name for c in vtimezone.subcomponents) == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in c for c in vtimezone.subcomponents)  # rule-based, as Outlook writes them
    assert "COMMENT" not in vtimezone


def test_request_has_organizer_and_attendees_with_rsvp(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    data = files_for(schedule, program)[SERIES]
    cal = parse_everywhere(data)
    events = list(cal.walk("VEVENT"))
    assert len({str(e["UID"]) for e in events}) == 1
    master = events[0]
    assert str(master["ORGANIZER"]) == "mailto:rachel@example.com"
    assert master["ORGANIZER"].params["CN"] == "Rachel Kim"
    attendees = master.attendees
    # the organizer is the ORGANIZER, not also an ATTENDEE of the series
    assert {str(a) for a in attendees} == {"mailto:zoe@example.com", "mailto:marcus@example.com"}
    for attendee in attendees:
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
        assert attendee.params["ROLE"] in ("REQ-PARTICIPANT", "CHAIR")
    zoe = next(a for a in attendees if "zoe" in str(a))
    assert zoe.params["CN"] == "Zoë “Z” O'Brien, Jr.; sales"  # typographic quotes: every reader agrees
    assert b"^'" not in data
    assert master["DTSTAMP"].dt == NOW
    assert "COUNT" not in master["RRULE"]
    until = master["RRULE"]["UNTIL"][0]
    assert until == datetime(2026, 3, 31, 20, 0, tzinfo=UTC)  # week 6, 16:00 EDT, in UTC
    assert b"UNTIL=20260331T200000Z" in data
    alarms = list(master.walk("VALARM"))
    assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt == timedelta(minutes=-15)
    assert "Agenda:" in master["DESCRIPTION"] and "Clarifying questions only" in master["DESCRIPTION"]


def test_series_title_is_true_of_every_week_and_topics_live_in_overrides(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    sessions = schedule.list_sessions(program.id)
    schedule.apply(schedule.plan_status(sessions[0].id, "skipped"))  # week 1 off: "week 2" must not spread
    schedule.apply(schedule.plan_edit(replace(sessions[2], topic="Pricing objections")))
    data = files_for(schedule, program)[SERIES]
    cal = parse_everywhere(data)
    master = cal.walk("VEVENT")[0]
    assert str(master["SUMMARY"]) == 'Problem clinic - Sales clinic, spring; "pilot"'
    expanded = recurring_ical_events.of(cal).between(date(2026, 1, 1), date(2027, 1, 1))
    titles = {e["DTSTART"].dt.date(): str(e["SUMMARY"]) for e in expanded}
    assert len(titles) == 5
    for day, title in titles.items():
        assert "week" not in title.lower()
        topic = day == sessions[2].start.date()
        assert title == str(master["SUMMARY"]) + (": Pricing objections" if topic else "")
    overrides = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert [o["RECURRENCE-ID"].dt.replace(tzinfo=None) for o in overrides] == [sessions[2].start]
    assert "Topic: Pricing objections" in overrides[0]["DESCRIPTION"]
    assert "Pricing" not in master["DESCRIPTION"]
    if icaljs():
        summary = str(master["SUMMARY"])
        seen = [title for _, title in icaljs_occurrences(data)]
        assert seen == [summary, summary + ": Pricing objections"] + [summary] * 3  # week 1 skipped
    if ruby_icalendar():
        summary = str(master["SUMMARY"])
        assert {title for _, _, title in ruby_parse(data)} == {summary, summary + ": Pricing objections"}


def test_descriptions_carry_only_public_text(dst_program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "invites"
    schedule, program = dst_program
    sessions = schedule.list_sessions(program.id)
    secret = "SECRET: Marcus struggled; coach him privately"
    reasons = "From matching run 1 (pairs): zoe -> marcus, teaches Négociation"
    schedule.apply(
        schedule.plan_edit(
            replace(sessions[0], notes=secret, location="Room 4", video_link="https://meet.example.com/x")
        )
    )
    schedule.apply(
        schedule.plan_add_one_off(
            Session(
                program_id=program.id,
                title="Skill-swap: Zoë & Marcus",
                start=datetime(2026, 3, 5, 11, 0),
                minutes=60,
                timezone="America/New_York",
                format_key="skill-swap",
                topic="Négociation",
                notes=reasons,
                attendees=(Attendee("zoe@example.com", "facilitator"), Attendee("marcus@example.com")),
            )
        )
    )
    result = export_invites(schedule.workspace, schedule.programs.get(program.id), out, eml=True)
    files = read_folder(out)
    assert len(result.written) == len(files) > 4
    for name, data in files.items():
        text = data.decode("utf-8")
        if name.endswith(".eml"):
            message = email.message_from_bytes(data, policy=email.policy.default)
            text = "\n".join(p.get_content() for p in message.walk() if not p.is_multipart())
            text = text if isinstance(text, str) else text.decode()
        unfolded = text.replace("\r\n ", "")
        assert "SECRET" not in unfolded and "matching run" not in unfolded, name
    one_off = icalendar.Calendar.from_ical(one(files, "skill-swap")).walk("VEVENT")[0]
    assert "Topic: Négociation" in one_off["DESCRIPTION"] and "Led by: Zoë" in one_off["DESCRIPTION"]
    week1 = [e for e in icalendar.Calendar.from_ical(files[SERIES]).walk("VEVENT") if "RECURRENCE-ID" in e]
    assert (
        "Place: Room 4" in week1[0]["DESCRIPTION"]
        and "Join: https://meet.example.com/x" in week1[0]["DESCRIPTION"]
    )


def test_skipped_week_and_moved_occurrence(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    sessions = schedule.list_sessions(program.id)
    schedule.apply(schedule.plan_status(sessions[1].id, "skipped"))
    moved_to = sessions[3].start + timedelta(days=2, hours=-2)  # Thursday 14:00
    schedule.apply(schedule.plan_move(sessions[3].id, moved_to))
    after = schedule.list_sessions(program.id)
    data = files_for(schedule, program)[SERIES]
    cal = parse_everywhere(data)
    assert occurrences(cal) == expected(after)
    assert len(occurrences(cal)) == 5
    assert icalevents_starts(data) == strict_starts(data) == [s for s, _ in expected(after)]
    master = cal.walk("VEVENT")[0]
    exdates = [d.dt for d in master["EXDATE"].dts]
    assert exdates == [sessions[1].start.replace(tzinfo=ZoneInfo("America/New_York"))]
    assert master["EXDATE"].params["TZID"] == master["DTSTART"].params["TZID"]
    assert exdates[0].time() == master["DTSTART"].dt.time()
    override = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert len(override) == 1
    assert override[0]["RECURRENCE-ID"].dt.replace(tzinfo=None) == sessions[3].start
    assert override[0]["DTSTART"].dt.replace(tzinfo=None) == moved_to


def test_update_raises_sequence_and_cancel_keeps_uid(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program

    def master() -> icalendar.Event:
        cal = parse_everywhere(files_for(schedule, program)[SERIES])
        return cal.walk("VEVENT")[0]

    first = master()
    session = schedule.list_sessions(program.id)[2]
    schedule.apply(schedule.plan_edit(replace(session, location="Room 4, 2nd floor")))
    second = master()
    assert second["SEQUENCE"] > first["SEQUENCE"] and second["UID"] == first["UID"]
    schedule.apply(schedule.plan_edit(replace(schedule.list_sessions(program.id)[2], notes="bring laptops")))
    assert master()["SEQUENCE"] == second["SEQUENCE"]  # notes are not time, place or people
    schedule.apply(schedule.plan_status(session.id, "cancelled"))
    files = files_for(schedule, program, eml=True)
    cancel = parse_everywhere(files["sales-clinic-spring-pilot-week-3-cancel.ics"])
    assert cancel["METHOD"] == "CANCEL"
    event = cancel.walk("VEVENT")[0]
    assert event["UID"] == first["UID"] and event["STATUS"] == "CANCELLED"
    assert event["RECURRENCE-ID"].dt.replace(tzinfo=None) == session.start
    assert event["SEQUENCE"] >= second["SEQUENCE"]
    draft = email.message_from_bytes(
        files["sales-clinic-spring-pilot-week-3-cancel.eml"], policy=email.policy.strict
    )
    part = next(p for p in draft.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "CANCEL" and draft["Subject"].startswith("Cancelled:")
    assert (
        "is cancelled" in next(p for p in draft.walk() if p.get_content_type() == "text/plain").get_content()
    )
    schedule.apply(schedule.plan_cancel_rest(schedule.list_sessions(program.id)[0].id))
    files = files_for(schedule, program, eml=True)
    whole = parse_everywhere(files["sales-clinic-spring-pilot-series-cancel.ics"])
    event = whole.walk("VEVENT")[0]
    assert whole["METHOD"] == "CANCEL" and event["UID"] == first["UID"] and "RECURRENCE-ID" not in event
    assert event["SEQUENCE"] > second["SEQUENCE"]
    assert SERIES not in files
    assert "sales-clinic-spring-pilot-series-cancel.eml" in files
    # the add-to-calendar file keeps every session, cancelled ones as STATUS:CANCELLED
    copy = parse_everywhere(files["sales-clinic-spring-pilot-calendar.ics"])
    assert {str(e["STATUS"]) for e in copy.walk("VEVENT")} == {"CANCELLED"}


def test_fully_cancelled_program_writes_cancellations_and_the_calendar_that_removes_it(
    dst_program, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "invites"
    schedule, program = dst_program
    schedule.apply(schedule.plan_cancel_rest(schedule.list_sessions(program.id)[0].id))
    result = export_invites(schedule.workspace, schedule.programs.get(program.id), out, eml=True)
    assert sorted(p.name for p in result.written) == [
        "sales-clinic-spring-pilot-calendar.ics",
        "sales-clinic-spring-pilot-series-cancel.eml",
        "sales-clinic-spring-pilot-series-cancel.ics",
    ]


def test_one_off_request_and_eml_draft(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    one_off = Session(
        program_id=program.id,
        title='Kick-off: "why", what & how;\nQ&A',
        start=datetime(2026, 2, 20, 9, 30),
        minutes=45,
        timezone="America/Chicago",
        format_key="lunch-and-learn",
        location="HQ, Room 1; (north)",
        video_link="https://meet.example.com/kick-off",
        attendees=(Attendee("zoe@example.com", "facilitator"), Attendee("marcus@example.com", "observer")),
    )
    schedule.apply(schedule.plan_add_one_off(one_off))
    files = files_for(schedule, program, eml=True)
    ics_name = next(n for n in files if n.endswith(".ics") and "kick-off" in n)
    cal = parse_everywhere(files[ics_name])
    event = cal.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == 'Kick-off: "why", what & how; Q&A'
    assert str(event["LOCATION"]) == "HQ, Room 1; (north)"
    assert "Join: https://meet.example.com/kick-off" in event["DESCRIPTION"]
    roles = {str(a): a.params["ROLE"] for a in event["ATTENDEE"]}
    assert roles == {"mailto:zoe@example.com": "CHAIR", "mailto:marcus@example.com": "OPT-PARTICIPANT"}
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    raw = files[ics_name.replace(".ics", ".eml")]
    for policy in (email.policy.default, email.policy.strict):
        message = email.message_from_bytes(raw, policy=policy)
        to = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
        assert to == [(a.params["CN"], str(a).removeprefix("mailto:")) for a in event["ATTENDEE"]]
        assert [a.addr_spec for a in message["From"].addresses] == ["rachel@example.com"]
    assert message["X-Unsent"] == "1" and message["Date"].datetime == NOW
    parts = {p.get_content_type(): p for p in message.walk()}
    calendar_part = parts["text/calendar"]
    assert calendar_part.get_param("method") == "REQUEST"
    parse_everywhere(calendar_part.get_payload(decode=True))
    assert "invited to" in parts["text/plain"].get_content()


def test_single_invitee_draft_has_that_invitee_only(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    schedule.apply(
        schedule.plan_add_one_off(
            Session(
                program_id=program.id,
                title="Shadow shift",
                start=datetime(2026, 3, 2, 9, 0),
                minutes=60,
                timezone="America/New_York",
                format_key="shadow-shift",
                attendees=(Attendee("marcus@example.com", "learner"),),
            )
        )
    )
    raw = one(files_for(schedule, program, eml=True), "shadow-shift", ".eml")
    for policy in (email.policy.default, email.policy.strict):
        message = email.message_from_bytes(raw, policy=policy)
        assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
            ("Marcus Johnson", "marcus@example.com")
        ]


def test_series_draft_names_the_first_session_that_takes_place(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    sessions = schedule.list_sessions(program.id)
    schedule.apply(schedule.plan_status(sessions[0].id, "skipped"))
    raw = files_for(schedule, program, eml=True)["sales-clinic-spring-pilot-series.eml"]
    message = email.message_from_bytes(raw, policy=email.policy.strict)
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_content()
    assert f"The first session is on {sessions[1].start:%A %d %B %Y, %H:%M}" in body
    assert f"{sessions[0].start:%d %B}" not in body
    assert message["Subject"] == 'Invitation: Problem clinic - Sales clinic, spring; "pilot"'


def test_import_files_have_no_method_or_people(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    for files in (files_for(schedule, program), files_for(schedule, program, person="marcus@example.com")):
        name = next(n for n in files if n.endswith("-calendar.ics") or "marcus" in n)
        cal = parse_everywhere(files[name])
        assert "METHOD" not in cal
        for event in cal.walk("VEVENT"):
            assert "ORGANIZER" not in event and "ATTENDEE" not in event
        assert occurrences(cal) == expected(schedule.list_sessions(program.id))


def test_one_offs_in_the_same_slot_with_the_same_title_get_their_own_files(
    dst_program,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    out = tmp_path / "invites"
    schedule, program = dst_program
    base = Session(
        program_id=program.id,
        title="Skill-swap: Alex & Sam",
        start=datetime(2026, 3, 3, 11, 0),
        minutes=60,
        timezone="America/New_York",
        format_key="skill-swap",
        attendees=(Attendee("zoe@example.com", "facilitator"), Attendee("marcus@example.com")),
    )
    copies = [schedule.plan_add_one_off(replace(base, uid="")).after[0] for _ in range(200)]
    schedule.apply(ScheduleChange("Add 200 pairs", (), tuple(copies)))
    result = export_invites(schedule.workspace, schedule.programs.get(program.id), out, eml=True)
    invitations = [p for p in result.written if "skill-swap-alex" in p.name]
    assert len(invitations) == 400  # 200 .ics + 200 .eml, none overwritten
    uids = {
        str(icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")[0]["UID"])
        for p in invitations
        if p.suffix == ".ics"
    }
    assert len(uids) == 200
    assert result.summary().startswith(f"Wrote {count(len(result.written), 'file')}")
    assert len(result.written) == len(read_folder(out))


def test_long_names_give_short_unique_file_names(empty_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "invites"
    long_a, long_b = "Ä" * 130 + " Alpha " + "x" * 130, "Ä" * 130 + " Beta " + "x" * 130
    people = [
        Person(name=long_a, email="a@example.com", timezone="Europe/Berlin"),
        Person(name=long_b, email="b@example.com", timezone="Europe/Berlin"),
    ]
    Roster(empty_ws).apply(import_change(people, []))
    schedule = Schedule(empty_ws)
    program, _ = schedule.create_program(
        Program(
            name="P" * 260,
            start=date(2026, 3, 2),
            weeks=2,
            timezone="Europe/Berlin",
            organizer_email="a@example.com",
            members=("a@example.com", "b@example.com"),
        )
    )
    names = []
    for who in ("a@example.com", "b@example.com"):
        result = export_invites(empty_ws, program, out, person=who)
        assert len(result.written) == 1
        names.append(result.written[0].name)
        parse_everywhere(result.written[0].read_bytes())
    assert names[0] != names[1]
    assert all(len(n.encode()) <= 120 for n in names)
    result = export_invites(empty_ws, program, out, eml=True)
    assert all(len(p.name.encode()) <= 120 for p in result.written)


def test_exporting_again_leaves_exactly_one_current_set(dst_program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "invites"
    schedule, program = dst_program
    schedule.apply(
        schedule.plan_add_one_off(
            Session(
                program_id=program.id,
                title="Demo and discuss",
                start=datetime(2026, 3, 4, 11, 0),
                minutes=20,
                timezone="America/New_York",
                format_key="demo-and-discuss",
                attendees=(Attendee("zoe@example.com", "facilitator"),),
            )
        )
    )
    out.mkdir()
    (out / "my notes.txt").write_text("mine")
    (out / "someone-else.ics").write_text("not ours")
    first = export_invites(schedule.workspace, schedule.programs.get(program.id), out, eml=True)
    one_off = next(s for s in schedule.list_sessions(program.id) if s.week is None)
    schedule.apply(schedule.plan_move(one_off.id, datetime(2026, 3, 6, 15, 0)))
    second = export_invites(schedule.workspace, schedule.programs.get(program.id), out, eml=True)
    assert {p.name for p in second.removed} == {p.name for p in first.written if "demo-and-discuss" in p.name}
    on_disk = set(read_folder(out))
    assert on_disk == {p.name for p in second.written} | {"my notes.txt", "someone-else.ics"}
    assert len([n for n in on_disk if "demo-and-discuss" in n]) == 2  # .ics and .eml, the new time
    assert (out / MANIFEST).exists()


def test_builders_for_caldav_keep_uids_and_drop_method(dst_program) -> None:  # type: ignore[no-untyped-def]
    schedule, program = dst_program
    program = schedule.programs.get(program.id)
    ctx = InviteContext.build(Roster(schedule.workspace).people(), schedule.formats(), NOW)
    sessions = schedule.list_sessions(program.id)
    series = series_calendar(ctx, program, sessions, method=None)
    assert "METHOD" not in series and series.walk("VEVENT")[0]["UID"] == program.uid
    one_off = replace(sessions[0], week=None, uid=new_uid("session"))
    single = session_calendar(ctx, program, one_off, method=None)
    assert single.walk("VEVENT")[0]["UID"] == one_off.uid
    assert placement_problems(series.to_ical()) == placement_problems(single.to_ical()) == []


def test_placement_checker_catches_a_comment_in_vtimezone() -> None:
    bad = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
        b"COMMENT:only 2026\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000\r\nTZOFFSETFROM:+0100\r\n"
        b"TZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"
    )
    assert placement_problems(bad) == ["COMMENT is not allowed directly in VTIMEZONE"]
    if libical():
        assert any("COMMENT" in e for e in libical_errors(bad))
    if ruby_icalendar():
        with pytest.raises(AssertionError, match="comment"):
            ruby_parse(bad)


def test_demo_invites_written_by_cli(tmp_path: Path) -> None:
    from peerdesk.cli.main import main

    assert main(["demo", str(tmp_path / "out")]) == 0
    written = sorted((tmp_path / "out" / "invites").iterdir())
    assert any(p.name.endswith("series.ics") for p in written)
    assert any(p.suffix == ".eml" for p in written)
    parse_all([p.read_bytes() for p in written if p.suffix == ".ics"])
    assert not [p for p in written if p.name.endswith(".tmp")]


def test_cli_says_how_many_files_and_why_some_are_missing(
    dst_program,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from peerdesk.cli.main import main

    schedule, program = dst_program
    week1 = schedule.list_sessions(program.id)[0]
    clash = replace(week1, id=None, uid="", week=None, series_start=None, title="Clash")
    schedule.apply(schedule.plan_add_one_off(clash))
    db = str(schedule.workspace.path)
    schedule.workspace.close()
    out = tmp_path / "invites"
    assert main(["--db", db, "invites", str(program.id), "--out", str(out), "--eml"]) == 0
    captured = capsys.readouterr()
    files = read_folder(out)
    assert captured.out.splitlines()[-1] == f"Wrote {count(len(files), 'file')} to {out}"
    assert len(captured.out.splitlines()) == len(files) + 1
    assert f"note: conflict: Clash ({week1.start:%a %d %b %H:%M}): Rachel Kim is also in" in captured.err
    assert main(["--db", db, "invites", str(program.id), "--out", str(out), "--person", "nobody@x.org"]) == 1
    assert "--person nobody@x.org: no one on the roster has this email" in capsys.readouterr().err
