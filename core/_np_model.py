"""The numpy target of the line-item declaration (:mod:`wattif.core.lineitems`).

:func:`per_query` and :func:`annual` are generated once, as Python source, from the declared
items: one numpy statement per item, so the evaluation runs as fast as hand-written code.
Arrays carry five axes, ``(sample, year, hardware, precision, model)``, each of size 1 where a
value does not vary along it; scalars stay Python floats.

The source is compiled once and bound twice: to numpy's functions (``per_query``, ``annual``:
every value a numpy value, as the workbook's stored values and the calibration use them) and to
scalar-aware ones (``per_query_fast``, ``annual_fast``) that keep a value that is one number a
Python float. About half of the items of one scenario are such numbers (the model's shape, the
local device, training); numpy's per-call cost on them was most of an evaluation. The fast
functions raise (``ArithmeticError``, ``ValueError``) where Python's float arithmetic refuses
(a division by zero, ``log(0)``): the caller then runs the numpy ones, which give ``inf``/``nan``
as before. The fast functions also drop a variant axis whose measure is off (see
:func:`_dead_axes`): a scenario without measures is then computed on numbers, not on arrays of
eight variants.
"""

from __future__ import annotations

import hashlib
import math
import sys
from functools import cache
from pathlib import Path
from types import FunctionType

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
        return f"_axis({e.axis}, {_py(e.a)}, {_py(e.b)}, _dead)"
    if isinstance(e, li.Special):
        return "T" if e.kind == "T" else f"ON[{e.arg!r}]"
    if isinstance(e, li.Fn):
        args = [_py(a) for a in e.args]
        n = e.name
        if n in ("MIN", "MAX"):
            f = "_min" if n == "MIN" else "_max"
            out = args[0]
            for a in args[1:]:
                out = f"{f}({out}, {a})"
            return out
        if n == "IF":
            return f"_where({args[0]}, {args[1]}, {args[2]})"
        if n in ("POWER", "POWSMALL"):
            base, exponent = e.args
            if isinstance(base, li.Num) and base.value == 2.0:
                return f"_exp2({args[1]})"
            if isinstance(exponent, li.Num) and exponent.value == 0.5:
                return f"_sqrt({args[0]})"
            return f"_pow({args[0]}, {args[1]})"
        if n == "LN":
            return f"_log({args[0]})"
        if n == "LOG2":
            return f"_log2({args[0]})"
        if n == "CEILING":
            return f"_ceil({args[0]})"
        if n == "ROUND":
            return f"_floor({args[0]} + 0.5)"
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


_AXIS_SHAPES = tuple(tuple(2 if i == 2 + axis else 1 for i in range(5)) for axis in range(3))
"""Shape of two scalars stacked on variant axis 0, 1 or 2 (the five model axes)."""


N_AXES = 3
"""Variant axes: hardware, precision, model."""
_LIVE = (False,) * N_AXES
"""No variant axis may be dropped (the numpy functions: every item keeps its eight variants)."""
WEIGHT = "weight"
"""The item that mixes the variants: a product of one ``AXIS(k, 1 - x, x)`` per axis."""


def _axis(axis: int, a, b, dead=_LIVE):
    """``a`` and ``b`` stacked on variant axis ``axis`` (0 hardware, 1 precision, 2 model);
    just ``a`` where the axis is ``dead`` (its second half has no weight)."""
    if dead[axis]:
        return a
    if (a.__class__ in _PLAIN and b.__class__ in _PLAIN) or (np.ndim(a) == 0 and np.ndim(b) == 0):
        # two numbers (the usual case: np.ndim alone took half of this call's time)
        return np.array((float(a), float(b))).reshape(_AXIS_SHAPES[axis])
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


# --------------------------------------------------------------- scalar-aware functions
# Each takes the Python path only when its arguments are plain numbers (float or int, never an
# array or a numpy value), and gives then what numpy gives, as a Python float; anything else
# goes to numpy unchanged. NaN propagates as in numpy's minimum/maximum.


def _fmax(a, b):
    if a.__class__ in _PLAIN and b.__class__ in _PLAIN:
        return a if (a >= b or a != a) else b
    return np.maximum(a, b)


