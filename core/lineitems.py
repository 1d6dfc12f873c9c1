"""The WattIf model written once: line items over named inputs, compiled to numpy and to Excel.

Every quantity of the model is one :class:`Item` — id, label, unit, number format and a formula
over parameters (``P.key``), other items (``R.item``), the fitted constants of decode physics v2
(``K.name``) and a handful of functions both targets know (:func:`MIN`, :func:`MAX`, :func:`IF`,
:func:`POW`, :func:`LN`, :func:`LOG2`, :func:`CEIL`, :func:`ROUND`, catalogue look-ups, sums
over the serving variants). From this one declaration

* :mod:`wattif.core._np_model` generates the numpy function that :func:`wattif.core.evaluate`
  runs (vectorised over samples, years and the serving variants), and
* the Calc sheet of the Excel export renders each item as a spreadsheet formula, one row per
  item (eight rows for a variant item), one column per evaluation.

So a change to the physics is made here, once, and both targets follow (the Checks sheet of
the workbook reconciles them after a spreadsheet engine recalculates). In the manner of
En-ROADS/SDEverywhere, kept small on purpose: no general language, only what the model needs.

Variants: a *variant item* carries the model's three binary axes — hardware (as configured /
modernised), precision (as configured / quantised) and model (served / right-sized) — so it has
eight values, ``v = 4*h + 2*p + m``. :func:`AXIS` declares one; any item referring to a variant
item is a variant item itself; :func:`SUMV` sums a product over the variants and :func:`V0`
takes variant 0 (as configured). The per-query section is evaluated twice, with the measures in
effect and with all of them off (the rebound's reference): in numpy by a second call, in the
workbook as a block of ``*_off`` rows (:func:`OFF` refers to them).

References
----------
docs/methodology.md (the formulas and their sources); docs/decisions.md ("Physics written once").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

# --------------------------------------------------------------------------- expressions


class E:
    """An expression node. Arithmetic operators build new nodes."""

    def _op(self, op: str, other, swap: bool = False) -> E:
        other = _e(other)
        return Op(op, other, self) if swap else Op(op, self, other)

    def __add__(self, o):
        return self._op("+", o)

    def __radd__(self, o):
        return self._op("+", o, True)

    def __sub__(self, o):
        return self._op("-", o)

    def __rsub__(self, o):
        return self._op("-", o, True)

    def __mul__(self, o):
        return self._op("*", o)

    def __rmul__(self, o):
        return self._op("*", o, True)

    def __truediv__(self, o):
        return self._op("/", o)

    def __rtruediv__(self, o):
        return self._op("/", o, True)

    def __neg__(self):
        return Op("-", Num(0.0), self)

    def __ge__(self, o):
        return self._op(">=", o)

    def __gt__(self, o):
        return self._op(">", o)

    def __le__(self, o):
        return self._op("<=", o)

    def __lt__(self, o):
        return self._op("<", o)

    __hash__ = object.__hash__


@dataclass(eq=False)
class Num(E):
    value: float


@dataclass(eq=False)
class Text(E):
    value: str


@dataclass(eq=False)
class Par(E):
    """A parameter of the column's scenario (``[key]`` in the workbook)."""

    key: str


@dataclass(eq=False)
class Ref(E):
    """Another line item; ``variant`` None = same variant as the item being computed."""

    id: str
    variant: int | str | None = None


@dataclass(eq=False)
class Const(E):
    """A fitted constant of decode physics v2 (``decode_fit.toml``; ``K_name`` in the book)."""

    name: str


@dataclass(eq=False)
class Op(E):
    op: str
    a: E
    b: E


@dataclass(eq=False)
class Fn(E):
    name: str
    args: tuple


@dataclass(eq=False)
class Hw(E):
    """Attribute of the hardware catalogue entry chosen by parameter ``key``."""

    attr: str
    key: str


@dataclass(eq=False)
class Md(E):
    """Attribute of the model catalogue entry chosen by parameter ``model`` (0 for custom)."""

    attr: str


@dataclass(eq=False)
class Axis(E):
    """A variant value: ``a`` on the first, ``b`` on the second half of one variant axis."""

    axis: int  # 0 hardware, 1 precision, 2 model
    a: E
    b: E


@dataclass(eq=False)
class Special(E):
    """``T`` (years since the base year) or ``ON`` of a measure (switch × in effect)."""

    kind: str
    arg: str = ""


def _e(x) -> E:
    if isinstance(x, E):
        return x
    if isinstance(x, bool):
        return Num(float(x))
    if isinstance(x, int | float):
        return Num(float(x))
    if isinstance(x, str):
        return Text(x)
    raise TypeError(f"not an expression: {x!r}")


class _Names:
    def __init__(self, make):
        self._make = make

    def __getattr__(self, name: str) -> E:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._make(name)

    def __call__(self, name: str) -> E:
        return self._make(name)


P = _Names(Par)
"""``P.key``: a parameter."""
R = _Names(Ref)
"""``R.item``: another line item."""
K = _Names(Const)
"""``K.name``: a fitted constant."""
T = Special("T")
"""Years since the base year."""


