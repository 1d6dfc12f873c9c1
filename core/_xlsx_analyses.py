"""The workbook's analyses sheets: Uncertainty (percentiles of the key figures from Monte
Carlo samples) and Tornado (what each input's range does to the horizon year's energy), both
as values WattIf computes at export (private; built by :func:`._xlsx_book.build_workbook`).
"""

from __future__ import annotations

import numpy as np

from . import params
from ._xlsx_book import (
    NF_DELTA,
    OKABE_ITO,
    SCENARIO_COLOUR,
    TORNADO_BARS,
    UNCERTAINTY_SAMPLES,
    UNCERTAINTY_SEED,
    _axis_format,
    _chart_base,
    _Ctx,
    _head_row,
    _print_setup,
    _px,
    _title,
    _value_axis,
    _year_axis,
)
from ._xlsx_write import BOLD, MUTE, SECTION, WRAP, text_height
from .analyses import median_gap, tornado, uncertainty_all


def _median_note(ctx: _Ctx, band) -> str:
    """Where the samples' median of the energy lies against the scenario in the horizon year,
    and why (review as a client: the Summary's 77.3 GWh lay below the band's P25 with nothing
    saying so); "" when they are close (:func:`~.analyses.median_gap`)."""
    tr = ctx.tr
    value = float(ctx.res["Scen_"].energy_total_kwh[-1])
    median = float(band.p50[-1])
    gap = median_gap(value, median)
    if gap is None:
        return ""
    if gap > 0:
        text = tr(
            "In {0} the samples' median of the energy, {1}, lies {2} above the scenario's {3}: "
            "most inputs' plausible ranges reach further up than down. The Summary shows the "
            "scenario as set; these bands show what its inputs' ranges allow."
        )
    else:
        text = tr(
            "In {0} the samples' median of the energy, {1}, lies {2} below the scenario's {3}: "
            "most inputs' plausible ranges reach further down than up. The Summary shows the "
            "scenario as set; these bands show what its inputs' ranges allow."
        )

    def energy(kwh: float) -> str:
        return f"{tr.num(kwh / ctx.energy_div, 1)} {ctx.energy_unit}"

    percent = f"{tr.num(round(abs(gap) * 100))} %"
    return text.format(int(band.years[-1]), energy(median), percent, energy(value))


def uncertainty_sheet(ctx: _Ctx) -> None:
    """The Uncertainty sheet (percentiles from Monte Carlo samples, computed at export)."""
    from .analyses import PERCENTILES

    sh = ctx.sheet("Uncertainty")
    tr = ctx.tr
    metrics = (
        ("energy_kwh", "Annual energy [{0}]", ctx.energy_div),
        ("co2e_t", "CO2e [t/yr]", 1.0),
    )
    bands = uncertainty_all(
        ctx.sc, UNCERTAINTY_SAMPLES, UNCERTAINTY_SEED, (), tuple(m for m, _, _ in metrics)
    )
    _title(
        sh,
        tr("Uncertainty bands of the scenario (values from WattIf at export)"),
        tr(
            "Values, not formulas: computed by WattIf when the workbook was exported; they do "
            "not follow edits of the Inputs sheet. The living model is on the Calc sheet."
        ),
    )
    method = tr(
        "Method: Monte Carlo, {0} Latin-hypercube samples (seed {1}); every input with a "
        "plausible range (Low–High on the Inputs sheet, incl. the model error; where the "
        "scenario's value differs from the default, the range moves with it: scaled on log "
        "scales, shifted on linear ones, as on the Tornado sheet) drawn from a triangular "
        "distribution around the scenario's value (log-triangular on log scales); percentiles "
        "per year."
    ).format(tr.num(UNCERTAINTY_SAMPLES), UNCERTAINTY_SEED)
    sh.ws.merge_range(2, 0, 2, 7, "", ctx.fmt(MUTE, WRAP))
    sh.text(3, 1, method, MUTE, WRAP)
    sh.height(3, text_height([(method, 100)], line=11.5))
    note = _median_note(ctx, bands["energy_kwh"])
    if note:
        sh.ws.merge_range(3, 0, 3, 7, "", ctx.fmt(WRAP))
        sh.text(4, 1, note, WRAP)
        sh.height(4, text_height([(note, 100)], line=12.5))
    row = 5
    pct = [f"P{p}" for p in PERCENTILES]
    ctx.rows["uncertainty"] = {}
    for metric, label, div in metrics:
        b = bands[metric]
        unit_label = tr(label).format(ctx.energy_unit)
        sh.text(row, 1, unit_label, SECTION)
        row += 1
        _head_row(sh, row, [tr("Year"), *pct], height=None)
        row += 1
        first = row
        series = (b.p5, b.p25, b.p50, b.p75, b.p95)
        for i, y in enumerate(b.years):
            sh.num(row, 1, int(y), num_format="0")
            for j, s in enumerate(series, start=2):
                sh.num(row, j, float(s[i]) / div, num_format="#,##0.00")
            row += 1
        ctx.rows["uncertainty"][metric] = (first, row - 1, unit_label, float(np.max(b.p95)) / div)
        row += 1
    sh.widths({"A": 12, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14})
    # native chart: P50 with the P5–P95 and P25–P75 ranges
    first, last, label, peak = ctx.rows["uncertainty"]["energy_kwh"]
    ch = ctx.wb.add_chart({"type": "scatter", "subtype": "straight"})
    styles = (
        (2, "P5", {"color": SCENARIO_COLOUR, "width": 1.25, "dash_type": "dash"}),
        (3, "P25", {"color": "#56B4E9", "width": 1.25}),
        (4, "P50", {"color": SCENARIO_COLOUR, "width": 2.5}),
        (5, "P75", {"color": "#56B4E9", "width": 1.25}),
        (6, "P95", {"color": SCENARIO_COLOUR, "width": 1.25, "dash_type": "dash"}),
    )
    for col, name, line in styles:
        ch.add_series(
            {
                "name": name,
                "categories": [sh.name, first - 1, 0, last - 1, 0],
                "values": [sh.name, first - 1, col - 1, last - 1, col - 1],
                "line": line,
            }
        )
    _chart_base(ctx, ch, label)
    ch.set_x_axis(_year_axis())
    ch.set_y_axis(_value_axis(peak))
    ch.set_size({"width": 620, "height": 300})
    sh.ws.insert_chart(4, 7, ch)
    sh.ws.freeze_panes(4, 0)
    _print_setup(ctx, sh, fit_height=1)


