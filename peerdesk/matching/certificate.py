"""How a pairs run was chosen, proven: the optimum's proof, what each hard rule costs, blocking pairs.

The objective is the run's own: the sum of the pairs' scores, plus the
fairness bonus for people who sat out before. The proof is an LP bound equal
to the solution (see proof.py). A hard rule's cost is the optimum without the
rule minus the optimum with it, each solved exactly. A blocking pair is two
people allowed to pair who would both score higher together than with the
partners they were given (someone unpaired scores 0).

For groups over DENSE_LIMIT people everything is over the candidate pairs
the run used (each person's best partners), plus every pair the rule in
question rules out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from peerdesk.i18n import N_, _, nformat
from peerdesk.matching.proof import TOLERANCE, Solved, solve_exact
from peerdesk.matching.score import Weights, hard_rule, score_value
from peerdesk.matching.solvers import (
    DENSE_LIMIT,
    JOINT_LIMIT,
    SIT_OUT_BONUS,
    MatchRequest,
    MatchResult,
    _Pool,
)

RULES = (N_("manager rule"), N_("do-not-pair list"), N_("no-repeat rule"))  # keys; `_()` when shown


@dataclass(frozen=True)
class Proof:
    """The run's value against the proven optimum."""

    chosen: float  # the run's pairs under the objective
    optimum: float
    lp_bound: float
    bound: float
    method: str
    candidates: int
    complete: bool  # every allowed pair was considered (else each person's best candidates)

    @property
    def gap(self) -> float:
        """How far the run's pairs are from the proven bound (0: proven optimal)."""
        return round(self.bound - self.chosen, 6)

    def text(self) -> str:
        """The proof in a sentence."""
        head = (
            _("All {candidates} allowed pairs considered. ").format(candidates=self.candidates)
            if self.complete
            else _("The {candidates} candidate pairs (each person's best partners) considered. ").format(
                candidates=self.candidates
            )
        )
        if self.method == _("nothing to pair"):
            return head + _("No allowed pair has a positive score: there is nothing to pair.")
        if self.method == _("LP relaxation"):
            how = _("the LP bound {lp_bound:g} equals the whole-pair solution {optimum:g}").format(
                lp_bound=self.lp_bound, optimum=self.optimum
            )
        else:
            how = _(
                "the LP bound is {lp_bound:g} (with half pairs); {method} bring it "
                "down to {bound:g}, equal to the whole-pair solution {optimum:g}"
            ).format(lp_bound=self.lp_bound, method=self.method, bound=self.bound, optimum=self.optimum)
        if abs(self.gap) <= TOLERANCE:
            return head + _("Proven optimal: {how}, so no pairing can score higher.").format(how=how)
        return head + _(
            "Not proven optimal: these pairs score {chosen:g} against a bound of {bound:g}."
        ).format(chosen=self.chosen, bound=self.bound)


@dataclass(frozen=True)
class RuleCost:
    """What one hard rule costs: the optimum without it minus the optimum with it."""

    rule: str
    in_force: bool
    ruled_out: int  # allowed-but-for-this-rule pairs
    without: float
    cost: float
    freed: tuple[tuple[str, str], ...]  # pairs the rule forbids that the optimum without it would use

    def text(self) -> str:
        """The cost in words."""
        if not self.in_force:
            return _("{rule}: not in force for this run").format(rule=_(self.rule))
        if not self.ruled_out:
            return _("{rule}: rules out no pair here, costs nothing").format(rule=_(self.rule))
        return nformat(
            "{rule}: rules out {n} pair; without it the best total is {without}, so it costs {cost} points",
            "{rule}: rules out {n} pairs; without it the best total is {without}, so it costs {cost} points",
            self.ruled_out,
            rule=_(self.rule),
            without=f"{self.without:g}",
            cost=f"{self.cost:g}",
        )


@dataclass(frozen=True)
class BlockingPair:
    """Two people who would both score higher together than with their given partners."""

    a: str
    b: str
    together: float
    a_now: float
    b_now: float


