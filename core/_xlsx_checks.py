"""The workbook's Checks sheet (private; built by :func:`._xlsx_book.build_workbook`).

Three groups of checks, each a live formula: the workbook's internal consistency (must always
pass), the inputs changed since the export or outside their allowed range, and agreement of the
workbook's formulas with the values WattIf computed at export (compared only while no input has
changed).
"""

from __future__ import annotations

import numpy as np

from . import data, params
from ._xlsx_book import (
    FAIL_FILL,
    HW_COLS,
    HW_NUMERIC,
    INTERNAL_TOL,
    KPIS,
    MD_INPUTS,
    NF_CHECK,
    OKABE_ITO,
    PASS_FILL,
    RES_COLS,
    SIDES,
    _allowed,
    _Ctx,
    _head_row,
    _input_value,
    _name,
    _num_format,
    _print_setup,
    _title,
)
from ._xlsx_write import (
    BOLD,
    CENTER,
    INDENT,
    INPUT,
    MUTE,
    SECTION,
    SECTION_BG,
    SUB,
    WRAP,
    col_letter,
    defined_name,
    safe_text,
    text_height,
    xl_number,
)
from .analyses import savings_by_measure
from .measures import measures
from .model import COMPONENT_LABELS, COMPONENTS


def _app_lines(ctx: _Ctx, prefix: str):
    """(label, item id, year, unit, app value, Calc column index) for every checked figure."""
    r = ctx.res[prefix]
    for i in range(len(r.years)):
        y = int(r.years[i])
        for k, comp in enumerate(COMPONENTS):
            label = COMPONENT_LABELS[comp][1 if ctx.de else 0]
            yield (
                f"{ctx.tr('Energy per query')}: {label}",
                f"pq_{comp}",
                y,
                "Wh",
                r.per_query_wh[i, k],
                i,
            )
        yield (
            f"{ctx.tr('Energy per query')}: {ctx.tr('total')}",
            "pq_total",
            y,
            "Wh",
            r.per_query_total_wh[i],
            i,
        )
        for k, comp in enumerate(COMPONENTS):
            label = COMPONENT_LABELS[comp][1 if ctx.de else 0]
            yield (
                f"{ctx.tr('Annual energy')}: {label}",
                f"en_{comp}",
                y,
                "kWh",
                r.energy_kwh[i, k],
                i,
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
            yield ctx.tr(label), item, y, unit, arr[i], i
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
        yield ctx.tr(label), item, y, unit, v, 0


COMPARED_CHECKS = frozenset(
    ("en_total", "pq_total", "co2", "water", "cost", "accelerators", "mw_prov")
)
"""Line items of each compared named scenario checked against WattIf on the Checks sheet (the
figures of the Scenarios sheet; every other row is the same formula as the scenario's)."""


def _section(sh, row: int, title: str, heads: tuple[str, ...]) -> int:
    """A section's title across the sheet's columns A–I at ``row`` and its column heads below
    it; the row its first line goes in."""
    sh.text(row, 1, title, SECTION, SECTION_BG)
    for j in range(2, 10):
        sh.blank(row, j, SECTION_BG)
    _head_row(sh, row + 1, heads)
    return row + 2


def _rel(a: float, b: float) -> float:
    if a == 0 and b == 0:
        return 0.0
    return abs(b - a) / max(abs(a), abs(b))


def checks_sheet(ctx: _Ctx) -> None:
    """The Checks sheet: internal consistency, inputs changed or out of range, and agreement
    with the values WattIf computed at export."""
    sh = ctx.sheet("Checks")
    ws = sh.ws
    tr = ctx.tr
    PASS, FAIL, NA, CHANGED = tr("PASS"), tr("FAIL"), "–", tr("CHANGED")
    _title(sh, tr("Checks — is the workbook sound, and does it still match WattIf?"))
    ws.merge_range(1, 0, 1, 8, "", ctx.fmt(SUB, WRAP))
    sub = tr(
        "1. Internal consistency: must always pass, whatever you change. 2. Inputs: what "
        "changed since the export and which inputs are outside their allowed range. "
        "3. Agreement with WattIf: the workbook's formulas against the values WattIf "
        "computed at export (compared only while no input has changed)."
    )
    sh.text(2, 1, sub, SUB, WRAP)
    sh.height(2, text_height([(sub, 150)]))
    tol_name = defined_name("Check_tolerance", ctx.taken)
    labels = (
        ("Overall", 4),
        ("1. Internal consistency", 5),
        ("2. Input problems (outside the allowed range, unknown ids)", 6),
        ("2. Inputs changed since export", 7),
        ("3. Agreement with WattIf at export", 8),
        ("Tolerance (relative error)", 9),
    )
    for label, r in labels:
        sh.text(r, 1, tr(label), BOLD if r == 4 else None)
    sh.num(9, 3, 1e-9, INPUT, num_format="0.0E+00")
    ctx.wb.define_name(tol_name, f"={sh.ref}$C$9")
    tol = 1e-9

    # ---------------------------------------------------------------- 1. internal consistency
    row = _section(
        sh,
        11,
        tr("1. Internal consistency (must always pass)"),
        (tr("Part"), tr("Check"), tr("Value"), "", "", "", "", tr("Result"), tr("Names")),
    )
    int_first = row
    calc = ctx.q("Calc")
    n = ctx.names

    def internal(part: str, label: str, formula: str, value: float, ok: bool, names=("", "")):
        nonlocal row
        sh.text(row, 1, part, MUTE)
        sh.text(row, 2, label, WRAP)
        sh.height(row, text_height([(label, 66)], font_chars=0.85))
        sh.f(row, 3, formula, value, num_format="0.0E+00" if isinstance(value, float) else "0")
        sh.f(
            row,
            8,
            f'=IF(ISERROR(C{row}),"{FAIL}",IF(C{row}<={INTERNAL_TOL},"{PASS}","{FAIL}"))',
            PASS if ok else FAIL,
            CENTER,
        )
        if names[0]:
            sh.f(row, 9, names[0], names[1], MUTE)
        row += 1

    # totals = sum of their parts, every column of every block
    for block, title in (
        ("Base_", tr("Baseline")),
        ("Scen_", tr("Scenario")),
        ("WF", tr("Waterfall")),
    ):
        cols = ctx.calc_cols[block]
        a, b = cols[0].letter, cols[-1].letter
        for total, parts, label in (
            (
                "en_total",
                [f"en_{c}" for c in COMPONENTS],
                tr("Annual energy total = sum of its components (every column)"),
            ),
            (
                "pq_total",
                ["pq_use", "pq_training"],
                tr("Energy per query total = use + training share (every column)"),
            ),
            (
                "pq_use",
                [f"pq_{c}" for c in COMPONENTS[:-2]],
                tr("Energy per query in use = sum of its components (every column)"),
            ),
        ):

            def rng(item: str, a: str = a, b: str = b) -> str:
                return f"{calc}${a}${ctx.calc_row(item)}:${b}${ctx.calc_row(item)}"

            f = (
                f"=SUMPRODUCT(ABS({rng(total)}-(" + "+".join(rng(p) for p in parts) + ")))"
                f"/MAX(1E-300,SUMPRODUCT(ABS({rng(total)})))"
            )
            tv = np.asarray(ctx.cv[(block, total)])
            pv = sum(np.asarray(ctx.cv[(block, p)]) for p in parts)
            value = float(np.sum(np.abs(tv - pv)) / max(1e-300, float(np.sum(np.abs(tv)))))
            internal(title, label, f, value, value <= 1e-12)
    # Summary = Calc, found independently (by year, not by position)
    s_first, s_last = ctx.rows["summary_kpis"]
    terms = []
    year_row = 4
    for prefix, c_base in (("Base_", "B"), ("Scen_", "C")):
        cols = ctx.calc_cols[prefix]
        years = f"{calc}${cols[0].letter}${year_row}:${cols[-1].letter}${year_row}"
        for _label, item, _nf, mult in KPIS:
            r = ctx.rows["summary"][(item, "base")]
            rng = ctx.block(prefix, ctx.calc_row(item))
            scale = f"*{xl_number(mult)}" if mult != 1 else ""
            c_h = chr(ord(c_base) + 3)
            for cell, year_name in ((f"{c_base}{r}", "base_year"), (f"{c_h}{r}", "horizon_year")):
                look = f"INDEX({rng},1,MATCH({n[prefix + year_name]},{years},0)){scale}"
                terms.append(f"ABS({ctx.q('Summary')}{cell}-{look})")
    f = "=" + "+".join(terms)
    internal(
        ctx.sheet("Summary").name, tr("Summary key figures = Calc, looked up by year"), f, 0.0, True
    )
    # the waterfall: ends at the scenario in its horizon year; its steps add up
    scen_cols = ctx.calc_cols["Scen_"]
    years = f"{calc}${scen_cols[0].letter}${year_row}:${scen_cols[-1].letter}${year_row}"
    end_f, end_v = ctx.at_step(len(ctx.calc_cols["WF"]) - 1, "en_total")
    en_row = ctx.block("Scen_", ctx.calc_row("en_total"))
    look = f"INDEX({en_row},1,MATCH({n['Scen_horizon_year']},{years},0))"
    v_h = ctx.cv[("Scen_", "en_total")][ctx.t_h("Scen_")]
    value = _rel(v_h, end_v)
    internal(
        tr("Waterfall"),
        tr("The waterfall ends at the scenario's annual energy in its horizon year"),
        f"=ABS({end_f}-{look})/MAX(1E-300,ABS({look}))",
        value,
        value <= 1e-12,
    )
    first, last = ctx.rows["waterfall"]
    meas = ctx.q("Measures")
    internal(
        tr("Waterfall"),
        tr("Measures sheet: start + every step = end"),
        f"=ABS({meas}E{first}+SUM({meas}F{first + 1}:F{last - 1})-{meas}E{last})"
        f"/MAX(1E-300,ABS({meas}E{last}))",
        0.0,
        True,
    )
    # no error cells, named
    err_col, c_first, c_last = ctx.rows["calc_errors"]
    e_col, run_col = col_letter(err_col), col_letter(err_col + 1)
    err_rng = f"{calc}${e_col}${c_first}:${e_col}${c_last}"
    run_rng = f"{calc}${run_col}${c_first}:${run_col}${c_last}"
    label_rng = f"{calc}${col_letter(err_col + 2)}${c_first}:${col_letter(err_col + 2)}${c_last}"
    first_names = "&".join(
        f'IFERROR(INDEX({label_rng},MATCH({k},{run_rng},0))&"; ","")' for k in (1, 2, 3)
    )
    internal(
        ctx.sheet("Calc").name,
        tr("No error cells on Calc (the first line items with errors are named at right)"),
        f"=SUM({err_rng})",
        0,
        True,
        (f"={first_names}", ""),
    )
    r0, r1 = ctx.rows["results"]["Base_"][0], ctx.rows["results"]["Scen_"][1]
    res = ctx.q("Results")
    last_res = col_letter(len(RES_COLS))
    cc = ctx.rows["results_chart_col"]
    chart_rng = f"{res}${col_letter(cc)}${r0}:${col_letter(cc + 1)}${r1}"
    s_rng = f"{ctx.q('Summary')}$B${s_first}:$G${s_last}"
    m_rng = f"{meas}$C${first}:$M${last}"
    internal(
        tr("Sheets"),
        tr("No error cells on Summary, Results and Measures (#N/A in the chart data is intended)"),
        f"=SUMPRODUCT(--ISERROR({s_rng}))+SUMPRODUCT(--ISERROR({res}$A${r0}:${last_res}${r1}))"
        f"+SUMPRODUCT(ISERROR({chart_rng})-ISNA({chart_rng}))+SUMPRODUCT(--ISERROR({m_rng}))",
        0,
        True,
        (
            "="
            + "&".join(
                f'IF(SUMPRODUCT(--ISERROR({rng}))>0,"{ctx.sheet(key).name}; ","")'
                for key, rng in (
                    ("Summary", s_rng),
                    ("Results", f"{res}$A${r0}:${last_res}${r1}"),
                    ("Measures", m_rng),
                )
            ),
            "",
        ),
    )
    int_last = row - 1
    ctx.checks["internal"] = (int_first, int_last)

    # ---------------------------------------------------------------- 2. inputs
    row = _section(
        sh,
        row + 1,
        tr("2. Inputs: changes since export and problems"),
        (
            tr("Side or sheet"),
            tr("Input"),
            tr("Key"),
            "",
            tr("As exported"),
            tr("Now"),
            tr("Changed"),
            tr("Problem"),
            tr("Note"),
        ),
    )
    in_first = row
    reg = params.registry()
    sides = [(prefix, tr(side)) for prefix, side in SIDES]
    sides += [(prefix, safe_text(_name(ctx, sc), 120)) for prefix, sc in ctx.compared.items()]
    for prefix, side in sides:  # the compared named scenarios' inputs as well: they are living
        sc = ctx.side_sc(prefix)
        for p in reg.values():
            sh.text(row, 1, side, MUTE)
            sh.text(row, 2, p.label(tr.lang), MUTE)
            sh.text(row, 3, p.key, MUTE)
            v = _input_value(p, sc[p.key])
            nf = _num_format(p)
            if isinstance(v, str):
                sh.text(row, 5, v, MUTE, limit=255)
            else:
                sh.num(row, 5, v, MUTE, num_format=nf)
            name = n[prefix + p.key]
            sh.f(row, 6, f"={name}", v, MUTE, num_format=nf)
            sh.f(row, 7, f'=IF(F{row}=E{row},"","{CHANGED}")', "", BOLD, CENTER)
            prob_f, note_f = _input_problem(ctx, p, prefix, row)
            sh.f(row, 8, prob_f, "", BOLD)
            sh.f(row, 9, note_f, "", MUTE)
            row += 1
    # the catalogues and constants are inputs too
    hw_first, hw_last_cat, hw_last = ctx.rows["hw"]
    hws = ctx.q("Hardware")
    cat = list(data.hardware_catalogue().values())
    num_cols = [(j, attr) for j, (attr, _, _) in enumerate(HW_COLS, start=1) if attr in HW_NUMERIC]
    for i, hw in enumerate(cat):
        r = hw_first + i
        conds = [f'{hws}$A${r}="{hw.id}"'] + [
            f"{hws}${col_letter(j)}${r}={xl_number(float(getattr(hw, attr)))}"
            for j, attr in num_cols
        ]
        sh.text(row, 1, ctx.sheet("Hardware").name, MUTE)
        sh.text(row, 2, tr.name(hw.name), MUTE)
        sh.text(row, 3, hw.id, MUTE)
        sh.text(row, 5, tr("catalogue row {0}").format(r), MUTE)
        sh.f(row, 6, f"={hws}$A${r}", hw.id, MUTE)
        sh.f(row, 7, f'=IF(AND({",".join(conds)}),"","{CHANGED}")', "", BOLD, CENTER)
        miss = "+".join(f'({hws}${col_letter(j)}${r}="")' for j, _ in num_cols)
        sh.f(row, 8, f'=IF(({miss})>0,"{tr("a figure is missing")}","")', "", BOLD)
        row += 1
    spare = (hw_last_cat + 1, hw_last)
    sh.text(row, 1, ctx.sheet("Hardware").name, MUTE)
    sh.text(row, 2, tr("Rows added below the catalogue"), MUTE)
    sh.num(row, 5, 0, MUTE)
    ids = f"{hws}$A${spare[0]}:$A${spare[1]}"
    sh.f(row, 6, f"=COUNTA({ids})", 0, MUTE)
    sh.f(row, 7, f'=IF(F{row}=0,"","{CHANGED}")', "", BOLD, CENTER)
    miss = "+".join(
        f'({hws}${col_letter(j)}${spare[0]}:${col_letter(j)}${spare[1]}="")' for j, _ in num_cols
    )
    sh.f(
        row,
        8,
        f'=IF(SUMPRODUCT(({ids}<>"")*(({miss})>0))>0,"{tr("an added row lacks a figure")}","")',
        "",
        BOLD,
    )
    row += 1
    md_first, md_last_cat, md_last, mcol, _midx = ctx.rows["md"]
    mds = ctx.q("Models")
    for i, m in enumerate(data.model_catalogue().values()):
        r = md_first + 1 + i
        conds = [f'{mds}$A${r}="{m.id}"'] + [
            f"{mds}${mcol[a]}${r}={xl_number(float(getattr(m, a)))}" for a in MD_INPUTS
        ]
        sh.text(row, 1, ctx.sheet("Models").name, MUTE)
        sh.text(row, 2, tr.name(m.name), MUTE)
        sh.text(row, 3, m.id, MUTE, limit=120)
        sh.text(row, 5, tr("catalogue row {0}").format(r), MUTE)
        sh.f(row, 6, f"={mds}$A${r}", m.id, MUTE)
        sh.f(row, 7, f'=IF(AND({",".join(conds)}),"","{CHANGED}")', "", BOLD, CENTER)
        row += 1
    sh.text(row, 1, ctx.sheet("Models").name, MUTE)
    sh.text(row, 2, tr("Rows added below the catalogue"), MUTE)
    sh.num(row, 5, 0, MUTE)
    sh.f(row, 6, f"=COUNTA({mds}$A${md_last_cat + 1}:$A${md_last})", 0, MUTE)
    sh.f(row, 7, f'=IF(F{row}=0,"","{CHANGED}")', "", BOLD, CENTER)
    row += 1
    for name, value, _r in ctx.rows["k"]:
        sh.text(row, 1, ctx.sheet("Models").name, MUTE)
        sh.text(row, 2, tr("Constant of decode physics v2"), MUTE)
        sh.text(row, 3, f"K_{name}", MUTE)
        sh.num(row, 5, value, MUTE)
        sh.f(row, 6, f"=K_{name}", value, MUTE)
        sh.f(row, 7, f'=IF(F{row}={xl_number(value)},"","{CHANGED}")', "", BOLD, CENTER)
        row += 1
    in_last = row - 1
    ctx.checks["inputs"] = (in_first, in_last)

    # ---------------------------------------------------------------- 3. agreement with WattIf
    row = _section(
        sh,
        row + 1,
        tr("3. Agreement with WattIf at export"),
        (
            tr("Side"),
            tr("Quantity"),
            tr("Year"),
            tr("Unit"),
            tr("WattIf value"),
            tr("Workbook value"),
            tr("Relative error"),
            tr("Result"),
            tr("Calc item"),
        ),
    )
    ag_first = row
    changed = "$C$7"
    lines = []
    for prefix, side in SIDES:
        for label, item, y, unit, v, k in _app_lines(ctx, prefix):
            f, wbv = ctx.at(prefix, item, k)
            lines.append((tr(side), label, y, tr(unit), float(v), "=" + f, wbv, item))
    for prefix, sc in ctx.compared.items():  # their key figures, every year
        side = safe_text(_name(ctx, sc), 120)
        for label, item, y, unit, v, k in _app_lines(ctx, prefix):
            if item in COMPARED_CHECKS:
                f, wbv = ctx.at(prefix, item, k)
                lines.append((side, label, y, tr(unit), float(v), "=" + f, wbv, item))
    wf = savings_by_measure(ctx.sc)  # at unchanged demand, then the rebound: as Calc has it
    steps = dict(zip(wf.ids, wf.steps, strict=True))
    value = wf.start
    n_steps = len(ctx.calc_cols["WF"])
    f, wbv = ctx.at_step(0, "en_total")
    lines.append(
        (
            tr("Scenario"),
            tr("Waterfall: all measures off"),
            wf.year,
            "kWh",
            value,
            "=" + f,
            wbv,
            "en_total",
        )
    )
    for j, m in enumerate(measures(), start=1):
        value = value + steps.get(m.id, 0.0)
        f, wbv = ctx.at_step(j, "en_total")
        lines.append(
            (
                tr("Scenario"),
                f"{tr('Waterfall: after')} + {m.label(tr.lang)}",
                wf.year,
                "kWh",
                value,
                "=" + f,
                wbv,
                "en_total",
            )
        )
    f, wbv = ctx.at_step(n_steps - 1, "en_total")
    lines.append(
        (tr("Scenario"), tr("Waterfall: end"), wf.year, "kWh", wf.end, "=" + f, wbv, "en_total")
    )
    f_check = ctx.fmt(num_format=NF_CHECK)
    f_rel = ctx.fmt(num_format="0.0E+00")
    f_res = ctx.fmt(CENTER)
    f_year = ctx.fmt(num_format="0")
    n_pass = 0
    for side, label, y, unit, app, wf_formula, wbv, item in lines:
        sh.text(row, 1, side, MUTE)
        sh.text(row, 2, label)
        ws.write_number(row - 1, 2, int(y), f_year)
        sh.text(row, 4, unit, MUTE, INDENT)
        ws.write_number(row - 1, 4, app, f_check)
        sh.put(row, 6, wf_formula, wbv, f_check)
        rel = _rel(app, wbv)
        sh.put(
            row,
            7,
            f"=IF(AND(E{row}=0,F{row}=0),0,ABS(F{row}-E{row})/MAX(ABS(E{row}),ABS(F{row})))",
            rel,
            f_rel,
        )
        ok = rel <= tol
        n_pass += ok
        sh.put(
            row,
            8,
            f'=IF({changed}>0,"{NA}",IF(ISERROR(G{row}),"{FAIL}",IF(G{row}<={tol_name},"{PASS}","{FAIL}")))',
            PASS if ok else FAIL,
            f_res,
        )
        sh.text(row, 9, item, MUTE)
        row += 1
    ag_last = row - 1
    ctx.checks["agreement"] = (ag_first, ag_last)
    n_int = int_last - int_first + 1
    n_ag = ag_last - ag_first + 1

    # ---------------------------------------------------------------- summary lines, master
    int_pass = f'COUNTIF(H{int_first}:H{int_last},"{PASS}")'
    sh.f(
        5,
        3,
        f'={int_pass}&" {tr("of")} {n_int} {tr("pass")}"',
        f"{n_int} {tr('of')} {n_int} {tr('pass')}",
        BOLD,
        align="left",
    )
    sh.f(
        6,
        3,
        f"=SUMPRODUCT(--(LEN(H{in_first}:H{in_last})>0))",
        0,
        BOLD,
        align="left",
        num_format="0",
    )
    sh.f(
        7, 3, f'=COUNTIF(G{in_first}:G{in_last},"{CHANGED}")', 0, BOLD, align="left", num_format="0"
    )
    ag_pass = f'COUNTIF(H{ag_first}:H{ag_last},"{PASS}")'
    sh.f(
        8,
        3,
        f'=IF(C7>0,"{tr("not compared: inputs changed since export")}",'
        f'{ag_pass}&" {tr("of")} {n_ag} {tr("pass")}")',
        f"{n_pass} {tr('of')} {n_ag} {tr('pass')}",
        BOLD,
        align="left",
    )
    master_ok = n_pass == n_ag
    master_value = PASS if master_ok else tr("FAIL: differs from WattIf")
    master = (
        f'=IF(C6>0,"{tr("CHECK INPUTS")}: "&C6&" {tr("problem(s), listed under 2.")}",'
        f'IF({int_pass}<{n_int},"{tr("FAIL: internal consistency")}",'
        f'IF(C7>0,"{tr("OK — inputs changed since export")}: "&C7,'
        f'IF({ag_pass}={n_ag},"{PASS}","{tr("FAIL: differs from WattIf")}"))))'
    )
    ws.merge_range(3, 2, 3, 6, "", ctx.fmt(BOLD, font_size=14))
    sh.f(4, 3, master, master_value, BOLD, font_size=14)
    ctx.checks["master_value"] = master_value
    ws.conditional_format(
        "C4",
        {
            "type": "formula",
            "criteria": f'=$C$4="{PASS}"',
            "format": ctx.fmt.dxf(bg_color=PASS_FILL),
        },
    )
    ws.conditional_format(
        "C4",
        {
            "type": "formula",
            "criteria": '=LEFT($C$4,2)="OK"',
            "format": ctx.fmt.dxf(bg_color=PASS_FILL),
        },
    )
    ws.conditional_format(
        "C4",
        {
            "type": "formula",
            "criteria": f'=AND($C$4<>"{PASS}",LEFT($C$4,2)<>"OK")',
            "format": ctx.fmt.dxf(bg_color=FAIL_FILL),
        },
    )
    bad = ctx.fmt.dxf(bg_color=FAIL_FILL, bold=True, font_color=OKABE_ITO["vermillion"])
    for a, b in ((int_first, int_last), (ag_first, ag_last)):
        ws.conditional_format(
            f"H{a}:H{b}", {"type": "formula", "criteria": f'=H{a}="{FAIL}"', "format": bad}
        )
    ws.conditional_format(
        f"G{in_first}:H{in_last}",
        {
            "type": "formula",
            "criteria": f"=LEN(G{in_first})>0",
            "format": ctx.fmt.dxf(bg_color=FAIL_FILL),
        },
    )
    # where the tests and a reader find each part
    for key, (a, b) in (
        ("internal", (int_first, int_last)),
        ("inputs", (in_first, in_last)),
        ("agreement", (ag_first, ag_last)),
    ):
        ctx.wb.define_name(f"Checks_{key}", f"={sh.ref}$A${a}:$I${b}")
    sh.widths({"A": 22, "B": 66, "C": 22, "D": 11, "E": 20, "F": 20, "G": 13, "H": 34, "I": 44})
    ws.freeze_panes(9, 0)
    _print_setup(ctx, sh)


def _input_problem(ctx: _Ctx, p: params.Parameter, prefix: str, row: int) -> tuple[str, str]:
    """Formulas of the 'Problem' and 'Note' columns of an input's Checks line."""
    tr = ctx.tr
    F = f"F{row}"
    if p.kind == "bool":
        prob = f'=IF(OR({F}=0,{F}=1),"","{tr("must be 1 (on) or 0 (off)")}")'
    elif p.kind == "choice" and p.choices_spec in ("hardware", "hardware_cloud"):
        unknown = f"ISNA(MATCH({F},HW_id,0))"
        prob = f'=IF({unknown},"{tr("unknown hardware id")}",'
        if p.choices_spec == "hardware_cloud":
            prob += (
                f'IF(INDEX(HW_rack_kw,MATCH({F},HW_id,0))>0,"",'
                f'"{tr("not a data-centre entry (rack kW is 0)")}"))'
            )
        else:
            prob += '"")'
    elif p.kind == "choice" and p.choices_spec == "models":
        prob = f'=IF(ISNA(MATCH({F},MD_id,0)),"{tr("unknown model id")}","")'
    elif p.kind == "choice":
        conds = ",".join(f"{F}={c}" for c in p.choices)
        must = tr("must be one of {0}").format(", ".join(map(str, p.choices)))
        prob = f'=IF(OR({conds}),"","{must}")'
    else:
        lo, hi = xl_number(p.min), xl_number(p.max)
        ok = '""'
        if p.key == "horizon_year":
            base = ctx.names[prefix + "base_year"]
            ok = f'IF({F}<{base},"{tr("before the base year")}","")'
        prob = (
            f'=IF(NOT(ISNUMBER({F})),"{tr("not a number")}",'
            f'IF(OR({F}<{lo},{F}>{hi}),"{tr("outside the allowed range")} {_allowed(ctx, p)}",'
            f"{ok}))"
        )
    note = '=""'
    if p.kind in ("float", "int") and p.low is not None and p.high is not None:
        note = (
            f'=IF(AND(G{row}<>"",ISNUMBER({F})),IF(OR({F}<{xl_number(p.low)},{F}>{xl_number(p.high)}),'
            f'"{tr("outside the typical range")} {tr.num(p.low)} – {tr.num(p.high)}",""),"")'
        )
    return prob, note
