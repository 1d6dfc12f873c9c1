"""Structure, safety and error handling of the Excel export (no spreadsheet engine needed)."""

from __future__ import annotations

import errno
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from wattif.core import WattIfError, evaluate, load_preset, params
from wattif.core.cli import main as cli_main
from wattif.core.excel import export_workbook

from .xlsx_files import defined_names, name_cell, read_book

SHEETS = [
    "README",
    "Summary",
    "Inputs",
    "Calc",
    "Results",
    "Measures",
    "Uncertainty",
    "Tornado",
    "Hardware",
    "Models",
    "Sources",
    "Checks",
]


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    path = tmp_path_factory.mktemp("book") / "wattif.xlsx"
    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    export_workbook(sc, load_preset(), path)
    return path


@pytest.fixture(scope="module")
def book(path):
    return openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def cells(path):
    return read_book(path)


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
    on = input_cell(book, "Scen_m_quantise_on")
    assert on.value == 1 and by_cell[(on.row, 3)].type == "whole"


def test_the_hardware_and_model_drop_downs_read_their_sheets(book):
    """A client adds a row on Hardware (or Models) and can choose it on Inputs."""
    ws = book["Inputs"]
    by_cell = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_cell[(rng.min_row, rng.min_col)] = dv
    for key, sheet in (("hardware", "Hardware"), ("m_modernise_hardware", "Hardware")):
        dv = by_cell[(input_cell(book, "Scen_" + key).row, 3)]
        assert dv.type == "list" and f"'{sheet}'!$A$5" in dv.formula1 and "COUNTA" in dv.formula1
    dv = by_cell[(input_cell(book, "Scen_model").row, 3)]
    assert dv.type == "list" and "'Models'!" in dv.formula1
    # the lookups reach past the catalogue into the blue rows for the client's own entries
    hw_rows = len(list(book["Hardware"].iter_rows(min_row=5, max_col=1)))
    last = int(re.search(r"\$A\$(\d+)$", book.defined_names["HW_id"].attr_text).group(1))
    assert last >= 5 + 9 + 10 and hw_rows >= last - 4


def test_every_formula_cell_stores_a_value(cells):
    """A viewer that does not recalculate (mail preview, Quick Look) shows numbers."""
    n = 0
    for sheet, sheet_cells in cells.items():
        for ref, (formula, value) in sheet_cells.items():
            if formula is None:
                continue
            n += 1
            assert value is not None, (sheet, ref, formula)
            assert value != "#NUM!", (sheet, ref, formula)
    assert n > 40_000


def test_stored_values_are_wattifs_numbers(path, cells):
    from wattif.core import evaluate

    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    r = evaluate(sc)
    summary = cells["Summary"]
    assert summary["C7"][1] == pytest.approx(r.energy_total_kwh[0], rel=1e-12)
    assert summary["F7"][1] == pytest.approx(r.energy_total_kwh[-1], rel=1e-12)
    assert cells["Checks"]["C4"][1] == "PASS"
    assert cells["README"]  # the master check is repeated there
    assert any(v == "PASS" for f, v in cells["README"].values() if f)


def test_calc_formulas_are_the_same_across_year_columns(book):
    ws = book["Calc"]
    checked = 0
    for row in ws.iter_rows(min_row=6, max_row=200, min_col=4, max_col=12):
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
    assert checked > 100


def test_print_setup(book):
    for name in SHEETS:
        ws = book[name]
        assert ws.page_setup.orientation == ("portrait" if name == "README" else "landscape")
        if name == "Calc":  # readable type over several pages, not 4 pt on one
            assert int(ws.page_setup.scale) >= 60
        else:
            assert ws.page_setup.fitToWidth in (1, None)
            assert ws.sheet_properties.pageSetUpPr.fitToPage
        # the footer sits inside the bottom margin
        assert ws.page_margins.bottom - ws.page_margins.footer >= 0.4
        assert "&P" in ws.oddFooter.right.text
    for name in ("Inputs", "Calc", "Results", "Checks", "Hardware", "Models", "Sources"):
        assert book[name].freeze_panes, name


