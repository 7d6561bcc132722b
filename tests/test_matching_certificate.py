"""The certificate of a pairs run and "why not X with Y?": by hand, and against brute force."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.matching.certificate import certify
from peerdesk.matching.proof import solve_exact
from peerdesk.matching.score import Weights, hard_rule, profile, score_pair
from peerdesk.matching.solvers import MatchRequest, run_matching
from peerdesk.matching.why_not import why_not
from tests.test_matching import random_people

WEEK = date(2026, 3, 2)
ANA, BEN, CY, DEE = "ana@x.org", "ben@x.org", "cy@x.org", "dee@x.org"


def four(cy_manager: str | None = None) -> list[Person]:
    """The greedy trap: Ana-Ben 36 (a swap), Ana-Cy 31, Ben-Dee 31, every other pair 1."""
    return [
        Person(
            name="Ana",
            email=ANA,
            teaches=(TeachSkill("SQL", 4), TeachSkill("Figma", 4)),
            wants=(LearnGoal("Python", 1),),
        ),
        Person(
            name="Ben",
            email=BEN,
            teaches=(TeachSkill("Python", 4),),
            wants=(LearnGoal("SQL", 1), LearnGoal("Excel", 4)),
        ),
        Person(name="Cy", email=CY, wants=(LearnGoal("Figma", 4),), manager_email=cy_manager),
        Person(name="Dee", email=DEE, teaches=(TeachSkill("Excel", 4),)),
    ]


def request(people: list[Person], **changes: object) -> MatchRequest:
    return replace(
        MatchRequest(mode="pairs", people=people, weights=Weights(cross_team=0), week=WEEK), **changes
    )


def test_by_hand_optimum_has_a_blocking_pair() -> None:
    # Ana-Cy 31 + Ben-Dee 31 = 62 is optimal, yet Ana and Ben (31 each now) would both score 36 together.
    req = request(four())
    cert = certify(req, run_matching(req))
    assert cert is not None
    assert (cert.proof.chosen, cert.proof.optimum, cert.proof.bound, cert.proof.gap) == (62, 62, 62, 0)
    assert "Proven optimal" in cert.proof.text()
    assert [(b.a, b.b, b.together, b.a_now, b.b_now) for b in cert.blocking] == [(ANA, BEN, 36, 31, 31)]
    assert [(c.rule, c.in_force, c.ruled_out, c.cost) for c in cert.rule_costs] == [
        ("manager rule", True, 0, 0),
        ("do-not-pair list", True, 0, 0),
        ("no-repeat rule", False, 0, 0),
    ]


def test_by_hand_each_rule_costs_25() -> None:
    # Each rule below rules out one of the optimum's pairs; the best left is Ana-Ben 36 + Cy-Dee 1 = 37.
    cases = {
        "manager rule": request(four(cy_manager=ANA)),
        "do-not-pair list": request(four(), blocked={frozenset((BEN, DEE))}),
        "no-repeat rule": request(
            four(),
            weights=Weights(cross_team=0, forbid_repeats=True, met_before=0),
            met={frozenset((ANA, CY)): WEEK},
        ),
    }
    for rule, req in cases.items():
        cert = certify(req, run_matching(req))
        assert cert is not None and cert.proof.optimum == 37 and cert.proof.gap == 0
        cost = next(c for c in cert.rule_costs if c.rule == rule)
        assert (cost.ruled_out, cost.without, cost.cost) == (1, 62, 25), rule
        assert len(cost.freed) == 1
        assert not cert.blocking  # Ana and Ben have their best partner; Cy-Dee score 1 either way
    # without the no-repeat rule a repeat still loses the met-before points: Ana-Cy 31 - 30 = 1
    req = request(
        four(), weights=Weights(cross_team=0, forbid_repeats=True), met={frozenset((ANA, CY)): WEEK}
    )
    cost = certify(req, run_matching(req)).rule_costs[2]  # type: ignore[union-attr]
    assert (cost.ruled_out, cost.without, cost.cost, cost.freed) == (1, 37, 0, ())


def test_by_hand_why_not() -> None:
    req = request(four(cy_manager=ANA))
    result = run_matching(req)
    # Ana-Cy: forbidden by the manager rule; pairing them anyway gives 31 + Ben-Dee 31 = 62
    answer = why_not(req, result, ANA, CY)
    assert answer.obstacles[0] == "a hard rule: manager and direct report"
    assert (answer.optimum, answer.forced, answer.pair_score) == (37, 62, 31)
    assert {(m.email, m.before, m.after) for m in answer.moves} == {
        (BEN, (ANA,), (DEE,)),
        (DEE, (CY,), (BEN,)),
    }
    # Ben-Dee: allowed; 31 + nothing for Ana and Cy (forbidden) = 31, six points under 37
    answer = why_not(req, result, BEN, DEE)
    assert (answer.forced, answer.difference, answer.obstacles) == (31, 6, ())
    assert {m.email for m in answer.moves} == {ANA, CY}
    # Cy-Ben: nothing to teach each other; 1 + Ana-Dee 1 = 2
    answer = why_not(req, result, BEN, CY)
    assert answer.forced == 2 and answer.difference == 35
    assert "neither teaches a skill the other wants to learn" in answer.obstacles
    assert why_not(req, result, ANA, BEN).paired_now
    assert "not a member" in why_not(req, result, ANA, "zoe@x.org").obstacles[0]


def test_proof_with_half_pairs_needs_odd_set_cuts() -> None:
    # A triangle of 10s and a pendant edge: the LP takes half of each triangle edge (15).
    solved = solve_exact(4, [(0, 1), (1, 2), (0, 2), (2, 3)], [10, 10, 10, 1])
    assert solved.value == 11 and solved.bound == 11
    assert solved.lp_bound == 15 and solved.method != "LP relaxation"


# -- brute force -------------------------------------------------------------------------


def brute(nodes: int, scores: dict[tuple[int, int], float]) -> tuple[float, set[frozenset[tuple[int, int]]]]:
    """The best total over every matching, and every matching reaching it."""

    @cache
    def best(free: frozenset[int]) -> tuple[float, frozenset[frozenset[tuple[int, int]]]]:
        if not free:
            return 0.0, frozenset({frozenset()})
        first = min(free)
        rest = free - {first}
        value, ways = best(rest)
        options = [(value, ways)]
        for other in rest:
            edge = (first, other)
            if edge in scores and scores[edge] > 0:
                v, w = best(rest - {other})
                options.append((v + scores[edge], frozenset(m | {edge} for m in w)))
        top = max(o[0] for o in options)
        return top, frozenset(m for o in options if abs(o[0] - top) < 1e-6 for m in o[1])

    value, ways = best(frozenset(range(nodes)))
    return round(value, 6), set(ways)


def scored(req: MatchRequest, *, weights: Weights | None = None, blocked: set | None = None) -> tuple:
    """Active people (by email) and every allowed pair's score, computed independently of the certificate."""
    people = sorted((p for p in req.people if p.active), key=lambda p: p.email)
    profiles = [profile(p, req.week) for p in people]
    w = weights or req.weights
    met = set(req.met)
    out = {}
    for i in range(len(people)):
        for j in range(i + 1, len(people)):
            if hard_rule(people[i], people[j], w, req.blocked if blocked is None else blocked, met) is None:
                out[(i, j)] = score_pair(profiles[i], profiles[j], w, req.minutes, req.week, met).score
    return people, out


