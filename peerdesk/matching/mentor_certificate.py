"""How a mentor run was chosen, proven: the same certificate as a pairs run, for mentors and learners.

A mentor run gives each learner of the topic at most one mentor (someone who
teaches it at level 3 or more) and each mentor at most `capacity` learners;
two learners a hard rule keeps apart never share a mentor. The objective is
the sum of the mentor-learner scores. The proof is the LP relaxation of that
program against its whole-number optimum, found by branch and bound with no
gap allowed. A hard rule's cost is the optimum without the rule minus the
optimum with it. A blocking pair is a mentor and a learner, allowed together,
who would both gain: the learner scores higher with that mentor than now, and
the mentor has a free place or a learner who scores less - and the learner may
join the ones who would stay.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from peerdesk.i18n import _
from peerdesk.matching.certificate import RULES, BlockingPair, Certificate, Proof, RuleCost, rule_in_force
from peerdesk.matching.proof import TOLERANCE
from peerdesk.matching.score import Weights, hard_rule, score_value
from peerdesk.matching.solvers import MatchRequest, MatchResult, _Pool


@dataclass(frozen=True)
class MentorGraph:
    """What a mentor run may choose from: allowed mentor-learner edges, and learner pairs kept apart."""

    edges: tuple[tuple[int, int], ...]  # (mentor, learner)
    apart: frozenset[tuple[int, int]]  # learners (i < j) who may not share a mentor


@dataclass(frozen=True)
class Optimum:
    """The whole-number optimum of a MentorGraph, with the LP relaxation's bound."""

    value: float
    edges: tuple[tuple[int, int], ...]
    lp_bound: float
    bound: float


class MentorObjective:
    """The pool of a mentor run and the graph its solver maximises."""

    def __init__(self, request: MatchRequest) -> None:
        self.request = request
        self.pool = pool = _Pool(request)
        topic = request.topic.strip().casefold()
        self.mentors = [i for i, p in enumerate(pool.profiles) if p.teaches.get(topic, -1) >= 3]
        taken = set(self.mentors)
        self.learners = [i for i, p in enumerate(pool.profiles) if topic in p.wants and i not in taken]
        length, profiles, weights = max(1, -(-request.minutes // 15)), pool.profiles, request.weights
        self.scores = {
            (m, learner): score_value(profiles[m], profiles[learner], weights, length, pool.met)
            for m in self.mentors
            for learner in self.learners
        }

    def graph(self, weights: Weights, blocked: set[frozenset[str]], met: set[frozenset[str]]) -> MentorGraph:
        """The edges and the learners kept apart under these rules."""
        people = self.pool.people

        def allowed(a: int, b: int) -> bool:
            return hard_rule(people[a], people[b], weights, blocked, met) is None

        edges = tuple((m, learner) for m, learner in self.scores if allowed(m, learner))
        apart = frozenset((a, b) for a, b in self._related_learners() if not allowed(a, b))
        return MentorGraph(edges, apart)

    def _related_learners(self) -> set[tuple[int, int]]:
        """Learner pairs (i < j) some hard rule could keep apart: a manager and a report, a pair on
        the do-not-pair list, a pair that met before. Any other two may always share a mentor."""
        index, learners = self.pool.index, set(self.learners)
        related = (
            {frozenset((p.email, p.manager_email)) for p in self.pool.people if p.manager_email}
            | set(self.request.blocked)
            | set(self.pool.met)
        )
        found = set()
        for pair in related:
            ends = sorted(index[e] for e in pair if e in index)
            if len(ends) == 2 and ends[0] in learners and ends[1] in learners:
                found.add((ends[0], ends[1]))
        return found

    def in_force(self) -> MentorGraph:
        """The run's own graph: every rule as the lead set it."""
        r = self.request
        return self.graph(r.weights, r.blocked, self.pool.rule_met)

    def without(self, rule: str) -> MentorGraph:
        """The graph with one hard rule lifted."""
        r, met = self.request, self.pool.rule_met
        if rule == RULES[0]:
            return self.graph(replace(r.weights, avoid_managers=False), r.blocked, met)
        if rule == RULES[1]:
            return self.graph(r.weights, set(), met)
        return self.graph(replace(r.weights, forbid_repeats=False), r.blocked, met)

    def solve(self, graph: MentorGraph) -> Optimum:
        """The exact optimum of `graph` and its LP bound (HiGHS, no gap tolerated)."""
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, linprog, milp
        from scipy.sparse import coo_matrix

        edges = [e for e in graph.edges if self.scores[e] > 0]
        if not edges:
            return Optimum(0.0, (), 0.0, 0.0)
        n = len(self.pool.people)
        rows, cols = [], []
        for column, (m, learner) in enumerate(edges):
            rows += [m, learner]
            cols += [column, column]
        column_of = {edge: column for column, edge in enumerate(edges)}
        extra = 0
        for a, b in sorted(graph.apart):  # two learners kept apart never share a mentor
            for m in self.mentors:
                if (m, a) in column_of and (m, b) in column_of:
                    rows += [n + extra, n + extra]
                    cols += [column_of[(m, a)], column_of[(m, b)]]
                    extra += 1
        matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n + extra, len(edges))).tocsr()
        mentors = set(self.mentors)
        capacity = [self.request.capacity if i in mentors else 1 for i in range(n)]
        upper = np.array([*capacity, *([1] * extra)], dtype=float)
        costs = -np.array([self.scores[e] for e in edges])
        relaxed = linprog(costs, A_ub=matrix, b_ub=upper, bounds=(0, 1), method="highs")
        if relaxed.x is None:
            raise RuntimeError(_("the matching solver failed: {message}").format(message=relaxed.message))
        lp_bound = round(-float(relaxed.fun), 6)
        if np.all(np.minimum(relaxed.x, 1 - relaxed.x) < 1e-7):  # whole already: it is the optimum
            chosen = tuple(edges[c] for c, x in enumerate(relaxed.x) if x > 0.5)
            value = round(sum(self.scores[e] for e in chosen), 6)
            return Optimum(value, chosen, lp_bound, max(value, lp_bound))
        whole = milp(
            costs,
            constraints=LinearConstraint(matrix, 0, upper),
            integrality=np.ones(len(edges)),
            bounds=Bounds(0, 1),
            options={"mip_rel_gap": 0.0},
        )
        if whole.x is None:
            raise RuntimeError(_("the matching solver failed: {message}").format(message=whole.message))
        chosen = tuple(edges[c] for c, x in enumerate(whole.x) if x > 0.5)
        value = round(sum(self.scores[e] for e in chosen), 6)
        dual = getattr(whole, "mip_dual_bound", None)
        bound = max(value, round(-float(dual), 6)) if dual is not None else value
        return Optimum(value, chosen, lp_bound, bound)

    def run_edges(self, result: MatchResult) -> list[tuple[int, int]]:
        """The run's mentor-learner pairs (a group is its mentor, then the learners)."""
        index = self.pool.index
        return [
            (index[g.members[0]], index[learner])
            for g in result.groups
            if not g.locked and g.members and g.members[0] in index
            for learner in g.members[1:]
            if learner in index
        ]


