"""The numpy target of the line-item declaration (:mod:`wattif.core.lineitems`).

:func:`per_query` and :func:`annual` are generated once, as Python source, from the declared
items: one numpy statement per item, so the evaluation runs as fast as hand-written code.
Arrays carry five axes, ``(sample, year, hardware, precision, model)``, each of size 1 where a
value does not vary along it; scalars stay Python floats.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from . import lineitems as li


def _num(x: float) -> str:
    return repr(float(x))


def _py(e: li.E) -> str:
    """Python source of an expression."""
    if isinstance(e, li.Num):
        return _num(e.value)
    if isinstance(e, li.Text):
        return repr(e.value)
    if isinstance(e, li.Par):
        return f"P[{e.key!r}]"
    if isinstance(e, li.Ref):
        return f"v_{e.id}" if e.variant is None else f"_v0(v_{e.id})"
    if isinstance(e, li.Const):
        return f"K[{e.name!r}]"
    if isinstance(e, li.Op):
        a, b = _py(e.a), _py(e.b)
        if e.op == "=":
            return f"_eq({a}, {b})"
        if e.op == "*" and _is_switch(e.b):
            # a measure switched off everywhere: skip the factor (keeps year axes out)
            return f"(0.0 if _off({b}) else ({a} * {b}))"
        return f"({a} {e.op} {b})"
    if isinstance(e, li.Hw):
        return f"HW({e.key!r}, {e.attr!r})"
    if isinstance(e, li.Md):
        return f"MD({e.attr!r})"
    if isinstance(e, li.Axis):
        return f"_axis({e.axis}, {_py(e.a)}, {_py(e.b)})"
    if isinstance(e, li.Special):
        return "T" if e.kind == "T" else f"ON[{e.arg!r}]"
    if isinstance(e, li.Fn):
        args = [_py(a) for a in e.args]
        n = e.name
        if n in ("MIN", "MAX"):
            f = "np.minimum" if n == "MIN" else "np.maximum"
            out = args[0]
            for a in args[1:]:
                out = f"{f}({out}, {a})"
            return out
        if n == "IF":
            return f"np.where({args[0]}, {args[1]}, {args[2]})"
        if n in ("POWER", "POWSMALL"):
            base, exponent = e.args
            if isinstance(base, li.Num) and base.value == 2.0:
                return f"np.exp2({args[1]})"
            if isinstance(exponent, li.Num) and exponent.value == 0.5:
                return f"np.sqrt({args[0]})"
            return f"np.power({args[0]}, {args[1]})"
        if n == "LN":
            return f"np.log({args[0]})"
        if n == "LOG2":
            return f"np.log2({args[0]})"
        if n == "CEILING":
            return f"np.ceil({args[0]})"
        if n == "ROUND":
            return f"np.floor({args[0]} + 0.5)"
        if n == "SUMV":
            return "_sumv(" + " * ".join(args) + ")"
        if n == "OFF":
            ref = e.args[0]
            return f"O[{ref.id!r}]" if ref.variant is None else f"_v0(O[{ref.id!r}])"
        raise ValueError(f"no numpy form for {n}")
    raise TypeError(f"unknown node {e!r}")


def _is_switch(e: li.E) -> bool:
    """A reference to an item that is a measure's on-switch."""
    if not isinstance(e, li.Ref) or e.variant is not None:
        return False
    item = li.items().get(e.id)
    return item is not None and isinstance(item.expr, li.Special) and item.expr.kind == "ON"


def _off(x) -> bool:
    """True for a switch that is off for every sample (a plain 0)."""
    return isinstance(x, float) and x == 0.0


def _axis(axis: int, a, b):
    """``a`` and ``b`` stacked on variant axis ``axis`` (0 hardware, 1 precision, 2 model)."""
    if np.ndim(a) == 0 and np.ndim(b) == 0:
        shape = [1, 1, 1, 1, 1]
        shape[2 + axis] = 2
        return np.array((float(a), float(b))).reshape(shape)
    a, b = np.asarray(a, float), np.asarray(b, float)
    shape = np.broadcast_shapes(a.shape, b.shape)
    shape = (1,) * (5 - len(shape)) + tuple(shape)
    return np.concatenate((np.broadcast_to(a, shape), np.broadcast_to(b, shape)), axis=2 + axis)


def _pad(x) -> np.ndarray:
    x = np.asarray(x)
    return x.reshape((1,) * (5 - x.ndim) + x.shape) if x.ndim < 5 else x


def _v0(x):
    """Variant 0 (as configured), keeping the axes."""
    return _pad(x)[:, :, :1, :1, :1]


def _sumv(x):
    """Sum over the three variant axes, keeping them."""
    return _pad(x).sum(axis=(2, 3, 4), keepdims=True)


def _eq(a, b):
    return np.asarray(a) == b


def _source(name: str, entries, with_givens: bool, args: str) -> str:
    lines = [f"def {name}({args}):"]
    for e in entries:
        expr = _py(e.expr)
        if with_givens:
            expr = f"G[{e.id!r}] if {e.id!r} in G else {expr}"
        lines.append(f"    v_{e.id} = {expr}")
    lines.append("    return {" + ", ".join(f"{e.id!r}: v_{e.id}" for e in entries) + "}")
    return "\n".join(lines) + "\n"


@cache
def functions() -> dict:
    """The generated functions: ``per_query``, ``per_query_given`` (items may be given as
    inputs, for the calibration) and ``annual``."""
    items = [e for e in li.resolved() if isinstance(e, li.Item)]
    pq = [e for e in items if e.per_query]
    yr = [e for e in items if not e.per_query]
    head = "P, K, T, ON, HW, MD"
    src = (
        _source("per_query", pq, False, head)
        + _source("per_query_given", pq, True, head + ", G")
        + _source("annual", yr, False, head + ", V, O")
    )
    # the per-year function sees the per-query items as its own locals
    src = src.replace(
        "def annual(P, K, T, ON, HW, MD, V, O):",
        "def annual(P, K, T, ON, HW, MD, V, O):\n"
        + "".join(f"    v_{e.id} = V[{e.id!r}]\n" for e in pq),
    )
    env = {"np": np, "_axis": _axis, "_v0": _v0, "_sumv": _sumv, "_eq": _eq, "_off": _off}
    exec(compile(src, "<wattif line items>", "exec"), env)  # noqa: S102 - our own generated code
    return {k: env[k] for k in ("per_query", "per_query_given", "annual")} | {"source": src}
