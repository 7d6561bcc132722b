"""What depends on the day, checked on whatever day the clock is set to.

Every test here is marked `dates`: `pytest --date-sweep` runs each one on every
day of conftest.SWEEP_DAYS (weekdays and weekends, the Friday before and the
Monday after the European and US clock changes, the year end, a leap day), and
the plain suite runs them on the default day. Each builds the demo on that day
and reads back what a lead would see: which weeks are over, the report's DRAFT
banner, the invites' stamps and occurrences (read by independent parsers), the
lock's time, a printout's date, and the pilot's last day.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from peerdesk import clock
from peerdesk.cli.main import main
from peerdesk.demo import CLASH_EXAMPLE, DEMO_PROGRAM, build_demo
from peerdesk.impact.kpis import week_end
from peerdesk.impact.report import Impact, ReportRefused
from peerdesk.schedule.conflicts import find_conflicts
from peerdesk.schedule.invite_files import export_invites
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace

pytestmark = pytest.mark.dates


def test_the_demo_is_three_weeks_in_and_has_only_its_clash_example(demo_db: Path, clock_day: date) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        schedule = Schedule(ws)
        program = schedule.find_program(DEMO_PROGRAM)
        assert program is not None and program.start.weekday() == 0
        impact = Impact(ws)
        # weeks 1-3 are over, or (from Friday to Sunday) week 3 is this week; week 4 is always ahead
        done = impact.completed_weeks(program)
        assert done in ([1, 2], [1, 2, 3])
        assert (done == [1, 2]) == (clock_day.weekday() >= 4)
        assert impact.current_week(program) == (3 if clock_day.weekday() >= 4 else 4)
        week4 = [s for s in schedule.list_sessions(program.id) if s.week == 4]
        assert week4 and all(s.start.date() >= clock_day for s in week4)  # on a Thursday: later today
        everything = schedule.list_sessions()
        conflicts = find_conflicts(everything, ws_people(ws), schedule.list_programs())
        # the one deliberate clash (and its partner in week 4), nothing else, whatever the day
        assert conflicts and all(_clashes_with_example(ws, c.session_id) for c in conflicts), [
            c.message for c in conflicts
        ]


def ws_people(ws):  # type: ignore[no-untyped-def]
    """Everyone on the roster of an open workspace."""
    from peerdesk.storage.people import PeopleRepository

    return PeopleRepository(ws.db).list_people()


def _clashes_with_example(ws, session_id: int | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a session's double booking is the one with the labelled clash example."""
    sessions = Schedule(ws).list_sessions()
    this = next(s for s in sessions if s.id == session_id)
    example = next(s for s in sessions if CLASH_EXAMPLE in s.title)
    return this.id == example.id or (this.start < example.end and example.start < this.end)


def test_reports_are_drafts_exactly_while_their_week_runs(demo_db: Path, clock_day: date) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        impact = Impact(ws)
        for week in range(1, program.weeks + 1):
            end = week_end(program, week)
            if end - clock_day >= timedelta(days=7):
                with pytest.raises(ReportRefused, match="has not begun"):
                    impact.report(program, week)
                continue
            report = impact.report(program, week)
            assert report.draft == (end >= clock_day), (week, end, clock_day)
            heading = f"week {week} of {program.weeks}"
            assert heading in report.markdown
            assert ("DRAFT" in report.markdown) == report.draft
            assert f"{clock_day:%d %B %Y}" in report.html.text  # generated today


def test_invites_are_stamped_now_and_every_occurrence_is_where_the_session_is(
    demo_db: Path, tmp_path: Path, clock_day: date
) -> None:
    with open_workspace(demo_db, read_only=True) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        sessions = [s for s in Schedule(ws).list_sessions(program.id) if s.status == "planned"]
        result = export_invites(ws, program, tmp_path / "invites", eml=True)
    assert result.written
    stamps = set()
    found: set[datetime] = set()
    for path in sorted((tmp_path / "invites").glob("*.ics")):
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        for event in cal.walk("VEVENT"):
            stamps.add(event.decoded("DTSTAMP"))
        if "METHOD" in cal and str(cal["METHOD"]) == "CANCEL":
            continue
        for occurrence in recurring_ical_events.of(cal).between(date(1970, 1, 2), date(2201, 1, 1)):
            if occurrence.get("STATUS") != "CANCELLED":
                found.add(occurrence.decoded("DTSTART").astimezone(UTC))
    assert stamps == {clock.now()}  # DTSTAMP: the moment of writing, from the one clock
    expected = {s.start.replace(tzinfo=ZoneInfo(s.timezone)).astimezone(UTC) for s in sessions}
    assert expected <= found


