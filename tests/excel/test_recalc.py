"""The exported workbook recomputes WattIf's numbers in a real spreadsheet engine (LibreOffice).

Every test here uses the ``soffice`` fixture: it skips on a laptop without LibreOffice and fails
in CI. Workbooks are exported first and converted together in one soffice call per list.
"""

from __future__ import annotations

import numpy as np
import openpyxl
import pytest

from wattif.core import COMPONENTS, Scenario, evaluate, load_preset, params, preset_info
from wattif.core.analyses import savings_by_measure
from wattif.core.excel import export_workbook
from wattif.core.measures import measures

REL_TOL = 1e-9
PRESETS = [p["name"] for p in preset_info()]


def all_measures_on(sc: Scenario) -> Scenario:
    on = {m.on_key: True for m in measures()}
    return sc.replace(
        on,
        name="All measures on, rebound 0.7",
        rebound_elasticity=0.7,
        m_modernise_hardware="gb200",
        local_share=0.05,
        include_training=True,
        classical_ml_gwh_per_year=250.0,
        network_wh_per_query=0.01,
        device_wh_per_query=0.05,
        measure_ramp_years=2.0,
    )


def random_scenario(rng: np.random.Generator, i: int) -> Scenario:
    """A scenario with every parameter drawn inside its plausible (or allowed) range."""
    values = {}
    for p in params.registry().values():
        if p.key in ("base_year", "horizon_year"):
            continue
        if p.kind == "bool":
            values[p.key] = bool(rng.integers(0, 2))
        elif p.kind == "choice":
            values[p.key] = p.choices[int(rng.integers(0, len(p.choices)))]
        else:
            lo = p.low if p.low is not None else p.min
            hi = p.high if p.high is not None else p.max
            if p.key.startswith("m_") and p.key.endswith("_year"):
                lo, hi = 2024, 2031
            if p.key == "accelerators_per_replica":
                lo, hi = 0, 0 if i % 2 else 16
            v = rng.uniform(lo, hi) if hi > lo else lo
            values[p.key] = int(round(v)) if p.kind == "int" else float(v)
    values["base_year"] = int(rng.integers(2023, 2027))
    values["horizon_year"] = values["base_year"] + int(rng.integers(0, 8))
    return Scenario(values, name=f"random {i}")


def cases() -> list[tuple[str, Scenario, Scenario]]:
    default = load_preset()
    out = [(f"preset-{n}", load_preset(n), default) for n in PRESETS]
    out.append(("all-measures", all_measures_on(default), default))
    out.append(
        (
            "all-measures-backfire",
            all_measures_on(load_preset("company_rollout")).replace(
                rebound_elasticity=1.6, measure_ramp_years=0.0
            ),
            load_preset("devries_2023"),
        )
    )
    rng = np.random.default_rng(20261122)
    for i in range(6):
        out.append((f"random-{i}", random_scenario(rng, i), random_scenario(rng, 100 + i)))
    return out


CASES = cases()


@pytest.fixture(scope="session")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exported")
    paths = []
    for cid, sc, base in CASES:
        path = folder / f"{cid}.xlsx"
        export_workbook(sc, base, path)
        paths.append(path)
    return paths


def read_checks(path):
    """Model check lines of the Checks sheet: dicts with side, quantity, year, app, wb, ..."""
    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    ws = wb["Checks"]
    master = ws["C4"].value
    lines = []
    for row in ws.iter_rows(min_row=10, values_only=True):
        if row[0] is None or str(row[0]).startswith("Inputs as exported"):
            break
        lines.append(
            dict(
                side=row[0],
                quantity=row[1],
                year=row[2],
                app=row[4],
                wb=row[5],
                rel=row[6],
                result=row[7],
                item=row[8],
            )
        )
    wb.close()
    return master, lines


def rel_err(a: float, b: float) -> float:
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_checks_pass_after_libreoffice_recalculation(index, exported, recalc):
    out = recalc(exported)[index]
    master, lines = read_checks(out)
    assert len(lines) > 100
    failed = [ln for ln in lines if ln["result"] != "PASS"]
    assert not failed, failed[:5]
    for ln in lines:  # re-check independently of the workbook's own comparison
        assert isinstance(ln["wb"], int | float), ln
        assert rel_err(float(ln["app"]), float(ln["wb"])) <= REL_TOL, ln
    assert master == "PASS"


def expected_value(res, item: str, i: int) -> float:
    """The app's value of a Checks line, from Results (independent of the export's mapping)."""
    if item.startswith("pq_") and item[3:] in COMPONENTS:
        return res.per_query_wh[i, COMPONENTS.index(item[3:])]
    if item.startswith("en_") and item[3:] in COMPONENTS:
        return res.energy_kwh[i, COMPONENTS.index(item[3:])]
    per_year = {
        "pq_total": res.per_query_total_wh,
        "en_total": res.energy_total_kwh,
        "queries": res.queries_per_year,
        "q_base": res.queries_before_rebound,
        "co2": res.co2e_t,
        "water": res.water_m3,
        "cost": res.cost_eur,
        "accelerators": res.accelerators,
        "servers": res.servers,
        "racks": res.racks,
        "mw_avg": res.power_avg_mw,
        "mw_prov": res.power_provisioned_mw,
        "households": res.households,
        "grid": res.grid_gco2e_per_kwh,
    }
    if item in per_year:
        return per_year[item][i]
    scalar = {
        "j_out": res.accelerator_j_per_output_token,
        "j_in": res.accelerator_j_per_input_token,
        "g0": res.accelerators_per_replica,
        "b_eff0": res.effective_batch,
        "p_acc0": res.accelerator_power_w,
        "t_step0": res.decode_step_ms,
        "u_mem0": res.bandwidth_utilisation,
        "u_cmp0": res.compute_utilisation,
        "regime0": float(res.regime),
        "fits": float(res.fits_in_memory),
        "l_j_out": res.local_j_per_output_token,
        "t_kwh": res.training_energy_kwh,
        "t_hours": res.training_accelerator_hours,
        "t_co2": res.training_co2e_t,
        "t_flops": res.training_flops,
    }
    return scalar[item]


