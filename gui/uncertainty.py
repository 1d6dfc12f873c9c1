"""How sure are we? The uncertainty bands of the current scenario, kept up to date.

:class:`Uncertainty` asks the worker process (:class:`~.analysis_service.AnalysisService`) for
P5/P25/P50/P75/P95 of every output (``wattif.core.analyses.uncertainty_all``: one batched
Latin-hypercube evaluation over every parameter's plausible range and the model's own error)
whenever the scenario changes. While a value moves (changes less than :data:`MOVING_S` apart) it
asks for :data:`MOVING_SAMPLES` samples, at most every :data:`THROTTLE_MS`; when the hand stops
(:data:`QUIET_MS` without a change), for the full :data:`FULL_SAMPLES`. The seed is fixed: the
same scenario and the same pinned inputs always give the same band. Full results are cached, so
undo/redo shows them at once.

While the hand moves, a band that comes back is not drawn on its own: it waits for the next change
of the scenario (or :data:`QUIET_MS` of stillness) and is drawn with it, in the same repaint — a
repaint of the charts for the band alone would cost the slider as much as a step.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from wattif.core.analyses import uncertain_parameters

from . import analysis_jobs
from .analysis_jobs import values_of
from .analysis_service import AnalysisService
from .scenario_model import ScenarioModel

FULL_SAMPLES = 1000
"""Samples of a band when the hand stops (≈ 15 ms in the worker)."""
MOVING_SAMPLES = 200
"""Samples while a slider moves (≈ 4 ms): the band follows the drag."""
MOVING_S = 0.25
"""Changes closer together than this [s] are one movement."""
QUIET_MS = 40
"""The hand has stopped when the scenario did not change for this long [ms]; until then a band
that comes back waits to be drawn with the next change."""
THROTTLE_MS = 200
"""While the hand moves, bands are asked for at most this often [ms]: 5 rough bands a second
follow the drag. Each band that comes back redraws six charts (~2.5 ms on its step); measured
with ``make bench``'s method in 15 off/on pairs on a 2-core machine, a slider step with bands
on cost, against bands off, +1.6 ms at p95 when asked every 120 ms (8 bands a second) and
+0.03 / +1.3 ms at p95 (+0.5 / +1.0 ms at p50) in two runs every 200 ms. Every 40 ms (22 a
second), a third of the steps carried a band. The worker also shares the machine with the
window."""
SEED = 0
CACHE_SIZE = 24
KIND = "bands"


_last_key: list = [None, None]  # (scenario, its key): a step asks for its key several times


def _values_key(scenario) -> tuple:
    """What identifies a scenario's values (its name and notes do not change a band)."""
    if _last_key[0] is not scenario:
        _last_key[:] = [scenario, tuple(scenario[k] for k in scenario)]
    return _last_key[1]