def ON(measure: str) -> E:
    """1 when a measure is switched on (and allowed on in this evaluation), else 0."""
    return Special("ON", measure)


def MIN(*args) -> E:
    return Fn("MIN", tuple(_e(a) for a in args))


def MAX(*args) -> E:
    return Fn("MAX", tuple(_e(a) for a in args))


def IF(cond, a, b) -> E:
    return Fn("IF", (_e(cond), _e(a), _e(b)))


def EQ(a, b) -> E:
    return Op("=", _e(a), _e(b))


def POW(a, b) -> E:
    return Fn("POWER", (_e(a), _e(b)))


def POW_SMALL(base, exponent) -> E:
    """``base^exponent`` for ``0 <= base <= 1`` that gives 0 where it would underflow (a
    spreadsheet answers #NUM! below the smallest double; numpy gives 0)."""
    return Fn("POWSMALL", (_e(base), _e(exponent)))


def LN(a) -> E:
    return Fn("LN", (_e(a),))


def LOG2(a) -> E:
    return Fn("LOG2", (_e(a),))


CEIL_GUARD = 1e-12
"""Relative hair below which a value above an integer counts as that integer in :func:`CEIL`."""


def CEIL(a) -> E:
    """Smallest integer not below ``a``, taking a value a hair (relative 1e-12) above an integer
    as that integer: engines differ there (LibreOffice's CEILING(8+2^-49) is 8, numpy's 9), and
    a replica or a server must not appear from rounding noise."""
    return Fn("CEILING", (_e(a) * (1 - CEIL_GUARD),))


def ROUND(a) -> E:
    """Round half away from zero (as spreadsheets do)."""
    return Fn("ROUND", (_e(a),))


def SUMV(*refs: Ref) -> E:
    """Sum over the eight variants of the product of variant items."""
    for r in refs:
        if not isinstance(r, Ref):
            raise TypeError("SUMV takes line items")
    return Fn("SUMV", tuple(refs))


def V0(ref: Ref) -> E:
    """Variant 0 of a variant item: hardware, precision and model as configured."""
    return Ref(ref.id, 0)


def OFF(ref: Ref) -> E:
    """An item of the per-query block evaluated with every measure off."""
    return Fn("OFF", (ref,))


def AXIS(axis: int, a, b) -> E:
    return Axis(axis, _e(a), _e(b))


# --------------------------------------------------------------------------- items

F_INT = "#,##0"
F_DEC = "#,##0.000"
F_SCI = "0.000E+00"
F_SHARE = "0.0000"
F_PCT = "0.0%"
F_WH = "0.000000"
F_YEAR = "0"
F_FLAG = "0"


@dataclass(frozen=True)
class Item:
    """One line item of the model."""

    id: str
    label: str
    unit: str
    fmt: str
    expr: E
    per_query: bool = False  # part of the block evaluated twice (measures on / off)
    note: str = ""
    variant: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Section:
    title: str


def walk(e: E) -> Iterator[E]:
    """Every node of an expression."""
    yield e
    if isinstance(e, Op):
        yield from walk(e.a)
        yield from walk(e.b)
    elif isinstance(e, Fn):
        for a in e.args:
            yield from walk(a)
    elif isinstance(e, Axis):
        yield from walk(e.a)
        yield from walk(e.b)


def _bare_refs(e: E) -> Iterator[Ref]:
    """Item references that take the same variant (not inside SUMV, V0 or OFF)."""
    if isinstance(e, Ref):
        if e.variant is None:
            yield e
        return
    if isinstance(e, Fn):
        if e.name in ("SUMV", "OFF"):
            return
        for a in e.args:
            yield from _bare_refs(a)
    elif isinstance(e, Op):
        yield from _bare_refs(e.a)
        yield from _bare_refs(e.b)
    elif isinstance(e, Axis):
        yield from _bare_refs(e.a)
        yield from _bare_refs(e.b)


# --------------------------------------------------------------------------- the model


def _hw_both(attr: str) -> E:
    return AXIS(0, Hw(attr, "hardware"), Hw(attr, "m_modernise_hardware"))


ARCH = (
    # id, label, unit, format
    ("layers", "Decoder layers", "count", F_INT),
    ("kv16", "KV cache per token of context, all layers, 16 bit", "B/token", F_INT),
    ("kv_heads", "KV heads (MLA: 1, its latent is replicated)", "count", F_INT),
    ("attn", "Attention FLOPs per query token and context token", "FLOP", F_INT),
    ("moe_layers", "Mixture-of-experts layers", "count", F_INT),
    ("experts", "Routed experts per MoE layer", "count", F_DEC),
    ("topk", "Experts per token", "count", F_DEC),
    ("expert_b", "Parameters of one expert in one layer", "1e9 params", F_SCI),
    ("dense_b", "Parameters outside the routed experts", "1e9 params", F_DEC),
)
"""Architecture facts of a model as line items (besides active and total parameters)."""

