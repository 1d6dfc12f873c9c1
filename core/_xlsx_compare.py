"""The workbook's "Scenarios" sheet: the named scenarios a consultant compared in the window, as
values WattIf computed at export (key figures in the base and horizon year, their change
against the baseline, annual energy by year) with a native line chart.

The living model compares one scenario with one baseline (Calc); the other named scenarios are
values, labelled as such, next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._xlsx_book import (
    NF_CO2,
    NF_COUNT,
    NF_ENERGY,
    NF_EUR,
    NF_PCT,
    NF_POWER_W,
    NF_WATER,
    NF_WH,
    _axis_format,
    _chart_base,
    _Ctx,
    _head_row,
    _name,
    _nf,
    _print_setup,
    _title,
)
from ._xlsx_write import BOLD, MUTE, RIGHT, SECTION, WRAP, safe_text, text_height
from .model import Results, evaluate
from .scenario import Scenario

MAX_COMPARED = 12
"""Named scenarios written beside the scenario and the baseline (the window draws at most a
few at once; a workspace may hold more, the sheet stays readable up to about this many)."""

KEY_FIGURES = (
    ("Annual energy", lambda r: r.energy_total_kwh, NF_ENERGY, 1.0),
    ("Energy per query", lambda r: r.per_query_total_wh, NF_WH, 1.0),
    ("CO2e per year", lambda r: r.co2e_t, NF_CO2, 1.0),
    ("On-site water per year", lambda r: r.water_m3, NF_WATER, 1.0),
    ("Electricity cost per year", lambda r: r.cost_eur, NF_EUR, 1.0),
    ("Accelerators provisioned", lambda r: r.accelerators, NF_COUNT, 1.0),
    ("Provisioned facility power", lambda r: r.power_provisioned_mw, NF_POWER_W, 1e6),
)
"""Rows of the comparison: label, the yearly series in :class:`Results`, number format, factor to
the format's base unit (power: MW to W)."""

LINE_STYLES = (
    ("#0072B2", "solid"),
    ("#E69F00", "dash"),
    ("#009E73", "round_dot"),
    ("#D55E00", "long_dash"),
    ("#CC79A7", "dash_dot"),
    ("#56B4E9", "square_dot"),
    ("#000000", "long_dash_dot"),
    ("#F0E442", "solid"),
)
"""Okabe–Ito colours with a line style each, so that no two lines differ by colour alone (the
scenario first, in the window's blue; the baseline is grey and dashed)."""
BASELINE_LINE = ("#8C8C8C", "dash")


def _value(res: Results, series, year: int, mult: float) -> float | None:
    """The value of a yearly series in ``year``, or None when the projection does not reach it."""
    years = res.years
    if not int(years[0]) <= year <= int(years[-1]):
        return None
    return float(np.asarray(series(res))[year - int(years[0])]) * mult