def test_sources_rows_are_tall_enough_for_their_wrapped_text(book):
    ws = book["Sources"]
    for row in ws.iter_rows(min_row=5):
        text = " ".join(str(c.value or "") for c in row)
        if not text.strip():
            continue
        height = ws.row_dimensions[row[0].row].height
        longest = max(len(str(row[1].value or "")) / 59, len(str(row[3].value or "")) / 76)
        assert height is not None and height >= 12 * longest, (row[0].value, height)


def test_no_file_a_client_does_not_have(cells):
    """README, Models and Sources cite papers and links, not files of the WattIf repository."""
    for sheet in ("README", "Models", "Sources"):
        for _f, v in cells[sheet].values():
            if isinstance(v, str):
                # (a file inside a public repository that a link names is fine)
                local = r"\b(docs|seeds|resources)/|\b(methodology|calibration|model)\.md\b"
                assert not re.search(local + "|make calibrate", v), v


def test_charts_are_native_objects(path):
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(z.read(n).decode() for n in charts)
        media = [n for n in z.namelist() if n.startswith("xl/media/")]
    # Summary: energy, breakdown, waterfall; Measures: waterfall; Uncertainty; Tornado
    assert len(charts) == 6
    assert xml.count("<c:scatterChart>") == 2 and xml.count("<c:barChart>") == 4
    assert xml.count('<c:grouping val="stacked"/>') == 3
    assert '<c:barDir val="bar"/>' in xml  # the tornado: horizontal bars
    assert "<c:numCache>" in xml  # the charts carry their data for previews
    assert not media  # no pictures


def test_chart_axes_follow_the_data(path):
    """No fixed year range (a later horizon would be cut off); decimals where the range is
    small (a 2 TWh axis is not 0, 1, 2)."""
    from wattif.core._xlsx_book import _axis_format

    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    energy = next(x for x in charts if "Annual energy" in x and "scatterChart" in x)
    assert "<c:max " not in energy and "<c:min " not in energy.split("<c:valAx>")[1]
    assert [_axis_format(x) for x in (2.0, 0.9, 35, 0.04)] == [
        "#,##0.0",
        "#,##0.00",
        "#,##0",
        "0.00E+00",
    ]


HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    '=HYPERLINK("http://evil.example","x")',
    "Ünïcødé 名前 🚀 עברית " * 9,
    "ctrl\x00\x01\x07chars\x1f and a tab\tand a return\r",
    "x" * 40000,
    "Sheet'/\\?*[]:name&&&",
]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_and_notes_are_text(name, tmp_path):
    # a scenario's name is at most 200 characters (Scenario refuses more); notes may be long
    sc = load_preset().replace(name=name[:200], notes=name)
    name = name[:200]
    path = tmp_path / "h.xlsx"
    export_workbook(sc, load_preset().replace(name=name[::-1]), path, analyses=False)
    cells = read_book(path)
    for sheet in cells.values():
        for formula, _v in sheet.values():
            if formula is not None:  # formulas are ours: they never contain user text
                assert name[:20] not in formula
    wb = openpyxl.load_workbook(path, read_only=True)  # README only: fast
    try:
        assert wb.sheetnames == [s for s in SHEETS if s not in ("Uncertainty", "Tornado")]
        readme = {r[0].value: r[1] for r in wb["README"].iter_rows(min_row=4, max_row=12)}
        cell = readme["Scenario"]
        assert cell.data_type == "s"
        assert "\x00" not in cell.value and "\x07" not in cell.value
        assert len(cell.value) <= 32767
        notes = readme["Scenario notes"]
        assert notes.data_type == "s" and len(notes.value) <= 4000
        if name[0] in "=+-@":  # Excel's quote prefix keeps it text when the cell is edited
            assert cell.value == name and cell.style_array.quotePrefix
    finally:
        wb.close()


def test_defined_names_are_sanitised():
    from wattif.core._xlsx_write import defined_name

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