MD_COLUMNS = {
    "active": "active_params_b",
    "total": "total_params_b",
    "layers": "layers",
    "kv16": "kv_bytes_per_token_16bit",
    "kv_heads": "kv_heads",
    "attn": "attention_flops_per_ctx_token",
    "moe_layers": "moe_layers",
    "experts": "experts",
    "topk": "experts_per_token",
    "expert_b": "params_per_expert_b",
    "dense_b": "dense_params_b",
}
"""Catalogue columns (``models.csv`` and derived) behind the architecture items."""


def _derived_architecture(it, prefix: str, label: str, active: E, total: E, kv_kb: E) -> None:
    """Items of the ``custom`` scaling rules (docs/methodology.md §2, decode_fit.toml [rules])."""
    p = prefix
    it(f"{p}_active", f"{label}: active parameters", "1e9 params", F_DEC, active)
    it(
        f"{p}_total",
        f"{label}: total parameters",
        "1e9 params",
        F_DEC,
        MAX(total, R(f"{p}_active")),
    )
    it(
        f"{p}_layers",
        f"{label}: layers = a · active^b",
        "count",
        F_INT,
        MAX(1, ROUND(K.layers_coef * POW(R(f"{p}_active"), K.layers_exp))),
    )
    it(
        f"{p}_moe",
        f"{label}: mixture of experts (total > active)",
        "1 = yes",
        F_FLAG,
        IF(R(f"{p}_total") > R(f"{p}_active") * (1 + 1e-9), 1, 0),
    )
    it(f"{p}_kv16", f"{label}: KV cache per token, 16 bit", "B/token", F_INT, kv_kb * 1024)
    it(
        f"{p}_attn",
        f"{label}: attention FLOPs per context token 4 · L · d, P = 12 · L · d²",
        "FLOP",
        F_INT,
        4 * R(f"{p}_layers") * POW(R(f"{p}_active") * 1e9 / (12 * R(f"{p}_layers")), 0.5),
    )
    moe = R(f"{p}_moe")
    it(
        f"{p}_experts",
        f"{label}: experts per layer k · total/active",
        "count",
        F_DEC,
        moe * K.experts_per_token * R(f"{p}_total") / R(f"{p}_active"),
    )
    it(
        f"{p}_expert_b",
        f"{label}: parameters per expert active/(k · L)",
        "1e9 params",
        F_SCI,
        moe * R(f"{p}_active") / (K.experts_per_token * R(f"{p}_layers")),
    )


