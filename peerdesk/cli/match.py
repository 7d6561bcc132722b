"""The `match` command: run a matching on a program, print it, optionally apply it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from peerdesk import clock
from peerdesk.cli.errors import CliError
from peerdesk.domain import Person
from peerdesk.i18n import _, nformat
from peerdesk.matching.certificate import Certificate, unproven
from peerdesk.matching.repair import repeat_repairs, widened, widenings
from peerdesk.matching.score import Weights
from peerdesk.matching.service import Matcher, result_json
from peerdesk.matching.solvers import MatchResult, run_matching
from peerdesk.matching.why_not import why_not
from peerdesk.schedule.dates import local_date
from peerdesk.storage import open_workspace


def run_match_command(args: argparse.Namespace, db: Path) -> int:
    """Run, store, print and (with --apply) apply one matching; or answer `why-not`."""
    if args.program == "why-not":
        return _why_not(args, db)
    if args.program == "notice":
        return _notice(args, db)
    if args.people:
        raise CliError(
            _("unexpected: {value} (only `match why-not PROGRAM X Y` takes people)").format(
                value=" ".join(args.people)
            )
        )
    with open_workspace(db) as workspace:
        matcher = Matcher(workspace)
        program = matcher.schedule.find_program(args.program)
        if program is None:
            raise CliError(_("there is no program '{program}'").format(program=args.program))
        if args.mode == "mentor" and not args.topic:
            raise CliError(_("--mode mentor needs --topic SKILL"))
        if args.mode == "pods" and not 3 <= args.size <= 6:
            raise CliError(_("--size {size}: pods have 3-6 people").format(size=args.size))
        if args.mode == "rotation" and not 1 <= args.rounds <= 52:
            raise CliError(_("--rounds {rounds}: use 1-52").format(rounds=args.rounds))
        everyone = matcher.schedule.people.list_people()
        skipping = {_person(everyone, text).email for text in args.skip}
        repeats = {frozenset(_person(everyone, text).email for text in pair) for pair in args.allow_repeat}
        if any(len(pair) < 2 for pair in repeats):
            raise CliError(_("--allow-repeat names the same person twice"))

        def request_now():  # type: ignore[no-untyped-def]
            return matcher.request(
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
                skipping=skipping,
                repeats=repeats,
            )

        request = request_now()
        if args.repair and _repair_free_time(workspace, request, quiet=args.json):
            request = request_now()
        if args.repair:
            allowed = _allow_repeats(request, quiet=args.json)
            if allowed:
                repeats |= allowed
                request = request_now()
        applied, unplaced = 0, []
        try:
            if args.apply:
                run_id, result, change = matcher.run_and_apply(program, request, not_before=clock.now())
                applied, unplaced = len(change.after), list(change.notes)
            else:
                run_id, result = matcher.run(program, request)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        certificate = matcher.certificate  # proven when the run was stored
        names = {p.email: p.name for p in request.people}
        repairs = {e: r.text for e, r in widenings(request, result).items()}
        repairs |= {e: r.text for e, r in repeat_repairs(request, result).items() if e not in repairs}
    if args.json:
        print(
            json.dumps(
                result_json(result)
                | {"run": run_id, "sessions_added": applied, "not_placed": unplaced}
                | ({"certificate": certificate.json()} if certificate else {})
                | ({"how_chosen": unproven(result.mode)} if unproven(result.mode) else {})
                | ({"repairs": repairs} if repairs else {}),
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print(result, run_id, applied, unplaced)
        for text in repairs.values():
            print(f"  \u2192 {text}")
        _print_certificate(certificate, names)
        if unproven(result.mode):
            print(_("How these groups were chosen:"))
            for line in unproven(result.mode):
                print(f"  {line}")
    return 0


def _repair_free_time(workspace, request, *, quiet: bool) -> int:  # type: ignore[no-untyped-def]
    """`--repair`: add each unpaired person's smallest free-time widening to their week; how many."""
    from peerdesk.roster.service import Roster

    try:
        repairs = widenings(request, run_matching(request))
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    people = {p.email: p for p in request.people}
    roster, done, met = Roster(workspace), 0, set()
    for email, repair in sorted(repairs.items()):
        if email in met:
            continue  # their partner's widening already gives the two of them the time
        better = widened(people[email], repair, request.week)
        if better is None:
            print(
                _("{name}: the added time would run past midnight; add it by hand").format(
                    name=people[email].name
                )
            )
            continue
        roster.apply(roster.plan_update(better))
        people[email], done = better, done + 1
        met |= {email, repair.partner}
        if not quiet:
            print(
                _("Added free time to {name}: {windows}").format(
                    name=better.name, windows=", ".join(str(w) for w in better.availability)
                )
            )
    return done


def _allow_repeats(request, *, quiet: bool) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    """`--repair`: the repeats that alone keep two unpaired people apart, allowed for this run."""
    try:
        repairs = repeat_repairs(request, run_matching(request))
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    names = {p.email: p.name for p in request.people}
    allowed: set[frozenset[str]] = set()
    for repair in repairs.values():
        if any(repair.email in pair or repair.partner in pair for pair in allowed):
            continue  # one repeat per person is enough
        allowed.add(repair.pair)
        if not quiet:
            print(
                _("Allowed to meet again in this run: {name} and {partner} (met on {day})").format(
                    name=names[repair.email],
                    partner=names[repair.partner],
                    day=local_date(repair.met_on, "%d %b %Y", "d MMM y"),
                )
            )
    return allowed


