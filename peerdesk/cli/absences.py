"""`peerdesk roster away`: record or remove time away for one person."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from peerdesk.cli.errors import CliError
from peerdesk.domain import Absence, Person
from peerdesk.roster.service import Roster
from peerdesk.storage import open_workspace


def run_away_command(args: argparse.Namespace, db: Path) -> int:
    """Add an absence (first..last day, private reason), or remove the one holding FIRST."""
    first = _day(args.first, "first day")
    last = _day(args.last, "last day") if args.last else first
    if last < first:
        raise CliError(f"{args.last}: the last day is before the first day {args.first}")
    with open_workspace(db) as workspace:
        roster = Roster(workspace)
        person = find_person(roster.people(), args.person)
        if args.remove:
            kept = tuple(a for a in person.absences if not a.overlaps(first, first))
            if len(kept) == len(person.absences):
                raise CliError(f"{person.name} has no time away on {first.isoformat()}; nothing changed")
            roster.apply(roster.plan_absences(person, kept))
            print(f"{person.name}: time away holding {first.isoformat()} removed")
            return 0
        clash = person.away(first, last)
        if clash is not None:
            raise CliError(f"{person.name} is already away {clash.span()}; remove that first (--remove)")
        absence = Absence(first, last, " ".join(args.reason.split()))
        roster.apply(roster.plan_absences(person, (*person.absences, absence)))
    print(f"{person.name} is away {absence.span()}: left out of matching and of the sessions of those days")
    return 0


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{what} '{text}' is not a date like 2026-03-10") from None


def find_person(people: list[Person], text: str) -> Person:
    """One person by email or full name (either case)."""
    key = text.strip().casefold()
    found = [p for p in people if key in (p.email.casefold(), p.name.casefold())]
    if len(found) != 1:
        raise CliError(f"'{text}': {'nobody' if not found else 'several people'} with that email or name")
    return found[0]
