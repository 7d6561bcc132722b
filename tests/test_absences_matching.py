"""Nobody away is ever matched or placed: every mode of matching, rotations, pod facilitators, Apply."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import Absence
from peerdesk.matching.service import Matcher, days_nobody_is_away
from peerdesk.matching.solvers import MODES, MatchRequest, facilitator_rotation, run_matching
from peerdesk.roster.service import Roster
from peerdesk.storage import Workspace
from tests.test_matching import WEEK, random_people


def test_facilitator_rotation_by_hand() -> None:
    assert facilitator_rotation(["a", "b", "c"], 6, {}) == ("a", "b", "c", "a", "b", "c")
    # Bea is away in week 2: Cy leads, and Bea takes her turn in week 3
    assert facilitator_rotation(["a", "b", "c"], 5, {2: {"b"}}) == ("a", "c", "b", "a", "c")
    assert facilitator_rotation(["a", "b"], 3, {1: {"a", "b"}}) == ("a", "b", "a")


def test_days_nobody_is_away_by_hand() -> None:
    from peerdesk.domain import Person

    ana = Person(name="Ana", email="a@x.org", absences=(Absence(date(2026, 3, 3), date(2026, 3, 4)),))
    ben = Person(name="Ben", email="b@x.org", absences=(Absence(date(2026, 3, 6), date(2026, 3, 20)),))
    assert days_nobody_is_away([ana, ben], date(2026, 3, 2), date(2026, 3, 8)) == [
        (date(2026, 3, 2), date(2026, 3, 2)),
        (date(2026, 3, 5), date(2026, 3, 5)),
    ]
    assert days_nobody_is_away([ben], date(2026, 3, 9), date(2026, 3, 15)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(2, 14), mode=st.sampled_from(MODES), data=st.data())
def test_no_one_away_is_matched(seed: int, n: int, mode: str, data: st.DataObject) -> None:
    rng = random.Random(seed)
    people = [replace(p, active=True) for p in random_people(rng, n, managers=True)]
    emails = [p.email for p in people]
    away = set(data.draw(st.lists(st.sampled_from(emails), max_size=n)))
    skipping = set(data.draw(st.lists(st.sampled_from(emails), max_size=n)))
    rounds = {r: set(data.draw(st.lists(st.sampled_from(emails), max_size=n))) for r in (1, 2, 3)}
    weeks = {w: set(data.draw(st.lists(st.sampled_from(emails), max_size=n))) for w in (1, 2, 3)}
    request = MatchRequest(
        mode=mode,
        people=people,
        week=WEEK,
        seed=seed,
        rounds=3,
        weeks=3,
        topic=rng.choice(["SQL", "Python", "Figma"]),
        away={e: "away 1-5 Mar 2026" for e in away} if mode != "rotation" else {},
        away_rounds={r: {e: "away" for e in es} for r, es in rounds.items()} if mode == "rotation" else {},
        away_weeks=weeks,
        skipping=skipping,
    )
    result = run_matching(request)
    # whoever asked to skip this round is in no group of it (nor of any rotation round)
    placed = {e for g in (*result.groups, *(g for r in result.rounds for g in r)) for e in g.members}
    assert not placed & skipping
    if mode == "rotation":
        for number, groups in enumerate(result.rounds, start=1):
            assert not {e for g in groups for e in g.members} & rounds[number]
        return
    assert not {e for g in result.groups for e in g.members} & away
    assert away <= {u.email for u in result.unmatched}
    for group in result.groups:
        for week, leader in enumerate(group.facilitators, start=1):
            if mode == "pods" and set(group.members) - weeks.get(week, set()):
                assert leader not in weeks.get(week, set())


PROGRAM_START = date(2026, 11, 16)  # the demo's pilot: six weeks from Monday 16 November


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mode=st.sampled_from(MODES), data=st.data())
def test_no_one_away_is_placed_in_a_session(demo_ws: Workspace, mode: str, data: st.DataObject) -> None:
    matcher = Matcher(demo_ws)
    roster = Roster(demo_ws)
    program = matcher.schedule.list_programs()[0]
    members = [p for p in roster.people() if p.email in set(program.members)]
    changes = []
    for person in data.draw(
        st.lists(st.sampled_from(members), max_size=len(members), unique_by=lambda p: p.email)
    ):
        first = PROGRAM_START + timedelta(days=data.draw(st.integers(-3, 45)))
        last = first + timedelta(days=data.draw(st.integers(0, 20)))
        changes.append(roster.apply(roster.plan_absences(person, (Absence(first, last, "private"),))))
    try:
        request = matcher.request(program, mode, rounds=3, topic="Python", size=3)
        run_id, result = matcher.run(program, request)
        people = {p.email: p for p in roster.people()}
        if mode != "rotation":
            assert not {e for g in result.groups for e in g.members} & set(request.away)
        for number, groups in enumerate(result.rounds, start=1):
            assert not {e for g in groups for e in g.members} & set(request.away_rounds.get(number, {}))
        change = matcher.plan_apply(program, matcher.stored(run_id))
        for session in change.after:
            day = session.start.astimezone(ZoneInfo(session.timezone)).date()
            for attendee in session.attendees:
                assert people[attendee.email].away(day) is None, (attendee.email, day, mode)
        assert all("private" not in note for note in change.notes)
    finally:
        for change in reversed(changes):
            roster.revert(change)


def test_away_people_are_named_in_the_run(demo_ws: Workspace) -> None:
    matcher, roster = Matcher(demo_ws), Roster(demo_ws)
    program = matcher.schedule.list_programs()[0]
    hannah = next(p for p in roster.people() if p.email == "hannah.schulz@northwind.example")
    # the clock says Wednesday 25 November: week 2 (23-29 Nov) is the first week still to come
    roster.apply(roster.plan_absences(hannah, (Absence(date(2026, 11, 20), date(2026, 12, 1), "surgery"),)))
    _, result = matcher.run(program, matcher.request(program, "pairs"))
    assert [u.reason for u in result.unmatched if u.email == hannah.email] == [
        "away 20 Nov - 1 Dec 2026, in the week this run is for"
    ]
    _, rotation = matcher.run(program, matcher.request(program, "rotation", rounds=3))
    reason = next(u.reason for u in rotation.unmatched if u.email == hannah.email)
    assert reason.endswith(
        "left out of round 1 (away 20 Nov - 1 Dec 2026), round 2 (away 20 Nov - 1 Dec 2026)"
    )
    assert all(hannah.email in {e for g in r for e in g.members} for r in rotation.rounds[2:])


def test_conflicts_name_the_absence_not_its_reason(demo_ws: Workspace) -> None:
    from peerdesk.schedule.conflicts import find_conflicts

    matcher, roster = Matcher(demo_ws), Roster(demo_ws)
    s = matcher.schedule
    program = s.list_programs()[0]
    session = next(x for x in s.list_sessions(program.id) if x.attendees and x.status == "planned")
    email = session.attendees[0].email
    person = next(p for p in roster.people() if p.email == email)
    day = session.start.date()
    change = roster.apply(
        roster.plan_absences(person, (Absence(day - timedelta(days=2), day + timedelta(days=9), "burnout"),))
    )
    span = Absence(day - timedelta(days=2), day + timedelta(days=9)).span()
    messages = [c.message for c in find_conflicts(s.list_sessions(), roster.people(), s.list_programs())]
    assert f"{person.name} is away {span}" in messages
    assert not any("burnout" in m for m in messages)
    roster.revert(change)
    messages = [c.message for c in find_conflicts(s.list_sessions(), roster.people(), s.list_programs())]
    assert not any(" is away " in m for m in messages)


def test_notice_and_skip_from_the_command_line(demo_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json
    from email import message_from_bytes
    from email.policy import strict

    from peerdesk.cli.main import main
    from peerdesk.storage import open_workspace

    db = ["--db", str(demo_db)]
    with open_workspace(demo_db) as ws:
        roster = Roster(ws)
        tomas = next(p for p in roster.people() if p.email == "tomas.ferreira@northwind.example")
        roster.apply(
            roster.plan_absences(tomas, (Absence(date(2026, 11, 30), date(2026, 12, 4), "dentist"),))
        )
    out = tmp_path / "notice.eml"
    assert main([*db, "match", "notice", "1", "--out", str(out), "--on", "2026-11-30"]) == 0
    assert "the notice to 7 members (1 away that day left out)" in capsys.readouterr().out
    message = message_from_bytes(out.read_bytes(), policy=strict)
    recipients = {a.addr_spec for a in message["To"].addresses}
    assert len(recipients) == 7 and "tomas.ferreira@northwind.example" not in recipients
    assert message["From"].addresses[0].addr_spec == "maja.keller@northwind.example"
    assert message["Subject"] == (
        "Engineering onboarding pilot: new pairs on Monday 30 November - reply SKIP to sit this one out"
    )
    body = message.get_content()
    assert "reply to this email with SKIP" in body.replace("\n", " ") and "dentist" not in body
    assert main([*db, "match", "notice", "1", "--out", str(tmp_path / "n.txt")]) == 1
    assert "must end in .eml" in capsys.readouterr().err
    assert main([*db, "match", "notice", "1", "--out", str(out), "--on", "30.11."]) == 1
    assert "--on 30.11.: not a date like 2026-11-30" in capsys.readouterr().err
    # two members reply SKIP: they sit this run out, and the run says so
    args = [*db, "match", "1", "--skip", "Priya Raman", "--skip", "lea.dubois@northwind.example", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    members = {e for g in data["groups"] for e in g["members"]}
    assert not members & {"priya.raman@northwind.example", "lea.dubois@northwind.example"}
    reasons = {u["email"]: u["reason"] for u in data["unmatched"]}
    assert (
        reasons["priya.raman@northwind.example"]
        == reasons["lea.dubois@northwind.example"]
        == ("asked to skip this round")
    )
    assert main([*db, "match", "1", "--skip", "Nobody"]) == 1
    assert "'Nobody': nobody with that email or name in the roster" in capsys.readouterr().err
