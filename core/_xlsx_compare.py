"""The workbook's compared named scenarios: the "Scenario inputs" sheet (each named scenario's
inputs as blue cells, one column each) and the "Scenarios" sheet (their key figures in the base
and horizon year, the change against the baseline and annual energy by year, with a native
line chart).

Every compared scenario is living like the scenario: its inputs are defined names
(``Named1_pue``), Calc evaluates it in a column block of its own with the same formulas, and
every figure on the Scenarios sheet is a formula on that block. The cells store the values
WattIf computed at export (the Checks sheet compares them).
"""

from __future__ import annotations

from . import params
from ._xlsx_book import (
    CHANGED_FILL,
    INPUT_WIDTHS,
    NF_CO2,
    NF_COUNT,
    NF_ENERGY,
    NF_EUR,
    NF_PCT,
    NF_POWER_W,
    NF_WATER,
    NF_WH,
    _allowed,
    _chart_base,
    _Ctx,
    _head_row,
    _input_value,
    _name,
    _nf,
    _num_format,
    _print_setup,
    _title,
    _unit,
    _validation,
    _value_axis,
    _year_axis,
    input_cell,
)
from ._xlsx_write import (
    BOLD,
    CENTER,
    MUTE,
    RIGHT,
    SECTION,
    SECTION_BG,
    WRAP,
    col_letter,
    safe_text,
    text_height,
)

MAX_COMPARED = 12
"""Named scenarios written beside the scenario and the baseline (the window draws at most a
few at once; a workspace may hold more, the sheet stays readable up to about this many)."""

KEY_FIGURES = (
    ("Annual energy", "en_total", NF_ENERGY, 1.0),
    ("Energy per query", "pq_total", NF_WH, 1.0),
    ("CO2e per year", "co2", NF_CO2, 1.0),
    ("On-site water per year", "water", NF_WATER, 1.0),
    ("Electricity cost per year", "cost", NF_EUR, 1.0),
    ("Accelerators provisioned", "accelerators", NF_COUNT, 1.0),
    ("Provisioned facility power", "mw_prov", NF_POWER_W, 1e6),
)
"""Rows of the comparison: label, the Calc line item, number format, factor to the format's
base unit (power: MW to W)."""

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


def _sides(ctx: _Ctx) -> list[tuple[str, str]]:
    """(prefix, column heading) of every scenario on the sheets: baseline, scenario, the named
    ones."""
    tr = ctx.tr
    return [
        ("Base_", f"{tr('Baseline')}: {_name(ctx, ctx.base)}"),
        ("Scen_", f"{tr('Scenario')}: {_name(ctx, ctx.sc)}"),
        *((p, _name(ctx, sc)) for p, sc in ctx.compared.items()),
    ]


def _in_year(ctx: _Ctx, prefix: str, item: str, year_cell: str, mult: float, outside: str):
    """Formula and value of a Calc line item of one scenario in the year in ``year_cell``;
    ``outside`` where that scenario's projection does not reach the year (its inputs decide,
    so a client's new horizon moves it)."""
    n = ctx.names
    base, hor = n[prefix + "base_year"], n[prefix + "horizon_year"]
    row = ctx.calc_row(item)
    scale = "" if mult == 1.0 else f"*{mult:g}"
    f = (
        f"=IF(OR({year_cell}<{base},{year_cell}>{hor}),{outside},"
        f"INDEX({ctx.block(prefix, row)},1,{year_cell}-{base}+1){scale})"
    )
    return f


def _value(ctx: _Ctx, prefix: str, item: str, year: int, mult: float) -> float | None:
    """The value WattIf computed for a line item in ``year``, or None outside the projection."""
    sc = ctx.side_sc(prefix)
    first, last = int(sc["base_year"]), int(sc["horizon_year"])
    if not first <= year <= last:
        return None
    return float(ctx.cv[(prefix, item)][year - first]) * mult


def _span(sc) -> tuple[int, int]:
    """The years of a scenario's projection as a ``range`` argument pair."""
    return int(sc["base_year"]), int(sc["horizon_year"]) + 1


