"""The skill-gap panel's answer after one edit, on 5,000 and 20,000 people.

Reference: working out the gaps over everyone (`find_gaps`, what the panel did
after every edit before it kept an index), measured in the same run. Prints the
time of each and the ratio; the target is far under one 16 ms frame.

Run: .venv/bin/python benchmarks/skill_gaps.py [--quick] [--json]
(--quick: 1,000 and 5,000 people, 3 runs each; --json: the rows for run_all.py as a last line)
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, Target, emit, quick_wanted
from startup_and_filter import make_people

from peerdesk.roster.skill_gaps import GapIndex, find_gaps


def median_ms(action: object, runs: int = 7) -> float:
    """The median time of `action()` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(size: int, runs: int = 7) -> tuple[str, Row]:
    """Full recompute and one edit through the index on `size` people: the line and the row."""
    people = [p.with_id(i) for i, p in enumerate(make_people(size))]
    index = GapIndex(people)
    index.gaps()
    flips = iter(range(10**9))

    def one_edit() -> None:
        i = next(flips) % size
        people[i] = replace(people[i], active=not people[i].active)
        index.update([people[i]])
        index.gaps()

    full = median_ms(lambda: find_gaps(people), runs)
    edit = median_ms(one_edit, runs)
    line = (
        f"{size:>6} people: all {full:7.1f} ms, one edit {edit:6.2f} ms, "
        f"{full / edit:5.0f}x faster (target: under 16 ms)"
    )
    row = Row(
        f"{size:,} people: panel's answer after one edit",
        edit,
        "ms",
        reference=full,
        reference_name="all gaps worked out again",
        target=Target(16, text="far under a frame: <= 16 ms"),
        note=f"median of {runs}",
    )
    return line, row


def main() -> None:
    """One line per roster size (and the rows, with --json)."""
    quick = quick_wanted()
    sizes, runs = ((1_000, 5_000), 3) if quick else ((5_000, 20_000), 7)
    rows = []
    for size in sizes:
        line, row = measure(size, runs)
        print(line)
        rows.append(row)
    emit(rows, {"sizes": sizes, "runs": runs, "quick": quick})


if __name__ == "__main__":
    main()
