"""The tornado's chart area: keyboard (arrows move the highlighted row, Enter chooses it) and the
exports every chart has (context menu, Ctrl+C: :class:`~gui.chart_export.ChartExporter`).

On screen the chart's title is the dock's and its key is a label above the chart; an exported
image has no dock and no label around it, so the title and the key are drawn into the image
itself while it is rendered (:meth:`TornadoCanvas.export_extras`, which
:func:`gui.chart_render.laid_out` enters).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent

from . import style
from .chart_base import AXIS_TITLE_PT
from .chart_export import ChartExporter

if TYPE_CHECKING:
    from .tornado_view import TornadoView

TITLE_PT = 11.0
"""Point size of the title in an exported tornado (the size of every other chart's title)."""
TITLE_ROW, PLOT_ROW, KEY_ROW = 0, 1, 2
"""Rows of the chart's layout: on screen only the plot's is filled (an empty row takes no room);
an export adds the title above and the key below it."""


def _label(size_pt: float, bold: bool) -> pg.LabelItem:
    label = pg.LabelItem("", size=f"{size_pt:g}pt", bold=bold, color=style.TEXT, justify="left")
    font = QFont(label.item.font())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    label.item.setFont(font)
    label.item.setDefaultTextColor(QColor(style.TEXT))
    return label


class TornadoCanvas(pg.GraphicsLayoutWidget):
    """The chart area of a :class:`~gui.tornado_view.TornadoView`.

    For the exports it is a chart like every ``ChartBase``: ``title`` (a label item), ``series()``
    (the numbers drawn), ``model`` and ``exporter``.
    """

    step = Signal(int)
    choose = Signal()

    def __init__(self, view: TornadoView) -> None:
        super().__init__(view)
        self._view = view
        self._lang = view._lang
        self.setObjectName("tornadoCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = _label(TITLE_PT, bold=True)
        self.key = _label(AXIS_TITLE_PT, bold=False)
        for item in (self.title, self.key):
            item.setParentItem(self.ci)  # in the scene (themes re-colour it), not in the layout
            item.setVisible(False)
        self.exporter = ChartExporter(self, view._lang)

    @property
    def model(self):
        """The scenario model (the exports name the scenario)."""
        return self._view.model

    def set_title(self, text: str) -> None:
        """The title an exported image carries (``What matters most: Energy per year in 2030``)."""
        if self.title.text != text:
            self.title.setText(text)

    def series(self) -> dict[str, np.ndarray]:
        """The numbers drawn, one entry per bar (:meth:`TornadoView.series`)."""
        return self._view.series()

    @contextmanager
    def export_extras(self) -> Iterator[None]:
        """The title above the chart and the key below it, for as long as an image is drawn."""
        self.key.setText(self._view.key_html())
        layout = self.ci.layout
        added = ((self.title, TITLE_ROW), (self.key, KEY_ROW))
        for item, row in added:
            layout.addItem(item, row, 0)
            item.setVisible(True)
        try:
            yield
        finally:
            for item, _row in added:
                layout.removeItem(item)
                item.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.step.emit(-1000 if key == Qt.Key.Key_Home else 1000)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose.emit()
        else:
            super().keyPressEvent(event)
