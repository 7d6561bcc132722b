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
        a, b = members[0], members[1]
        # a: Thursday 9:00-10:00, b: Thursday 10:00-11:00, both in UTC; no shared half hour
        roster.apply(
            roster.plan_update(replace(a, timezone="UTC", availability=(Availability(3, time(9), time(10)),)))
        )
        roster.apply(
            roster.plan_update(
                replace(b, timezone="UTC", availability=(Availability(3, time(10), time(11)),))
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