def certify_mentor(request: MatchRequest, result: MatchResult) -> Certificate:
    """The certificate of a mentor run: its proof, each hard rule's cost and the blocking pairs."""
    objective = MentorObjective(request)
    graph = objective.in_force()
    best = objective.solve(graph)
    chosen = objective.run_edges(result)
    value = round(sum(objective.scores.get(e, 0.0) for e in chosen), 6)
    integral = abs(best.lp_bound - best.value) <= TOLERANCE
    method = _("LP relaxation") if integral else _("branch and bound")
    if not graph.edges:
        method = _("nothing to pair")
    proof = Proof(value, best.value, best.lp_bound, best.bound, method, len(graph.edges), True)
    costs = tuple(_rule_cost(objective, rule, graph, best) for rule in RULES)
    return Certificate(proof, costs, _blocking(objective, graph, chosen))


def _rule_cost(objective: MentorObjective, rule: str, graph: MentorGraph, best: Optimum) -> RuleCost:
    if not rule_in_force(objective.request.weights, rule):
        return RuleCost(rule, False, 0, best.value, 0.0, ())
    lifted = objective.without(rule)
    ruled_out = len(set(lifted.edges) - set(graph.edges)) + len(graph.apart - lifted.apart)
    if not ruled_out:
        return RuleCost(rule, True, 0, best.value, 0.0, ())
    without = objective.solve(lifted)
    people, allowed = objective.pool.people, set(graph.edges)
    freed = tuple((people[m].email, people[lr].email) for m, lr in without.edges if (m, lr) not in allowed)
    return RuleCost(rule, True, ruled_out, without.value, round(without.value - best.value, 6), freed)


def _blocking(
    objective: MentorObjective, graph: MentorGraph, chosen: list[tuple[int, int]]
) -> tuple[BlockingPair, ...]:
    scores, capacity = objective.scores, objective.request.capacity
    mentor_of = {learner: m for m, learner in chosen}
    taken: dict[int, list[int]] = defaultdict(list)
    for m, learner in chosen:
        taken[m].append(learner)
    found = []
    for m, learner in graph.edges:
        if mentor_of.get(learner) == m:
            continue
        together = scores[(m, learner)]
        learner_now = scores[(mentor_of[learner], learner)] if learner in mentor_of else 0.0
        group = taken[m]
        if learner_now + TOLERANCE >= together:
            continue
        # the mentor gains from a free place, or by giving up a learner who scores less (the
        # lowest such), as long as the learner may join the ones who stay
        options = [(0.0, group)] if len(group) < capacity else []
        options += sorted(
            (scores[(m, other)], [o for o in group if o != other])
            for other in group
            if len(group) >= capacity and scores[(m, other)] + TOLERANCE < together
        )
        for mentor_now, stays in options:
            if not any((min(o, learner), max(o, learner)) in graph.apart for o in stays):
                found.append((together, m, learner, mentor_now, learner_now))
                break
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    emails = [p.email for p in objective.pool.people]
    return tuple(BlockingPair(emails[m], emails[lr], t, mn, ln) for t, m, lr, mn, ln in found)
