"""`peerdesk roster away`: record or remove time away for one person."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from peerdesk.cli.errors import CliError
from peerdesk.domain import Absence, Person
from peerdesk.i18n import _
from peerdesk.roster.service import Roster
from peerdesk.storage import open_workspace


def run_away_command(args: argparse.Namespace, db: Path) -> int:
    """Add an absence (first..last day, private reason), or remove the one holding FIRST."""
    first = _day(args.first, _("first day"))
    last = _day(args.last, _("last day")) if args.last else first
    if last < first:
        raise CliError(
            _("{last}: the last day is before the first day {first}").format(last=args.last, first=args.first)
        )
    with open_workspace(db) as workspace:
        roster = Roster(workspace)
        person = find_person(roster.people(), args.person)
        if args.remove:
            kept = tuple(a for a in person.absences if not a.overlaps(first, first))
            if len(kept) == len(person.absences):
                raise CliError(
                    _("{name} has no time away on {value}; nothing changed").format(
                        name=person.name, value=first.isoformat()
                    )
                )
            roster.apply(roster.plan_absences(person, kept))
            print(
                _("{name}: time away holding {value} removed").format(
                    name=person.name, value=first.isoformat()
                )
            )
            return 0
        clash = person.away(first, last)
        if clash is not None:
            raise CliError(
                _("{name} is already away {dates}; remove that first (--remove)").format(
                    name=person.name, dates=clash.span()
                )
            )
        absence = Absence(first, last, " ".join(args.reason.split()))
        roster.apply(roster.plan_absences(person, (*person.absences, absence)))
    print(
        _("{name} is away {dates}: left out of matching and of the sessions of those days").format(
            name=person.name, dates=absence.span()
        )
    )
    return 0


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(
            _("{what} '{text}' is not a date like 2026-03-10").format(what=what, text=text)
        ) from None


def find_person(people: list[Person], text: str) -> Person:
    """One person by email or full name (either case)."""
    key = text.strip().casefold()
    found = [p for p in people if key in (p.email.casefold(), p.name.casefold())]
    if len(found) != 1:
        if not found:
            raise CliError(_("'{text}': nobody with that email or name").format(text=text))
        raise CliError(_("'{text}': several people with that email or name").format(text=text))
    return found[0]
