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
    assert main(["--db", str(demo_db), "match", "1", "--mode", "mentor", "--topic", "Python", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "added 1 session to the schedule at times every member is free" in out
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
