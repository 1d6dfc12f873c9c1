"""Bounded fuzzing of what users hand to WattIf: scenario files and the user catalogues.

Each property runs a few hundred to a thousand generated files (CI replays a fixed set: the
``ci`` profile in tests/conftest.py). The classes come from the hostile-file campaign of
issue 13: numbers beyond a float, integers of thousands of digits, deep nesting, duplicate
keys, lone surrogates, control characters and terminal escapes, non-ASCII digits, byte-order
marks, truncation and random bytes, huge values, wrong types, rows that cannot be.

The properties: reading never raises anything but :class:`ScenarioFileError` (or, for a
catalogue, never raises at all); every message is one printable line naming the file; what is
accepted evaluates to finite results and (for scenarios) saves and reads back unchanged.
"""

from __future__ import annotations

import csv
import io
import json
import os
from contextlib import contextmanager
from dataclasses import fields

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wattif.core import ScenarioFileError, data, evaluate, load_preset, load_scenario, model
from wattif.core.measures import measures
from wattif.core.scenario import save_scenario

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")  # only to report a NaN found


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


MESSAGE_MAX = 600


def assert_one_line(message: str, origin: str) -> None:
    assert "\n" not in message and "\r" not in message, message
    assert message.isprintable(), repr(message)
    assert len(message) <= MESSAGE_MAX, len(message)
    assert origin in message, message


def assert_finite(results) -> None:
    for f in fields(results):
        value = getattr(results, f.name)
        if isinstance(value, np.ndarray) and value.dtype.kind in "fiu":
            assert np.all(np.isfinite(value)), f.name
        elif isinstance(value, float):
            assert np.isfinite(value), f.name


# ----------------------------------------------------------------------------- scenario files

BASE = load_preset().to_dict()
KEYS = sorted(BASE["parameters"])

LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
JSON_VALUE = st.recursive(
    LEAF,
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3)
    ),
    max_leaves=8,
)
# raw JSON text put where a value goes: what json.dumps would never write
HOSTILE = st.sampled_from(
    [
        "1" + "0" * 400,
        "-1" + "0" * 5000,
        "1e400",
        "-1e400",
        "1e-400",
        "NaN",
        "Infinity",
        "-Infinity",
        "[" * 3000 + "]" * 3000,
        "[" * 40 + "1" + "]" * 40,
        '{"a":' * 50 + "1" + "}" * 50,
        '"\\ud800"',
        '"x\\udfffy"',
        '"a\\nb\\u001b[31mred\\u001b[0m"',
        '"\\u202egnp.exe"',
        '"' + "x" * 200_000 + '"',
        '"１２"',
        '"١٢"',
        "1.5",
        "2030.5",
        "-0",
        "1E5",
        "true",
        "null",
        "{}",
        "[]",
    ]
)
HOSTILE_KEY = st.sampled_from(
    ["pue", "no_such_key", "a\nb", "\x1b[31mred", "\ud800", "x" * 5000, "", "parameters"]
)


