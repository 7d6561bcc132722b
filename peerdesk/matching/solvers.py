"""Matching peers: exact optimal pairs, mentor groups, pods and rotations, each explained.

Pairs (and rotations) are a maximum-weight matching over the whole group,
solved exactly as an integer program with HiGHS (scipy.optimize.milp) on the
candidate graph: every pair for groups up to `DENSE_LIMIT` people, each
person's best `CANDIDATES` partners beyond that. A rotation solves its rounds
one after another with the same exact solver (pairs of earlier rounds and past
pairings left out, the oldest past pairings allowed again first); a small group
that runs short of new pairs that way is solved as one joint program instead. A seed breaks ties the same
way every time, so the same inputs and seed give the same result.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from peerdesk.collation import sort_key
from peerdesk.domain import Person
from peerdesk.i18n import N_, _, nformat, ngettext
from peerdesk.matching.batch import allowed_scores, best_of_each
from peerdesk.matching.score import (
    PairScore,
    Weights,
    best_lesson,
    hard_rule,
    profile,
    score_pair,
    score_value,
    teaching_prefix,
)
from peerdesk.schedule.dates import local_date

DENSE_LIMIT = 600
CANDIDATES = 10  # partners kept per person beyond DENSE_LIMIT
SKILL_CANDIDATES = 6  # teachers (and learners) sampled per skill
RANDOM_CANDIDATES = 4  # seeded random partners per person, so nobody is stranded
SIT_OUT_BONUS = 2.0
CARDINALITY = 1000.0  # added to every rotation pair: pairing one more couple beats any score
JOINT_LIMIT = 40  # up to this many people a rotation short of pairs is re-solved as one program
BLOSSOM_ROUNDS = 12  # LP re-solves with odd-set cuts before branch and bound takes over
MODES = ("pairs", "mentor", "pods", "rotation")
SKIP_REASON = N_("asked to skip this round")


@dataclass(frozen=True)
class Group:
    """A matched pair, trio, mentor group or pod, with its score and reasons."""

    members: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]
    locked: bool = False
    facilitators: tuple[str, ...] = ()  # pods: who leads each week, in order


@dataclass(frozen=True)
class Unmatched:
    """Someone left out, and why."""

    email: str
    reason: str


@dataclass(frozen=True)
class MatchResult:
    """What a run proposes; nothing is scheduled until the lead applies it."""

    mode: str
    seed: int
    groups: tuple[Group, ...]
    unmatched: tuple[Unmatched, ...]
    rounds: tuple[tuple[Group, ...], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def total_score(self) -> float:
        """The sum of the groups' scores (over all rounds for a rotation)."""
        groups = [g for r in self.rounds for g in r] if self.rounds else list(self.groups)
        return round(sum(g.score for g in groups), 3)


@dataclass
class MatchRequest:
    """Everything a run depends on (stored with the run so it can be repeated)."""

    mode: str
    people: list[Person]
    weights: Weights = field(default_factory=Weights)
    minutes: int = 30
    week: date = field(default_factory=date.today)
    seed: int = 0
    size: int = 4
    rounds: int = 4
    topic: str = ""
    capacity: int = 2
    pods_by: str = "role"
    odd: str = "trio"  # or "sit-out"
    met: dict[frozenset[str], date] = field(default_factory=dict)
    blocked: set[frozenset[str]] = field(default_factory=set)
    sat_out: Counter[str] = field(default_factory=Counter)
    facilitated: Counter[str] = field(default_factory=Counter)
    locked: list[tuple[str, ...]] = field(default_factory=list)
    excluded: set[str] = field(default_factory=set)
    weeks: int = 6
    away: dict[str, str] = field(default_factory=dict)  # email -> why: left out of the whole run
    away_rounds: dict[int, dict[str, str]] = field(default_factory=dict)  # rotation round -> email -> why
    away_weeks: dict[int, set[str]] = field(default_factory=dict)  # program week -> who is away (pods)
    skipping: set[str] = field(default_factory=set)  # asked to sit this round out (this run only)
    repeats: set[frozenset[str]] = field(default_factory=set)  # may meet again despite the no-repeat rule


# -- the solver -------------------------------------------------------------------


