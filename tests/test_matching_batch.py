"""Large runs score their candidate pairs over arrays: every score and every rule exactly as one by one.

`allowed_scores` must let through exactly the pairs `hard_rule` allows and give
each the float `score_value` gives; `best_of_each` must keep exactly the pairs
that sorting each person's options keeps. Random pools cover inactive people,
managers, the do-not-pair list, repeats forbidden or penalised, skills wanted
with and without a target, teachers at level 0, people with no free time and
no team, and weights of either sign.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, time
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import Availability, LearnGoal, Person, TeachSkill
from peerdesk.matching.batch import allowed_scores, best_of_each
from peerdesk.matching.score import Weights, hard_rule, profile, score_value

WEEK = date(2026, 3, 2)
SKILLS = ["SQL", "sql", "Go", "Figma", "Kubernetes", "Excel", "Écriture", "日本語"]


def _pool(seed: int, n: int) -> list[Person]:
    rng = random.Random(seed)
    people = []
    for i in range(n):
        skills = rng.sample(SKILLS, rng.randint(0, 6))
        taught, wanted = skills[: len(skills) // 2], skills[len(skills) // 2 :]
        people.append(
            Person(
                name=f"P{i}",
                email=f"p{i}@x.org",
                team=rng.choice(["", "Sales", "Eng", "Ops"]),
                timezone=rng.choice(["UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York"]),
                manager_email=f"p{rng.randrange(n)}@x.org" if rng.random() < 0.3 else None,
                active=rng.random() > 0.1,
                teaches=tuple(TeachSkill(s, rng.randint(0, 5)) for s in taught),
                wants=tuple(LearnGoal(s, rng.choice([None, 1, 2, 3, 5])) for s in wanted),
                availability=tuple(
                    Availability(rng.randint(0, 6), time(h), time(h + rng.randint(1, 3)))
                    for h in rng.sample(range(6, 18), rng.randint(0, 2))
                ),
            )
        )
    return people


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 100_000),
    n=st.integers(2, 24),
    forbid=st.booleans(),
    managers=st.booleans(),
    cross=st.sampled_from([0.0, 5.0, -5.0]),
    minutes=st.sampled_from([15, 30, 45, 120]),
)
def test_array_scores_and_rules_equal_the_pair_by_pair_ones(
    seed: int, n: int, forbid: bool, managers: bool, cross: float, minutes: int
) -> None:
    people = _pool(seed, n)
    rng = random.Random(seed + 1)
    emails = [p.email for p in people]
    met = {frozenset(rng.sample(emails, 2)) for _ in range(n // 2)}
    blocked = {frozenset(rng.sample(emails, 2)) for _ in range(n // 3)}
    repeats_allowed = set(list(met)[:1])
    rule_met = met - repeats_allowed
    weights = Weights(forbid_repeats=forbid, avoid_managers=managers, cross_team=cross)
    profiles = [profile(p, WEEK) for p in people]
    length = max(1, -(-minutes // 15))
    pairs = list(combinations(range(n), 2))
    rng.shuffle(pairs)
    kept, values = allowed_scores(profiles, pairs, weights, length, met, blocked, rule_met)
    expected = [
        (pair, score_value(profiles[pair[0]], profiles[pair[1]], weights, length, met))
        for pair in pairs
        if hard_rule(people[pair[0]], people[pair[1]], weights, blocked, rule_met) is None
    ]
    assert list(zip(kept, values, strict=True)) == expected


@settings(max_examples=200, deadline=None)
@given(
    options=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 6), st.sampled_from([1.0, 2.5, 2.5, -3.0, 40.25])),
        max_size=40,
    ),
    keep=st.integers(1, 4),
)
def test_the_best_of_each_person_are_the_ones_sorting_keeps(
    options: list[tuple[int, int, float]], keep: int
) -> None:
    scored: dict[tuple[int, int], float] = {}
    for i, j, value in options:
        if i != j:
            scored[(min(i, j), max(i, j))] = value
    pairs, values = list(scored), list(scored.values())
    best: dict[int, list[tuple[float, tuple[int, int]]]] = defaultdict(list)
    for pair, value in scored.items():
        best[pair[0]].append((value, pair))
        best[pair[1]].append((value, pair))
    expected = {pair for options_ in best.values() for _v, pair in sorted(options_, reverse=True)[:keep]}
    chosen = best_of_each(pairs, values, keep)
    assert {pair for pair, yes in zip(pairs, chosen, strict=True) if yes} == expected