@st.composite
def scenario_bytes(draw) -> bytes:
    doc = json.loads(json.dumps(BASE))
    raw: dict[str, str] = {}

    def value():
        if draw(st.booleans()):
            key = f"@@{len(raw)}@@"
            raw[key] = draw(HOSTILE)
            return key
        return draw(JSON_VALUE)

    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["param", "param", "newkey", "field", "drop", "years"]))
        values = doc.get("parameters")
        if op in ("param", "newkey", "years") and not isinstance(values, dict):
            continue
        if op == "param":
            values[draw(st.sampled_from(KEYS))] = value()
        elif op == "newkey":
            values[draw(HOSTILE_KEY | st.text(max_size=10))] = value()
        elif op == "field":
            field = draw(
                st.sampled_from(["name", "notes", "format", "schema_version", "extra", "title"])
            )
            doc[field] = value()
        elif op == "drop":
            doc.pop(draw(st.sampled_from(sorted(doc))), None)
        else:
            values["base_year"] = draw(st.integers(2020, 2040))
            values["horizon_year"] = draw(st.integers(2021, 2060))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    for key, literal in raw.items():
        text = text.replace(json.dumps(key), literal)
    if draw(st.booleans()) and '"parameters": {' in text:  # a duplicate key
        dup = draw(st.sampled_from(["pue", "name", "queries_per_day"]))
        text = text.replace('"parameters": {', f'"parameters": {{"{dup}": 1.5, ', 1)
    payload = text.encode("utf-8", "surrogatepass")
    mutation = draw(st.sampled_from(["none", "none", "bom", "truncate", "flip", "junk"]))
    if mutation == "bom":
        payload = b"\xef\xbb\xbf" + payload
    elif mutation == "truncate":
        payload = payload[: draw(st.integers(0, len(payload)))]
    elif mutation == "flip" and payload:
        i = draw(st.integers(0, len(payload) - 1))
        payload = payload[:i] + bytes([draw(st.integers(0, 255))]) + payload[i + 1 :]
    elif mutation == "junk":
        payload = draw(st.binary(max_size=200)) + payload[: draw(st.integers(0, 200))]
    return payload


@fuzz(1200)
@given(payload=scenario_bytes())
def test_scenario_files_load_or_fail_with_one_line(tmp_path_factory, payload):
    folder = tmp_path_factory.mktemp("fuzz", numbered=True)
    path = folder / "s.json"
    path.write_bytes(payload)
    try:
        sc = load_scenario(path)
    except ScenarioFileError as exc:
        assert_one_line(str(exc), str(path))
        return
    assert_finite(evaluate(sc))
    out = folder / "back.json"
    save_scenario(sc, out)
    assert load_scenario(out) == sc


# ----------------------------------------------------------------------------- user catalogues

JUNK_CELLS = [
    "",
    " ",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "1e400",
    "-1",
    "0",
    "-0",
    "1e-300",
    "1e308",
    "１２",
    "١٢",
    "1,5",
    "0x10",
    "1_000",
    " 12 ",
    "\x00",
    "\x1b[31m",
    "a\nb",
    "12abc",
    "\ud800",
    "x" * 300,
    "custom",
    "h100",
]


NAMES = ["acc", "Ünïcödé", "x y", "a,b", 'q"t', "中文", "h100x", "semi;colon", "€ 5", "tab\tx"]
TEXT = st.builds("{}{}".format, st.sampled_from(NAMES), st.integers(0, 99))
JUNK = st.sampled_from(JUNK_CELLS) | st.text(max_size=8)


def number(low: float, high: float, kind: str = "float"):
    if kind == "int":
        return st.integers(int(low), int(high)).map(str)
    return st.floats(low, high).map(repr)


def good_cell(column: data.Column):
    if column.kind in ("id", "text"):
        return TEXT
    low = column.low * 1.000001 + 1e-12 if column.above_low else column.low
    return number(low, column.high, column.kind)


GOOD = {c.name: good_cell(c) for c in (*data.HW_COLUMNS, *data.MODEL_COLUMNS)}
"""One strategy per column, built once (building strategies per draw is slow)."""


@st.composite
def good_hardware_row(draw) -> dict[str, str]:
    row = {c.name: draw(GOOD[c.name]) for c in data.HW_COLUMNS}
    row["rack_kw"] = draw(st.sampled_from(["0", "0.0"]) | number(1, 1e4))
    return row


