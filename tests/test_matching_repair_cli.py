"""`peerdesk match` says how much more free time would pair someone left unpaired (text and --json)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path

from peerdesk.cli.main import main
from peerdesk.domain import Availability
from peerdesk.matching.service import Matcher
from peerdesk.roster.service import Roster
from peerdesk.schedule.service import Schedule
from peerdesk.storage import open_workspace


def test_match_names_the_smallest_widening(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(demo_db) as ws:
        program = Schedule(ws).find_program("1")
        assert program is not None
        roster = Roster(ws)
        members = sorted((p for p in roster.people() if p.email in program.members), key=lambda p: p.email)
        met = Matcher(ws).request(program, "pairs").met
        a, b = next(
            (x, y)
            for x in members
            for y in members
            if x.email < y.email and frozenset((x.email, y.email)) not in met
        )
        members = [a, b, *(p for p in members if p not in (a, b))]
        # a: Thursday 9:00-10:00, b: Thursday 10:00-11:00, both in UTC; no shared half hour
        roster.apply(
            roster.plan_update(
                replace(
                    a,
                    timezone="UTC",
                    availability=(Availability(3, time(9), time(10)),),
                    teaches=(),  # nothing to teach or learn: a pair only for its shared time
                    wants=(),
                )
            )
        )
        roster.apply(
            roster.plan_update(
                replace(
                    b,
                    timezone="UTC",
                    availability=(Availability(3, time(10), time(11)),),
                    teaches=(),
                    wants=(),
                )
            )
        )
        others = [p.email for p in members[2:]]
        minutes = Matcher(ws).meeting_minutes(program, "pairs")
    skips = [arg for email in others for arg in ("--skip", email)]
    args = ["--db", str(demo_db), "match", "1", *skips, "--odd", "sit-out", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    grouped = {e for g in data["groups"] for e in g["members"]}
    assert not grouped & {a.email, b.email}, "no shared time: better left unpaired"
    slots = -(-minutes // 15) * 15
    assert data["repairs"][a.email] == (
        f"{a.name}: +{slots} min on Thu 10:00-{10 + slots // 60:02d}:{slots % 60:02d} UTC "
        f"would pair them with {b.name}"
    )
    assert main(args[:-1]) == 0  # the text report says the same
    assert data["repairs"][a.email] in capsys.readouterr().out
    # --repair adds the time (one window, widened) and the run pairs the two; undo-able like any roster edit
    assert main([*args[:-1], "--repair", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a.email, b.email} in [set(g["members"]) for g in data["groups"]], json.dumps(data)[:3000]
    assert "repairs" not in data
    with open_workspace(demo_db) as ws:
        people = {p.email: p for p in Roster(ws).people()}
    end = 10 * 60 + slots
    assert [str(w) for w in people[a.email].availability] == [f"Thu 09:00-{end // 60:02d}:{end % 60:02d}"]
    assert [str(w) for w in people[b.email].availability] == ["Thu 10:00-11:00"]  # one of the two moves


def test_match_offers_and_allows_the_one_repeat_that_pairs_two_left_over(demo_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(demo_db)]
    assert main([*db, "match", "1", "--forbid-repeats", "--json"]) == 0
    rule = next(
        c
        for c in json.loads(capsys.readouterr().out)["certificate"]["rule_costs"]
        if c["rule"] == "no-repeat rule"
    )
    assert rule["in_force"] and rule["would_pair"], "the demo has people who met and would pair again"
    a, b = rule["would_pair"][0]
    # --allow-repeat lifts the rule for that one pair only
    assert main([*db, "match", "1", "--forbid-repeats", "--allow-repeat", a, b, "--json"]) == 0
    lifted = next(
        c
        for c in json.loads(capsys.readouterr().out)["certificate"]["rule_costs"]
        if c["rule"] == "no-repeat rule"
    )
    assert lifted["pairs_ruled_out"] == rule["pairs_ruled_out"] - 1
    assert [a, b] not in lifted["would_pair"] and [b, a] not in lifted["would_pair"]
    assert main([*db, "match", "1", "--allow-repeat", a, a]) == 1
    assert "--allow-repeat names the same person twice" in capsys.readouterr().err
    # only the two of them left: the rule alone keeps them apart, the run says so, --repair allows it
    with open_workspace(demo_db, read_only=True) as ws:
        program = Schedule(ws).find_program("1")
        assert program is not None
        names = {p.email: p.name for p in Roster(ws).people()}
        others = [e for e in program.members if e not in (a, b)]
    skips = [arg for email in others for arg in ("--skip", email)]
    run = [*db, "match", "1", "--forbid-repeats", *skips, "--odd", "sit-out"]
    assert main([*run, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["groups"] == []
    assert "allow this one repeat to pair them" in data["repairs"][a]
    assert main([*run, "--repair"]) == 0
    out = capsys.readouterr().out
    assert f"Allowed to meet again in this run: {names[min(a, b)]} and {names[max(a, b)]}" in out or (
        f"Allowed to meet again in this run: {names[max(a, b)]} and {names[min(a, b)]}" in out
    )
    assert f"{min(a, b)} + {max(a, b)}" in out or f"{max(a, b)} + {min(a, b)}" in out
