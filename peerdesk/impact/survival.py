"""Time-to-competency with learners still on their way: the Kaplan-Meier estimator.

A learner who has not reached their target yet (or who left) is a right-censored
observation: we know only that it took longer than the days seen so far. Averaging
the finished learners alone makes an early pilot look fast; Kaplan-Meier uses both
(the same estimate as scipy.stats.ecdf on scipy.stats.CensoredData, which the
tests use to check it). The median is the first day on which the share still
learning drops to one half or below; where the share sits at exactly one half
until a later day, the midpoint of those two days (the rule R's survival package
documents for print.survfit; lifelines takes the later day). Its 95% interval
comes from the pointwise log-log band of that share (Greenwood's variance, the
band lifelines uses), read the same way; once everyone has reached the target
the band is 0 there, as in lifelines, so the interval's upper end is that day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from peerdesk.i18n import N_, _

MIN_REACHED = 5  # fewer learners at target than this: "too early to tell"
BAND = "log-log"  # the band the report names; "log" is R survfit's default (used to check against R)
CONVENTION = N_(  # translated where it is shown: `_(CONVENTION)`
    "Kaplan-Meier median; where the curve sits at exactly one half, the midpoint of that stretch "
    "(R survival's rule); 95% interval from the log-log band with Greenwood's variance (as lifelines)"
)
HALF_TOLERANCE = 1e-9


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
    observations: tuple[tuple[float, bool], ...] = field(default=(), compare=False)  # (days, reached)

    @property
    def learners(self) -> int:
        """Everyone counted: reached, still learning and left."""
        return self.reached + self.still_learning + self.left


def entered_baseline(days: float) -> Survival:
    """A baseline the lead typed in: a median without an interval or counts."""
    return Survival(median=float(days), ci=(float(days), float(days)), entered=True)


Z_95 = 1.959963984540054  # the standard normal's 97.5% point


def survival_table(
    events: list[float], censored: list[float], band: str = BAND
) -> list[tuple[float, float, float, float]]:
    """(day, share still learning, its 95% band low, high) at every distinct day observed.

    The product-limit estimate with Greenwood's variance and the log-log band: the same
    numbers as scipy.stats.ecdf(CensoredData(...)).sf and its confidence_interval(0.95,
    method="log-log") (the tests check this), computed here because importing scipy.stats
    costs about two seconds, every time the window opens. Where the band is undefined it
    is 1 before anyone reached the target, and 0 once everyone has (as lifelines); with
    band="log" (R's default) it is R's: S * exp(-/+ z * sd), the upper capped at 1 and
    unknown (nan) once everyone has.
    """
    days = sorted(set(events) | set(censored))
    reached_on: dict[float, int] = {}
    for d in events:
        reached_on[d] = reached_on.get(d, 0) + 1
    at_risk = len(events) + len(censored)
    left_on: dict[float, int] = {}
    for d in censored:
        left_on[d] = left_on.get(d, 0) + 1
    share, greenwood, rows = 1.0, 0.0, []
    for day in days:
        d = reached_on.get(day, 0)
        if d:
            share *= 1 - d / at_risk
            greenwood = greenwood + d / (at_risk * (at_risk - d)) if at_risk > d else math.inf
        if share >= 1.0:
            low = high = 1.0
        elif share <= 0.0:
            low, high = (0.0, 0.0) if band == "log-log" else (math.nan, math.nan)
        elif band == "log":
            spread = Z_95 * math.sqrt(greenwood)
            low, high = share * math.exp(-spread), min(1.0, share * math.exp(spread))
        else:
            spread = Z_95 * math.sqrt(greenwood) / abs(math.log(share))
            low, high = share ** math.exp(spread), share ** math.exp(-spread)
        rows.append((float(day), share, low, high))
        at_risk -= d + left_on.get(day, 0)
    return rows


def kaplan_meier(
    reached_days: list[float], still_days: list[float], left_days: list[float], band: str = BAND
) -> Survival:
    """Estimate from the days learners needed (reached) and the days seen so far (still learning, left)."""
    censored = [*still_days, *left_days]
    seen = tuple(sorted([(float(d), True) for d in reached_days] + [(float(d), False) for d in censored]))
    base = Survival(len(reached_days), len(still_days), len(left_days), observations=seen)
    if not reached_days and not censored:
        return base
    if not reached_days:  # nobody there yet: everyone still learning on every day
        return Survival(base.reached, base.still_learning, base.left, curve=((0.0, 0.0),), observations=seen)
    table = survival_table(list(reached_days), censored, band)
    days = [row[0] for row in table]
    median = _first_at_or_below(days, [row[1] for row in table])
    ci = None
    if median is not None:
        ci = (
            _first_at_or_below(days, [row[2] for row in table]),
            _first_at_or_below(days, [row[3] for row in table]),
        )
    curve = ((0.0, 0.0), *((day, round(1.0 - sf, 6)) for day, sf, _low, _high in table))
    return Survival(base.reached, base.still_learning, base.left, median, ci, curve, observations=seen)


def _first_at_or_below(days: list[float], shares: list[float]) -> float | None:
    """The day a curve first reaches one half; the midpoint when it sits at exactly one half
    until a later day where it drops below (R's rule); None when it never reaches one half."""
    known = [(d, s) for d, s in zip(days, shares, strict=True) if not math.isnan(s)]
    first = next((i for i, (_d, s) in enumerate(known) if s <= 0.5 + HALF_TOLERANCE), None)
    if first is None:
        return None
    day, share = known[first]
    if abs(share - 0.5) > HALF_TOLERANCE:
        return day
    below = next((d for d, s in known[first:] if s < 0.5 - HALF_TOLERANCE), None)
    return day if below is None else (day + below) / 2


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


LOGRANK_MIN_LEARNERS = 5  # fewer learners in either group: "n too small" for the log-rank test


@dataclass(frozen=True)
class LogRank:
    """The log-rank test of two groups' time-to-competency curves."""

    statistic: float | None  # chi-square, 1 degree of freedom
    p_value: float | None
    words: str


def logrank(a: Survival, b: Survival) -> LogRank:
    """Whether two groups reach their targets at different speeds (the Mantel log-rank test, as
    lifelines' logrank_test computes it); "n too small" below LOGRANK_MIN_LEARNERS in a group."""
    if min(len(a.observations), len(b.observations)) < LOGRANK_MIN_LEARNERS:
        return LogRank(
            None,
            None,
            _("n too small: the log-rank test needs at least {n} learners in each group").format(
                n=LOGRANK_MIN_LEARNERS
            ),
        )
    days = sorted({d for d, hit in (*a.observations, *b.observations) if hit})
    observed_minus_expected = variance = 0.0
    for day in days:
        n_a = sum(1 for d, _hit in a.observations if d >= day)
        n_b = sum(1 for d, _hit in b.observations if d >= day)
        d_a = sum(1 for d, hit in a.observations if hit and d == day)
        d_b = sum(1 for d, hit in b.observations if hit and d == day)
        n, d = n_a + n_b, d_a + d_b
        observed_minus_expected += d_a - d * n_a / n
        if n > 1:
            variance += d * (n_a / n) * (n_b / n) * (n - d) / (n - 1)
    if not days:
        return LogRank(None, None, _("no learner reached the target in either group: nothing to compare"))
    # no overlap in time (nobody of one group still learning when the other's reach it): as lifelines, 0
    statistic = observed_minus_expected**2 / variance if variance > 0 else 0.0
    p = math.erfc(math.sqrt(statistic / 2))
    if p < 0.05:
        text = _("p = {p}: a difference this large would be unlikely (under 5%) if the two were alike")
        words = text.format(p=_decimal(p, 3))
    else:
        words = _("p = {p}: no clear difference; chance alone could explain what is seen").format(
            p=_decimal(p, 2)
        )
    return LogRank(statistic, p, words)


def describe(s: Survival | None) -> str:
    """'median 21 days (95% CI 14-35), 6 reached, 3 still learning, 1 left' in plain words."""
    if s is None:
        return _("no comparable baseline")
    if s.entered:
        return _("{days} days (entered by the lead)").format(days=f"{s.median:.0f}")
    counts = _("{reached} reached, {still} still learning, {left} left").format(
        reached=s.reached, still=s.still_learning, left=s.left
    )
    if s.median is None:
        return _("no median yet ({counts})").format(counts=counts)
    low, high = s.ci or (None, None)
    interval = f"{_days(low)}-{_days(high) if high is not None else _('not yet known')}"
    return _("median {days} days (95% CI {interval}); {counts}").format(
        days=_days(s.median), interval=interval, counts=counts
    )


def _days(value: float | None) -> str:
    """Whole days, or half days where the median is a midpoint: '10', '10.5'."""
    if value is None:
        return "?"
    return f"{value:.0f}" if float(value).is_integer() else _decimal(value, 1)


def _decimal(value: float, digits: int) -> str:
    from peerdesk.impact.texts import decimal

    return decimal(value, digits)
