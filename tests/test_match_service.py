"""Matching against a real workspace: stored runs, history, coverage, Apply, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.matching.service import Matcher, result_from_json
from peerdesk.storage import Workspace, open_workspace


def test_run_is_stored_and_reproducible(demo_ws: Workspace) -> None:
    matcher = Matcher(demo_ws)
    program = matcher.schedule.list_programs()[0]
    first_id, first = matcher.run(program, matcher.request(program, "pairs", seed=7))
    second_id, second = matcher.run(program, matcher.request(program, "pairs", seed=7))
    assert first == second and first_id != second_id
    stored = matcher.stored(first_id)
    assert stored.seed == 7 and stored.mode == "pairs"
    assert result_from_json(stored.result) == first
    assert sorted(stored.inputs["people"]) == sorted(program.members)  # type: ignore[arg-type]


def test_history_comes_from_sessions_and_shows_coverage(demo_ws: Workspace) -> None:
    matcher = Matcher(demo_ws)
    met = matcher.met_history()
    # the demo applied a pairs matching and has a 4-person clinic: those people have met
    assert frozenset(("mateo.garcia@northwind.example", "lea.dubois@northwind.example")) in met
    # the 8-person weekly micro-lessons are too big to count as meeting
    coverage = matcher.coverage(matcher.schedule.people.list_people())
    assert set(coverage) == {"Engineering", "Sales", "Support"}
    assert 0 < coverage["Engineering"] < 1 and coverage["Sales"] == 0


def test_apply_adds_sessions_at_shared_times(demo_ws: Workspace) -> None:
    matcher = Matcher(demo_ws)
    program = matcher.schedule.list_programs()[0]
    before = len(matcher.schedule.list_sessions(program.id))
    people = {p.email: p for p in matcher.schedule.people.list_people()}
    conflicts_before = _conflict_set(matcher)
    run_id, result = matcher.run(program, matcher.request(program, "rotation", rounds=2, seed=3))
    change = matcher.apply(program, matcher.stored(run_id))
    sessions = matcher.schedule.list_sessions(program.id)
    assert len(change.after) + len(change.unplaced) == sum(len(r) for r in result.rounds)
    assert len(change.notes) == len(change.unplaced)
    assert len(sessions) == before + len(change.after) and change.after
    assert all(s.format_key == "skill-swap" for s in change.after)
    from peerdesk.schedule.conflicts import _available

    assert all(_available(people[a.email], s) for s in change.after for a in s.attendees)
    assert _conflict_set(matcher) == conflicts_before, "Apply adds no conflict"
    assert matcher.stored(run_id).applied_at is not None
    matcher.schedule.revert(change)
    assert len(matcher.schedule.list_sessions(program.id)) == before


def _conflict_set(matcher: Matcher) -> set[tuple[int | None, str]]:
    from peerdesk.schedule.conflicts import find_conflicts

    s = matcher.schedule
    return {
        (c.session_id, c.message)
        for c in find_conflicts(s.list_sessions(), s.people.list_people(), s.list_programs())
    }


def test_cli_match_json_and_apply(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", str(demo_db), "match", "Engineering onboarding pilot", "--mode", "pairs", "--json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "pairs" and isinstance(data["total_score"], float)
    assert all(set(g) >= {"members", "score", "reasons"} for g in data["groups"])
    assert {
        "email": "maja.keller@northwind.example",
        "reason": "every possible partner is ruled out (manager and direct report)",
    } in data["unmatched"]
    assert main(["--db", str(demo_db), "match", "1", "--mode", "rotation", "--rounds", "3", "--json"]) == 0
    rotation = json.loads(capsys.readouterr().out)
    assert len(rotation["rounds"]) == 3
    assert "certificate" not in rotation and "not proven" in rotation["how_chosen"][-1]
    assert main(["--db", str(demo_db), "match", "1", "--mode", "mentor", "--topic", "Python", "--json"]) == 0
    mentor = json.loads(capsys.readouterr().out)
    proof = mentor["certificate"]["proof"]
    assert proof["gap"] == 0 and proof["chosen"] == proof["optimum"] == mentor["total_score"]
    assert [c["rule"] for c in mentor["certificate"]["rule_costs"]] == [
        "manager rule",
        "do-not-pair list",
        "no-repeat rule",
    ]
    assert main(["--db", str(demo_db), "match", "1", "--mode", "mentor", "--topic", "Python", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "added 1 session to the schedule at times every member is free" in out
    assert "How these pairs were chosen:" in out and "Proven optimal" in out
    with open_workspace(demo_db, read_only=True) as ws:
        assert any(s.format_key == "shadow-shift" for s in Matcher(ws).schedule.list_sessions())
        conflicts_before = _conflict_set(Matcher(ws))
    assert main(["--db", str(demo_db), "match", "1", "--mode", "pairs", "--seed", "2", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "sessions to the schedule at times every member is free" in out
    with open_workspace(demo_db, read_only=True) as ws:
        assert _conflict_set(Matcher(ws)) == conflicts_before
    assert main(["--db", str(demo_db), "match", "1", "--mode", "mentor"]) == 1
    assert "needs --topic" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "match", "nope"]) == 1
    assert "there is no program 'nope'" in capsys.readouterr().err


def test_cli_match_certificate_and_why_not(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "match", "1", "--forbid-repeats", "--json"]) == 0
    cert = json.loads(capsys.readouterr().out)["certificate"]
    assert cert["proof"]["gap"] == 0 and cert["proof"]["all_pairs"] is True
    assert cert["proof"]["chosen"] == cert["proof"]["optimum"] == cert["proof"]["bound"]
    costs = {c["rule"]: c for c in cert["rule_costs"]}
    assert set(costs) == {"manager rule", "do-not-pair list", "no-repeat rule"}
    # Maja manages the engineers: without the manager rule the total can only go up
    assert costs["manager rule"]["pairs_ruled_out"] > 0 and costs["manager rule"]["cost"] >= 0
    assert costs["no-repeat rule"]["in_force"] is True
    assert all(b["together"] > max(b["a_now"], b["b_now"]) for b in cert["blocking_pairs"])
    assert main(["--db", str(demo_db), "match", "1"]) == 0
    assert "How these pairs were chosen:" in capsys.readouterr().out

    args = ["--db", str(demo_db), "match", "why-not", "1", "Hannah Schulz", "maja.keller@northwind.example"]
    assert main([*args, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["obstacles"][0] == "a hard rule: manager and direct report"
    assert answer["difference"] == answer["optimum"] - answer["best_with_them_paired"] >= 0
    assert main(args) == 0
    assert "In the way: a hard rule: manager and direct report" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "match", "why-not", "1", "Nobody", "Hannah Schulz"]) == 1
    assert "'Nobody': nobody with that email or name in the roster" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "match", "why-not", "1", "Hannah Schulz"]) == 1
    assert "usage: peerdesk match why-not PROGRAM PERSON PERSON" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "match", "why-not", "nope", "a", "b"]) == 1
    assert "there is no program 'nope'" in capsys.readouterr().err
