"""Where a direct label can sit without covering a line: plain arithmetic on a plot's pixels.

A label drawn at its pixel size covers a box ``[left, right] × [top, top + height]`` of its plot
(pixels, y down). A line crosses that box exactly when the line's pixel heights over
``[left, right]`` (an interval: a line is continuous) meet ``[top, top + height]``.
:func:`line_span` gives that interval for a polyline; :func:`free_top` the top nearest to the
one a label wants that no blocked interval (a line's span, another label's box) meets.

Charts run this on every slider step for a handful of labels and lines of a few points each:
no rendering, no font metrics (a label's box is Qt's cached one).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

import numpy as np
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from .chart_items import TEXT_MARGIN, Label

LABEL_GAP_PX = 2.0
"""Room left between a label's box and a line or another label [px]."""
LINE_PAD_PX = 1.5
"""A line's pixels reach this far beyond its pen's half width (antialiasing) [px]."""
LEADER_AFTER_PX = 16.0
"""A label whose box lies further than this from its line's end [px] is joined to it by a
leader: a name pushed away from its line by others was tied to it by its colour alone (review
at 1280×720: "baseline" sat under another scenario's name, 50 px above its own line). Nearer
than this a name reads as its line's, and a leader of a few pixels looked like a stray tick."""
LEADER_GAP_PX = 2.0
"""Room between a leader's ends and the label's box and the line's end [px]."""
LEADER_ALPHA = 170
"""Opacity of a leader (0–255): a thin line in its label's colour, quieter than the data."""


class PlotPixels:
    """Maps data coordinates of one plot to pixels inside its view box (y down)."""

    def __init__(self, plot, y_range: tuple[float, float] | None = None) -> None:
        """``y_range``: pixels for that y range instead of the plot's (a range considered)."""
        vb = plot.getViewBox()
        (self.x0, x1), (y0, self.y1) = vb.viewRange()
        if y_range is not None:
            y0, self.y1 = y_range
        size = vb.size()  # one call (pyqtgraph's width() and height() each ask the geometry)
        self.width, self.height = size.width(), size.height()
        self.sx = self.width / (x1 - self.x0) if x1 > self.x0 else 0.0
        self.sy = self.height / (self.y1 - y0) if self.y1 > y0 else 0.0

    @property
    def ok(self) -> bool:
        """The plot is laid out (a size and a range)."""
        return self.sx > 0 and self.sy > 0

    def x(self, x):
        if isinstance(x, float | int):  # a number (numpy's float64 too): no array round trip
            return (x - self.x0) * self.sx
        return (np.asarray(x, dtype=float) - self.x0) * self.sx

    def y(self, y):
        if isinstance(y, float | int):
            return (self.y1 - y) * self.sy
        return (self.y1 - np.asarray(y, dtype=float)) * self.sy

    def xs(self, values) -> list[float]:
        """Pixels of a few x values as a list (plain Python: for lines of a few points several
        times faster than numpy and ``tolist``)."""
        x0, sx = self.x0, self.sx
        return [(v - x0) * sx for v in (values.tolist() if hasattr(values, "tolist") else values)]

    def ys(self, values) -> list[float]:
        """Pixels of a few y values as a list (see :meth:`xs`)."""
        y1, sy = self.y1, self.sy
        return [(y1 - v) * sy for v in (values.tolist() if hasattr(values, "tolist") else values)]

    def data_x(self, px: float) -> float:
        return self.x0 + px / self.sx

    def data_y(self, py: float) -> float:
        return self.y1 - py / self.sy


def _at(xs, ys, i: int, x: float) -> float:
    """The polyline's height at ``x`` on its segment ``i`` → ``i + 1``."""
    x0, x1 = xs[i], xs[i + 1]
    if x1 == x0:
        return ys[i]
    return ys[i] + (ys[i + 1] - ys[i]) * (x - x0) / (x1 - x0)


def line_span(xs, ys, left: float, right: float) -> tuple[float, float]:
    """Lowest and highest pixel height of the polyline (``xs`` ascending) over ``[left,
    right]``; an empty interval (``(inf, -inf)``) where the line does not reach. Plain Python:
    for lines of a few points it is several times faster than numpy."""
    xs = xs.tolist() if hasattr(xs, "tolist") else xs
    ys = ys.tolist() if hasattr(ys, "tolist") else ys
    n = len(xs)
    if n == 0 or right < xs[0] or left > xs[-1]:
        return (math.inf, -math.inf)
    if n == 1:
        return (ys[0], ys[0])
    a, b = max(left, xs[0]), min(right, xs[-1])
    i = min(max(bisect_right(xs, a) - 1, 0), n - 2)
    j = min(max(bisect_left(xs, b) - 1, 0), n - 2)
    heights = [_at(xs, ys, i, a), _at(xs, ys, j, b), *ys[i + 1 : j + 1]]
    return (min(heights), max(heights))


