"""'Other AI workloads' (classical ML on accelerators) are counted everywhere or nowhere: in
energy, CO2e and cost, and also in accelerators, servers, racks, power and water (issue 8)."""

from __future__ import annotations

import numpy as np
import pytest

from wattif.core import evaluate, load_preset


def test_other_ai_workloads_move_every_total():
    sc = load_preset("company_rollout")
    assert sc.classical_ml_gwh_per_year > 0
    with_other, without = evaluate(sc), evaluate(sc.replace(classical_ml_gwh_per_year=0.0))
    for field in (
        "energy_total_kwh",
        "co2e_t",
        "cost_eur",
        "water_m3",
        "accelerators",
        "servers",
        "power_avg_mw",
        "power_provisioned_mw",
    ):
        more, less = getattr(with_other, field), getattr(without, field)
        assert np.all(more > less), field
    # the average power follows the energy exactly: 0.5 GWh a year is 57 kW on average
    extra_mw = with_other.power_avg_mw - without.power_avg_mw
    extra_kwh = with_other.energy_kwh[:, -1]
    assert np.allclose(extra_mw, extra_kwh / 8760 / 1000, rtol=1e-12)


def test_moving_other_ai_to_cpus_frees_accelerators():
    sc = load_preset("company_rollout")
    moved = sc.replace(m_placement_on=True, m_placement_year=int(sc.base_year))
    assert evaluate(moved).accelerators[-1] < evaluate(sc).accelerators[-1]


def test_a_modernised_facility_runs_the_same_other_work_on_less_energy_not_more_hardware():
    """Found in review: with the other AI workloads fixed at the meter, a lower PUE raised their
    IT share, so modernising added accelerators (196 -> 239) and water (+20 %). The given energy
    is at the configured PUE: the same work behind a better facility draws less."""
    sc = load_preset("company_rollout").replace(m_modernise_hardware=sc_hardware())
    before = evaluate(sc)
    after = evaluate(sc.replace(m_modernise_on=True))
    assert after.accelerators[-1] <= before.accelerators[-1]
    assert after.water_m3[-1] <= before.water_m3[-1]
    assert after.energy_total_kwh[-1] < before.energy_total_kwh[-1]
    # and on its own: the other AI energy scales with the facility's PUE, its IT share stays
    only = sc.replace(classical_ml_gwh_per_year=1.0)
    extra_before = evaluate(only).energy_kwh[-1, -1]
    modern = evaluate(only.replace(m_modernise_on=True))
    extra_after = modern.energy_kwh[-1, -1]
    pue_ratio = float(sc.m_modernise_pue) / float(sc.pue)
    assert extra_after == pytest.approx(extra_before * pue_ratio, rel=1e-9)


def sc_hardware() -> str:
    """The hardware the preset already runs: only the PUE changes with modernising."""
    return str(load_preset("company_rollout").hardware)