@dataclass(frozen=True)
class Certificate:
    """Everything that shows a pairs run is the best one under the lead's rules."""

    proof: Proof
    rule_costs: tuple[RuleCost, ...]
    blocking: tuple[BlockingPair, ...]

    def json(self) -> dict[str, object]:
        """The documented JSON shape (part of `match --json`)."""
        p = self.proof
        return {
            "proof": {
                "chosen": p.chosen,
                "optimum": p.optimum,
                "lp_bound": p.lp_bound,
                "bound": p.bound,
                "gap": p.gap,
                "method": p.method,
                "candidate_pairs": p.candidates,
                "all_pairs": p.complete,
                "text": p.text(),
            },
            "rule_costs": [
                {
                    "rule": c.rule,
                    "in_force": c.in_force,
                    "pairs_ruled_out": c.ruled_out,
                    "optimum_without": c.without,
                    "cost": c.cost,
                    "would_pair": [list(pair) for pair in c.freed],
                    "text": c.text(),
                }
                for c in self.rule_costs
            ],
            "blocking_pairs": [
                {"a": b.a, "b": b.b, "together": b.together, "a_now": b.a_now, "b_now": b.b_now}
                for b in self.blocking
            ],
        }

    def lines(self, name: dict[str, str] | None = None) -> list[str]:
        """The certificate as short lines for a window or a printout."""
        names = name or {}
        lines = [self.proof.text()]
        lines += [c.text() for c in self.rule_costs]
        if not self.blocking:
            lines.append(_("No blocking pairs: nobody would both rather be with each other."))
        for b in self.blocking:
            lines.append(
                _(
                    "Blocking pair: {name} & {value2} would score {together:g} together "
                    "(now {a_now:g} and {b_now:g})"
                ).format(
                    name=names.get(b.a, b.a),
                    value2=names.get(b.b, b.b),
                    together=b.together,
                    a_now=b.a_now,
                    b_now=b.b_now,
                )
            )
        return lines


