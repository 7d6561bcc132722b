"""Why not X with Y? The best pairing that puts them together, and what stands in the way.

Computed exactly: the two are paired, everyone else is matched optimally
(the same objective and solver as the run, with a hair's preference for
keeping today's pairs so only those who must move do), and the total is
compared with the proven optimum. A hard rule between them, missing shared
free time, nothing to teach each other or having met before are named.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.i18n import _, ngettext
from peerdesk.matching.certificate import Objective
from peerdesk.matching.score import best_lesson, shared_slot
from peerdesk.matching.solvers import MatchRequest, MatchResult

KEEP = 1e-7  # per kept pair: among equally good answers, the one that moves fewest people


@dataclass(frozen=True)
class Move:
    """Someone whose partner changes if X and Y are paired."""

    email: str
    before: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class WhyNot:
    """The answer to "why not X with Y?"."""

    a: str
    b: str
    paired_now: bool
    pair_score: float | None  # None: one of them is not in this matching at all
    obstacles: tuple[str, ...]
    optimum: float
    forced: float | None  # the best total with the two paired
    moves: tuple[Move, ...]

    @property
    def difference(self) -> float | None:
        """Points the best solution with them paired loses against the optimum."""
        return None if self.forced is None else round(self.optimum - self.forced, 6)

    def json(self) -> dict[str, object]:
        """The documented JSON shape of `match why-not --json`."""
        return {
            "a": self.a,
            "b": self.b,
            "paired_now": self.paired_now,
            "pair_score": self.pair_score,
            "obstacles": list(self.obstacles),
            "optimum": self.optimum,
            "best_with_them_paired": self.forced,
            "difference": self.difference,
            "moves": [
                {"email": m.email, "before": list(m.before), "after": list(m.after)} for m in self.moves
            ],
        }

    def lines(self, names: dict[str, str] | None = None) -> list[str]:
        """The answer in a few sentences."""
        names = names or {}

        def who(emails: tuple[str, ...]) -> str:
            return " & ".join(names.get(e, e) for e in emails) or "nobody"

        a, b = names.get(self.a, self.a), names.get(self.b, self.b)
        if self.paired_now:
            return [_("{a} and {b} are already paired.").format(a=a, b=b)]
        lines = [_("In the way: {o}").format(o=o) for o in self.obstacles]
        if self.forced is None:
            return lines
        lines.append(
            _(
                "Best total with {a} and {b} paired: {forced:g} (optimum {optimum:g}, "
                "{value} less); their pair scores {pair_score:g}."
            ).format(
                a=a,
                b=b,
                forced=self.forced,
                optimum=self.optimum,
                value=_points(self.difference or 0),
                pair_score=self.pair_score,
            )
        )
        for m in self.moves:
            lines.append(
                _("{name} moves: from {value2} to {value3}").format(
                    name=names.get(m.email, m.email), value2=who(m.before), value3=who(m.after)
                )
            )
        return lines


def _points(value: float) -> str:
    return ngettext("{value} point", "{value} points", 1 if value == 1 else 2).format(value=f"{value:g}")


def why_not(request: MatchRequest, result: MatchResult, a: str, b: str) -> WhyNot:
    """Why `a` and `b` (emails) are not paired in a pairs run, and the best pairing that pairs them."""
    objective = Objective(request)
    pool = objective.pool
    now = _partners(result, set(pool.index))
    best = objective.solve(objective.scores)
    missing = [_absent(objective, request, result, e) for e in (a, b)]
    if any(missing):
        return WhyNot(a, b, False, None, tuple(m for m in missing if m), best.value, None, ())
    if b in now.get(a, ()):
        return WhyNot(
            a, b, True, objective.score(pool.index[a], pool.index[b]), (), best.value, best.value, ()
        )
    i, j = sorted((pool.index[a], pool.index[b]))
    rest = {
        e: s + (KEEP if _kept(pool, now, e) else 0.0)
        for e, s in objective.scores.items()
        if not {i, j} & set(e)
    }
    others = objective.solve(rest)
    pairs = [*others.pairs, (i, j)]
    forced = objective.value(pairs)
    after: dict[str, tuple[str, ...]] = {}
    for x, y in pairs:
        after[pool.people[x].email] = (pool.people[y].email,)
        after[pool.people[y].email] = (pool.people[x].email,)
    moves = tuple(
        Move(p.email, now.get(p.email, ()), after.get(p.email, ()))
        for p in pool.people
        if p.email not in (a, b) and set(now.get(p.email, ())) != set(after.get(p.email, ()))
    )
    return WhyNot(a, b, False, objective.score(i, j), _obstacles(objective, i, j), best.value, forced, moves)


def _partners(result: MatchResult, emails: set[str]) -> dict[str, tuple[str, ...]]:
    """Each person's partners in the run (unlocked groups of the pool only)."""
    found = {}
    for group in result.groups:
        if group.locked:
            continue
        members = [e for e in group.members if e in emails]
        for e in members:
            found[e] = tuple(x for x in members if x != e)
    return found


def _kept(pool: object, now: dict[str, tuple[str, ...]], edge: tuple[int, int]) -> bool:
    people = pool.people  # type: ignore[attr-defined]
    return people[edge[1]].email in now.get(people[edge[0]].email, ())


def _absent(objective: Objective, request: MatchRequest, result: MatchResult, email: str) -> str | None:
    """Why someone is not in the matching at all, or None."""
    if email in objective.pool.index:
        return None
    if any(g.locked and email in g.members for g in result.groups):
        return _("{email} is in a group the lead locked").format(email=email)
    left = next((u.reason for u in objective.pool.unmatched if u.email == email), None)
    if left:
        return _("{email} is not in this matching: {left}").format(email=email, left=left)
    return _("{email} is not a member of this program").format(email=email)


def _obstacles(objective: Objective, i: int, j: int) -> tuple[str, ...]:
    """What keeps two people apart: a hard rule, no shared time, nothing to teach, a past meeting."""
    pool, request = objective.pool, objective.request
    a, b = pool.people[i], pool.people[j]
    pa, pb = pool.profiles[i], pool.profiles[j]
    found = []
    rule = pool.rule(a, b)
    if rule:
        found.append(_("a hard rule: {rule}").format(rule=rule))
    if a.availability and b.availability and shared_slot(pa, pb, request.minutes) is None:
        found.append(
            _(
                "no shared free time: no {minutes}-minute slot in both weekly "
                "availabilities ({no_shared_time:+g} points)"
            ).format(minutes=request.minutes, no_shared_time=request.weights.no_shared_time)
        )
    if best_lesson(pa, pb) is None and best_lesson(pb, pa) is None:
        found.append(_("neither teaches a skill the other wants to learn"))
    if frozenset((a.email, b.email)) in pool.met and not rule:
        found.append(
            _("they have met before ({met_before:+g} points)").format(met_before=request.weights.met_before)
        )
    if objective.score(i, j) <= 0 and not rule:
        found.append(
            _("their pair scores {value:g}: not above zero, never worth choosing").format(
                value=objective.score(i, j)
            )
        )
    return tuple(found)