def max_weight_matching(
    nodes: int,
    edges: list[tuple[int, int]],
    weights: list[float],
    capacity: list[int] | None = None,
    exclusive: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Indices of the edges of a maximum-weight (b-)matching, solved exactly.

    Each node i is in at most capacity[i] chosen edges (1 by default); of each
    pair of edge indices in `exclusive`, at most one is chosen. Edges with
    weight <= 0 are never worth choosing and are left out.
    """
    chosen = [i for i, w in enumerate(weights) if w > 0]
    if not chosen:
        return []
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp
    from scipy.sparse import coo_matrix

    rows, cols = [], []
    for column, index in enumerate(chosen):
        u, v = edges[index]
        rows += [u, v]
        cols += [column, column]
    column_of = {index: column for column, index in enumerate(chosen)}
    extra = [(column_of[a], column_of[b]) for a, b in exclusive or () if a in column_of and b in column_of]
    for k, (a, b) in enumerate(extra):
        rows += [nodes + k, nodes + k]
        cols += [a, b]
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(nodes + len(extra), len(chosen))).tocsr()
    upper = np.array([*(capacity if capacity is not None else [1] * nodes), *([1] * len(extra))], dtype=float)
    costs = -np.array([weights[i] for i in chosen])
    # The LP relaxation is often integral already (and far faster than branch and bound).
    # When it is not, a plain matching's fractional part is a set of odd cycles: each gets
    # its blossom inequality (a valid cut, so the integer optimum is kept) and the LP runs
    # again; branch and bound is the last resort.
    simple = capacity is None and not extra
    for _round in range(BLOSSOM_ROUNDS if simple else 1):
        relaxed = linprog(costs, A_ub=matrix, b_ub=upper, bounds=(0, 1), method="highs")
        if relaxed.x is None:
            break
        if np.all(np.minimum(relaxed.x, 1 - relaxed.x) < 1e-7):
            return [chosen[c] for c, x in enumerate(relaxed.x) if x > 0.5]
        if not simple:
            break
        cuts = _blossom_cuts([edges[i] for i in chosen], relaxed.x)
        if not cuts:
            break
        matrix, upper = _with_cuts(matrix, upper, [edges[i] for i in chosen], cuts)
    result = milp(
        costs,
        constraints=LinearConstraint(matrix, 0, upper),
        integrality=np.ones(len(chosen)),
        bounds=Bounds(0, 1),
    )
    if result.x is None:
        raise RuntimeError(_("the matching solver failed: {message}").format(message=result.message))
    return [chosen[c] for c, x in enumerate(result.x) if x > 0.5]


def _blossom_cuts(edges: list[tuple[int, int]], x: object) -> list[set[int]]:
    """Odd vertex sets that the fractional edges of an LP solution connect (each a violated blossom)."""
    parent: dict[int, int] = {}

    def find(a: int) -> int:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for (u, v), value in zip(edges, x, strict=True):  # type: ignore[call-overload]
        if 1e-7 < value < 1 - 1e-7:
            parent[find(u)] = find(v)
    groups: dict[int, set[int]] = defaultdict(set)
    for node in list(parent):
        groups[find(node)].add(node)
    return [g for g in groups.values() if len(g) % 2 == 1 and len(g) >= 3]


def _with_cuts(matrix: object, upper: object, edges: list[tuple[int, int]], cuts: list[set[int]]) -> tuple:  # type: ignore[type-arg]
    """The constraint rows plus one blossom row per odd set: its inside edges sum to at most (|S|-1)/2."""
    import numpy as np
    from scipy.sparse import coo_matrix, vstack

    rows, cols, bounds = [], [], []
    for k, group in enumerate(cuts):
        inside = [c for c, (u, v) in enumerate(edges) if u in group and v in group]
        rows += [k] * len(inside)
        cols += inside
        bounds.append((len(group) - 1) // 2)
    block = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(cuts), len(edges)))
    return vstack([matrix, block]).tocsr(), np.concatenate([upper, np.array(bounds, dtype=float)])  # type: ignore[list-item]


def certified_matching(
    nodes: int, edges: list[tuple[int, int]], weights: list[float], start: set[int]
) -> list[int]:
    """An exact maximum-weight matching over ALL `edges`, solved on a small subset.

    Column generation on the LP relaxation adds every edge whose reduced cost
    is negative, so the LP bound holds for the whole graph; then every edge
    that could still be part of a better integer solution (reduced cost below
    the gap between the LP bound and the integer optimum) is added before the
    final integer solve. The answer is optimal for the full graph.
    """
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    positive = [i for i, w in enumerate(weights) if w > 0]
    if not positive:
        return []
    u = np.array([edges[i][0] for i in positive])
    v = np.array([edges[i][1] for i in positive])
    w = np.array([weights[i] for i in positive])
    index = {e: k for k, e in enumerate(positive)}
    active = {index[i] for i in start if i in index} or set(range(min(len(positive), nodes)))

    def lp(columns: list[int]) -> tuple[float, np.ndarray]:
        m = len(columns)
        rows = np.concatenate([u[columns], v[columns]])
        cols = np.concatenate([np.arange(m), np.arange(m)])
        matrix = coo_matrix((np.ones(2 * m), (rows, cols)), shape=(nodes, m)).tocsr()
        result = linprog(-w[columns], A_ub=matrix, b_ub=np.ones(nodes), bounds=(0, 1), method="highs")
        return -result.fun, -result.ineqlin.marginals

    while True:
        columns = sorted(active)
        bound, duals = lp(columns)
        reduced = duals[u] + duals[v] - w
        missing = set(np.flatnonzero(reduced < -1e-9).tolist()) - active
        if not missing:
            break
        active |= missing
    columns = sorted(active)
    chosen = max_weight_matching(nodes, [edges[positive[c]] for c in columns], list(w[columns]))
    value = float(sum(w[columns][k] for k in chosen))
    gap = bound - value
    if gap > 1e-9:
        extra = set(np.flatnonzero(reduced < gap + 1e-9).tolist()) - active
        if extra:
            columns = sorted(active | extra)
            chosen = max_weight_matching(nodes, [edges[positive[c]] for c in columns], list(w[columns]))
    return [positive[columns[k]] for k in chosen]


def _jitter(seed: int, count: int) -> list[float]:
    """Tiny, reproducible tie-breakers: a seed picks among equally good answers."""
    rng = random.Random(seed)
    return [rng.random() * 1e-4 for _i in range(count)]


# -- preparing the pool ---------------------------------------------------------------


class _Pool:
    """The people a run works with, prepared once."""

    def __init__(self, request: MatchRequest) -> None:
        self.request = request
        self.by_email = {p.email: p for p in request.people}
        locked_members = {e for group in request.locked for e in group}
        self.unmatched: list[Unmatched] = []
        self.people: list[Person] = []
        for person in sorted(request.people, key=lambda p: p.email):
            if person.email in locked_members:
                continue
            if not person.active:
                self.unmatched.append(Unmatched(person.email, "inactive"))
            elif person.email in request.excluded:
                self.unmatched.append(Unmatched(person.email, _("excluded by the lead for this run")))
            elif person.email in request.away:
                self.unmatched.append(Unmatched(person.email, request.away[person.email]))
            elif person.email in request.skipping:
                self.unmatched.append(Unmatched(person.email, _(SKIP_REASON)))
            else:
                self.people.append(person)
        self.profiles = [profile(p, request.week) for p in self.people]
        self.index = {p.email: i for i, p in enumerate(self.people)}
        self.met = set(request.met)
        self.rule_met = self.met - set(request.repeats)  # the pairs the no-repeat rule keeps apart

    def rule(self, a: Person, b: Person, met: set[frozenset[str]] | None = None) -> str | None:
        history = self.rule_met if met is None else met
        return hard_rule(a, b, self.request.weights, self.request.blocked, history)

    def score(self, i: int, j: int, met: set[frozenset[str]] | None = None) -> PairScore:
        r = self.request
        return score_pair(
            self.profiles[i], self.profiles[j], r.weights, r.minutes, r.week, self.met if met is None else met
        )

    def candidate_pairs(self, met: set[frozenset[str]] | None = None) -> dict[tuple[int, int], float]:
        """Allowed pairs with their scores: all of them, or each person's best for large groups."""
        n = len(self.people)
        pairs: Iterable[tuple[int, int]] = combinations(range(n), 2) if n <= DENSE_LIMIT else self._sparse()
        r = self.request
        history = self.met if met is None else met
        length = max(1, -(-r.minutes // 15))
        people, profiles = self.people, self.profiles
        if n > DENSE_LIMIT:  # hundreds of thousands of candidates: scored together (the same numbers)
            rule_met = self.rule_met if met is None else met
            kept, values = allowed_scores(
                profiles, list(pairs), r.weights, length, history, r.blocked, rule_met
            )
            chosen = best_of_each(kept, values, CANDIDATES)
            return {pair: value for pair, value, keep in zip(kept, values, chosen, strict=True) if keep}
        return {
            (i, j): score_value(profiles[i], profiles[j], r.weights, length, history)
            for i, j in pairs
            if self.rule(people[i], people[j], met) is None
        }

    def _sparse(self) -> set[tuple[int, int]]:
        """Who could teach whom: for each wanted and each taught skill, a seeded sample of the
        people on the other side, plus a few random partners so nobody is stranded."""
        teachers: dict[str, list[int]] = defaultdict(list)
        learners: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.profiles):
            for skill in p.teaches:
                teachers[skill].append(i)
            for skill in p.wants:
                learners[skill].append(i)
        pairs: set[tuple[int, int]] = set()
        rng = random.Random(self.request.seed)
        n = len(self.people)
        for i, p in enumerate(self.profiles):
            others: list[int] = []
            for skill in p.wants:
                options = teachers.get(skill, [])
                others += rng.sample(options, min(len(options), SKILL_CANDIDATES))
            for skill in p.teaches:
                options = learners.get(skill, [])
                others += rng.sample(options, min(len(options), SKILL_CANDIDATES))
            others += rng.sample(range(n), min(n, RANDOM_CANDIDATES))
            pairs.update((min(i, j), max(i, j)) for j in others if j != i)
        return pairs


def _group(pool: _Pool, members: list[int], locked: bool = False) -> Group:
    emails = tuple(pool.people[i].email for i in members)
    if len(members) == 2:
        s = pool.score(members[0], members[1])
        return Group(emails, s.score, s.reasons, locked)
    scores = [pool.score(i, j) for i, j in combinations(members, 2)]
    reasons = tuple(dict.fromkeys(r for s in scores for r in s.reasons))
    return Group(emails, round(sum(s.score for s in scores), 3), reasons, locked)


def _locked_groups(request: MatchRequest) -> list[Group]:
    """Groups the lead locked, rescored on today's data so the total stays honest."""
    groups = []
    for members in request.locked:
        people = [p for p in request.people if p.email in members]
        profiles = [profile(p, request.week) for p in people]
        scores = [
            score_pair(a, b, request.weights, request.minutes, request.week, set(request.met))
            for a, b in combinations(profiles, 2)
        ]
        reasons = (_("locked by the lead"), *dict.fromkeys(r for s in scores for r in s.reasons))
        groups.append(Group(tuple(members), round(sum(s.score for s in scores), 3), reasons, locked=True))
    return groups


# -- modes ------------------------------------------------------------------------------


def run_matching(request: MatchRequest) -> MatchResult:
    """Run one of the four modes."""
    if request.mode not in MODES:
        raise ValueError(
            _("unknown mode '{mode}' (one of {list})").format(mode=request.mode, list=", ".join(MODES))
        )
    return {"pairs": _pairs, "mentor": _mentor, "pods": _pods, "rotation": _rotation}[request.mode](request)


def _solve_pairs(pool: _Pool, scored: dict[tuple[int, int], float], seed: int) -> list[tuple[int, int]]:
    edges = sorted(scored)
    jitter = _jitter(seed, len(edges))
    weights = [
        scored[e]
        + SIT_OUT_BONUS
        * (pool.request.sat_out[pool.people[e[0]].email] + pool.request.sat_out[pool.people[e[1]].email])
        + jitter[k]
        for k, e in enumerate(edges)
    ]
    if len(pool.people) <= DENSE_LIMIT:
        # every allowed pair was scored: solve on each person's best few, certified for all
        best: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for k, (a, b) in enumerate(edges):
            best[a].append((weights[k], k))
            best[b].append((weights[k], k))
        start = {k for options in best.values() for _k, k in sorted(options, reverse=True)[:CANDIDATES]}
        return [edges[k] for k in certified_matching(len(pool.people), edges, weights, start)]
    return [edges[k] for k in max_weight_matching(len(pool.people), edges, weights)]


def _pairs(request: MatchRequest) -> MatchResult:
    pool = _Pool(request)
    scored = pool.candidate_pairs()
    chosen = _solve_pairs(pool, scored, request.seed)
    groups = [list(pair) for pair in chosen]
    matched = {i for pair in chosen for i in pair}

    left = [i for i in range(len(pool.people)) if i not in matched]
    unmatched = list(pool.unmatched)
    notes = []
    ruled_out = {}
    for i in left:
        rules = [pool.rule(pool.people[i], other) for other in pool.people if other is not pool.people[i]]
        if rules and all(rules):
            ruled_out[i] = sorted({r for r in rules if r})
    rest = [i for i in left if i not in ruled_out]
    if len(rest) == 1 and request.odd == "trio" and groups:
        person = rest[0]
        options = [
            (sum(pool.score(person, m).score for m in g), g)
            for g in groups
            if all(pool.rule(pool.people[person], pool.people[m]) is None for m in g)
        ]
        if options:
            _score, best = max(options, key=lambda o: (o[0], -min(o[1])))
            best.append(person)
            notes.append(
                _("odd number of people: {name} joined a trio").format(name=pool.people[person].name)
            )
            rest = []
    for i, rules in ruled_out.items():
        unmatched.append(
            Unmatched(
                pool.people[i].email,
                _("every possible partner is ruled out ({list})").format(list=", ".join(rules)),
            )
        )
    for i in rest:
        why = (
            _("odd number of people: sits out this time (those who sat out before are paired first)")
            if len(rest) == 1
            else _("no partner left that would make a useful pair")
        )
        unmatched.append(Unmatched(pool.people[i].email, why))
    result_groups = _locked_groups(request) + [_group(pool, g) for g in groups]
    return MatchResult("pairs", request.seed, tuple(result_groups), tuple(unmatched), notes=tuple(notes))


def _mentor(request: MatchRequest) -> MatchResult:
    topic = request.topic.strip().casefold()
    if not topic:
        raise ValueError(_("mentor mode needs a topic (a skill)"))
    pool = _Pool(request)
    mentors = [i for i, p in enumerate(pool.profiles) if p.teaches.get(topic, -1) >= 3]
    learners = [i for i, p in enumerate(pool.profiles) if topic in p.wants and i not in mentors]
    edges, weights, scores = [], [], {}
    jitter = _jitter(request.seed, len(mentors) * len(learners))
    for k, (m, learner) in enumerate((m, learner) for m in mentors for learner in learners):
        if pool.rule(pool.people[m], pool.people[learner]) is not None:
            continue
        s = pool.score(m, learner)
        edges.append((m, learner))
        weights.append(s.score + jitter[k])
        scores[(m, learner)] = s
    capacity = [request.capacity if i in mentors else 1 for i in range(len(pool.people))]
    # two learners who may not be grouped (manager, do-not-pair) never share a mentor
    by_mentor_edges: dict[int, list[int]] = defaultdict(list)
    for k, (m, _learner) in enumerate(edges):
        by_mentor_edges[m].append(k)
    exclusive = [
        (a, b)
        for ks in by_mentor_edges.values()
        for a, b in combinations(ks, 2)
        if pool.rule(pool.people[edges[a][1]], pool.people[edges[b][1]]) is not None
    ]
    chosen = [edges[k] for k in max_weight_matching(len(pool.people), edges, weights, capacity, exclusive)]
    by_mentor: dict[int, list[int]] = defaultdict(list)
    for m, learner in chosen:
        by_mentor[m].append(learner)
    groups = []
    for m, taken in sorted(by_mentor.items()):
        level = pool.profiles[m].teaches[topic]
        reasons = [
            _("{name} teaches {topic} (level {level}), {taken} of {capacity} places taken").format(
                name=pool.people[m].name,
                topic=request.topic,
                level=level,
                taken=len(taken),
                capacity=request.capacity,
            )
        ]
        reasons += [
            r
            for learner in taken
            for r in scores[(m, learner)].reasons
            if not r.startswith(teaching_prefix(pool.people[m].name.split()[0], request.topic))
        ]
        groups.append(
            Group(
                (pool.people[m].email, *(pool.people[i].email for i in taken)),
                round(sum(scores[(m, i)].score for i in taken), 3),
                tuple(dict.fromkeys(reasons)),
                facilitators=(pool.people[m].email,),
            )
        )
    matched = {i for m, learner in chosen for i in (m, learner)}
    unmatched = list(pool.unmatched)
    for i in learners:
        if i not in matched:
            unmatched.append(
                Unmatched(
                    pool.people[i].email,
                    _("no mentor place left for {topic}").format(topic=request.topic)
                    if mentors
                    else _("nobody teaches {topic} at level 3 or more").format(topic=request.topic),
                )
            )
    notes = () if mentors else (_("nobody teaches {topic} at level 3 or more").format(topic=request.topic),)
    return MatchResult(
        "mentor", request.seed, tuple(_locked_groups(request) + groups), tuple(unmatched), notes=notes
    )


def balanced_sizes(count: int, size: int) -> list[int]:
    """Split `count` people into groups of at most `size` (at least 3), sizes differing by one at most."""
    if count == 0:
        return []
    groups = -(-count // size)  # no group larger than asked...
    if count // groups < 3:
        groups = max(1, count // 3)  # ...and none smaller than three
    return [count // groups + (1 if i < count % groups else 0) for i in range(groups)]


def _pods(request: MatchRequest) -> MatchResult:
    if not 3 <= request.size <= 6:
        raise ValueError(_("pod size {size} is outside 3-6").format(size=request.size))
    pool = _Pool(request)
    rng = random.Random(request.seed)

    def key(i: int) -> str:
        p = pool.people[i]
        if request.pods_by == "goal":
            return p.wants[0].skill if p.wants else ""
        return p.role

    clusters: dict[str, list[int]] = defaultdict(list)
    for i in range(len(pool.people)):
        clusters[key(i)].append(i)
    pods: list[tuple[str, list[int]]] = []
    leftovers: list[int] = []
    for value, members in sorted(clusters.items()):
        rng.shuffle(members)
        if not value or len(members) < 3:
            leftovers += members
            continue
        start = 0
        for size in balanced_sizes(len(members), request.size):
            pods.append((value, members[start : start + size]))
            start += size
    if len(leftovers) >= 3:
        start = 0
        for size in balanced_sizes(len(leftovers), request.size):
            pods.append(("", leftovers[start : start + size]))
            start += size
        leftovers = []
    unmatched = list(pool.unmatched)
    for i in leftovers:
        target = min(
            (p for p in pods if len(p[1]) < 6 and _fits(pool, i, p[1])), key=lambda p: len(p[1]), default=None
        )
        if target is None:
            reason = _("no pod has room") if all(len(p[1]) >= 6 for p in pods) else _(_RULED_OUT_OF_PODS)
            unmatched.append(Unmatched(pool.people[i].email, reason))
        else:
            target[1].append(i)
    for i in _repair_pods(pool, pods, request.size):
        unmatched.append(Unmatched(pool.people[i].email, _(_RULED_OUT_OF_PODS)))
    pods = [p for p in pods if len(p[1]) >= 2]
    groups = []
    label = _("same learning goal") if request.pods_by == "goal" else _("same role")
    for value, members in pods:
        base = _group(pool, sorted(members))
        people = [pool.people[i] for i in members]
        order = sorted(people, key=lambda p: (request.facilitated[p.email], sort_key(p.name)))
        rotation = facilitator_rotation([p.email for p in order], request.weeks, request.away_weeks)
        first = ", ".join(p.name.split()[0] for p in order[: min(3, len(order))])
        reasons = (
            (f"{label}: {value}" if value else _("mixed pod of those without a group")),
            _("facilitators rotate weekly, starting {first}").format(first=first),
            *base.reasons[:4],
        )
        groups.append(Group(base.members, base.score, reasons, facilitators=rotation))
    return MatchResult("pods", request.seed, tuple(_locked_groups(request) + groups), tuple(unmatched))


def facilitator_rotation(order: list[str], weeks: int, away: dict[int, set[str]]) -> tuple[str, ...]:
    """Who leads each week (1..weeks): the next in `order` who is not away that week.

    Turns go round in order; someone away when their turn comes keeps their
    place at the head of the queue and leads the next week they are there. A
    week when everyone is away goes to the head of the queue (that week's
    meeting has nobody to hold it anyway).
    """
    queue, rotation = list(order), []
    for week in range(1, weeks + 1):
        gone = away.get(week, set())
        leader = next((e for e in queue if e not in gone), queue[0])
        queue.remove(leader)
        queue.append(leader)
        rotation.append(leader)
    return tuple(rotation)


_RULED_OUT_OF_PODS = N_(
    "every pod has their manager, a direct report or someone they must not be grouped with"
)


def _fits(pool: _Pool, person: int, members: list[int]) -> bool:
    """True if `person` may be grouped with every one of `members` (hard rules)."""
    return all(pool.rule(pool.people[person], pool.people[j]) is None for j in members if j != person)


def _repair_pods(pool: _Pool, pods: list[tuple[str, list[int]]], size: int) -> list[int]:
    """Make every pod keep the hard rules: swap or move people who break one; returns who is left out.

    Swaps keep pod sizes; a move needs room (at most `size`, or 6) and leaves at least three.
    Pods of the same value (role or goal) are tried first.
    """
    left_out: list[int] = []
    for _round in range(len(pods) * 8 + 8):
        broken = next(
            ((p, i) for p in range(len(pods)) for i in pods[p][1] if not _fits(pool, i, pods[p][1])), None
        )
        if broken is None:
            break
        p, i = broken
        value, members = pods[p]
        rest = [j for j in members if j != i]
        order = sorted((q for q in range(len(pods)) if q != p), key=lambda q: (pods[q][0] != value, q))
        done = False
        for q in order:
            other = pods[q][1]
            for j in other:
                if _fits(pool, i, [k for k in other if k != j]) and _fits(pool, j, rest):
                    members[members.index(i)] = j
                    other[other.index(j)] = i
                    done = True
                    break
            if done:
                break
        if not done:
            for q in order:
                other = pods[q][1]
                if len(other) < max(size, 3) and len(rest) >= 3 and _fits(pool, i, other):
                    members.remove(i)
                    other.append(i)
                    done = True
                    break
        if not done:
            members.remove(i)
            left_out.append(i)
    for _k, members in pods:  # whatever the swaps could not settle leaves its pod
        while broken_member := next((i for i in members if not _fits(pool, i, members)), None):
            members.remove(broken_member)
            left_out.append(broken_member)
    return left_out


def _rotation(request: MatchRequest) -> MatchResult:
    pool = _Pool(request)
    n = len(pool.people)
    history = sorted(request.met.items(), key=lambda item: (item[1], sorted(item[0])))
    notes: list[str] = []
    rounds, relaxed = _rounds_one_by_one(pool, request, history)
    full = [(n - len(_away_in_round(pool, request, k))) // 2 for k in range(request.rounds)]
    if not all(len(r) == f for r, f in zip(rounds, full, strict=True)) and n <= JOINT_LIMIT:
        # the check: a small group can run out of new pairs one round at a time where the
        # whole rotation solved at once would not; then the joint program decides
        joint, joint_relaxed = _rounds_jointly(pool, request, history)
        if sum(map(len, joint)) > sum(map(len, rounds)):
            rounds, relaxed = joint, joint_relaxed
    if relaxed:
        notes.append(
            _(
                "not enough new pairs: relaxed the {relaxed} oldest past pairings (met on or before {when})"
            ).format(relaxed=relaxed, when=local_date(history[relaxed - 1][1], "%d %b %Y", "dd MMM y"))
        )
    if not all(len(r) == f for r, f in zip(rounds, full, strict=True)):
        notes.append(
            _("{rounds} need more distinct pairs than {people} allow; some rounds pair fewer people").format(
                rounds=nformat("{n} round", "{n} rounds", request.rounds),
                people=nformat("{n} person", "{n} people", n),
            )
        )
    result_rounds = tuple(tuple(_group(pool, list(pair)) for pair in r) for r in rounds)
    paired = [{i for pair in r for i in pair} for r in rounds]
    unmatched = list(pool.unmatched)
    for i in range(n):
        email = pool.people[i].email
        away = {k: request.away_rounds.get(k + 1, {}).get(email) for k in range(len(paired))}
        missed = [str(k + 1) for k, members in enumerate(paired) if i not in members and not away[k]]
        gone = [_("round {value} ({why})").format(value=k + 1, why=why) for k, why in away.items() if why]
        reasons = []
        if missed:
            reasons.append(
                ngettext("unpaired in round {rounds}", "unpaired in rounds {rounds}", len(missed)).format(
                    rounds=", ".join(missed)
                )
                + (_(" (odd number of people)") if n % 2 else "")
            )
        if gone:
            reasons.append(_("left out of {rounds}").format(rounds=", ".join(gone)))
        if reasons:
            unmatched.append(Unmatched(email, "; ".join(reasons)))
    return MatchResult(
        "rotation",
        request.seed,
        result_rounds[0] if result_rounds else (),
        tuple(unmatched),
        rounds=result_rounds,
        notes=tuple(notes),
    )


def _rounds_one_by_one(
    pool: _Pool, request: MatchRequest, history: list[tuple[frozenset[str], date]]
) -> tuple[list[list[tuple[int, int]]], int]:
    """Each round an exact maximum-weight matching of the pairs not yet used in this rotation.

    Pairs met before are left out; when a round cannot pair everyone without
    them, the oldest quarter of the history is allowed again, then the next.
    Every edge carries a large constant, so pairing more people always wins
    over a better score. Returns the rounds and how many past pairings were relaxed.
    """
    n = len(pool.people)
    scored = pool.candidate_pairs(met=set())
    edges = sorted(scored)
    emails = [p.email for p in pool.people]
    keys = [frozenset((emails[u], emails[v])) for u, v in edges]
    age = {pair: k for k, (pair, _v) in enumerate(history)}
    used: set[int] = set()
    rounds: list[list[tuple[int, int]]] = []
    most_relaxed = 0
    for number in range(request.rounds):
        jitter = _jitter(request.seed + number, len(edges))
        weights = [CARDINALITY + max(scored[e], 0.01) + jitter[k] for k, e in enumerate(edges)]
        relaxed = 0
        away = _away_in_round(pool, request, number)
        present = [k for k, (u, v) in enumerate(edges) if u not in away and v not in away]
        while True:
            allowed = [k for k in present if k not in used and age.get(keys[k], -1) < relaxed]
            chosen = _exact_round(n, edges, weights, allowed)
            if len(chosen) == (n - len(away)) // 2 or relaxed >= len(history):
                break
            relaxed = min(len(history), relaxed + max(1, len(history) // 4))
        most_relaxed = max(most_relaxed, relaxed)
        used.update(chosen)
        rounds.append([edges[k] for k in chosen])
    return rounds, most_relaxed


def _away_in_round(pool: _Pool, request: MatchRequest, number: int) -> set[int]:
    """The people (pool indices) away in round `number` (0-based) of a rotation."""
    away = request.away_rounds.get(number + 1, {})
    return {i for i, p in enumerate(pool.people) if p.email in away}


def _exact_round(n: int, edges: list[tuple[int, int]], weights: list[float], allowed: list[int]) -> list[int]:
    """One round's optimal matching over the `allowed` edges (indices into `edges`)."""
    if not allowed:
        return []
    import numpy as np

    sub_edges = [edges[k] for k in allowed]
    sub_weights = [weights[k] for k in allowed]
    # start the certified solve from each person's best few partners (numpy: no Python sort per person)
    ends = np.array(sub_edges).T.reshape(-1)
    columns = np.tile(np.arange(len(sub_edges)), 2)
    values = np.tile(np.array(sub_weights), 2)
    order = np.lexsort((-values, ends))
    sorted_ends = ends[order]
    first = np.searchsorted(sorted_ends, sorted_ends, side="left")
    rank = np.arange(len(order)) - first
    start = set(columns[order[rank < CANDIDATES]].tolist())
    return [allowed[j] for j in certified_matching(n, sub_edges, sub_weights, start)]


def _rounds_jointly(
    pool: _Pool, request: MatchRequest, history: list[tuple[frozenset[str], date]]
) -> tuple[list[list[tuple[int, int]]], int]:
    """All rounds as one integer program (exact, but only for small groups)."""
    n = len(pool.people)
    relaxed = 0
    while True:
        forbidden = {pair for pair, _when in history[relaxed:]}
        rounds = _solve_rounds(pool, request, forbidden)
        full = [(n - len(_away_in_round(pool, request, k))) // 2 for k in range(request.rounds)]
        if all(len(r) == f for r, f in zip(rounds, full, strict=True)) or relaxed >= len(history):
            return rounds, relaxed
        relaxed = min(len(history), relaxed + max(1, len(history) // 4))


def _solve_rounds(
    pool: _Pool, request: MatchRequest, forbidden: set[frozenset[str]]
) -> list[list[tuple[int, int]]]:
    """All rounds at once: each pair at most once across rounds, the total maximised."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    n, rounds = len(pool.people), request.rounds
    scored = {
        pair: s
        for pair, s in pool.candidate_pairs(met=set()).items()
        if frozenset((pool.people[pair[0]].email, pool.people[pair[1]].email)) not in forbidden
    }
    edges = sorted(scored)
    if not edges or rounds < 1:
        return [[] for _i in range(rounds)]
    jitter = _jitter(request.seed, len(edges) * rounds)
    columns = len(edges) * rounds
    rows, cols = [], []
    for r in range(rounds):
        for k, (u, v) in enumerate(edges):
            column = r * len(edges) + k
            rows += [r * n + u, r * n + v, rounds * n + k]
            cols += [column] * 3
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(rounds * n + len(edges), columns)).tocsr()
    weights = np.array(
        [
            max(scored[e], 0.01) + jitter[r * len(edges) + k]
            for r in range(rounds)
            for k, e in enumerate(edges)
        ]
    )
    upper = np.ones(columns)
    for r in range(rounds):  # nobody away in a round is paired in it
        away = _away_in_round(pool, request, r)
        for k, (u, v) in enumerate(edges):
            if u in away or v in away:
                upper[r * len(edges) + k] = 0
    result = milp(
        -weights,
        constraints=LinearConstraint(matrix, 0, 1),
        integrality=np.ones(columns),
        bounds=Bounds(0, upper),
    )
    if result.x is None:
        raise RuntimeError(_("the rotation solver failed: {message}").format(message=result.message))
    return [
        [edges[k] for k in range(len(edges)) if result.x[r * len(edges) + k] > 0.5] for r in range(rounds)
    ]


def lesson_topic(a: Person, b: Person, week: date) -> str:
    """The skill a pair's session is about: the best thing one can teach the other."""
    pa, pb = profile(a, week), profile(b, week)
    lessons = [x for x in (best_lesson(pa, pb), best_lesson(pb, pa)) if x]
    return max(lessons)[1] if lessons else ""
