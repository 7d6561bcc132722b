"""Benchmark: the skills matrix with 5,000 people and 200 skills.

Prints each time against a reference measured in the same run:
- laying out the matrix and its knowledge at risk (core) and showing it (view),
  against filling the people table with the same 5,000 people;
- one scroll step repainted (both directions), against the 16 ms frame budget.

Run: .venv/bin/python benchmarks/skills_matrix.py [--quick] [--json]
(--quick: 1,000 people; --json: the rows for run_all.py as a last line)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, Target, emit, quick_wanted
from PySide6.QtWidgets import QApplication

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.roster.matrix import build_matrix, knowledge_at_risk

PEOPLE, SKILLS = 5000, 200


def make_people(count: int = PEOPLE) -> list[Person]:
    """5,000 people (or `count`), each teaching 6 and wanting 3 of 200 skills."""
    skills = [f"Skill {i:03d}" for i in range(SKILLS)]
    return [
        Person(
            f"Person {i:04d}",
            f"p{i}@example.org",
            team=f"Team {i % 40}",
            role=f"Role {i % 12}",
            teaches=tuple(TeachSkill(skills[(i * 7 + k * 13) % SKILLS], (i + k) % 5) for k in range(6)),
            wants=tuple(LearnGoal(skills[(i * 11 + k * 17 + 3) % SKILLS], k % 5) for k in range(3)),
        )
        for i in range(count)
    ]


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    """The fastest of `runs` timings, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Measure and print."""
    app = QApplication([])
    from peerdesk.ui.roster.tab import RosterTab

    count = 1000 if quick_wanted() else PEOPLE
    people = make_people(count)
    tab = RosterTab()
    tab.resize(1400, 820)
    tab.show()
    reference = best_of(3, lambda: (tab.model.set_people(people), app.processEvents()))
    core = best_of(3, lambda: (build_matrix(people, group_by="team"), knowledge_at_risk(people)))
    tab.show_people(people)
    tab.show_matrix()
    app.processEvents()
    view = best_of(3, lambda: (tab.matrix.show_people(people), app.processEvents()))
    table = tab.matrix.table
    bar, hbar = table.verticalScrollBar(), table.horizontalScrollBar()
    frames = []
    for step in range(40):
        bar.setValue(bar.maximum() * step // 40)
        hbar.setValue(hbar.maximum() * step // 40)
        start = time.perf_counter()
        table.viewport().repaint()
        frames.append(time.perf_counter() - start)
    print(f"{count} people x {SKILLS} skills")
    print(f"reference: fill the people table   {reference * 1000:7.1f} ms")
    print(f"matrix + risks (core)              {core * 1000:7.1f} ms  ({core / reference:.1f}x reference)")
    print(f"show the matrix view               {view * 1000:7.1f} ms  ({view / reference:.1f}x reference)")
    print(
        f"one scroll step repainted          {statistics.median(frames) * 1000:7.1f} ms median, "
        f"{max(frames) * 1000:.1f} ms worst (frame budget 16 ms)"
    )
    size = f"{count:,} people x {SKILLS} skills"
    table = "the people table filled"
    emit(
        [
            Row(f"{size}: matrix + knowledge at risk (core)", core * 1000, "ms", reference * 1000, table),
            Row(f"{size}: show the matrix view", view * 1000, "ms", reference * 1000, table),
            Row(
                f"{size}: one scroll step repainted",
                statistics.median(frames) * 1000,
                "ms",
                target=Target(16, text="<= 16 ms frame"),
                note=f"median of 40, worst {max(frames) * 1000:.1f} ms",
            ),
        ],
        {"people": count, "skills": SKILLS, "quick": quick_wanted()},
    )


if __name__ == "__main__":
    main()
