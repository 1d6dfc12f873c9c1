"""Builds the Excel workbook of :func:`wattif.core.excel.export_workbook` (private).

Imported only while exporting: it loads openpyxl at import time.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass

import numpy as np
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from . import MODEL_VERSION, __version__, data, params
from ._xlsx_calc import PQ_COMPONENTS, VARIANT_LABELS, Col, layout
from ._xlsx_calc import formula as calc_formula
from .analyses import savings_by_measure
from .data import HW_NUMERIC_FLOAT
from .measures import measures
from .model import COMPONENT_LABELS, COMPONENTS, Results, evaluate
from .scenario import Scenario

# ------------------------------------------------------------------------------- look

FONT = "Arial"  # metric twin Liberation Sans in LibreOffice: same layout in both
INK = "1A1A1A"
NAVY = "1F3A5F"
INPUT_BLUE = "0033CC"
INPUT_FILL = "E8F0FC"
SECTION_FILL = "E9ECF1"
MUTED = "6B7280"
OKABE_ITO = {
    "orange": "E69F00",
    "sky": "56B4E9",
    "green": "009E73",
    "yellow": "F0E442",
    "blue": "0072B2",
    "vermillion": "D55E00",
    "purple": "CC79A7",
    "black": "000000",
    "grey": "999999",
}
COMPONENT_COLOURS = {
    "accelerators": "0072B2",
    "host": "56B4E9",
    "idle": "E69F00",
    "facility": "009E73",
    "network": "F0E442",
    "device": "D55E00",
    "local": "CC79A7",
    "training": "000000",
    "other_ai": "999999",
}
BASELINE_COLOUR = "8C8C8C"
SCENARIO_COLOUR = "0072B2"

F_TITLE = Font(name=FONT, size=16, bold=True, color=NAVY)
F_SUB = Font(name=FONT, size=10, italic=True, color=MUTED)
F_HEAD = Font(name=FONT, size=10, bold=True, color="FFFFFF")
F_BOLD = Font(name=FONT, size=10, bold=True, color=INK)
F_BODY = Font(name=FONT, size=10, color=INK)
F_MUTED = Font(name=FONT, size=9, color=MUTED)
F_INPUT = Font(name=FONT, size=10, color=INPUT_BLUE)
F_LINK = Font(name=FONT, size=10, color=INPUT_BLUE, underline="single")
F_SECTION = Font(name=FONT, size=10, bold=True, color=NAVY)
FILL_HEAD = PatternFill("solid", fgColor=NAVY)
FILL_INPUT = PatternFill("solid", fgColor=INPUT_FILL)
FILL_SECTION = PatternFill("solid", fgColor=SECTION_FILL)
FILL_PASS = PatternFill("solid", fgColor="DCEFE6")
FILL_FAIL = PatternFill("solid", fgColor="FBE3D3")
THIN = Side(style="thin", color="C9CED6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNDERLINE = Border(bottom=Side(style="thin", color=NAVY))
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
INPUT_ALIGN = Alignment(horizontal="center")
NO_WRAP = Alignment(wrap_text=False)
INDENT = Alignment(horizontal="left", indent=1)
RIGHT = Alignment(horizontal="right")
ALIGN_CENTER_H = Alignment(horizontal="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# adaptive number formats (values in base units, displayed with a unit that fits)
NF_ENERGY = '[>=1000000000]#,##0.0,,," TWh";[>=1000000]#,##0.0,," GWh";#,##0.0," MWh"'
NF_CO2 = '[>=1000000]#,##0.00,," Mt";[>=1000]#,##0.0," kt";#,##0.0" t"'
NF_WATER = '[>=1000000]#,##0.0,," million m³";#,##0" m³"'
NF_EUR = '[>=1000000000]#,##0.00,,," bn EUR";[>=1000000]#,##0.0,," M EUR";#,##0" EUR"'
NF_COUNT = "#,##0"
NF_QUERIES = '[>=1000000000]#,##0.0,,," bn";[>=1000000]#,##0.0,," M";#,##0'
NF_WH = '0.000" Wh"'
NF_MW = '#,##0.0" MW"'
NF_PCT = "+0.0%;-0.0%;0.0%"
NF_DELTA = "+#,##0.00;-#,##0.00;0"
NF_CHECK = "0.0000000000E+00"  # 11 significant digits: shows the 1e-9 agreement

SHEETS = (
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
)
SIDES = (("Base_", "Baseline"), ("Scen_", "Scenario"))
CALC_FIRST_COL = 4  # D
CALC_FIRST_ROW = 6

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_CELL_TEXT = 32767


# ------------------------------------------------------------------------------- text safety


def safe_text(value: object, limit: int = MAX_CELL_TEXT) -> str:
    """Any text made safe for a cell: no control characters or lone surrogates, bounded."""
    s = _SURROGATE.sub("\ufffd", _ILLEGAL.sub("", str(value)))
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


_STYLE_CACHE: dict = {}


def styled(
    cell,
    font: Font | None = None,
    fill=None,
    fmt: str | None = None,
    align: Alignment | None = None,
    border: Border | None = None,
):
    """Apply a combination of module-level style objects, memoised per workbook.

    openpyxl hashes every style object on assignment, which dominates the export time; the
    finished style array of a combination is copied instead. The style objects are kept alive
    in the cache so that their ids stay unique.
    """
    fresh = not cell.has_style  # a cell styled before keeps its style: no memo then
    key = (id(cell.parent.parent), id(font), id(fill), fmt, id(align), id(border))
    hit = _STYLE_CACHE.get(key) if fresh else None
    if hit is not None:
        cell._style = copy(hit[0])
        return cell
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    if align is not None:
        cell.alignment = align
    if border is not None:
        cell.border = border
    if fresh:
        _STYLE_CACHE[key] = (copy(cell._style), (cell.parent.parent, font, fill, align, border))
    return cell


def put_text(ws, row: int, col: int, value: object, font: Font = F_BODY, limit: int = 32767):
    """Write text that is always text, never a formula (formula injection)."""
    s = safe_text(value, limit)
    cell = ws.cell(row=row, column=col)
    cell.value = s
    cell.data_type = "s"  # a leading '=' would otherwise be taken as a formula
    if s[:1] in ("=", "+", "-", "@", "\t", "\r"):
        cell.quotePrefix = True  # Excel/LibreOffice keep it text even when the cell is edited
    return styled(cell, font)


_NAME_OK = re.compile(r"[^A-Za-z0-9_]")


def defined_name(raw: str, taken: set[str]) -> str:
    """A valid, unique Excel defined name made from ``raw``.

    Only ASCII letters, digits and underscores; starts with a letter; never looks like a cell
    reference (``AB12``, ``R1C1``); at most 200 characters.
    """
    name = _NAME_OK.sub("_", raw)[:200] or "name"
    if not name[0].isalpha():
        name = "n_" + name
    if re.fullmatch(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc]", name):
        name = "n_" + name
    base, i = name, 2
    while name.lower() in taken:
        name = f"{base}_{i}"
        i += 1
    taken.add(name.lower())
    return name


def _footer_text(s: str) -> str:
    return safe_text(s, 60).replace("&", "&&")


# ------------------------------------------------------------------------------- helpers


def _head_row(ws, row: int, labels, col: int = 1, height: float | None = 30) -> None:
    for i, label in enumerate(labels):
        c = put_text(ws, row, col + i, label, F_HEAD)
        c.fill = FILL_HEAD
        c.alignment = CENTER
    if height:
        ws.row_dimensions[row].height = height


def _widths(ws, widths: dict[str, float]) -> None:
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w


def _print_setup(
    ws, title: str, landscape: bool = True, fit_height: int = 0, title_rows: str | None = None
) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.55
    ws.oddFooter.left.text = f"WattIf — {_footer_text(title)}"
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8
    if title_rows:
        ws.print_title_rows = title_rows


def _title(ws, text: str, sub: str | None = None) -> None:
    put_text(ws, 1, 1, text, F_TITLE)
    ws.row_dimensions[1].height = 24
    if sub:
        put_text(ws, 2, 1, sub, F_SUB)


def _input_cell(cell, value, fmt: str | None = None) -> None:
    if isinstance(value, str):
        cell.value = safe_text(value, 255)
        cell.data_type = "s"
    else:
        cell.value = value
    cell.font = F_INPUT
    cell.fill = FILL_INPUT
    cell.border = BOX
    cell.alignment = INPUT_ALIGN
    if fmt:
        cell.number_format = fmt


def _input_value(p: params.Parameter, v):
    if p.kind == "bool":
        return 1 if bool(v) else 0
    if p.kind == "choice":
        return v if isinstance(v, str) else int(v) if float(v).is_integer() else float(v)
    if p.kind == "int":
        return int(v)
    return float(v)


def _num_format(p: params.Parameter) -> str:
    if p.kind in ("bool", "int", "choice"):
        return "General"
    x = max(abs(float(p.default)), abs(float(p.max or 0)))
    if x >= 1e5:
        return "#,##0"
    return "General"


def _chart_text(size: int = 900, bold: bool = False, color: str = "404040") -> RichText:
    cp = CharacterProperties(sz=size, b=bold, solidFill=color, latin=None)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=cp), endParaRPr=cp)])


def _style_chart(chart, title: str) -> None:
    chart.title = title
    chart.title.tx.rich.p[0].pPr = ParagraphProperties(
        defRPr=CharacterProperties(sz=1100, b=True, solidFill="1F3A5F")
    )
    for r in chart.title.tx.rich.p[0].r:
        r.rPr = CharacterProperties(sz=1100, b=True, solidFill="1F3A5F")
    chart.legend.position = "b"
    chart.legend.txPr = _chart_text(800)
    for ax in (chart.x_axis, chart.y_axis):
        ax.txPr = _chart_text(800)
        ax.delete = False
    chart.y_axis.majorGridlines.spPr = GraphicalProperties(ln=LineProperties(solidFill="E0E0E0"))
    chart.x_axis.majorGridlines = None


# ------------------------------------------------------------------------------- the book


@dataclass
class _Ctx:
    wb: Workbook
    sc: Scenario
    base: Scenario
    res: dict[str, Results]  # by prefix
    names: dict[str, str]  # "Scen_pue" -> defined name
    calc_cols: dict[str, list[Col]]  # by prefix: year columns; "WF": waterfall columns
    lay: object
    energy_div: float
    energy_unit: str
    report: Callable[[float, str], None]


def build_workbook(
    scenario: Scenario, baseline: Scenario, report: Callable[[float, str], None]
) -> bytes:
    """The finished workbook as ``.xlsx`` bytes."""
    res = {"Base_": evaluate(baseline), "Scen_": evaluate(scenario)}
    report(0.1, "Laying out the workbook")
    wb = Workbook()
    wb.remove(wb.active)
    # default font Arial 10: column widths (in digits of the default font) and row heights then
    # come out the same in Excel and LibreOffice (Liberation Sans), so charts fit the tables
    base_font = Font(name=FONT, size=10, family=2)
    wb._fonts = IndexedList([base_font])
    for style in wb._named_styles:
        if style.name == "Normal":
            style.font = copy(base_font)
    for name in SHEETS:
        wb.create_sheet(name)
    peak = max(float(np.max(r.energy_total_kwh)) for r in res.values())
    div, unit = (
        (1e9, "TWh")
        if peak >= 1e9
        else (1e6, "GWh")
        if peak >= 1e6
        else (1e3, "MWh")
        if peak >= 1e3
        else (1.0, "kWh")
    )
    ctx = _Ctx(wb, scenario, baseline, res, {}, {}, layout(CALC_FIRST_ROW), div, unit, report)
    _hardware(ctx)
    _models(ctx)
    _inputs(ctx)
    report(0.25, "Writing the model formulas")
    _calc(ctx)
    report(0.5, "Writing results and charts")
    _results(ctx)
    _measures(ctx)
    _summary(ctx)
    report(0.7, "Writing sources and checks")
    _sources(ctx)
    _checks(ctx)
    _readme(ctx)
    wb.active = wb.sheetnames.index("Summary")
    wb["Summary"].sheet_view.tabSelected = True
    wb.properties.creator = f"WattIf {__version__}"
    wb.properties.title = safe_text(f"WattIf — {scenario.name} vs {baseline.name}", 250)
    wb.calculation.fullCalcOnLoad = True
    report(0.85, "Compressing the workbook")
    buf = io.BytesIO()
    try:
        wb.save(buf)
    finally:
        for key in [k for k in _STYLE_CACHE if k[0] == id(wb)]:
            del _STYLE_CACHE[key]
    return buf.getvalue()


# ------------------------------------------------------------------------------- Hardware

HW_COLS = (
    ("id", "Id", 11),
    ("name", "Name", 40),
    ("kind", "Kind", 7),
    ("year", "Year", 7),
    ("memory_gb", "Memory [GB]", 10),
    ("bandwidth_tb_s", "Bandwidth [TB/s]", 11),
    ("tflops_16", "Peak 16 bit [TFLOP/s]", 11),
    ("tflops_8", "Peak 8 bit [TFLOP/s]", 11),
    ("tflops_4", "Peak 4 bit [TFLOP/s]", 11),
    ("tdp_w", "TDP [W]", 9),
    ("host_w", "Host per accelerator [W]", 11),
    ("per_server", "Per server", 9),
    ("rack_kw", "Rack [kW]", 9),
    ("source", "Source", 18),
    ("notes", "Notes", 80),
)
HW_NUMERIC = {*HW_NUMERIC_FLOAT, "per_server"}


def _hardware(ctx: _Ctx) -> None:
    ws = ctx.wb["Hardware"]
    cat = list(data.hardware_catalogue().values())
    _title(
        ws,
        "Hardware catalogue",
        "Looked up by id from the Inputs sheet (INDEX/MATCH). The blue figures are inputs: "
        "change them here and the whole workbook follows.",
    )
    _head_row(ws, 4, [c[1] for c in HW_COLS], height=42)
    first, last = 5, 5 + len(cat) - 1
    for i, hw in enumerate(cat):
        r = first + i
        for j, (attr, _, _) in enumerate(HW_COLS, start=1):
            v = getattr(hw, attr)
            if attr in HW_NUMERIC:
                _input_cell(ws.cell(row=r, column=j), float(v) if attr != "per_server" else int(v))
            elif attr == "year":
                ws.cell(row=r, column=j, value=int(v)).font = F_BODY
            else:
                put_text(ws, r, j, v, F_MUTED if attr == "notes" else F_BODY, 500)
    taken = {n.lower() for n in ctx.names.values()}
    for j, (attr, _, width) in enumerate(HW_COLS, start=1):
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = width
        if attr == "id" or attr in HW_NUMERIC:
            name = defined_name(f"HW_{attr}", taken)
            ctx.wb.defined_names[name] = DefinedName(
                name, attr_text=f"Hardware!${letter}${first}:${letter}${last}"
            )
    ws.freeze_panes = "B5"
    _print_setup(ws, "Hardware", title_rows="4:4")


# ------------------------------------------------------------------------------- Models

MD_COLS = (
    ("id", "Id", 40, None),
    ("name", "Name", 30, None),
    ("family", "Family", 16, None),
    ("active_params_b", "Active parameters [1e9]", 11, "#,##0.0"),
    ("total_params_b", "Total parameters [1e9]", 11, "#,##0.0"),
    ("layers", "Layers", 8, "0"),
    ("kv_bytes_per_token_16bit", "KV cache per token, 16 bit [B]", 12, "#,##0"),
    ("kv_heads", "KV heads", 8, "0"),
    ("attention_flops_per_ctx_token", "Attention FLOPs per context token", 13, "#,##0"),
    ("moe_layers", "MoE layers", 8, "0"),
    ("experts", "Experts", 8, "0"),
    ("experts_per_token", "Experts per token", 9, "0"),
    ("params_per_expert", "Parameters per expert and layer", 13, "#,##0"),
    ("params_per_expert_b", "Per expert [1e9]", 11, "0.000000"),
    ("dense_params_b", "Outside the experts [1e9]", 11, "#,##0.000"),
    ("source", "Source", 18, None),
    ("notes", "Notes", 60, None),
)
"""Columns of the Models sheet; the two after ``params_per_expert`` are formulas."""


def _models(ctx: _Ctx) -> None:
    from .lineitems import MD_COLUMNS
    from .model import constants

    ws = ctx.wb["Models"]
    cat = list(data.model_catalogue().values())
    _title(
        ws,
        "Model catalogue and the fitted constants of decode physics v2",
        "Architectures are looked up by id from the Inputs sheet (INDEX/MATCH); 'custom' uses "
        "the scaling rules below. Blue figures are inputs: change them and the workbook follows.",
    )
    _head_row(ws, 4, [c[1] for c in MD_COLS], height=54)
    first = 5
    col = {attr: get_column_letter(j) for j, (attr, *_rest) in enumerate(MD_COLS, start=1)}
    rows = [None, *cat]  # the first row is 'custom'
    for i, m in enumerate(rows):
        r = first + i
        for j, (attr, _, _, fmt) in enumerate(MD_COLS, start=1):
            cell = ws.cell(row=r, column=j)
            if m is None:
                if attr == "id":
                    put_text(ws, r, j, "custom")
                elif attr == "name":
                    put_text(ws, r, j, "Custom: from active/total parameters (scaling rules)")
                elif fmt is not None:
                    cell.value = 0
                    cell.number_format = fmt
                continue
            if attr == "params_per_expert_b":
                cell.value = f"={col['params_per_expert']}{r}/1E9"
            elif attr == "dense_params_b":
                cell.value = (
                    f"={col['total_params_b']}{r}-{col['moe_layers']}{r}*{col['experts']}{r}"
                    f"*{col['params_per_expert_b']}{r}"
                )
            elif fmt is not None:
                _input_cell(cell, float(getattr(m, attr)))
            else:
                c = put_text(
                    ws, r, j, getattr(m, attr), F_MUTED if attr == "notes" else F_BODY, 500
                )
                c.alignment = NO_WRAP
                continue
            cell.number_format = fmt
    last = first + len(rows) - 1
    taken = {n.lower() for n in ctx.wb.defined_names}
    for attr, _, width, _fmt in MD_COLS:
        ws.column_dimensions[col[attr]].width = width
        if attr == "id" or attr in MD_COLUMNS.values():
            name = defined_name(f"MD_{attr}", taken)
            ctx.wb.defined_names[name] = DefinedName(
                name, attr_text=f"Models!${col[attr]}${first}:${col[attr]}${last}"
            )
    # fitted constants, fixed choices and the custom model's rules (decode_fit.toml)
    from .calibrate import FITTED, FIXED

    r = last + 3
    put_text(ws, r, 1, "Constants of decode physics v2 (fitted by `make calibrate`)", F_SECTION)
    put_text(
        ws, r + 1, 1, "See docs/calibration.md for the fit and docs/methodology.md §2.", F_MUTED
    )
    _head_row(ws, r + 2, ["Name", "Value", "Meaning"], height=None)
    meaning = {n: f[4] for n, f in FITTED.items()} | {n: f[1] for n, f in FIXED.items()}
    r += 3
    for name, value in constants().items():
        put_text(ws, r, 1, f"K_{name}")
        _input_cell(ws.cell(row=r, column=2), float(value))
        ws.cell(row=r, column=2).number_format = "0.000000E+00"
        put_text(ws, r, 3, meaning.get(name, "scaling rule of the custom model"), F_MUTED, 300)
        ctx.wb.defined_names[f"K_{name}"] = DefinedName(f"K_{name}", attr_text=f"Models!$B${r}")
        r += 1
    ws.freeze_panes = "B5"
    _print_setup(ws, "Models", title_rows="4:4")
    # long notes overflow to the right on screen; the printed page ends with the notes column
    ws.print_area = f"A1:{col['notes']}{r}"


# ------------------------------------------------------------------------------- Inputs

INPUT_HEAD = (
    "Key",
    "Parameter",
    "Baseline",
    "Scenario",
    "Unit",
    "Low",
    "Default",
    "High",
    "Allowed",
    "Sources",
    "Description",
    "Citation",
)


def _inputs(ctx: _Ctx) -> None:
    ws = ctx.wb["Inputs"]
    _title(
        ws,
        "Inputs",
        "Change the blue cells: everything recalculates. Baseline and scenario side by side; "
        "the scenario cell is shaded where it differs from the baseline. Switches: 1 = on, "
        "0 = off.",
    )
    put_text(ws, 3, 3, safe_text(ctx.base.name, 80), F_BOLD).alignment = CENTER
    put_text(ws, 3, 4, safe_text(ctx.sc.name, 80), F_BOLD).alignment = CENTER
    ws.row_dimensions[3].height = 30
    _head_row(ws, 4, INPUT_HEAD)
    srcs = data.sources()
    taken: set[str] = set()
    reg = params.registry()
    row = 5
    first_value_row = row
    for group in params.GROUPS:
        members = [p for p in reg.values() if p.group == group]
        if not members:
            continue
        for col in range(1, len(INPUT_HEAD) + 1):
            ws.cell(row=row, column=col).fill = FILL_SECTION
        put_text(ws, row, 1, params.GROUP_LABELS[group][0], F_SECTION)
        row += 1
        for p in members:
            put_text(ws, row, 1, p.key, F_MUTED)
            put_text(ws, row, 2, p.label_en)
            fmt = _num_format(p)
            for col, (prefix, _), sc in ((3, SIDES[0], ctx.base), (4, SIDES[1], ctx.sc)):
                cell = ws.cell(row=row, column=col)
                _input_cell(cell, _input_value(p, sc[p.key]), fmt)
                letter = get_column_letter(col)
                name = defined_name(prefix + p.key, taken)
                ctx.names[prefix + p.key] = name
                ctx.wb.defined_names[name] = DefinedName(name, attr_text=f"Inputs!${letter}${row}")
            unit = "1 = on, 0 = off" if p.kind == "bool" else p.unit
            put_text(ws, row, 5, unit, F_MUTED).alignment = INDENT
            for col, v in ((6, p.low), (7, p.default), (8, p.high)):
                if v is not None:
                    c = ws.cell(row=row, column=col, value=_input_value(p, v))
                    styled(c, F_BODY, fmt=fmt, align=RIGHT)
            put_text(ws, row, 9, p.range_text(), F_MUTED, 300).alignment = INDENT
            put_text(ws, row, 10, ", ".join(p.source), F_MUTED)
            put_text(ws, row, 11, p.help_en, F_MUTED)
            cites = "; ".join(srcs[s]["citation"] for s in p.source if s in srcs)
            put_text(ws, row, 12, cites, F_MUTED)
            _validation(ws, p, row)
            row += 1
    last = row - 1
    ws.conditional_formatting.add(
        f"D{first_value_row}:D{last}",
        FormulaRule(
            formula=[f'AND($C{first_value_row}<>"",$C{first_value_row}<>$D{first_value_row})'],
            fill=PatternFill("solid", fgColor="FFE7A8"),
            font=Font(bold=True),
        ),
    )
    _widths(
        ws,
        {
            "A": 30,
            "B": 40,
            "C": 15,
            "D": 15,
            "E": 16,
            "F": 14,
            "G": 14,
            "H": 14,
            "I": 30,
            "J": 34,
            "K": 70,
            "L": 90,
        },
    )
    ws.freeze_panes = "C5"
    ws.print_area = f"A1:J{last}"
    _print_setup(ws, "Inputs", title_rows="4:4")


def _validation(ws, p: params.Parameter, row: int) -> None:
    err = safe_text(f"{p.label_en}: allowed {p.range_text()}", 250)
    if p.kind == "bool":
        dv = DataValidation(type="whole", operator="between", formula1="0", formula2="1")
    elif p.kind == "choice":
        items = ",".join(str(c) for c in p.choices)
        if len(items) <= 250 and all(c not in str(x) for x in p.choices for c in ',"'):
            dv = DataValidation(type="list", formula1=f'"{items}"')
        elif p.choices_spec in ("hardware", "hardware_cloud"):
            dv = DataValidation(type="list", formula1="HW_id")
        elif p.choices_spec == "models":
            dv = DataValidation(type="list", formula1="MD_id")
        else:
            return
    elif p.min is not None and p.max is not None:
        dv = DataValidation(
            type="whole" if p.kind == "int" else "decimal",
            operator="between",
            formula1=repr(float(p.min)) if p.kind != "int" else str(int(p.min)),
            formula2=repr(float(p.max)) if p.kind != "int" else str(int(p.max)),
        )
    else:
        return
    dv.showErrorMessage = True
    dv.errorTitle = "WattIf: value out of range"
    dv.error = err
    dv.showInputMessage = True
    dv.promptTitle = safe_text(p.label_en, 32)
    dv.prompt = safe_text(p.help_en, 250)
    dv.add(f"C{row}:D{row}")
    ws.add_data_validation(dv)


# ------------------------------------------------------------------------------- Calc


def _calc(ctx: _Ctx) -> None:
    ws = ctx.wb["Calc"]
    lay = ctx.lay
    col = CALC_FIRST_COL
    groups = []  # (title, [Col])
    for prefix, side in SIDES:
        n = len(ctx.res[prefix].years)
        cols = [Col(get_column_letter(col + k), prefix, k) for k in range(n)]
        ctx.calc_cols[prefix] = cols
        sc = ctx.base if prefix == "Base_" else ctx.sc
        groups.append((f"{side}: {safe_text(sc.name, 120)}", cols))
        col += n + 1
    ms = measures()
    wf = [Col(get_column_letter(col + j), "Scen_", None, step=j) for j in range(len(ms) + 1)]
    ctx.calc_cols["WF"] = wf
    groups.append(
        ("Scenario in the horizon year, measures switched on one after the other (waterfall)", wf)
    )
    m_index = {m.id: i for i, m in enumerate(ms)}

    _title(
        ws,
        "Calc — the WattIf model as live formulas",
        "One line item per row, the same formula in every column of a block; inputs are the "
        "defined names of the Inputs sheet (Base_… baseline, Scen_… scenario). Variant rows: "
        "the serving fleet before/after modernisation × quantisation × right-sizing, mixed "
        "by the adoption of the measures.",
    )
    put_text(ws, 4, 1, "Line item", F_HEAD).fill = FILL_HEAD
    put_text(ws, 4, 2, "Variant", F_HEAD).fill = FILL_HEAD
    put_text(ws, 4, 3, "Unit", F_HEAD).fill = FILL_HEAD
    for title, cols in groups:
        c = put_text(ws, 3, _col_index(cols[0].letter), title, F_BOLD)
        c.alignment = Alignment(wrap_text=False)
        for cc in cols:
            head = ws[f"{cc.letter}4"]
            if cc.t is not None:
                head.value = f"={cc.prefix and ctx.names[cc.prefix + 'base_year']}+{cc.t}"
            else:
                label = "All measures off" if cc.step == 0 else f"+ {ms[cc.step - 1].label()}"
                put_text(ws, 4, _col_index(cc.letter), label)
                head.alignment = CENTER
            head.font = F_HEAD
            head.fill = FILL_HEAD
            head.alignment = CENTER
            head.number_format = "0"
    ws.row_dimensions[4].height = 44
    all_cols = [c for _, cols in groups for c in cols]
    for kind, item, v, row in lay.entries:
        if kind == "section":
            put_text(ws, row, 1, item, F_SECTION)
            for j in range(1, _col_index(all_cols[-1].letter) + 1):
                ws.cell(row=row, column=j).fill = FILL_SECTION
            continue
        if v is None or v == 0:
            put_text(ws, row, 1, item.label, F_BODY)
        put_text(ws, row, 3, item.unit, F_MUTED)
        if v is not None:
            put_text(ws, row, 2, VARIANT_LABELS[v], F_MUTED)
        for cc in all_cols:
            cell = ws[f"{cc.letter}{row}"]
            f = calc_formula(item, v, cc, lay, ctx.names, m_index)
            cell.value = f
            styled(
                cell,
                F_MUTED if item.id == "t" else None,
                fmt=item.fmt,
                align=INPUT_ALIGN if item.id == "hw_id" else None,
            )
    _widths(ws, {"A": 52, "B": 44, "C": 13})
    for cc in all_cols:
        ws.column_dimensions[cc.letter].width = 13.5
    for letter in _gap_letters(groups):
        ws.column_dimensions[letter].width = 3
    ws.freeze_panes = f"{get_column_letter(CALC_FIRST_COL)}5"
    _print_setup(ws, "Calc", title_rows="3:4")
    ws.print_title_cols = "A:C"


def _col_index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letter)


def _gap_letters(groups) -> list[str]:
    out = []
    for _, cols in groups[:-1]:
        out.append(get_column_letter(_col_index(cols[-1].letter) + 1))
    return out


def _calc_ref(ctx: _Ctx, item: str, col: Col, absolute: bool = True) -> str:
    r = ctx.lay.row(item)
    return f"Calc!${col.letter}${r}" if absolute else f"Calc!{col.letter}{r}"


# ------------------------------------------------------------------------------- Results

RES_COLS = (
    ("year", "Year", "0"),
    ("en_total", "Energy total [{E}]", "#,##0.00"),
    *((f"en_{c}", COMPONENT_LABELS[c][0] + " [{E}]", "#,##0.00") for c in COMPONENTS),
    ("pq_total", "Energy per query [Wh]", "0.0000"),
    ("queries", "Queries [billion/yr]", "#,##0.000"),
    ("co2", "CO2e [t/yr]", "#,##0"),
    ("water", "Water [m³/yr]", "#,##0"),
    ("cost", "Electricity cost [EUR/yr]", "#,##0"),
    ("accelerators", "Accelerators", "#,##0"),
    ("servers", "Servers", "#,##0"),
    ("racks", "Racks", "#,##0"),
    ("mw_avg", "Average power [MW]", "#,##0.0"),
    ("mw_prov", "Provisioned power [MW]", "#,##0.0"),
    ("households", "Households", "#,##0"),
)


PHYSICS_ROWS = (
    ("Accelerators per replica", "g0", "0"),
    ("Sequences decoding together", "b_eff0", "#,##0"),
    ("Decode step [ms]", "t_step0", "0.00"),
    ("Bound: 0 memory 1 compute 2 overhead", "regime0", "0"),
    ("Power per accelerator [W]", "p_acc0", "#,##0"),
    ("Share of peak bandwidth", "u_mem0", "0%"),
    ("Share of peak compute", "u_cmp0", "0%"),
    ("J per output token", "j_out", "0.000"),
    ("Weights fit (1 = yes)", "fits", "0"),
)
"""The base-year physics the Results sheet lists for both sides (line item ids)."""


def _res_scale(ctx: _Ctx, item: str) -> str:
    if item.startswith("en_"):
        return f"/{ctx.energy_div:g}" if ctx.energy_div != 1 else ""
    if item == "queries":
        return "/1E9"
    return ""


def _results(ctx: _Ctx) -> None:
    ws = ctx.wb["Results"]
    _title(
        ws,
        "Results — per-year series (read by the charts)",
        f"All cells are formulas on the Calc sheet. Energy in {ctx.energy_unit}.",
    )
    heads = [h.replace("{E}", ctx.energy_unit) for _, h, _ in RES_COLS]
    row = 4
    ctx.results_rows = {}
    for prefix, side in SIDES:
        sc = ctx.base if prefix == "Base_" else ctx.sc
        put_text(ws, row, 1, f"{side}: {safe_text(sc.name, 120)}", F_SECTION)
        row += 1
        _head_row(ws, row, heads, height=44)
        row += 1
        first = row
        for cc in ctx.calc_cols[prefix]:
            for j, (item, _, fmt) in enumerate(RES_COLS, start=1):
                cell = ws.cell(
                    row=row,
                    column=j,
                    value=f"={_calc_ref(ctx, item, cc, False)}{_res_scale(ctx, item)}",
                )
                styled(cell, F_BODY, fmt=fmt)
            row += 1
        ctx.results_rows[prefix] = (first, row - 1)
        row += 1
    # per-query breakdown (base and horizon year of each side) for the stacked chart
    put_text(ws, row, 1, "Energy per query by component [Wh] (chart data)", F_SECTION)
    row += 1
    pick = []
    for pos in (0, -1):
        for prefix, side in SIDES:
            pick.append((prefix, side, ctx.calc_cols[prefix][pos]))
    put_text(ws, row, 1, "Component", F_HEAD).fill = FILL_HEAD
    for j, (_prefix, side, cc) in enumerate(pick, start=2):
        c = ws.cell(row=row, column=j, value=f'="{side} "&{_calc_ref(ctx, "year", cc)}')
        c.font, c.fill, c.alignment = F_HEAD, FILL_HEAD, CENTER
    ws.row_dimensions[row].height = 30
    head_row = row
    row += 1
    for comp in PQ_COMPONENTS[:-1]:
        put_text(ws, row, 1, COMPONENT_LABELS[comp][0])
        for j, (_, _, cc) in enumerate(pick, start=2):
            c = ws.cell(row=row, column=j, value=f"={_calc_ref(ctx, 'pq_' + comp, cc)}")
            c.number_format = "0.0000"
        row += 1
    ctx.breakdown = (head_row, row - 1, len(pick))
    # why the numbers are what they are: decode physics as configured, base year
    row += 1
    put_text(ws, row, 1, "Decode physics as configured (base year, without measures)", F_SECTION)
    row += 1
    put_text(ws, row, 1, "Quantity", F_HEAD).fill = FILL_HEAD
    for j, (_prefix, side) in enumerate(SIDES, start=2):
        c = put_text(ws, row, j, side, F_HEAD)
        c.fill, c.alignment = FILL_HEAD, CENTER
    row += 1
    for label, item, fmt in PHYSICS_ROWS:
        put_text(ws, row, 1, label)
        for j, (prefix, _side) in enumerate(SIDES, start=2):
            c = ws.cell(
                row=row, column=j, value=f"={_calc_ref(ctx, item, ctx.calc_cols[prefix][0])}"
            )
            c.number_format = fmt
        row += 1
    _widths(ws, {"A": 28})
    for j in range(2, len(RES_COLS) + 1):
        ws.column_dimensions[get_column_letter(j)].width = 13
    ws.freeze_panes = "B4"
    _print_setup(ws, "Results")


# ------------------------------------------------------------------------------- charts


def _energy_chart(ctx: _Ctx) -> ScatterChart:
    ws = ctx.wb["Results"]
    ch = ScatterChart(scatterStyle="lineMarker")
    for prefix, side in SIDES:
        first, last = ctx.results_rows[prefix]
        xs = Reference(ws, min_col=1, min_row=first, max_row=last)
        ys = Reference(ws, min_col=2, min_row=first, max_row=last)
        s = Series(ys, xs, title=side)
        colour = BASELINE_COLOUR if prefix == "Base_" else SCENARIO_COLOUR
        s.graphicalProperties.line.solidFill = colour
        s.graphicalProperties.line.width = 28575
        if prefix == "Base_":
            s.graphicalProperties.line.dashStyle = "dash"
        s.marker.symbol = "circle"
        s.marker.size = 5
        s.marker.graphicalProperties = GraphicalProperties(solidFill=colour)
        s.marker.graphicalProperties.line.solidFill = colour
        s.smooth = False
        ch.series.append(s)
    _style_chart(ch, f"Annual energy [{ctx.energy_unit}]")
    ch.x_axis.number_format = "0"
    ch.x_axis.majorUnit = 1
    years = np.concatenate([r.years for r in ctx.res.values()])
    ch.x_axis.scaling.min = int(years.min())
    ch.x_axis.scaling.max = int(years.max())
    ch.y_axis.scaling.min = 0
    ch.y_axis.number_format = "#,##0"
    ch.x_axis.majorGridlines = None
    return ch


def _breakdown_chart(ctx: _Ctx) -> BarChart:
    ws = ctx.wb["Results"]
    head, last, n = ctx.breakdown
    ch = BarChart()
    ch.type = "col"
    ch.grouping = "stacked"
    ch.overlap = 100
    ch.gapWidth = 60
    data_ref = Reference(ws, min_col=1, max_col=1 + n, min_row=head + 1, max_row=last)
    ch.add_data(data_ref, from_rows=True, titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=2, max_col=1 + n, min_row=head, max_row=head))
    for s, comp in zip(ch.series, PQ_COMPONENTS[:-1], strict=True):
        s.graphicalProperties.solidFill = COMPONENT_COLOURS[comp]
        s.graphicalProperties.line.solidFill = "FFFFFF"
    _style_chart(ch, "Energy per query by component [Wh]")
    ch.y_axis.number_format = "0.00"
    ch.y_axis.scaling.min = 0
    ch.legend.position = "b"
    return ch


def _waterfall_chart(ctx: _Ctx, ws, first: int, last: int) -> BarChart:
    ch = BarChart()
    ch.type = "col"
    ch.grouping = "stacked"
    ch.overlap = 100
    ch.gapWidth = 40
    cats = Reference(ws, min_col=2, min_row=first, max_row=last)
    for col, title, colour in (
        (8, "base", None),
        (9, "Total", NAVY),
        (10, "Saving", OKABE_ITO["blue"]),
        (11, "Increase", OKABE_ITO["vermillion"]),
    ):
        s = Series(Reference(ws, min_col=col, min_row=first, max_row=last), title=title)
        if colour is None:
            s.graphicalProperties.noFill = True
            s.graphicalProperties.line.noFill = True
        else:
            s.graphicalProperties.solidFill = colour
            s.graphicalProperties.line.solidFill = colour
        ch.series.append(s)
    ch.set_categories(cats)
    _style_chart(ch, f"Savings by measure, {int(ctx.res['Scen_'].years[-1])} [{ctx.energy_unit}]")
    ch.legend = None
    ch.y_axis.number_format = "#,##0"
    ch.y_axis.scaling.min = 0
    ch.x_axis.txPr = _chart_text(700)
    return ch


# ------------------------------------------------------------------------------- Measures


def _measures(ctx: _Ctx) -> None:
    ws = ctx.wb["Measures"]
    ms = measures()
    wf = ctx.calc_cols["WF"]
    _title(
        ws,
        "Savings by measure — waterfall",
        "The scenario in its horizon year with every measure off, then the measures switched "
        "on one after the other in this order (interactions are credited to the later "
        "measure). A measure that is off adds nothing. Live formulas on the Calc sheet.",
    )
    heads = (
        "Step",
        "Measure",
        "Switched on",
        "Adoption year",
        f"Energy [{ctx.energy_unit}]",
        f"Change [{ctx.energy_unit}]",
        "Change [%]",
        "base",
        "Total",
        "Saving",
        "Increase",
        "CO2e [t]",
        "Cost [EUR]",
    )
    _head_row(ws, 4, heads, height=36)
    div = f"/{ctx.energy_div:g}" if ctx.energy_div != 1 else ""
    first = 5
    rows = [("Start", "All measures off", None, wf[0])]
    rows += [(str(i + 1), m.label(), m, wf[i + 1]) for i, m in enumerate(ms)]
    rows.append(("End", "Scenario (all its measures)", None, wf[-1]))
    for i, (step, label, m, cc) in enumerate(rows):
        r = first + i
        put_text(ws, r, 1, step, F_MUTED)
        put_text(ws, r, 2, label, F_BOLD if m is None else F_BODY)
        if m is not None:
            c = ws.cell(row=r, column=3, value=f'=IF({ctx.names["Scen_" + m.on_key]}=1,"on","off")')
            c.alignment = Alignment(horizontal="center")
            year = ws.cell(row=r, column=4, value=f"={ctx.names['Scen_' + m.year_key]}")
            year.number_format = "0"
        e = ws.cell(row=r, column=5, value=f"={_calc_ref(ctx, 'en_total', cc)}{div}")
        e.number_format = "#,##0.00"
        total = m is None
        if not total:
            ws.cell(row=r, column=6, value=f"=E{r}-E{r - 1}").number_format = NF_DELTA
            ws.cell(
                row=r, column=7, value=f"=IF(E{r - 1}=0,0,F{r}/E{r - 1})"
            ).number_format = NF_PCT
            ws.cell(row=r, column=8, value=f"=MIN(E{r - 1},E{r})")
            ws.cell(row=r, column=9, value=0)
            ws.cell(row=r, column=10, value=f"=MAX(E{r - 1}-E{r},0)")
            ws.cell(row=r, column=11, value=f"=MAX(E{r}-E{r - 1},0)")
        else:
            if i > 0:
                ws.cell(row=r, column=6, value=f"=E{r}-E{first}").number_format = NF_DELTA
                ws.cell(
                    row=r, column=7, value=f"=IF(E{first}=0,0,F{r}/E{first})"
                ).number_format = NF_PCT
            ws.cell(row=r, column=8, value=0)
            ws.cell(row=r, column=9, value=f"=E{r}")
            ws.cell(row=r, column=10, value=0)
            ws.cell(row=r, column=11, value=0)
        for j in range(8, 12):
            ws.cell(row=r, column=j).number_format = "#,##0.00"
            ws.cell(row=r, column=j).font = F_MUTED
        ws.cell(row=r, column=12, value=f"={_calc_ref(ctx, 'co2', cc)}").number_format = "#,##0"
        ws.cell(row=r, column=13, value=f"={_calc_ref(ctx, 'cost', cc)}").number_format = "#,##0"
        for j in range(1, 14):
            ws.cell(row=r, column=j).border = Border(bottom=THIN)
    last = first + len(rows) - 1
    put_text(
        ws, last + 1, 8, "Chart helper columns: invisible base, total, saving, increase.", F_MUTED
    )
    _widths(
        ws,
        {
            "A": 7,
            "B": 46,
            "C": 11,
            "D": 10,
            "E": 14,
            "F": 14,
            "G": 11,
            "H": 11,
            "I": 11,
            "J": 11,
            "K": 11,
            "L": 13,
            "M": 14,
        },
    )
    ch = _waterfall_chart(ctx, ws, first, last)
    ch.width, ch.height = 24, 11
    ws.add_chart(ch, f"A{last + 3}")
    ws.freeze_panes = "A5"
    ctx.waterfall_rows = (first, last)
    _print_setup(ws, "Measures", fit_height=1)


# ------------------------------------------------------------------------------- Summary

KPIS = (
    ("Annual energy", "en_total", NF_ENERGY),
    ("Energy per query", "pq_total", NF_WH),
    ("Queries per year", "queries", NF_QUERIES),
    ("CO2e per year", "co2", NF_CO2),
    ("On-site water per year", "water", NF_WATER),
    ("Electricity cost per year", "cost", NF_EUR),
    ("Accelerators provisioned", "accelerators", NF_COUNT),
    ("Average facility power", "mw_avg", NF_MW),
    ("Provisioned facility power", "mw_prov", NF_MW),
    ("Household equivalents", "households", NF_COUNT),
)


def _summary(ctx: _Ctx) -> None:
    ws = ctx.wb["Summary"]
    put_text(ws, 1, 1, "WattIf — energy use of AI: summary", F_TITLE)
    ws.row_dimensions[1].height = 24
    put_text(ws, 2, 1, f"Scenario: {safe_text(ctx.sc.name, 150)}", F_BOLD)
    put_text(ws, 3, 1, f"Baseline: {safe_text(ctx.base.name, 150)}", F_BODY)
    put_text(
        ws,
        2,
        7,
        f"Exported {_dt.date.today().isoformat()} · WattIf {__version__} · model v{MODEL_VERSION}",
        F_MUTED,
    ).alignment = Alignment(horizontal="right")
    bcols, scols = ctx.calc_cols["Base_"], ctx.calc_cols["Scen_"]
    blocks = ((bcols[0], scols[0]), (bcols[-1], scols[-1]))
    put_text(ws, 5, 1, "Key figures", F_HEAD)
    put_text(ws, 6, 1, "", F_HEAD)
    for j, (bc, scc) in enumerate(blocks):
        c0 = 2 + 3 * j
        ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 2)
        c = ws.cell(
            row=5,
            column=c0,
            value=f"=IF({_calc_ref(ctx, 'year', bc)}={_calc_ref(ctx, 'year', scc)},"
            f'"Year "&{_calc_ref(ctx, "year", scc)},"Years "&'
            f'{_calc_ref(ctx, "year", bc)}&" / "&{_calc_ref(ctx, "year", scc)})',
        )
        for k, label in enumerate(("Baseline", "Scenario", "Change")):
            put_text(ws, 6, c0 + k, label, F_HEAD)
        del c
    for r in (5, 6):
        for j in range(1, 8):
            cell = ws.cell(row=r, column=j)
            cell.fill = FILL_HEAD
            cell.font = F_HEAD
            cell.alignment = CENTER if j > 1 else Alignment(vertical="center", indent=1)
    ws.row_dimensions[5].height = 20
    ws.row_dimensions[6].height = 18
    for i, (label, item, fmt) in enumerate(KPIS):
        r = 7 + i
        put_text(ws, r, 1, label, F_BOLD).alignment = Alignment(indent=1, vertical="center")
        for j, (bc, scc) in enumerate(blocks):
            c0 = 2 + 3 * j
            b = ws.cell(row=r, column=c0, value=f"={_calc_ref(ctx, item, bc)}")
            s = ws.cell(row=r, column=c0 + 1, value=f"={_calc_ref(ctx, item, scc)}")
            bl, sl = get_column_letter(c0), get_column_letter(c0 + 1)
            d = ws.cell(row=r, column=c0 + 2, value=f'=IF({bl}{r}=0,"–",{sl}{r}/{bl}{r}-1)')
            for cell, f in ((b, fmt), (s, fmt), (d, NF_PCT)):
                cell.number_format = f
                cell.font = F_BODY
                cell.alignment = Alignment(horizontal="right", vertical="center")
            s.font = Font(name=FONT, size=10, bold=True, color=INK)
        for j in range(1, 8):
            ws.cell(row=r, column=j).border = Border(bottom=THIN)
            if i % 2:
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="F5F7FA")
        ws.row_dimensions[r].height = 17
    note_row = 7 + len(KPIS)
    put_text(
        ws,
        note_row,
        1,
        "Change = scenario ÷ baseline − 1 in the same column. Water: on-site cooling water. "
        "Household equivalents: annual energy ÷ household use (Inputs). All figures "
        "recalculate from the Inputs sheet.",
        F_MUTED,
    ).alignment = WRAP_TOP
    ws.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=7)
    ws.row_dimensions[note_row].height = 26
    widths = {"A": 34, "B": 17, "C": 17, "D": 11, "E": 17, "F": 17, "G": 11}
    _widths(ws, widths)

    def cm(chars: float) -> float:  # column width in characters -> cm (7 px/char + 5 px)
        return (chars * 7 + 5) / 96 * 2.54

    total = sum(cm(w) for w in widths.values())
    left = cm(widths["A"]) + cm(widths["B"]) + cm(widths["C"])
    # charts: energy per year (left), per-query breakdown (right), waterfall below
    anchor = note_row + 2
    e = _energy_chart(ctx)
    e.width, e.height = left - 0.4, 7.4
    ws.add_chart(e, f"A{anchor}")
    b = _breakdown_chart(ctx)
    b.width, b.height = total - left, 7.4
    ws.add_chart(b, f"D{anchor}")
    first, last = ctx.waterfall_rows
    w = _waterfall_chart(ctx, ctx.wb["Measures"], first, last)
    w.width, w.height = total, 7.6
    ws.add_chart(w, f"A{anchor + 16}")
    ws.print_area = f"A1:G{anchor + 31}"
    ws.sheet_view.showGridLines = False
    _print_setup(ws, "Summary", fit_height=1)


# ------------------------------------------------------------------------------- Sources


def _sources(ctx: _Ctx) -> None:
    ws = ctx.wb["Sources"]
    _title(ws, "Sources", "Every source id cited by a parameter or a hardware entry.")
    _head_row(ws, 4, ("Id", "Citation", "URL or location", "Notes"))
    used: list[str] = []
    for p in params.registry().values():
        used += list(p.source)
    for hw in data.hardware_catalogue().values():
        used += [s.strip() for s in hw.source.split(";") if s.strip()]
    srcs = data.sources()
    row = 5
    for sid in dict.fromkeys(used):
        s = srcs.get(sid, {"citation": "(not in sources.csv)", "url_or_location": "", "notes": ""})
        put_text(ws, row, 1, sid, F_BOLD)
        put_text(ws, row, 2, s.get("citation", ""))
        url = safe_text(s.get("url_or_location", ""), 2000)
        cell = put_text(ws, row, 3, url, F_BODY)
        m = re.match(r"(https?://\S+)", url)
        if m and len(m.group(1)) < 250:
            cell.hyperlink = m.group(1)
            cell.font = F_LINK
        put_text(ws, row, 4, s.get("notes", ""), F_MUTED)
        for j in range(1, 5):
            ws.cell(row=row, column=j).alignment = WRAP_TOP
        row += 1
    _widths(ws, {"A": 22, "B": 60, "C": 45, "D": 70})
    ws.freeze_panes = "B5"
    _print_setup(ws, "Sources", title_rows="4:4")


# ------------------------------------------------------------------------------- Checks


def _app_lines(ctx: _Ctx, prefix: str):
    """(label, item id, year, unit, app value, Calc column) for every checked figure."""
    r = ctx.res[prefix]
    cols = ctx.calc_cols[prefix]
    for i, cc in enumerate(cols):
        y = int(r.years[i])
        for k, comp in enumerate(COMPONENTS):
            yield (
                f"Energy per query: {COMPONENT_LABELS[comp][0]}",
                f"pq_{comp}",
                y,
                "Wh",
                r.per_query_wh[i, k],
                cc,
            )
        yield ("Energy per query: total", "pq_total", y, "Wh", r.per_query_total_wh[i], cc)
        for k, comp in enumerate(COMPONENTS):
            yield (
                f"Annual energy: {COMPONENT_LABELS[comp][0]}",
                f"en_{comp}",
                y,
                "kWh",
                r.energy_kwh[i, k],
                cc,
            )
        for label, item, unit, arr in (
            ("Annual energy: total", "en_total", "kWh", r.energy_total_kwh),
            ("Queries per year", "queries", "queries", r.queries_per_year),
            ("Queries per year before the rebound", "q_base", "queries", r.queries_before_rebound),
            ("CO2e", "co2", "t", r.co2e_t),
            ("Water", "water", "m³", r.water_m3),
            ("Electricity cost", "cost", "EUR", r.cost_eur),
            ("Accelerators", "accelerators", "count", r.accelerators),
            ("Servers", "servers", "count", r.servers),
            ("Racks", "racks", "count", r.racks),
            ("Average power", "mw_avg", "MW", r.power_avg_mw),
            ("Provisioned power", "mw_prov", "MW", r.power_provisioned_mw),
            ("Households", "households", "households", r.households),
            ("Grid carbon intensity", "grid", "gCO2e/kWh", r.grid_gco2e_per_kwh),
        ):
            yield label, item, y, unit, arr[i], cc
    cc = cols[0]
    y = int(r.years[0])
    for label, item, unit, v in (
        (
            "Accelerator energy per output token",
            "j_out",
            "J/token",
            r.accelerator_j_per_output_token,
        ),
        ("Accelerator energy per input token", "j_in", "J/token", r.accelerator_j_per_input_token),
        ("Accelerators per replica", "g0", "count", r.accelerators_per_replica),
        ("Sequences decoding together", "b_eff0", "sequences", r.effective_batch),
        ("Accelerator power", "p_acc0", "W", r.accelerator_power_w),
        ("Decode step time", "t_step0", "ms", r.decode_step_ms),
        ("Achieved share of peak bandwidth", "u_mem0", "share", r.bandwidth_utilisation),
        ("Achieved share of peak compute", "u_cmp0", "share", r.compute_utilisation),
        ("Regime (0 memory, 1 compute, 2 overhead)", "regime0", "code", float(r.regime)),
        ("Weights fit on the replica (1 = yes)", "fits", "flag", float(r.fits_in_memory)),
        ("Local energy per output token", "l_j_out", "J/token", r.local_j_per_output_token),
        ("Training run: energy", "t_kwh", "kWh", r.training_energy_kwh),
        ("Training run: accelerator-hours", "t_hours", "h", r.training_accelerator_hours),
        ("Training run: CO2e", "t_co2", "t", r.training_co2e_t),
        ("Training run: compute", "t_flops", "FLOP", r.training_flops),
    ):
        yield label, item, y, unit, v, cc


def _checks(ctx: _Ctx) -> None:
    ws = ctx.wb["Checks"]
    _title(
        ws,
        "Checks — the workbook's formulas against WattIf's own numbers",
        "Each line: the value WattIf computed at export, the workbook's formula, their "
        "relative difference and PASS/FAIL against the tolerance. After you change inputs the "
        "exported values no longer apply (see 'Inputs changed since export').",
    )
    taken = {n.lower() for n in ctx.wb.defined_names}
    tol_name = defined_name("Check_tolerance", taken)
    put_text(ws, 4, 1, "Master check", F_BOLD)
    put_text(ws, 5, 1, "Model lines passing", F_BODY)
    put_text(ws, 6, 1, "Inputs changed since export", F_BODY)
    put_text(ws, 7, 1, "Tolerance (relative error)", F_BODY)
    _input_cell(ws["C7"], 1e-9, "0.0E+00")
    ctx.wb.defined_names[tol_name] = DefinedName(tol_name, attr_text="Checks!$C$7")
    heads = (
        "Side",
        "Quantity",
        "Year",
        "Unit",
        "WattIf value",
        "Workbook value",
        "Relative error",
        "Result",
        "Calc item",
    )
    _head_row(ws, 9, heads)
    row = 10
    first = row
    for prefix, side in SIDES:
        for label, item, y, unit, v, cc in _app_lines(ctx, prefix):
            _check_line(
                ws,
                row,
                side,
                label,
                y,
                unit,
                float(v),
                f"={_calc_ref(ctx, item, cc)}",
                item,
                tol_name,
            )
            row += 1
    # waterfall: cumulative value after each step against savings_by_measure
    wf = savings_by_measure(ctx.sc)
    steps = dict(zip(wf.ids, wf.steps, strict=True))
    value = wf.start
    cols = ctx.calc_cols["WF"]
    _check_line(
        ws,
        row,
        "Scenario",
        "Waterfall: all measures off",
        wf.year,
        "kWh",
        value,
        f"={_calc_ref(ctx, 'en_total', cols[0])}",
        "en_total",
        tol_name,
    )
    row += 1
    for j, m in enumerate(measures(), start=1):
        value = value + steps.get(m.id, 0.0)
        _check_line(
            ws,
            row,
            "Scenario",
            f"Waterfall: after + {m.label()}",
            wf.year,
            "kWh",
            value,
            f"={_calc_ref(ctx, 'en_total', cols[j])}",
            "en_total",
            tol_name,
        )
        row += 1
    _check_line(
        ws,
        row,
        "Scenario",
        "Waterfall: end",
        wf.year,
        "kWh",
        wf.end,
        f"={_calc_ref(ctx, 'en_total', cols[-1])}",
        "en_total",
        tol_name,
    )
    row += 1
    last = row - 1
    n_model = last - first + 1
    # inputs as exported
    row += 1
    put_text(ws, row, 1, "Inputs as exported (blank result = unchanged)", F_SECTION)
    for j in range(1, 10):
        ws.cell(row=row, column=j).fill = FILL_SECTION
    row += 1
    in_first = row
    for prefix, side in SIDES:
        sc = ctx.base if prefix == "Base_" else ctx.sc
        for p in params.registry().values():
            put_text(ws, row, 1, side, F_MUTED)
            put_text(ws, row, 2, p.key, F_MUTED)
            v = _input_value(p, sc[p.key])
            c = ws.cell(row=row, column=5)
            if isinstance(v, str):
                put_text(ws, row, 5, v, F_MUTED, 255)
            else:
                c.value = v
                c.font = F_MUTED
            name = ctx.names[prefix + p.key]
            ws.cell(row=row, column=6, value=f"={name}").font = F_MUTED
            ws.cell(row=row, column=8, value=f'=IF(F{row}=E{row},"","CHANGED")').font = F_BOLD
            row += 1
    in_last = row - 1
    m = ws["C4"]
    m.value = (
        f'=IF(COUNTIF(H{first}:H{last},"PASS")={n_model},"PASS",'
        f'IF(C6>0,"NOT COMPARABLE: inputs changed","FAIL"))'
    )
    m.font = Font(name=FONT, size=14, bold=True, color=INK)
    ws["C5"] = f'=COUNTIF(H{first}:H{last},"PASS")&" of {n_model}"'
    ws["C6"] = f'=COUNTIF(H{in_first}:H{in_last},"CHANGED")'
    for ref in ("C5", "C6"):
        ws[ref].font = F_BOLD
        ws[ref].alignment = Alignment(horizontal="left")
    ws.merge_cells("C4:E4")
    ws.conditional_formatting.add("C4", FormulaRule(formula=['$C$4="PASS"'], fill=FILL_PASS))
    ws.conditional_formatting.add("C4", FormulaRule(formula=['$C$4<>"PASS"'], fill=FILL_FAIL))
    ws.conditional_formatting.add(
        f"H{first}:H{last}",
        FormulaRule(
            formula=[f'H{first}<>"PASS"'],
            fill=FILL_FAIL,
            font=Font(bold=True, color=OKABE_ITO["vermillion"]),
        ),
    )
    ws.conditional_formatting.add(
        f"H{in_first}:H{in_last}", FormulaRule(formula=[f'H{in_first}="CHANGED"'], fill=FILL_FAIL)
    )
    ctx.checks_range = (first, last, in_first, in_last)
    _widths(ws, {"A": 22, "B": 44, "C": 10, "D": 11, "E": 20, "F": 20, "G": 13, "H": 10, "I": 16})
    ws.freeze_panes = "A10"
    _print_setup(ws, "Checks", title_rows="9:9")


def _check_line(ws, row, side, label, year, unit, app, wb_formula, item, tol) -> None:
    put_text(ws, row, 1, side, F_MUTED)
    put_text(ws, row, 2, label)
    styled(ws.cell(row=row, column=3, value=int(year)), fmt="0")
    put_text(ws, row, 4, unit, F_MUTED).alignment = INDENT
    styled(ws.cell(row=row, column=5, value=app), fmt=NF_CHECK)
    styled(ws.cell(row=row, column=6, value=wb_formula), fmt=NF_CHECK)
    styled(
        ws.cell(
            row=row,
            column=7,
            value=f"=IF(AND(E{row}=0,F{row}=0),0,ABS(F{row}-E{row})/MAX(ABS(E{row}),ABS(F{row})))",
        ),
        fmt="0.0E+00",
    )
    styled(
        ws.cell(row=row, column=8, value=f'=IF(G{row}<={tol},"PASS","FAIL")'), align=ALIGN_CENTER_H
    )
    put_text(ws, row, 9, item, F_MUTED)


# ------------------------------------------------------------------------------- README


def _readme(ctx: _Ctx) -> None:
    ws = ctx.wb["README"]
    ws.sheet_view.showGridLines = False
    put_text(ws, 1, 1, "WattIf — what-if workbook on the energy use of AI", F_TITLE)
    ws.row_dimensions[1].height = 26
    put_text(
        ws,
        2,
        1,
        "A living model: change the blue cells on the Inputs sheet and every "
        "figure, table and chart recalculates.",
        F_SUB,
    )
    rows = [
        ("Exported", _dt.date.today().isoformat()),
        ("Application", f"WattIf {__version__}"),
        ("Model version", f"{MODEL_VERSION} (formulas as in docs/methodology.md)"),
        ("Scenario", ctx.sc.name),
        ("Scenario notes", ctx.sc.notes or "–"),
        ("Baseline", ctx.base.name),
        ("Baseline notes", ctx.base.notes or "–"),
        (
            "Projection",
            f"scenario {ctx.res['Scen_'].years[0]}–{ctx.res['Scen_'].years[-1]},"
            f" baseline {ctx.res['Base_'].years[0]}–"
            f"{ctx.res['Base_'].years[-1]}",
        ),
    ]
    r = 4
    for k, v in rows:
        put_text(ws, r, 1, k, F_BOLD).alignment = WRAP_TOP
        c = put_text(ws, r, 2, v, F_BODY, 4000)
        c.alignment = WRAP_TOP
        if k.endswith("notes") and len(c.value) > 110:
            ws.row_dimensions[r].height = min(15 * (len(c.value) // 100 + 1), 200)
        r += 1
    r += 1
    put_text(ws, r, 1, "Colour legend", F_SECTION)
    r += 1
    c = ws.cell(row=r, column=1, value=1.2)
    _input_cell(c, 1.2)
    put_text(
        ws,
        r,
        2,
        "Input: blue figures on a light fill — change these (Inputs, Hardware, "
        "the check tolerance).",
    )
    r += 1
    c = ws.cell(row=r, column=1, value=f"={ctx.names['Scen_pue']}*1")
    c.font = F_BODY
    c.border = BOX
    put_text(ws, r, 2, "Formula: black — computed, do not overwrite.")
    r += 1
    c = put_text(ws, r, 1, "changed", F_BOLD)
    c.fill = PatternFill("solid", fgColor="FFE7A8")
    put_text(ws, r, 2, "On Inputs: a scenario value that differs from the baseline.")
    r += 2
    put_text(ws, r, 1, "How to use", F_SECTION)
    r += 1
    howto = (
        "1. Change the blue cells on Inputs (the scenario column, or the baseline column); "
        "everything recalculates. Data validation keeps each value in its allowed range.",
        "2. Switches are 1 (on) or 0 (off); hardware is a catalogue id from the Hardware sheet "
        "(e.g. h100, b200).",
        "3. Summary shows the headline figures and charts; Results the per-year series; "
        "Measures the savings of each measure.",
        "4. Calc shows how every number is computed: one line item per row, the same formula "
        "across the year columns.",
        "5. Checks proves that the workbook reproduces WattIf's own numbers (relative error ≤ "
        "tolerance). Once you change inputs, it reports 'not comparable'.",
        "6. The year columns are fixed at export (base to horizon year). To change the "
        "projection period, change it in WattIf and export again.",
    )
    for line in howto:
        c = put_text(ws, r, 1, line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c.alignment = WRAP_TOP
        ws.row_dimensions[r].height = 28 if len(line) > 125 else 16
        r += 1
    r += 1
    put_text(ws, r, 1, "Sheets", F_SECTION)
    r += 1
    guide = (
        (
            "Summary",
            "Headline figures for baseline and scenario, base and horizon year, "
            "with charts (one landscape page).",
        ),
        (
            "Inputs",
            "One row per parameter: value (blue), unit, low/default/high, allowed range, sources.",
        ),
        (
            "Calc",
            "The model as formulas: per-query physics, fleet, projection, for both "
            "sides and the waterfall steps.",
        ),
        ("Results", "Per-year series read by the charts."),
        ("Measures", "Savings by measure in the horizon year (waterfall)."),
        ("Hardware", "The hardware catalogue looked up by id."),
        ("Sources", "Full citation and URL of every source id."),
        (
            "Checks",
            "WattIf's values beside the workbook's formulas, pass/fail per line, one master check.",
        ),
    )
    for name, text in guide:
        c = put_text(ws, r, 1, name, F_LINK)
        c.hyperlink = f"#'{name}'!A1"
        put_text(ws, r, 2, text).alignment = WRAP_TOP
        r += 1
    r += 1
    put_text(ws, r, 1, "Master check", F_BOLD)
    c = ws.cell(row=r, column=2, value="=Checks!C4")
    c.font = F_BOLD
    _widths(ws, {"A": 24, "B": 110})
    for rr in range(4, r + 1):
        ws.row_dimensions[rr].height = ws.row_dimensions[rr].height or 16
    _print_setup(ws, "README", landscape=False, fit_height=1)