def test_internal_links_are_locations(path):
    """README's sheet links are locations inside the book, not external targets."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        sheet = read_sheet_part(z, "README")
        rels = [n for n in names if n.startswith("xl/worksheets/_rels/")]
        rel_xml = "".join(z.read(n).decode() for n in rels)
    assert sheet.count("location=") >= 10
    assert "#'" not in rel_xml


def read_sheet_part(z, name):
    wb = z.read("xl/workbook.xml").decode()
    sheets = re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="rId(\d+)"', wb)
    idx = [i for n, i in sheets if n == name][0]
    return z.read(f"xl/worksheets/sheet{idx}.xml").decode()


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


def test_unknown_language_is_rejected(tmp_path):
    with pytest.raises(WattIfError, match="language"):
        export_workbook(load_preset(), load_preset(), tmp_path / "l.xlsx", lang="fr")


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
    real_open = os.open

    def denied(path, *a, **kw):
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr(os, "open", denied)
    target = tmp_path / "out.xlsx"
    with pytest.raises(WattIfError) as exc:
        export_workbook(load_preset(), load_preset(), target)
    assert str(target) in str(exc.value) and "permission" in str(exc.value).lower()
    assert not target.exists()


# ----------------------------------------------------------------------------- what it replaces


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")
def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    export_workbook(load_preset(), load_preset(), target, analyses=False)
    assert (target.stat().st_mode & 0o777) == 0o640
    assert target.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")
def test_a_symlink_stays_a_symlink(tmp_path):
    real = tmp_path / "shared" / "report.xlsx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "report.xlsx"
    link.symlink_to(real)
    export_workbook(load_preset(), load_preset(), link, analyses=False)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes()[:2] == b"PK"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_file_is_refused_not_replaced(tmp_path, capsys):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(WattIfError, match="read-only") as exc:
        export_workbook(load_preset(), load_preset(), target, analyses=False)
    assert "report.xlsx" in str(exc.value)
    assert target.read_bytes() == b"old"
    assert cli_main(["export", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "read-only" in err and err.count("\n") == 1
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


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
    cells = read_book(out)
    sheet, ref = name_cell(out, "Scen_pue")
    assert cells[sheet][ref][1] == 1.3
    sheet, ref = name_cell(out, "Base_total_params_b")
    assert cells[sheet][ref][1] == 100.0


def test_command_line_export_in_german(tmp_path):
    out = tmp_path / "de.xlsx"
    assert cli_main(["export", "--lang", "de", "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames[:3] == ["Hinweise", "Übersicht", "Eingaben"]
    finally:
        wb.close()


def test_command_line_bad_path_is_one_line(tmp_path, capsys):
    code = cli_main(["export", "-o", str(tmp_path / "missing" / "x.xlsx")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_the_writer_loads_only_when_exporting(modules_loaded_by):
    code = "import wattif.core, wattif.core.excel, wattif.core.cli"
    assert modules_loaded_by(code, "xlsxwriter", "openpyxl", "pandas") == []


# ----------------------------------------------------------------------------- training, analyses


def test_training_shows_on_the_summary_where_it_is_included(tmp_path):
    from wattif.core import evaluate

    sc = load_preset("gpt4_training")
    assert sc["include_training"]
    base = load_preset().replace(include_training=False)
    path = tmp_path / "t.xlsx"
    export_workbook(sc, base, path, analyses=False)
    summary = read_book(path)["Summary"]
    rows = {v: r[1:] for r, (_f, v) in summary.items() if r.startswith("A") and v}
    r = evaluate(sc)
    for label, want in (
        ("Training: energy of one run", r.training_energy_kwh),
        ("Training: accelerator-hours of one run", r.training_accelerator_hours),
        ("Training: CO2e of one run", r.training_co2e_t),
    ):
        row = rows[label]
        assert summary[f"C{row}"][1] == pytest.approx(want, rel=1e-12)  # scenario, base year
        assert summary[f"F{row}"][1] == pytest.approx(want, rel=1e-12)  # scenario, horizon
        assert summary[f"B{row}"][1] == "not included"  # the baseline leaves training out


def test_analyses_sheets_hold_the_apps_values(path, cells):
    from wattif.core.analyses import tornado, uncertainty_all

    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    unc = cells["Uncertainty"]
    texts = " ".join(v for _f, v in unc.values() if isinstance(v, str))
    assert "1000 Latin-hypercube samples (seed 0)" in texts and "values from WattIf" in texts
    bands = uncertainty_all(sc, 1000, 0, (), ("energy_kwh",))["energy_kwh"]
    header = next(r for r, (_f, v) in unc.items() if v == "P50" and r.startswith("D"))
    first = int(header[1:]) + 1
    unit = re.search(r"Annual energy \[(\w?Wh)\]", texts).group(1)
    div = {"TWh": 1e9, "GWh": 1e6, "MWh": 1e3, "kWh": 1.0}[unit]
    assert unc[f"A{first}"][1] == 2025
    assert unc[f"D{first}"][1] == pytest.approx(bands.p50[0] / div, rel=1e-12)
    assert all(f is None for f, _v in unc.values())  # values, not formulas
    t = tornado(sc)
    tor = cells["Tornado"]
    assert tor["B6"][1] == t.bars[0].key
    assert tor["I6"][1] == pytest.approx(t.bars[0].swing / div, rel=1e-12)


def test_compared_named_scenarios_travel_living_with_their_inputs_and_a_chart(tmp_path):
    """Issue 9 ("the Excel export takes the compared scenarios along ... all living"): each
    named scenario gets blue input cells of its own (defined names ``Named1_…``), Calc a column
    block of formulas for it, and every figure of the Scenarios sheet is a formula whose stored
    value is what WattIf computes (rel 1e-12); a native line chart draws them."""
    sc = load_preset().replace(name="Option A", m_serving_on=True)
    options = [
        load_preset().replace(name="Option B", m_modernise_on=True),
        load_preset("deepseek_reasoning").replace(name="Option C"),
    ]
    path = tmp_path / "compared.xlsx"
    export_workbook(sc, load_preset(), path, analyses=False, compared=options)
    cells = read_book(path)
    order = list(cells)
    assert order.index("Scenarios") == order.index("Measures") + 1
    assert order.index("Scenario inputs") == order.index("Scenarios") + 1
    sheet = cells["Scenarios"]
    texts = {v: r for r, (_f, v) in sheet.items() if isinstance(v, str)}
    assert "Named scenarios compared" in texts
    head = texts["Quantity"]
    row = int(head[1:])
    names = [sheet[f"{c}{row}"][1] for c in "CDEF"]
    assert names[1:] == ["Scenario: Option A", "Option B", "Option C"]
    assert names[0].startswith("Baseline: ")
    # the horizon-year energy of each option: a formula on its own Calc block, stored as the
    # model computes it
    energy_rows = [r for r, (_f, v) in sheet.items() if v == "Annual energy" and r[0] == "A"]
    horizon_row = next(int(r[1:]) for r in energy_rows if sheet[f"B{r[1:]}"][1] == 2030)
    for col, scenario in zip("DEF", [sc, *options], strict=True):
        formula, value = sheet[f"{col}{horizon_row}"]
        assert formula and "Calc" in formula, col
        want = float(evaluate(scenario).energy_total_kwh[-1])
        assert value == pytest.approx(want, rel=1e-12), col
    assert "Named2_base_year" in sheet[f"F{horizon_row}"][0]
    # their inputs: blue cells behind defined names, in the Inputs sheet's rows
    names_at = defined_names(path)
    inputs = cells["Scenario inputs"]
    sheet_name, ref = name_cell(path, "Named2_queries_per_day")
    assert sheet_name == "Scenario inputs" and ref.startswith("F")
    assert inputs[ref][1] == pytest.approx(options[1]["queries_per_day"])
    assert ref[1:] == name_cell(path, "Scen_queries_per_day")[1][1:]  # same row as Inputs
    assert "Scenario inputs" in names_at["Named1_hardware"]
    assert inputs[f"C{ref[1:]}"][0] == "Base_queries_per_day"  # the baseline for reference
    with zipfile.ZipFile(path) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    line = [x for x in charts if "Option C" in x]
    assert len(line) == 1 and line[0].count("<c:ser>") == 4  # baseline, scenario, B, C
    assert "<c:numCache>" in line[0]  # the chart carries its data for previews


def test_no_scenarios_sheet_without_compared_scenarios(cells):
    assert "Scenarios" not in cells


def test_measures_sheet_says_where_the_scenario_sits_against_the_published_range(cells):
    from wattif.core.analyses import savings_all

    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    sheet = cells["Measures"]
    label = next(r for r, (_f, v) in sheet.items() if v and str(v).startswith("Energy per query:"))
    formula, ratio = sheet[f"E{label[1:]}"]
    assert formula is not None  # live: follows the Inputs
    pq = savings_all(sc, metrics=("per_query_wh",))["per_query_wh"]
    assert ratio == pytest.approx(pq.start / pq.before_rebound, rel=1e-9)
    texts = [v for _f, v in sheet.values() if isinstance(v, str)]
    assert any("÷8–20 per query" in t and "Oviedo" in t for t in texts)


def test_no_number_on_the_calc_sheet_shows_hashes(path):
    """Review as a client: queries per year (1,140,625,000,000) showed ### in the Calc sheet's
    year columns (13.5 characters). A whole number wider than its column shrinks to fit it."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Calc"]
    widths: dict[int, float] = {}
    for dim in ws.column_dimensions.values():  # ranges of columns share one entry
        for i in range(dim.min, dim.max + 1):
            widths[i] = dim.width
    checked, too_wide = 0, []
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, int | float) or c.number_format != "#,##0":
                continue
            checked += 1
            if len(f"{c.value:,.0f}") + 1 > widths.get(c.column, 8.43):
                if not c.alignment.shrink_to_fit:
                    too_wide.append((c.coordinate, c.value))
    assert checked > 100
    assert too_wide == []


