"""Analyses on top of evaluate(): waterfalls, Monte Carlo bands, tornado, goal seek."""

from __future__ import annotations

import numpy as np
import pytest

from wattif.core import WattIfError, evaluate, load_preset
from wattif.core.analyses import (
    goal_seek,
    sample_scenarios,
    savings_all,
    savings_by_measure,
    shapley_by_measure,
    tornado,
    uncertain_parameters,
    uncertainty_bands,
)

BASE = load_preset("chatgpt_2025")
MEASURES = BASE.replace(
    m_right_size_on=True,
    m_quantise_on=True,
    m_modernise_on=True,
    m_serving_on=True,
    m_clean_power_on=True,
)


def horizon_energy(sc) -> float:
    return float(evaluate(sc).energy_total_kwh[-1])


@pytest.mark.parametrize("analysis", [savings_by_measure, shapley_by_measure])
def test_waterfalls_add_up_from_all_off_to_the_scenario(analysis):
    w = analysis(MEASURES)
    off = MEASURES.replace({f"m_{m}_on": False for m in w.ids})
    assert w.start == pytest.approx(horizon_energy(off), rel=1e-12)
    assert w.end == pytest.approx(horizon_energy(MEASURES), rel=1e-12)
    assert w.start + sum(w.steps) + w.rebound == pytest.approx(w.end, rel=1e-9)
    assert set(w.ids) == {"right_size", "quantise", "modernise", "serving", "clean_power"}


def test_sequential_steps_are_the_marginal_effects_in_order():
    w = savings_by_measure(MEASURES)
    sc = MEASURES.replace({f"m_{m}_on": False for m in w.ids})
    before = horizon_energy(sc)
    for mid, step in zip(w.ids, w.steps, strict=True):
        sc = sc.replace({f"m_{mid}_on": True})
        after = horizon_energy(sc)
        assert step == pytest.approx(after - before, rel=1e-9, abs=1e-6)
        before = after


def test_rebound_is_its_own_step_and_the_measures_are_counted_at_unchanged_demand():
    """The demand response (Jevons) is a separate bar: the measures' steps are what they save
    with demand as it was; the rebound is what the answer of demand to cheaper queries takes
    back. At elasticity 1 the savings of the demand-dependent energy come back in full."""
    half = MEASURES.replace(rebound_elasticity=0.5)
    w = savings_by_measure(half)
    still = savings_by_measure(MEASURES)  # elasticity 0 (default)
    assert w.steps == pytest.approx(still.steps, rel=1e-12)
    assert still.rebound == 0.0
    assert w.rebound > 0  # demand grows back: an increase
    assert w.end == pytest.approx(horizon_energy(half), rel=1e-12)
    assert w.before_rebound == pytest.approx(horizon_energy(MEASURES), rel=1e-12)
    folded = savings_by_measure(half, separate_rebound=False)
    assert folded.rebound == 0.0
    assert folded.start + sum(folded.steps) == pytest.approx(folded.end, rel=1e-9)


def test_one_batch_gives_every_metric_and_clean_power_acts_on_co2e_only():
    both = savings_all(MEASURES, metrics=("energy_kwh", "co2e_t", "cost_eur"))
    i = both["energy_kwh"].ids.index("clean_power")
    assert both["energy_kwh"].steps[i] == pytest.approx(0.0, abs=1e-6)
    assert both["co2e_t"].steps[i] < 0
    assert both["co2e_t"].end == pytest.approx(float(evaluate(MEASURES).co2e_t[-1]), rel=1e-12)


def test_shapley_of_one_measure_is_its_whole_effect_and_clean_power_saves_no_energy():
    one = BASE.replace(m_modernise_on=True)
    w = shapley_by_measure(one)
    assert w.ids == ("modernise",)
    assert w.steps[0] == pytest.approx(w.end - w.start, rel=1e-12)
    co2 = shapley_by_measure(MEASURES, metric="co2e_t")
    energy = shapley_by_measure(MEASURES)
    assert energy.steps[energy.ids.index("clean_power")] == pytest.approx(0.0, abs=1e-6)
    assert co2.steps[co2.ids.index("clean_power")] < 0


