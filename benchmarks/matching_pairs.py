"""Benchmark: pairs mode on random rosters of 200, 400 and 2,000 people.

Prints PeerDesk's time and total score against networkx.max_weight_matching
(blossom) on the same scores in the same run, at 200 and 400 people (target:
the same total, ratio 1.000), and PeerDesk alone at 2,000 (target: at most 1 s).

In the table of run_all.py the targets are issue #26's: 2,000 people in at most 2 s, and
10,000 (run here with --json only, for that table) in at most 5 s.

Run: .venv/bin/python benchmarks/matching_pairs.py [--quick] [--json]
(--quick: 100, 200 and 600 people, 600 held to the 2,000-people target; --json: the rows
for run_all.py as a last line)
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, Target, emit, json_wanted, quick_wanted

from peerdesk.domain import Availability, LearnGoal, Person, TeachSkill
from peerdesk.matching.score import Weights, hard_rule, profile, score_pair
from peerdesk.matching.solvers import MatchRequest, run_matching

SKILLS = [f"Skill {i}" for i in range(40)]
TEAMS = ["Engineering", "Sales", "Support", "Finance", "Marketing"]
ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Singapore"]
WEEK = date(2026, 3, 2)


def roster(n: int, seed: int) -> list[Person]:
    """A random roster: 3 skills taught, 3 wanted, two weekly windows each."""
    rng = random.Random(seed)
    people = []
    for i in range(n):
        skills = rng.sample(SKILLS, 6)
        people.append(
            Person(
                name=f"Person {i}",
                email=f"p{i}@example.com",
                team=rng.choice(TEAMS),
                timezone=rng.choice(ZONES),
                manager_email=f"p{i // 8 * 8}@example.com" if i % 8 else None,
                teaches=tuple(TeachSkill(s, rng.randint(1, 4)) for s in skills[:3]),
                wants=tuple(LearnGoal(s, rng.choice([None, 2, 3, 4])) for s in skills[3:]),
                availability=tuple(
                    Availability(rng.randint(0, 4), clock(h), clock(h + 2))
                    for h in rng.sample(range(8, 16), 2)
                ),
            )
        )
    return people


def networkx_total(request: MatchRequest) -> tuple[float, float]:
    """networkx's optimum on every allowed pair's score, and the seconds it took (scoring excluded)."""
    people = request.people
    profiles = [profile(p, request.week) for p in people]
    graph = nx.Graph()
    for i in range(len(people)):
        for j in range(i + 1, len(people)):
            if hard_rule(people[i], people[j], request.weights, request.blocked, set()) is None:
                s = score_pair(
                    profiles[i], profiles[j], request.weights, request.minutes, request.week, set()
                )
                if s.score > 0:
                    graph.add_edge(i, j, weight=s.score)
    start = time.perf_counter()
    matching = nx.max_weight_matching(graph)
    elapsed = time.perf_counter() - start
    return sum(graph[u][v]["weight"] for u, v in matching), elapsed


def sizes() -> list[tuple[int, float | None]]:
    """The roster sizes to run, each with its time target in seconds (issue #26), if any."""
    if quick_wanted():
        return [(100, None), (200, None), (600, 2.0)]
    return [(200, None), (400, None), (2000, 2.0), *([(10_000, 5.0)] if json_wanted() else [])]


def main() -> None:
    """One line per roster size (and the rows, with --json)."""
    import scipy.optimize  # noqa: F401 - load the solver once, as the running app has

    rows = []
    with_networkx = {n for n, _ in sizes()[:2]}  # the two smallest: networkx is slow beyond
    for n, target in sizes():
        request = MatchRequest(
            mode="pairs", people=roster(n, seed=n), week=WEEK, odd="sit-out", weights=Weights()
        )
        start = time.perf_counter()
        result = run_matching(request)
        ours = time.perf_counter() - start
        if n in with_networkx:
            total, theirs = networkx_total(request)
            print(
                f"{n:>5} people: PeerDesk {ours:.2f} s, total {result.total_score:.1f}; "
                f"networkx {theirs:.2f} s, "
                f"total {total:.1f}; score ratio {result.total_score / total:.3f} (target 1.000), "
                f"speed-up {theirs / ours:.1f}x"
            )
            rows.append(Row(f"{n:,} people: pairs", ours, "s", theirs, "networkx blossom"))
            rows.append(
                Row(
                    f"{n:,} people: total score",
                    result.total_score,
                    reference=total,
                    reference_name="networkx optimum",
                    target=Target(0.9995, on="ratio", at_least=True, text="1.000x reference (same total)"),
                )
            )
        else:
            print(
                f"{n:>5} people: PeerDesk {ours:.2f} s, total {result.total_score:.1f} "
                + (f"(target <= {target:g} s; " if target else "(")
                + "networkx is not run at this size)"
            )
            rows.append(
                Row(
                    f"{n:,} people: pairs",
                    ours,
                    "s",
                    target=Target(target) if target else None,
                    note="networkx not run at this size",
                )
            )
    emit(rows, {"sizes": [n for n, _ in sizes()], "quick": quick_wanted()})


if __name__ == "__main__":
    main()