def test_the_uncertainty_sheet_says_where_the_median_lies_and_why(path):
    """Review as a client: the Summary's 2030 energy (77.3 GWh, measures on) lay below the
    band's P25 on the Uncertainty sheet, with nothing saying why. The sheet now says how far
    the samples' median lies from the scenario, from its own P50 and the scenario's energy."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Uncertainty"]
    note = ws["A4"].value
    assert note and "median" in note and "above the scenario's" in note, note
    energy = []  # the first table: the energy's percentiles by year
    for r in ws.iter_rows(min_row=6, values_only=True):
        if isinstance(r[0], int):
            energy.append(r)
        elif energy:
            break
    year, p50 = energy[-1][0], energy[-1][3]
    sc = load_preset().replace(name="Efficient 2030", m_quantise_on=True, m_serving_on=True)
    value = float(evaluate(sc).energy_total_kwh[-1])
    m = re.search(r"energy, ([\d.,]+) (\w?Wh), lies (\d+) %", note)
    assert m and str(year) in note, note
    per_unit = {"kWh": 1.0, "MWh": 1e3, "GWh": 1e6, "TWh": 1e9}[m.group(2)]
    assert float(m.group(1).replace(",", "")) == pytest.approx(p50, abs=0.05)
    assert int(m.group(3)) == round((p50 * per_unit / value - 1) * 100), (m.group(3), p50, value)


def test_no_note_points_to_a_sheet_the_workbook_lacks(book):
    """Review as a client: the Calc sheet's note named the compared scenarios' "Scenario inputs
    sheet" in a workbook without one. A sheet a text names is in the workbook."""
    named = {"Scenario inputs", "Scenarios", *book.sheetnames}
    for ws in book.worksheets:
        for row in ws.iter_rows(max_row=4):
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else ""
                for sheet in named:
                    if f"{sheet} sheet" in text:
                        assert sheet in book.sheetnames, (ws.title, cell.coordinate, sheet)
