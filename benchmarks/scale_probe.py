"""Scale probe: 20,000 people and 200 programs, beyond the department the targets are set for.

Issue #26 asks where the next wall is. On one workspace of 20,000 people (200
programs of 25, 8 weeks each, half under way with three weeks of attendance)
this measures, each against a reference from the same run where one exists:

- importing the 20,000-person CSV through `peerdesk roster import` (a separate
  process: wall time and its peak memory), and the file size after it and
  with the programs;
- start-up to a populated window against a bare PySide6 window;
- one search keystroke over 20,000 rows against Qt's C++ filter proxy;
- every edit on every tab (as benchmarks/department.py), against 50 ms;
- pairs for the largest program, and pairs over all 20,000 people, against the
  10,000-person target of 5 s.

Run: .venv/bin/python benchmarks/scale_probe.py [--quick] [--json]
(--quick: 2,000 people and 20 programs; --json: the rows for run_all.py as a last line)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import department
import matching_pairs
from bench_rows import Row, Target, emit, quick_wanted
from startup_and_filter import filtering, make_people

from peerdesk.matching.service import Matcher
from peerdesk.matching.solvers import MatchRequest, run_matching
from peerdesk.roster.csv_io import roster_csv_bytes
from peerdesk.storage import open_workspace

ROWS: list[Row] = []
IMPORT = """
import resource, sys
from peerdesk.cli.main import main
code = main(["--db", sys.argv[1], "roster", "import", sys.argv[2]])
print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
sys.exit(code)
"""


def write_csv(path: Path, people: int) -> None:
    """The roster as PeerDesk itself exports it (the format a lead fills from an HR system)."""
    path.write_bytes(roster_csv_bytes(make_people(people)))


def import_roster(folder: Path, people: int) -> None:
    """`peerdesk roster import` of the whole CSV into a new workspace, in its own process."""
    path, table = folder / "imported.sqlite", folder / "people.csv"
    write_csv(table, people)
    with open_workspace(path, create=True):
        pass
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(path), str(table)], capture_output=True, text=True, check=False
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the import failed: {done.stderr[-2000:]}")
    peak_kb = int(done.stdout.split("peak")[-1].split()[0])
    peak_mb = peak_kb / 1024 if sys.platform != "darwin" else peak_kb / 1024 / 1024  # macOS: bytes
    size_mb = path.stat().st_size / 1024 / 1024
    print(f"import of {people:,} people: {took:.1f} s, peak memory {peak_mb:.0f} MB, file {size_mb:.1f} MB")
    ROWS.append(Row(f"{people:,} people: roster import (CSV, command line)", took, "s"))
    ROWS.append(Row(f"{people:,} people: peak memory of the import", peak_mb, "MB"))
    ROWS.append(Row(f"{people:,} people: file after the import", size_mb, "MB"))


def pairs(path: Path, people: int) -> None:
    """Pairs for the workspace's largest program, then over everyone (the next wall)."""
    with open_workspace(path, read_only=True) as ws:
        matcher = Matcher(ws)
        programs = matcher.schedule.list_programs()
        largest = max(programs, key=lambda p: len(p.members))
        request = matcher.request(largest, "pairs", seed=1)
        started = time.perf_counter()
        run_matching(request)
        took = time.perf_counter() - started
    print(f"pairs for the largest program ({len(largest.members)} members): {took:.2f} s")
    ROWS.append(Row(f"{people:,} people: pairs for the largest program ({len(largest.members)})", took, "s"))
    everyone = matching_pairs.roster(people, seed=3)
    request = MatchRequest(mode="pairs", people=everyone, week=matching_pairs.WEEK, odd="sit-out", seed=1)
    started = time.perf_counter()
    result = run_matching(request)
    took = time.perf_counter() - started
    print(f"pairs over all {people:,} people: {took:.1f} s ({len(result.groups)} pairs)")
    ROWS.append(
        Row(
            f"{people:,} people: pairs over everyone",
            took,
            "s",
            target=Target(5, text="<= 5 s (the 10,000-person target)"),
            note=f"{len(result.groups):,} pairs",
        )
    )


def main() -> None:
    quick = quick_wanted()
    people, programs = (2000, 20) if quick else (20_000, 200)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        import_roster(base, people)
        path = base / "scale.sqlite"
        started = time.perf_counter()
        department.build(path, people, programs, 25)
        size_mb = path.stat().st_size / 1024 / 1024
        took = time.perf_counter() - started
        print(f"workspace with {programs} programs built in {took:.1f} s: {size_mb:.1f} MB")
        ROWS.append(Row(f"{people:,} people, {programs} programs: file size", size_mb, "MB"))
        department.startup(path, people)
        ROWS.append(filtering(people, 12 if quick else 30))
        department.measure(path, f"scale probe: {people:,} people, {programs} programs of 25", 50, people)
        pairs(path, people)
    for row in department.ROWS:
        ROWS.append(row)
    emit(ROWS, {"people": people, "programs": programs, "quick": quick})


if __name__ == "__main__":
    began = datetime.now()
    main()
    print(f"\n(benchmark took {(datetime.now() - began).total_seconds():.0f} s)")
