"""The analyses on the command line: uncertainty, tornado, goal seek, compare (a stable interface).

Expected values are not copied from the code: each test checks a property a user relies on
(bands ordered and containing the scenario, the tornado sorted and consistent with `run`, the
goal-seek answer reproducing its target through `run`, compare agreeing with `run`).
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest

from wattif.core import load_preset
from wattif.core.cli import main


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def run_json(*sets: str) -> dict:
    args = ["run", "--json"]
    for s in sets:
        args += ["--set", s]
    code, out, _ = cli(*args)
    assert code == 0
    return json.loads(out)


def test_uncertainty_bands_are_ordered_and_reproducible():
    code, out, _ = cli("uncertainty", "--samples", "300", "--seed", "3", "--json")
    assert code == 0
    doc = json.loads(out)
    run = run_json()
    assert doc["years"] == run["years"]
    for metric in ("energy_kwh", "per_query_wh", "co2e_t", "water_m3", "cost_eur"):
        b = doc[metric]
        for i in range(len(doc["years"])):
            assert b["p5"][i] <= b["p25"][i] <= b["p50"][i] <= b["p75"][i] <= b["p95"][i]
    # the scenario itself lies inside its P5-P95 band
    for i, e in enumerate(run["energy_kwh_by_year"]["total"]):
        assert doc["energy_kwh"]["p5"][i] <= e <= doc["energy_kwh"]["p95"][i]
    assert json.loads(cli("uncertainty", "--samples", "300", "--seed", "3", "--json")[1]) == doc


def test_pinning_an_input_narrows_the_band():
    free = json.loads(cli("uncertainty", "--samples", "400", "--json")[1])["energy_kwh"]
    pinned = json.loads(
        cli("uncertainty", "--samples", "400", "--json", "--pin", "queries_per_day")[1]
    )["energy_kwh"]
    width = lambda b: b["p95"][0] / b["p5"][0]  # noqa: E731
    assert width(pinned) < width(free)


def test_tornado_rows_sorted_and_consistent_with_run():
    code, out, _ = cli("tornado", "--metric", "per_query_wh", "--year", "2025", "--json")
    assert code == 0
    doc = json.loads(out)
    swings = [r["swing"] for r in doc["rows"]]
    assert swings == sorted(swings, reverse=True) and len(swings) > 10
    top = doc["rows"][0]
    again = run_json(f"{top['key']}={top['high_value']!r}")
    assert again["per_query_wh"]["total"] == pytest.approx(top["high_result"], rel=1e-12)
    assert doc["base"] == pytest.approx(run_json()["per_query_wh"]["total"], rel=1e-12)


def test_goal_seek_answer_reaches_the_target_through_run():
    target = 400e6  # kWh in the horizon year
    code, out, _ = cli("goal-seek", "--vary", "demand_growth", "--target", str(target), "--json")
    assert code == 0
    doc = json.loads(out)
    again = run_json(f"demand_growth={doc['value']!r}")
    assert again["energy_kwh_by_year"]["total"][-1] == pytest.approx(target, rel=1e-3)


def test_goal_seek_unreachable_exits_2_with_the_closest_value():
    code, out, err = cli("goal-seek", "--vary", "pue", "--target", "1", "--json")
    assert code == 2 and out == ""
    assert "not reachable" in err and "closest" in err and "\n" == err[-1] and err.count("\n") == 1


def test_compare_gives_what_run_gives():
    code, out, _ = cli("compare", "chatgpt_2025", "google_gemini_2025", "--json")
    assert code == 0
    docs = json.loads(out)["scenarios"]
    assert len(docs) == 2
    code, out, _ = cli("run", "--preset", "google_gemini_2025", "--json")
    alone = json.loads(out)
    assert docs[1]["per_query_wh"]["total"] == pytest.approx(
        alone["per_query_wh"]["total"], rel=1e-12
    )
    assert docs[1]["energy_kwh_by_year"]["total"] == pytest.approx(
        alone["energy_kwh_by_year"]["total"], rel=1e-12
    )


def test_bad_metric_and_year_are_one_line():
    for args in (("tornado", "--metric", "nope"), ("tornado", "--year", "1999")):
        code, _, err = cli(*args)
        assert code == 2 and err.count("\n") == 1


def test_export_writes_compared_scenarios_and_defaults_to_the_scenarios_own_baseline(tmp_path):
    """`export --compare` adds the Scenarios sheet; without --baseline the baseline is the
    scenario itself with its measures off (issue 8: no −99.9 % against another preset)."""
    import zipfile

    out = tmp_path / "options.xlsx"
    code = main(
        [
            "export",
            "--preset",
            "company_rollout",
            "--set",
            "m_serving_on=true",
            "--compare",
            "deepseek_reasoning",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    with zipfile.ZipFile(out) as z:
        book = z.read("xl/workbook.xml").decode()
        strings = z.read("xl/sharedStrings.xml").decode()
    assert 'name="Scenarios"' in book
    base_name = load_preset("company_rollout").name
    assert f"Baseline: {base_name}" in strings
