"""The energy chart's stacked areas, filled from numpy (issue 10): each band is the area
between its top and the band below, as a path through the same points draws it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsScene

from wattif.gui.energy_chart import StackedBands

SIZE = 240
COLOURS = ["#E69F00", "#56B4E9", "#009E73"]
TO_PIXELS = QTransform.fromScale(SIZE / 6.0, -SIZE / 10.0).translate(-2024.5, -10.0)


YEARS = np.arange(2025.0, 2031.0)
TOPS = np.array([[1, 2, 2, 3, 3, 4], [2, 3, 4, 4, 5, 6], [3, 5, 5, 6, 8, 9]], float).T


def image(background: str = "white") -> QImage:
    out = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(QColor(background))
    return out


def pixels(img: QImage) -> np.ndarray:
    return np.frombuffer(img.constBits(), dtype=np.uint8).reshape(SIZE, SIZE, 4).copy()


def make_bands() -> StackedBands:
    bands = StackedBands(COLOURS)
    bands.set_data(YEARS, TOPS)
    bands.setTransform(TO_PIXELS)
    return bands


def render(item, background: str = "white") -> np.ndarray:
    """The item drawn alone on ``background``, as pixels (int)."""
    scene = QGraphicsScene(0, 0, SIZE, SIZE)
    scene.addItem(item)
    img = image(background)
    painter = QPainter(img)
    scene.render(painter, QRectF(0, 0, SIZE, SIZE), QRectF(0, 0, SIZE, SIZE))
    painter.end()
    scene.removeItem(item)
    return pixels(img).astype(int)


def test_bands_fill_between_their_top_and_the_band_below(qapp):
    years, tops = YEARS, TOPS
    bands = make_bands()
    a = render(bands)
    # the same areas as paths built point by point
    reference = image()
    painter = QPainter(reference)
    painter.setTransform(TO_PIXELS)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    lower = np.zeros(6)
    for i, colour in enumerate(COLOURS):
        upper = tops[:, i]
        points = [QPointF(x, y) for x, y in zip(years, upper, strict=True)]
        points += [QPointF(x, y) for x, y in zip(years[::-1], lower[::-1], strict=True)]
        path = QPainterPath()
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
        painter.setBrush(pg.mkBrush(colour))
        painter.drawPath(path)
        lower = upper
    painter.end()
    b = pixels(reference).astype(int)
    assert (a[..., :3] < 250).any(axis=2).sum() > SIZE * SIZE * 0.3  # the areas are there
    assert np.abs(a - b).max() <= 2
    # a band as thin as nothing is left out, and new tops are drawn
    bands.set_data(years, np.column_stack((tops[:, 0], tops[:, 0], tops[:, 2])))
    assert [i for i, _ in bands._polygons] == [0, 2]


def test_faded_bands_look_as_an_opacity_over_the_background(qapp):
    from wattif.gui import style

    bands = make_bands()
    opaque = render(bands, style.BACKGROUND)
    bands.set_fade(0.45)
    faded = render(bands, style.BACKGROUND)
    bands.set_fade(1.0)
    bands.setOpacity(0.45)  # what the fade stands for (Qt's slow path)
    reference = render(bands, style.BACKGROUND)
    assert np.abs(faded - opaque).max() > 60  # it did fade
    diff = np.abs(faded - reference)
    # the same but where two bands share an antialiased edge (measured: max 16, mean 0.12)
    assert np.percentile(diff, 99) <= 2
    assert diff.max() <= 32


def test_faded_bands_follow_a_new_background(qapp, monkeypatch):
    from wattif.gui import style

    bands = StackedBands(COLOURS)
    bands.set_fade(0.45)
    light = [b.color().name() for b in bands._brushes_now()]
    monkeypatch.setattr(style, "BACKGROUND", "#1E1E1E")  # a dark theme
    dark = [b.color().name() for b in bands._brushes_now()]
    assert light != dark
    assert all(
        QColor(d).lightness() < QColor(c).lightness() for c, d in zip(light, dark, strict=True)
    )


def test_comparing_fades_the_bands_and_a_theme_recolours_them(make_window, qtbot):
    from wattif.gui.compare_overlay import BAND_FADE

    w = make_window()
    bands = w.energy_chart.bands
    assert bands.fade() == 1.0
    w.model.update({"m_right_size_on": True})
    w.workspace.scenarios.keep_current("Right-size")
    w.model.update({"m_right_size_on": False})
    qtbot.waitUntil(lambda: bands.fade() == BAND_FADE, timeout=3000)
    light = [b.color().name() for b in bands._brushes_now()]
    w.theme_menu.actions["dark"].trigger()
    qtbot.wait(20)
    dark = [b.color().name() for b in bands._brushes_now()]
    assert dark != light  # mixed with the dark background and the dark theme's fills
    w.theme_menu.actions["light"].trigger()
    qtbot.wait(20)
    assert [b.color().name() for b in bands._brushes_now()] == light
    w.workspace.scenarios.set_shown(0, False)  # nothing compared: full colour again
    qtbot.waitUntil(lambda: bands.fade() == 1.0, timeout=3000)
