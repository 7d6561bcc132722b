"""The smallest widening of free time that would pair someone left unpaired: exact on a hand-solved case."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from peerdesk.domain import Availability, Person
from peerdesk.matching.repair import Repair, widened, widenings
from peerdesk.matching.solvers import MatchRequest, run_matching

WEEK = date(2026, 12, 7)  # a Monday


def _person(name: str, *windows: tuple[int, time, time]) -> Person:
    return Person(
        name=name,
        email=f"{name.split()[0].lower()}@x.org",
        timezone="UTC",
        availability=tuple(Availability(d, a, b) for d, a, b in windows),
    )


def test_samuel_needs_thirty_more_minutes_on_thursday_at_ten() -> None:
    # Samuel is free Thu 9:00-10:00, Ana Thu 10:00-11:00 and Mon 14:00-15:00: no shared 30 minutes.
    # By hand: Samuel adding Thu 10:00-10:30 (2 slots) meets Ana's Thu window; Mon would need 30 minutes
    # of a new window (also 2 slots, earlier in the week, but not a widening); so Thu 10:00 it is.
    # Ana widening her Thu window to 9:30 is her smallest (2 slots).
    samuel = _person("Samuel Okoro", (3, time(9), time(10)))
    ana = _person("Ana Lima", (3, time(10), time(11)), (0, time(14), time(15)))
    request = MatchRequest("pairs", [samuel, ana], minutes=30, week=WEEK, odd="sit-out")
    request.weights = type(request.weights)(base=-5.0)  # -15 without shared time: worse than none; +5 with it
    result = run_matching(request)
    assert {u.email for u in result.unmatched} == {samuel.email, ana.email}
    repairs = widenings(request, result)
    assert repairs[samuel.email].minutes == 30
    assert repairs[samuel.email].partner == ana.email
    assert repairs[samuel.email].text == (
        "Samuel Okoro: +30 min on Thu 10:00-10:30 UTC would pair them with Ana Lima"
    )
    assert (
        repairs[ana.email].text
        == "Ana Lima: +30 min on Thu 09:30-10:00 UTC would pair them with Samuel Okoro"
    )


def test_a_shorter_gap_wins_and_shared_time_needs_no_repair() -> None:
    # Bo is free Tue 10:00-10:15, Cy Tue 9:45-11:00: Bo needs only 15 more minutes, at 9:45 or 10:15;
    # both widen his window, so the earlier wins.
    bo = _person("Bo Chen", (1, time(10), time(10, 15)))
    cy = _person("Cy Diaz", (1, time(9, 45), time(11)))
    request = MatchRequest("pairs", [bo, cy], minutes=30, week=WEEK, odd="sit-out")
    request.weights = type(request.weights)(base=-5.0)
    result = run_matching(request)
    repairs = widenings(request, result)
    assert repairs[bo.email].minutes == 15 and "Tue 09:45-10:00" in repairs[bo.email].text
    # once they share the time there is nothing to repair
    cy2 = _person("Cy Diaz", (1, time(10), time(11)))
    request = MatchRequest("pairs", [bo, cy2], minutes=15, week=WEEK, odd="sit-out")
    assert widenings(request, run_matching(request)) == {}


def test_applying_the_repair_widens_the_window_and_pairs_them() -> None:
    """Samuel's Thu 9:00-10:00 becomes 9:00-10:30 (one window, not two), and the run pairs him with Ana."""
    samuel = _person("Samuel Okoro", (3, time(9), time(10)), (0, time(8), time(9)))
    ana = _person("Ana Lima", (3, time(10), time(11)))
    request = MatchRequest("pairs", [samuel, ana], minutes=30, week=WEEK, odd="sit-out")
    request.weights = type(request.weights)(base=-5.0)  # -15 apart, +5 with a shared half hour
    result = run_matching(request)
    repair = widenings(request, result)[samuel.email]
    better = widened(samuel, repair, WEEK)
    assert better is not None
    assert [str(w) for w in better.availability] == ["Mon 08:00-09:00", "Thu 09:00-10:30"]
    again = MatchRequest("pairs", [better, ana], minutes=30, week=WEEK, odd="sit-out")
    again.weights = request.weights
    assert [set(g.members) for g in run_matching(again).groups] == [{samuel.email, ana.email}]


def test_a_repair_is_placed_in_the_persons_own_timezone_and_refused_over_midnight() -> None:
    tokyo = Person(
        name="Kenji Sato",
        email="kenji@x.org",
        timezone="Asia/Tokyo",
        availability=(Availability(4, time(18), time(19)),),  # Fri 18:00-19:00 Tokyo = Fri 09:00-10:00 UTC
    )
    repair = Repair(tokyo.email, "ana@x.org", slot=4 * 96 + 40, minutes=30, text="")  # Fri 10:00 UTC
    assert [str(w) for w in widened(tokyo, repair, WEEK).availability] == ["Fri 18:00-19:30"]  # type: ignore[union-attr]
    late = Repair(tokyo.email, "ana@x.org", slot=4 * 96 + 14 * 4 + 2, minutes=30, text="")  # Fri 14:30 UTC
    assert widened(tokyo, late, WEEK) is None  # 23:30-00:00 Tokyo runs into Saturday


