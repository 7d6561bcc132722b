"""Time-to-competency with learners still on their way: the Kaplan-Meier estimator.

A learner who has not reached their target yet (or who left) is a right-censored
observation: we know only that it took longer than the days seen so far. Averaging
the finished learners alone makes an early pilot look fast; Kaplan-Meier uses both
(scipy.stats.ecdf on scipy.stats.CensoredData). The median is the first day on
which the share still learning drops to one half or below; its 95% interval comes
from the pointwise band of that share (log-log transform), read the same way.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

MIN_REACHED = 5  # fewer learners at target than this: "too early to tell"


@dataclass(frozen=True)
class Survival:
    """Days to reach a target level for a group of learners, with the learners still on their way."""

    reached: int = 0
    still_learning: int = 0
    left: int = 0
    median: float | None = None
    ci: tuple[float | None, float | None] | None = None  # (low, high); high None = not yet known
    curve: tuple[tuple[float, float], ...] = field(default=())  # (day, share of learners at target)
    entered: bool = False  # a figure the lead typed in, not measured

    @property
    def learners(self) -> int:
        """Everyone counted: reached, still learning and left."""
        return self.reached + self.still_learning + self.left


def entered_baseline(days: float) -> Survival:
    """A baseline the lead typed in: a median without an interval or counts."""
    return Survival(median=float(days), ci=(float(days), float(days)), entered=True)


def kaplan_meier(reached_days: list[float], still_days: list[float], left_days: list[float]) -> Survival:
    """Estimate from the days learners needed (reached) and the days seen so far (still learning, left)."""
    import numpy as np
    from scipy import stats

    censored = [*still_days, *left_days]
    base = Survival(len(reached_days), len(still_days), len(left_days))
    if not reached_days and not censored:
        return base
    if not reached_days:  # nobody there yet: everyone still learning on every day
        return Survival(base.reached, base.still_learning, base.left, curve=((0.0, 0.0),))
    data = stats.CensoredData(uncensored=np.asarray(reached_days, float), right=np.asarray(censored, float))
    result = stats.ecdf(data)
    days = [float(x) for x in result.sf.quantiles]
    sf = [float(x) for x in result.sf.probabilities]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # undefined band where the share reaches 0
        band = result.sf.confidence_interval(0.95, method="log-log")
        low = [0.0 if math.isnan(x) else float(x) for x in band.low.probabilities]
        high = [float(x) for x in band.high.probabilities]
    median = _first_at_or_below(days, sf)
    ci = (_first_at_or_below(days, low), _first_at_or_below(days, high)) if median is not None else None
    curve = ((0.0, 0.0), *((d, round(1.0 - s, 6)) for d, s in zip(days, sf, strict=True)))
    return Survival(base.reached, base.still_learning, base.left, median, ci, curve)


def _first_at_or_below(days: list[float], shares: list[float]) -> float | None:
    return next((d for d, s in zip(days, shares, strict=True) if not math.isnan(s) and s <= 0.5), None)


def intervals_overlap(pilot: Survival, baseline: Survival) -> bool:
    """True when the two medians' intervals share a day (an open end reaches to infinity)."""
    if pilot.ci is None or baseline.ci is None:
        return True
    p_low, p_high = pilot.ci
    b_low, b_high = baseline.ci
    p_low, b_low = p_low or 0.0, b_low or 0.0
    return p_low <= (math.inf if b_high is None else b_high) and b_low <= (
        math.inf if p_high is None else p_high
    )


def too_early(pilot: Survival, baseline: Survival | None) -> bool:
    """Fewer than five learners at target, no median yet, no baseline, or overlapping intervals."""
    return (
        baseline is None
        or baseline.median is None
        or pilot.median is None
        or pilot.reached < MIN_REACHED
        or intervals_overlap(pilot, baseline)
    )


def describe(s: Survival | None) -> str:
    """'median 21 days (95% CI 14-35), 6 reached, 3 still learning, 1 left' in plain words."""
    if s is None:
        return "no baseline"
    if s.entered:
        return f"{s.median:.0f} days (entered by the lead)"
    counts = f"{s.reached} reached, {s.still_learning} still learning, {s.left} left"
    if s.median is None:
        return f"no median yet ({counts})"
    low, high = s.ci or (None, None)
    interval = f"{_days(low)}-{_days(high) if high is not None else 'not yet known'}"
    return f"median {s.median:.0f} days (95% CI {interval}); {counts}"


def _days(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f}"
