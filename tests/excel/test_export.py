"""Structure, safety and error handling of the Excel export (no spreadsheet engine needed)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import openpyxl
import pytest

from wattif.core import WattIfError, load_preset, params
from wattif.core.cli import main as cli_main
from wattif.core.excel import export_workbook

SHEETS = [
    "README",
    "Summary",
    "Inputs",
    "Calc",
    "Results",
    "Measures",
    "Hardware",
    "Models",
    "Sources",
    "Checks",
]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("book") / "wattif.xlsx"
    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    export_workbook(sc, load_preset(), path)
    return openpyxl.load_workbook(path)


def input_cell(wb, name):
    sheet, coord = next(iter(wb.defined_names[name].destinations))
    return wb[sheet][coord]


def test_sheets_in_order(book):
    assert book.sheetnames == SHEETS


def test_every_parameter_is_a_named_blue_validated_input(book):
    ws = book["Inputs"]
    validated = set()
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row in range(rng.min_row, rng.max_row + 1):
                for col in range(rng.min_col, rng.max_col + 1):
                    validated.add((row, col))
    for p in params.registry().values():
        for prefix in ("Base_", "Scen_"):
            cell = input_cell(book, prefix + p.key)
            assert cell.parent.title == "Inputs"
            assert cell.font.color.rgb.endswith("0033CC"), p.key
            assert cell.fill.fgColor.rgb.endswith("E8F0FC"), p.key
            assert not str(cell.value).startswith("="), p.key  # a value, not a formula
            assert (cell.row, cell.column) in validated, p.key
        assert ws.cell(row=cell.row, column=1).value == p.key


def test_validation_ranges_follow_the_declarations(book):
    ws = book["Inputs"]
    by_cell = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_cell[(rng.min_row, rng.min_col)] = dv
    pue = input_cell(book, "Scen_pue")
    dv = by_cell[(pue.row, 3)]
    assert (dv.type, float(dv.formula1), float(dv.formula2)) == ("decimal", 1.0, 3.0)
    hw = input_cell(book, "Scen_hardware")
    assert by_cell[(hw.row, 3)].type == "list"
    assert "h100" in by_cell[(hw.row, 3)].formula1
    on = input_cell(book, "Scen_m_quantise_on")
    assert on.value == 1 and by_cell[(on.row, 3)].type == "whole"


def test_calc_formulas_are_the_same_across_year_columns(book):
    ws = book["Calc"]
    checked = 0
    for row in ws.iter_rows(min_row=6, min_col=4, max_col=9):
        values = [c.value for c in row]
        if not all(isinstance(v, str) and v.startswith("=") for v in values):
            continue
        letters = [c.column_letter for c in row]
        normal = {
            re.sub(rf"(?<![A-Za-z_$0-9]){col}(?=\d)", "#", v)
            for v, col in zip(values, letters, strict=True)
        }
        assert len(normal) == 1, (row[0].coordinate, values)
        checked += 1
    assert checked > 300


def test_native_charts_and_print_setup(book):
    summary, measures = book["Summary"], book["Measures"]
    # openpyxl does not read charts back: check the file's drawing parts instead
    assert summary.freeze_panes is None or summary.freeze_panes
    for name in SHEETS:
        ws = book[name]
        assert ws.page_setup.orientation == ("portrait" if name == "README" else "landscape")
        assert ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    for name in (
        "Inputs",
        "Calc",
        "Results",
        "Checks",
        "Hardware",
        "Models",
        "Sources",
        "Measures",
    ):
        assert book[name].freeze_panes, name
    del measures


def test_charts_are_native_objects(tmp_path):
    import zipfile

    path = tmp_path / "c.xlsx"
    export_workbook(load_preset(), load_preset(), path)
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(z.read(n).decode() for n in charts)
        media = [n for n in z.namelist() if n.startswith("xl/media/")]
    assert len(charts) == 4  # energy, breakdown, waterfall on Summary; waterfall on Measures
    assert "<scatterChart>" in xml and xml.count("<barChart>") == 3
    assert xml.count('<grouping val="stacked"') == 3
    assert not media  # no pictures


HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    '=HYPERLINK("http://evil.example","x")',
    "Ünïcødé 名前 🚀 עברית " * 20,
    "ctrl\x00\x01\x07chars\x1f and a lone surrogate \ud800 here",
    "x" * 40000,
    "Sheet'/\\?*[]:name&&&",
]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_and_notes_are_text(name, tmp_path):
    sc = load_preset().replace(name=name, notes=name)
    path = tmp_path / "h.xlsx"
    export_workbook(sc, load_preset().replace(name=name[::-1]), path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.data_type == "f":
                    # formulas are ours: they never contain user text
                    assert name[:20] not in c.value
    readme = {r[0].value: r[1] for r in wb["README"].iter_rows(min_row=4, max_row=12)}
    cell = readme["Scenario"]
    assert cell.data_type == "s"
    assert "\x00" not in cell.value and "\ud800" not in cell.value
    assert len(cell.value) <= 32767
    if name[0] in "=+-@":
        assert cell.value == name and cell.quotePrefix


def test_defined_names_are_sanitised():
    from wattif.core._xlsx_book import defined_name

    taken: set[str] = set()
    got = [
        defined_name(raw, taken)
        for raw in ("Scen_pue", "A1", "R1C1", "1abc", "ä ö-ü", "Scen_pue", "x" * 300, "")
    ]
    for n in got:
        assert n[0].isalpha() and len(n) <= 210
        assert all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in n)
    assert got[1] != "A1" and got[2] != "R1C1"
    assert len({n.lower() for n in got}) == len(got)


def test_progress_is_reported_in_order(tmp_path):
    seen = []
    export_workbook(
        load_preset(), load_preset(), tmp_path / "p.xlsx", progress=lambda f, m: seen.append((f, m))
    )
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in seen)


def test_batch_scenarios_are_rejected(tmp_path):
    import numpy as np

    batch = load_preset().replace(pue=np.array([1.1, 1.2]))
    with pytest.raises(WattIfError, match="batch"):
        export_workbook(batch, load_preset(), tmp_path / "b.xlsx")


# ----------------------------------------------------------------------------- bad paths


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_missing_folder_names_the_path(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "out.xlsx"
    with pytest.raises(WattIfError) as exc:
        export_workbook(load_preset(), load_preset(), target)
    assert str(target) in str(exc.value) and "does not exist" in str(exc.value)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(WattIfError, match="is a folder"):
        export_workbook(load_preset(), load_preset(), tmp_path)


def test_locked_file_keeps_the_old_one_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old contents")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WattIfError) as exc:
        export_workbook(load_preset(), load_preset(), target)
    msg = str(exc.value)
    assert str(target) in msg and "open in another program" in msg
    assert target.read_bytes() == b"old contents"
    assert leftovers(tmp_path) == []


def test_full_disk_leaves_no_half_written_file(tmp_path, disk_full):
    target = tmp_path / "report.xlsx"
    with pytest.raises(WattIfError) as exc:
        export_workbook(load_preset(), load_preset(), target)
    assert str(target) in str(exc.value) and "No space left" in str(exc.value)
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_unwritable_folder(tmp_path, monkeypatch):
    import tempfile

    def denied(*a, **kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    target = tmp_path / "out.xlsx"
    with pytest.raises(WattIfError) as exc:
        export_workbook(load_preset(), load_preset(), target)
    assert str(target) in str(exc.value) and "permission" in str(exc.value).lower()
    assert not target.exists()


# ----------------------------------------------------------------------------- entry points


def test_command_line_export(tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    code = cli_main(
        [
            "export",
            "--preset",
            "deepseek_reasoning",
            "--set",
            "pue=1.3",
            "--baseline",
            "epoch_gpt4o",
            "-o",
            str(out),
        ]
    )
    assert code == 0 and out.exists()
    wb = openpyxl.load_workbook(out)
    assert input_cell(wb, "Scen_pue").value == 1.3
    assert input_cell(wb, "Base_total_params_b").value == 100.0


def test_command_line_bad_path_is_one_line(tmp_path, capsys):
    code = cli_main(["export", "-o", str(tmp_path / "missing" / "x.xlsx")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_openpyxl_loads_only_when_exporting(modules_loaded_by):
    code = "import wattif.core, wattif.core.excel, wattif.core.cli"
    assert modules_loaded_by(code, "openpyxl", "pandas") == []
