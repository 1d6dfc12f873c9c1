"""The one observable model of the window: current scenario, baseline and their results.

Every widget gets the :class:`ScenarioModel` in its constructor, writes through
:meth:`ScenarioModel.update` (or one of the named actions) and listens to its signals. The model
emits only on real change, so a widget that mirrors the model never starts a feedback loop.

All changes of the scenario go through the model's :class:`QUndoStack`; a continuous slider drag
(one ``merge_token``) merges into a single undo step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wattif.core import Scenario, WattIfError, data, evaluate, load_preset, params
from wattif.core.analyses import Waterfall, metric_series, savings_all
from wattif.core.measures import measures, measures_off
from wattif.core.model import BATCH_RTOL, Results, same_results

from .plain_attributes import plain_attributes

_MERGE_ID = 4711
_KEYBOARD_MERGE_S = 0.6
"""Repeated changes of one parameter from the keyboard within this time form one undo step."""
UNDO_LIMIT = 200
"""Undo steps kept (each holds two scenarios and their results): a day's work stays bounded."""
RECENT_RESULTS = 16
"""Results remembered by the scenario's values: a drag back and forth over a short stretch, or
an undo followed by the same change, revisits values. Small, as what a long session holds
stays bounded (tests/gui/test_long_session.py); each is ~5 kB."""

ALONG_REACH = 100
"""Slider positions on each side of the handle that :meth:`ScenarioModel.prefetch` evaluates
in one batch (201 at most: ~1.2 ms once, where each step of a drag evaluated for ~0.5 ms)."""

WATERFALL_METRICS = ("energy_kwh", "co2e_t", "cost_eur", "per_query_wh")
"""What the savings waterfall can show (energy, CO2e, cost) and the energy per query it compares
with the published range of the measures combined; one batched evaluation gives all of them."""


@cache
def _preset_baselines() -> tuple[Scenario, ...]:
    """The baselines the shipped presets bring: each with its measures off."""
    return tuple(measures_off(load_preset(name)) for name in data.preset_names())


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(np.asarray(a), np.asarray(b)))
    return type(a) is type(b) and a == b


def _rest(scenario: Scenario, key: str) -> dict:
    """The scenario's values other than ``key``'s (a plain dict: compared, never hashed; one
    comparison in C, where a tuple built item by item cost ~10 µs twice a slider step)."""
    rest = dict(scenario.values_mapping())
    rest.pop(key, None)
    return rest


class _Along:
    """One batch: the scenario with one parameter at each of many values (a slider's
    positions); see :meth:`ScenarioModel.prefetch`."""

    def __init__(self, key: str, values: list, rest: dict, batch: Results) -> None:
        self.key = key
        self.index = {v: i for i, v in enumerate(values)}
        self.rest = rest
        self.batch = batch

    def position(self, scenario: Scenario) -> int | None:
        """The batch's index of ``scenario``, or None when it is not one of the batch's."""
        try:
            i = self.index.get(scenario[self.key])
            if i is None or _rest(scenario, self.key) != self.rest:
                return None
        except (TypeError, ValueError):  # a batch of its own (arrays: unhashable, ambiguous)
            return None
        return i


class _SetScenarioCommand(QUndoCommand):
    """Replace the current scenario; merges with the next one of the same drag or key run."""

    def __init__(
        self,
        model: ScenarioModel,
        old: tuple,
        new: tuple,
        text: str,
        keys: frozenset[str] | None,
        token: object | None,
        hook: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._model = model
        self._hook = hook  # restores state kept beside the scenario (True: redo, False: undo)
        self._old = old  # (scenario, results)
        self._new = new
        self._keys = keys
        self._token = token
        self._time = time.monotonic()
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_ID if self._keys is not None else -1

    def continues(self, keys: frozenset[str] | None, token: object | None, when: float) -> bool:
        """A change of ``keys`` at ``when`` belongs to this step (same drag or key run)."""
        if self._keys is None or keys != self._keys or self._hook is not None:
            return False
        if self._token is not None:
            return token is self._token
        return token is None and when - self._time < _KEYBOARD_MERGE_S

    def absorb(self, new: tuple, keys: frozenset[str], token: object | None) -> bool:
        """Take the next change of the same drag into this step, without a new command."""
        now = time.monotonic()
        if not self.continues(keys, token, now):
            return False
        self._new = new
        self._time = now
        return True

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, _SetScenarioCommand) or not self.continues(
            other._keys, other._token, other._time
        ):
            return False
        self._new = other._new
        self._time = other._time
        # Qt deletes `other` now, but PySide keeps its Python object: it must hold nothing big
        other._new = other._old = other._model = other._hook = None
        return True

    def redo(self) -> None:
        if self._first:  # the model already shows the new state when the command is pushed
            self._first = False
            return
        if self._hook is not None:
            self._hook(True)
        self._model._apply(*self._new, reset_ranges=self._keys is None)

    def undo(self) -> None:
        if self._hook is not None:
            self._hook(False)
        self._model._apply(*self._old, reset_ranges=self._keys is None)