@cache
def declaration() -> tuple:
    """The model as an ordered tuple of :class:`Section` and :class:`Item`."""
    from .measures import measures
    from .model import COMPONENT_LABELS, COMPONENTS

    out: list = []
    block = {"per_query": False}

    def sec(title: str) -> None:
        out.append(Section(title))

    def it(id_: str, label: str, unit: str, fmt: str, expr, note: str = "") -> None:
        out.append(Item(id_, label, unit, fmt, _e(expr), block["per_query"], note))

    ms = measures()

    # ------------------------------------------------------------------ per query
    block["per_query"] = True
    sec("Time, efficiency drift and adoption of the measures")
    it("t", "Years since the base year", "yr", F_INT, T)
    it("year", "Year", "year", F_YEAR, P.base_year + R.t)
    it(
        "drift",
        "Efficiency drift factor (1 − drift)^t",
        "×",
        F_SHARE,
        POW(1 - P.efficiency_drift, R.t),
    )
    for m in ms:
        it(f"on_{m.id}", f"Switched on: {m.label()}", "1 = on", F_FLAG, ON(m.id))
    for m in ms:
        it(
            f"a_{m.id}",
            f"Adoption share: {m.label()}",
            "share",
            F_PCT,
            MAX(0, MIN(1, (R.year - Par(m.year_key) + 1) / MAX(P.measure_ramp_years, 1)))
            * R(f"on_{m.id}"),
        )

    sec("Demand per query (with the measures in effect)")
    it("n_in", "Input tokens per query", "tokens", F_DEC, P.input_tokens)
    it(
        "n_in_eff",
        "Input tokens prefilled (after prompt caching)",
        "tokens",
        F_DEC,
        R.n_in * (1 - R.a_serving * P.m_serving_prompt_cache),
    )
    it(
        "s_reason",
        "Share of reasoning queries",
        "share",
        F_SHARE,
        P.reasoning_share * (1 - R.a_reasoning * P.m_reasoning_reduction),
    )
    it(
        "n_out_eff",
        "Mean output tokens per query",
        "tokens",
        F_DEC,
        P.output_tokens * (1 + R.s_reason * (P.reasoning_multiplier - 1)),
    )
    it(
        "ctx",
        "Mean context of the sequences in flight n_in + f · n_out",
        "tokens",
        F_DEC,
        R.n_in + K.context_factor * R.n_out_eff,
    )
    it(
        "batch",
        "Concurrent sequences per replica (requested)",
        "sequences",
        F_DEC,
        P.concurrent_sequences * (1 + R.a_serving * (P.m_serving_batch_factor - 1)),
    )
    it(
        "tau",
        "Tokens per decode step (speculative decoding)",
        "tokens/step",
        F_DEC,
        1 + R.a_serving * (P.m_serving_spec_tokens - 1),
    )
    it(
        "r_share",
        "Share of queries on the right-sized model",
        "share",
        F_PCT,
        R.a_right_size * P.m_right_size_share,
    )

    sec("Model architecture: catalogue entry or 'custom' scaling rules")
    custom = EQ(P.model, "custom")
    _derived_architecture(
        it, "cu", "Custom model", P.active_params_b, P.total_params_b, P.kv_cache_kb_per_token
    )
    _derived_architecture(
        it,
        "rs",
        "Right-sized model",
        P.m_right_size_active_params_b,
        P.m_right_size_total_params_b,
        P.m_right_size_kv_cache_kb_per_token,
    )

    def custom_arch(p: str, a: str) -> E:
        moe = R(f"{p}_moe")
        return {
            "active": R(f"{p}_active"),
            "total": R(f"{p}_total"),
            "layers": R(f"{p}_layers"),
            "kv16": R(f"{p}_kv16"),
            "kv_heads": K.kv_heads,
            "attn": R(f"{p}_attn"),
            "moe_layers": moe * R(f"{p}_layers"),
            "experts": R(f"{p}_experts"),
            "topk": moe * K.experts_per_token,
            "expert_b": R(f"{p}_expert_b"),
            "dense_b": (1 - moe) * R(f"{p}_total"),
        }[a]

    sec("Serving variants: hardware × precision × model (8 rows per line item)")
    it(
        "weight",
        "Mixing weight of the variant",
        "share",
        F_SHARE,
        AXIS(0, 1 - R.a_modernise, R.a_modernise)
        * AXIS(1, 1 - R.a_quantise, R.a_quantise)
        * AXIS(2, 1 - R.r_share, R.r_share),
    )
    it(
        "bits",
        "Precision of the weights",
        "bit",
        F_INT,
        AXIS(1, P.precision_bits, MIN(P.m_quantise_bits, P.precision_bits)),
    )
    it("mem", "Memory per accelerator", "GB", F_DEC, _hw_both("memory_gb"))
    it("bw", "Memory bandwidth", "TB/s", F_DEC, _hw_both("bandwidth_tb_s"))
    it("f16", "Dense peak throughput at 16 bit", "TFLOP/s", F_DEC, _hw_both("tflops_16"))
    it(
        "flops",
        "Dense peak throughput at this precision",
        "TFLOP/s",
        F_DEC,
        IF(R.bits >= 16, R.f16, IF(R.bits >= 8, _hw_both("tflops_8"), _hw_both("tflops_4"))),
    )
    it("tdp", "Accelerator TDP", "W", F_DEC, _hw_both("tdp_w"))
    it("host_w", "Host power per accelerator (maximum)", "W", F_DEC, _hw_both("host_w"))
    it("per_server", "Accelerators per server", "count", F_INT, _hw_both("per_server"))
    it("rack_kw", "Rack density", "kW/rack", F_DEC, _hw_both("rack_kw"))
    arch_items = (
        (("active", "Active parameters", "1e9 params", F_DEC),)
        + (("total", "Total parameters", "1e9 params", F_DEC),)
        + ARCH
    )
    for a, label, unit, fmt in arch_items:
        it(
            a,
            label,
            unit,
            fmt,
            AXIS(2, IF(custom, custom_arch("cu", a), Md(MD_COLUMNS[a])), custom_arch("rs", a)),
        )
    it(
        "override",
        "Accelerators per replica set by the user (0 = derive)",
        "count",
        F_INT,
        AXIS(2, P.accelerators_per_replica, 0),
    )
    it(
        "need",
        "Memory needed ÷ usable memory per accelerator",
        "accelerators",
        F_DEC,
        R.total * 1e9 * R.bits / 8 * (1 + P.kv_headroom) / (R.mem * 1e9 * P.memory_usable_fraction),
    )
    it("pow2", "Power-of-two exponent ⌈log2(need)⌉", "-", F_INT, CEIL(LOG2(MAX(R.need, 1))))
    need1 = MAX(R.need, 1)
    it(
        "g",
        "Accelerators per replica g",
        "accelerators",
        F_INT,
        IF(
            R.override > 0,
            R.override,
            IF(
                POW(2, R.pow2 - 1) >= need1,
                POW(2, R.pow2 - 1),
                IF(POW(2, R.pow2) >= need1, POW(2, R.pow2), POW(2, R.pow2 + 1)),
            ),
        ),
        note="smallest power of two ≥ need (guards against rounding of the logarithm)",
    )
    it("w_bytes", "Weight bytes held", "B", F_SCI, R.total * 1e9 * R.bits / 8)
    it(
        "kvb",
        "KV-cache bytes per token of context",
        "B/token",
        F_INT,
        # the quantise measure quantises the KV cache too (never above its served precision)
        R.kv16 * AXIS(1, P.kv_cache_bits, MIN(P.m_quantise_kv_bits, P.kv_cache_bits)) / 16,
    )
    it(
        "shards",
        "Accelerators the KV cache is split over min(g, KV heads)",
        "accelerators",
        F_INT,
        MAX(MIN(R.g, R.kv_heads), 1),
    )
    it(
        "free",
        "Memory left for the KV cache on a replica",
        "B",
        F_SCI,
        R.g * R.mem * 1e9 * P.memory_usable_fraction - R.w_bytes,
    )
    it(
        "cap",
        "Sequences the free memory holds (replicated KV counts g/shards times)",
        "sequences",
        F_DEC,
        MAX(R.free / MAX(R.ctx * R.kvb * R.g / R.shards, 1), 1),
    )
    it("b_eff", "Sequences decoding together B", "sequences", F_DEC, MIN(MAX(R.batch, 1), R.cap))
    it(
        "routed",
        "Tokens through the model per step B · τ · (1 + n_in/n_out) (chunked prefill)",
        "tokens",
        F_DEC,
        R.b_eff * R.tau * (1 + R.n_in_eff / MAX(R.n_out_eff, 1e-9)),
    )
    it(
        "touched",
        "Experts read per MoE layer E · (1 − (1 − k/E)^tokens)",
        "experts",
        F_DEC,
        IF(R.experts > 0, R.experts * (1 - POW_SMALL(1 - R.topk / MAX(R.experts, 1), R.routed)), 0),
        note="(1 − k/E)^tokens underflows to 0 for large batches; the guard avoids a #NUM!",
    )
    it(
        "params_read",
        "Weights read per step: dense part + touched experts",
        "1e9 params",
        F_DEC,
        R.dense_b + R.moe_layers * R.touched * R.expert_b,
    )
    it(
        "bytes_acc",
        "Bytes read per accelerator and step (weights at (bits/16)^α, KV cache)",
        "B",
        F_SCI,
        R.params_read * 1e9 * 2 * POW(R.bits / 16, K.alpha_bytes) / R.g
        + R.b_eff * R.ctx * R.kvb / R.shards,
    )
    it(
        "f_eff",
        "Throughput used at this precision F16 · (F_bits/F16)^α",
        "TFLOP/s",
        F_DEC,
        R.f16 * POW(R.flops / R.f16, K.alpha_flops),
    )
    it(
        "flops_acc",
        "FLOPs per accelerator and step (weights, attention)",
        "FLOP",
        F_SCI,
        (2 * R.active * 1e9 * R.routed + R.attn * R.ctx * R.b_eff * R.tau) / R.g,
    )
    it(
        "t_mem",
        "Step time at the bandwidth roofline",
        "s",
        F_SCI,
        R.bytes_acc / (R.bw * 1e12 * K.eta_bw),
    )
    it(
        "t_cmp",
        "Step time at the compute roofline",
        "s",
        F_SCI,
        R.flops_acc / (R.f_eff * 1e12 * K.eta_f),
    )
    it("t_hi", "Larger of the two", "s", F_SCI, MAX(R.t_mem, R.t_cmp, 1e-300))
    n = K.smoothness
    it(
        "t_roof",
        "Roofline time (soft maximum (t_mem^n + t_cmp^n)^(1/n))",
        "s",
        F_SCI,
        R.t_hi * POW(POW(R.t_mem / R.t_hi, n) + POW(R.t_cmp / R.t_hi, n), 1 / n),
    )
    it(
        "t_fixed",
        "Fixed step time τ0 + L · (τL + [g > 1] · 2τC)",
        "s",
        F_SCI,
        K.tau0 + R.layers * (K.tau_layer + IF(R.g > 1, 2 * K.tau_collective, 0)),
    )
    it(
        "t_seq",
        "Per-sequence step time B · τ · (cL · L + cE · k · n_moe / g)",
        "s",
        F_SCI,
        R.b_eff * R.tau * (K.c_layer * R.layers + K.c_expert * R.topk * R.moe_layers / R.g),
    )
    it("t_step", "Decode step time", "s", F_SCI, R.t_fixed + R.t_seq + R.t_roof)
    it(
        "u_mem",
        "Achieved share of peak bandwidth",
        "share",
        F_PCT,
        R.bytes_acc / (R.bw * 1e12 * R.t_step),
    )
    it(
        "u_cmp",
        "Achieved share of peak compute",
        "share",
        F_PCT,
        R.flops_acc / (R.f_eff * 1e12 * R.t_step),
    )
    it(
        "regime",
        "Regime: 0 memory-, 1 compute-, 2 overhead-bound",
        "code",
        F_FLAG,
        IF(R.t_fixed + R.t_seq > R.t_hi, 2, IF(R.t_mem >= R.t_cmp, 0, 1)),
    )
    it(
        "p_acc",
        "Accelerator power TDP · min(1, p0 + pm · u_mem + pc · u_cmp) (or a stated share)",
        "W",
        F_DEC,
        R.tdp
        * IF(
            P.accelerator_power_fraction > 0,
            P.accelerator_power_fraction,
            MIN(1, K.p_floor + K.p_mem * R.u_mem + K.p_cmp * R.u_cmp),
        ),
    )
    it(
        "s_out",
        "Accelerator-seconds per output token g · t / (B · τ) × model error",
        "s",
        F_SCI,
        R.g * R.t_step / (R.b_eff * R.tau) * P.model_error_factor,
    )
    it(
        "s_in",
        "Accelerator-seconds per input token (compute-bound prefill) × model error",
        "s",
        F_SCI,
        2 * R.active * 1e9 / (R.f_eff * 1e12 * K.eta_f) * P.model_error_factor,
    )
    it(
        "s_query",
        "Accelerator-seconds per query (prefill riding along, with drift)",
        "s",
        F_SCI,
        R.n_out_eff * R.s_out * R.drift,
    )
    it("p_host", "Host power under load", "W", F_DEC, R.host_w * P.host_power_fraction)

    sec("Cloud energy per answered query (variants mixed)")
    # the mix over variants is taken per output token; tokens and drift are the same in all
    tokens = R.n_out_eff * R.drift
    it(
        "acc_s",
        "Accelerator-seconds per answered query",
        "s",
        F_SCI,
        tokens * SUMV(R.weight, R.s_out),
    )
    it(
        "e_acc",
        "Accelerator energy per answered query",
        "Wh",
        F_WH,
        tokens * SUMV(R.weight, R.s_out, R.p_acc) / 3600,
    )
    it(
        "e_host",
        "Host energy per answered query",
        "Wh",
        F_WH,
        tokens * SUMV(R.weight, R.s_out, R.p_host) / 3600,
    )
    it("u", "Fleet utilisation", "share", F_PCT, P.fleet_utilisation)
    it(
        "e_idle",
        "Idle-capacity energy per answered query",
        "Wh",
        F_WH,
        (R.e_acc + R.e_host) * (1 - R.u) / R.u * P.idle_power_fraction,
    )
    it(
        "pue",
        "PUE (with modernisation)",
        "ratio",
        F_DEC,
        P.pue + R.a_modernise * (P.m_modernise_pue - P.pue),
    )

    sec("Local AI PCs (batch 1, no host, no idle capacity, no PUE)")
    it(
        "s_local",
        "Share of queries answered locally",
        "share",
        F_PCT,
        P.local_share + R.a_ai_pc * MAX(P.m_ai_pc_share - P.local_share, 0),
    )
    it(
        "l_power",
        "Local device power while generating",
        "W",
        F_DEC,
        Hw("tdp_w", "local_hardware") * P.local_power_fraction,
    )
    lb = P.local_precision_bits
    it(
        "l_flops",
        "Local device peak throughput",
        "TFLOP/s",
        F_DEC,
        IF(
            lb >= 16,
            Hw("tflops_16", "local_hardware"),
            IF(lb >= 8, Hw("tflops_8", "local_hardware"), Hw("tflops_4", "local_hardware")),
        ),
    )
    it(
        "l_out_s",
        "Device-seconds per output token (roofline at batch 1)",
        "s",
        F_SCI,
        MAX(
            P.local_active_params_b
            * 1e9
            * lb
            / 8
            / (Hw("bandwidth_tb_s", "local_hardware") * 1e12 * P.bandwidth_efficiency),
            2 * P.local_active_params_b * 1e9 / (R.l_flops * 1e12 * P.compute_efficiency),
        ),
    )
    it(
        "l_in_s",
        "Device-seconds per input token",
        "s",
        F_SCI,
        2 * P.local_active_params_b * 1e9 / (R.l_flops * 1e12 * P.prefill_efficiency),
    )
    it(
        "e_local_q",
        "Energy per locally answered query",
        "Wh",
        F_WH,
        (R.n_out_eff * R.l_out_s + R.n_in * R.l_in_s) * R.l_power * R.drift / 3600,
    )
    it(
        "cloud",
        "Share of queries answered in the cloud (after response caching)",
        "share",
        F_PCT,
        (1 - R.s_local) * (1 - R.a_serving * P.m_serving_response_cache),
    )

    sec("Energy per query by component")
    it("pq_accelerators", "Accelerators", "Wh/query", F_WH, R.cloud * R.e_acc)
    it("pq_host", "Host (CPU, RAM, network card)", "Wh/query", F_WH, R.cloud * R.e_host)
    it("pq_idle", "Idle capacity", "Wh/query", F_WH, R.cloud * R.e_idle)
    it(
        "pq_facility",
        "Cooling & facility (PUE − 1)",
        "Wh/query",
        F_WH,
        R.cloud * (R.e_acc + R.e_host + R.e_idle) * (R.pue - 1),
    )
    it("pq_network", "Network", "Wh/query", F_WH, (1 - R.s_local) * P.network_wh_per_query)
    it("pq_device", "End-user device", "Wh/query", F_WH, P.device_wh_per_query)
    it("pq_local", "Local AI PC", "Wh/query", F_WH, R.s_local * R.e_local_q)
    it(
        "pq_use",
        "Energy per query without training (for the rebound)",
        "Wh/query",
        F_WH,
        R.pq_accelerators
        + R.pq_host
        + R.pq_idle
        + R.pq_facility
        + R.pq_network
        + R.pq_device
        + R.pq_local,
    )

    # ------------------------------------------------------------------ per year
    block["per_query"] = False
    sec("Demand: growth and rebound (Jevons)")
    it(
        "q_base",
        "Queries per year before the rebound",
        "queries/yr",
        F_INT,
        P.queries_per_day * 365 * POW(1 + P.demand_growth, R.t),
    )
    it(
        "ratio",
        "Energy per query with ÷ without measures",
        "ratio",
        F_SHARE,
        R.pq_use / MAX(OFF(R.pq_use), 1e-30),
    )
    it(
        "queries",
        "Queries per year (after the rebound)",
        "queries/yr",
        F_INT,
        R.q_base * POW(R.ratio, 0 - P.rebound_elasticity),
    )

    sec("Training")
    tb = P.training_precision_bits
    it(
        "t_flops",
        "Training compute 6 · N · D · R&D multiplier",
        "FLOP",
        F_SCI,
        6
        * P.training_active_params_b
        * 1e9
        * P.training_tokens_t
        * 1e12
        * P.training_rnd_multiplier,
    )
    it(
        "t_tflops",
        "Training hardware peak throughput",
        "TFLOP/s",
        F_DEC,
        IF(
            tb >= 16,
            Hw("tflops_16", "training_hardware"),
            IF(tb >= 8, Hw("tflops_8", "training_hardware"), Hw("tflops_4", "training_hardware")),
        ),
    )
    it(
        "t_hours",
        "Accelerator-hours of one training run",
        "h",
        F_INT,
        R.t_flops / (R.t_tflops * 1e12 * P.training_mfu) / 3600,
    )
    it(
        "t_kwh",
        "Energy of one training run",
        "kWh",
        F_INT,
        R.t_hours
        * (Hw("tdp_w", "training_hardware") + Hw("host_w", "training_hardware"))
        * P.training_power_fraction
        * P.training_pue
        / 1000,
    )
    it(
        "t_co2",
        "CO2e of one training run",
        "t",
        F_DEC,
        R.t_kwh * P.training_grid_gco2e_per_kwh / 1e6,
    )
    it(
        "train_year_kwh",
        "Training energy counted in the year",
        "kWh/yr",
        F_INT,
        R.t_kwh * P.training_runs_per_year * P.include_training,
    )
    it(
        "pq_training",
        "Training share per query",
        "Wh/query",
        F_WH,
        R.train_year_kwh * 1000 / R.queries,
    )
    it("pq_other_ai", "Other AI workloads (not per query)", "Wh/query", F_WH, 0)
    it(
        "pq_total",
        "Energy per query, total",
        "Wh/query",
        F_WH,
        R.pq_use + R.pq_training,
    )

    sec("Annual energy by component")
    for c in COMPONENTS[:-1]:
        it(f"en_{c}", COMPONENT_LABELS[c][0], "kWh/yr", F_INT, Ref(f"pq_{c}") * R.queries / 1000)
    it(
        "other_acc_kwh",
        "Other AI workloads left on accelerators (at the meter)",
        "kWh/yr",
        F_INT,
        # the given facility energy is at the configured PUE: the same IT work behind a
        # modernised facility (lower PUE) draws less at the meter, on as many accelerators
        P.classical_ml_gwh_per_year
        * 1e6
        * (1 - R.a_placement * P.m_placement_share)
        * (R.pue / P.pue),
    )
    it(
        "en_other_ai",
        COMPONENT_LABELS["other_ai"][0],
        "kWh/yr",
        F_INT,
        P.classical_ml_gwh_per_year
        * 1e6
        * (1 - R.a_placement * P.m_placement_share * (1 - P.m_placement_cpu_energy_ratio))
        * (R.pue / P.pue),
    )
    it(
        "en_total",
        "Annual energy, total",
        "kWh/yr",
        F_INT,
        _sum(Ref(f"en_{c}") for c in COMPONENTS),
    )

    sec("Environment, cost and equivalents")
    it(
        "grid",
        "Grid carbon intensity (with clean power)",
        "gCO2e/kWh",
        F_DEC,
        P.grid_gco2e_per_kwh
        * POW(1 - P.grid_decarbonisation, R.t)
        * (1 - R.a_clean_power * P.m_clean_power_share),
    )
    it(
        "co2",
        "CO2e",
        "t/yr",
        F_INT,
        (R.en_total - R.en_training) * R.grid / 1e6
        + R.en_training * P.training_grid_gco2e_per_kwh / 1e6,
    )
    it(
        "it_kwh",
        "IT energy on site (for water)",
        "kWh/yr",
        F_INT,
        R.en_accelerators
        + R.en_host
        + R.en_idle
        + R.en_training / P.training_pue
        + R.en_other_ai / R.pue,
    )
    it("water", "On-site water", "m³/yr", F_INT, R.it_kwh * P.wue_l_per_kwh / 1000)
    it("cost", "Electricity cost", "EUR/yr", F_INT, R.en_total * P.electricity_price_eur_per_kwh)
    it(
        "households",
        "Household equivalents",
        "households",
        F_INT,
        R.en_total / P.household_kwh_per_year,
    )

    sec("Fleet")
    it("busy", "Queries per second (annual average)", "queries/s", F_DEC, R.queries / (365 * 86400))
    it(
        "acc_v",
        "Accelerators provisioned (whole replicas)",
        "count",
        F_INT,
        R.g * CEIL(R.busy * R.cloud * R.weight * R.s_query / (R.u * R.g)),
    )
    it("srv_v", "Servers", "count", F_INT, CEIL(R.acc_v / R.per_server))
    it(
        "nameplate_v",
        "Nameplate power of the accelerators and hosts",
        "W",
        F_DEC,
        R.acc_v * (R.tdp + R.host_w),
    )
    it("racks_v", "Rack share", "racks", F_DEC, R.nameplate_v / 1000 / R.rack_kw)
    it(
        "acc_other",
        "Accelerators for the other AI workloads (configured hardware, same utilisation)",
        "count",
        F_INT,
        CEIL(R.other_acc_kwh * 1000 / R.pue / 8760 / (V0(R.p_acc) + V0(R.p_host)) / R.u),
    )
    it(
        "nameplate_other",
        "Nameplate power of those accelerators and hosts",
        "W",
        F_DEC,
        R.acc_other * (V0(R.tdp) + V0(R.host_w)),
    )
    it("accelerators", "Accelerators provisioned", "count", F_INT, SUMV(R.acc_v) + R.acc_other)
    it(
        "servers",
        "Servers",
        "count",
        F_INT,
        SUMV(R.srv_v) + CEIL(R.acc_other / V0(R.per_server)),
    )
    it(
        "racks",
        "Racks",
        "count",
        F_INT,
        CEIL(SUMV(R.racks_v) + R.nameplate_other / 1000 / V0(R.rack_kw)),
    )
    it(
        "mw_avg",
        "Average facility power",
        "MW",
        F_DEC,
        (R.en_accelerators + R.en_host + R.en_idle + R.en_facility + R.en_other_ai) / 8760 / 1000,
    )
    it(
        "mw_prov",
        "Provisioned (nameplate) facility power",
        "MW",
        F_DEC,
        (SUMV(R.nameplate_v) + R.nameplate_other) * R.pue / 1e6,
    )

    sec("Key physics as configured (without measures; the Results use the base year)")
    it(
        "j_out",
        "Accelerator energy per output token",
        "J/token",
        F_DEC,
        OFF(V0(R.p_acc)) * OFF(V0(R.s_out)),
    )
    it(
        "j_in",
        "Accelerator energy per input token",
        "J/token",
        F_SCI,
        OFF(V0(R.p_acc)) * OFF(V0(R.s_in)),
    )
    it("g0", "Accelerators per replica", "accelerators", F_INT, OFF(V0(R.g)))
    it("b_eff0", "Sequences decoding together", "sequences", F_DEC, OFF(V0(R.b_eff)))
    it("p_acc0", "Accelerator power", "W", F_DEC, OFF(V0(R.p_acc)))
    it(
        "t_step0",
        "Decode step time (× model error)",
        "ms",
        F_DEC,
        OFF(V0(R.t_step)) * 1000 * P.model_error_factor,
    )
    it("u_mem0", "Achieved share of peak bandwidth", "share", F_PCT, OFF(V0(R.u_mem)))
    it("u_cmp0", "Achieved share of peak compute", "share", F_PCT, OFF(V0(R.u_cmp)))
    it(
        "regime0",
        "Regime: 0 memory-, 1 compute-, 2 overhead-bound",
        "code",
        F_FLAG,
        OFF(V0(R.regime)),
    )
    it("fits", "Weights fit on the replica", "1 = yes", F_FLAG, IF(OFF(V0(R.free)) > 0, 1, 0))
    it("l_j_out", "Local device energy per output token", "J/token", F_DEC, R.l_out_s * R.l_power)
    return tuple(out)