def random_request(seed: int, n: int) -> MatchRequest:
    rng = random.Random(seed)
    people = random_people(rng, n, managers=True)
    emails = [p.email for p in people]
    blocked = {frozenset(rng.sample(emails, 2)) for _ in range(rng.randint(0, 2))} if n > 1 else set()
    met = {frozenset(rng.sample(emails, 2)): WEEK for _ in range(rng.randint(0, 3))} if n > 1 else {}
    forbid = rng.random() < 0.5
    return MatchRequest(
        mode="pairs",
        people=people,
        week=WEEK,
        odd="sit-out",
        seed=seed,
        weights=Weights(forbid_repeats=forbid),
        blocked=blocked,
        met=met,
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), n=st.integers(2, 9))
def test_certificate_against_brute_force(seed: int, n: int) -> None:
    req = random_request(seed, n)
    result = run_matching(req)
    cert = certify(req, result)
    assert cert is not None
    people, scores = scored(req)
    optimum, _ = brute(len(people), scores)
    assert cert.proof.optimum == pytest.approx(optimum, abs=1e-6)
    assert cert.proof.chosen == pytest.approx(optimum, abs=1e-6)
    assert cert.proof.gap == pytest.approx(0, abs=1e-6)
    relaxed = {
        "manager rule": {"weights": replace(req.weights, avoid_managers=False)},
        "do-not-pair list": {"blocked": set()},
        "no-repeat rule": {"weights": replace(req.weights, forbid_repeats=False)},
    }
    for cost in cert.rule_costs:
        if not cost.in_force:
            continue
        without, _ = brute(len(people), scored(req, **relaxed[cost.rule])[1])
        assert cost.without == pytest.approx(without, abs=1e-6), cost.rule
        assert cost.cost == pytest.approx(without - optimum, abs=1e-6), cost.rule
    now = {p.email: 0.0 for p in people}
    partner = {}
    index = {p.email: k for k, p in enumerate(people)}
    for g in result.groups:
        for e in g.members:
            others = [index[x] for x in g.members if x != e]
            partner[e] = {people[k].email for k in others}
            now[e] = max(scores.get(tuple(sorted((index[e], k))), 0.0) for k in others)
    expected = {
        (people[i].email, people[j].email)
        for (i, j), s in scores.items()
        if s > now[people[i].email]
        and s > now[people[j].email]
        and people[j].email not in partner.get(people[i].email, ())
    }
    assert {(b.a, b.b) for b in cert.blocking} == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), n=st.integers(2, 9), data=st.data())
