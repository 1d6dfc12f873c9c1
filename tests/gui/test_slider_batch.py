"""A slider's drag takes its results from one batch of its positions (issue 10): the steps after
the first evaluate nothing, show what single evaluations give, and the batch follows the scenario
(another parameter changed: evaluated afresh)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSlider

import wattif.gui.scenario_model as scenario_model
from wattif.core import evaluate
from wattif.core.model import BATCH_RTOL, same_results

UP = QAbstractSlider.SliderAction.SliderSingleStepAdd
DOWN = QAbstractSlider.SliderAction.SliderSingleStepSub


@pytest.fixture
def counted(monkeypatch):
    """Single evaluations and batches the model runs, by the number of scenarios in each."""
    calls: list[int] = []
    real = scenario_model.evaluate

    def counting(scenario, *args, **kwargs):
        n = max((getattr(v, "size", 1) for _k, v in scenario.items()), default=1)
        calls.append(int(n))
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(scenario_model, "evaluate", counting)
    return calls


def step(qtbot, slider, action) -> None:
    slider.triggerAction(action)
    qtbot.wait(1)  # the batch is asked for once control is back in the event loop


def test_after_the_first_step_a_drag_evaluates_nothing(window, qtbot, counted):
    model = window.model
    slider = window.panel.rows["pue"].slider
    step(qtbot, slider, UP)
    assert any(n > 100 for n in counted)  # one batch of the positions around the handle
    counted.clear()
    for action in [UP] * 15 + [DOWN] * 30:
        step(qtbot, slider, action)
        assert same_results(model.results, evaluate(model.scenario), BATCH_RTOL)
    assert counted == []


def test_what_the_window_shows_is_what_single_evaluations_show(window, make_window, qtbot):
    slider = window.panel.rows["pue"].slider
    for _ in range(7):
        step(qtbot, slider, UP)
    other = make_window()
    other.model.update({"pue": window.model.scenario["pue"]})  # one single evaluation
    assert window.model.scenario["pue"] == other.model.scenario["pue"]
    assert window.kpis.texts() == other.kpis.texts()


def test_another_parameter_changed_is_evaluated_afresh(window, qtbot, counted):
    model = window.model
    slider = window.panel.rows["pue"].slider
    step(qtbot, slider, UP)
    model.update({"demand_growth": 0.31})
    counted.clear()
    step(qtbot, slider, UP)  # the batch was for the old demand growth
    assert counted[0] == 1
    assert same_results(model.results, evaluate(model.scenario))  # a single evaluation's
    assert any(n > 100 for n in counted[1:])  # and a new batch for the steps after it


def test_pressing_the_handle_prepares_the_drag(window, counted):
    row = window.panel.rows["pue"]
    assert window.model.wants_prefetch("pue")
    row.slider.setSliderDown(True)  # what a mouse press on the handle does
    assert not window.model.wants_prefetch("pue")
    counted.clear()
    row.slider.setValue(row.slider.value() + 3)
    row.slider.setSliderDown(False)
    assert counted == []


def test_a_batch_that_differs_from_single_evaluations_is_not_used(
    window, qtbot, counted, monkeypatch
):
    monkeypatch.setattr(scenario_model, "same_results", lambda *a, **k: False)
    model = window.model
    slider = window.panel.rows["pue"].slider
    step(qtbot, slider, UP)
    batches = sum(1 for n in counted if n > 1)
    assert batches == 1
    counted.clear()
    for _ in range(5):
        step(qtbot, slider, UP)
    assert counted == [1] * 5  # each step evaluated alone, and no batch tried again
    assert same_results(model.results, evaluate(model.scenario))


def test_a_batch_that_fails_leaves_the_steps_to_single_evaluations(
    window, qtbot, counted, monkeypatch
):
    """The batch is an optimisation: a model that cannot evaluate it (years as a slider, or
    any error) leaves each step to a single evaluation, with no message and no retry."""
    real = scenario_model.evaluate

    def no_batches(scenario, *args, **kwargs):
        if any(getattr(v, "size", 1) > 1 for _k, v in scenario.items()):
            raise RuntimeError("no batch here")
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(scenario_model, "evaluate", no_batches)
    model = window.model
    errors: list[str] = []
    model.error.connect(errors.append)
    slider = window.panel.rows["pue"].slider
    for _ in range(4):
        step(qtbot, slider, UP)
    assert errors == []
    assert not model.wants_prefetch("pue")  # refused once: not tried again for these values
    assert same_results(model.results, real(model.scenario))
