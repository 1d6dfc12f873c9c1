"""The energy chart's stacked areas, filled from numpy (issue 10): each band is the area
between its top and the band below, as a path through the same points draws it (on screen
filled without antialiasing under an antialiased hairline along each top)."""

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


def outlines() -> list[QPolygonF]:
    """Each band's outline in data coordinates, point by point: along its top, back along the
    band below."""
    rings = []
    lower = np.zeros(len(YEARS))
    for i in range(TOPS.shape[1]):
        upper = TOPS[:, i]
        points = [QPointF(x, y) for x, y in zip(YEARS, upper, strict=True)]
        points += [QPointF(x, y) for x, y in zip(YEARS[::-1], lower[::-1], strict=True)]
        rings.append(QPolygonF(points))
        lower = upper
    return rings


def reference_areas() -> np.ndarray:
    """The areas as antialiased paths built point by point, as pixels (int)."""
    reference = image()
    painter = QPainter(reference)
    painter.setTransform(TO_PIXELS)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    for ring, colour in zip(outlines(), COLOURS, strict=True):
        path = QPainterPath()
        path.addPolygon(ring)
        path.closeSubpath()
        painter.setBrush(pg.mkBrush(colour))
        painter.drawPath(path)
    painter.end()
    return pixels(reference).astype(int)


def near_edges(width: float = 3.0) -> np.ndarray:
    """Pixels within ``width / 2`` of a band's outline (True)."""
    mask = image("black")
    painter = QPainter(mask)
    pen = pg.mkPen("white", width=width)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setTransform(TO_PIXELS)
    for ring in outlines():
        painter.drawPolygon(ring)
    painter.end()
    return pixels(mask)[..., 0] > 0


def test_bands_fill_between_their_top_and_the_band_below(qapp):
    """On screen the areas are filled without antialiasing and each top edge is drawn over
    as an antialiased hairline (issue 10: a million instructions a slider step less): the
    same colours as the antialiased areas everywhere but within a pixel or so of an edge, and
    the edges still smooth (blended pixels between the bands, no bare stairs)."""
    years, tops = YEARS, TOPS
    bands = make_bands()
    a = render(bands)
    b = reference_areas()
    assert (a[..., :3] < 250).any(axis=2).sum() > SIZE * SIZE * 0.3  # the areas are there
    edges = near_edges()
    assert np.abs(a - b)[~edges].max() <= 2
    # smooth edges: as many blended pixels (none of the pure colours) as the antialiased
    # areas have along the tops, give or take a quarter
    pure = [np.array([*QColor(c).getRgb()[2::-1], 255]) for c in [*COLOURS, "white"]]

    def blended(img: np.ndarray) -> int:
        off = np.min([np.abs(img - p).max(axis=2) for p in pure], axis=0)
        return int(((off > 8) & edges).sum())

    assert blended(a) >= 0.75 * blended(b) > 100
    # a band as thin as nothing is left out, and new tops are drawn
    bands.set_data(years, np.column_stack((tops[:, 0], tops[:, 0], tops[:, 2])))
    assert [i for i, _ in bands._polygons] == [0, 2]
    # new heights (as many years) are drawn as a new item draws them: the polygons of the last
    # change are written in place (issue 10), the thin band's too
    moved = TOPS * 0.6
    bands.set_data(years, moved)
    fresh = StackedBands(COLOURS)
    fresh.set_data(years, moved)
    fresh.setTransform(TO_PIXELS)
    assert np.array_equal(render(bands), render(fresh))


def test_faded_bands_look_as_an_opacity_over_the_background(qapp):
    """Faded areas (other scenarios compared) are the full colours mixed with the background:
    what an opacity of the whole drawing gives over the plain background, computed here from
    the opaque pixels (an item opacity in Qt blends each fill and hairline on its own)."""
    from wattif.gui import style

    bands = make_bands()
    opaque = render(bands, style.BACKGROUND)
    bands.set_fade(0.45)
    faded = render(bands, style.BACKGROUND)
    background = np.array([*QColor(style.BACKGROUND).getRgb()[2::-1], 255])
    reference = background + 0.45 * (opaque - background)
    assert np.abs(faded - opaque).max() > 60  # it did fade
    diff = np.abs(faded - reference)
    assert diff.max() <= 2  # rounding of the mixed colours (measured: 1)


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


def test_vector_files_get_the_exact_antialiased_areas(qapp):
    """SVG and PDF (any device other than the screen or an image) get the areas as filled
    paths, no hairlines over them: recorded into a picture and played back, the pixels are
    those of the antialiased paths."""
    from PySide6.QtGui import QPicture

    bands = make_bands()
    scene = QGraphicsScene(0, 0, SIZE, SIZE)
    scene.addItem(bands)
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, QRectF(0, 0, SIZE, SIZE), QRectF(0, 0, SIZE, SIZE))
    painter.end()
    scene.removeItem(bands)
    img = image()
    painter = QPainter(img)
    picture.play(painter)
    painter.end()
    assert np.abs(pixels(img).astype(int) - reference_areas()).max() <= 2
