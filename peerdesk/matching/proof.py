"""An exact maximum-weight matching that also returns its proof of optimality.

The proof is an upper bound no pairing can beat, found by linear programming:
the LP relaxation (each person in at most one pair) over every candidate pair,
by column generation, so the bound holds for all pairs, not only those the
solver looked at. When the LP optimum is already whole pairs, bound and
solution are equal and that is the proof. Otherwise odd-set ("blossom") cuts
tighten the LP, and branch and bound (HiGHS, with zero gap tolerance) closes
what remains; every pair left outside the final LP has a reduced cost at least
the remaining gap, so it cannot be part of a better solution.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from peerdesk.i18n import _
from peerdesk.matching.solvers import BLOSSOM_ROUNDS, CANDIDATES, _blossom_cuts, _with_cuts

TOLERANCE = 1e-6


@dataclass(frozen=True)
class Solved:
    """An optimal matching with its proof: its value, the LP bound and the proven bound."""

    value: float
    pairs: tuple[tuple[int, int], ...]
    lp_bound: float  # the LP relaxation over all candidate pairs (each person in at most one pair)
    bound: float  # the proven upper bound: equals `value` when the proof is complete
    method: str  # "LP relaxation" | "odd-set cuts" | "branch and bound" | "nothing to pair"
    duals: tuple[float, ...] = ()  # per person, from the LP that proves the bound (LP relaxation only)
    bound_duals: float = 0.0  # the total of the x <= 1 bounds' duals: sum(duals) + this = the bound

    def still_optimal_with(self, edges: list[tuple[int, int]], weights: list[float]) -> bool:
        """True if adding these pairs cannot raise the optimum: the duals still cover each of them
        (y_u + y_v >= w; a new pair has no bound dual), so by weak duality the bound, and this
        solution, stay optimal."""
        if not self.duals or abs(sum(self.duals) + self.bound_duals - self.value) > TOLERANCE:
            return False
        y = self.duals
        return all(y[u] + y[v] >= w - 1e-9 for (u, v), w in zip(edges, weights, strict=True))


def solve_exact(nodes: int, edges: list[tuple[int, int]], weights: list[float]) -> Solved:
    """The maximum-weight matching of `edges` (pairs with weight <= 0 are never chosen), proven."""
    import numpy as np

    positive = [k for k, w in enumerate(weights) if w > 0]
    if not positive:
        return Solved(0.0, (), 0.0, 0.0, _("nothing to pair"))
    u = np.array([edges[k][0] for k in positive])
    v = np.array([edges[k][1] for k in positive])
    w = np.array([weights[k] for k in positive], dtype=float)
    active = _start_columns(u, v, w)
    while True:
        lp_bound, x, reduced, duals = _column_lp(nodes, u, v, w, active)
        missing = set(np.flatnonzero(reduced < -1e-9).tolist()) - active
        if not missing:
            break
        active |= missing
    columns = sorted(active)
    if np.all(np.minimum(x, 1 - x) < 1e-7):
        chosen = [columns[c] for c, value in enumerate(x) if value > 0.5]
        solved = _solved(edges, positive, chosen, w, lp_bound, lp_bound, _("LP relaxation"))
        people_duals, bound_duals = duals  # type: ignore[misc]
        return replace(solved, duals=tuple(float(d) for d in people_duals), bound_duals=bound_duals)
    value, chosen, bound, method = _integer(nodes, u, v, w, columns)
    extra = set(np.flatnonzero(reduced < lp_bound - value + TOLERANCE).tolist()) - active
    if extra:  # pairs that might still be part of a better solution join before the final solve
        columns = sorted(active | extra)
        value, chosen, bound, method = _integer(nodes, u, v, w, columns)
    # pairs outside `columns` have reduced cost >= lp_bound - value: none can beat `value`
    return _solved(edges, positive, chosen, w, lp_bound, max(bound, value), method)


def _solved(
    edges: list[tuple[int, int]],
    positive: list[int],
    chosen: list[int],
    w: object,
    lp_bound: float,
    bound: float,
    method: str,
) -> Solved:
    value = float(sum(w[c] for c in chosen))  # type: ignore[index]
    pairs = tuple(sorted(edges[positive[c]] for c in chosen))
    return Solved(round(value, 6), pairs, round(lp_bound, 6), round(bound, 6), method)


def _start_columns(u: object, v: object, w: object) -> set[int]:
    """Each person's best few pairs: where column generation starts."""
    import numpy as np

    ends = np.concatenate([u, v])  # type: ignore[list-item]
    columns = np.tile(np.arange(len(w)), 2)  # type: ignore[arg-type]
    values = np.tile(w, 2)  # type: ignore[arg-type]
    order = np.lexsort((-values, ends))
    sorted_ends = ends[order]
    first = np.searchsorted(sorted_ends, sorted_ends, side="left")
    rank = np.arange(len(order)) - first
    return set(columns[order[rank < CANDIDATES]].tolist())


