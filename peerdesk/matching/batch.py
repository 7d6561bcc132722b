"""Scoring many candidate pairs at once: the numbers `score_value` gives, computed over arrays.

Beyond a few hundred people a run scores hundreds of thousands of candidate
pairs; one Python call per pair was half of a 10,000-person run. Here the hard
rules and the teaching gains are worked out with numpy over all pairs together
(each operation in the same order as `score_value`, so every score is the same
float, rounded by Python's own `round`), and only the free-time overlap, a
bitmask test, stays a loop.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from peerdesk.matching.score import Profile, Weights, runs_of

UNBOUNDED = 1 << 14  # a wanted skill with no target level: whatever the teacher has


def allowed_scores(
    profiles: Sequence[Profile],
    pairs: Sequence[tuple[int, int]],
    weights: Weights,
    length: int,
    history: set[frozenset[str]],
    blocked: set[frozenset[str]],
    rule_met: set[frozenset[str]],
) -> tuple[list[tuple[int, int]], list[float]]:
    """The pairs no hard rule forbids (in the order given), with `score_value`'s score of each.

    `history` is what the score counts as met before; `rule_met` what the
    no-repeat rule keeps apart (when it is on); `length` is in 15-minute slots.
    """
    if not pairs:
        return [], []
    first = np.fromiter((i for i, _j in pairs), dtype=np.int64, count=len(pairs))
    second = np.fromiter((j for _i, j in pairs), dtype=np.int64, count=len(pairs))
    allowed = _allowed(profiles, pairs, first, second, weights, blocked, rule_met)
    keep = np.flatnonzero(allowed)
    first, second = first[keep], second[keep]
    kept = [pairs[k] for k in keep.tolist()]
    teaches, wanted, targets = _skill_arrays(profiles)
    ab, ba = _gains(teaches, wanted, targets, first, second), _gains(teaches, wanted, targets, second, first)
    score = np.full(len(kept), weights.base, dtype=np.float64)
    score = score + weights.teach_per_level * (ab + ba)
    score = np.where((ab > 0) & (ba > 0), score + weights.swap_bonus, score)
    has_time = np.fromiter((bool(p.person.availability) for p in profiles), dtype=bool, count=len(profiles))
    both_free = has_time[first] & has_time[second]
    overlap = np.fromiter(
        (
            bool(runs_of(profiles[i].free & profiles[j].free, length)) if both else False
            for (i, j), both in zip(kept, both_free.tolist(), strict=True)
        ),
        dtype=bool,
        count=len(kept),
    )
    score = np.where(
        both_free, np.where(overlap, score + weights.shared_time, score + weights.no_shared_time), score
    )
    if weights.cross_team:
        team_ids: dict[str, int] = {}
        teams = np.array(
            [team_ids.setdefault(p.person.team, len(team_ids)) if p.person.team else -1 for p in profiles]
        )
        ta, tb = teams[first], teams[second]
        both = (ta >= 0) & (tb >= 0)
        score = np.where(
            both, np.where(ta != tb, score + weights.cross_team, score - weights.cross_team), score
        )
    if history:
        emails = [p.person.email for p in profiles]
        met = np.fromiter(
            (frozenset((emails[i], emails[j])) in history for i, j in kept), dtype=bool, count=len(kept)
        )
        score = np.where(met, score + weights.met_before, score)
    return kept, [round(value, 3) for value in score.tolist()]


def best_of_each(pairs: Sequence[tuple[int, int]], values: Sequence[float], keep: int) -> list[bool]:
    """Which pairs are among the `keep` best of either of their two people: best by score, ties
    to the larger pair (i, j), as `sorted(((value, pair), ...), reverse=True)[:keep]` chooses."""
    if not pairs:
        return []
    count = len(pairs)
    first = np.fromiter((i for i, _j in pairs), dtype=np.int64, count=count)
    second = np.fromiter((j for _i, j in pairs), dtype=np.int64, count=count)
    value = np.asarray(values, dtype=np.float64)
    person = np.concatenate([first, second])  # each pair is an option of both its people
    order = np.lexsort(
        (-np.tile(second, 2), -np.tile(first, 2), -np.tile(value, 2), person)
    )  # by person, then best first
    person = person[order]
    starts = np.flatnonzero(np.r_[True, person[1:] != person[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    chosen = np.zeros(count, dtype=bool)
    chosen[order[rank < keep] % count] = True
    return chosen.tolist()


def _allowed(
    profiles: Sequence[Profile],
    pairs: Sequence[tuple[int, int]],
    first: np.ndarray,
    second: np.ndarray,
    weights: Weights,
    blocked: set[frozenset[str]],
    rule_met: set[frozenset[str]],
) -> np.ndarray:
    """Which pairs `hard_rule` lets through (both active, not manager and report, not on the
    do-not-pair list, not met before while repeats are forbidden)."""
    active = np.fromiter((p.person.active for p in profiles), dtype=bool, count=len(profiles))
    allowed = active[first] & active[second]
    index = {p.person.email: i for i, p in enumerate(profiles)}
    if weights.avoid_managers:
        manager = np.array([index.get(p.person.manager_email or "", -1) for p in profiles], dtype=np.int64)
        allowed &= (manager[first] != second) & (manager[second] != first)
    apart = set(blocked) | (set(rule_met) if weights.forbid_repeats else set())
    if apart:
        forbidden = set()
        for pair in apart:
            members = [index[e] for e in pair if e in index]
            if len(members) == 2:
                forbidden.add((min(members), max(members)))
        if forbidden:
            allowed &= np.fromiter(
                ((min(i, j), max(i, j)) not in forbidden for i, j in pairs), dtype=bool, count=len(pairs)
            )
    return allowed


def _skill_arrays(profiles: Sequence[Profile]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Teaching levels (person x skill, 0 = does not teach it), and each person's wanted skills
    with their target levels, padded with a column nobody teaches."""
    skills: dict[str, int] = {}
    for p in profiles:
        for skill in (*p.teaches, *p.wants):
            skills.setdefault(skill, len(skills))
    nobody = len(skills)
    teaches = np.zeros((len(profiles), nobody + 1), dtype=np.int64)
    widest = max((len(p.wants) for p in profiles), default=0) or 1
    wanted = np.full((len(profiles), widest), nobody, dtype=np.int64)
    targets = np.zeros((len(profiles), widest), dtype=np.int64)
    for row, p in enumerate(profiles):
        for skill, level in p.teaches.items():
            teaches[row, skills[skill]] = level
        for column, (skill, target) in enumerate(p.wants.items()):
            wanted[row, column] = skills[skill]
            targets[row, column] = UNBOUNDED if target is None else target
    return teaches, wanted, targets


def _gains(
    teaches: np.ndarray, wanted: np.ndarray, targets: np.ndarray, teacher: np.ndarray, learner: np.ndarray
) -> np.ndarray:
    """`_gain(teacher, learner)` for every pair: the most levels the learner gains on a skill
    they want and the teacher teaches (0 for none), at most 3."""
    skills = wanted[learner]  # pairs x widest: gathered entry by entry, never a pairs x skills matrix
    level = teaches[teacher[:, None], skills]
    have = teaches[learner[:, None], skills]
    gain = np.minimum(level, targets[learner]) - have
    gain = np.where(level > 0, gain, 0)
    return np.minimum(np.maximum(gain.max(axis=1), 0), 3)
