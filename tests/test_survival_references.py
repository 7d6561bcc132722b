"""Time-to-competency as the references compute it: lifelines on generated data, R's survival on
classic datasets (values published by R's `print(survfit(...))`), and the midpoint rule at one half."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.impact.survival import CONVENTION, describe, kaplan_meier, too_early

lifelines = pytest.importorskip("lifelines")


def _lifelines(events: list[int], censored: list[int]) -> tuple[float, float, float]:
    """lifelines' median and the median's 95% limits (log-log band), inf where there is none."""
    from lifelines import KaplanMeierFitter
    from lifelines.utils import median_survival_times

    fit = KaplanMeierFitter().fit([*events, *censored], [1] * len(events) + [0] * len(censored))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        low, high = median_survival_times(fit.confidence_interval_).to_numpy()[0]
    return float(fit.median_survival_time_), float(low), float(high)


def _never_exactly_half(events: list[int], censored: list[int]) -> bool:
    """True when the product-limit curve never sits at exactly one half (lifelines and R then agree)."""
    share, at_risk = 1.0, len(events) + len(censored)
    for day in sorted(set(events) | set(censored)):
        d = events.count(day)
        share *= 1 - d / at_risk if at_risk else 1
        if d and abs(share - 0.5) < 1e-9:
            return False
        at_risk -= d + censored.count(day)
    return True


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(1, 60), min_size=1, max_size=30),
    st.lists(st.integers(1, 60), max_size=30),
)
def test_median_and_limits_agree_with_lifelines(events: list[int], censored: list[int]) -> None:
    ours = kaplan_meier(events, censored, [])
    median, low, high = _lifelines(events, censored)
    if _never_exactly_half(events, censored):
        assert (ours.median if ours.median is not None else math.inf) == median
    assert ours.ci is None or (ours.ci[0] if ours.ci[0] is not None else math.inf) == low
    if ours.ci is not None:
        assert (ours.ci[1] if ours.ci[1] is not None else math.inf) == high


def test_flat_at_one_half_takes_the_midpoint_as_r_does() -> None:
    """R: print(survfit(Surv(1:6) ~ 1)) gives median 3.5; lifelines takes the next event, 4."""
    assert kaplan_meier([1, 2, 3, 4, 5, 6], [], []).median == 3.5
    assert _lifelines([1, 2, 3, 4, 5, 6], [])[0] == 4
    # flat at one half to the last observation (no later drop): R gives the stretch's start
    assert kaplan_meier([1, 2, 3, 4], [4, 5, 6, 7], []).median == 4


def test_r_published_values_for_lung_and_aml() -> None:
    """survfit(Surv(time, status) ~ 1, lung): median 310, 95% CI 285-363 (R's default log band),
    284-361 with conf.type = "log-log"; aml by group: Maintained 31 (18-NA), Nonmaintained 23 (8-NA)."""
    from lifelines.datasets import load_lung

    lung = load_lung()
    events = lung[lung.status == 1].time.tolist()
    censored = lung[lung.status == 0].time.tolist()
    log = kaplan_meier(events, censored, [], band="log")
    assert (log.median, log.ci) == (310, (285, 363))
    assert kaplan_meier(events, censored, []).ci == (284, 361)
    maintained = kaplan_meier([9, 13, 18, 23, 31, 34, 48], [13, 28, 45, 161], [], band="log")
    nonmaintained = kaplan_meier([5, 5, 8, 8, 12, 23, 27, 30, 33, 43, 45], [16], [], band="log")
    assert (maintained.median, maintained.ci) == (31, (18, None))
    assert (nonmaintained.median, nonmaintained.ci) == (23, (8, None))


def test_everyone_at_target_has_an_upper_limit_and_a_verdict() -> None:
    """Six learners all at target within 20 days (3, 5, 8, 12, 15, 20) against a baseline of
    median 55 (41-70): the curve is at one half from day 8 to 12 -> median 10; the log-log band
    gives 3-20 (lifelines: 3 and 20, the band is 0 once everyone has reached): no overlap."""
    pilot = kaplan_meier([3, 5, 8, 12, 15, 20], [], [])
    assert (pilot.median, pilot.ci) == (10, (3, 20))
    assert _lifelines([3, 5, 8, 12, 15, 20], [])[1:] == (3, 20)
    assert describe(pilot) == "median 10 days (95% CI 3-20); 6 reached, 0 still learning, 0 left"
    assert "midpoint" in CONVENTION and "log-log" in CONVENTION
    baseline = kaplan_meier([41, 50, 52, 55, 58, 64, 70], [90], [])  # the demo's time before the pilot
    assert baseline.median == 56.5 and baseline.ci is not None and baseline.ci[0] == 41
    assert not too_early(pilot, baseline)  # it used to say "too early to tell"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 40), st.booleans()), min_size=5, max_size=25),
    st.lists(st.tuples(st.integers(1, 40), st.booleans()), min_size=5, max_size=25),
)
def test_logrank_agrees_with_lifelines(a: list[tuple[int, bool]], b: list[tuple[int, bool]]) -> None:
    from lifelines.statistics import logrank_test

    from peerdesk.impact.survival import logrank

    def fit(group: list[tuple[int, bool]]):  # type: ignore[no-untyped-def]
        return kaplan_meier([d for d, hit in group if hit], [d for d, hit in group if not hit], [])

    ours = logrank(fit(a), fit(b))
    if not any(hit for _d, hit in a + b):
        assert ours.p_value is None and "nothing to compare" in ours.words
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = logrank_test([d for d, _ in a], [d for d, _ in b], [h for _, h in a], [h for _, h in b])
    assert ours.statistic == pytest.approx(ref.test_statistic, rel=1e-9, abs=1e-12)
    assert ours.p_value == pytest.approx(ref.p_value, rel=1e-9, abs=1e-12)


def test_logrank_says_n_too_small_and_what_p_means() -> None:
    from peerdesk.impact.survival import logrank

    small = logrank(kaplan_meier([1, 2, 3, 4], [], []), kaplan_meier([10, 20, 30, 40, 50], [], []))
    assert small.p_value is None and small.words.startswith("n too small")
    clear = logrank(kaplan_meier([1, 2, 3, 4, 5, 6], [], []), kaplan_meier([30, 31, 32, 33, 34, 35], [], []))
    assert clear.p_value is not None and clear.p_value < 0.05 and "unlikely" in clear.words
    alike = logrank(kaplan_meier([1, 3, 5, 7, 9], [], []), kaplan_meier([2, 4, 6, 8, 10], [], []))
    assert alike.p_value is not None and alike.p_value > 0.5 and "no clear difference" in alike.words
