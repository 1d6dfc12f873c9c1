"""Results by year and component as a table and CSV file: what a spreadsheet user gets."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import numpy as np
import pytest

from wattif.core import COMPONENTS, WattIfError, evaluate, load_preset
from wattif.core.cli import main
from wattif.core.results_table import (
    results_columns,
    results_csv,
    results_table,
    table_text,
    write_results_csv,
)


@pytest.fixture(scope="module")
def results():
    return evaluate(load_preset())


def parse(text: str) -> tuple[list[str], list[list[str]]]:
    head, *rows = list(csv.reader(io.StringIO(text)))
    return head, rows


def column(head, rows, name) -> np.ndarray:
    return np.array([float(r[head.index(name)]) for r in rows])


def test_one_row_per_year_and_a_column_per_component(results):
    head, rows = parse(results_csv(results))
    assert head[0] == "year"
    assert [int(r[0]) for r in rows] == [int(y) for y in results.years]
    for i, comp in enumerate(COMPONENTS):
        np.testing.assert_array_equal(
            column(head, rows, f"energy_{comp} [kWh]"), results.energy_kwh[:, i]
        )
        np.testing.assert_array_equal(
            column(head, rows, f"per_query_{comp} [Wh]"), results.per_query_wh[:, i]
        )
    total = column(head, rows, "energy_total [kWh]")
    np.testing.assert_array_equal(total, results.energy_total_kwh)
    parts = sum(column(head, rows, f"energy_{c} [kWh]") for c in COMPONENTS)
    np.testing.assert_allclose(parts, total, rtol=1e-12)


def test_every_header_names_its_unit(results):
    head, _ = results_table(results)
    units = dict(results_columns())
    assert units["co2e"] == "t CO2e" and units["water"] == "m3" and units["cost"] == "EUR"
    assert units["power_provisioned"] == "MW" and units["queries"] == "queries/yr"
    counts = {"accelerators", "servers", "racks", "households"}
    for name, unit in results_columns():
        assert bool(unit) != (name in counts), name
    assert "co2e [t CO2e]" in head and "accelerators" in head


def test_numbers_round_trip_exactly(results):
    head, rows = parse(results_csv(results))
    for name, attr in (
        ("co2e [t CO2e]", "co2e_t"),
        ("water [m3]", "water_m3"),
        ("cost [EUR]", "cost_eur"),
        ("power_average [MW]", "power_avg_mw"),
        ("queries [queries/yr]", "queries_per_year"),
    ):
        np.testing.assert_array_equal(column(head, rows, name), getattr(results, attr))


def test_a_batch_of_samples_is_refused():
    batch = evaluate(load_preset().replace({"demand_growth": np.array([0.1, 0.2])}))
    with pytest.raises(WattIfError, match="one scenario"):
        results_table(batch)


def test_table_text_quotes_and_decimal_mark():
    text = table_text(["name", "value [Wh]"], [["a, b", 0.25], ['say "hi"', 2.0], ["x", np.nan]])
    assert text.splitlines() == ["name,value [Wh]", '"a, b",0.25', '"say ""hi""",2', "x,"]
    assert text.endswith("\r\n")
    tsv = table_text(["v"], [[0.25]], delimiter="\t", decimal=",")
    assert tsv.splitlines()[1] == "0,25"
    with pytest.raises(WattIfError):
        table_text(["v"], [[0.25]], delimiter=",", decimal=",")


def test_written_file_has_a_byte_order_mark_and_refuses_a_read_only_file(results, tmp_path):
    target = tmp_path / "r.csv"
    write_results_csv(results, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == results_csv(results)
    target.chmod(0o444)
    with pytest.raises(WattIfError, match="read-only") as err:
        write_results_csv(results, target)
    assert "\n" not in str(err.value)
    with pytest.raises(WattIfError, match="does not exist"):
        write_results_csv(results, tmp_path / "missing" / "r.csv")


# ----------------------------------------------------------------------------- wattif-cli run --csv


def test_run_csv_prints_the_table():
    out = subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", "run", "--csv"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    head, rows = parse(out.stdout)
    r = evaluate(load_preset())
    assert head == results_table(r)[0]
    np.testing.assert_array_equal(column(head, rows, "energy_total [kWh]"), r.energy_total_kwh)


def test_run_csv_writes_a_file(tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["run", "--csv", "--set", "demand_growth=0.3", "-o", str(target)]) == 0
    assert f"Wrote {target}" in capsys.readouterr().out
    head, rows = parse(target.read_text(encoding="utf-8-sig"))
    expected = evaluate(load_preset().replace({"demand_growth": 0.3}))
    np.testing.assert_array_equal(column(head, rows, "co2e [t CO2e]"), expected.co2e_t)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["run", "--json", "--csv"], "not allowed with"),
        (["run", "-o", "x.csv"], "--csv"),
    ],
)
def test_run_csv_bad_arguments_exit_2_with_one_line(args, says, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and "\n" not in err
