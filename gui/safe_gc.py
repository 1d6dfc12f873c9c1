"""Python's cyclic garbage collector runs between events, never inside a Qt call.

Left automatic, a collection starts whenever enough objects were allocated, wherever that is:
inside a Qt call that holds one of Qt's locks (a signal being disconnected while pyqtgraph moves
an item to another plot), where freeing a Qt object takes the same lock. A test run stopped that
way, idle in "Garbage-collecting" under ``SignalInstance.disconnect``. :class:`SafeCollector`
switches the automatic collector off and collects from the event loop instead, generation by
generation as the automatic one would (pyqtgraph's ``util.garbage_collector`` does the same);
objects without cycles are freed at once as before. The slider steps in between never pay for
a collection either.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

GC_INTERVAL_MS = 1000
"""How often the event loop collects what is due [ms]: cycles wait at most this long."""


class SafeCollector(QObject):
    """Collects garbage cycles from the event loop (see the module's docstring)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(GC_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (and the younger
        ones with it), as the automatic collector would; returns it, -1 when none was due."""
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)
        return due


def collect_safely(app: QObject) -> SafeCollector:
    """The application's collector (made once)."""
    collector = getattr(app, "_wattif_collector", None)
    if collector is None:
        collector = app._wattif_collector = SafeCollector(app)
    return collector