def compared_inputs(ctx: _Ctx) -> None:
    """The Scenario inputs sheet: every parameter in the rows of the Inputs sheet, the baseline
    and the scenario for reference (formulas on Inputs), then one blue column per compared
    named scenario whose cells are its defined names (``Named1_pue``)."""
    sh = ctx.sheet("Scenario inputs")
    tr = ctx.tr
    lang = tr.lang
    _title(
        sh,
        tr("Inputs of the compared named scenarios"),
        tr(
            "Change the blue cells: the Scenarios sheet follows. Baseline and scenario for "
            "reference (change them on Inputs); shaded where a value differs from the baseline. "
            "Switches: 1 = on, 0 = off."
        ),
    )
    sides = _sides(ctx)
    unit_col = 3 + len(sides)
    named = [f"{tr('Named scenario')} {i}" for i in range(1, len(ctx.compared) + 1)]
    heads = [tr("Key"), tr("Parameter"), tr("Baseline"), tr("Scenario"), *named, tr("Unit")]
    heads += [tr("Allowed")]
    titles = [_name(ctx, ctx.side_sc(p)) for p, _h in sides]
    for j, title in enumerate(titles, start=3):
        sh.text(3, j, safe_text(title, 120), BOLD, CENTER, text_wrap=True, valign="bottom")
    sh.height(3, min(text_height([(t, INPUT_WIDTHS["C"]) for t in titles], pad=4), 120))
    _head_row(sh, 4, heads)
    reg = params.registry()
    rows = ctx.rows["inputs"]
    last_named = col_letter(unit_col - 1)
    for group in params.GROUPS:
        members = [p for p in reg.values() if p.group == group]
        if not members:
            continue
        row = rows[members[0].key] - 1  # the rows of the Inputs sheet, one for one
        for col in range(1, len(heads) + 1):
            sh.blank(row, col, SECTION_BG)
        sh.text(row, 1, params.GROUP_LABELS[group][1 if lang == "de" else 0], SECTION, SECTION_BG)
        for p in members:
            row = rows[p.key]
            sh.text(row, 1, p.key, MUTE)
            sh.text(row, 2, p.label(lang))
            fmt = _num_format(p)
            for col, (prefix, _head) in enumerate(sides, start=3):
                if prefix in ("Base_", "Scen_"):  # for reference: follows the Inputs sheet
                    v = _input_value(p, ctx.side_sc(prefix)[p.key])
                    sh.f(row, col, f"={ctx.names[prefix + p.key]}", v, MUTE, num_format=fmt)
                else:
                    input_cell(ctx, sh, p, prefix, row, col)
            sh.text(row, unit_col, _unit(ctx, p), MUTE)
            sh.text(row, unit_col + 1, _allowed(ctx, p), MUTE, limit=300)
            _validation(ctx, sh, p, row, f"E{{row}}:{last_named}{{row}}")
    first, last = min(rows.values()), max(rows.values())
    sh.ws.conditional_format(
        f"E{first}:{last_named}{last}",
        {
            "type": "formula",
            "criteria": f'=AND($C{first}<>"",E{first}<>$C{first})',
            "format": ctx.fmt.dxf(bg_color=CHANGED_FILL, bold=True),
        },
    )
    widths = {"A": INPUT_WIDTHS["A"], "B": INPUT_WIDTHS["B"]}
    for j in range(len(sides)):
        widths[col_letter(3 + j)] = INPUT_WIDTHS["C"]
    widths[col_letter(unit_col)] = INPUT_WIDTHS["E"]
    widths[col_letter(unit_col + 1)] = INPUT_WIDTHS["I"]
    sh.widths(widths)
    sh.ws.freeze_panes(4, 2)
    sh.ws.print_area(f"A1:{col_letter(unit_col)}{last}")
    _print_setup(ctx, sh, title_rows=(4, 4))