@st.composite
def good_model_row(draw) -> dict[str, str]:
    """A row that passes the cross-column checks too (active <= total, experts fit ...)."""
    row = {c.name: draw(GOOD[c.name]) for c in data.MODEL_COLUMNS}
    total = float(row["total_params_b"])
    layers = float(row["layers"])
    row["active_params_b"] = repr(total * draw(st.floats(1e-6, 1)))
    row["attention_layers"] = repr(layers * draw(st.floats(0, 1)))
    if draw(st.booleans()):  # mixture of experts within the total
        moe = layers * draw(st.floats(0, 1))
        experts = draw(st.integers(1, 1000))
        row["moe_layers"], row["experts"] = repr(moe), repr(experts)
        row["experts_per_token"] = repr(draw(st.integers(0, experts)))
        room = total * 1e9 / max(moe * experts, 1)
        row["params_per_expert"] = repr(min(room * draw(st.floats(0, 1)), 1e12))
    else:
        row.update(moe_layers="0", experts="0", experts_per_token="0", params_per_expert="0")
    return row


GOOD_ROW = {"hardware": good_hardware_row(), "models": good_model_row()}


@st.composite
def catalogue_text(draw, columns, kind: str) -> str:
    names = [c.name for c in columns]
    header = list(names)
    if draw(st.integers(0, 9)) == 0:  # a column missing, doubled or unknown
        header = draw(st.permutations(names + ["extra", names[3]]))[: len(names)]
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        row = draw(GOOD_ROW[kind])
        for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):  # spoil a cell or two
            row[draw(st.sampled_from(names))] = draw(JUNK)
        cells = [row[n] for n in names]
        if draw(st.integers(0, 9)) == 0:
            cells = cells[: draw(st.integers(0, len(cells)))] + draw(st.lists(st.text(max_size=3)))
        rows.append(cells)
    buf = io.StringIO()
    delimiter = draw(st.sampled_from([",", ",", ";"]))
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    text = buf.getvalue()
    if draw(st.booleans()):
        text = "\ufeff" + text
    if draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


@contextmanager
def user_catalogue(tmp_path_factory, name: str, text: str):
    folder = tmp_path_factory.mktemp("user", numbered=True)
    (folder / name).write_bytes(text.encode("utf-8", "surrogatepass"))
    old = os.environ.get("WATTIF_USER_DIR")
    os.environ["WATTIF_USER_DIR"] = str(folder)
    clear = (data.hardware_catalogue, data.model_catalogue, model._hw_value, model._md_value)
    for f in clear:
        f.cache_clear()
    try:
        yield str(folder / name)
    finally:
        if old is None:
            del os.environ["WATTIF_USER_DIR"]
        else:
            os.environ["WATTIF_USER_DIR"] = old
        for f in clear:
            f.cache_clear()


ALL_MEASURES_ON = {m.on_key: True for m in measures()}


@fuzz(400)
@given(text=catalogue_text(data.HW_COLUMNS, "hardware"))
def test_user_hardware_rows_are_kept_or_named_and_kept_ones_evaluate(tmp_path_factory, text):
    shipped = dict(data.hardware_catalogue())
    with user_catalogue(tmp_path_factory, "hardware.csv", text) as origin:
        catalogue = data.hardware_catalogue()  # never raises
        for problem in data.catalogue_problems():
            assert_one_line(problem, origin)
        base = load_preset().replace(ALL_MEASURES_ON)
        for hw in catalogue.values():
            if shipped.get(hw.id) == hw:
                continue
            change = {"local_hardware": hw.id}
            if hw.rack_kw > 0:
                change |= {k: hw.id for k in ("hardware", "training_hardware")}
                change["m_modernise_hardware"] = hw.id
            assert_finite(evaluate(base.replace(change)))


@fuzz(400)
@given(text=catalogue_text(data.MODEL_COLUMNS, "models"))
def test_user_model_rows_are_kept_or_named_and_kept_ones_evaluate(tmp_path_factory, text):
    shipped = dict(data.model_catalogue())
    with user_catalogue(tmp_path_factory, "models.csv", text) as origin:
        catalogue = data.model_catalogue()  # never raises
        for problem in data.catalogue_problems():
            assert_one_line(problem, origin)
        base = load_preset().replace(ALL_MEASURES_ON)
        for m in catalogue.values():
            if shipped.get(m.id) == m:
                continue
            assert_finite(evaluate(base.replace(model=m.id)))
