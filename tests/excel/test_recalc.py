"""The exported workbook recomputes WattIf's numbers in a real spreadsheet engine (LibreOffice).

Every test here uses the ``soffice`` fixture: it skips on a laptop without LibreOffice and fails
in CI. Workbooks are exported first and converted together: one soffice call for the exported
cases, one for the client's edits.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from wattif.core import COMPONENTS, Scenario, evaluate, load_preset, params, preset_info
from wattif.core._xlsx_book import KPIS
from wattif.core.analyses import savings_by_measure
from wattif.core.excel import export_workbook
from wattif.core.measures import measures

from .xlsx_files import defined_names, name_cell, patch_cells, read_book, stored_value_mismatches

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


def cases() -> list[tuple[str, Scenario, Scenario, str]]:
    default = load_preset()
    out = [(f"preset-{n}", load_preset(n), default, "en") for n in PRESETS]
    out.append(("all-measures", all_measures_on(default), default, "en"))
    out.append(
        (
            "all-measures-backfire",
            all_measures_on(load_preset("company_rollout")).replace(
                rebound_elasticity=1.6, measure_ramp_years=0.0
            ),
            load_preset("devries_2023"),
            "en",
        )
    )
    rng = np.random.default_rng(20261122)
    for i in range(2):
        out.append((f"random-{i}", random_scenario(rng, i), random_scenario(rng, 100 + i), "en"))
    # a German workbook: the same formulas, so the same numbers (test_language.py compares the
    # two languages cell by cell without a spreadsheet engine)
    out.append(("de-gpt4-training", load_preset("gpt4_training"), default, "de"))
    return out


CASES = cases()


@pytest.fixture(scope="session")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exported")
    paths = []
    for cid, sc, base, lang in CASES:
        path = folder / f"{cid}.xlsx"
        export_workbook(sc, base, path, lang=lang)
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- reading Checks


def _rows(ref: str) -> tuple[str, int, int]:
    sheet, cells = ref.rsplit("!", 1)
    a, b = (int(x) for x in re.findall(r"\$(\d+)", cells))
    return sheet.strip("'"), a, b


def read_checks(path: Path, cells=None) -> dict:
    """The Checks sheet: master, and the lines of its three parts as dicts."""
    cells = cells or read_book(path)
    names = defined_names(path)
    out = {}
    cols = {
        "internal": ("part", "check", "value", None, None, None, None, "result", "names"),
        "inputs": ("side", "label", "key", None, "exported", "now", "changed", "problem", "note"),
        "agreement": ("side", "quantity", "year", "unit", "app", "wb", "rel", "result", "item"),
    }
    for part, fields in cols.items():
        sheet, a, b = _rows(names[f"Checks_{part}"])
        lines = []
        for r in range(a, b + 1):
            line = {}
            for j, field in enumerate(fields):
                if field:
                    line[field] = cells[sheet].get(f"{'ABCDEFGHI'[j]}{r}", (None, None))[1]
            lines.append(line)
        out[part] = lines
    out["master"] = cells[sheet]["C4"][1]
    out["counts"] = [cells[sheet][f"C{r}"][1] for r in range(5, 9)]
    return out


def rel_err(a: float, b: float) -> float:
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


PASS = {"en": "PASS", "de": "OK"}


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_checks_pass_after_libreoffice_recalculation(index, exported, recalc):
    out = recalc(exported)[index]
    lang = CASES[index][3]
    checks = read_checks(out)
    assert checks["master"] == PASS[lang], checks["master"]
    assert all(ln["result"] == PASS[lang] for ln in checks["internal"]), checks["internal"]
    assert not [ln for ln in checks["inputs"] if ln["changed"] or ln["problem"]]
    lines = checks["agreement"]
    assert len(lines) > 100
    failed = [ln for ln in lines if ln["result"] != PASS[lang]]
    assert not failed, failed[:5]
    for ln in lines:  # re-check independently of the workbook's own comparison
        assert isinstance(ln["wb"], float), ln
        assert rel_err(float(ln["app"]), float(ln["wb"])) <= REL_TOL, ln


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_every_stored_value_is_the_recalculated_one(index, exported, recalc):
    """What a viewer that does not recalculate shows is what Excel shows after recalculating."""
    out = recalc(exported)[index]
    n, bad = stored_value_mismatches(exported[index], out, REL_TOL)
    assert n > 40_000
    assert not bad, bad[:10]


# ----------------------------------------------------------------------------- a client's edits


EXPORTED = load_preset().replace(
    name="Edited by a client",
    m_quantise_on=True,
    m_serving_on=True,
    include_training=True,
)
BASELINE = load_preset("google_gemini_2025")


def _summary_rows() -> dict[str, int]:
    return {item: 7 + i for i, (_label, item, _nf, _mult) in enumerate(KPIS)}


def _edits(path: Path) -> dict[str, dict]:
    """Edits as a client makes them: {edit id: {sheet: {cell: value}}}."""

    def at(name: str) -> tuple[str, str]:
        return name_cell(path, name)

    def one(name: str, value) -> dict:
        sheet, ref = at(name)
        return {sheet: {ref: value}}

    cells = read_book(path)
    hw = "Hardware"
    h100 = next(r for r, (_f, v) in cells[hw].items() if r.startswith("A") and v == "h100")
    h100_row = int(h100[1:])
    tdp_col = next(r[0] for r, (_f, v) in cells[hw].items() if r.endswith("4") and v == "TDP [W]")
    spare = max(int(r[1:]) for r, (_f, v) in cells[hw].items() if r.startswith("A") and v) + 1
    new_row = {f"A{spare}": "my_gpu"}
    for col in "EFGHIJKLM":  # the figures of the h100 row, under a new id
        new_row[f"{col}{spare}"] = cells[hw][f"{col}{h100_row}"][1]
    sheet, ref = at("Scen_hardware")
    q_sheet, q_ref = at("Scen_queries_per_day")
    return {
        "base-year": one("Scen_base_year", 2027),
        "horizon-year": one("Scen_horizon_year", 2040),
        "tdp": {hw: {f"{tdp_col}{h100_row}": 1000.0}},
        "new-hardware": {hw: new_row, sheet: {ref: "my_gpu"}},
        "queries-x2": one("Scen_queries_per_day", 2 * EXPORTED["queries_per_day"]),
        "unknown-hardware": one("Scen_hardware", "h999"),
        "out-of-range": one("Scen_pue", 5.0),
    }


@pytest.fixture(scope="session")
def edited(tmp_path_factory, recalc_session):
    folder = tmp_path_factory.mktemp("edited")
    path = folder / "exported.xlsx"
    export_workbook(EXPORTED, BASELINE, path)
    edits = _edits(path)
    paths = {k: patch_cells(path, folder / f"{k}.xlsx", v) for k, v in edits.items()}
    # the big edit of both sides (every kind of input), and hostile names
    big = folder / "many-inputs.xlsx"
    export_workbook(load_preset(), load_preset("google_gemini_2025"), big)
    changes: dict = {}
    for prefix, values in CHANGES.items():
        for key, value in values.items():
            sheet, ref = name_cell(big, prefix + key)
            changes.setdefault(sheet, {})[ref] = value
    paths["many-inputs"] = patch_cells(big, folder / "many-inputs-edited.xlsx", changes)
    hostile = folder / "hostile.xlsx"
    export_workbook(
        load_preset().replace(name=HOSTILE_NAME, notes="+1+2 @SUM(A1) -3 =1+1"),
        load_preset().replace(name="-2+3", notes="@cmd"),
        hostile,
    )
    paths["hostile"] = hostile
    keys = list(paths)
    outs = recalc_session([paths[k] for k in keys])
    return {k: (paths[k], o) for k, o in zip(keys, outs, strict=True)}


def _kpis(cells, sheet="Summary") -> dict[str, tuple[float, float, float, float]]:
    """Summary key figures: item -> (baseline base year, scenario base year, baseline
    horizon, scenario horizon)."""
    out = {}
    for item, r in _summary_rows().items():
        out[item] = tuple(cells[sheet][f"{c}{r}"][1] for c in "BCEF")
    return out


def _assert_sound(out: Path, changed: int):
    checks = read_checks(out)
    assert all(ln["result"] == "PASS" for ln in checks["internal"]), checks["internal"]
    assert checks["counts"][1] == 0, [ln for ln in checks["inputs"] if ln["problem"]]
    assert checks["counts"][2] == changed, [ln for ln in checks["inputs"] if ln["changed"]]
    assert checks["master"] == f"OK — inputs changed since export: {changed}"
    assert all(ln["result"] == "–" for ln in checks["agreement"])  # not compared, not failed
    return checks


def _assert_summary_follows(out: Path, scenario: Scenario) -> None:
    cells = read_book(out)
    r, b = evaluate(scenario), evaluate(BASELINE)
    kpis = _kpis(cells)
    for item, want in (
        ("en_total", (b.energy_total_kwh, r.energy_total_kwh)),
        ("co2", (b.co2e_t, r.co2e_t)),
        ("queries", (b.queries_per_year, r.queries_per_year)),
    ):
        got = kpis[item]
        assert rel_err(got[0], want[0][0]) <= REL_TOL, item
        assert rel_err(got[1], want[1][0]) <= REL_TOL, item
        assert rel_err(got[2], want[0][-1]) <= REL_TOL, item
        assert rel_err(got[3], want[1][-1]) <= REL_TOL, item
    # the waterfall follows too: the Measures sheet ends at the scenario's horizon year
    wf = savings_by_measure(scenario)
    for kwh in (wf.start, wf.end):  # shown in TWh, GWh or MWh
        assert any(
            isinstance(v, float) and rel_err(v, kwh / div) <= REL_TOL
            for _f, v in cells["Measures"].values()
            for div in (1e9, 1e6, 1e3)
        ), kwh


@pytest.mark.parametrize(
    "edit, changes",
    [
        ("base-year", {"base_year": 2027}),
        ("horizon-year", {"horizon_year": 2040}),
        ("queries-x2", {"queries_per_day": 2 * EXPORTED["queries_per_day"]}),
    ],
)
def test_an_edited_input_drives_the_summary(edit, changes, edited):
    _path, out = edited[edit]
    _assert_sound(out, 1)
    _assert_summary_follows(out, EXPORTED.replace(changes))


def test_the_horizon_drives_the_chart_data(edited):
    _path, out = edited["horizon-year"]
    cells = read_book(out)
    years = sorted(
        v
        for r, (f, v) in cells["Results"].items()
        if f and r.startswith("A") and isinstance(v, float)
    )
    assert years[-1] == 2040 and len(years) == 2 * 6 + 10  # baseline 2025-2030, scenario to 2040


def test_a_changed_tdp_is_an_input_change_not_a_failure(edited):
    path, out = edited["tdp"]
    checks = _assert_sound(out, 1)
    [line] = [ln for ln in checks["inputs"] if ln["changed"]]
    assert line["key"] == "h100"
    before, after = _kpis(read_book(path)), _kpis(read_book(out))
    assert after["en_total"][1] > before["en_total"][1]  # both sides run on h100
    assert after["en_total"][0] > before["en_total"][0]


def test_a_new_hardware_row_can_be_chosen(edited):
    path, out = edited["new-hardware"]
    checks = _assert_sound(out, 2)  # the added row and the scenario's hardware
    assert {ln["key"] for ln in checks["inputs"] if ln["changed"]} == {None, "hardware"}
    before, after = _kpis(read_book(path)), _kpis(read_book(out))
    for item in before:  # the same figures as the h100 it was copied from
        for x, y in zip(before[item], after[item], strict=True):
            assert x == y or (isinstance(x, float) and rel_err(x, y) <= REL_TOL), (item, x, y)


def test_an_unknown_hardware_id_is_named(edited):
    _path, out = edited["unknown-hardware"]
    checks = read_checks(out)
    assert checks["master"].startswith("CHECK INPUTS: 1 problem"), checks["master"]
    [line] = [ln for ln in checks["inputs"] if ln["problem"]]
    assert line["key"] == "hardware" and line["problem"] == "unknown hardware id"
    calc = [ln for ln in checks["internal"] if ln["result"] != "PASS"]
    # the error cells are named: the first line items that look the hardware up
    assert calc and "Memory per accelerator" in " ".join(str(ln["names"]) for ln in calc)


def test_an_out_of_range_input_is_named(edited):
    _path, out = edited["out-of-range"]
    checks = read_checks(out)
    assert checks["master"].startswith("CHECK INPUTS: 1 problem"), checks["master"]
    [line] = [ln for ln in checks["inputs"] if ln["problem"]]
    assert line["key"] == "pue" and line["problem"].startswith("outside the allowed range 1 – 3")
    assert all(ln["result"] == "PASS" for ln in checks["internal"])


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

SCALAR_ITEMS = (
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


def test_changed_inputs_recompute_like_the_core_model(edited):
    _path, out = edited["many-inputs"]
    base, sc = load_preset("google_gemini_2025"), load_preset()
    expected = {"Base_": base.replace(CHANGES["Base_"]), "Scen_": sc.replace(CHANGES["Scen_"])}
    results = {k: evaluate(v) for k, v in expected.items()}
    wf = savings_by_measure(expected["Scen_"])
    checks = read_checks(out)
    exported = {"Base_": base, "Scen_": sc}
    n_changed = sum(
        exported[prefix][key] != value
        for prefix, values in CHANGES.items()
        for key, value in values.items()
    )
    assert checks["master"] == f"OK — inputs changed since export: {n_changed}"
    assert all(ln["result"] == "PASS" for ln in checks["internal"]), checks["internal"]
    compared = 0
    lines = checks["agreement"]
    for ln in lines:
        prefix = "Base_" if ln["side"] == "Baseline" else "Scen_"
        if ln["quantity"].startswith("Waterfall"):
            continue
        # the Year column states the exported year; the i-th year column follows the inputs
        first_year = (base if prefix == "Base_" else sc)["base_year"]
        i = int(ln["year"]) - first_year if ln["item"] not in SCALAR_ITEMS else 0
        want = float(expected_value(results[prefix], ln["item"], i))
        assert rel_err(want, float(ln["wb"])) <= REL_TOL, (ln, want)
        compared += 1
    assert compared > 300
    wf_lines = [ln for ln in lines if ln["quantity"].startswith("Waterfall")]
    value = wf.start
    steps = dict(zip(wf.ids, wf.steps, strict=True))
    assert rel_err(value, float(wf_lines[0]["wb"])) <= REL_TOL
    for m, ln in zip(measures(), wf_lines[1:-1], strict=True):
        value += steps.get(m.id, 0.0)
        assert rel_err(value, float(ln["wb"])) <= REL_TOL, (m.id, ln, value)
    assert rel_err(wf.end, float(wf_lines[-1]["wb"])) <= REL_TOL
    # the year columns follow a new base year
    calc = read_book(out)["Calc"]
    assert [int(calc[f"{c}4"][1]) for c in "DEFGHI"] == list(range(2026, 2032))


HOSTILE_NAME = '=HYPERLINK("http://evil.example","click")'


def test_hostile_names_stay_text_after_recalculation(edited):
    _path, out = edited["hostile"]
    cells = read_book(out)
    readme = {
        cells["README"].get(f"A{r}", (None, None))[1]: cells["README"].get(f"B{r}", (None, None))[1]
        for r in range(4, 12)
    }
    assert readme["Scenario"] == HOSTILE_NAME
    assert readme["Scenario notes"] == "+1+2 @SUM(A1) -3 =1+1"
    assert readme["Baseline"] == "-2+3"
    assert readme["Baseline notes"] == "@cmd"
    assert read_checks(out)["master"] == "PASS"


# ----------------------------------------------------------------- compared named scenarios


def test_compared_named_scenarios_are_living_in_libreoffice(tmp_path, recalc):
    """Issue 9: the compared named scenarios travel "all living". After LibreOffice
    recalculates, (1) every stored value is the recalculated one and the Checks pass, their
    key figures included; (2) a client who doubles Option B's queries per day and moves Option
    C's horizon to 2035 on the Scenario inputs sheet sees the Scenarios sheet give what WattIf
    computes for the edited scenarios (rel 1e-9)."""
    sc = load_preset().replace(name="Option A", m_serving_on=True)
    b = load_preset().replace(name="Option B", m_modernise_on=True)
    c = load_preset("deepseek_reasoning").replace(name="Option C")
    path = tmp_path / "compared.xlsx"
    export_workbook(sc, load_preset(), path, analyses=False, compared=[b, c])
    q_sheet, q_ref = name_cell(path, "Named1_queries_per_day")
    h_sheet, h_ref = name_cell(path, "Named2_horizon_year")
    assert q_sheet == h_sheet == "Scenario inputs"
    edit = {q_sheet: {q_ref: 2 * b["queries_per_day"], h_ref: 2035}}
    edited = patch_cells(path, tmp_path / "edited.xlsx", edit)
    out, out_edited = recalc([path, edited])

    n, bad = stored_value_mismatches(path, out, REL_TOL)
    assert n > 40_000 and not bad, bad[:10]
    checks = read_checks(out)
    assert checks["master"] == "PASS", checks["master"]
    compared_lines = [ln for ln in checks["agreement"] if ln["side"] in ("Option B", "Option C")]
    assert len(compared_lines) >= 2 * 7 * 6  # seven key figures a year, 2025-2030, each
    assert all(ln["result"] == "PASS" for ln in compared_lines), compared_lines[:3]

    cells = read_book(out_edited)["Scenarios"]
    energy_at: dict[int, int] = {}  # year -> the first "Annual energy" row (key figures)
    for r, (_f, v) in sorted(cells.items(), key=lambda kv: -int(kv[0][1:])):
        if r[0] == "A" and v == "Annual energy":
            energy_at[int(cells[f"B{r[1:]}"][1])] = int(r[1:])
    b2 = evaluate(b.replace(queries_per_day=2 * b["queries_per_day"]))
    c2 = evaluate(c.replace(horizon_year=2035))
    row = energy_at[2030]
    assert rel_err(cells[f"E{row}"][1], float(b2.energy_total_kwh[-1])) <= REL_TOL
    assert rel_err(cells[f"F{row}"][1], float(c2.energy_total_kwh[5])) <= REL_TOL
    before = float(evaluate(b).energy_total_kwh[-1])
    assert cells[f"E{row}"][1] > 1.5 * before  # the edit took effect: not the exported value
    # and the Checks sheet names the two changed inputs of the named scenarios, nothing else
    changed = {(ln["side"], ln["key"]) for ln in read_checks(out_edited)["inputs"] if ln["changed"]}
    assert changed == {("Option B", "queries_per_day"), ("Option C", "horizon_year")}