def test_the_lock_and_the_match_run_record_the_clock(demo_db: Path, clock_day: date) -> None:
    with open_workspace(demo_db) as ws:
        lock = Path(f"{ws.path}.lock")
        text = lock.read_text(encoding="utf-8")
        assert clock.now().isoformat(timespec="seconds") in text
        assert datetime.fromisoformat(json.loads(text)["since"]).date() in (clock_day, clock.now().date())


def test_a_printout_footer_carries_today(demo_db: Path, tmp_path: Path, clock_day: date) -> None:
    from pypdf import PdfReader

    from peerdesk.printing.wording import day_text

    out = tmp_path / "agenda.pdf"
    assert main(["--db", str(demo_db), "print", "agenda", "--session", "1", "--out", str(out)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert " ".join(day_text(clock_day).split()) in text


@pytest.mark.parametrize("offset_days", [-1, 0, 1, 4])
def test_the_day_a_six_week_pilot_ends(
    tmp_path: Path, clock_day: date, set_clock: Callable[[date], None], offset_days: int
) -> None:
    """The demo built 23 days before this day, then read on its last session's day (and around it)."""
    built = clock_day - timedelta(days=23)
    set_clock(built)
    path = build_demo(tmp_path / "demo.sqlite", today=built)
    with open_workspace(path, read_only=True) as ws:
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        last = max(s.end for s in Schedule(ws).list_sessions(program.id) if s.status == "planned")
    day = last.date() + timedelta(days=offset_days)
    clock.freeze(datetime.combine(day, time(23, 0)))  # late in the evening: the last session is over
    with open_workspace(path, read_only=True) as ws:
        impact = Impact(ws)
        program = Schedule(ws).find_program(DEMO_PROGRAM)
        assert impact.pilot_ended(program) == (offset_days >= 0)
        report = impact.report(program, program.weeks)
        assert report.draft == (week_end(program, program.weeks) >= day)
        assert f"week {program.weeks} of {program.weeks}" in report.markdown


def test_year_end_and_leap_days_parse_on_the_command_line(
    clock_day: date, capsys: pytest.CaptureFixture[str]
) -> None:
    assert clock.parse_day(clock_day.isoformat()) == clock_day
    for bad in ("2027-02-29", "2026-13-01", "0001-01-01", "9999-12-31", "-:", "tomorrow"):
        with pytest.raises(clock.ClockError):
            clock.parse_day(bad)
    assert main(["--today", "2027-02-29", "roster", "list"]) == 1
    assert "2027-02-29" in capsys.readouterr().err


def test_a_bad_clock_setting_is_one_message_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, "2026-02-30")
    assert main(["roster", "list"]) == 1
    assert capsys.readouterr().err == "peerdesk: PEERDESK_TODAY: '2026-02-30' is not a real date\n"
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, "2027-03-26T25:00")
    assert main(["roster", "list"]) == 1
    assert "is not a moment in the form YYYY-MM-DDTHH:MM" in capsys.readouterr().err


def test_a_moved_clock_ticks_and_a_frozen_one_does_not() -> None:
    clock.release()
    clock.move_to(date(2027, 3, 26))
    assert clock.today() == date(2027, 3, 26) or clock.local_now().hour == 0  # just past midnight
    assert clock.is_set()
    clock.freeze(datetime(2027, 3, 28, 2, 30))  # in the spring-forward gap in Berlin: still a moment
    clock.set_zone("Europe/Berlin")
    assert clock.now() == clock.now() and clock.today() == date(2027, 3, 28)
