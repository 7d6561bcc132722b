"""Clock changes: rule-based VTIMEZONEs, series across DST and the year end, gap times refused."""

from __future__ import annotations

import email
import email.policy
import io
import re
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import icalendar
import pytest
from calendar_consumers import (
    calcurse_starts,
    icalevents_starts,
    icaljs,
    icaljs_many,
    libical,
    libical_errors,
    live_starts_everywhere,
    occurrences,
    parse_all,
    placement_problems,
    read_folder,
    ruby_icalendar,
    ruby_parse_many,
    strict_starts,
)
from dateutil.tz import tzical
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.cli.main import main
from peerdesk.domain import Person, Program
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.invite_files import export_invites
from peerdesk.schedule.service import Schedule, program_problems
from peerdesk.schedule.timezones import (
    exists,
    is_ambiguous,
    local_time_problem,
    vtimezone,
)
from peerdesk.storage import Workspace, open_workspace

ZONES = sorted(available_timezones())
TRICKY = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Australia/Lord_Howe",  # a 30-minute clock change
    "America/Santiago",
    "Africa/Casablanca",  # no yearly rule: explicit transitions
    "Pacific/Chatham",
    "America/St_Johns",
    "Europe/London",
]


def offsets_agree(zone: str, first_year: int, last_year: int) -> None:
    """Every local time of those years gets zoneinfo's UTC offset from the VTIMEZONE.

    dateutil's RFC 5545 VTIMEZONE reader interprets the component; times that
    happen twice or not at all are left out (dateutil has no `fold` there).
    """
    component = vtimezone(zone, first_year, last_year)
    assert "COMMENT" not in component
    tz = tzical(io.StringIO(component.to_ical().decode())).get()
    zi = ZoneInfo(zone)
    moment, end = datetime(first_year, 1, 1, tzinfo=UTC), datetime(last_year + 1, 1, 1, tzinfo=UTC)
    while moment < end:
        local = moment.astimezone(zi).replace(tzinfo=None)
        if not is_ambiguous(local, zone):
            assert local.replace(tzinfo=tz).utcoffset() == moment.astimezone(zi).utcoffset(), (zone, local)
        moment += timedelta(minutes=60)


@pytest.mark.parametrize("zone", TRICKY)
def test_vtimezone_matches_zoneinfo(zone: str) -> None:
    offsets_agree(zone, 2026, 2027)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ZONES), st.integers(2024, 2032))
def test_vtimezone_matches_zoneinfo_anywhere(zone: str, year: int) -> None:
    offsets_agree(zone, year, year + 1)


def test_vtimezone_is_rule_based_like_outlook_writes_it() -> None:
    berlin = vtimezone("Europe/Berlin", 2026, 2027)
    parts = {c.name: c for c in berlin.subcomponents}
    assert set(parts) == {"STANDARD", "DAYLIGHT"}
    assert parts["DAYLIGHT"]["RRULE"]["BYDAY"] == ["-1SU"] and parts["DAYLIGHT"]["RRULE"]["BYMONTH"] == [3]
    assert parts["STANDARD"]["RRULE"]["BYMONTH"] == [10]
    kolkata = vtimezone("Asia/Kolkata", 2026, 2026)
    assert [c.name for c in kolkata.subcomponents] == ["STANDARD"]
    assert kolkata.subcomponents[0]["TZOFFSETTO"].td == timedelta(hours=5, minutes=30)


def make_program(
    ws: Workspace, zone: str, start: date, weekday: int, at: time, weeks: int = 8, name: str = "P"
) -> Program:
    people = [
        Person(name="Lead Person", email="lead@example.com", timezone=zone),
        Person(name="Åsa Öberg", email="asa@example.com", timezone=zone),
    ]
    roster = Roster(ws)
    if not roster.people():
        roster.apply(import_change(people, []))
    program, _ = Schedule(ws).create_program(
        Program(
            name=name,
            start=start,
            weeks=weeks,
            weekday=weekday,
            time=at,
            timezone=zone,
            organizer_email="lead@example.com",
            members=("lead@example.com", "asa@example.com"),
        )
    )
    return program


SERIES_CASES = [
    ("Europe/Berlin", date(2026, 3, 9), 1, time(10, 0)),  # spring forward 29 March
    ("America/New_York", date(2026, 10, 19), 3, time(16, 30)),  # fall back 1 November
    ("Australia/Sydney", date(2026, 3, 23), 0, time(9, 0)),  # autumn change 5 April
    ("Australia/Sydney", date(2026, 9, 21), 0, time(9, 0)),  # spring change 4 October
    ("Asia/Kolkata", date(2026, 3, 9), 2, time(14, 0)),
    ("Europe/Berlin", date(2026, 12, 7), 4, time(11, 0)),  # across the year end
]


