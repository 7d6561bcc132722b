"""The `match` command: run a matching on a program, print it, optionally apply it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk import clock
from peerdesk.cli.errors import CliError
from peerdesk.matching.score import Weights
from peerdesk.matching.service import Matcher, result_json
from peerdesk.matching.solvers import MatchResult
from peerdesk.plural import count
from peerdesk.storage import open_workspace


def run_match_command(args: argparse.Namespace, db: Path) -> int:
    """Run, store, print and (with --apply) apply one matching."""
    with open_workspace(db) as workspace:
        matcher = Matcher(workspace)
        program = matcher.schedule.find_program(args.program)
        if program is None:
            raise CliError(f"there is no program '{args.program}'")
        if args.mode == "mentor" and not args.topic:
            raise CliError("--mode mentor needs --topic SKILL")
        if args.mode == "pods" and not 3 <= args.size <= 6:
            raise CliError(f"--size {args.size}: pods have 3-6 people")
        if args.mode == "rotation" and not 1 <= args.rounds <= 52:
            raise CliError(f"--rounds {args.rounds}: use 1-52")
        request = matcher.request(
            program,
            args.mode,
            weights=Weights(forbid_repeats=args.forbid_repeats),
            seed=args.seed,
            size=args.size,
            rounds=args.rounds,
            topic=args.topic,
            capacity=args.capacity,
            pods_by=args.by,
            odd=args.odd,
        )
        try:
            run_id, result = matcher.run(program, request)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        applied, unplaced = 0, []
        if args.apply:
            change = matcher.apply(program, matcher.stored(run_id), not_before=clock.now())
            applied, unplaced = len(change.after), list(change.notes)
    if args.json:
        print(
            json.dumps(
                result_json(result) | {"run": run_id, "sessions_added": applied, "not_placed": unplaced},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print(result, run_id, applied, unplaced)
    return 0


def _print(result: MatchResult, run_id: int, applied: int, unplaced: list[str]) -> None:
    rounds = result.rounds or (result.groups,)
    for number, groups in enumerate(rounds, start=1):
        if result.rounds:
            print(f"Round {number}")
        for group in groups:
            print(f"  {' + '.join(group.members)}  (score {group.score:g})")
            for reason in group.reasons:
                print(f"      {reason}")
    for u in result.unmatched:
        print(f"  left out: {u.email}: {u.reason}")
    for note in result.notes:
        print(f"  note: {note}")
    for note in unplaced:
        print(f"  not placed: {note}")
    if applied or unplaced:
        outcome = f"; added {count(applied, 'session')} to the schedule at times every member is free"
        if unplaced:
            outcome += f"; {count(len(unplaced), 'meeting needs', 'meetings need')} a time picked by hand"
    else:
        outcome = "; nothing scheduled (use --apply)"
    print(f"Run {run_id}: {result.mode}, total score {result.total_score:g}, seed {result.seed}" + outcome)
