"""The line items' generated module (``core/_lineitems_code.py``, ``_np_model.GENERATED``):
current, the same functions as generated afresh, and never used once its sources changed."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from wattif.core import DEFAULT_PRESET, _np_model, load_preset
from wattif.core.model import evaluate


def test_the_generated_module_is_current():
    module = _np_model._generated_module()
    assert module is not None, "core/_lineitems_code.py is stale or missing: run `make data-cache`"
    assert _np_model.module_source(module) == _np_model.generated_source()


def test_a_changed_source_is_generated_afresh(monkeypatch):
    monkeypatch.setattr(_np_model, "generator_key", lambda: "another key")
    assert _np_model._generated_module() is None


@pytest.mark.parametrize("preset", [DEFAULT_PRESET, "deepseek_reasoning", "company_rollout"])
def test_the_module_evaluates_as_the_generated_source(monkeypatch, preset):
    """Every result of a preset is the same from both, to the last bit."""
    scenario = load_preset(preset)
    _np_model.functions.cache_clear()
    try:
        from_module = evaluate(scenario)
        monkeypatch.setattr(_np_model, "_generated_module", lambda: None)
        _np_model.functions.cache_clear()
        afresh = evaluate(scenario)
    finally:
        _np_model.functions.cache_clear()
    compared = 0
    for field in dataclasses.fields(from_module):
        a, b = getattr(from_module, field.name), getattr(afresh, field.name)
        if isinstance(a, np.ndarray):
            assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), field.name
            compared += 1
    assert compared > 10