def _column_lp(
    nodes: int, u: object, v: object, w: object, active: set[int]
) -> tuple[float, object, object, object]:
    """The LP relaxation over the active columns: its value, solution, every pair's reduced cost and
    the per-person duals."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    columns = np.array(sorted(active))
    m = len(columns)
    rows = np.concatenate([u[columns], v[columns]])  # type: ignore[index]
    cols = np.concatenate([np.arange(m), np.arange(m)])
    matrix = coo_matrix((np.ones(2 * m), (rows, cols)), shape=(nodes, m)).tocsr()
    result = linprog(-w[columns], A_ub=matrix, b_ub=np.ones(nodes), bounds=(0, 1), method="highs")  # type: ignore[index]
    duals = -result.ineqlin.marginals
    # the duals of the x <= 1 bounds are part of the bound: kept as their total
    upper = float(-np.sum(result.upper.marginals))
    return -result.fun, result.x, duals[u] + duals[v] - w, (duals, upper)  # type: ignore[index,operator]


def _integer(
    nodes: int, u: object, v: object, w: object, columns: list[int]
) -> tuple[float, list[int], float, str]:
    """The best whole-pair solution over `columns`: (value, chosen columns, proven bound, method)."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp
    from scipy.sparse import coo_matrix

    sub_edges = [(int(u[c]), int(v[c])) for c in columns]  # type: ignore[index]
    costs = -np.array([w[c] for c in columns])  # type: ignore[index]
    m = len(columns)
    rows = [e for edge in sub_edges for e in edge]
    cols = [k for k in range(m) for _i in (0, 1)]
    matrix = coo_matrix((np.ones(2 * m), (rows, cols)), shape=(nodes, m)).tocsr()
    upper = np.ones(nodes)
    for _round in range(BLOSSOM_ROUNDS):
        relaxed = linprog(costs, A_ub=matrix, b_ub=upper, bounds=(0, 1), method="highs")
        if relaxed.x is None:
            break
        if np.all(np.minimum(relaxed.x, 1 - relaxed.x) < 1e-7):
            chosen = [columns[k] for k, x in enumerate(relaxed.x) if x > 0.5]
            return -relaxed.fun, chosen, -relaxed.fun, _("odd-set cuts")
        cuts = _blossom_cuts(sub_edges, relaxed.x)
        if not cuts:
            break
        matrix, upper = _with_cuts(matrix, upper, sub_edges, cuts)
    result = milp(
        costs,
        constraints=LinearConstraint(matrix, 0, upper),
        integrality=np.ones(m),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0},
    )
    if result.x is None:
        raise RuntimeError(_("the matching solver failed: {message}").format(message=result.message))
    chosen = [columns[k] for k, x in enumerate(result.x) if x > 0.5]
    bound = -float(getattr(result, "mip_dual_bound", result.fun))
    return -result.fun, chosen, bound, _("branch and bound")