class Objective:
    """The pool of a pairs run and the weights its solver maximises."""

    def __init__(self, request: MatchRequest) -> None:
        self.request = request
        self.pool = _Pool(request)
        self.scores = self.pool.candidate_pairs()
        self.length = max(1, -(-request.minutes // 15))

    def bonus(self, i: int, j: int) -> float:
        """The fairness bonus a pair gets for its members' past sit-outs."""
        sat = self.request.sat_out
        return SIT_OUT_BONUS * (sat[self.pool.people[i].email] + sat[self.pool.people[j].email])

    def score(self, i: int, j: int) -> float:
        """A pair's score (whether or not a hard rule allows it)."""
        p = self.pool.profiles
        return score_value(p[i], p[j], self.request.weights, self.length, self.pool.met)

    def solve(self, scores: dict[tuple[int, int], float]) -> Solved:
        """The exact optimum over these scored pairs."""
        edges = sorted(scores)
        weights = [scores[e] + self.bonus(*e) for e in edges]
        return solve_exact(len(self.pool.people), edges, weights)

    def value(self, pairs: list[tuple[int, int]]) -> float:
        """The objective of given pairs."""
        return round(sum(self.score(i, j) + self.bonus(i, j) for i, j in pairs), 6)

    def run_pairs(self, result: MatchResult) -> list[tuple[int, int]]:
        """The pairs the run chose (a trio's third member joined after the solve, and is last)."""
        index = self.pool.index
        return [
            (min(index[g.members[0]], index[g.members[1]]), max(index[g.members[0]], index[g.members[1]]))
            for g in result.groups
            if not g.locked and len(g.members) >= 2 and all(e in index for e in g.members[:2])
        ]

    def ruled_out_by(self, rule: str) -> dict[tuple[int, int], float]:
        """Pairs that only `rule` keeps out, scored."""
        r, pool = self.request, self.pool
        found: set[tuple[int, int]] = set()
        if rule == RULES[0]:
            relaxed = replace(r.weights, avoid_managers=False)
            for i, person in enumerate(pool.people):
                j = pool.index.get(person.manager_email or "")
                if j is not None and j != i:
                    found.add((min(i, j), max(i, j)))
            blocked, met = r.blocked, pool.rule_met
        elif rule == RULES[1]:
            relaxed, blocked, met = r.weights, set(), pool.rule_met
            found = self._pairs_of(r.blocked)
        else:
            relaxed, blocked, met = replace(r.weights, forbid_repeats=False), r.blocked, pool.rule_met
            found = self._pairs_of(pool.rule_met)
        people = pool.people
        return {
            (i, j): self.score(i, j)
            for i, j in found
            if pool.rule(people[i], people[j]) is not None
            and hard_rule(people[i], people[j], relaxed, blocked, met) is None
        }

    def _pairs_of(self, pairs: set[frozenset[str]]) -> set[tuple[int, int]]:
        index = self.pool.index
        found = set()
        for pair in pairs:
            ends = sorted(index[e] for e in pair if e in index)
            if len(ends) == 2:
                found.add((ends[0], ends[1]))
        return found


def certify(request: MatchRequest, result: MatchResult) -> Certificate | None:
    """The certificate of a pairs or mentor run (None for rotations and pods: see `unproven`)."""
    if request.mode == "mentor":
        from peerdesk.matching.mentor_certificate import certify_mentor

        return certify_mentor(request, result)
    if request.mode != "pairs":
        return None
    objective = Objective(request)
    best = objective.solve(objective.scores)
    chosen = objective.run_pairs(result)
    proof = Proof(
        objective.value(chosen),
        best.value,
        best.lp_bound,
        best.bound,
        best.method,
        len(objective.scores),
        len(objective.pool.people) <= DENSE_LIMIT,
    )
    costs = tuple(_rule_cost(objective, rule, best) for rule in RULES)
    return Certificate(proof, costs, blocking_pairs(objective, result))


def unproven(mode: str) -> list[str]:
    """How a rotation or pods run was chosen, in words, and what is not proven about it."""
    if mode == "rotation":
        return [
            _(
                "Each round is an exact best matching of the pairs not used in an earlier round: as "
                "many people paired as possible, then the highest total score."
            ),
            _(
                "For up to {limit} people, a rotation that runs short of new pairs is solved as one "
                "program over all rounds."
            ).format(limit=JOINT_LIMIT),
            _("The rotation as a whole is not proven the best one: rounds are chosen one after another."),
        ]
    if mode == "pods":
        return [
            _(
                "Pods are filled in turn from the grouping you chose, then repaired so that no pod holds "
                "two people a hard rule keeps apart."
            ),
            _("Pods are not proven the best ones: no bound is computed for them."),
        ]
    return []


def rule_in_force(weights: Weights, rule: str) -> bool:
    """Whether the lead's settings apply a hard rule (the do-not-pair list always applies)."""
    return {RULES[0]: weights.avoid_managers, RULES[1]: True, RULES[2]: weights.forbid_repeats}[rule]


def _rule_cost(objective: Objective, rule: str, best: Solved) -> RuleCost:
    if not rule_in_force(objective.request.weights, rule):
        return RuleCost(rule, False, 0, best.value, 0.0, ())
    extra = objective.ruled_out_by(rule)
    if not extra:
        return RuleCost(rule, True, 0, best.value, 0.0, ())
    pairs = sorted(extra)
    if best.still_optimal_with(pairs, [extra[e] + objective.bonus(*e) for e in pairs]):
        return RuleCost(rule, True, len(extra), best.value, 0.0, ())  # proven by the same duals
    without = objective.solve(objective.scores | extra)
    people = objective.pool.people
    freed = tuple(
        (people[i].email, people[j].email)
        for i, j in without.pairs
        if (i, j) in extra and (i, j) not in objective.scores
    )
    return RuleCost(rule, True, len(extra), without.value, round(without.value - best.value, 6), freed)


def blocking_pairs(objective: Objective, result: MatchResult) -> tuple[BlockingPair, ...]:
    """Allowed pairs (of those scored) whose two people both score higher together than now."""
    pool = objective.pool
    now = [0.0] * len(pool.people)
    partner: dict[int, set[int]] = {}
    for group in result.groups:
        members = [pool.index[e] for e in group.members if e in pool.index]
        for i in members:
            partner[i] = {j for j in members if j != i}
            others = [objective.score(i, j) for j in partner[i]]
            now[i] = max(others) if others else 0.0
    found = [
        (score, i, j)
        for (i, j), score in objective.scores.items()
        if score > now[i] + TOLERANCE and score > now[j] + TOLERANCE and j not in partner.get(i, ())
    ]
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    emails = [p.email for p in pool.people]
    return tuple(BlockingPair(emails[i], emails[j], score, now[i], now[j]) for score, i, j in found)