def tornado_sheet(ctx: _Ctx) -> None:
    """The Tornado sheet (each input's range and what it does, computed at export)."""
    sh = ctx.sheet("Tornado")
    tr = ctx.tr
    lang = tr.lang
    t = tornado(ctx.sc, "energy_kwh")
    div = ctx.energy_div
    _title(
        sh,
        tr(
            "Tornado: what moves the scenario's annual energy in {0} (values from WattIf at export)"
        ).format(t.year),
        tr(
            "Values, not formulas: each input with a plausible range moved alone to its low and "
            "its high end, all others held at the scenario; the largest swings first. They do "
            "not follow edits of the Inputs sheet."
        ),
    )
    sh.text(3, 1, tr("Annual energy of the scenario [{0}]").format(ctx.energy_unit), BOLD)
    sh.num(3, 5, t.base / div, BOLD, num_format="#,##0.000")
    heads = (
        tr("Input"),
        tr("Key"),
        tr("Low value"),
        tr("High value"),
        tr("Energy at low [{0}]").format(ctx.energy_unit),
        tr("Energy at high [{0}]").format(ctx.energy_unit),
        tr("Low − scenario"),
        tr("High − scenario"),
        tr("Swing"),
    )
    _head_row(sh, 5, heads, height=44)
    row = 6
    first = row
    bars = t.bars[:TORNADO_BARS]
    for bar in bars:
        p = params.get(bar.key)
        sh.text(row, 1, p.label(lang))
        sh.text(row, 2, bar.key, MUTE)
        for col, x in ((3, bar.low), (4, bar.high)):
            sh.num(row, col, x, num_format="#,##0" if abs(x) >= 1e4 else "General")
        sh.num(row, 5, bar.at_low / div, num_format="#,##0.000")
        sh.num(row, 6, bar.at_high / div, num_format="#,##0.000")
        sh.num(row, 7, (bar.at_low - t.base) / div, num_format=NF_DELTA)
        sh.num(row, 8, (bar.at_high - t.base) / div, num_format=NF_DELTA)
        sh.num(row, 9, bar.swing / div, num_format="#,##0.000")
        row += 1
    last = row - 1
    sh.text(
        row + 1,
        1,
        tr("{0} of {1} inputs with a plausible range shown (largest swing first).").format(
            len(bars), len(t.bars)
        ),
        MUTE,
    )
    sh.widths({"A": 44, "B": 28, "C": 12, "D": 12, "E": 14, "F": 14, "G": 14, "H": 14, "I": 12})
    if bars:
        ch = ctx.wb.add_chart({"type": "bar"})
        for col, name, colour in (
            (7, tr("Input at its low end"), OKABE_ITO["sky"]),
            (8, tr("Input at its high end"), OKABE_ITO["orange"]),
        ):
            ch.add_series(
                {
                    "name": name,
                    "categories": [sh.name, first - 1, 0, last - 1, 0],
                    "values": [sh.name, first - 1, col - 1, last - 1, col - 1],
                    "fill": {"color": colour},
                    "border": {"color": colour},
                    "gap": 40,
                    "overlap": 100,
                }
            )
        _chart_base(
            ctx,
            ch,
            tr("Change of annual energy in {0} [{1}]").format(t.year, ctx.energy_unit),
        )
        font = {"name": "Arial", "size": 8, "color": "#404040"}
        peak = max(max(abs(b.at_low - t.base), abs(b.at_high - t.base)) for b in bars) / div
        ch.set_y_axis(
            {
                "reverse": True,
                "label_position": "low",
                "num_font": font,
                "major_gridlines": {"visible": False},
            }
        )
        ch.set_x_axis(
            {
                "num_format": _axis_format(peak),
                "num_font": font,
                "major_gridlines": {"visible": True, "line": {"color": "#E0E0E0"}},
            }
        )
        ch.set_size({"width": _px(44 + 28 + 12 * 2 + 14 * 4 + 12), "height": 24 * len(bars) + 110})
        sh.ws.insert_chart(row + 2, 0, ch)
    sh.ws.freeze_panes(5, 1)
    _print_setup(ctx, sh, fit_height=1)