def test_why_not_against_brute_force(seed: int, n: int, data: st.DataObject) -> None:
    req = random_request(seed, n)
    people, scores = scored(req)
    if len(people) < 2:
        return
    result = run_matching(req)
    a, b = data.draw(
        st.lists(st.sampled_from([p.email for p in people]), min_size=2, max_size=2, unique=True)
    )
    answer = why_not(req, result, a, b)
    optimum, _ = brute(len(people), scores)
    assert answer.optimum == pytest.approx(optimum, abs=1e-6)
    if answer.paired_now:
        return
    i, j = sorted(
        (
            people.index(next(p for p in people if p.email == a)),
            people.index(next(p for p in people if p.email == b)),
        )
    )
    profiles = [profile(p, req.week) for p in people]
    pair = score_pair(profiles[i], profiles[j], req.weights, req.minutes, req.week, set(req.met)).score
    rest = {e: s for e, s in scores.items() if i not in e and j not in e}
    others, _ = brute(len(people), rest)
    assert answer.pair_score == pytest.approx(pair, abs=1e-6)
    assert answer.forced == pytest.approx(pair + others, abs=1e-6)
    assert answer.difference == pytest.approx(optimum - pair - others, abs=1e-6)
    ruled = hard_rule(people[i], people[j], req.weights, req.blocked, set(req.met))
    assert (ruled is not None) == any(o.startswith("a hard rule") for o in answer.obstacles)


def test_duals_prove_a_rule_costs_nothing_without_solving_again() -> None:
    # two pairs of 10: the duals (with the bounds' share, 20 in all) prove the optimum
    solved = solve_exact(4, [(0, 1), (2, 3)], [10, 10])
    assert solved.method == "LP relaxation"
    assert sum(solved.duals) + solved.bound_duals == pytest.approx(20)
    assert not solved.still_optimal_with([(1, 2)], [30])  # 1-2 at 30 beats both pairs together
    # HiGHS may put the whole bound on the pairs' own x <= 1 bounds: then nothing new is covered,
    # and the rule is solved again (the brute-force test checks the answers either way)
    assert solved.still_optimal_with([], [])