def test_shapley_is_order_free_unlike_the_sequential_split():
    """Swapping the declaration order cannot change Shapley values: check symmetry by
    comparing with the average of the two sequential orders for two measures."""
    two = BASE.replace(m_right_size_on=True, m_modernise_on=True)
    w = shapley_by_measure(two)
    off = two.replace(m_right_size_on=False, m_modernise_on=False)
    v0 = horizon_energy(off)
    v_rs = horizon_energy(off.replace(m_right_size_on=True))
    v_mod = horizon_energy(off.replace(m_modernise_on=True))
    v_both = horizon_energy(two)
    expected_rs = 0.5 * ((v_rs - v0) + (v_both - v_mod))
    assert w.steps[w.ids.index("right_size")] == pytest.approx(expected_rs, rel=1e-9)


def test_monte_carlo_is_deterministic_and_ordered():
    a = uncertainty_bands(BASE, n=500, seed=7)
    b = uncertainty_bands(BASE, n=500, seed=7)
    np.testing.assert_array_equal(a.p50, b.p50)
    assert np.all(a.p5 < a.p50) and np.all(a.p50 < a.p95)
    point = evaluate(BASE).energy_total_kwh
    assert np.all(a.p5 < point) and np.all(point < a.p95)


def test_samples_stay_inside_their_ranges_and_cover_them():
    ranges = uncertain_parameters(BASE)
    batch = sample_scenarios(BASE, n=400, seed=3)
    for key, (low, mode, high) in ranges.items():
        x = np.asarray(batch[key])
        assert x.shape == (400,)
        assert x.min() >= low and x.max() <= high
        # Latin hypercube: every quarter of the probability mass is hit
        assert x.min() < mode or mode == low
        assert x.max() > mode or mode == high


def test_ranges_follow_a_moved_value():
    moved = BASE.replace(queries_per_day=1e6)
    low, mode, high = uncertain_parameters(moved)["queries_per_day"]
    assert mode == 1e6 and low < 1e6 < high
    assert low == pytest.approx(1e6 * 1.5e9 / 2.5e9)


def test_tornado_bars_are_real_swings_sorted():
    t = tornado(BASE)
    assert t.base == pytest.approx(horizon_energy(BASE), rel=1e-12)
    swings = [b.swing for b in t.bars]
    assert swings == sorted(swings, reverse=True)
    q = next(b for b in t.bars if b.key == "queries_per_day")
    assert q.at_low < t.base < q.at_high
    assert q.at_high == pytest.approx(
        horizon_energy(BASE.replace(queries_per_day=q.high)), rel=1e-12
    )


def test_goal_seek_keeps_energy_flat():
    """'What growth keeps 2030 energy flat?' With 10 %/yr efficiency drift: (1+g)(1-0.1) = 1."""
    flat = float(evaluate(BASE).energy_total_kwh[0])
    g = goal_seek(BASE, "demand_growth", flat)
    assert g.value == pytest.approx(1 / 0.9 - 1, rel=1e-6)
    assert horizon_energy(BASE.replace(demand_growth=g.value)) == pytest.approx(flat, rel=1e-6)


def test_goal_seek_that_finds_zero_gives_zero_which_can_be_applied():
    """The emissions of a grid that does not decarbonise are reached by a decarbonisation of 0
    itself. Approached from both sides it came out as -2.4e-11, which is refused as input
    (``params.NEAR_ZERO``): applying it failed."""
    still = BASE.replace(grid_decarbonisation=0.0)
    target = float(evaluate(still).co2e_t[-1])
    g = goal_seek(still, "grid_decarbonisation", target, metric="co2e_t")
    assert g.value == 0.0
    assert still.replace(grid_decarbonisation=g.value)["grid_decarbonisation"] == 0.0
    assert g.achieved == pytest.approx(target, rel=1e-9)


def test_goal_seek_reports_unreachable_targets():
    with pytest.raises(WattIfError, match="not reachable within"):
        goal_seek(BASE, "pue", 1.0)  # no PUE brings the energy to 1 kWh
    with pytest.raises(WattIfError, match="numeric parameter"):
        goal_seek(BASE, "hardware", 1.0)


