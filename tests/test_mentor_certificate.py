"""The certificate of a mentor run: by hand, and against brute force over every assignment."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import LearnGoal, Person, TeachSkill
from peerdesk.matching.certificate import certify, unproven
from peerdesk.matching.score import Weights, hard_rule, profile, score_pair
from peerdesk.matching.solvers import MatchRequest, run_matching
from tests.test_matching import random_people

WEEK = date(2026, 3, 2)
TOPIC = "Python"


def mentor_request(people: list[Person], **changes: object) -> MatchRequest:
    base = MatchRequest(
        mode="mentor", people=people, topic=TOPIC, capacity=1, weights=Weights(cross_team=0), week=WEEK
    )
    return replace(base, **changes)


def by_hand() -> list[Person]:
    """Two mentors, two learners: Lea (at 1, wants 4) gains 3 levels from Max (4) and 2 from Mo (3),
    scoring 31 and 21; Tom (at 2, wants 3) gains 1 from either, 11. Best: Max-Lea + Mo-Tom = 42."""
    return [
        Person(name="Max", email="max@x.org", teaches=(TeachSkill(TOPIC, 4),)),
        Person(name="Mo", email="mo@x.org", teaches=(TeachSkill(TOPIC, 3),)),
        Person(name="Lea", email="lea@x.org", teaches=(TeachSkill(TOPIC, 1),), wants=(LearnGoal(TOPIC, 4),)),
        Person(name="Tom", email="tom@x.org", teaches=(TeachSkill(TOPIC, 2),), wants=(LearnGoal(TOPIC, 3),)),
    ]


def score_of(people: list[Person], a: str, b: str, req: MatchRequest) -> float:
    by = {p.email: p for p in people}
    pa, pb = profile(by[a], req.week), profile(by[b], req.week)
    return score_pair(pa, pb, req.weights, req.minutes, req.week, set(req.met)).score


def test_by_hand_the_mentor_run_is_proven_and_the_manager_rule_has_its_price() -> None:
    people = by_hand()
    req = mentor_request(people)
    result = run_matching(req)
    cert = certify(req, result)
    assert cert is not None
    s = {
        (m, lr): score_of(people, m, lr, req)
        for m in ("max@x.org", "mo@x.org")
        for lr in ("lea@x.org", "tom@x.org")
    }
    best = max(
        s[("max@x.org", "lea@x.org")] + s[("mo@x.org", "tom@x.org")],
        s[("max@x.org", "tom@x.org")] + s[("mo@x.org", "lea@x.org")],
    )
    assert best == 42 and list(s.values()) == [31, 11, 21, 11]
    assert (cert.proof.chosen, cert.proof.optimum, cert.proof.gap) == (42, 42, 0)
    assert "Proven optimal" in cert.proof.text()
    assert [(c.rule, c.in_force, c.ruled_out) for c in cert.rule_costs] == [
        ("manager rule", True, 0),
        ("do-not-pair list", True, 0),
        ("no-repeat rule", False, 0),
    ]
    # Max manages Lea: the rule forbids the best pair, and its cost is exactly what it takes away
    people[2] = replace(people[2], manager_email="max@x.org")
    req = mentor_request(people)
    cert = certify(req, run_matching(req))
    assert cert is not None
    manager = cert.rule_costs[0]
    forced = s[("max@x.org", "tom@x.org")] + s[("mo@x.org", "lea@x.org")]
    assert cert.proof.optimum == forced == 32
    assert (manager.ruled_out, manager.without, manager.cost) == (1, 42, 10)
    assert ("max@x.org", "lea@x.org") in manager.freed
    assert "costs" in manager.text()


def test_by_hand_learners_kept_apart_never_share_a_mentor_nor_block() -> None:
    # one mentor with two places, two learners kept apart by the do-not-pair list: Tom is left out,
    # and no blocking pair is claimed (he may not join Lea, who stays)
    people = by_hand()[:1] + by_hand()[2:]
    req = mentor_request(people, capacity=2, blocked={frozenset(("lea@x.org", "tom@x.org"))})
    result = run_matching(req)
    cert = certify(req, result)
    assert cert is not None and cert.proof.gap == 0
    assert cert.blocking == ()
    do_not_pair = cert.rule_costs[1]
    together = score_of(people, "max@x.org", "lea@x.org", req) + score_of(
        people, "max@x.org", "tom@x.org", req
    )
    assert do_not_pair.ruled_out == 1 and do_not_pair.without == together
    assert (do_not_pair.without, do_not_pair.cost) == (42, 11)
    # without the list both join
    req = replace(req, blocked=set())
    result = run_matching(req)
    cert = certify(req, result)
    assert cert is not None and cert.blocking == () and cert.proof.chosen == together


def test_rotations_and_pods_say_how_they_were_chosen_and_that_they_are_not_proven() -> None:
    assert any("not proven" in line for line in unproven("rotation"))
    assert any("not proven" in line for line in unproven("pods"))
    assert unproven("pairs") == unproven("mentor") == []


# -- brute force ---------------------------------------------------------------------------


def random_mentor_request(seed: int, n: int) -> MatchRequest:
    rng = random.Random(seed)
    people = []
    for person in random_people(rng, n, managers=True):
        teaches = tuple(t for t in person.teaches if t.skill != TOPIC)
        wants = tuple(g for g in person.wants if g.skill != TOPIC)
        teaches += (TeachSkill(TOPIC, rng.randint(2, 4)),) if rng.random() < 0.4 else ()
        wants += (LearnGoal(TOPIC, rng.choice([None, 3, 4])),) if rng.random() < 0.6 else ()
        people.append(replace(person, teaches=teaches, wants=wants))
    emails = [p.email for p in people]
    blocked = {frozenset(rng.sample(emails, 2)) for _ in range(rng.randint(0, 2))} if n > 1 else set()
    met = {frozenset(rng.sample(emails, 2)): WEEK for _ in range(rng.randint(0, 3))} if n > 1 else {}
    return mentor_request(
        people,
        seed=seed,
        capacity=rng.randint(1, 3),
        weights=Weights(forbid_repeats=rng.random() < 0.5),
        blocked=blocked,
        met=met,
    )


def brute_mentor(req: MatchRequest, weights: Weights, blocked: set[frozenset[str]]) -> float:
    """The best total over every assignment of learners to mentors (or none), by enumeration."""
    people = sorted((p for p in req.people if p.active), key=lambda p: p.email)
    level = {
        p.email: next((t.level for t in p.teaches if t.skill.casefold() == "python"), -1) for p in people
    }
    mentors = [p for p in people if level[p.email] >= 3]
    learners = [
        p for p in people if p not in mentors and any(g.skill.casefold() == "python" for g in p.wants)
    ]
    met = set(req.met)

    def ok(a: Person, b: Person) -> bool:
        return hard_rule(a, b, weights, blocked, met) is None

    profiles = {p.email: profile(p, req.week) for p in people}
    best = 0.0
    for choice in product([None, *range(len(mentors))], repeat=len(learners)):
        total, groups = 0.0, [[] for _m in mentors]
        for learner, m in zip(learners, choice, strict=True):
            if m is None:
                continue
            if not ok(mentors[m], learner) or len(groups[m]) == req.capacity:
                break
            if not all(ok(learner, other) for other in groups[m]):
                break
            groups[m].append(learner)
            pm, pl = profiles[mentors[m].email], profiles[learner.email]
            total += max(score_pair(pm, pl, weights, req.minutes, req.week, met).score, 0.0)
        else:
            best = max(best, total)
    return round(best, 6)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 100_000), n=st.integers(2, 8))
def test_mentor_certificate_against_brute_force(seed: int, n: int) -> None:
    req = random_mentor_request(seed, n)
    result = run_matching(req)
    cert = certify(req, result)
    assert cert is not None
    optimum = brute_mentor(req, req.weights, req.blocked)
    assert cert.proof.optimum == pytest.approx(optimum, abs=1e-6)
    assert cert.proof.chosen == pytest.approx(optimum, abs=1e-3)  # the run's tie-breakers are < 1e-3 in all
    assert cert.proof.bound >= cert.proof.optimum - 1e-6 and cert.proof.lp_bound >= cert.proof.optimum - 1e-6
    relaxed = {
        "manager rule": (replace(req.weights, avoid_managers=False), req.blocked),
        "do-not-pair list": (req.weights, set()),
        "no-repeat rule": (replace(req.weights, forbid_repeats=False), req.blocked),
    }
    for cost in cert.rule_costs:
        if cost.in_force and cost.ruled_out:
            without = brute_mentor(req, *relaxed[cost.rule])
            assert cost.without == pytest.approx(without, abs=1e-6), cost.rule
            assert cost.cost == pytest.approx(without - optimum, abs=1e-6), cost.rule
    # blocking pairs: the definition checked on the run's groups, pair by pair
    people = {p.email: p for p in req.people}
    profiles = {e: profile(p, req.week) for e, p in people.items()}
    met = set(req.met)

    def s(m: str, learner: str) -> float:
        return score_pair(profiles[m], profiles[learner], req.weights, req.minutes, req.week, met).score

    groups = {g.members[0]: list(g.members[1:]) for g in result.groups}
    mentor_of = {learner: m for m, ls in groups.items() for learner in ls}
    expected = set()
    for m in {p.email for p in req.people if p.active}:
        for learner in {p.email for p in req.people if p.active}:
            pm, pl = people[m], people[learner]
            mentor = profiles[m].teaches.get("python", -1) >= 3
            wants = "python" in profiles[learner].wants and profiles[learner].teaches.get("python", -1) < 3
            if not (mentor and wants) or mentor_of.get(learner) == m:
                continue
            if hard_rule(pm, pl, req.weights, req.blocked, met) is not None:
                continue
            together, now = s(m, learner), (s(mentor_of[learner], learner) if learner in mentor_of else 0.0)
            taken = groups.get(m, [])

            def apart(a: str, b: str) -> bool:
                return hard_rule(people[a], people[b], req.weights, req.blocked, met) is not None

            gains = (len(taken) < req.capacity and not any(apart(learner, o) for o in taken)) or (
                len(taken) >= req.capacity
                and any(
                    s(m, out) < together and not any(apart(learner, o) for o in taken if o != out)
                    for out in taken
                )
            )
            if together > now + 1e-6 and gains:
                expected.add((m, learner))
    assert {(b.a, b.b) for b in cert.blocking} == expected
    for b in cert.blocking:
        assert b.together == pytest.approx(s(b.a, b.b)) and b.together > max(b.a_now, b.b_now)


def test_by_hand_the_best_total_can_leave_a_mentor_and_a_learner_who_would_rather_be_together() -> None:
    # Max-Lea 32 (3 levels, across teams), Mo-Lea 30, Max-Tom 20 (2 levels), Mo-Tom 12 (1 level, across):
    # the best total is Max-Tom + Mo-Lea = 50 (Max-Lea + Mo-Tom is 44), yet Max (now 20) and Lea
    # (now 30) would both score 32 together.
    people = [
        Person(name="Max", email="max@x.org", team="A", teaches=(TeachSkill(TOPIC, 4),)),
        Person(name="Mo", email="mo@x.org", team="B", teaches=(TeachSkill(TOPIC, 3),)),
        Person(name="Lea", email="lea@x.org", team="B", wants=(LearnGoal(TOPIC, 4),)),
        Person(
            name="Tom",
            email="tom@x.org",
            team="A",
            teaches=(TeachSkill(TOPIC, 2),),
            wants=(LearnGoal(TOPIC, 4),),
        ),
    ]
    req = mentor_request(people, weights=Weights(cross_team=1))
    scores = [
        score_of(people, m, lr, req) for m in ("max@x.org", "mo@x.org") for lr in ("lea@x.org", "tom@x.org")
    ]
    assert scores == [32, 20, 30, 12]
    result = run_matching(req)
    assert {g.members for g in result.groups} == {("max@x.org", "tom@x.org"), ("mo@x.org", "lea@x.org")}
    cert = certify(req, result)
    assert cert is not None and (cert.proof.chosen, cert.proof.gap) == (50, 0)
    assert [(b.a, b.b, b.together, b.a_now, b.b_now) for b in cert.blocking] == [
        ("max@x.org", "lea@x.org", 32, 20, 30)
    ]
    assert "Blocking pair: Max & Lea would score 32 together (now 20 and 30)" in cert.lines(
        {p.email: p.name for p in people}
    )
