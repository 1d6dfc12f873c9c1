"""A chart's title: pyqtgraph's ``LabelItem`` whose text item can draw a new one-line text without
its text document.

The per-query chart writes its value into its title ("Energy per query 2030: 0.258 Wh"), so the
title changes on every slider step. ``QGraphicsTextItem.setPlainText`` rebuilds the item's text
document, and the next paint lays the document out again and draws it through Qt's document
layout: ~0.07 ms a step more than drawing the same line as plain text (measured in the window,
steps alternating between the two). :meth:`TitleText.set_plain` keeps the document as it is (it
still gives the title its size in the layout) and draws the new line itself, in the item's font
and default text colour (``ChartBase`` and the themes set it with the title's colour) at the
document's margin, where the document would put it. A new text set through
``LabelItem.setText`` (a new size, theme or language) goes through the document as before.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsTextItem

from .plain_attributes import plain_attributes
from .text_fit import surely_fits

_LINE = int(
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignTop
    | Qt.TextFlag.TextSingleLine
    | Qt.TextFlag.TextDontClip
)
"""How a plain title is drawn: one line from the top left, as the document lays it out."""


@plain_attributes  # read on every slider step (see plain_attributes)
class TitleText(QGraphicsTextItem):
    """The text item of a :class:`ChartTitle` (see the module's docstring)."""

    _plain: str | None = None
    """The line drawn instead of the document's text (None: the document is drawn)."""
    _look: tuple | None = None
    """(font, colour, the document's margin, its width for text, the widths of characters met so
    far, the metrics measuring them), kept until the font, colour or document change: asked of
    Qt on each step, they cost as much as drawing the line."""

    def _looks(self) -> tuple:
        if self._look is None:
            font = self.font()
            margin = self.document().documentMargin()
            room = self.boundingRect().width() - 2 * margin
            self._look = (font, self.defaultTextColor(), margin, room, {}, QFontMetricsF(font))
        return self._look

    def _fits(self, text: str) -> bool:
        """Whether ``text`` fits the document's width for text (by its characters' widths,
        ``text_fit``; measured as a whole when near)."""
        _font, _colour, _margin, room, widths, metrics = self._looks()
        return surely_fits(text, room, widths, metrics) or metrics.horizontalAdvance(text) <= room

    def set_plain(self, text: str) -> None:
        """Show ``text`` (plain, one line) in the title's font and colour. A line wider than the
        document's text goes into the document, which then gives the title its new width."""
        if text == self._plain:
            return
        if "\n" in text or "<" in text or not self._fits(text):
            self.setPlainText(text)
            return
        self._plain = text
        self.update()

    def setHtml(self, html: str) -> None:  # noqa: N802 - Qt's name
        self._plain = None
        self._look = None
        super().setHtml(html)

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._plain = None
        self._look = None
        super().setPlainText(text)

    def setFont(self, font) -> None:  # noqa: N802 - Qt's name
        self._look = None
        super().setFont(font)

    def setDefaultTextColor(self, colour) -> None:  # noqa: N802 - Qt's name
        self._look = None
        super().setDefaultTextColor(colour)

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        return self._plain if self._plain is not None else super().toPlainText()

    def paint(self, painter, option, widget=None) -> None:
        if self._plain is None:
            super().paint(painter, option, widget)
            return
        font, colour, margin, room, _widths, _metrics = self._looks()
        painter.setFont(font)
        painter.setPen(colour)
        height = self.boundingRect().height() - 2 * margin
        painter.drawText(QRectF(margin, margin, room, height), _LINE, self._plain)


class ChartTitle(pg.LabelItem):
    """pyqtgraph's ``LabelItem`` with a :class:`TitleText` as its text item."""

    def __init__(self, text: str = "", **opts) -> None:
        super().__init__(" ", **opts)
        made = self.item
        self.item = TitleText(self)
        made.setParentItem(None)  # pyqtgraph's own: not in a scene yet, dropped with it
        self.setText(text)
        self.setAngle(self.angle)