@pytest.mark.parametrize(("zone", "start", "weekday", "at"), SERIES_CASES)
def test_series_across_clock_changes_and_the_year_end(
    empty_ws: Workspace, tmp_path: Path, zone: str, start: date, weekday: int, at: time
) -> None:
    program = make_program(empty_ws, zone, start, weekday, at)
    schedule = Schedule(empty_ws)
    sessions = schedule.list_sessions(program.id)
    schedule.apply(schedule.plan_status(sessions[2].id, "skipped"))
    sessions = schedule.list_sessions(program.id)
    want = sorted(s.start_utc() for s in sessions if s.status == "planned")
    assert len({s.astimezone(ZoneInfo(zone)).time() for s in want}) == 1  # same local time every week
    out = tmp_path / "invites"
    export_invites(empty_ws, schedule.programs.get(program.id), out, eml=True)
    files = read_folder(out)
    names, datas = [], []
    for name, data in files.items():
        if name.endswith(".eml"):
            message = email.message_from_bytes(data, policy=email.policy.strict)
            data = next(p for p in message.walk() if p.get_content_type() == "text/calendar").get_content()
            data = data.encode() if isinstance(data, str) else data
        names.append(name)
        datas.append(data)
    thunderbird = icaljs_many(datas) if icaljs() else [None] * len(datas)
    for name, data, cal, seen in zip(names, datas, parse_all(datas), thunderbird, strict=True):
        if name.endswith("-calendar.ics"):  # the skipped week is in it as a cancelled event
            for consumer, starts in live_starts_everywhere(data).items():
                assert starts == want, (name, consumer)
            continue
        assert [s for s, _ in occurrences(cal)] == want, name
        if "METHOD" not in cal or cal["METHOD"] == "REQUEST":
            assert icalevents_starts(data) == strict_starts(data) == want, name
            if seen is not None:  # Thunderbird's parser reads our VTIMEZONE, not its own zone data
                assert [start for start, _ in seen] == want, name
            if shutil.which("calcurse"):
                assert calcurse_starts(data, zone) == want, name
    series = icalendar.Calendar.from_ical(files["p-series.ics"])
    assert series.walk("VEVENT")[0]["RRULE"]["UNTIL"][0].tzinfo is not None
    assert b"UNTIL=" in files["p-series.ics"] and b"COUNT=" not in files["p-series.ics"]
    for vtz in series.walk("VTIMEZONE"):
        offsets_agree(str(vtz["TZID"]), start.year, start.year + 1)


def test_ruby_and_libical_accept_every_file(demo_ws: Workspace, tmp_path: Path) -> None:
    if not (ruby_icalendar() and libical()):
        pytest.skip("needs Debian packages ruby-icalendar and libical3")
    export_invites(demo_ws, None, tmp_path / "out", eml=True)
    files = {n: d for n, d in read_folder(tmp_path / "out").items() if n.endswith(".ics")}
    for (name, data), events in zip(files.items(), ruby_parse_many(list(files.values())), strict=True):
        assert libical_errors(data) == [], name
        assert events, name
        assert placement_problems(data) == [], name


# -- times that do not exist, times that happen twice -----------------------------------


def test_gap_and_ambiguous_times_are_told_apart() -> None:
    gap, twice = datetime(2027, 3, 28, 2, 30), datetime(2027, 10, 31, 2, 30)
    assert not exists(gap, "Europe/Berlin") and exists(twice, "Europe/Berlin")
    assert is_ambiguous(twice, "Europe/Berlin") and not is_ambiguous(gap, "Europe/Berlin")
    problem = local_time_problem(gap, "Europe/Berlin")
    assert problem == (
        "Sun 28 Mar 2027 02:30 does not exist in Europe/Berlin (the clocks go forward from 02:00 to "
        "03:00 that night): choose a time outside that hour"
    )
    assert local_time_problem(twice, "Europe/Berlin") == (
        "Sun 31 Oct 2027 02:30 happens twice in Europe/Berlin (the clocks go back from 03:00 to "
        "02:00 that night), and calendars disagree about which one: choose a time outside that hour"
    )
    assert local_time_problem(datetime(2027, 3, 28, 3, 30), "Europe/Berlin") is None
    assert local_time_problem(datetime(2027, 10, 31, 3, 0), "Europe/Berlin") is None
    assert local_time_problem(datetime(2027, 10, 31, 1, 59), "Europe/Berlin") is None
    assert local_time_problem(datetime(2026, 10, 4, 2, 15), "Australia/Sydney") is not None
    assert local_time_problem(datetime(2026, 10, 4, 2, 15), "Australia/Lord_Howe") is not None
    assert local_time_problem(datetime(2026, 10, 4, 2, 45), "Australia/Lord_Howe") is None


