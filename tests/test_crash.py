"""kill -9 at random moments during every kind of write: the file is always intact, old or new.

Each trial starts a real PeerDesk command in its own process and kills it
(SIGKILL) after a random delay within the time the command takes; the next
open must succeed, pass SQLite's integrity check and hold either the data
from before the command or the data from after it - never a mixture - and no
temp files may be left behind.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk import clock
from peerdesk.demo import DEMO_PROGRAM
from peerdesk.domain import Session
from peerdesk.impact.feedback import not_started_message
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace
from peerdesk.storage.schema import SCHEMA_GENERATION, migrations

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is a POSIX thing"),
]

TRIALS = 4
CHILD = textwrap.dedent("""
    import sys
    from peerdesk.cli.main import main
    from peerdesk.storage import open_workspace
    args = sys.argv[1:]
    print("go", flush=True)
    if args[0] == "open":
        open_workspace(args[1]).close()
        sys.exit(0)
    sys.exit(main(args))
""")


def _start(args: list[str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go"
    return proc


def _timed(args: list[str]) -> float:
    proc = _start(args)
    began = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return time.monotonic() - began


def _state(db: Path) -> tuple[int, ...]:
    with open_workspace(db) as ws:  # a writable open: recovers, cleans up, migrates
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_GENERATION
        return tuple(
            ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("people", "programs", "sessions", "session_attendees", "attendance", "match_runs")
        )


def _no_debris(folder: Path) -> None:
    # (a journal SQLite no longer needs may stay until the next save; it is not ours to delete)
    left = [
        p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".tmp-journal", ".lock", ".takeover"))
    ]
    assert left == []


def _crash_trials(
    pristine: Path, tmp_path: Path, args_for: Callable[[Path], list[str]], *, seed: int
) -> set[tuple[int, ...]]:
    """Run the command once to learn its result and duration, then kill it at random moments."""
    rng = random.Random(seed)
    reference = tmp_path / "reference" / "team.sqlite"
    reference.parent.mkdir()
    shutil.copyfile(pristine, reference)
    before = _state(reference)
    duration = _timed(args_for(reference))
    after = _state(reference)
    assert after != before
    seen = set()
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        db = folder / "team.sqlite"
        shutil.copyfile(pristine, db)
        proc = _start(args_for(db))
        time.sleep(rng.uniform(0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        state = _state(db)
        assert state in (before, after), f"trial {trial}: {state} is neither {before} nor {after}"
        _no_debris(folder)
        seen.add(state)
    return seen


def test_kill_during_roster_import(demo_db: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "many.csv"
    rows = "\n".join(
        f"Crash {i},crash{i}@example.com,Dev,Eng,,UTC,SQL:2,Go:3,Tue 10:00-11:00" for i in range(3000)
    )
    csv_path.write_text(f"name,email,role,team,manager_email,timezone,teaches,wants,availability\n{rows}\n")
    _crash_trials(demo_db, tmp_path, lambda db: ["--db", str(db), "roster", "import", str(csv_path)], seed=1)


def test_kill_during_program_creation(demo_db: Path, tmp_path: Path) -> None:
    def args(db: Path) -> list[str]:
        return [
            "--db", str(db), "program", "create", "Crash pilot", "--start", "2027-01-05", "--weeks", "52",
            "--weekday", "tue", "--time", "10:00", "--tz", "Europe/Berlin",
            "--organizer", "maja.keller@northwind.example",
        ]  # fmt: skip

    _crash_trials(demo_db, tmp_path, args, seed=2)


def test_kill_during_matching_apply(demo_db: Path, tmp_path: Path) -> None:
    _crash_trials(
        demo_db,
        tmp_path,
        lambda db: ["--db", str(db), "match", DEMO_PROGRAM, "--apply"],
        seed=3,
    )


def test_matching_apply_that_fails_midway_stores_no_run(demo_db: Path, tmp_path: Path) -> None:
    """The run and its sessions are one write: when adding the sessions fails, no run is left behind."""
    db = tmp_path / "team.sqlite"
    shutil.copyfile(demo_db, db)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'refused'); END")
    conn.commit()
    conn.close()
    before = _state(db)
    proc = _start(["--db", str(db), "match", DEMO_PROGRAM, "--apply"])
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert "refused" in err and "Traceback" not in err
    assert _state(db) == before


def _started_sessions(db: Path) -> list[Session]:
    """The demo program's sessions that have begun and take place, each the only one on its day.

    Attendance for a session that has not started is refused by design, and the
    CSV names a session by its date, so a day with two sessions is left out.
    """
    with open_workspace(db, read_only=True) as ws:
        schedule = Schedule(ws)
        program = schedule.find_program(DEMO_PROGRAM)
        assert program is not None
        sessions = [s for s in schedule.list_sessions(program.id) if s.status in ("planned", "held")]
    per_day = Counter(s.start.date() for s in sessions)
    now = clock.now()
    return [s for s in sessions if per_day[s.start.date()] == 1 and not_started_message(s, now) is None]


def test_kill_during_feedback_import(demo_db: Path, tmp_path: Path) -> None:
    started = _started_sessions(demo_db)
    conn = sqlite3.connect(demo_db)
    everyone = [email for (email,) in conn.execute("SELECT email FROM people ORDER BY id")]
    conn.close()
    assert started and everyone
    # the whole team signs every sheet: invitees are updated, everyone else comes as a walk-in, so
    # the import adds rows a half-finished write would show
    rows = [(s.start.date().isoformat(), email) for s in started for email in everyone]
    assert len(rows) > sum(len(s.attendees) for s in started)
    csv_path = tmp_path / "feedback.csv"
    csv_path.write_text(
        "date,email,attended,rating,answer\n" + "".join(f"{d},{e},yes,4,learnt a lot\n" for d, e in rows)
    )
    _crash_trials(
        demo_db,
        tmp_path,
        lambda db: [
            "--db",
            str(db),
            "feedback",
            "import",
            str(csv_path),
            "--program",
            DEMO_PROGRAM,
        ],
        seed=4,
    )


def test_kill_during_migration(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    db = Database(old)
    migrations.apply(db, stop_before="0002_programs")
    db["people"].insert_all(
        {"name": f"P{i}", "email": f"p{i}@example.com", "timezone": "UTC", "notes": "x" * 500}
        for i in range(4000)
    )
    db.close()
    rng = random.Random(5)
    duration = 0.0
    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(old, reference)
    duration = _timed(["open", str(reference)])
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        path = folder / "old.sqlite"
        shutil.copyfile(old, path)
        proc = _start(["open", str(path)])
        time.sleep(rng.uniform(0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert _state(path)[0] == 4000
        backups = [p for p in folder.iterdir() if ".before-upgrade-" in p.name and not p.name.startswith(".")]
        for backup in backups:  # a backup that made it into place is whole
            check = sqlite3.connect(backup)
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            check.close()
        _no_debris(folder)