def _fmin(a, b):
    if a.__class__ in _PLAIN and b.__class__ in _PLAIN:
        return a if (a <= b or a != a) else b
    return np.minimum(a, b)


def _fwhere(c, a, b):
    if c.__class__ is bool and a.__class__ in _PLAIN and b.__class__ in _PLAIN:
        return float(a if c else b)
    return np.where(c, a, b)


def _unary(math_f, np_f):
    def f(x):
        if x.__class__ in _PLAIN:
            return float(math_f(x))  # ValueError / OverflowError where numpy gives nan, inf
        return np_f(x)

    return f


def _fpow(a, b):
    if a.__class__ in _PLAIN and b.__class__ in _PLAIN:
        return math.pow(a, b)
    return np.power(a, b)


def _feq(a, b):
    if a.__class__ is str:
        return a == b
    return np.asarray(a) == b


_PLAIN = frozenset((float, int))
"""Python number types the scalar-aware functions compute themselves (``bool`` is not one)."""


def _no_dead_axes(*_shares) -> tuple[bool, ...]:
    return _LIVE


def _dead_axes(*shares) -> tuple[bool, ...]:
    """An axis whose second half has a share of exactly 0 (its measure off) carries no weight:
    every variant item then drops it (keeps only the first half), as every sum over variants
    multiplies by the weight. The results stay the same, and a scenario without measures is
    computed on scalars instead of eight-variant arrays."""
    return tuple(x.__class__ is float and x == 0.0 for x in shares)


def _dead_line(e) -> str:
    """``_dead = ...`` from the second halves of the axes of the mixing weight ``e``."""
    shares = ["1.0"] * N_AXES
    for node in li.walk(e.expr):
        if isinstance(node, li.Axis):
            shares[node.axis] = _py(node.b)
    return f"    _dead = _dead_axes({', '.join(shares)})"


def _source(name: str, entries, with_givens: bool, args: str) -> str:
    lines = [f"def {name}({args}):", "    _dead = _LIVE_AXES"]
    for e in entries:
        if e.id == WEIGHT:
            lines.append(_dead_line(e))
        expr = _py(e.expr)
        if with_givens:
            expr = f"G[{e.id!r}] if {e.id!r} in G else {expr}"
        lines.append(f"    v_{e.id} = {expr}")
    lines.append("    return {" + ", ".join(f"{e.id!r}: v_{e.id}" for e in entries) + "}")
    return "\n".join(lines) + "\n"


_NUMPY_FUNCTIONS = {
    "_min": np.minimum,
    "_max": np.maximum,
    "_where": np.where,
    "_pow": np.power,
    "_sqrt": np.sqrt,
    "_exp2": np.exp2,
    "_log": np.log,
    "_log2": np.log2,
    "_ceil": np.ceil,
    "_floor": np.floor,
    "_eq": _eq,
    "_dead_axes": _no_dead_axes,
}
_FAST_FUNCTIONS = {
    "_min": _fmin,
    "_max": _fmax,
    "_where": _fwhere,
    "_pow": _fpow,
    "_sqrt": _unary(math.sqrt, np.sqrt),
    "_exp2": _unary(math.exp2, np.exp2),
    "_log": _unary(math.log, np.log),
    "_log2": _unary(math.log2, np.log2),
    "_ceil": _unary(math.ceil, np.ceil),
    "_floor": _unary(math.floor, np.floor),
    "_eq": _feq,
    "_dead_axes": _dead_axes,
}


def _bind(names: tuple[str, ...], define) -> dict:
    """The functions ``names`` bound once to numpy's functions and once to the scalar-aware ones
    (suffix ``_fast``); ``define(env)`` puts them into each environment."""
    out: dict = {}
    for suffix, bound in (("", _NUMPY_FUNCTIONS), ("_fast", _FAST_FUNCTIONS)):
        env = {"np": np, "_axis": _axis, "_v0": _v0, "_sumv": _sumv, "_off": _off}
        env |= {"_LIVE_AXES": _LIVE, **bound}
        define(env)
        out |= {k + suffix: env[k] for k in names}
    return out


def _bind_source(src: str, names: tuple[str, ...]) -> dict:
    """Compile ``src`` once and bind its functions (:func:`_bind`)."""
    code = compile(src, "<wattif line items>", "exec")
    return _bind(names, lambda env: exec(code, env))  # noqa: S102 - our own generated code


