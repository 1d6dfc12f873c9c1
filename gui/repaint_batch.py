"""One window repaint per change, however many charts it changes.

A chart is a QGraphicsView with its own scene. A scene collects the changes of its items and
processes them in a queued call; at the end of that call Qt *immediately* repaints the window
the view is in ("dispatch all pending update requests on the views", qgraphicsscene.cpp). So a
slider step that changes six charts repainted and flushed the whole window six times, one chart
at a time (seen in the event sequence of a step: scene, window update, paint — six times over).

:class:`RepaintBatch` processes every chart scene's queued changes right after the model's
change (the charts have set their data by then) while it holds back the window's update
requests, then asks for one: Qt repaints every changed chart, KPI card and control in one pass.
Nothing is skipped: each view's dirty region is handed to the window's repaint manager as
before; only the six separate paint-and-flush cycles become one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsView, QWidget


class RepaintBatch(QObject):
    """Flush the charts' scenes of ``window`` together (see the module's docstring).

    ``views`` returns the views whose scenes to flush (the window's charts; asked each time, so
    that views added later — presentation mode, a compared scenario — are included).
    """

    def __init__(self, window: QWidget, views: Callable[[], Iterable[QGraphicsView]]) -> None:
        super().__init__(window)
        self._window = window
        self._views = views
        self._holding = False
        self._held = False

    def flush(self, *_: object) -> None:
        """Process every chart's queued scene changes now, with one window repaint for all."""
        if self._holding:
            return
        self._holding, self._held = True, False
        self._window.installEventFilter(self)
        try:
            for view in self._views():
                scene = view.scene()
                if scene is not None:
                    QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)
        finally:
            self._window.removeEventFilter(self)
            self._holding = False
        if self._held:  # the request the scenes would have answered one by one
            QCoreApplication.postEvent(
                self._window,
                QEvent(QEvent.Type.UpdateRequest),
                Qt.EventPriority.LowEventPriority.value,
            )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._held = True
            return True  # held back: one request follows when every scene is done
        return False