def _sum(refs) -> E:
    refs = list(refs)
    total = refs[0]
    for r in refs[1:]:
        total = total + r
    return total


# --------------------------------------------------------------------------- analysis


@cache
def resolved() -> tuple:
    """:func:`declaration` with each item's ``variant`` flag inferred and its references
    checked (every reference points to an earlier item; a plain item refers to variant items
    only through SUMV, V0 or OFF)."""
    out: list = []
    variant: dict[str, bool] = {}
    per_query: dict[str, bool] = {}
    for entry in declaration():
        if isinstance(entry, Section):
            out.append(entry)
            continue
        if entry.id in variant:
            raise ValueError(f"line item '{entry.id}' is declared twice")
        for node in walk(entry.expr):
            if isinstance(node, Ref) and node.id not in variant:
                raise ValueError(
                    f"'{entry.id}' refers to '{node.id}', which is not declared before it"
                )
            if isinstance(node, Fn) and node.name == "OFF":
                inner = node.args[0]
                if not per_query.get(inner.id, False):
                    raise ValueError(f"'{entry.id}': OFF({inner.id}) is not in the per-query block")
        is_variant = any(isinstance(n, Axis) for n in walk(entry.expr)) or any(
            variant[r.id] for r in _bare_refs(entry.expr)
        )
        variant[entry.id] = is_variant
        per_query[entry.id] = entry.per_query
        out.append(
            Item(
                entry.id,
                entry.label,
                entry.unit,
                entry.fmt,
                entry.expr,
                entry.per_query,
                entry.note,
                is_variant,
            )
        )
    return tuple(out)


def items() -> dict[str, Item]:
    """Resolved line items by id."""
    return {e.id: e for e in resolved() if isinstance(e, Item)}
