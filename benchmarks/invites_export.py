"""Benchmark: exporting invites for 1,000 sessions with 8 attendees each.

PeerDesk's export (read the workspace, build every REQUEST file and the
add-to-calendar file, write them atomically) against icalendar serialising the
same events built directly in the same run (target: at most 1.5x).

Run: .venv/bin/python benchmarks/invites_export.py [--quick] [--json]
(--quick: 200 sessions; --json: the rows for run_all.py as a last line)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, Target, emit, quick_wanted

from peerdesk.cli.schedule import write_program_invites
from peerdesk.domain import Attendee, Person, Program, Session
from peerdesk.roster.service import Roster, import_change
from peerdesk.schedule.service import Schedule, new_uid
from peerdesk.storage import open_workspace

SESSIONS, ATTENDEES = 1000, 8


def build(path: Path, count: int = SESSIONS) -> None:
    """A workspace with one program of 1,000 (or `count`) one-off sessions, 8 attendees each."""
    with open_workspace(path, create=True) as ws:
        people = [
            Person(name=f"Person {i}, Team {i % 5}", email=f"p{i}@example.com", timezone="Europe/Berlin")
            for i in range(40)
        ]
        Roster(ws).apply(import_change(people, []))
        schedule = Schedule(ws)
        program, _ = schedule.create_program(
            Program(
                name="Big program",
                start=date(2026, 1, 5),
                weeks=1,
                timezone="Europe/Berlin",
                format_key="problem-clinic",
                organizer_email="p0@example.com",
                members=("p0@example.com",),
            )
        )
        sessions = [
            Session(
                program_id=program.id or 0,
                title=f"Clinic {i}",
                start=datetime(2026, 1, 5, 9) + timedelta(days=i // 4, hours=2 * (i % 4)),
                minutes=30,
                timezone="Europe/Berlin",
                format_key="problem-clinic",
                location="Room 1",
                uid=new_uid("session"),
                attendees=tuple(
                    Attendee(f"p{(i + k) % 40}@example.com", "facilitator" if k == 0 else "learner")
                    for k in range(ATTENDEES)
                ),
            )
            for i in range(count)
        ]
        schedule.sessions.save_many(sessions)


def ours(db: Path, out: Path) -> float:
    start = time.perf_counter()
    with open_workspace(db, read_only=True) as ws:
        program = Schedule(ws).find_program("Big program")
        write_program_invites(ws, program, out)
    return time.perf_counter() - start


def reference(db: Path, out: Path) -> float:
    """icalendar directly: the same events, one REQUEST file each plus one calendar file."""
    with open_workspace(db, read_only=True) as ws:
        sessions = [s for s in Schedule(ws).list_sessions() if s.week is None]
    start = time.perf_counter()
    zone = ZoneInfo("Europe/Berlin")
    vtimezone = Timezone.from_tzinfo(
        zone, tzid="Europe/Berlin", first_date=date(2026, 1, 1), last_date=date(2028, 1, 1)
    )
    now = datetime.now(UTC)
    combined = Calendar.new(prodid="-//ref//EN")
    combined.add_component(vtimezone)
    for s in sessions:
        begin = s.start.replace(tzinfo=zone)
        event = Event.new(
            uid=s.uid,
            stamp=now,
            start=begin,
            end=begin + timedelta(minutes=s.minutes),
            summary=s.title,
            location=s.location,
            sequence=s.sequence,
            organizer=vCalAddress.new("p0@example.com", cn="Person 0"),
        )
        for a in s.attendees:
            event.add(
                "attendee",
                vCalAddress.new(
                    a.email, cn=a.email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True
                ),
            )
        event.add_component(Alarm.new_display(description="Reminder", trigger=timedelta(minutes=-15)))
        cal = Calendar.new(prodid="-//ref//EN", method="REQUEST")
        cal.add_component(vtimezone)
        cal.add_component(event)
        (out / f"{s.uid}.ics").write_bytes(cal.to_ical())
        combined.add_component(event)
    (out / "all.ics").write_bytes(combined.to_ical())
    return time.perf_counter() - start


def main() -> None:
    """Three runs of each, the medians and their ratio."""
    count = 200 if quick_wanted() else SESSIONS
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build(root / "big.sqlite", count)
        runs_ours, runs_ref = [], []
        for i in range(3):
            (root / f"o{i}").mkdir()
            (root / f"r{i}").mkdir()
            runs_ours.append(ours(root / "big.sqlite", root / f"o{i}"))
            runs_ref.append(reference(root / "big.sqlite", root / f"r{i}"))
        o, r = statistics.median(runs_ours), statistics.median(runs_ref)
        print(
            f"invites for {count} sessions x {ATTENDEES} attendees: PeerDesk {o:.2f} s, "
            f"icalendar directly {r:.2f} s, ratio {o / r:.2f}x (target <= 1.5x)"
        )
    row = Row(
        f"invites for {count:,} sessions x {ATTENDEES} attendees",
        o,
        "s",
        r,
        "icalendar directly",
        Target(1.5, on="ratio"),
        note="median of 3",
    )
    emit([row], {"sessions": count, "attendees": ATTENDEES, "runs": 3, "quick": quick_wanted()})


if __name__ == "__main__":
    main()