CHANGES = {
    "Base_": {
        "base_year": 2026,
        "horizon_year": 2031,
        "hardware": "a100",
        "pue": 1.5,
        "concurrent_sequences": 64.0,
        "precision_bits": 16,
        "m_quantise_on": True,
        "m_quantise_bits": 8,
        "total_params_b": 1200.0,
        "demand_growth": 0.05,
    },
    "Scen_": {
        "queries_per_day": 1.0e9,
        "hardware": "b200",
        "precision_bits": 16,
        "m_quantise_on": True,
        "m_quantise_bits": 4,
        "m_modernise_on": True,
        "m_modernise_hardware": "gb200",
        "m_modernise_year": 2027,
        "m_serving_on": True,
        "m_right_size_on": True,
        "m_ai_pc_on": True,
        "m_reasoning_on": True,
        "m_clean_power_on": True,
        "m_placement_on": True,
        "classical_ml_gwh_per_year": 120.0,
        "rebound_elasticity": 0.8,
        "local_share": 0.1,
        "include_training": True,
        "training_hardware": "h100",
        "training_precision_bits": 8,
        "measure_ramp_years": 0.0,
        "accelerators_per_replica": 16,
        "local_hardware": "cpu_2s",
    },
}


def test_changed_inputs_recompute_like_the_core_model(tmp_path, recalc):
    base, sc = load_preset("google_gemini_2025"), load_preset()
    path = tmp_path / "exported.xlsx"
    export_workbook(sc, base, path)
    # a client edits the blue input cells (found through their defined names)
    wb = openpyxl.load_workbook(path)
    for prefix, changes in CHANGES.items():
        for key, value in changes.items():
            sheet, coord = next(iter(wb.defined_names[prefix + key].destinations))
            wb[sheet][coord].value = int(value) if isinstance(value, bool) else value
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    out = recalc([edited])[0]

    expected = {"Base_": base.replace(CHANGES["Base_"]), "Scen_": sc.replace(CHANGES["Scen_"])}
    results = {k: evaluate(v) for k, v in expected.items()}
    wf = savings_by_measure(expected["Scen_"])
    master, lines = read_checks(out)
    assert master == "NOT COMPARABLE: inputs changed"
    compared = 0
    for ln in lines:
        prefix = "Base_" if ln["side"] == "Baseline" else "Scen_"
        res = results[prefix]
        if ln["quantity"].startswith("Waterfall"):
            continue
        # the Year column states the exported year; the i-th year column follows the inputs
        first_year = (base if prefix == "Base_" else sc)["base_year"]
        i = (
            ln["year"] - first_year
            if ln["item"]
            not in (
                "j_out",
                "j_in",
                "g0",
                "b_eff0",
                "p_acc0",
                "t_step0",
                "u_mem0",
                "u_cmp0",
                "regime0",
                "fits",
                "l_j_out",
                "t_kwh",
                "t_hours",
                "t_co2",
                "t_flops",
            )
            else 0
        )
        want = float(expected_value(res, ln["item"], i))
        assert rel_err(want, float(ln["wb"])) <= REL_TOL, (ln, want)
        compared += 1
    assert compared > 300
    # the waterfall follows too: cumulative energy after each step
    wf_lines = [ln for ln in lines if ln["quantity"].startswith("Waterfall")]
    value = wf.start
    steps = dict(zip(wf.ids, wf.steps, strict=True))
    assert rel_err(value, float(wf_lines[0]["wb"])) <= REL_TOL
    for m, ln in zip(measures(), wf_lines[1:-1], strict=True):
        value += steps.get(m.id, 0.0)
        assert rel_err(value, float(ln["wb"])) <= REL_TOL, (m.id, ln, value)
    assert rel_err(wf.end, float(wf_lines[-1]["wb"])) <= REL_TOL
    # the year columns follow a new base year (same number of years)
    book = openpyxl.load_workbook(out, data_only=True, read_only=True)
    try:
        row4 = next(book["Calc"].iter_rows(min_row=4, max_row=4, values_only=True))
    finally:
        book.close()
    heads = [c for c in row4 if c]
    assert [int(y) for y in heads[3:9]] == list(range(2026, 2032))


def test_hostile_names_stay_text_after_recalculation(tmp_path, recalc):
    evil = '=HYPERLINK("http://evil.example","click")'
    sc = load_preset().replace(name=evil, notes="+1+2 @SUM(A1) -3 =1+1")
    base = load_preset().replace(name="-2+3", notes="@cmd")
    path = tmp_path / "hostile.xlsx"
    export_workbook(sc, base, path)
    out = recalc([path])[0]
    wb = openpyxl.load_workbook(out, data_only=True, read_only=True)
    readme = {r[0]: r[1] for r in wb["README"].iter_rows(min_row=4, max_row=12, values_only=True)}
    master = wb["Checks"]["C4"].value
    wb.close()
    assert readme["Scenario"] == evil
    assert readme["Scenario notes"] == "+1+2 @SUM(A1) -3 =1+1"
    assert readme["Baseline"] == "-2+3"
    assert readme["Baseline notes"] == "@cmd"
    assert master == "PASS"