def _bind_module(module, names: tuple[str, ...]) -> dict:
    """Bind the functions of the generated module (compiled by Python; :func:`_bind`)."""

    def define(env: dict) -> None:
        for name in names:
            env[name] = FunctionType(getattr(module, name).__code__, env, name)

    return _bind(names, define)


def _per_query_items() -> list:
    return [e for e in li.resolved() if isinstance(e, li.Item) and e.per_query]


class _Functions(dict):
    """The generated functions; ``per_query_given`` (only the calibration uses it) is generated
    on first use: a third of the generating and compiling at the first evaluation."""

    def __missing__(self, key: str):
        if key not in ("per_query_given", "per_query_given_fast"):
            raise KeyError(key)
        src = _source("per_query_given", _per_query_items(), True, _HEAD + ", G")
        self.update(_bind_source(src, ("per_query_given",)))
        self["source"] += src
        return self[key]


_HEAD = "P, K, T, ON, HW, MD"
"""Arguments of every generated function: parameters, constants, years, switches, look-ups."""


def generated_source() -> str:
    """``per_query`` and ``annual`` as Python source, from the line-item declaration."""
    items = [e for e in li.resolved() if isinstance(e, li.Item)]
    pq = [e for e in items if e.per_query]
    yr = [e for e in items if not e.per_query]
    src = _source("per_query", pq, False, _HEAD) + _source("annual", yr, False, _HEAD + ", V, O")
    # the per-year function sees the per-query items as its own locals
    return src.replace(
        "def annual(P, K, T, ON, HW, MD, V, O):",
        "def annual(P, K, T, ON, HW, MD, V, O):\n"
        + "".join(f"    v_{e.id} = V[{e.id!r}]\n" for e in pq),
    )


GENERATED = "_lineitems_code.py"
"""The generated source as a module beside this one (``make data-cache`` writes it), so that a
start imports it from Python's bytecode cache instead of declaring, checking, generating and
compiling the line items (~20 ms). Its ``KEY`` is the SHA-256 of the two modules it was
generated from; a module whose key does not match theirs is never used."""


def generator_key() -> str | None:
    """SHA-256 of the modules the source is generated from (None: they cannot be read)."""
    try:
        texts = [Path(m.__file__).read_bytes() for m in (li, sys.modules[__name__])]
    except (OSError, TypeError, AttributeError):  # a frozen app: generate
        return None
    return hashlib.sha256(b"\0".join(texts)).hexdigest()


def _generated_module():
    """The generated module when it is current, else None."""
    try:
        from . import _lineitems_code as generated
    except ImportError:
        return None
    key = generator_key()
    return generated if key is not None and getattr(generated, "KEY", None) == key else None


def generated_module_text() -> str:
    """What :data:`GENERATED` should hold."""
    return (
        '"""Generated by ``make data-cache`` from ``core/lineitems.py`` and ``core/_np_model.py``'
        ' (see ``_np_model.GENERATED``). Do not edit."""\n\n'
        "# ruff: noqa\n"
        f"KEY = {generator_key()!r}\n\n" + generated_source()
    )


def write_generated() -> Path:
    """Write :data:`GENERATED` beside this module (in a source tree)."""
    from .fileio import atomic_write_bytes

    path = Path(__file__).with_name(GENERATED)
    atomic_write_bytes(path, generated_module_text().encode("utf-8"))
    return path


@cache
def functions() -> dict:
    """The generated functions: ``per_query``, ``per_query_given`` (items may be given as
    inputs, for the calibration) and ``annual``, each also as ``..._fast`` (see the module's
    docstring), and their ``source``."""
    module = _generated_module()
    if module is not None:
        out = _Functions(_bind_module(module, ("per_query", "annual")))
        out["source"] = module_source(module)
        return out
    src = generated_source()
    out = _Functions(_bind_source(src, ("per_query", "annual")))
    out["source"] = src
    return out


def module_source(module) -> str:
    """The generated functions' source as held by ``module`` (after its header)."""
    text = Path(module.__file__).read_text(encoding="utf-8")
    return text[text.index("def per_query(") :]
