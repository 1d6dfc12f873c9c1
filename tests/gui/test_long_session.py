"""A long session stays bounded: a drag is one object, not one per move, and the undo history
has a limit (the soak figure is ``make bench``: benchmarks/bench_soak.py)."""

from __future__ import annotations

import gc

from wattif.core.model import Results
from wattif.gui.scenario_model import (
    RECENT_RESULTS,
    UNDO_LIMIT,
    ScenarioModel,
    _SetScenarioCommand,
)


def alive(kind: type) -> int:
    gc.collect()
    return sum(isinstance(o, kind) for o in gc.get_objects())


def test_a_long_drag_keeps_one_step_and_frees_what_merged_away(window):
    slider = window.panel.rows["demand_growth"].slider
    commands, results = alive(_SetScenarioCommand), alive(Results)
    slider.setSliderDown(True)
    for i in range(120):
        slider.setValue(slider.value() + (1 if (i // 20) % 2 == 0 else -1))
    slider.setSliderDown(False)
    assert window.model.undo_stack.count() == 1
    assert alive(_SetScenarioCommand) - commands <= 1
    # the step's old and new, what the window shows, the model's few recent evaluations and
    # the slider's one batch (ScenarioModel.prefetch)
    assert alive(Results) - results <= 4 + RECENT_RESULTS
    window.model.undo_stack.clear()
    assert alive(_SetScenarioCommand) <= commands


def test_keyboard_runs_and_a_merge_after_undo_hold_nothing_big(qtbot):
    model = ScenarioModel()
    before = alive(Results)
    for i in range(100):  # quick key presses on one slider: one step
        model.update({"pue": 1.1 + (i % 5) * 0.01})
    assert model.undo_stack.count() == 1
    model.update({"demand_growth": 0.3})
    model.undo_stack.undo()
    model.update({"demand_growth": 0.31})  # drops the redo step, may merge inside Qt
    assert alive(Results) - before <= 6 + RECENT_RESULTS


def test_the_undo_history_is_bounded(qtbot):
    before = alive(_SetScenarioCommand)  # other tests' windows in this process may hold some
    model = ScenarioModel()
    assert model.undo_stack.undoLimit() == UNDO_LIMIT
    keys = ("pue", "demand_growth")
    for i in range(UNDO_LIMIT + 50):  # alternating keys: every change is a step of its own
        model.update({keys[i % 2]: (1.1 if i % 2 == 0 else 0.1) + (i % 7) * 0.01})
    assert model.undo_stack.count() == UNDO_LIMIT
    assert alive(_SetScenarioCommand) - before <= UNDO_LIMIT + 5