class Uncertainty(QObject):
    """Bands of the current scenario, on or off, with some inputs pinned.

    Signals
    -------
    changed()
        Other bands to draw (new ones, none after switching off or a jump to another scenario).
    enabled_changed(bool)
    pinned_changed()
        The set of pinned inputs changed.
    settled()
        The scenario stopped moving (:data:`QUIET_MS` without a change).
    """

    changed = Signal()
    enabled_changed = Signal(bool)
    pinned_changed = Signal()
    settled = Signal()

    def __init__(
        self,
        model: ScenarioModel,
        service: AnalysisService,
        enabled: bool = True,
        pinned: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._service = service
        self._enabled = bool(enabled)
        self._pinned = frozenset(pinned)
        self._bands: dict | None = None
        self._shown: tuple | None = None  # (values key, pinned, n) of the bands shown
        self._asked: tuple | None = None  # the key of the latest request
        self._cache: OrderedDict[tuple, dict] = OrderedDict()
        self._last_change = 0.0
        self._deferred: tuple | None = None  # (key, bands) waiting for the next repaint
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._settled)
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(THROTTLE_MS)
        self._throttle.timeout.connect(self._throttle_opens)
        self._behind = False
        service.finished.connect(self._finished)
        service.failed.connect(self._failed)
        model.results_changed.connect(self._scenario_moved)
        model.ranges_reset.connect(self._jumped)
        if self._enabled:  # remembered from the last session: once the window is up
            QTimer.singleShot(0, lambda: self._ask(FULL_SAMPLES) if self._enabled else None)

    # ------------------------------------------------------------------ state
    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        on = bool(on)
        if on == self._enabled:
            return
        self._enabled = on
        self._drop()
        self._bands = self._shown = self._deferred = None
        if on:
            self._ask(FULL_SAMPLES)
        self.enabled_changed.emit(on)
        self.changed.emit()

    @property
    def pinned(self) -> frozenset[str]:
        """Inputs taken as given (not sampled)."""
        return self._pinned

    def set_pinned(self, keys: Iterable[str]) -> None:
        keys = frozenset(keys)
        if keys == self._pinned:
            return
        self._pinned = keys
        self._drop()
        self._deferred = None
        self.pinned_changed.emit()
        if self._enabled:
            self._ask(FULL_SAMPLES)

    def pin(self, key: str, pinned: bool = True) -> None:
        self.set_pinned(self._pinned | {key} if pinned else self._pinned - {key})

    def varying(self) -> dict[str, tuple[float, float, float]]:
        """Every input with a plausible range around the current scenario, pinned or not:
        ``key -> (low, value, high)``."""
        return uncertain_parameters(self._model.scenario)

    @property
    def bands(self) -> dict | None:
        """Metric -> ``Bands`` as shown (possibly for a scenario a moment old), or None."""
        return self._bands if self._enabled else None

    def band(self, metric: str):
        b = self.bands
        return None if b is None else b.get(metric)

    @property
    def samples(self) -> int:
        """Samples behind the bands shown (0 without bands)."""
        return self._shown[2] if self._bands is not None and self._shown else 0

    def is_final(self) -> bool:
        """The bands shown are the full set for the current scenario and pins."""
        return self._bands is not None and self._shown == self._key(FULL_SAMPLES)

    def is_moving(self) -> bool:
        """The scenario changed a moment ago (a slider is being dragged)."""
        return self._quiet.isActive()

    # ------------------------------------------------------------------ requests
    def _drop(self) -> None:
        """No result of an earlier request is wanted any more."""
        self._service.invalidate(KIND)
        self._asked = None

    def _key(self, n: int) -> tuple:
        return (_values_key(self._model.scenario), self._pinned, n)

    def _ask(self, n: int) -> None:
        key = self._key(n)
        cached = self._cache.get(self._key(FULL_SAMPLES))
        if cached is not None:  # undo/redo, or back to where the drag started
            self._drop()
            self._deferred = None
            self._show(self._key(FULL_SAMPLES), cached)
            return
        if key == self._asked and self._service.is_busy(KIND):
            return  # on its way already
        self._asked = key
        pinned = tuple(sorted(self._pinned))
        values = values_of(self._model.scenario)
        self._service.request(KIND, analysis_jobs.bands, values, n, SEED, pinned, tag=key)

    def _scenario_moved(self) -> None:
        if not self._enabled:
            return
        self._flush()  # drawn now, in the repaint this change causes anyway
        now = time.monotonic()
        moving = now - self._last_change < MOVING_S
        self._last_change = now
        self._quiet.start()
        if not moving:  # one step (a click, a key): the full set at once
            self._ask(FULL_SAMPLES)
        elif self._throttle.isActive():
            self._behind = True  # asked for when the throttle opens
        else:
            self._ask(MOVING_SAMPLES)
            self._throttle.start()

    def _throttle_opens(self) -> None:
        if self._behind and self._quiet.isActive():
            self._behind = False
            self._ask(MOVING_SAMPLES)
            self._throttle.start()

    def _settled(self) -> None:
        """The hand stopped: draw what came back meanwhile and ask for the full set."""
        self._behind = False
        self._flush()
        if self._enabled and self._shown != self._key(FULL_SAMPLES):
            self._ask(FULL_SAMPLES)
        self.settled.emit()

    def _jumped(self) -> None:
        """Another scenario altogether (preset, file, reset): the old band says nothing."""
        self._drop()
        self._last_change = 0.0
        self._deferred = None
        if self._bands is not None:
            self._bands = self._shown = None
            self.changed.emit()

    def _finished(self, kind: str, tag: tuple, result: dict, latest: bool) -> None:
        if kind != KIND:
            return
        if tag[2] == FULL_SAMPLES:
            self._cache[tag] = result
            self._cache.move_to_end(tag)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        if self._enabled:
            if self._quiet.isActive():
                self._deferred = (tag, result)  # the hand moves: drawn with the next change
            else:
                self._show(tag, result)

    def _failed(self, kind: str, tag: tuple, message: str, latest: bool) -> None:
        if kind == KIND and latest and self._bands is not None:
            self._bands = self._shown = None  # no band rather than a wrong one
            self.changed.emit()

    def _flush(self) -> None:
        if self._deferred is not None:
            key, bands = self._deferred
            self._deferred = None
            self._show(key, bands)

    def _show(self, key: tuple, bands: dict) -> None:
        if key == self._shown and bands is self._bands:
            return
        self._shown = key
        self._bands = bands
        self.changed.emit()
