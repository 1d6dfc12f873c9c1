"""The ``Calc`` sheet of the Excel export: the line items of :mod:`.lineitems` as formulas.

Private helper of :mod:`wattif.core.excel` (imported only while exporting). Every line item is
one row (eight for a variant item); every column is one evaluation of the model (a year of the
baseline, a year of the scenario, or one step of the savings waterfall), so a row carries *the
same formula* in every column, only the column letter changes. Nothing here restates the
physics: each formula is rendered from the one declaration the numpy model is generated from.

The per-query items that depend on the measures appear twice: as declared, and as ``*_off``
rows with every measure switched off (the rebound's reference). With the measures off only the
configured variant carries weight, so those copies need variant 0 only.

Formulas are first rendered to a small template language, then placed:

``{item}`` / ``{item#3}`` / ``{item#*}``
    the cell of another line item in the same column / its variant 3 / its 8-row range;
``[key]``
    the input cell of parameter ``key`` of the column's scenario (a defined name such as
    ``Scen_pue``). ``HW_<attr>``, ``MD_<attr>`` and ``K_<name>`` are the hardware and model
    catalogues and the fitted constants (Hardware and Models sheets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from . import _np_model
from . import lineitems as li
from .model import COMPONENTS, _Env

VARIANTS = tuple((v // 4, (v // 2) % 2, v % 2) for v in range(8))
VARIANT_LABELS = tuple(
    f"{'new' if h else 'current'} hardware · {'quantised' if p else 'current'} precision · "
    f"{'right-sized' if m else 'served'} model"
    for h, p, m in VARIANTS
)

PQ_COMPONENTS = COMPONENTS  # the model's own list, in its order
OFF_SUFFIX = "_off"


@dataclass(frozen=True)
class Col:
    """One evaluation column: ``prefix`` of the input names, and what varies per column."""

    letter: str
    prefix: str  # "Base_" or "Scen_"
    t: int | None  # years since the base year (year columns); None: the horizon (steps)
    step: int | None = None  # waterfall step: measures with index < step are allowed on

    @property
    def index(self) -> int:
        """1-based column number."""
        n = 0
        for ch in self.letter:
            n = n * 26 + ord(ch) - 64
        return n


@dataclass(frozen=True)
class Row:
    """A line item as placed on the sheet: as declared, or its copy with the measures off."""

    item: li.Item
    off: bool = False

    @property
    def id(self) -> str:
        return self.item.id + (OFF_SUFFIX if self.off else "")

    @property
    def label(self) -> str:
        return self.item.label

    @property
    def unit(self) -> str:
        return self.item.unit

    @property
    def fmt(self) -> str:
        return self.item.fmt

    @property
    def variant(self) -> bool:
        return self.item.variant

    @property
    def note(self) -> str:
        return self.item.note


@dataclass
class Layout:
    """Rows of the Calc sheet: section titles and items, and where each item sits."""

    first_row: int
    entries: list = field(
        default_factory=list
    )  # ("section", title, None, row) | ("item", Row, v, row)
    rows: dict[str, int] = field(default_factory=dict)
    off_ids: frozenset = frozenset()
    rendered: dict = field(default_factory=dict)  # (row id, variant) -> template text

    def row(self, ref: str) -> int:
        return self.rows[ref]


def _measure_dependent(entries) -> frozenset:
    """Per-query items whose value depends on a measure switch (directly or through others)."""
    dep: set[str] = set()
    for e in entries:
        if not isinstance(e, li.Item) or not e.per_query:
            continue
        for node in li.walk(e.expr):
            if (isinstance(node, li.Special) and node.kind == "ON") or (
                isinstance(node, li.Ref) and node.id in dep
            ):
                dep.add(e.id)
                break
    return frozenset(dep)


def layout(first_row: int) -> Layout:
    """Assign rows: one per section title and plain item, eight per variant item, then the
    measures-off copies (variant 0 only) after the per-query block."""
    entries = li.resolved()
    lay = Layout(first_row, off_ids=_measure_dependent(entries))
    row = first_row
    placed_off = False

    def place(r: Row, variants) -> None:
        nonlocal row
        for v in variants:
            lay.entries.append(("item", r, v, row))
            lay.rows[f"{r.id}#{v}" if v is not None else r.id] = row
            row += 1

    def section(title: str) -> None:
        nonlocal row
        if lay.entries:
            row += 1  # blank line before a section
        lay.entries.append(("section", title, None, row))
        row += 1

    for e in entries:
        if isinstance(e, li.Item) and not e.per_query and not placed_off:
            section("Without any measure (the rebound's reference and the physics as configured)")
            for item in entries:
                if isinstance(item, li.Item) and item.id in lay.off_ids:
                    place(Row(item, True), (0,) if item.variant else (None,))
            placed_off = True
        if isinstance(e, li.Section):
            section(e.title)
        else:
            place(Row(e), range(8) if e.variant else (None,))
    return lay


def _xl_num(x: float) -> str:
    x = float(x)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(x).upper()


def render(e: li.E, v: int | None, off: bool, lay: Layout) -> str:
    """Template text of an expression for variant ``v`` (None: a plain item)."""

    def target(ref_id: str, want_off: bool) -> str:
        return ref_id + OFF_SUFFIX if want_off and ref_id in lay.off_ids else ref_id

    def ref(ref_id: str, variant, want_off: bool) -> str:
        item = _items()[ref_id]
        name = target(ref_id, want_off)
        if not item.variant:
            return "{" + name + "}"
        k = variant if variant is not None else v
        if k is None:
            raise ValueError(f"a plain item refers to variant item '{ref_id}'")
        return "{" + f"{name}#{k}" + "}"

    def go(e: li.E) -> str:
        if isinstance(e, li.Num):
            return _xl_num(e.value)
        if isinstance(e, li.Text):
            return '"' + e.value.replace('"', '""') + '"'
        if isinstance(e, li.Par):
            return f"[{e.key}]"
        if isinstance(e, li.Const):
            return f"K_{e.name}"
        if isinstance(e, li.Ref):
            return ref(e.id, e.variant, off)
        if isinstance(e, li.Op):
            return f"({go(e.a)}{e.op}{go(e.b)})"
        if isinstance(e, li.Hw):
            return f"INDEX(HW_{e.attr},MATCH([{e.key}],HW_id,0))"
        if isinstance(e, li.Md):
            return f"INDEX(MD_{e.attr},MATCH([model],MD_id,0))"
        if isinstance(e, li.Axis):
            return go(e.a if VARIANTS[v][e.axis] == 0 else e.b)
        if isinstance(e, li.Special):
            raise ValueError(f"{e.kind} must be a line item of its own")
        if isinstance(e, li.Fn):
            n = e.name
            if n == "SUMV":
                if off:  # only variant 0 carries weight with every measure off
                    if not any(r.id == "weight" for r in e.args):
                        raise ValueError("a measures-off SUMV needs the mixing weight")
                    return "(" + "*".join(ref(r.id, 0, True) for r in e.args) + ")"
                ranges = ",".join("{" + f"{target(r.id, False)}#*" + "}" for r in e.args)
                return f"SUMPRODUCT({ranges})" if len(e.args) > 1 else f"SUM({ranges})"
            if n == "OFF":
                r = e.args[0]
                return ref(r.id, r.variant, True)
            args = [go(a) for a in e.args]
            if n == "POWSMALL":
                b, x = args
                return f"IF(({b})<=0,0,IF(({x})*LN({b})<-700,0,POWER({b},{x})))"
            if n == "LOG2":
                return f"LOG({args[0]},2)"
            if n == "CEILING":
                return f"CEILING({args[0]},1)"
            if n == "ROUND":
                return f"ROUND({args[0]},0)"
            if n == "POWER":
                b, x = e.args
                if (isinstance(x, li.Num) and x.value != 0) or (
                    isinstance(b, li.Num) and b.value > 0
                ):
                    return f"POWER({args[0]},{args[1]})"
                # POWER(0,0) is 1 in LibreOffice but #NUM! in Excel (numpy: 1): never ask
                return f"IF(({args[1]})=0,1,POWER({args[0]},{args[1]}))"
            return f"{n}({','.join(args)})"
        raise TypeError(f"unknown node {e!r}")

    return go(e)


@cache
def _items() -> dict[str, li.Item]:
    return li.items()


_TOKEN = re.compile(r"\{([a-z0-9_]+)(?:#([0-7*]))?\}|\[([A-Za-z0-9_]+)\]")


def formula(
    row: Row,
    v: int | None,
    col: Col,
    lay: Layout,
    names: dict[str, str],
    measure_index: dict[str, int],
) -> str | int:
    """The formula (or constant) of one line item in one column."""
    e = row.item.expr
    if isinstance(e, li.Special) and e.kind == "T":
        return col.t if col.t is not None else f"={col.prefix}horizon_year-{col.prefix}base_year"
    if isinstance(e, li.Special) and e.kind == "ON":
        if row.off:
            return "=0"
        on_key = f"{col.prefix}m_{e.arg}_on"
        if col.step is None or measure_index[e.arg] < col.step:
            return f"={names[on_key]}"
        return "=0"
    tmpl = "=" + render(e, v, row.off, lay)
    letter = col.letter

    def sub(mo: re.Match) -> str:
        ref, variant, key = mo.groups()
        if key is not None:
            return names[col.prefix + key]
        if variant == "*":
            return f"{letter}{lay.rows[ref + '#0']}:{letter}{lay.rows[ref + '#7']}"
        r = lay.rows[f"{ref}#{variant}" if variant is not None else ref]
        return f"{letter}{r}"

    return _TOKEN.sub(sub, tmpl)


# ------------------------------------------------------------------------------ fast placing

MARK = "\x01"
"""Stands for the column letter in a row template (:func:`template`)."""


def template(row: Row, v: int | None, prefix: str, lay: Layout, names: dict[str, str]):
    """The formula of a line item for every column of one side, with :data:`MARK` in place of
    the column letter (``tmpl.replace(MARK, letter)``); None for the time and switch items,
    whose cell depends on the column (:func:`special`)."""
    e = row.item.expr
    if isinstance(e, li.Special):
        return None
    key = (row.id, v)
    tmpl = lay.rendered.get(key)
    if tmpl is None:
        tmpl = lay.rendered[key] = "=" + render(e, v, row.off, lay)

    def sub(mo: re.Match) -> str:
        ref, variant, key = mo.groups()
        if key is not None:
            return names[prefix + key]
        if variant == "*":
            return f"{MARK}{lay.rows[ref + '#0']}:{MARK}{lay.rows[ref + '#7']}"
        return f"{MARK}{lay.rows[f'{ref}#{variant}' if variant is not None else ref]}"

    return _TOKEN.sub(sub, tmpl)


def special(row: Row, col: Col, names: dict[str, str], measure_index: dict[str, int]):
    """The cell of a time (``T``) or switch (``ON``) item in one column: a number or formula."""
    return formula(row, None, col, None, names, measure_index)


# ------------------------------------------------------------------------------ stored values


def column_values(sc, ts, step: int | None = None) -> tuple[dict, dict]:
    """Every line item of ``sc`` evaluated by the numpy target at ``t`` years after the base
    year (one entry of ``ts`` per Calc column): ``(items, items_with_every_measure_off)``.

    ``step``: a waterfall column, where only the first ``step`` measures may be on. These are
    the values the workbook stores beside its formulas (what a viewer that does not
    recalculate shows)."""
    years = int(np.asarray(sc["base_year"]).reshape(())) + np.asarray(ts, dtype=int)
    env = _Env(sc, years)
    fns = _np_model.functions()
    on = env.on
    if step is not None:
        on = {mid: (x if i < step else 0.0) for i, (mid, x) in enumerate(env.on.items())}
    with np.errstate(all="ignore"):
        v = fns["per_query"](env.P, env.K, env.T, on, env.HW, env.MD)
        o = fns["per_query"](env.P, env.K, env.T, env.off, env.HW, env.MD)
        a = fns["annual"](env.P, env.K, env.T, on, env.HW, env.MD, v, o)
    return {**v, **a}, o


def row_values(values: tuple[dict, dict], row: Row, v: int | None, n: int) -> list[float]:
    """The ``n`` column values of one Calc row (variant ``v``) from :func:`column_values`."""
    items, off = values
    x = _np_model._pad(np.asarray((off if row.off else items)[row.item.id], dtype=float))
    h, p, m = VARIANTS[v or 0]
    return np.broadcast_to(x, (x.shape[0], n, 2, 2, 2))[0, :, h, p, m].tolist()
