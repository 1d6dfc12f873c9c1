"""The ``Calc`` sheet of the Excel export: the WattIf model written as spreadsheet formulas.

Private helper of :mod:`wattif.core.excel` (imported only while exporting). Every line item is
one row; every column is one evaluation of the model (a year of the baseline, a year of the
scenario, or one step of the savings waterfall), so a row carries *the same formula* in every
column, only the column letter changes. The formulas mirror ``model.py``, ``inference.py``,
``training.py`` and ``measures.adoption`` step by step; the Checks sheet proves it.

Template language of a line item's formula:

``{item}``
    the cell of another line item in the same column;
``{item#3}`` / ``{item#v}``
    variant 3 of a variant item / the same variant as the row being written;
``{item#*}``
    the 8-row range of all variants of an item (for ``SUMPRODUCT``);
``[key]``
    the input cell of parameter ``key`` of the column's scenario (a defined name such as
    ``Scen_pue``); ``HW_<attr>`` are the columns of the hardware catalogue.

Variants are the model's three binary axes flattened in numpy order: ``v = 4*h + 2*p + m`` with
``h`` hardware (as configured / modernised), ``p`` precision (as configured / quantised), ``m``
model (large / right-sized). Measures mix them with their adoption shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .measures import measures
from .model import COMPONENTS

# number formats of the line items
F_INT = "#,##0"
F_DEC = "#,##0.000"
F_SCI = "0.000E+00"
F_SHARE = "0.0000"
F_PCT = "0.0%"
F_WH = "0.000000"
F_YEAR = "0"
F_FLAG = "0"

VARIANTS = tuple((v // 4, (v // 2) % 2, v % 2) for v in range(8))
VARIANT_LABELS = tuple(
    f"{'new' if h else 'current'} hardware · {'quantised' if p else 'current'} precision · "
    f"{'right-sized' if m else 'large'} model"
    for h, p, m in VARIANTS
)

PQ_COMPONENTS = COMPONENTS  # the model's own list, in its order


@dataclass(frozen=True)
class Col:
    """One evaluation column: ``prefix`` of the input names, and what varies per column."""

    letter: str
    prefix: str  # "Base_" or "Scen_"
    t: int | None  # years since the base year (year columns); None: the horizon (steps)
    step: int | None = None  # waterfall step: measures with index < step are allowed on


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    unit: str
    fmt: str
    tmpl: str | Callable | None
    variant: bool = False
    note: str = ""


@dataclass
class Layout:
    """Rows of the Calc sheet: section titles and items, and where each item sits."""

    first_row: int
    entries: list = field(default_factory=list)  # ("section", title) | ("item", Item, v, row)
    rows: dict[str, int] = field(default_factory=dict)

    def row(self, ref: str) -> int:
        return self.rows[ref]


def _w(axis_on: bool, a: str) -> str:
    return f"{{{a}}}" if axis_on else f"(1-{{{a}}})"


def _pow_small(base: str, exponent: str) -> str:
    """``POWER(base, exponent)`` for ``0 <= base <= 1`` that returns 0 instead of underflowing.

    Spreadsheets answer ``#NUM!`` when the result is below the smallest double; numpy gives a
    denormal or 0, and ``1 - x`` is then exactly 1 either way.
    """
    return f"IF(({base})<=0,0,IF(({exponent})*LN({base})<-700,0,POWER({base},{exponent})))"


def _items() -> list:
    """The model as an ordered list of sections and line items."""
    ms = measures()
    out: list = []

    def sec(title: str) -> None:
        out.append(("section", title))

    def it(*args, **kw) -> None:
        out.append(Item(*args, **kw))

    sec("Time, efficiency drift and adoption of the measures")
    it("t", "Years since the base year", "yr", F_INT, "T")
    it("year", "Year", "year", F_YEAR, "=[base_year]+{t}")
    it(
        "drift",
        "Efficiency drift factor (1 − drift)^t",
        "×",
        F_SHARE,
        "=POWER(1-[efficiency_drift],{t})",
    )
    for m in ms:
        it(f"on_{m.id}", f"Switched on: {m.label()}", "1 = on", F_FLAG, f"ON:{m.id}")
    for m in ms:
        it(
            f"a_{m.id}",
            f"Adoption share: {m.label()}",
            "share",
            F_PCT,
            f"=MAX(0,MIN(1,({{year}}-[{m.year_key}]+1)/MAX([measure_ramp_years],1)))*{{on_{m.id}}}",
        )

    sec("Demand per query (with the measures in effect)")
    it("n_in", "Input tokens per query", "tokens", F_DEC, "=[input_tokens]")
    it(
        "n_in_eff",
        "Input tokens prefilled (after prompt caching)",
        "tokens",
        F_DEC,
        "={n_in}*(1-{a_serving}*[m_serving_prompt_cache])",
    )
    it(
        "s_reason",
        "Share of reasoning queries",
        "share",
        F_SHARE,
        "=[reasoning_share]*(1-{a_reasoning}*[m_reasoning_reduction])",
    )
    it(
        "n_out_eff",
        "Mean output tokens per query",
        "tokens",
        F_DEC,
        "=[output_tokens]*(1+{s_reason}*([reasoning_multiplier]-1))",
    )
    it("ctx", "Mean context while decoding", "tokens", F_DEC, "={n_in}+{n_out_eff}/2")
    it(
        "batch",
        "Concurrent sequences per replica (requested)",
        "sequences",
        F_DEC,
        "=[concurrent_sequences]*(1+{a_serving}*([m_serving_batch_factor]-1))",
    )
    it(
        "tau",
        "Tokens per decode step (speculative decoding)",
        "tokens/step",
        F_DEC,
        "=1+{a_serving}*([m_serving_spec_tokens]-1)",
    )
    it(
        "r_share",
        "Share of queries on the right-sized model",
        "share",
        F_PCT,
        "={a_right_size}*[m_right_size_share]",
    )

    sec("Serving variants: hardware × precision × model (8 rows per line item)")

    def var(id_, label, unit, fmt, tmpl, note=""):
        it(id_, label, unit, fmt, tmpl, variant=True, note=note)

    def by_axis(axis: int, a: str, b: str) -> Callable:
        return lambda h, p, m: (a, b)[(h, p, m)[axis]]

    def hw(attr: str) -> str:
        return f"=INDEX(HW_{attr},MATCH({{hw_id#v}},HW_id,0))"

    var(
        "weight",
        "Mixing weight of the variant",
        "share",
        F_SHARE,
        lambda h, p, m: (
            "=" + "*".join((_w(h, "a_modernise"), _w(p, "a_quantise"), _w(m, "r_share")))
        ),
    )
    var(
        "hw_id",
        "Hardware (catalogue id)",
        "id",
        "@",
        by_axis(0, "=[hardware]", "=[m_modernise_hardware]"),
    )
    var(
        "bits",
        "Precision",
        "bit",
        F_INT,
        by_axis(1, "=[precision_bits]", "=MIN([m_quantise_bits],[precision_bits])"),
    )
    var("mem", "Memory per accelerator", "GB", F_DEC, hw("memory_gb"))
    var("bw", "Memory bandwidth", "TB/s", F_DEC, hw("bandwidth_tb_s"))
    var(
        "flops",
        "Dense peak throughput at this precision",
        "TFLOP/s",
        F_DEC,
        "=IF({bits#v}>=16,INDEX(HW_tflops_16,MATCH({hw_id#v},HW_id,0)),"
        "IF({bits#v}>=8,INDEX(HW_tflops_8,MATCH({hw_id#v},HW_id,0)),"
        "INDEX(HW_tflops_4,MATCH({hw_id#v},HW_id,0))))",
    )
    var("tdp", "Accelerator TDP", "W", F_DEC, hw("tdp_w"))
    var("host_w", "Host power per accelerator (maximum)", "W", F_DEC, hw("host_w"))
    var("per_server", "Accelerators per server", "count", F_INT, hw("per_server"))
    var("rack_kw", "Rack density", "kW/rack", F_DEC, hw("rack_kw"))
    var(
        "active",
        "Active parameters",
        "1e9 params",
        F_DEC,
        by_axis(2, "=[active_params_b]", "=[m_right_size_active_params_b]"),
    )
    var(
        "total",
        "Total parameters",
        "1e9 params",
        F_DEC,
        by_axis(2, "=[total_params_b]", "=[m_right_size_total_params_b]"),
    )
    var(
        "kv_kb",
        "KV cache per token at 16 bit",
        "KiB/token",
        F_DEC,
        by_axis(2, "=[kv_cache_kb_per_token]", "=[m_right_size_kv_cache_kb_per_token]"),
    )
    var(
        "override",
        "Accelerators per replica set by the user (0 = derive)",
        "count",
        F_INT,
        by_axis(2, "=[accelerators_per_replica]", "=0"),
    )
    var(
        "need",
        "Memory needed ÷ usable memory per accelerator",
        "accelerators",
        F_DEC,
        "={total#v}*1E9*{bits#v}/8*(1+[kv_headroom])/({mem#v}*1E9*[memory_usable_fraction])",
    )
    var(
        "pow2",
        "Power-of-two exponent ⌈log2(need)⌉",
        "-",
        F_INT,
        "=CEILING(LOG(MAX({need#v},1),2),1)",
    )
    var(
        "g",
        "Accelerators per replica g",
        "accelerators",
        F_INT,
        "=IF({override#v}>0,{override#v},IF(POWER(2,{pow2#v}-1)>=MAX({need#v},1),"
        "POWER(2,{pow2#v}-1),IF(POWER(2,{pow2#v})>=MAX({need#v},1),POWER(2,{pow2#v}),"
        "POWER(2,{pow2#v}+1))))",
        note="smallest power of two ≥ need (the checks guard against rounding of LOG)",
    )
    var("w_bytes", "Weight bytes", "B", F_SCI, "=MAX({total#v},{active#v})*1E9*{bits#v}/8")
    var(
        "kvb",
        "KV-cache bytes per token of context",
        "B/token",
        F_INT,
        "={kv_kb#v}*1024*{bits#v}/16",
    )
    var(
        "free",
        "Memory left for the KV cache on a replica",
        "B",
        F_SCI,
        "={g#v}*{mem#v}*1E9*[memory_usable_fraction]-{w_bytes#v}",
    )
    var(
        "b_eff",
        "Sequences decoding together (after the KV-cache cap)",
        "sequences",
        F_DEC,
        "=MIN(MAX({batch},1),MAX({free#v}/MAX({ctx}*{kvb#v},1),1))",
    )
    var(
        "touched",
        "Weights read per decode step (MoE: experts touched)",
        "1e9 params",
        F_DEC,
        "=MAX({total#v},{active#v})*(1-"
        + _pow_small("1-{active#v}/MAX({total#v},{active#v})", "{b_eff#v}")
        + ")",
        note="(1 − share)^B underflows to 0 for large batches; the IF avoids a #NUM! there",
    )
    var(
        "t_mem",
        "Decode step limited by memory bandwidth",
        "s",
        F_SCI,
        "=({touched#v}*1E9*{bits#v}/8+{b_eff#v}*{ctx}*{kvb#v})"
        "/({g#v}*{bw#v}*1E12*[bandwidth_efficiency])",
    )
    var(
        "t_cmp",
        "Decode step limited by compute",
        "s",
        F_SCI,
        "=2*{active#v}*1E9*{b_eff#v}*{tau}/({g#v}*{flops#v}*1E12*[compute_efficiency])",
    )
    var(
        "t_step", "Decode step time (roofline: the larger)", "s", F_SCI, "=MAX({t_mem#v},{t_cmp#v})"
    )
    var(
        "s_out",
        "Accelerator-seconds per output token",
        "s",
        F_SCI,
        "={g#v}*{t_step#v}/({b_eff#v}*{tau})",
    )
    var(
        "s_in",
        "Accelerator-seconds per input token (prefill)",
        "s",
        F_SCI,
        "=2*{active#v}*1E9/({flops#v}*1E12*[prefill_efficiency])",
    )
    var(
        "s_query",
        "Accelerator-seconds per query (with drift)",
        "s",
        F_SCI,
        "=({n_out_eff}*{s_out#v}+{n_in_eff}*{s_in#v})*{drift}",
    )
    var(
        "p_acc", "Accelerator power under load", "W", F_DEC, "={tdp#v}*[accelerator_power_fraction]"
    )
    var("p_host", "Host power under load", "W", F_DEC, "={host_w#v}*[host_power_fraction]")

    sec("Cloud energy per answered query (variants mixed)")
    it(
        "acc_s",
        "Accelerator-seconds per answered query",
        "s",
        F_SCI,
        "=SUMPRODUCT({weight#*},{s_query#*})",
    )
    it(
        "e_acc",
        "Accelerator energy per answered query",
        "Wh",
        F_WH,
        "=SUMPRODUCT({weight#*},{s_query#*},{p_acc#*})/3600",
    )
    it(
        "e_host",
        "Host energy per answered query",
        "Wh",
        F_WH,
        "=SUMPRODUCT({weight#*},{s_query#*},{p_host#*})/3600",
    )
    it("u", "Fleet utilisation", "share", F_PCT, "=[fleet_utilisation]")
    it(
        "e_idle",
        "Idle-capacity energy per answered query",
        "Wh",
        F_WH,
        "=({e_acc}+{e_host})*(1-{u})/{u}*[idle_power_fraction]",
    )
    it(
        "pue",
        "PUE (with modernisation)",
        "ratio",
        F_DEC,
        "=[pue]+{a_modernise}*([m_modernise_pue]-[pue])",
    )

    sec("Local AI PCs (batch 1, no host, no idle capacity, no PUE)")

    def lhw(attr: str) -> str:
        return f"INDEX(HW_{attr},MATCH([local_hardware],HW_id,0))"

    it(
        "s_local",
        "Share of queries answered locally",
        "share",
        F_PCT,
        "=[local_share]+{a_ai_pc}*MAX([m_ai_pc_share]-[local_share],0)",
    )
    it(
        "l_power",
        "Local device power while generating",
        "W",
        F_DEC,
        f"={lhw('tdp_w')}*[accelerator_power_fraction]",
    )
    it(
        "l_flops",
        "Local device peak throughput",
        "TFLOP/s",
        F_DEC,
        f"=IF([local_precision_bits]>=16,{lhw('tflops_16')},IF([local_precision_bits]>=8,"
        f"{lhw('tflops_8')},{lhw('tflops_4')}))",
    )
    it(
        "l_out_s",
        "Device-seconds per output token",
        "s",
        F_SCI,
        f"=MAX([local_active_params_b]*1E9*[local_precision_bits]/8/({lhw('bandwidth_tb_s')}"
        "*1E12*[bandwidth_efficiency]),2*[local_active_params_b]*1E9/({l_flops}*1E12"
        "*[compute_efficiency]))",
    )
    it(
        "l_in_s",
        "Device-seconds per input token",
        "s",
        F_SCI,
        "=2*[local_active_params_b]*1E9/({l_flops}*1E12*[prefill_efficiency])",
    )
    it(
        "e_local_q",
        "Energy per locally answered query",
        "Wh",
        F_WH,
        "=({n_out_eff}*{l_out_s}+{n_in}*{l_in_s})*{l_power}*{drift}/3600",
    )
    it(
        "cloud",
        "Share of queries answered in the cloud (after response caching)",
        "share",
        F_PCT,
        "=(1-{s_local})*(1-{a_serving}*[m_serving_response_cache])",
    )

    sec("Energy per query by component")
    it("pq_accelerators", "Accelerators", "Wh/query", F_WH, "={cloud}*{e_acc}")
    it("pq_host", "Host (CPU, RAM, network card)", "Wh/query", F_WH, "={cloud}*{e_host}")
    it("pq_idle", "Idle capacity", "Wh/query", F_WH, "={cloud}*{e_idle}")
    it(
        "pq_facility",
        "Cooling & facility (PUE − 1)",
        "Wh/query",
        F_WH,
        "={cloud}*({e_acc}+{e_host}+{e_idle})*({pue}-1)",
    )
    it("pq_network", "Network", "Wh/query", F_WH, "=(1-{s_local})*[network_wh_per_query]")
    it("pq_device", "End-user device", "Wh/query", F_WH, "=[device_wh_per_query]")
    it("pq_local", "Local AI PC", "Wh/query", F_WH, "={s_local}*{e_local_q}")
    it("pq_training", "Training share", "Wh/query", F_WH, "={train_year_kwh}*1000/{queries}")
    it("pq_other_ai", "Other AI workloads (not per query)", "Wh/query", F_WH, "=0")
    it(
        "pq_total",
        "Energy per query, total",
        "Wh/query",
        F_WH,
        "=SUM({pq_accelerators}:{pq_other_ai})",
    )
    it(
        "pq_use",
        "Energy per query without training (for the rebound)",
        "Wh/query",
        F_WH,
        "=SUM({pq_accelerators}:{pq_local})",
    )

    sec("Without any measure (reference for the rebound effect; base-year physics)")
    it(
        "n_out_eff0",
        "Mean output tokens per query",
        "tokens",
        F_DEC,
        "=[output_tokens]*(1+[reasoning_share]*([reasoning_multiplier]-1))",
    )
    it("ctx0", "Mean context while decoding", "tokens", F_DEC, "={n_in}+{n_out_eff0}/2")
    it(
        "b_eff0",
        "Sequences decoding together",
        "sequences",
        F_DEC,
        "=MIN(MAX([concurrent_sequences],1),MAX({free#0}/MAX({ctx0}*{kvb#0},1),1))",
    )
    it(
        "touched0",
        "Weights read per decode step",
        "1e9 params",
        F_DEC,
        "=MAX({total#0},{active#0})*(1-"
        + _pow_small("1-{active#0}/MAX({total#0},{active#0})", "{b_eff0}")
        + ")",
    )
    it(
        "t_mem0",
        "Decode step limited by memory bandwidth",
        "s",
        F_SCI,
        "=({touched0}*1E9*{bits#0}/8+{b_eff0}*{ctx0}*{kvb#0})"
        "/({g#0}*{bw#0}*1E12*[bandwidth_efficiency])",
    )
    it(
        "t_cmp0",
        "Decode step limited by compute",
        "s",
        F_SCI,
        "=2*{active#0}*1E9*{b_eff0}/({g#0}*{flops#0}*1E12*[compute_efficiency])",
    )
    it(
        "s_out0",
        "Accelerator-seconds per output token",
        "s",
        F_SCI,
        "={g#0}*MAX({t_mem0},{t_cmp0})/{b_eff0}",
    )
    it(
        "s_query0",
        "Accelerator-seconds per query (with drift)",
        "s",
        F_SCI,
        "=({n_out_eff0}*{s_out0}+{n_in}*{s_in#0})*{drift}",
    )
    it("e_acc0", "Accelerator energy per answered query", "Wh", F_WH, "={p_acc#0}*{s_query0}/3600")
    it("e_host0", "Host energy per answered query", "Wh", F_WH, "={p_host#0}*{s_query0}/3600")
    it(
        "e_idle0",
        "Idle-capacity energy per answered query",
        "Wh",
        F_WH,
        "=({e_acc0}+{e_host0})*(1-{u})/{u}*[idle_power_fraction]",
    )
    it(
        "e_local_q0",
        "Energy per locally answered query",
        "Wh",
        F_WH,
        "=({n_out_eff0}*{l_out_s}+{n_in}*{l_in_s})*{l_power}*{drift}/3600",
    )
    it(
        "pq_use0",
        "Energy per query without measures (without training)",
        "Wh/query",
        F_WH,
        "=(1-[local_share])*({e_acc0}+{e_host0}+{e_idle0}+({e_acc0}+{e_host0}+{e_idle0})"
        "*([pue]-1))+(1-[local_share])*[network_wh_per_query]+[device_wh_per_query]"
        "+[local_share]*{e_local_q0}",
    )

    sec("Demand: growth and rebound (Jevons)")
    it(
        "q_base",
        "Queries per year before the rebound",
        "queries/yr",
        F_INT,
        "=[queries_per_day]*365*POWER(1+[demand_growth],{t})",
    )
    it(
        "ratio",
        "Energy per query with ÷ without measures",
        "ratio",
        F_SHARE,
        "={pq_use}/MAX({pq_use0},1E-30)",
    )
    it(
        "queries",
        "Queries per year (after the rebound)",
        "queries/yr",
        F_INT,
        "={q_base}*POWER({ratio},-[rebound_elasticity])",
    )

    sec("Training")

    def thw(attr: str) -> str:
        return f"INDEX(HW_{attr},MATCH([training_hardware],HW_id,0))"

    it(
        "t_flops",
        "Training compute 6 · N · D · R&D multiplier",
        "FLOP",
        F_SCI,
        "=6*[training_active_params_b]*1E9*[training_tokens_t]*1E12*[training_rnd_multiplier]",
    )
    it(
        "t_tflops",
        "Training hardware peak throughput",
        "TFLOP/s",
        F_DEC,
        f"=IF([training_precision_bits]>=16,{thw('tflops_16')},"
        f"IF([training_precision_bits]>=8,{thw('tflops_8')},{thw('tflops_4')}))",
    )
    it(
        "t_hours",
        "Accelerator-hours of one training run",
        "h",
        F_INT,
        "={t_flops}/({t_tflops}*1E12*[training_mfu])/3600",
    )
    it(
        "t_kwh",
        "Energy of one training run",
        "kWh",
        F_INT,
        f"={{t_hours}}*({thw('tdp_w')}+{thw('host_w')})*[training_power_fraction]"
        "*[training_pue]/1000",
    )
    it(
        "t_co2",
        "CO2e of one training run",
        "t",
        F_DEC,
        "={t_kwh}*[training_grid_gco2e_per_kwh]/1E6",
    )
    it(
        "train_year_kwh",
        "Training energy counted in the year",
        "kWh/yr",
        F_INT,
        "={t_kwh}*[training_runs_per_year]*[include_training]",
    )

    sec("Annual energy by component")
    for c in PQ_COMPONENTS[:-1]:
        it(f"en_{c}", _COMPONENT_NAMES[c], "kWh/yr", F_INT, f"={{pq_{c}}}*{{queries}}/1000")
    it(
        "en_other_ai",
        _COMPONENT_NAMES["other_ai"],
        "kWh/yr",
        F_INT,
        "=[classical_ml_gwh_per_year]*1E6*(1-{a_placement}*[m_placement_share]"
        "*(1-[m_placement_cpu_energy_ratio]))",
    )
    it("en_total", "Annual energy, total", "kWh/yr", F_INT, "=SUM({en_accelerators}:{en_other_ai})")

    sec("Environment, cost and equivalents")
    it(
        "grid",
        "Grid carbon intensity (with clean power)",
        "gCO2e/kWh",
        F_DEC,
        "=[grid_gco2e_per_kwh]*POWER(1-[grid_decarbonisation],{t})"
        "*(1-{a_clean_power}*[m_clean_power_share])",
    )
    it(
        "co2",
        "CO2e",
        "t/yr",
        F_INT,
        "=({en_total}-{en_training})*{grid}/1E6+{en_training}*[training_grid_gco2e_per_kwh]/1E6",
    )
    it(
        "it_kwh",
        "IT energy on site (for water)",
        "kWh/yr",
        F_INT,
        "={en_accelerators}+{en_host}+{en_idle}+{en_training}/[training_pue]",
    )
    it("water", "On-site water", "m³/yr", F_INT, "={it_kwh}*[wue_l_per_kwh]/1000")
    it("cost", "Electricity cost", "EUR/yr", F_INT, "={en_total}*[electricity_price_eur_per_kwh]")
    it(
        "households",
        "Household equivalents",
        "households",
        F_INT,
        "={en_total}/[household_kwh_per_year]",
    )

    sec("Fleet")
    it("busy", "Queries per second (annual average)", "queries/s", F_DEC, "={queries}/(365*86400)")
    var(
        "acc_v",
        "Accelerators provisioned (whole replicas)",
        "count",
        F_INT,
        "={g#v}*CEILING({busy}*{cloud}*{weight#v}*{s_query#v}/({u}*{g#v}),1)",
    )
    var("srv_v", "Servers", "count", F_INT, "=CEILING({acc_v#v}/{per_server#v},1)")
    it("accelerators", "Accelerators provisioned", "count", F_INT, "=SUM({acc_v#*})")
    it("servers", "Servers", "count", F_INT, "=SUM({srv_v#*})")
    it(
        "racks",
        "Racks",
        "count",
        F_INT,
        "=CEILING(SUMPRODUCT({acc_v#*},({tdp#*}+{host_w#*})/1000/{rack_kw#*}),1)",
    )
    it(
        "mw_avg",
        "Average facility power",
        "MW",
        F_DEC,
        "=({en_accelerators}+{en_host}+{en_idle}+{en_facility})/8760/1000",
    )
    it(
        "mw_prov",
        "Provisioned (nameplate) facility power",
        "MW",
        F_DEC,
        "=SUMPRODUCT({acc_v#*},{tdp#*}+{host_w#*})*{pue}/1E6",
    )

    sec("Key physics as configured (base year, without measures)")
    it("j_out", "Accelerator energy per output token", "J/token", F_DEC, "={p_acc#0}*{s_out0}")
    it("j_in", "Accelerator energy per input token", "J/token", F_SCI, "={p_acc#0}*{s_in#0}")
    it("g0", "Accelerators per replica", "accelerators", F_INT, "={g#0}")
    it("b_eff0_out", "Sequences decoding together", "sequences", F_DEC, "={b_eff0}")
    it("mem_bound", "Decode is memory-bound", "1 = yes", F_FLAG, "=IF({t_mem0}>={t_cmp0},1,0)")
    it("fits", "Weights fit on the replica", "1 = yes", F_FLAG, "=IF({free#0}>0,1,0)")
    it("l_j_out", "Local device energy per output token", "J/token", F_DEC, "={l_out_s}*{l_power}")
    return out


_COMPONENT_NAMES = {
    "accelerators": "Accelerators",
    "host": "Host (CPU, RAM, network card)",
    "idle": "Idle capacity",
    "facility": "Cooling & facility",
    "network": "Network",
    "device": "End-user device",
    "local": "Local AI PC",
    "training": "Training share",
    "other_ai": "Other AI workloads",
}


def layout(first_row: int) -> Layout:
    """Assign rows: one per section title and scalar item, eight per variant item."""
    lay = Layout(first_row)
    row = first_row
    for entry in _items():
        if isinstance(entry, tuple):
            if lay.entries:
                row += 1  # blank line before a section
            lay.entries.append(("section", entry[1], None, row))
            row += 1
            continue
        if entry.variant:
            for v in range(8):
                lay.entries.append(("item", entry, v, row))
                lay.rows[f"{entry.id}#{v}"] = row
                row += 1
        else:
            lay.entries.append(("item", entry, None, row))
            lay.rows[entry.id] = row
            row += 1
    return lay


_TOKEN = re.compile(r"\{([a-z0-9_]+)(?:#([0-7*v]))?\}|\[([A-Za-z0-9_]+)\]")


def formula(
    item: Item,
    v: int | None,
    col: Col,
    lay: Layout,
    names: dict[str, str],
    measure_index: dict[str, int],
) -> str | int:
    """The formula (or constant) of one line item in one column."""
    tmpl = item.tmpl
    if callable(tmpl):
        tmpl = tmpl(*VARIANTS[v])
    if tmpl == "T":
        return col.t if col.t is not None else f"={col.prefix}horizon_year-{col.prefix}base_year"
    if tmpl.startswith("ON:"):
        mid = tmpl[3:]
        on_key = f"{col.prefix}m_{mid}_on"
        if col.step is None or measure_index[mid] < col.step:
            return f"={names[on_key]}"
        return "=0"
    letter = col.letter

    def sub(mo: re.Match) -> str:
        ref, variant, key = mo.groups()
        if key is not None:
            return names[col.prefix + key]
        if variant == "*":
            return f"{letter}{lay.rows[ref + '#0']}:{letter}{lay.rows[ref + '#7']}"
        if variant == "v":
            variant = str(v)
        r = lay.rows[f"{ref}#{variant}" if variant is not None else ref]
        return f"{letter}{r}"

    return _TOKEN.sub(sub, tmpl)
