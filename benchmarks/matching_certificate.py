"""Benchmark: the certificate, "why not X with Y?" and the truck factor on 200, 600 and 2,000 people.

Also a mentor run (topic: the roster's first skill, three places per mentor) and its certificate.

Same random rosters as matching_pairs.py (a manager for every eight people),
with a do-not-pair list of 20 pairs and 200 past pairings; the no-repeat rule on.

Run: .venv/bin/python benchmarks/matching_certificate.py [--quick] [--json]
(--quick: 200 and 600 people; --json: the rows for run_all.py as a last line, each step
against the pairs run it explains, measured in the same run; issue #26 sets no target here)
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, emit, quick_wanted

from benchmarks.matching_pairs import WEEK, roster
from peerdesk.matching.certificate import certify
from peerdesk.matching.score import Weights
from peerdesk.matching.solvers import MatchRequest, run_matching
from peerdesk.matching.why_not import why_not
from peerdesk.roster.truck_factor import truck_factor, what_if_leaves


def roster_topic(people: list) -> str:  # type: ignore[type-arg]
    """The skill most people teach at level 3 or more: the mentor run's topic."""
    from collections import Counter

    counts = Counter(t.skill for p in people for t in p.teaches if t.level >= 3)
    return counts.most_common(1)[0][0]


def main() -> None:
    """One line per roster size (and the rows, with --json)."""
    import scipy.optimize  # noqa: F401 - load the solver once, as the running app has

    sizes = (200, 600) if quick_wanted() else (200, 600, 2000)
    rows = []
    for n in sizes:
        people = roster(n, seed=n)
        rng = random.Random(n)
        emails = [p.email for p in people]
        request = MatchRequest(
            mode="pairs",
            people=people,
            week=WEEK,
            odd="sit-out",
            weights=Weights(forbid_repeats=True),
            blocked={frozenset(rng.sample(emails, 2)) for _ in range(20)},
            met={frozenset(rng.sample(emails, 2)): WEEK for _ in range(200)},
        )
        start = time.perf_counter()
        result = run_matching(request)
        run = time.perf_counter() - start
        start = time.perf_counter()
        cert = certify(request, result)
        certificate = time.perf_counter() - start
        assert cert is not None
        start = time.perf_counter()
        answer = why_not(request, result, emails[0], emails[1])
        asked = time.perf_counter() - start
        start = time.perf_counter()
        truck = truck_factor(people)
        what_if_leaves(people, emails[0])
        trucked = time.perf_counter() - start
        costs = ", ".join(f"{c.rule} {c.cost:g}" for c in cert.rule_costs)
        print(
            f"{n:>5} people: run {run:.2f} s; certificate {certificate:.2f} s "
            f"(gap {cert.proof.gap:g}, {cert.proof.method}; {costs}; "
            f"{len(cert.blocking)} blocking pairs); why-not {asked:.2f} s "
            f"(difference {answer.difference}, {len(answer.moves)} move); truck factor and one "
            f"what-if {trucked:.2f} s (factor {truck.factor} of {len(truck.skills)} skills)"
        )
        topic = roster_topic(people)
        mentor = replace(request, mode="mentor", topic=topic, capacity=3)
        start = time.perf_counter()
        mentored = run_matching(mentor)
        mentor_run = time.perf_counter() - start
        start = time.perf_counter()
        mentor_cert = certify(mentor, mentored)
        mentor_certificate = time.perf_counter() - start
        assert mentor_cert is not None
        print(
            f"{n:>5} people: mentor run on {topic} {mentor_run:.2f} s ({len(mentored.groups)} mentors); "
            f"its certificate {mentor_certificate:.2f} s (gap {mentor_cert.proof.gap:g}, "
            f"{mentor_cert.proof.method}; {len(mentor_cert.blocking)} blocking pairs)"
        )
        run_name, gap = "the pairs run", cert.proof.gap
        rows += [
            Row(f"{n:,} people: pairs run (no-repeat rule, do-not-pair list)", run, "s"),
            Row(f"{n:,} people: certificate", certificate, "s", run, run_name, note=f"gap {gap:g}"),
            Row(f"{n:,} people: one why-not", asked, "s", run, run_name),
            Row(f"{n:,} people: truck factor and one what-if", trucked, "s", run, run_name),
            Row(f"{n:,} people: mentor run ({topic}, 3 places)", mentor_run, "s"),
            Row(
                f"{n:,} people: mentor certificate",
                mentor_certificate,
                "s",
                mentor_run,
                "the mentor run",
                note=f"gap {mentor_cert.proof.gap:g}",
            ),
        ]
    emit(rows, {"sizes": sizes, "quick": quick_wanted()})


if __name__ == "__main__":
    main()
