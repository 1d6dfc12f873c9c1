"""The command line as a user runs it: subprocesses, exit codes, JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wattif.core import evaluate, load_preset, params


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", *args], capture_output=True, text=True, timeout=60
    )


REQUIRED_KEYS = {
    "per_query_wh",
    "accelerator_j_per_output_token",
    "accelerator_j_per_input_token",
    "accelerators_per_replica",
    "years",
    "energy_kwh_by_year",
    "co2e_t_by_year",
    "water_m3_by_year",
    "cost_eur_by_year",
    "accelerators_by_year",
    "power_mw_by_year",
    "households_by_year",
    "training",
}


def test_run_json_has_the_documented_keys_and_matches_the_library():
    out = cli("run", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert REQUIRED_KEYS <= set(doc)
    assert {"energy_kwh", "accelerator_hours", "co2e_t"} <= set(doc["training"])
    assert "total" in doc["per_query_wh"] and "total" in doc["energy_kwh_by_year"]
    r = evaluate(load_preset())
    assert doc["per_query_wh"]["total"] == pytest.approx(r.per_query_total_wh[0], rel=1e-12)
    assert doc["energy_kwh_by_year"]["total"] == pytest.approx(list(r.energy_total_kwh), rel=1e-12)
    assert doc["years"] == list(range(2025, 2031))


def test_set_changes_the_result_in_the_right_direction():
    lo = json.loads(cli("run", "--json").stdout)
    hi = json.loads(cli("run", "--json", "--set", "queries_per_day=5e9", "--set", "pue=1.5").stdout)
    assert hi["energy_kwh_by_year"]["total"][0] > lo["energy_kwh_by_year"]["total"][0]
    assert hi["per_query_wh"]["facility"] > lo["per_query_wh"]["facility"]


def test_preset_and_scenario_file(tmp_path):
    out = cli("run", "--json", "--preset", "devries_2023")
    assert json.loads(out.stdout)["years"][0] == 2023
    path = tmp_path / "s.json"
    path.write_text(load_preset("epoch_gpt4o").to_json(), encoding="utf-8")
    via_file = json.loads(cli("run", "--json", "--scenario", str(path)).stdout)
    via_preset = json.loads(cli("run", "--json", "--preset", "epoch_gpt4o").stdout)
    assert via_file["per_query_wh"] == via_preset["per_query_wh"]


def test_human_readable_run_prints_a_table():
    out = cli("run", "--preset", "company_rollout")
    assert out.returncode == 0
    assert "Energy per query" in out.stdout and "2030" in out.stdout


@pytest.mark.parametrize(
    "args,fragment",
    [
        (("run", "--set", "pue=9"), "pue: 9 is out of range; allowed 1 to 3"),
        (("run", "--set", "nope=1"), "unknown parameter 'nope'"),
        (("run", "--set", "pue"), "--set expects KEY=VALUE"),
        (("run", "--set", "hardware=tpu9"), "hardware: 'tpu9' is not allowed"),
        (("run", "--preset", "nope"), "unknown preset 'nope'"),
        (("run", "--scenario", "/no/such/file.json"), "file not found"),
        (("run", "--preset", "chatgpt_2025", "--scenario", "x.json"), "not both"),
        (("frobnicate",), "invalid choice"),
        (("export",), "required"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, fragment):
    out = cli(*args)
    assert out.returncode == 2
    assert fragment in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_listings():
    plist = json.loads(cli("params", "--json").stdout)
    assert [p["key"] for p in plist] == list(params.registry())
    assert all(p["label_de"] and p["source"] for p in plist)
    hw = json.loads(cli("hardware", "--json").stdout)
    ids = {h["id"] for h in hw}
    assert {
        "v100",
        "a100",
        "h100",
        "h200",
        "b200",
        "gb200",
        "mi300x",
        "cpu_2s",
        "npu_laptop",
    } <= ids
    presets = json.loads(cli("presets", "--json").stdout)
    assert [p["name"] for p in presets if p["default"]] == ["chatgpt_2025"]
    assert all(p["title"] for p in presets)
    for cmd in ("params", "hardware", "presets"):
        assert cli(cmd).returncode == 0


def test_user_can_add_hardware_in_a_file(tmp_path):
    """A consultant adds an accelerator in <user dir>/hardware.csv, no code touched."""
    import os

    header = (
        "id,name,kind,year,memory_gb,bandwidth_tb_s,tflops_16,tflops_8,tflops_4,tdp_w,"
        "host_w,per_server,rack_kw,source,notes\n"
    )
    (tmp_path / "hardware.csv").write_text(
        header + "myacc,My accelerator,gpu,2026,288,12,5000,10000,20000,1400,700,8,120,"
        "wattif-assumption,test entry\n",
        encoding="utf-8",
    )
    env = dict(os.environ, WATTIF_USER_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", "run", "--json", "--set", "hardware=myacc"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["accelerators_per_replica"] >= 1
    (tmp_path / "hardware.csv").write_text(header + "bad,Bad,gpu,x,,,,,,,,,,,\n")
    out = subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", "hardware"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    # a bad row is left out with a warning naming file, line and column; the rest still works
    assert out.returncode == 0, out.stderr
    assert "hardware.csv, line 2, column 4 (year)" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert "h100" in out.stdout


def test_docs_parameter_reference_is_current():
    """docs/parameters.md is generated from the declarations; regenerate it when they change:
    ``wattif-cli params --markdown > docs/parameters.md``."""
    from pathlib import Path

    from wattif.core.cli import params_markdown

    doc = Path(__file__).resolve().parents[2] / "docs" / "parameters.md"
    assert doc.read_text(encoding="utf-8") == params_markdown()


def test_every_cited_source_exists():
    from wattif.core import data

    known = set(data.sources())
    for p in params.registry().values():
        assert p.source, p.key
        assert set(p.source) <= known, (p.key, set(p.source) - known)
    for hw in data.hardware_catalogue().values():
        assert set(hw.source.split(";")) <= known, hw.id
    for row in data.calibration():
        assert {s.strip() for s in row["source"].split(";")} <= known, row["id"]


def test_every_unit_has_a_german_name():
    from wattif.core import data

    german = data.unit_names()["de"]
    for p in params.registry().values():
        if p.unit:
            assert p.unit in german, p.unit
            assert p.unit_label("de") == german[p.unit]
            assert p.unit_label("en") == p.unit


def test_user_model_catalogue_extends_the_shipped_one(tmp_path):
    """A consultant adds a model in <user dir>/models.csv (same columns), no code touched; a
    malformed row is one line naming the file's line, never a traceback."""
    import os

    from wattif.core import data

    header = data._read_text("models.csv").splitlines()[0] + "\n"
    assert header.startswith("id,name,family,")
    row = (
        "acme/Dense-20B,Acme Dense 20B,acme-20b,20,20,40,40,163840,8,GQA,819200,5120,"
        "0,0,0,0,0,wattif-assumption,test entry\n"
    )
    (tmp_path / "models.csv").write_text(header + row, encoding="utf-8")
    env = dict(os.environ, WATTIF_USER_DIR=str(tmp_path))

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "wattif.core.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    out = cli("run", "--json", "--set", "model=acme/Dense-20B")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["accelerator_j_per_output_token"] > 0
    assert "acme/Dense-20B" in cli("models").stdout
    (tmp_path / "models.csv").write_text(header + "acme/Bad,Bad,x,5,50,1,1,0,0\n")
    out = cli("models")
    assert out.returncode == 0 and "models.csv, line 2" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