def sunday_program(**changes: object) -> Program:
    base = Program(
        name="Sunday shift",
        start=date(2027, 3, 1),
        weeks=6,
        weekday=6,
        time=time(2, 30),
        timezone="Europe/Berlin",
        organizer_email="lead@example.com",
        members=("lead@example.com",),
        format_key="micro-lesson",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_program_problems_refuse_a_series_with_a_week_in_the_gap() -> None:
    problems = program_problems(sunday_program(), {"lead@example.com"}, {"micro-lesson"}, set())
    assert problems == [
        "Sun 28 Mar 2027 02:30 does not exist in Europe/Berlin (the clocks go forward from 02:00 to "
        "03:00 that night): choose a time outside that hour"
    ]
    fine = sunday_program(time=time(3, 30))
    assert program_problems(fine, {"lead@example.com"}, {"micro-lesson"}, set()) == []


def test_cli_refuses_the_gap_and_the_autumn_hour(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    with open_workspace(db, create=True) as ws:
        Roster(ws).apply(import_change([Person(name="Lead", email="lead@example.com")], []))
    common = ["--db", str(db), "program", "create", "--weekday", "sun", "--tz", "Europe/Berlin"]
    common += ["--organizer", "lead@example.com", "--time", "02:30"]
    assert main([*common, "Spring", "--start", "2027-03-01"]) == 1
    err = capsys.readouterr().err
    assert "Sun 28 Mar 2027 02:30 does not exist in Europe/Berlin" in err and "no program was created" in err
    assert main([*common, "Autumn", "--start", "2027-10-18"]) == 1
    err = capsys.readouterr().err
    assert "Sun 31 Oct 2027 02:30 happens twice in Europe/Berlin" in err and "no program was created" in err
    assert main([*common, "Autumn", "--start", "2027-10-18", "--time", "03:30"]) == 0
    with open_workspace(db, read_only=True) as ws:
        assert [p.name for p in Schedule(ws).list_programs()] == ["Autumn"]


def test_moving_or_adding_a_session_into_the_gap_is_refused(empty_ws: Workspace) -> None:
    program = make_program(empty_ws, "Europe/Berlin", date(2027, 3, 1), 6, time(10, 0))
    schedule = Schedule(empty_ws)
    session = schedule.list_sessions(program.id)[0]
    with pytest.raises(ValueError, match="does not exist in Europe/Berlin"):
        schedule.plan_move(session.id, datetime(2027, 3, 28, 2, 30))
    with pytest.raises(ValueError, match="does not exist"):
        schedule.plan_edit(replace(session, start=datetime(2027, 3, 28, 2, 0)))
    with pytest.raises(ValueError, match="does not exist"):
        schedule.plan_add_one_off(replace(session, id=None, uid="", start=datetime(2027, 3, 28, 2, 59)))
    # unchanged starts are not re-checked, and other moves still work
    schedule.apply(schedule.plan_move(session.id, datetime(2027, 3, 28, 3, 0)))
    assert schedule.sessions.get(session.id).start == datetime(2027, 3, 28, 3, 0)  # type: ignore[union-attr]


def test_export_names_a_stored_session_in_the_gap(empty_ws: Workspace, tmp_path: Path) -> None:
    """Sessions saved before PeerDesk refused gap times are named in the export's notes."""
    program = make_program(empty_ws, "Europe/Berlin", date(2027, 3, 1), 6, time(10, 0))
    schedule = Schedule(empty_ws)
    week4 = schedule.list_sessions(program.id)[3]
    schedule.sessions.save_many([replace(week4, start=datetime(2027, 3, 28, 2, 30))])
    result = export_invites(empty_ws, program, tmp_path / "out")
    assert any("does not exist in Europe/Berlin" in note for note in result.notes)


def test_until_keeps_calcurse_from_adding_weeks(empty_ws: Workspace, tmp_path: Path) -> None:
    """Why the series ends with UNTIL (UTC) rather than COUNT: calcurse counts EXDATEs as weeks."""
    if not shutil.which("calcurse"):
        pytest.skip("needs the Debian package calcurse")
    program = make_program(empty_ws, "Europe/Berlin", date(2026, 3, 2), 0, time(10, 0), weeks=6)
    schedule = Schedule(empty_ws)
    schedule.apply(schedule.plan_status(schedule.list_sessions(program.id)[1].id, "skipped"))
    want = sorted(s.start_utc() for s in schedule.list_sessions(program.id) if s.status == "planned")
    export_invites(empty_ws, schedule.programs.get(program.id), tmp_path / "out")
    data = (tmp_path / "out" / "p-series.ics").read_bytes()
    assert calcurse_starts(data, "Europe/Berlin") == want
    with_count = re.sub(rb"UNTIL=\d{8}T\d{6}Z", b"COUNT=6", data)
    assert with_count != data
    assert len(calcurse_starts(with_count, "Europe/Berlin")) == 6 != len(want)  # a week that does not exist