# -- allow one repeat ---------------------------------------------------------------------------


def _swap(name: str, teaches: str, wants: str) -> Person:
    from peerdesk.domain import LearnGoal, TeachSkill

    return Person(
        name=name,
        email=f"{name.split()[0].lower()}@x.org",
        timezone="UTC",
        teaches=(TeachSkill(teaches, 4),),
        wants=(LearnGoal(wants, 3),),
        availability=(Availability(0, time(9), time(12)),),
    )


def test_only_the_no_repeat_rule_keeps_two_apart_so_allowing_that_one_repeat_pairs_them() -> None:
    from peerdesk.matching.certificate import certify
    from peerdesk.matching.repair import repeat_repairs
    from peerdesk.matching.score import Weights

    ana, ben, cy = (
        _swap("Ana Lima", "SQL", "Python"),
        _swap("Ben Ode", "Python", "SQL"),
        _swap("Cy Diaz", "Go", "Go"),
    )
    met = {frozenset((ana.email, ben.email)): date(2026, 11, 2)}
    weights = Weights(forbid_repeats=True)
    request = MatchRequest("pairs", [ana, ben], weights=weights, week=WEEK, odd="sit-out", met=met)
    result = run_matching(request)
    assert result.groups == () and {u.email for u in result.unmatched} == {ana.email, ben.email}
    repairs = repeat_repairs(request, result)
    assert set(repairs) == {ana.email, ben.email}
    assert repairs[ana.email].partner == ben.email and repairs[ana.email].met_on == date(2026, 11, 2)
    assert (
        repairs[ana.email].text
        == "Ana Lima and Ben Ode met on 02 Nov 2026: allow this one repeat to pair them"
    )
    assert widenings(request, result) == {}  # the time is not what stands in the way
    # applied: that one pair may meet again in this run; the rule still holds for everyone else
    allowed = dataclasses.replace(request, repeats={repairs[ana.email].pair})
    again = run_matching(allowed)
    assert [set(g.members) for g in again.groups] == [{ana.email, ben.email}]
    assert repeat_repairs(allowed, again) == {}
    cert = certify(allowed, again)
    assert cert is not None and cert.proof.gap == 0
    assert next(c for c in cert.rule_costs if c.rule == "no-repeat rule").ruled_out == 0
    # without the no-repeat rule, or when another rule keeps them apart as well, nothing is offered
    loose = MatchRequest("pairs", [ana, ben], week=WEEK, odd="sit-out", met=met)
    assert repeat_repairs(loose, run_matching(loose)) == {}
    blocked = dataclasses.replace(request, blocked={frozenset((ana.email, ben.email))})
    assert repeat_repairs(blocked, run_matching(blocked)) == {}
    # Cy can pair with nobody (wants and teaches only Go): no repeat would help him
    with_cy = dataclasses.replace(request, people=[ana, ben, cy])
    assert cy.email not in repeat_repairs(with_cy, run_matching(with_cy))


def test_each_suggested_repeat_raises_the_proven_optimum_by_at_least_that_pair() -> None:
    import random

    from peerdesk.matching.certificate import Objective, certify
    from peerdesk.matching.repair import repeat_repairs
    from peerdesk.matching.score import Weights
    from tests.test_matching import random_people

    offered = 0
    for seed in range(60):
        rng = random.Random(seed)
        people = [p for p in random_people(rng, rng.randint(2, 9)) if p.active]
        emails = [p.email for p in people]
        if len(emails) < 2:
            continue
        met = {frozenset(rng.sample(emails, 2)): date(2026, 10, 5) for _ in range(rng.randint(1, 6))}
        request = MatchRequest(
            "pairs",
            people,
            weights=Weights(forbid_repeats=True),
            week=WEEK,
            odd="sit-out",
            met=met,
            seed=seed,
        )
        result = run_matching(request)
        before = certify(request, result)
        assert before is not None
        for repair in repeat_repairs(request, result).values():
            offered += 1
            allowed = dataclasses.replace(request, repeats={repair.pair})
            after = certify(allowed, run_matching(allowed))
            assert after is not None and after.proof.gap == 0
            objective = Objective(allowed)
            i, j = sorted((objective.pool.index[repair.email], objective.pool.index[repair.partner]))
            gain = objective.score(i, j) + objective.bonus(i, j)
            assert gain > 0
            assert after.proof.optimum >= before.proof.optimum + gain - 1e-6
    assert offered > 0, "some random case needed a repeat"