def scenarios_sheet(ctx: _Ctx) -> None:
    """Write the Scenarios sheet: the compared named scenarios beside the scenario and the
    baseline, every figure a formula on Calc."""
    sh = ctx.sheet("Scenarios")
    ws = sh.ws
    tr = ctx.tr
    sides = _sides(ctx)
    _title(
        sh,
        tr("Named scenarios compared"),
        tr(
            "Every figure is a formula: Calc evaluates the baseline, the scenario and each named "
            "scenario in a column block of its own. Change the named scenarios on the Scenario "
            "inputs sheet, the scenario and the baseline on the Inputs sheet."
        ),
    )
    base_year, horizon = int(ctx.sc["base_year"]), int(ctx.sc["horizon_year"])
    n = len(sides)
    last_col = 2 + n
    row = 4
    sh.text(row, 1, tr("Key figures"), SECTION)
    row += 1
    _head_row(sh, row, [tr("Quantity"), tr("Year"), *[safe_text(h, 120) for _p, h in sides]])
    ws.set_row(row - 1, 45, ctx.fmt(WRAP))
    row += 1
    first_kpi = row
    at_horizon: dict[str, int] = {}  # item -> the row of its horizon-year figures
    for label, item, nf, mult in KEY_FIGURES:
        for year in (base_year, horizon):
            sh.text(row, 1, tr(label), BOLD if year == horizon else None)
            sh.num(row, 2, year, num_format="0")
            for j, (prefix, _head) in enumerate(sides):
                v = _value(ctx, prefix, item, year, mult)
                f = _in_year(ctx, prefix, item, f"$B{row}", mult, '"–"')
                sh.f(row, 3 + j, f, "–" if v is None else v, RIGHT, num_format=_nf(ctx, nf))
            if year == horizon:
                at_horizon[item] = row
            row += 1
    ctx.rows["scenarios_kpis"] = (first_kpi, row - 1)
    row += 1
    sh.text(row, 1, tr("Change against the baseline in {0}").format(horizon), SECTION)
    row += 1
    for label, item, _fmt, mult in KEY_FIGURES:
        sh.text(row, 1, tr(label))
        sh.num(row, 2, horizon, num_format="0")
        base = _value(ctx, "Base_", item, horizon, mult)
        src = at_horizon[item]
        for j, (prefix, _head) in enumerate(sides):
            v = _value(ctx, prefix, item, horizon, mult)
            c = col_letter(3 + j)
            f = f'=IFERROR({c}{src}/$C{src}-1,"–")'
            shown = "–" if v is None or base is None or base == 0 else v / base - 1
            sh.f(row, 3 + j, f, shown, RIGHT, num_format=NF_PCT)
        row += 1

    # annual energy by year, one column per scenario, and the chart of it
    row += 1
    unit_label = tr("Annual energy [{0}]").format(ctx.energy_unit)
    sh.text(row, 1, unit_label, SECTION)
    row += 1
    _head_row(sh, row, [tr("Year"), "", *[safe_text(h, 120) for _p, h in sides]])
    ws.set_row(row - 1, 45, ctx.fmt(WRAP))
    row += 1
    years = sorted({int(y) for p, _h in sides for y in range(*_span(ctx.side_sc(p)))})
    first = row
    peak = 0.0
    div = 1.0 / ctx.energy_div
    na = ctx.fmt(MUTE, num_format="#,##0.00", font_color="#BFBFBF")
    for y in years:
        sh.num(row, 1, y, num_format="0")
        for j, (prefix, _head) in enumerate(sides):
            v = _value(ctx, prefix, "en_total", y, div)
            f = _in_year(ctx, prefix, "en_total", f"$A{row}", div, "NA()")
            if v is None:
                sh.put(row, 3 + j, f, "#N/A", na)
            else:
                sh.f(row, 3 + j, f, v, num_format="#,##0.00")
                peak = max(peak, v)
        row += 1
    last = row - 1
    note = tr(
        "Each scenario over its own years; #N/A (grey) where its projection does not reach a "
        "year, so that its line ends there. Change = scenario ÷ baseline − 1."
    )
    row += 1
    ws.merge_range(row - 1, 0, row - 1, max(last_col - 1, 4), "", ctx.fmt(MUTE, WRAP))
    sh.text(row, 1, note, MUTE, WRAP)
    sh.height(row, text_height([(note, 120)], line=11.5))

    ch = ctx.wb.add_chart({"type": "scatter", "subtype": "straight"})
    for j, (_prefix, name) in enumerate(sides):
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
    ch.set_x_axis(_year_axis(min=years[0], max=years[-1]))
    ch.set_y_axis(_value_axis(peak))
    ch.set_size({"width": 720, "height": 340})
    ws.insert_chart(row + 1, 0, ch)
    widths = {"A": 34, "B": 8}
    for j in range(n):
        widths[chr(ord("C") + j)] = 18
    sh.widths(widths)
    ws.freeze_panes(5, 2)
    _print_setup(ctx, sh, fit_height=0)
