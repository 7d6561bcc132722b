"""The smallest widening of free time that would pair someone left unpaired: exact on a hand-solved case."""

from __future__ import annotations

from datetime import date, time

from peerdesk.domain import Availability, Person
from peerdesk.matching.repair import widenings
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
    request.weights = type(request.weights)(base=-20.0)  # a pair with no shared time is worse than none
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
    request.weights = type(request.weights)(base=-20.0)
    result = run_matching(request)
    repairs = widenings(request, result)
    assert repairs[bo.email].minutes == 15 and "Tue 09:45-10:00" in repairs[bo.email].text
    # once they share the time there is nothing to repair
    cy2 = _person("Cy Diaz", (1, time(10), time(11)))
    request = MatchRequest("pairs", [bo, cy2], minutes=15, week=WEEK, odd="sit-out")
    assert widenings(request, run_matching(request)) == {}