@plain_attributes  # the charts read its results ~200 times a slider step
class ScenarioModel(QObject):
    """Current scenario, baseline, their results, the chosen year and the undo stack.

    Signals
    -------
    scenario_changed(Scenario)
        The current scenario changed (any value, its name or notes).
    results_changed()
        New results for the current scenario (always right after ``scenario_changed``).
    baseline_changed()
        The baseline (and its results) changed.
    year_changed(int)
        The year the KPIs and per-year charts show changed.
    ranges_reset()
        A jump rather than a continuous change (preset, file, undo of a preset, reset): charts
        may fit their axes afresh instead of keeping them stable.
    modified_changed(bool)
        The scenario differs (or no longer differs) from the last saved file.
    error(str)
        A change was refused; the message says why (shown in the status bar).
    """

    scenario_changed = Signal(object)
    results_changed = Signal()
    baseline_changed = Signal()
    year_changed = Signal(int)
    ranges_reset = Signal()
    modified_changed = Signal(bool)
    error = Signal(str)

    def __init__(
        self,
        scenario: Scenario | None = None,
        baseline: Scenario | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # only possible while the stack is empty
        self._scenario = scenario if scenario is not None else load_preset()
        self._results = evaluate(self._scenario)
        self._baseline = baseline if baseline is not None else self._scenario
        self._baseline_results = (
            self._results if self._baseline is self._scenario else evaluate(self._baseline)
        )
        self._year = int(self._results.years[-1])  # the measures act by then
        self._waterfalls: dict[tuple, dict[str, Waterfall]] = {}  # by values and year
        self._wf_values: tuple = (None, None)  # (scenario, its values as a key)
        self._recent: dict[tuple, Results] = {}  # see _evaluate
        self._along: _Along | None = None  # see prefetch
        self._along_tried: tuple | None = None  # (key, rest) of the last prefetch
        self._dirty = False  # modified without an undo step (a restored unsaved session)
        self._modified = False
        self.undo_stack.cleanChanged.connect(self._update_modified)

    # ------------------------------------------------------------------ read access
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def results(self) -> Results:
        return self._results

    @property
    def baseline(self) -> Scenario:
        return self._baseline

    @property
    def baseline_results(self) -> Results:
        return self._baseline_results

    @property
    def year(self) -> int:
        """The year shown by the KPIs and the per-query charts (always inside the projection)."""
        return self._year

    @property
    def is_modified(self) -> bool:
        return self._modified

    def year_index(self) -> int:
        return self._results.year_index(self._year)

    def baseline_index(self) -> int:
        """Index of the chosen year (or its nearest year) in the baseline's years (plain
        Python: asked ~15 times a slider step, where ``np.clip`` on a scalar costs 10 µs)."""
        years = self._baseline_results.years
        return min(max(self._year - int(years[0]), 0), len(years) - 1)

    def baseline_value(self, series: np.ndarray) -> float:
        """A baseline yearly series at the chosen year (or its nearest year)."""
        return float(series[self.baseline_index()])

    def waterfall(self, metric: str = "energy_kwh") -> Waterfall:
        """Savings by measure in the chosen year, the rebound as its own step (one batched
        evaluation gives every metric the waterfall can show; the last :data:`RECENT_RESULTS`
        are remembered by the scenario's values and the year)."""
        sc = self._scenario
        if not any(bool(sc[m.on_key]) for m in measures()):
            # nothing to attribute: the scenario is its own start and end (read, not kept:
            # the key below, all values of the scenario, cost more than this)
            value = float(metric_series(self._results, metric)[self.year_index()])
            return Waterfall(self._year, metric, value, (), (), value)
        if self._wf_values[0] is not sc:  # the values' key, once per scenario
            try:
                values = tuple(sc.items())
                hash(values)
                self._wf_values = (sc, values)
            except TypeError:  # a batch (array values): not remembered
                self._wf_values = (sc, ("batch", id(sc)))
        key = (self._wf_values[1], self._year)
        cached = self._waterfalls.pop(key, None)  # re-inserted below: the most recent last
        if cached is None or metric not in cached:
            metrics = tuple(dict.fromkeys((*WATERFALL_METRICS, metric)))
            cached = savings_all(self._scenario, self._year, metrics)
            if len(self._waterfalls) >= RECENT_RESULTS:  # a drag back revisits values
                del self._waterfalls[next(iter(self._waterfalls))]
        self._waterfalls[key] = cached
        return cached[metric]

    # ------------------------------------------------------------------ changes
    def update(
        self, changes: Mapping[str, Any], merge_token: object | None = None, text: str | None = None
    ) -> bool:
        """Change some values of the current scenario as one undo step.

        ``merge_token``: changes that carry the same token (one slider drag) merge into one
        step; without a token, repeated changes of the same keys in quick succession merge.
        Returns False (and emits :attr:`error`) when the change is refused.
        """
        try:
            changes = {k: params.validate_value(k, v) for k, v in changes.items()}
            changes = {k: v for k, v in changes.items() if not _same(self._scenario[k], v)}
            if not changes:
                return True
            new = self._scenario.replace(changes)
            results = self._evaluate(new)
        except WattIfError as exc:
            self.error.emit(str(exc))
            self.scenario_changed.emit(self._scenario)  # widgets snap back to the model
            return False
        if text is None:
            text = self.tr("Change {0}").format(", ".join(changes))
        old = (self._scenario, self._results)
        self._apply(new, results, reset_ranges=False)
        keys = frozenset(changes)
        top = self._open_step()
        if top is None or not top.absorb((new, results), keys, merge_token):
            self.undo_stack.push(
                _SetScenarioCommand(self, old, (new, results), text, keys, merge_token)
            )
        return True

    def prefetch(self, key: str, values: list) -> bool:
        """Evaluate the current scenario with ``key`` at each of ``values`` in one batch (a
        slider's positions around its handle): a later change of ``key`` alone to one of them
        takes its results from the batch. Kept only when the batch gives the numbers a single
        evaluation gives (within :data:`~wattif.core.model.BATCH_RTOL`, checked at one value);
        returns whether it was kept. One batch is kept at a time."""
        sc = self._scenario
        self._along_tried = (key, _rest(sc, key))
        self._along = None
        try:
            checked = list(dict.fromkeys(params.validate_value(key, v) for v in values))
            if not checked:
                return False
            batch = evaluate(sc.replace({key: np.asarray(checked, dtype=float)}))
            along = _Along(key, checked, self._along_tried[1], batch)
            i = along.index.get(sc[key])
            if i is not None:  # the handle's own value: compared with what is shown
                same = same_results(batch.sample(i), self._results, BATCH_RTOL)
            else:
                single = evaluate(sc.replace({key: checked[0]}))
                same = same_results(batch.sample(0), single, BATCH_RTOL)
        except Exception:  # noqa: BLE001 - an optimisation: whatever fails, steps evaluate alone
            return False
        if same:
            self._along = along
        return same

    def wants_prefetch(self, key: str) -> bool:
        """True when changes of ``key`` from the current scenario are not yet served by a
        batch, and no batch was tried for the scenario's other values."""
        along = self._along
        if along is not None and along.key == key and along.position(self._scenario) is not None:
            return False
        tried = self._along_tried
        if tried is not None and tried[0] == key:
            try:
                if tried[1] == _rest(self._scenario, key):
                    return along is not None  # refused before: not again for these values
            except (TypeError, ValueError):
                return False
        return True

    def _evaluate(self, scenario: Scenario) -> Results:
        """``evaluate(scenario)``, or its results from the slider's batch (:meth:`prefetch`),
        or the results of the same values among the last :data:`RECENT_RESULTS` evaluations
        (results depend on the values alone)."""
        along = self._along
        if along is not None:
            i = along.position(scenario)
            if i is not None:
                return along.batch.sample(i)
        key = tuple(scenario.items())
        try:
            results = self._recent.pop(key)
        except TypeError:  # a batch (array values): not remembered
            return evaluate(scenario)
        except KeyError:
            results = evaluate(scenario)
            if len(self._recent) >= RECENT_RESULTS:
                del self._recent[next(iter(self._recent))]  # the least recently used
        self._recent[key] = results
        return results

    def _open_step(self) -> _SetScenarioCommand | None:
        """The last undo step when the next change may still join it (as Qt's own merge would:
        nothing to redo above it, and it is not the saved state). Joining it in place instead
        of pushing a command Qt then merges and deletes keeps a drag to one object: PySide
        never frees the Python side of a merged-away command."""
        stack = self.undo_stack
        i = stack.index()
        if i == 0 or i != stack.count() or i == stack.cleanIndex():
            return None
        top = stack.command(i - 1)
        return top if isinstance(top, _SetScenarioCommand) else None

    def set_scenario(
        self,
        scenario: Scenario,
        text: str,
        hook: Callable[[bool], None] | None = None,
        baseline: Scenario | None = None,
    ) -> None:
        """Replace the whole scenario (a preset, a reset) as one undo step.

        ``hook(True)`` runs before the new scenario is shown (now and on redo), ``hook(False)``
        before the old one comes back on undo: state kept beside the scenario (the named
        scenarios of a workspace) changes in the same step. With a hook the step is made even
        when the scenario stays the same. A ``baseline`` replaces the baseline in the same step.
        """
        try:
            results = evaluate(scenario)
            if baseline is not None:
                hook = self._baseline_hook(baseline, evaluate(baseline), hook)
        except WattIfError as exc:
            self.error.emit(str(exc))
            return
        if scenario == self._scenario and hook is None:
            return
        old = (self._scenario, self._results)
        if hook is not None:
            hook(True)
        self._apply(scenario, results, reset_ranges=True)
        self.undo_stack.push(
            _SetScenarioCommand(self, old, (scenario, results), text, None, None, hook)
        )

    def replace_document(
        self, scenario: Scenario, baseline: Scenario | None = None, modified: bool = False
    ) -> None:
        """Start afresh with ``scenario`` (New, Open, a restored session): clears undo history."""
        results = evaluate(scenario)
        if baseline is not None:
            self._set_baseline(baseline, evaluate(baseline))
        self.undo_stack.clear()
        self._dirty = modified
        self._apply(scenario, results, reset_ranges=True)
        self.set_year(int(results.years[-1]))  # a document opens on its horizon year
        self._update_modified()

    def mark_saved(self) -> None:
        self._dirty = False
        self.undo_stack.setClean()
        self._update_modified()

    def set_name(self, name: str) -> None:
        """Rename the scenario (kept in its file), not an undo step of its own."""
        if name != self._scenario.name:
            try:
                self._scenario = self._scenario.replace(name=name)
            except WattIfError as exc:  # too long, or a character that cannot be saved
                self.error.emit(str(exc))
                return
            self._dirty = True  # the file on disk has the old name
            self.scenario_changed.emit(self._scenario)
            self._update_modified()

    def _baseline_hook(
        self, baseline: Scenario, results: Results, then: Callable[[bool], None] | None
    ) -> Callable[[bool], None]:
        old = (self._baseline, self._baseline_results)

        def hook(redo: bool) -> None:
            self._set_baseline(*((baseline, results) if redo else old))
            if then is not None:
                then(redo)

        return hook

    def baseline_is_automatic(self) -> bool:
        """True unless the user fixed the baseline on purpose: a baseline that is a shipped
        preset with its measures off came with a preset (or New) and may go with the next one."""
        return any(not auto.differences(self._baseline) for auto in _preset_baselines())

    def set_current_as_baseline(self) -> None:
        self._set_baseline(self._scenario, self._results)
        self.ranges_reset.emit()

    def reset_to_baseline(self) -> None:
        base = self._baseline.replace(name=self._scenario.name, notes=self._scenario.notes)
        self.set_scenario(base, self.tr("Reset to baseline"))

    def set_year(self, year: int) -> None:
        years = self._results.years
        year = int(np.clip(int(year), years[0], years[-1]))
        if year != self._year:
            self._year = year
            self.year_changed.emit(year)

    # ------------------------------------------------------------------ internals
    def _set_baseline(self, scenario: Scenario, results: Results) -> None:
        if scenario is self._baseline:
            return
        self._baseline = scenario
        self._baseline_results = results
        self.baseline_changed.emit()

    def _apply(self, scenario: Scenario, results: Results, reset_ranges: bool) -> None:
        old_first = int(self._results.years[0]) if getattr(self, "_results", None) else None
        self._scenario = scenario
        self._results = results
        years = results.years
        year = self._year
        if reset_ranges and old_first is not None and int(years[0]) != old_first:
            year = int(years[-1])  # a scenario with other years opens on its horizon
        year = min(max(int(year), int(years[0])), int(years[-1]))
        year_moved = year != self._year
        self._year = year
        if reset_ranges:
            self.ranges_reset.emit()
        self.scenario_changed.emit(scenario)
        if year_moved:
            self.year_changed.emit(year)
        self.results_changed.emit()

    def _update_modified(self, *_: object) -> None:
        modified = self._dirty or not self.undo_stack.isClean()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
