"""Builds the Excel workbook of :func:`wattif.core.excel.export_workbook` (private).

Imported only while exporting: it loads XlsxWriter at import time. Every formula cell stores
the value WattIf computed for it (see :mod:`._xlsx_write`); the Calc sheet's values come from
the numpy target of the same line-item declaration its formulas are rendered from.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import xlsxwriter

from . import MODEL_VERSION, __version__, data, params
from ._xlsx_calc import (
    MARK,
    PQ_COMPONENTS,
    VARIANT_LABELS,
    Col,
    column_values,
    layout,
    row_values,
    special,
    template,
)
from ._xlsx_write import (
    BOLD,
    CENTER,
    HEAD,
    INDENT,
    INPUT,
    MUTE,
    NAVY,
    RIGHT,
    SECTION,
    SECTION_BG,
    STRIPE,
    SUB,
    TITLE,
    WRAP,
    Formats,
    Sheet,
    Tr,
    col_letter,
    defined_name,
    safe_text,
    text_height,
    xl_number,
)
from .data import HW_NUMERIC_FLOAT
from .measures import measures
from .model import COMPONENT_LABELS, COMPONENTS, Results, evaluate
from .scenario import Scenario, preset_info

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
COMPONENT_COLOURS = {
    "accelerators": "#0072B2",
    "host": "#56B4E9",
    "idle": "#E69F00",
    "facility": "#009E73",
    "network": "#F0E442",
    "device": "#D55E00",
    "local": "#CC79A7",
    "training": "#000000",
    "other_ai": "#999999",
}
BASELINE_COLOUR = "#8C8C8C"
SCENARIO_COLOUR = "#0072B2"
CHANGED_FILL = "#FFE7A8"
PASS_FILL = "#DCEFE6"
FAIL_FILL = "#FBE3D3"

SHEETS = {
    "README": "Hinweise",
    "Summary": "Übersicht",
    "Inputs": "Eingaben",
    "Calc": "Berechnung",
    "Results": "Ergebnisse",
    "Measures": "Maßnahmen",
    "Uncertainty": "Unsicherheit",
    "Tornado": "Sensitivität",
    "Scenarios": "Szenarien",
    "Scenario inputs": "Szenario-Eingaben",
    "Hardware": "Hardware",
    "Models": "Modelle",
    "Sources": "Quellen",
    "Checks": "Prüfungen",
}
"""Sheets in order: English name -> German name (Uncertainty and Tornado with the analyses,
Scenarios and Scenario inputs when named scenarios are compared)."""

SIDES = (("Base_", "Baseline"), ("Scen_", "Scenario"))
NAMED_PREFIX = "Named{0}_"
"""Defined-name prefix of the ``i``-th compared named scenario's inputs (``Named1_pue``): a
column block of its own on Calc, living like the scenario's (never a cell reference such as
``OPT1``)."""
CALC_FIRST_COL = 4  # D
CALC_FIRST_ROW = 6
HW_SPARE_ROWS = 20
MD_SPARE_ROWS = 10
UNCERTAINTY_SAMPLES = 1000
UNCERTAINTY_SEED = 0
TORNADO_BARS = 15

# adaptive number formats (values in base units, displayed with a unit that fits)
NF_ENERGY = '[>=1000000000]#,##0.0,,," TWh";[>=1000000]#,##0.0,," GWh";#,##0.0," MWh"'
NF_CO2 = '[>=1000000]#,##0.00,," Mt";[>=1000]#,##0.0," kt";#,##0.0" t"'
NF_WATER = '[>=1000000]#,##0.0,," million m³";#,##0" m³"'
NF_EUR = '[>=1000000000]#,##0.00,,," bn EUR";[>=1000000]#,##0.0,," M EUR";#,##0" EUR"'
NF_COUNT = "#,##0"
NF_QUERIES = '[>=1000000000]#,##0.0,,," bn";[>=1000000]#,##0.0,," M";#,##0'
NF_WH = '0.000" Wh"'
NF_POWER_W = '[>=1000000]#,##0.0,," MW";[>=1000]#,##0.0," kW";#,##0" W"'
NF_KWH = (
    '[>=1000000000]#,##0.0,,," TWh";[>=1000000]#,##0.0,," GWh";[>=1000]#,##0.0," MWh";#,##0" kWh"'
)
NF_HOURS = '#,##0" h"'
NF_PCT = "+0.0%;-0.0%;0.0%"
NF_DELTA = "+#,##0.00;-#,##0.00;0"
NF_CHECK = "0.0000000000E+00"  # 11 significant digits: shows the 1e-9 agreement
INTERNAL_TOL = "1E-12"
"""Internal checks pass at zero (counts) or a relative difference of at most this (sums that
are computed alike and come out equal)."""


def year_slots() -> int:
    """Year columns per side on Calc: every projection the allowed inputs can ask for."""
    return int(params.get("horizon_year").max) - int(params.get("base_year").min) + 1


# ------------------------------------------------------------------------------- context


@dataclass
class _Ctx:
    wb: object
    fmt: Formats
    tr: Tr
    sc: Scenario
    base: Scenario
    res: dict[str, Results]  # WattIf's results at export, by prefix
    sheets: dict[str, Sheet] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # "Scen_pue" -> defined name
    calc_cols: dict[str, list[Col]] = field(default_factory=dict)
    cv: dict = field(default_factory=dict)  # (block, Calc row key) -> values per column
    lay: object = None
    slots: int = 0
    energy_div: float = 1.0
    energy_unit: str = "kWh"
    report: Callable[[float, str], None] = lambda f, m: None
    rows: dict = field(default_factory=dict)  # places other sheets refer to
    checks: dict = field(default_factory=dict)
    taken: set = field(default_factory=set)  # defined names in use (lower case)
    compared: dict = field(default_factory=dict)  # "Named1_" -> a compared named Scenario

    @property
    def de(self) -> bool:
        return self.tr.lang == "de"

    def sheet(self, key: str) -> Sheet:
        return self.sheets[key]

    def q(self, key: str) -> str:
        """``'Sheet name'!`` of a sheet by its English key."""
        return self.sheets[key].ref

    def side_sc(self, prefix: str) -> Scenario:
        if prefix == "Base_":
            return self.base
        return self.sc if prefix == "Scen_" else self.compared[prefix]

    @property
    def calc_sides(self) -> list[tuple[str, str]]:
        """Column blocks of Calc: baseline, scenario and each compared named scenario
        (prefix, side title)."""
        return [*SIDES, *((p, "Named scenario") for p in self.compared)]

    def t_h(self, prefix: str) -> int:
        sc = self.side_sc(prefix)
        return int(sc["horizon_year"]) - int(sc["base_year"])

    # Calc references --------------------------------------------------------------------
    def calc_row(self, item: str) -> int:
        return self.lay.row(item)

    def at(self, prefix: str, item: str, k: int = 0) -> tuple[str, float]:
        """Formula text and value of a line item in year column ``k`` of one side."""
        cc = self.calc_cols[prefix][k]
        return f"{self.q('Calc')}${cc.letter}${self.calc_row(item)}", self.cv[(prefix, item)][k]

    def block(self, prefix: str, row: int) -> str:
        cols = self.calc_cols[prefix]
        return f"{self.q('Calc')}${cols[0].letter}${row}:${cols[-1].letter}${row}"

    def at_horizon(self, prefix: str, item: str) -> tuple[str, float]:
        """A line item in the horizon year of one side: follows the base and horizon inputs."""
        n = self.names
        f = (
            f"INDEX({self.block(prefix, self.calc_row(item))},1,"
            f"{n[prefix + 'horizon_year']}-{n[prefix + 'base_year']}+1)"
        )
        return f, self.cv[(prefix, item)][self.t_h(prefix)]

    def at_step(self, step: int, item: str) -> tuple[str, float]:
        cc = self.calc_cols["WF"][step]
        return f"{self.q('Calc')}${cc.letter}${self.calc_row(item)}", self.cv[("WF", item)][step]


# ------------------------------------------------------------------------------- texts for clients


_REPO_FILE = re.compile(
    r";?\s*(?:see|per)\s+(?:docs/)?[\w./-]+\.md\b[^;)]*"  # "; see docs/methodology.md for ..."
    r"|\s*\((?:see\s+)?docs/[\w./-]+\.md\b[^)]*\)"  # " (docs/calibration.md, 'Stated ...')"
)


def client_text(text: str) -> str:
    """A text of WattIf's data without pointers to files of its repository (``see
    docs/methodology.md``): a client has the workbook, not the repository."""
    return _REPO_FILE.sub("", text).strip()


# ------------------------------------------------------------------------------- the book


def build_workbook(
    scenario: Scenario,
    baseline: Scenario,
    report: Callable[[float, str], None],
    lang: str = "en",
    analyses: bool = True,
    compared: Sequence[Scenario] = (),
) -> bytes:
    """The finished workbook as ``.xlsx`` bytes, in English (``lang="en"``) or German;
    ``compared``: named scenarios, each with its inputs (Scenario inputs sheet), its own column
    block of living formulas on Calc and its key figures on the Scenarios sheet."""
    tr = Tr(lang)
    res = {"Base_": evaluate(baseline), "Scen_": evaluate(scenario)}
    report(0.1, "Laying out the workbook")
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(
        buf,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            # Arial 10: column widths and row heights come out the same in Excel and
            # LibreOffice (Liberation Sans), so charts fit the tables in both
            "default_format_properties": {"font_name": "Arial", "font_size": 10},
        },
    )
    ctx = _Ctx(wb, Formats(wb), tr, scenario, baseline, res, report=report)
    if compared:
        from ._xlsx_compare import MAX_COMPARED

        for i, sc in enumerate(compared[:MAX_COMPARED], start=1):
            prefix = NAMED_PREFIX.format(i)
            ctx.compared[prefix] = sc
            res[prefix] = evaluate(sc)
    ctx.lay = layout(CALC_FIRST_ROW)
    ctx.slots = year_slots()
    for key, de in SHEETS.items():
        if not analyses and key in ("Uncertainty", "Tornado"):
            continue
        if not compared and key in ("Scenarios", "Scenario inputs"):
            continue
        ctx.sheets[key] = Sheet(wb, ctx.fmt, de if tr.lang == "de" else key)
    peak = max(float(np.max(r.energy_total_kwh)) for r in res.values())
    ctx.energy_div, ctx.energy_unit = (
        (1e9, "TWh")
        if peak >= 1e9
        else (1e6, "GWh")
        if peak >= 1e6
        else (1e3, "MWh")
        if peak >= 1e3
        else (1.0, "kWh")
    )
    _hardware(ctx)
    _models(ctx)
    _inputs(ctx)
    if compared:
        from ._xlsx_compare import compared_inputs

        compared_inputs(ctx)
    report(0.25, "Writing the model formulas")
    _calc(ctx)
    report(0.5, "Writing results and charts")
    _results(ctx)
    _measures(ctx)
    _summary(ctx)
    if analyses:
        report(0.6, "Uncertainty bands and tornado")
        from ._xlsx_analyses import tornado_sheet, uncertainty_sheet

        uncertainty_sheet(ctx)
        tornado_sheet(ctx)
    if compared:
        from ._xlsx_compare import scenarios_sheet

        report(0.65, "Compared scenarios")
        scenarios_sheet(ctx)
    report(0.7, "Writing sources and checks")
    # the sheets of their own modules use this module's helpers: imported here
    from ._xlsx_checks import checks_sheet
    from ._xlsx_sources import readme_sheet, sources_sheet

    sources_sheet(ctx)
    checks_sheet(ctx)
    readme_sheet(ctx)
    ctx.sheet("Summary").ws.activate()
    wb.set_properties(
        {
            "title": safe_text(f"WattIf — {_name(ctx, scenario)} vs {_name(ctx, baseline)}", 250),
            "author": f"WattIf {__version__}",
            "comments": tr("Living model: change the blue cells on the Inputs sheet."),
        }
    )
    report(0.85, "Compressing the workbook")
    wb.close()
    return buf.getvalue()


def _name(ctx: _Ctx, sc: Scenario) -> str:
    """A scenario's name in the workbook's language (a shipped preset's German title)."""
    if ctx.de:
        for info in preset_info():
            if sc.name == info["title"]:
                return info["title_de"]
    return sc.name


def _title(sh: Sheet, text: str, sub: str | None = None) -> None:
    sh.text(1, 1, text, TITLE)
    sh.height(1, 24)
    if sub:
        sh.text(2, 1, sub, SUB)


def _head_row(sh: Sheet, row: int, labels, col: int = 1, height: float | None = 30) -> None:
    for i, label in enumerate(labels):
        sh.text(row, col + i, label, HEAD)
    if height:
        sh.height(row, height)


def _print_setup(
    ctx: _Ctx,
    sh: Sheet,
    landscape: bool = True,
    fit_height: int = 0,
    title_rows: tuple[int, int] | None = None,
    fit_width: int = 1,
    scale: int | None = None,
) -> None:
    ws = sh.ws
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(9)  # A4
    if scale is None:
        ws.fit_to_pages(fit_width, fit_height)
    else:
        ws.set_print_scale(scale)
    ws.center_horizontally()
    # the footer sits 0.3 in from the edge, clear of the 0.75 in bottom margin
    ws.set_margins(left=0.4, right=0.4, top=0.55, bottom=0.75)
    page = ctx.tr("Page &P of &N")
    left = safe_text(f"WattIf — {sh.name}", 60).replace("&", "&&")
    ws.set_footer(f"&L&8{left}&R&8{page}", {"margin": 0.3})
    ws.set_header("", {"margin": 0.3})
    if title_rows:
        ws.repeat_rows(title_rows[0] - 1, title_rows[1] - 1)


def _energy_scale(ctx: _Ctx) -> str:
    return f"/{xl_number(ctx.energy_div)}" if ctx.energy_div != 1 else ""


def _axis_format(peak: float) -> str:
    """An axis number format with the decimals the range needs (a 2 TWh axis reads 0.5, 1.0,
    1.5, not 0, 1, 2)."""
    if peak >= 20:
        return "#,##0"
    if peak >= 2:
        return "#,##0.0"
    if peak >= 0.2:
        return "#,##0.00"
    return "0.00E+00" if peak > 0 else "0"


def _axis_font() -> dict:
    return {"name": "Arial", "size": 8, "color": "#404040"}


def _year_axis(**more) -> dict:
    """A yearly chart's x axis: whole years, no grid lines (``more``: further options)."""
    return {
        "num_format": "0",
        "num_font": _axis_font(),
        "major_gridlines": {"visible": False},
        **more,
    }


def _value_axis(peak: float) -> dict:
    """A y axis from 0 up to ``peak`` [display unit] in its number format, with light grid
    lines."""
    return {
        "min": 0,
        "num_format": _axis_format(peak),
        "num_font": _axis_font(),
        "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
    }


def _chart_base(ctx: _Ctx, chart, title) -> None:
    """Common look; ``title`` is a text or a cell ``[sheet, row, col]`` (a title that follows
    the inputs)."""
    font = _axis_font()
    chart.set_title(
        {"name": title, "name_font": {"name": "Arial", "size": 11, "bold": True, "color": NAVY}}
    )
    chart.set_legend({"position": "bottom", "font": font})
    chart.set_chartarea({"border": {"none": True}})
    chart.set_x_axis({"num_font": font, "major_gridlines": {"visible": False}})
    chart.set_y_axis(
        {
            "num_font": font,
            "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
        }
    )


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
HW_NUMERIC = (*HW_NUMERIC_FLOAT, "per_server")


def _hardware(ctx: _Ctx) -> None:
    sh = ctx.sheet("Hardware")
    tr = ctx.tr
    cat = list(data.hardware_catalogue().values())
    _title(
        sh,
        tr("Hardware catalogue"),
        tr(
            "Looked up by id from the Inputs sheet (INDEX/MATCH). The blue figures are inputs: "
            "change them here and the whole workbook follows. Add your own hardware in the "
            "blue rows below the catalogue; its id then appears in the drop-downs on Inputs."
        ),
    )
    _head_row(sh, 4, [tr(c[1]) for c in HW_COLS], height=42)
    first = 5
    last = first + len(cat) + HW_SPARE_ROWS - 1
    for i, hw in enumerate(cat):
        r = first + i
        for j, (attr, _, _) in enumerate(HW_COLS, start=1):
            v = getattr(hw, attr)
            if attr in HW_NUMERIC:
                sh.num(r, j, float(v) if attr != "per_server" else int(v), INPUT)
            elif attr == "year":
                sh.num(r, j, int(v))
            elif attr == "id":
                sh.text(r, j, v, INPUT, align="left")
            else:
                v = tr.name(v) if attr == "name" else v
                sh.text(r, j, v, MUTE if attr == "notes" else None, limit=500)
    for r in range(first + len(cat), last + 1):  # rows for the client's own hardware
        for j, (attr, _, _) in enumerate(HW_COLS, start=1):
            if attr in HW_NUMERIC or attr == "id":
                sh.blank(r, j, INPUT, align="left" if attr == "id" else "center")
    for j, (attr, _, width) in enumerate(HW_COLS, start=1):
        letter = col_letter(j)
        sh.ws.set_column(j - 1, j - 1, width)
        if attr == "id" or attr in HW_NUMERIC:
            name = defined_name(f"HW_{attr}", ctx.taken)
            ctx.wb.define_name(name, f"={sh.ref}${letter}${first}:${letter}${last}")
    # the drop-downs list the ids that are filled in (the catalogue and the client's rows)
    ctx.rows["hw"] = (first, first + len(cat) - 1, last)
    ctx.rows["hw_list"] = (
        f"=OFFSET({sh.ref}$A${first},0,0,MAX(1,COUNTA({sh.ref}$A${first}:$A${last})),1)"
    )
    sh.ws.freeze_panes(4, 1)
    _print_setup(ctx, sh, title_rows=(4, 4))
    sh.ws.print_area(0, 0, last - 1, len(HW_COLS) - 1)


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
MD_INPUTS = tuple(
    a for a, _, _, f in MD_COLS if f and a not in ("params_per_expert_b", "dense_params_b")
)


def _models(ctx: _Ctx) -> None:
    from .calibrate import FITTED, FIXED
    from .lineitems import MD_COLUMNS
    from .model import constants

    sh = ctx.sheet("Models")
    tr = ctx.tr
    cat = list(data.model_catalogue().values())
    _title(
        sh,
        tr("Model catalogue and the fitted constants of decode physics v2"),
        tr(
            "Architectures are looked up by id from the Inputs sheet (INDEX/MATCH); 'custom' "
            "uses the scaling rules below. Blue figures are inputs: change them and the "
            "workbook follows; add your own models in the blue rows below the catalogue."
        ),
    )
    _head_row(sh, 4, [tr(c[1]) for c in MD_COLS], height=54)
    first = 5
    col = {attr: col_letter(j) for j, (attr, *_rest) in enumerate(MD_COLS, start=1)}
    idx = {attr: j for j, (attr, *_rest) in enumerate(MD_COLS, start=1)}
    rows = [None, *cat]  # the first row is 'custom'
    last_cat = first + len(rows) - 1
    last = last_cat + MD_SPARE_ROWS
    for i in range(len(rows) + MD_SPARE_ROWS):
        m = rows[i] if i < len(rows) else "spare"
        r = first + i
        for j, (attr, _, _, fmt) in enumerate(MD_COLS, start=1):
            if m is None:  # custom
                if attr == "id":
                    sh.text(r, j, "custom")
                elif attr == "name":
                    sh.text(r, j, tr("Custom: from active/total parameters (scaling rules)"))
                elif fmt is not None:
                    sh.num(r, j, 0, num_format=fmt)
                continue
            if attr == "params_per_expert_b":
                v = 0.0 if m == "spare" else m.params_per_expert / 1e9
                sh.f(r, j, f"={col['params_per_expert']}{r}/1000000000", v, num_format=fmt)
            elif attr == "dense_params_b":
                v = 0.0 if m == "spare" else m.dense_params_b
                sh.f(
                    r,
                    j,
                    f"={col['total_params_b']}{r}-{col['moe_layers']}{r}*{col['experts']}{r}"
                    f"*{col['params_per_expert_b']}{r}",
                    v,
                    num_format=fmt,
                )
            elif m == "spare":
                if fmt is not None or attr == "id":
                    sh.blank(r, j, INPUT, num_format=fmt or "General")
            elif fmt is not None:
                sh.num(r, j, float(getattr(m, attr)), INPUT, num_format=fmt)
            elif attr == "id":
                sh.text(r, j, m.id, INPUT, align="left")
            else:
                v = getattr(m, attr)
                v = tr.name(v) if attr == "name" else v
                sh.text(r, j, v, MUTE if attr == "notes" else None, limit=500)
    for attr, _, width, _fmt in MD_COLS:
        sh.ws.set_column(idx[attr] - 1, idx[attr] - 1, width)
        if attr == "id" or attr in MD_COLUMNS.values():
            name = defined_name(f"MD_{attr}", ctx.taken)
            ctx.wb.define_name(name, f"={sh.ref}${col[attr]}${first}:${col[attr]}${last}")
    ctx.rows["md"] = (first, last_cat, last, col, idx)
    ctx.rows["md_list"] = (
        f"=OFFSET({sh.ref}$A${first},0,0,MAX(1,COUNTA({sh.ref}$A${first}:$A${last})),1)"
    )
    # fitted constants, fixed choices and the custom model's rules (decode_fit.toml)
    r = last + 3
    sh.text(r, 1, tr("Constants of decode physics v2 (fitted to the ML.ENERGY benchmark)"), SECTION)
    sh.text(
        r + 1,
        1,
        tr(
            "Fitted to the energy per token measured by the ML.ENERGY leaderboard (see Sources: "
            "mlenergy-v3); the method is described in the WattIf methodology."
        ),
        MUTE,
    )
    _head_row(sh, r + 2, [tr("Name"), tr("Value"), tr("Meaning")], height=None)
    meaning = {n: f[4] for n, f in FITTED.items()} | {n: f[1] for n, f in FIXED.items()}
    r += 3
    ctx.rows["k"] = []
    for name, value in constants().items():
        sh.text(r, 1, f"K_{name}")
        sh.num(r, 2, float(value), INPUT, num_format="0.000000E+00")
        text = meaning.get(name, "scaling rule of the custom model")
        text = re.sub(r";? ?[\d.]+ per [\w/]+\.md §\d+", "", text)  # no file a client lacks
        text = client_text(text)
        sh.text(r, 3, tr(text), MUTE, limit=300)
        ctx.wb.define_name(defined_name(f"K_{name}", ctx.taken), f"={sh.ref}$B${r}")
        ctx.rows["k"].append((name, float(value), r))
        r += 1
    sh.ws.freeze_panes(4, 1)
    _print_setup(ctx, sh, title_rows=(4, 4))
    # long notes overflow to the right on screen; the printed page ends with the notes column
    sh.ws.print_area(0, 0, r - 1, idx["notes"] - 1)


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
INPUT_WIDTHS = {
    "A": 30,
    "B": 40,
    "C": 24,
    "D": 24,
    "E": 16,
    "F": 14,
    "G": 14,
    "H": 14,
    "I": 38,
    "J": 34,
    "K": 70,
    "L": 90,
}


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


def _unit(ctx: _Ctx, p: params.Parameter) -> str:
    if p.kind == "bool":
        return ctx.tr("1 = on, 0 = off")
    return p.unit_label(ctx.tr.lang)


def _allowed(ctx: _Ctx, p: params.Parameter) -> str:
    """The allowed values of an input in the workbook's language."""
    tr = ctx.tr
    if p.kind == "bool":
        return tr("1 (on) or 0 (off)")
    if p.kind == "choice" and p.choices_spec == "models":
        return tr("custom or a model id from the Models sheet")
    if p.kind == "choice" and p.choices_spec == "hardware_cloud":
        return tr("a data-centre id from the Hardware sheet")
    if p.kind == "choice" and p.choices_spec == "hardware":
        return tr("an id from the Hardware sheet")
    if p.kind == "choice":
        return tr("one of {0}").format(", ".join(str(c) for c in p.choices))
    unit = f" {p.unit_label(tr.lang)}" if p.unit else ""
    return f"{tr.num(p.min)} – {tr.num(p.max)}{unit}"


def _inputs(ctx: _Ctx) -> None:
    sh = ctx.sheet("Inputs")
    tr = ctx.tr
    lang = tr.lang
    _title(
        sh,
        tr("Inputs"),
        tr(
            "Change the blue cells: everything recalculates. Baseline and scenario side by side; "
            "the scenario cell is shaded where it differs from the baseline. Switches: 1 = on, "
            "0 = off."
        ),
    )
    names = (_name(ctx, ctx.base), _name(ctx, ctx.sc))
    for col, name in ((3, names[0]), (4, names[1])):
        sh.text(3, col, safe_text(name, 120), BOLD, CENTER, text_wrap=True, valign="bottom")
    sh.height(3, min(text_height([(n, INPUT_WIDTHS["C"]) for n in names], pad=4), 120))
    _head_row(sh, 4, [tr(h) for h in INPUT_HEAD])
    srcs = data.sources()
    reg = params.registry()
    row = 5
    first_value_row = row
    ctx.rows["inputs"] = {}
    for group in params.GROUPS:
        members = [p for p in reg.values() if p.group == group]
        if not members:
            continue
        for col in range(1, len(INPUT_HEAD) + 1):
            sh.blank(row, col, SECTION_BG)
        sh.text(row, 1, params.GROUP_LABELS[group][1 if lang == "de" else 0], SECTION, SECTION_BG)
        row += 1
        for p in members:
            sh.text(row, 1, p.key, MUTE)
            sh.text(row, 2, p.label(lang))
            fmt = _num_format(p)
            for col, prefix in ((3, "Base_"), (4, "Scen_")):
                input_cell(ctx, sh, p, prefix, row, col)
            sh.text(row, 5, _unit(ctx, p), MUTE, INDENT)
            for col, v in ((6, p.low), (7, p.default), (8, p.high)):
                if v is None:
                    continue
                v = _input_value(p, v)
                if isinstance(v, str):
                    sh.text(row, col, v, RIGHT)
                else:
                    sh.num(row, col, v, RIGHT, num_format=fmt)
            sh.text(row, 9, _allowed(ctx, p), MUTE, INDENT, limit=300)
            sh.text(row, 10, ", ".join(p.source), MUTE)
            sh.text(row, 11, client_text(p.help(lang)), MUTE)
            cites = "; ".join(client_text(srcs[s]["citation"]) for s in p.source if s in srcs)
            sh.text(row, 12, cites, MUTE)
            _validation(ctx, sh, p, row)
            ctx.rows["inputs"][p.key] = row
            row += 1
    last = row - 1
    sh.ws.conditional_format(
        f"D{first_value_row}:D{last}",
        {
            "type": "formula",
            "criteria": f'=AND($C{first_value_row}<>"",$C{first_value_row}<>$D{first_value_row})',
            "format": ctx.fmt.dxf(bg_color=CHANGED_FILL, bold=True),
        },
    )
    sh.widths(INPUT_WIDTHS)
    sh.ws.freeze_panes(4, 2)
    sh.ws.print_area(f"A1:J{last}")
    _print_setup(ctx, sh, title_rows=(4, 4))


def input_cell(ctx: _Ctx, sh: Sheet, p: params.Parameter, prefix: str, row: int, col: int) -> None:
    """A blue input cell with the side's value of ``p``, behind its defined name
    (``prefix + key``: ``Scen_pue``, ``Named1_pue``)."""
    v = _input_value(p, ctx.side_sc(prefix)[p.key])
    if isinstance(v, str):
        sh.text(row, col, v, INPUT, limit=255)
    else:
        sh.num(row, col, v, INPUT, num_format=_num_format(p))
    name = defined_name(prefix + p.key, ctx.taken)
    ctx.names[prefix + p.key] = name
    ctx.wb.define_name(name, f"={sh.ref}${col_letter(col)}${row}")


def _validation(
    ctx: _Ctx, sh: Sheet, p: params.Parameter, row: int, cells: str = "C{row}:D{row}"
) -> None:
    """The allowed values of ``p`` on the input ``cells`` of ``row`` (a range pattern)."""
    tr = ctx.tr
    lang = tr.lang
    err = safe_text(f"{p.label(lang)}: {tr('allowed')} {_allowed(ctx, p)}", 250)
    if p.kind == "bool":
        dv = {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 1}
    elif p.kind == "choice":
        if p.choices_spec in ("hardware", "hardware_cloud"):
            dv = {"validate": "list", "source": ctx.rows["hw_list"]}
        elif p.choices_spec == "models":
            dv = {"validate": "list", "source": ctx.rows["md_list"]}
        else:
            dv = {"validate": "list", "source": [str(c) for c in p.choices]}
    elif p.min is not None and p.max is not None:
        if p.kind == "int":
            dv = {
                "validate": "integer",
                "criteria": "between",
                "minimum": int(p.min),
                "maximum": int(p.max),
            }
        else:
            dv = {
                "validate": "decimal",
                "criteria": "between",
                "minimum": float(p.min),
                "maximum": float(p.max),
            }
    else:
        return
    dv.update(
        {
            "error_title": safe_text(tr("WattIf: value out of range"), 32),
            "error_message": err,
            "input_title": safe_text(p.label(lang), 32),
            "input_message": safe_text(client_text(p.help(lang)), 250),
        }
    )
    sh.ws.data_validation(cells.format(row=row), dv)


# ------------------------------------------------------------------------------- Calc


def _calc(ctx: _Ctx) -> None:
    sh = ctx.sheet("Calc")
    ws = sh.ws
    tr = ctx.tr
    lay = ctx.lay
    ms = measures()
    n = ctx.slots
    col = CALC_FIRST_COL
    groups = []  # (title, [Col])
    for prefix, side in ctx.calc_sides:
        cols = [Col(col_letter(col + k), prefix, k) for k in range(n)]
        ctx.calc_cols[prefix] = cols
        groups.append((f"{tr(side)}: {safe_text(_name(ctx, ctx.side_sc(prefix)), 120)}", cols))
        col += n + 1
    # all measures off, each measure on after the ones before at unchanged demand (rebound
    # elasticity 0), then the scenario itself: the last step is the demand response (rebound)
    wf = [Col(col_letter(col + j), "Scen_", None, step=j) for j in range(len(ms) + 2)]
    ctx.calc_cols["WF"] = wf
    groups.append(
        (
            tr(
                "Scenario in the horizon year, measures switched on one after the other (waterfall)"
            ),
            wf,
        )
    )
    err_col = col + len(wf) + 1  # error count, running count of rows with errors, the item
    m_index = {m.id: i for i, m in enumerate(ms)}

    # the values WattIf computes for every cell (numpy target of the same declaration)
    vals = {p: column_values(ctx.side_sc(p), range(n)) for p, _ in ctx.calc_sides}
    t_h = ctx.t_h("Scen_")
    still = ctx.sc.replace(rebound_elasticity=0.0)  # the measures at unchanged demand
    wf_vals = [column_values(still, [t_h], step=j) for j in range(len(ms) + 1)]
    wf_vals.append(column_values(ctx.sc, [t_h], step=len(ms)))
    eps_name = re.compile(rf"\b{re.escape(ctx.names['Scen_rebound_elasticity'])}\b")

    if ctx.compared:
        intro = tr(
            "One line item per row, the same formula in every column of a block; inputs are the "
            "defined names of the Inputs sheet (Base_… baseline, Scen_… scenario; Named1_… "
            "the compared named scenarios, Scenario inputs sheet). Variant rows: "
            "the serving fleet before/after modernisation × quantisation × right-sizing, mixed "
            "by the adoption of the measures. Year columns run to 2060; those after the exported "
            "horizon are grouped (click + above the columns to show them)."
        )
    else:  # no sheet of compared scenarios to point at (review as a client)
        intro = tr(
            "One line item per row, the same formula in every column of a block; inputs are the "
            "defined names of the Inputs sheet (Base_… baseline, Scen_… scenario). Variant "
            "rows: the serving fleet before/after modernisation × quantisation × right-sizing, "
            "mixed by the adoption of the measures. Year columns run to 2060; those after the "
            "exported horizon are grouped (click + above the columns to show them)."
        )
    _title(sh, tr("Calc — the WattIf model as live formulas"), intro)
    for j, label in enumerate((tr("Line item"), tr("Variant"), tr("Unit")), start=1):
        sh.text(4, j, label, HEAD, align="left")
    f_head = ctx.fmt(HEAD, num_format="0")
    for title, cols in groups:
        sh.text(3, _col_index(cols[0].letter), title, BOLD)
        for cc in cols:
            c = _col_index(cc.letter)
            if cc.t is not None:
                base_name = ctx.names[cc.prefix + "base_year"]
                year0 = int(ctx.side_sc(cc.prefix)["base_year"])
                sh.put(4, c, f"={base_name}+{cc.t}", year0 + cc.t, f_head)
            else:
                label = (
                    tr("All measures off")
                    if cc.step == 0
                    else f"+ {ms[cc.step - 1].label(tr.lang)}"
                    if cc.step <= len(ms)
                    else "+ " + tr("Demand response (rebound)")
                )
                sh.text(4, c, label, HEAD)
    for j, label in enumerate((tr("Error cells"), tr("Rows with errors"), tr("Line item")), 0):
        sh.text(4, err_col + j, label, HEAD)
    sh.height(4, 44)
    last_col = wf[-1].letter
    first_letter = ctx.calc_cols["Base_"][0].letter
    section_fmt = ctx.fmt(SECTION, SECTION_BG)
    section_blank = ctx.fmt(SECTION_BG)
    body, muted = ctx.fmt(), ctx.fmt(MUTE)
    f_count = ctx.fmt(MUTE, num_format="0")
    blocks = [(p, ctx.calc_cols[p], vals[p]) for p, _ in ctx.calc_sides]
    last_row = lay.entries[-1][3]
    err_letter, run_letter = col_letter(err_col), col_letter(err_col + 1)
    for kind, item, v, row in lay.entries:
        if kind == "section":
            for j in range(1, _col_index(last_col) + 1):
                ws.write_blank(row - 1, j - 1, None, section_blank)
            ws.write_string(row - 1, 0, safe_text(tr(item)), section_fmt)
            sh.put(row, err_col + 1, f"=N({run_letter}{row - 1})", 0, f_count)
            continue
        if v is None or v == 0:
            ws.write_string(row - 1, 0, safe_text(tr(item.label)), body)
        ws.write_string(row - 1, 2, safe_text(tr(item.unit)) if item.unit else "", muted)
        if v is not None:
            ws.write_string(row - 1, 1, tr(VARIANT_LABELS[v]), muted)
        # shrink rather than ### where a number outgrows its year column (queries per year:
        # 1,140,625,000,000 in 13.5 characters, review as a client)
        cell_fmt = ctx.fmt(MUTE if item.id == "t" else None, num_format=item.fmt, shrink=True)
        key = f"{item.id}#{v}" if v is not None else item.id
        cells = []
        for prefix, cols, values in blocks:
            tmpl = template(item, v, prefix, lay, ctx.names)
            got = row_values(values, item, v, n)
            ctx.cv[(prefix, key)] = got
            for cc, value in zip(cols, got, strict=True):
                if tmpl is None:
                    f = special(item, cc, ctx.names, m_index)
                    if isinstance(f, int):  # the year count of a year column: a number
                        ws.write_number(row - 1, cc.index - 1, f, cell_fmt)
                        continue
                else:
                    f = tmpl.replace(MARK, cc.letter)
                cells.append((cc.index, f, value))
        tmpl = template(item, v, "Scen_", lay, ctx.names)
        got = [row_values(wf_vals[j], item, v, 1)[0] for j in range(len(wf))]
        ctx.cv[("WF", key)] = got
        for cc, value in zip(wf, got, strict=True):
            f = (
                special(item, cc, ctx.names, m_index)
                if tmpl is None
                else tmpl.replace(MARK, cc.letter)
            )
            if isinstance(f, str) and cc.step <= len(ms):  # demand as it was: elasticity 0
                f = eps_name.sub("0", f)
            cells.append((cc.index, f, value))
        sh.put_row(row, cells, cell_fmt)
        # error cells of this row, counted and named (the Checks sheet lists them)
        sh.put(
            row,
            err_col,
            f"=SUMPRODUCT(--ISERROR({first_letter}{row}:{last_col}{row}))",
            0,
            f_count,
        )
        sh.put(
            row,
            err_col + 1,
            f"=N({run_letter}{row - 1})+({err_letter}{row}>0)",
            0,
            f_count,
        )
        name = tr(item.label) + (f" · {tr(VARIANT_LABELS[v])}" if v is not None else "")
        ws.write_string(row - 1, err_col + 1, safe_text(name, 250), muted)
    ctx.rows["calc_errors"] = (err_col, CALC_FIRST_ROW, last_row)
    sh.widths({"A": 52, "B": 44, "C": 13})
    for prefix, _ in ctx.calc_sides:
        span = ctx.t_h(prefix) + 1
        for cc in ctx.calc_cols[prefix]:
            c = _col_index(cc.letter) - 1
            if cc.t < span:
                ws.set_column(c, c, 13.5)
            else:  # years after the exported horizon: grouped, shown with one click
                ws.set_column(c, c, 13.5, None, {"level": 1, "hidden": True})
        gap = _col_index(ctx.calc_cols[prefix][-1].letter)
        ws.set_column(gap, gap, 3, None, {"collapsed": True} if span < n else {})
    for cc in wf:
        c = _col_index(cc.letter) - 1
        ws.set_column(c, c, 13.5)
    ws.set_column(err_col - 2, err_col - 2, 3)
    ws.set_column(err_col - 1, err_col, 10)
    ws.set_column(err_col + 1, err_col + 1, 60)
    ws.outline_settings(True, False, True, False)
    ws.freeze_panes(4, 3)
    # printing: readable type (65 %) over several pages, label columns and year row repeated
    _print_setup(ctx, sh, title_rows=(3, 4), scale=65)
    ws.repeat_columns(0, 2)
    ws.print_area(0, 0, last_row - 1, err_col - 2)


@cache
def _col_index(letter: str) -> int:
    from xlsxwriter.utility import xl_cell_to_rowcol

    return xl_cell_to_rowcol(f"{letter}1")[1] + 1


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
    ("mw_avg", "Average power [MW]", "#,##0.000"),
    ("mw_prov", "Provisioned power [MW]", "#,##0.000"),
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


def _res_label(ctx: _Ctx, item: str, head: str) -> str:
    tr = ctx.tr
    if item.startswith("en_") and item[3:] in COMPONENT_LABELS:
        label = COMPONENT_LABELS[item[3:]][1 if ctx.de else 0]
        return f"{label} [{ctx.energy_unit}]"
    return tr(head).replace("{E}", ctx.energy_unit)


def _res_scale(ctx: _Ctx, item: str) -> tuple[str, float]:
    if item.startswith("en_"):
        return _energy_scale(ctx), ctx.energy_div
    if item == "queries":
        return "/1000000000", 1e9
    return "", 1.0


def _results(ctx: _Ctx) -> None:
    sh = ctx.sheet("Results")
    tr = ctx.tr
    calc = ctx.q("Calc")
    _title(
        sh,
        tr("Results — per-year series (read by the charts)"),
        tr(
            "All cells are formulas on the Calc sheet. Energy in {0}. Rows after the horizon "
            "year stay empty."
        ).format(ctx.energy_unit),
    )
    heads = [_res_label(ctx, item, h) for item, h, _ in RES_COLS]
    chart_col = len(RES_COLS) + 2  # chart data: the year and the energy, #N/A after the horizon
    row = 4
    ctx.rows["results"] = {}
    f_na, f_na_year = ctx.fmt(MUTE, num_format="#,##0.00"), ctx.fmt(MUTE, num_format="0")
    for prefix, side in SIDES:
        sc = ctx.side_sc(prefix)
        sh.text(row, 1, f"{tr(side)}: {safe_text(_name(ctx, sc), 120)}", SECTION)
        row += 1
        _head_row(sh, row, heads, height=44)
        _head_row(sh, row, [tr("Chart: year"), tr("Chart: energy")], col=chart_col, height=44)
        row += 1
        first = row
        base_n, hor_n = ctx.names[prefix + "base_year"], ctx.names[prefix + "horizon_year"]
        base_y, t_h = int(sc["base_year"]), ctx.t_h(prefix)
        for k, cc in enumerate(ctx.calc_cols[prefix]):
            inside = k <= t_h
            for j, (item, _, fmt) in enumerate(RES_COLS, start=1):
                if item == "year":
                    f = f'=IF({k}<={hor_n}-{base_n},{base_n}+{k},"")'
                    sh.f(row, j, f, base_y + k if inside else "", num_format=fmt)
                    continue
                scale, div = _res_scale(ctx, item)
                value = ctx.cv[(prefix, item)][k] / div if inside else ""
                f = f'=IF($A{row}="","",{calc}{cc.letter}{ctx.calc_row(item)}{scale})'
                sh.f(row, j, f, value, num_format=fmt)
            e_value = ctx.cv[(prefix, "en_total")][k] / ctx.energy_div if inside else "#N/A"
            year = base_y + k if inside else "#N/A"
            sh.put(row, chart_col, f'=IF($A{row}="",NA(),$A{row})', year, f_na_year)
            sh.put(row, chart_col + 1, f'=IF($A{row}="",NA(),$B{row})', e_value, f_na)
            row += 1
        ctx.rows["results"][prefix] = (first, row - 1)
        row += 1
    sh.text(row, chart_col, tr("Chart data: #N/A after the horizon year draws no point."), MUTE)
    ctx.rows["results_chart_col"] = chart_col
    row += 2
    # per-query breakdown (base and horizon year of each side) for the stacked chart
    sh.text(row, 1, tr("Energy per query by component [Wh] (chart data)"), SECTION)
    row += 1
    sh.text(row, 1, tr("Component"), HEAD)
    picks = []
    for pos in ("base", "horizon"):
        for prefix, side in SIDES:
            picks.append((prefix, side, pos))
    for j, (prefix, side, pos) in enumerate(picks, start=2):
        year_name = ctx.names[prefix + ("base_year" if pos == "base" else "horizon_year")]
        year = int(ctx.side_sc(prefix)["base_year" if pos == "base" else "horizon_year"])
        sh.f(row, j, f'="{tr(side)} "&{year_name}', f"{tr(side)} {year}", HEAD)
    sh.height(row, 30)
    head_row = row
    row += 1
    for comp in PQ_COMPONENTS[:-1]:
        sh.text(row, 1, COMPONENT_LABELS[comp][1 if ctx.de else 0])
        for j, (prefix, _, pos) in enumerate(picks, start=2):
            f, v = (
                ctx.at(prefix, "pq_" + comp)
                if pos == "base"
                else ctx.at_horizon(prefix, "pq_" + comp)
            )
            sh.f(row, j, "=" + f, v, num_format="0.0000")
        row += 1
    ctx.rows["breakdown"] = (head_row, row - 1, len(picks))
    row += 1
    sh.text(row, 1, tr("Decode physics as configured (base year, without measures)"), SECTION)
    row += 1
    sh.text(row, 1, tr("Quantity"), HEAD)
    for j, (_prefix, side) in enumerate(SIDES, start=2):
        sh.text(row, j, tr(side), HEAD)
    row += 1
    for label, item, fmt in PHYSICS_ROWS:
        sh.text(row, 1, tr(label))
        for j, (prefix, _side) in enumerate(SIDES, start=2):
            f, v = ctx.at(prefix, item)
            sh.f(row, j, "=" + f, v, num_format=fmt)
        row += 1
    sh.widths({"A": 28})
    sh.ws.set_column(1, len(RES_COLS) - 1, 13)
    sh.ws.set_column(chart_col - 1, chart_col, 11)
    sh.ws.freeze_panes(3, 1)
    _print_setup(ctx, sh)
    sh.ws.print_area(0, 0, row - 1, len(RES_COLS) - 1)


# ------------------------------------------------------------------------------- charts


def _energy_chart(ctx: _Ctx):
    sh = ctx.sheet("Results")
    ch = ctx.wb.add_chart({"type": "scatter", "subtype": "straight_with_markers"})
    cc = ctx.rows["results_chart_col"] - 1  # 0-based
    peak = 0.0
    for prefix, side in SIDES:
        first, last = ctx.rows["results"][prefix]
        colour = BASELINE_COLOUR if prefix == "Base_" else SCENARIO_COLOUR
        line = {"color": colour, "width": 2.25}
        if prefix == "Base_":
            line["dash_type"] = "dash"
        ch.add_series(
            {
                "name": ctx.tr(side),
                "categories": [sh.name, first - 1, cc, last - 1, cc],
                "values": [sh.name, first - 1, cc + 1, last - 1, cc + 1],
                "line": line,
                "marker": {
                    "type": "circle",
                    "size": 5,
                    "fill": {"color": colour},
                    "border": {"color": colour},
                },
            }
        )
        peak = max(peak, float(np.max(ctx.res[prefix].energy_total_kwh)) / ctx.energy_div)
    _chart_base(ctx, ch, ctx.tr("Annual energy [{0}]").format(ctx.energy_unit))
    ch.set_x_axis(_year_axis())
    ch.set_y_axis(_value_axis(peak))
    return ch


def _breakdown_chart(ctx: _Ctx):
    sh = ctx.sheet("Results")
    head, last, n = ctx.rows["breakdown"]
    ch = ctx.wb.add_chart({"type": "column", "subtype": "stacked"})
    for i, comp in enumerate(PQ_COMPONENTS[:-1]):
        r = head + 1 + i
        ch.add_series(
            {
                "name": [sh.name, r - 1, 0],
                "categories": [sh.name, head - 1, 1, head - 1, n],
                "values": [sh.name, r - 1, 1, r - 1, n],
                "fill": {"color": COMPONENT_COLOURS[comp]},
                "border": {"color": "#FFFFFF"},
                "gap": 60,
                "overlap": 100,
            }
        )
    _chart_base(ctx, ch, ctx.tr("Energy per query by component [Wh]"))
    peak = max(float(np.max(r.per_query_total_wh)) for r in ctx.res.values())
    ch.set_y_axis(_value_axis(peak))
    return ch


def _waterfall_chart(ctx: _Ctx, first: int, last: int):
    sh = ctx.sheet("Measures")
    ch = ctx.wb.add_chart({"type": "column", "subtype": "stacked"})
    for col, title, colour in (
        (8, "base", None),
        (9, "Total", NAVY),
        (10, "Saving", OKABE_ITO["blue"]),
        (11, "Increase", OKABE_ITO["vermillion"]),
    ):
        s = {
            "name": ctx.tr(title),
            "categories": [sh.name, first - 1, 1, last - 1, 1],
            "values": [sh.name, first - 1, col - 1, last - 1, col - 1],
            "gap": 40,
            "overlap": 100,
        }
        if colour is None:
            s["fill"] = {"none": True}
            s["border"] = {"none": True}
        else:
            s["fill"] = {"color": colour}
            s["border"] = {"color": colour}
        ch.add_series(s)
    _chart_base(ctx, ch, [sh.name, ctx.rows["wf_title"][0] - 1, ctx.rows["wf_title"][1] - 1])
    ch.set_legend({"none": True})
    font = {"name": "Arial", "size": 8, "color": "#404040"}
    ch.set_x_axis({"num_font": {"name": "Arial", "size": 7, "color": "#404040"}})
    ch.set_y_axis(
        {
            "min": 0,
            "num_format": _axis_format(ctx.rows["wf_peak"]),
            "num_font": font,
            "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
        }
    )
    return ch


# ------------------------------------------------------------------------------- Measures


MEASURES_WIDTHS = {
    "A": 7,
    "B": 38,
    "C": 14,
    "D": 15,
    "E": 14,
    "F": 14,
    "G": 11,
    "H": 11,
    "I": 11,
    "J": 11,
    "K": 11,
    "L": 13,
    "M": 14,
}
"""Column widths of the Measures sheet [characters]: "Eingeschaltet" and "Umsetzungsjahr"
keep their headers whole (they broke mid-word at 11 and 10, review as a client)."""
MEASURES_TABLE_CHARS = sum(MEASURES_WIDTHS.values())
"""Width of the Measures table in characters (the sum of its column widths)."""


def _measures(ctx: _Ctx) -> None:
    sh = ctx.sheet("Measures")
    tr = ctx.tr
    ms = measures()
    _title(sh, tr("Savings by measure — waterfall"))
    sub = tr(
        "The scenario in its horizon year with every measure off, then the measures switched "
        "on one after the other in this order at unchanged demand (interactions are credited "
        "to the later measure; a measure that is off adds nothing), then the demand response "
        "to them (rebound elasticity on the Inputs sheet). Live formulas on the Calc sheet."
    )
    # wrapped across the table, so the printed page is as wide as the table, not the text
    sh.ws.merge_range(1, 0, 1, 12, "", ctx.fmt(SUB, WRAP))
    sh.text(2, 1, sub, SUB, WRAP)
    sh.height(2, text_height([(sub, MEASURES_TABLE_CHARS)], line=12.0))
    u = ctx.energy_unit
    heads = (
        tr("Step"),
        tr("Measure"),
        tr("Switched on"),
        tr("Adoption year"),
        tr("Energy [{0}]").format(u),
        tr("Change [{0}]").format(u),
        tr("Change [%]"),
        tr("base"),
        tr("Total"),
        tr("Saving"),
        tr("Increase"),
        tr("CO2e [t]"),
        tr("Cost [EUR]"),
    )
    _head_row(sh, 4, heads, height=36)
    div = ctx.energy_div
    scale = _energy_scale(ctx)
    first = 5
    rows = [("Start", tr("All measures off"), None, 0)]
    rows += [(str(i + 1), m.label(tr.lang), m, i + 1) for i, m in enumerate(ms)]
    rebound = len(ms) + 1  # the step after the measures: demand answers (Calc's last column)
    rows.append((str(rebound), tr("Demand response (rebound)"), None, rebound))
    rows.append(("End", tr("Scenario (all its measures)"), None, rebound))
    E = {}
    line = {"bottom": 1, "bottom_color": "#C9CED6"}
    for i, (step, label, m, j) in enumerate(rows):
        r = first + i
        sh.text(r, 1, step if step.isdigit() else tr(step), MUTE, line)
        sh.text(r, 2, label, BOLD if m is None else None, line)
        step_row = m is not None or j == rebound and step != "End"
        if j == rebound and step != "End":
            eps = float(ctx.sc["rebound_elasticity"])
            sh.f(
                r,
                3,
                f"={ctx.names['Scen_rebound_elasticity']}",
                eps,
                CENTER,
                line,
                num_format='"ε = "0.00',
            )
            sh.blank(r, 4, line)
        elif m is not None:
            on = bool(ctx.sc[m.on_key])
            sh.f(
                r,
                3,
                f'=IF({ctx.names["Scen_" + m.on_key]}=1,"{tr("on")}","{tr("off")}")',
                tr("on") if on else tr("off"),
                CENTER,
                line,
            )
            sh.f(
                r,
                4,
                f"={ctx.names['Scen_' + m.year_key]}",
                int(ctx.sc[m.year_key]),
                line,
                num_format="0",
            )
        else:
            sh.blank(r, 3, line)
            sh.blank(r, 4, line)
        f, v = ctx.at_step(j, "en_total")
        E[r] = v / div
        sh.f(r, 5, f"={f}{scale}", E[r], line, num_format="#,##0.00")
        mf = ctx.fmt(MUTE, line, num_format="#,##0.00")
        if step_row:
            d = E[r] - E[r - 1]
            sh.f(r, 6, f"=E{r}-E{r - 1}", d, line, num_format=NF_DELTA)
            sh.f(
                r,
                7,
                f"=IF(E{r - 1}=0,0,F{r}/E{r - 1})",
                0 if E[r - 1] == 0 else d / E[r - 1],
                line,
                num_format=NF_PCT,
            )
            sh.put(r, 8, f"=MIN(E{r - 1},E{r})", min(E[r - 1], E[r]), mf)
            sh.ws.write_number(r - 1, 8, 0, mf)
            sh.put(r, 10, f"=MAX(E{r - 1}-E{r},0)", max(E[r - 1] - E[r], 0), mf)
            sh.put(r, 11, f"=MAX(E{r}-E{r - 1},0)", max(E[r] - E[r - 1], 0), mf)
        else:
            if i > 0:
                d = E[r] - E[first]
                sh.f(r, 6, f"=E{r}-E{first}", d, line, num_format=NF_DELTA)
                sh.f(
                    r,
                    7,
                    f"=IF(E{first}=0,0,F{r}/E{first})",
                    0 if E[first] == 0 else d / E[first],
                    line,
                    num_format=NF_PCT,
                )
            else:
                sh.blank(r, 6, line)
                sh.blank(r, 7, line)
            sh.ws.write_number(r - 1, 7, 0, mf)
            sh.put(r, 9, f"=E{r}", E[r], mf)
            sh.ws.write_number(r - 1, 9, 0, mf)
            sh.ws.write_number(r - 1, 10, 0, mf)
        f, v = ctx.at_step(j, "co2")
        sh.f(r, 12, "=" + f, v, line, num_format="#,##0")
        f, v = ctx.at_step(j, "cost")
        sh.f(r, 13, "=" + f, v, line, num_format="#,##0")
    last = first + len(rows) - 1
    sh.text(last + 1, 8, tr("Chart helper columns: invisible base, total, saving, increase."), MUTE)
    # where the scenario sits against the published range of the measures combined
    ref = data.published_ranges()["combined_measures"]
    f0, v0 = ctx.at_step(0, "pq_total")
    f1, v1 = ctx.at_step(len(ms), "pq_total")
    sh.text(last + 1, 2, tr("Energy per query: all measures off ÷ the scenario's measures"))
    sh.f(
        last + 1,
        5,
        f'=IF({f1}=0,"–",{f0}/{f1})',
        "–" if v1 == 0 else v0 / v1,
        BOLD,
        num_format='"÷"0.0',
    )
    sh.text(
        last + 2,
        2,
        tr("Published, efficiency measures combined: ÷{0}–{1} per query ({2})").format(
            tr.num(ref["low"]), tr.num(ref["high"]), "Oviedo et al. 2025, arXiv:2509.20241"
        ),
        MUTE,
    )
    # the chart's title follows the horizon year
    title_row = last + 2
    year = int(ctx.sc["horizon_year"])
    title = tr("Savings by measure, {0} [{1}]")
    pre, post = title.split("{0}", 1)
    post = post.replace("{1}", u)
    sh.f(
        title_row,
        8,
        f'="{pre}"&{ctx.names["Scen_horizon_year"]}&"{post}"',
        f"{pre}{year}{post}",
        MUTE,
    )
    ctx.rows["wf_title"] = (title_row, 8)
    ctx.rows["wf_peak"] = max(E.values()) if E else 0.0
    ctx.rows["waterfall"] = (first, last)
    sh.widths(MEASURES_WIDTHS)
    ch = _waterfall_chart(ctx, first, last)
    ch.set_size({"width": _px(sum(MEASURES_WIDTHS.values())), "height": 420})
    sh.ws.insert_chart(title_row + 1, 0, ch)
    sh.ws.freeze_panes(4, 0)
    _print_setup(ctx, sh, fit_height=1)


def _px(chars: float) -> int:
    """Width in pixels of columns ``chars`` characters wide (Arial 10: 7 px a digit + 5)."""
    return int(round(chars * 7 + 5))


# ------------------------------------------------------------------------------- Summary

KPIS = (
    ("Annual energy", "en_total", NF_ENERGY, 1.0),
    ("Energy per query", "pq_total", NF_WH, 1.0),
    ("Queries per year", "queries", NF_QUERIES, 1.0),
    ("CO2e per year", "co2", NF_CO2, 1.0),
    ("On-site water per year", "water", NF_WATER, 1.0),
    ("Electricity cost per year", "cost", NF_EUR, 1.0),
    ("Accelerators provisioned", "accelerators", NF_COUNT, 1.0),
    ("Average facility power", "mw_avg", NF_POWER_W, 1e6),
    ("Provisioned facility power", "mw_prov", NF_POWER_W, 1e6),
    ("Household equivalents", "households", NF_COUNT, 1.0),
)
TRAINING_KPIS = (
    ("Training: energy of one run", "t_kwh", NF_KWH),
    ("Training: accelerator-hours of one run", "t_hours", NF_HOURS),
    ("Training: CO2e of one run", "t_co2", NF_CO2),
    ("Training: energy counted in the year", "train_year_kwh", NF_KWH),
)
"""Training rows of the Summary: shown where training is included (otherwise 'not included')."""


def _summary(ctx: _Ctx) -> None:
    sh = ctx.sheet("Summary")
    ws = sh.ws
    tr = ctx.tr
    sh.text(1, 1, tr("WattIf — energy use of AI: summary"), TITLE)
    sh.height(1, 24)
    sh.text(2, 1, f"{tr('Scenario')}: {safe_text(_name(ctx, ctx.sc), 150)}", BOLD)
    sh.text(3, 1, f"{tr('Baseline')}: {safe_text(_name(ctx, ctx.base), 150)}")
    sh.text(2, 7, _stamp(ctx), MUTE, RIGHT)
    n = ctx.names
    head = ctx.fmt(HEAD)
    for r in (5, 6):
        for j in range(1, 8):
            ws.write_blank(r - 1, j - 1, None, head)
    sh.text(5, 1, tr("Key figures"), HEAD, align="left", indent=1)
    ctx.rows["summary"] = {}
    year_word, years_word = tr("Year"), tr("Years")
    for j, pos in enumerate(("base_year", "horizon_year")):
        c0 = 2 + 3 * j
        yb, ys = int(ctx.base[pos]), int(ctx.sc[pos])
        value = f"{year_word} {ys}" if yb == ys else f"{years_word} {yb} / {ys}"
        f = (
            f'=IF({n["Base_" + pos]}={n["Scen_" + pos]},"{year_word} "&{n["Scen_" + pos]},'
            f'"{years_word} "&{n["Base_" + pos]}&" / "&{n["Scen_" + pos]})'
        )
        ws.merge_range(4, c0 - 1, 4, c0 + 1, "", head)
        sh.put(5, c0, f, value, head)
        for k, label in enumerate((tr("Baseline"), tr("Scenario"), tr("Change"))):
            sh.text(6, c0 + k, label, HEAD)
    sh.height(5, 20)
    sh.height(6, 18)
    r = 7
    for i, (label, item, nf, mult) in enumerate(KPIS):
        _kpi_row(ctx, sh, r, i, tr(label), item, _nf(ctx, nf), mult)
        r += 1
    # training: where it is included, the run's energy, accelerator-hours and CO2e
    for i, (label, item, nf) in enumerate(TRAINING_KPIS, start=len(KPIS)):
        _kpi_row(ctx, sh, r, i, tr(label), item, _nf(ctx, nf), 1.0, training=True)
        r += 1
    ctx.rows["summary_kpis"] = (7, r - 1)
    note_row = r
    note = tr(
        "Change = scenario ÷ baseline − 1 in the same column. Water: on-site cooling water. "
        "Household equivalents: annual energy ÷ household use (Inputs). Training rows: one "
        "training run, shown where the side includes training. All figures recalculate from "
        "the Inputs sheet."
    )
    ws.merge_range(note_row - 1, 0, note_row - 1, 6, "", ctx.fmt(MUTE, WRAP))
    sh.text(note_row, 1, note, MUTE, WRAP)
    widths = {"A": 42, "B": 17, "C": 17, "D": 11, "E": 17, "F": 17, "G": 11}
    sh.height(note_row, text_height([(note, sum(widths.values()) * 1.1)], line=11.5))
    sh.widths(widths)
    total = _px(sum(widths.values()))
    left = _px(widths["A"] + widths["B"] + widths["C"])
    anchor = note_row + 2
    e = _energy_chart(ctx)
    e.set_size({"width": left - 8, "height": 280})
    ws.insert_chart(anchor - 1, 0, e)
    b = _breakdown_chart(ctx)
    b.set_size({"width": total - left, "height": 280})
    ws.insert_chart(anchor - 1, 3, b)
    first, last = ctx.rows["waterfall"]
    w = _waterfall_chart(ctx, first, last)
    w.set_size({"width": total, "height": 290})
    ws.insert_chart(anchor + 15, 0, w)
    ws.print_area(0, 0, anchor + 30, 6)
    ws.hide_gridlines(2)
    _print_setup(ctx, sh, fit_height=1)


def _nf(ctx: _Ctx, nf: str) -> str:
    """A number format in the workbook's language (only the words in it change)."""
    return ctx.tr(nf) if re.search(r'"[^"]*[a-z]{2,}[^"]*"', nf.replace("Wh", "")) else nf


def _kpi_row(ctx, sh, r, i, label, item, nf, mult, training=False) -> None:
    tr = ctx.tr
    ws = sh.ws
    stripe = {"bg_color": STRIPE} if i % 2 else {}
    line = {"bottom": 1, "bottom_color": "#C9CED6"}
    sh.text(r, 1, label, BOLD, stripe, line, indent=1, valign="vcenter")
    scale = f"*{xl_number(mult)}" if mult != 1 else ""
    not_included = tr("not included")
    for j, getter in enumerate((ctx.at, ctx.at_horizon)):
        c0 = 2 + 3 * j
        values = []
        for k, prefix in enumerate(("Base_", "Scen_")):
            f, v = getter(prefix, item)
            f = f"{f}{scale}"
            v = v * mult
            if training:
                inc = ctx.names[prefix + "include_training"]
                f = f'IF({inc}=1,{f},"{not_included}")'
                v = v if bool(ctx.side_sc(prefix)["include_training"]) else not_included
            values.append(v)
            bold = BOLD if prefix == "Scen_" else None
            sh.f(r, c0 + k, "=" + f, v, bold, stripe, line, RIGHT, num_format=nf, valign="vcenter")
        bl, sl = col_letter(c0), col_letter(c0 + 1)
        b, s = values
        if isinstance(b, str) or isinstance(s, str) or b == 0:
            change = "–"
        else:
            change = s / b - 1
        sh.f(
            r,
            c0 + 2,
            f'=IF(OR(NOT(ISNUMBER({bl}{r})),NOT(ISNUMBER({sl}{r}))),"–",'
            f'IF({bl}{r}=0,"–",{sl}{r}/{bl}{r}-1))',
            change,
            stripe,
            line,
            RIGHT,
            num_format=NF_PCT,
            valign="vcenter",
        )
    ctx.rows["summary"][(item, "base")] = r
    ws.set_row(r - 1, 17)


def _stamp(ctx: _Ctx) -> str:
    today = _dt.date.today()
    date = today.strftime("%d.%m.%Y") if ctx.de else today.isoformat()
    return ctx.tr("Exported {0} · WattIf {1} · model v{2}").format(date, __version__, MODEL_VERSION)