def _print_certificate(certificate: Certificate | None, names: dict[str, str]) -> None:
    if certificate is not None:
        print(_("How these pairs were chosen:"))
        for line in certificate.lines(names):
            print(f"  {line}")


def _why_not(args: argparse.Namespace, db: Path) -> int:
    """`match why-not PROGRAM X Y`: the best pairs run that pairs X with Y, against the optimum."""
    if len(args.people) != 3:
        raise CliError(_("usage: peerdesk match why-not PROGRAM PERSON PERSON (email or full name)"))
    with open_workspace(db) as workspace:
        matcher = Matcher(workspace)
        program = matcher.schedule.find_program(args.people[0])
        if program is None:
            raise CliError(_("there is no program '{person}'").format(person=args.people[0]))
        everyone = matcher.schedule.people.list_people()
        a, b = (_person(everyone, text) for text in args.people[1:])
        if a.email == b.email:
            raise CliError(
                _("'{person}' and '{value2}' are the same person").format(
                    person=args.people[1], value2=args.people[2]
                )
            )
        request = matcher.request(
            program,
            "pairs",
            weights=Weights(forbid_repeats=args.forbid_repeats),
            seed=args.seed,
            odd=args.odd,
        )
    answer = why_not(request, run_matching(request), a.email, b.email)
    if args.json:
        print(json.dumps(answer.json(), indent=2, ensure_ascii=False))
    else:
        for line in answer.lines({p.email: p.name for p in everyone}):
            print(line)
    return 0


def _notice(args: argparse.Namespace, db: Path) -> int:
    """`match notice PROGRAM --out FILE.eml [--on DAY]`: the "reply SKIP" email draft before a round."""
    from datetime import date

    from peerdesk.atomic import output_reason, write_bytes_atomically
    from peerdesk.matching.notice import next_monday, notice_draft
    from peerdesk.storage import check_output_path

    if len(args.people) != 1 or args.out is None:
        raise CliError(
            _("usage: peerdesk match notice PROGRAM --out FILE.eml [--on YYYY-MM-DD] [--mode MODE]")
        )
    if args.out.suffix.lower() != ".eml":
        raise CliError(_("--out {out}: the file name must end in .eml").format(out=args.out))
    check_output_path(args.out, db)
    try:
        day = date.fromisoformat(args.on) if args.on else next_monday(clock.today())
    except ValueError:
        raise CliError(_("--on {on}: not a date like 2026-11-30").format(on=args.on)) from None
    with open_workspace(db, read_only=True) as workspace:
        matcher = Matcher(workspace)
        program = matcher.schedule.find_program(args.people[0])
        if program is None:
            raise CliError(_("there is no program '{person}'").format(person=args.people[0]))
        people = matcher.schedule.people.list_people()
    sender = next((p for p in people if p.email == program.organizer_email), None)
    draft, recipients = notice_draft(program, people, day, clock.now(), sender=sender, mode=args.mode)
    try:
        write_bytes_atomically(args.out, draft)
    except OSError as exc:
        raise CliError(
            _("{out}: cannot be written ({reason}); nothing was written").format(
                out=args.out, reason=output_reason(exc)
            )
        ) from exc
    away = len([p for p in people if p.email in set(program.members) and p.active]) - len(recipients)
    print(
        _("Wrote {out}: the notice to {recipients} members").format(out=args.out, recipients=len(recipients))
        + (_(" ({away} away that day left out)").format(away=away) if away else "")
        + _("; record who replies SKIP with `peerdesk match PROGRAM --skip PERSON`")
    )
    return 0


def _person(people: list[Person], text: str) -> Person:
    """A person by email or full name (either case)."""
    key = text.strip().casefold()
    found = [p for p in people if key in (p.email.casefold(), p.name.casefold())]
    if len(found) != 1:
        if not found:
            raise CliError(_("'{text}': nobody with that email or name in the roster").format(text=text))
        raise CliError(
            nformat(
                "'{text}': {n} person with that email or name in the roster",
                "'{text}': {n} people with that email or name in the roster",
                len(found),
                text=text,
            )
        )
    return found[0]


def _print(result: MatchResult, run_id: int, applied: int, unplaced: list[str]) -> None:
    rounds = result.rounds or (result.groups,)
    for number, groups in enumerate(rounds, start=1):
        if result.rounds:
            print(_("Round {number}").format(number=number))
        for group in groups:
            score = _("(score {score})").format(score=f"{group.score:g}")
            print(f"  {' + '.join(group.members)}  {score}")
            for reason in group.reasons:
                print(f"      {reason}")
    for u in result.unmatched:
        print("  " + _("left out: {email}: {reason}").format(email=u.email, reason=u.reason))
    for note in result.notes:
        print("  " + _("note: {note}").format(note=note))
    for note in unplaced:
        print("  " + _("not placed: {note}").format(note=note))
    if applied or unplaced:
        outcome = nformat(
            "; added {n} session to the schedule at times every member is free",
            "; added {n} sessions to the schedule at times every member is free",
            applied,
        )
        if unplaced:
            outcome += nformat(
                "; {n} meeting needs a time picked by hand",
                "; {n} meetings need a time picked by hand",
                len(unplaced),
            )
    else:
        outcome = _("; nothing scheduled (use --apply)")
    print(
        _("Run {run_id}: {mode}, total score {total_score:g}, seed {seed}").format(
            run_id=run_id, mode=result.mode, total_score=result.total_score, seed=result.seed
        )
        + outcome
    )