def test_bands_with_every_input_pinned_are_the_scenario_itself():
    """Pinning every uncertain input (unticking every group in the window) leaves nothing to
    sample: the band is the scenario's own yearly series, one value per year, not a scalar
    (the window's KPI cards indexed it by year and raised IndexError)."""
    pinned = list(uncertain_parameters(BASE))
    bands = uncertainty_bands(BASE, "energy_kwh", n=50, pinned=pinned)
    expected = evaluate(BASE).energy_total_kwh
    assert bands.p5.shape == expected.shape
    np.testing.assert_allclose(bands.p5, expected, rtol=1e-12)
    np.testing.assert_allclose(bands.p95, expected, rtol=1e-12)


@pytest.mark.parametrize("preset", ["default", "all"])
def test_a_years_waterfall_from_that_year_alone_equals_the_one_from_all_years(preset, monkeypatch):
    """savings_all evaluates only the year asked for (issue 10: 1.4 -> 0.9 ms a slider step
    with four measures): every year is computed on its own, so the numbers must be those of an
    evaluation over all years (a line item reaching into other years would break this)."""
    from wattif.core import analyses

    sc = MEASURES if preset == "all" else BASE.replace(m_right_size_on=True, m_serving_on=True)
    metrics = ("energy_kwh", "co2e_t", "water_m3", "cost_eur", "per_query_wh")
    years = [int(y) for y in evaluate(sc).years]
    alone = {y: savings_all(sc, y, metrics) for y in years}
    real = analyses.evaluate
    monkeypatch.setattr(analyses, "evaluate", lambda s, years=None: real(s))  # every year
    for y in years:
        full = savings_all(sc, y, metrics)
        for m in metrics:
            a, b = alone[y][m], full[m]
            assert a.start == pytest.approx(b.start, rel=1e-12)
            assert a.steps == pytest.approx(b.steps, rel=1e-12, abs=1e-9)
            assert a.end == pytest.approx(b.end, rel=1e-12)
            assert a.rebound == pytest.approx(b.rebound, rel=1e-12, abs=1e-9)
    with pytest.raises(WattIfError):  # a year outside the projection is still refused
        savings_all(sc, years[-1] + 5, metrics)


def test_tornado_and_shapley_of_a_year_equal_those_from_all_years(monkeypatch):
    from wattif.core import analyses

    year = int(evaluate(MEASURES).years[2])
    alone_t = tornado(MEASURES, "energy_kwh", year)
    alone_s = shapley_by_measure(MEASURES, year)
    real = analyses.evaluate
    monkeypatch.setattr(analyses, "evaluate", lambda s, years=None: real(s))  # every year
    full_t = tornado(MEASURES, "energy_kwh", year)
    full_s = shapley_by_measure(MEASURES, year)
    assert alone_t.base == pytest.approx(full_t.base, rel=1e-12)
    assert [b.key for b in alone_t.bars] == [b.key for b in full_t.bars]
    for a, b in zip(alone_t.bars, full_t.bars, strict=True):
        assert (a.at_low, a.at_high) == pytest.approx((b.at_low, b.at_high), rel=1e-12)
    assert alone_s.steps == pytest.approx(full_s.steps, rel=1e-9, abs=1e-6)
    assert alone_s.end == pytest.approx(full_s.end, rel=1e-12)


def test_goal_seek_of_a_year_equals_the_one_from_all_years(monkeypatch):
    from wattif.core import analyses

    year = int(evaluate(BASE).years[3])
    target = float(evaluate(BASE).energy_total_kwh[3]) * 1.3
    alone = goal_seek(BASE, "pue", target, year=year)
    real = analyses.evaluate
    monkeypatch.setattr(analyses, "evaluate", lambda s, years=None: real(s))  # every year
    full = goal_seek(BASE, "pue", target, year=year)
    assert alone.value == pytest.approx(full.value, rel=1e-12)
    assert alone.achieved == pytest.approx(full.achieved, rel=1e-12)


def test_a_batch_whose_years_vary_is_evaluated_over_all_of_them():
    from wattif.core.analyses import _only

    assert _only(BASE, 2028) == [2028]
    assert _only(BASE, 2099) is None  # outside: refused later, as before
    assert _only(BASE, None) is None
    varying = BASE.replace(horizon_year=np.array([2030.0, 2035.0]))
    assert _only(varying, 2028) is None  # one column cannot serve projections that differ