def scenarios_sheet(ctx: _Ctx, compared: Sequence[Scenario]) -> None:
    """Write the Scenarios sheet for ``compared`` (besides the scenario and the baseline)."""
    sh = ctx.sheet("Scenarios")
    ws = sh.ws
    tr = ctx.tr
    sides = [
        (f"{tr('Baseline')}: {_name(ctx, ctx.base)}", ctx.res["Base_"]),
        (f"{tr('Scenario')}: {_name(ctx, ctx.sc)}", ctx.res["Scen_"]),
    ] + [(_name(ctx, sc), evaluate(sc)) for sc in compared[:MAX_COMPARED]]
    _title(
        sh,
        tr("Named scenarios compared (values from WattIf at export)"),
        tr(
            "Values, not formulas: computed by WattIf when the workbook was exported; they do "
            "not follow edits of the Inputs sheet. The living model (Calc) compares the scenario "
            "with the baseline."
        ),
    )
    base_year, horizon = int(ctx.sc["base_year"]), int(ctx.sc["horizon_year"])
    n = len(sides)
    last_col = 2 + n
    row = 4
    sh.text(row, 1, tr("Key figures"), SECTION)
    row += 1
    _head_row(sh, row, [tr("Quantity"), tr("Year"), *[safe_text(s, 120) for s, _ in sides]])
    ws.set_row(row - 1, 45, ctx.fmt(WRAP))
    row += 1
    first_kpi = row
    for label, series, nf, mult in KEY_FIGURES:
        for year in (base_year, horizon):
            sh.text(row, 1, tr(label), BOLD if year == horizon else None)
            sh.num(row, 2, year, num_format="0")
            for j, (_, res) in enumerate(sides):
                v = _value(res, series, year, mult)
                if v is None:
                    sh.text(row, 3 + j, "–", MUTE, RIGHT)
                else:
                    sh.num(row, 3 + j, v, num_format=_nf(ctx, nf))
            row += 1
    ctx.rows["scenarios_kpis"] = (first_kpi, row - 1)
    row += 1
    sh.text(row, 1, tr("Change against the baseline in {0}").format(horizon), SECTION)
    row += 1
    for label, series, _, _ in KEY_FIGURES:
        sh.text(row, 1, tr(label))
        sh.num(row, 2, horizon, num_format="0")
        base = _value(sides[0][1], series, horizon, 1.0)
        for j, (_, res) in enumerate(sides):
            v = _value(res, series, horizon, 1.0)
            if v is None or base is None or base == 0:
                sh.text(row, 3 + j, "–", MUTE, RIGHT)
            else:
                sh.num(row, 3 + j, v / base - 1, num_format=NF_PCT)
        row += 1

    # annual energy by year, one column per scenario, and the chart of it
    row += 1
    unit_label = tr("Annual energy [{0}]").format(ctx.energy_unit)
    sh.text(row, 1, unit_label, SECTION)
    row += 1
    _head_row(sh, row, [tr("Year"), "", *[safe_text(s, 120) for s, _ in sides]])
    ws.set_row(row - 1, 45, ctx.fmt(WRAP))
    row += 1
    years = sorted({int(y) for _s, res in sides for y in res.years})
    first = row
    peak = 0.0
    for y in years:
        sh.num(row, 1, y, num_format="0")
        for j, (_, res) in enumerate(sides):
            v = _value(res, lambda r: r.energy_total_kwh, y, 1.0 / ctx.energy_div)
            if v is not None:
                sh.num(row, 3 + j, v, num_format="#,##0.00")
                peak = max(peak, v)
        row += 1
    last = row - 1
    note = tr(
        "Each scenario over its own years; a dash where its projection does not reach a year. "
        "Change = scenario ÷ baseline − 1."
    )
    row += 1
    ws.merge_range(row - 1, 0, row - 1, max(last_col - 1, 4), "", ctx.fmt(MUTE, WRAP))
    sh.text(row, 1, note, MUTE, WRAP)
    sh.height(row, text_height([(note, 120)], line=11.5))

    ch = ctx.wb.add_chart({"type": "scatter", "subtype": "straight"})
    for j, (name, _res) in enumerate(sides):
        colour, dash = BASELINE_LINE if j == 0 else LINE_STYLES[(j - 1) % len(LINE_STYLES)]
        ch.add_series(
            {
                "name": safe_text(name, 250),
                "categories": [sh.name, first - 1, 0, last - 1, 0],
                "values": [sh.name, first - 1, 2 + j, last - 1, 2 + j],
                "line": {"color": colour, "width": 2.5 if j == 1 else 1.75, "dash_type": dash},
                "marker": {"type": "none"},
            }
        )
    _chart_base(ctx, ch, unit_label)
    font = {"name": "Arial", "size": 8, "color": "#404040"}
    ch.set_x_axis(
        {
            "num_format": "0",
            "num_font": font,
            "min": years[0],
            "max": years[-1],
            "major_gridlines": {"visible": False},
        }
    )
    ch.set_y_axis(
        {
            "min": 0,
            "num_format": _axis_format(peak),
            "num_font": font,
            "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
        }
    )
    ch.set_size({"width": 720, "height": 340})
    ws.insert_chart(row + 1, 0, ch)
    widths = {"A": 34, "B": 8}
    for j in range(n):
        widths[chr(ord("C") + j)] = 18
    sh.widths(widths)
    ws.freeze_panes(5, 2)
    _print_setup(ctx, sh, fit_height=0)