def lines_blocking(
    lines: list[tuple[np.ndarray, np.ndarray, float]], left: float, right: float
) -> list[tuple[float, float]]:
    """The pixel heights the lines cover over ``[left, right]``: ``(xs, ys, pad)`` per line in
    pixels, ``pad`` the line's half width [px]."""
    out = []
    for xs, ys, pad in lines:
        lo, hi = line_span(xs, ys, left, right)
        if lo <= hi:
            out.append((lo - pad - LINE_PAD_PX, hi + pad + LINE_PAD_PX))
    return out


def free_top(
    wanted: float,
    height: float,
    low: float,
    high: float,
    blocked: list[tuple[float, float]],
) -> float | None:
    """The top nearest to ``wanted`` for a box ``height`` tall inside ``[low, high]`` that meets
    no ``blocked`` interval (with :data:`LABEL_GAP_PX` to spare); None where there is none."""
    gap = LABEL_GAP_PX
    candidates = [wanted, low, high - height]
    for a, b in blocked:
        candidates += [b + gap, a - height - gap]
    best = None
    lowest, highest = low - 1e-6, high - height + 1e-6
    for top in candidates:  # plain loops: this runs ~100 times a slider step
        if not lowest <= top <= highest:
            continue
        if best is not None and abs(top - wanted) >= abs(best - wanted):
            continue
        bottom = top + height + gap
        for a, b in blocked:
            if bottom > a and top < b + gap:
                break
        else:
            best = top
    return best


def box_blocking(box, left: float, right: float) -> tuple[float, float] | None:
    """The heights ``(top, bottom)`` of a box ``(left, top, right, bottom)`` [px] when it
    overlaps ``[left, right]`` horizontally, else None."""
    b_left, b_top, b_right, b_bottom = box
    if b_right <= left or b_left >= right:
        return None
    return (b_top, b_bottom)


def label_box(label, pixels: PlotPixels) -> tuple[float, float, float, float] | None:
    """A visible label's box ``(left, top, right, bottom)`` in its plot's pixels, else None."""
    if not label.isVisible() or not label.text():
        return None
    if isinstance(label, Label) and (box := label.box_in(pixels)) is not None:
        return box
    r = label.transform().mapRect(label.boundingRect())
    x = float(pixels.x(label.pos().x())) + r.left()
    y = float(pixels.y(label.pos().y())) + r.top()
    return (x, y, x + r.width(), y + r.height())


def put_label(label, pixels: PlotPixels, right: float, top: float) -> None:
    """Place a direct label (``chart_items.Label``) so that its text's box has its right edge
    at ``right`` and its top at ``top`` [plot pixels]."""
    label.setAnchor((1.0, 0.0))
    label.setPos(pixels.data_x(right + TEXT_MARGIN), pixels.data_y(top - TEXT_MARGIN))


def stage(label, anchor, x: float, y: float) -> None:
    """Remember where ``label`` goes if no free place is found (:func:`fall_back`) without
    moving it: a label first put at its line's end and then moved to its free place moved
    twice on every step, and Qt repainted both places (every row of a chart, not only the
    one that changed)."""
    label._staged = ((float(anchor[0]), float(anchor[1])), float(x), float(y))


def fall_back(label) -> None:
    """Put ``label`` where :func:`stage` said (nothing when nothing was staged)."""
    staged = getattr(label, "_staged", None)
    if staged is not None:
        anchor, x, y = staged
        label.setAnchor(anchor)
        label.setPos(x, y)


def set_leader(label, pixels: PlotPixels, end: tuple[float, float] | None) -> None:
    """Join ``label`` to ``end``, its line's end ``(x, y)`` [plot pixels], by a thin line in the
    label's colour when its box lies more than :data:`LEADER_AFTER_PX` away from it; hide the
    leader otherwise (and when ``end`` is None: the label sits at its line's end). The leader is
    a child of the label: shown, hidden and painted (behind the text) with it."""
    leader = getattr(label, "_leader", None)
    box = None if end is None else label_box(label, pixels)
    if box is not None:
        left, top, right, bottom = box
        near = (min(max(end[0], left), right), min(max(end[1], top), bottom))
        length = math.hypot(end[0] - near[0], end[1] - near[1])
    if box is None or length <= LEADER_AFTER_PX:
        if leader is not None and leader.isVisible():
            leader.setVisible(False)
        return
    if leader is None:
        leader = label._leader = QGraphicsLineItem(label)
        leader.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
    rgba = label.brush().color().rgba()  # a theme recolours labels: the leader follows
    if getattr(leader, "_rgba", None) != rgba:
        colour = QColor.fromRgba(rgba)
        colour.setAlpha(LEADER_ALPHA)
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)
        leader.setPen(pen)
        leader._rgba = rgba
    # the label's own coordinates: pixels from its position, before its anchor's shift
    t = label.transform()
    ox = float(pixels.x(label.pos().x())) + t.dx()
    oy = float(pixels.y(label.pos().y())) + t.dy()
    ux, uy = (end[0] - near[0]) / length, (end[1] - near[1]) / length
    g = LEADER_GAP_PX
    leader.setLine(
        near[0] + ux * g - ox, near[1] + uy * g - oy, end[0] - ux * g - ox, end[1] - uy * g - oy
    )
    if not leader.isVisible():
        leader.setVisible(True)
