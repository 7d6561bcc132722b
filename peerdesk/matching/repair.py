"""Repairs for the unpaired: the smallest change that would give them a partner.

When a pairs run leaves a person unpaired and nobody left over shares a
meeting-long slot with them, the lead's usual fix is to ask them for a little
more time. `widenings` finds the least: over every other unpaired person they
may be paired with, and every slot that partner is free for a whole meeting,
the fewest 15-minute slots the person would have to add (one block); on a tie
a block that widens a window they already have, then the earliest.

When only the no-repeat rule stands between two people left over (they share
the time, their pair scores above nothing, and they met before), the smallest
change is to let that one pair meet again in this run: `repeat_repairs`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from peerdesk.domain import Availability, Person
from peerdesk.i18n import _
from peerdesk.matching.score import (
    SLOT_MINUTES,
    SLOTS_PER_WEEK,
    describe_slot,
    free_mask,
    hard_rule,
    profile,
    runs_of,
    score_value,
    slot_start,
)
from peerdesk.matching.solvers import MatchRequest, MatchResult
from peerdesk.schedule.dates import local_date


@dataclass(frozen=True)
class Repair:
    """Add `minutes` from `slot` (UTC slot of the reference week) to `email`'s free time to meet `partner`."""

    email: str
    partner: str
    slot: int
    minutes: int
    text: str


def widenings(request: MatchRequest, result: MatchResult) -> dict[str, Repair]:
    """For each unpaired person with no shared slot with any other unpaired one: the smallest widening."""
    if request.mode != "pairs":
        return {}
    left_out = {u.email for u in result.unmatched} - set(request.skipping) - set(request.excluded)
    left_out -= set(request.away)
    people = {p.email: p for p in request.people if p.email in left_out and p.availability}
    length = max(1, -(-request.minutes // SLOT_MINUTES))
    full = (1 << SLOTS_PER_WEEK) - 1
    masks = {e: free_mask(p, request.week) for e, p in people.items()}
    met = set(request.met)
    kept_apart = met - set(request.repeats)  # the no-repeat rule's pairs in this run
    profiles = {e: profile(p, request.week) for e, p in people.items()}
    repairs: dict[str, Repair] = {}
    for email, person in sorted(people.items()):
        # a partner counts only if, once they share the time, the pair scores above nothing
        free_always = dataclasses.replace(profiles[email], free=full)
        partners = [
            other
            for other in sorted(people)
            if other != email
            and hard_rule(person, people[other], request.weights, request.blocked, kept_apart) is None
            and score_value(free_always, profiles[other], request.weights, length, met) > 0
        ]
        if not partners or any(runs_of(masks[email] & masks[o], length) for o in partners):
            continue  # nobody to meet, or the time is not what stands in the way
        best: tuple[int, int, int, str] | None = None  # (slots to add, not widening, first slot, partner)
        for other in partners:
            starts = runs_of(masks[other], length)
            while starts:
                start = (starts & -starts).bit_length() - 1
                starts &= starts - 1
                need = [s for s in range(start, start + length) if not masks[email] >> s & 1]
                if need != list(range(need[0], need[0] + len(need))) or (need[-1] + 1) > SLOTS_PER_WEEK:
                    continue  # one block of added time only
                touches = masks[email] >> max(need[0] - 1, 0) & 1 or masks[email] >> (need[-1] + 1) & 1
                key = (len(need), 0 if touches else 1, need[0], other)
                if best is None or key < best:
                    best = key
        if best is None:
            continue
        count, _apart, first, partner = best
        minutes = count * SLOT_MINUTES
        when = describe_slot(first, minutes, person, request.week)
        text = _("{name}: +{minutes} min on {when} would pair them with {partner}").format(
            name=person.name, minutes=minutes, when=when, partner=people[partner].name
        )
        repairs[email] = Repair(email, partner, first & full, minutes, text)
    return repairs


@dataclass(frozen=True)
class RepeatRepair:
    """Let `email` and `partner`, who met on `met_on`, be paired again in this run."""

    email: str
    partner: str
    met_on: date
    text: str

    @property
    def pair(self) -> frozenset[str]:
        """The pair to allow, as the run's `repeats` holds it."""
        return frozenset((self.email, self.partner))


def repeat_repairs(request: MatchRequest, result: MatchResult) -> dict[str, RepeatRepair]:
    """For each unpaired person whom only the no-repeat rule keeps from another unpaired one:
    the best-scoring such partner (the pair met before; allowing that one repeat pairs them)."""
    if request.mode != "pairs" or not request.weights.forbid_repeats:
        return {}
    left_out = {u.email for u in result.unmatched} - set(request.skipping) - set(request.excluded)
    left_out -= set(request.away)
    people = {p.email: p for p in request.people if p.email in left_out and p.active}
    length = max(1, -(-request.minutes // SLOT_MINUTES))
    met = set(request.met)
    lifted = replace(request.weights, forbid_repeats=False)
    profiles = {e: profile(p, request.week) for e, p in people.items()}
    repairs: dict[str, RepeatRepair] = {}
    for email, person in sorted(people.items()):
        options = []
        for other in sorted(people):
            pair = frozenset((email, other))
            if other == email or pair not in met or pair in request.repeats:
                continue
            if hard_rule(person, people[other], lifted, request.blocked, met) is not None:
                continue  # another rule keeps them apart too
            value = score_value(profiles[email], profiles[other], request.weights, length, met)
            if value > 0:
                options.append((-value, other))
        if not options:
            continue
        partner = min(options)[1]
        when = request.met[frozenset((email, partner))]
        text = _("{name} and {partner} met on {day}: allow this one repeat to pair them").format(
            name=person.name, partner=people[partner].name, day=local_date(when, "%d %b %Y", "d MMM y")
        )
        repairs[email] = RepeatRepair(email, partner, when, text)
    return repairs


def widened(person: Person, repair: Repair, week: date) -> Person | None:
    """`person` with the repair's time added to their weekly free time, merged with windows it touches.

    None when the added time runs over midnight in the person's timezone: a weekly
    window is one day's hours, so the lead would type that one by hand.
    """
    start = slot_start(repair.slot, week).astimezone(ZoneInfo(person.timezone))
    end = start + timedelta(minutes=repair.minutes)
    if end.date() != start.date():
        return None
    day, begin, finish = start.weekday(), start.time(), end.time()
    kept = []
    for window in person.availability:
        if window.weekday == day and window.start <= finish and begin <= window.end:
            begin, finish = min(begin, window.start), max(finish, window.end)
        else:
            kept.append(window)
    added = Availability(day, begin, finish)
    return replace(person, availability=tuple(sorted((*kept, added))))
