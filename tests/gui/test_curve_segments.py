"""A wide line on screen is drawn as its segments in device pixels (issue 10: Qt strokes a wide
antialiased polyline through its general path filler, ~2.5x slower); it must look like the
path it replaces, and vector exports keep the path."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from wattif.gui.chart_items import Curve

SIZE = 300


def scene_with(curve: Curve) -> QGraphicsScene:
    scene = QGraphicsScene(0, 0, SIZE, SIZE)
    curve.setTransform(curve.transform().fromScale(SIZE / 6.0, -SIZE / 3.0).translate(0, -3.0))
    scene.addItem(curve)
    return scene


def render(scene: QGraphicsScene, ratio: int = 1) -> np.ndarray:
    """``ratio``: device pixels per pixel (a sharp screen, a PNG export above 96 dpi)."""
    side = SIZE * ratio
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, SIZE, SIZE), QRectF(0, 0, SIZE, SIZE))
    painter.end()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(side, side, 4)
    return raw[..., :3].astype(int)


def make_curve(style=Qt.PenStyle.SolidLine, width=2.5) -> Curve:
    curve = Curve(pen=pg.mkPen("#0072B2", width=width, style=style))
    curve.setData(np.arange(0.5, 6.0, 1.0), np.array([0.4, 1.1, 0.9, 2.2, 2.0, 2.8]))
    return curve


def ink(image: np.ndarray) -> np.ndarray:
    """How dark each pixel is, 0 (white) to 1."""
    return 1.0 - image.mean(axis=2) / 255.0


def dilate(mask: np.ndarray, px: int) -> np.ndarray:
    out = mask.copy()
    for dy in range(-px, px + 1):
        for dx in range(-px, px + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


def as_path(monkeypatch) -> None:
    monkeypatch.setattr(Curve, "_as_segments", lambda self, painter: False)


@pytest.mark.parametrize("width", [2.0, 2.5, 3.0])
def test_segments_look_like_the_path(qapp, width, monkeypatch):
    curve = make_curve(width=width)
    scene = scene_with(curve)
    segments = ink(render(scene))
    assert curve._pen_checked[1]  # the segments were drawn
    as_path(monkeypatch)
    curve.update()
    path = ink(render(scene))
    assert (path > 0.1).sum() > 2 * SIZE  # a line some px wide across the image was drawn
    # where the line is: on the path's footprint (within a pixel), nowhere else, and along all
    # of it (a review measured no pixel apart for solid pens)
    assert not ((segments > 0.1) & ~dilate(path > 0.1, 1)).any()
    assert not ((path > 0.1) & ~dilate(segments > 0.1, 1)).any()
    assert segments.sum() == pytest.approx(path.sum(), rel=0.02)


def test_segments_on_a_sharp_device_sit_where_the_path_does(qapp, monkeypatch):
    """On a device with two device pixels per pixel (a Retina screen, a PNG export at 192 dpi)
    the segments are drawn where the path is, not at twice their place: the painter's
    combined transform includes the device's pixel ratio, which Qt applies once more after
    the segments reset the transform (found exporting the energy chart at 192 dpi: its total
    and baseline lines were gone, a stray line crossed the chart)."""
    curve = make_curve()
    scene = scene_with(curve)
    segments = ink(render(scene, ratio=2))
    assert curve._pen_checked[1]  # the segments were drawn
    as_path(monkeypatch)
    curve.update()
    path = ink(render(scene, ratio=2))
    assert (path > 0.1).sum() > 4 * SIZE
    assert not ((segments > 0.1) & ~dilate(path > 0.1, 1)).any()
    assert not ((path > 0.1) & ~dilate(segments > 0.1, 1)).any()
    assert segments.sum() == pytest.approx(path.sum(), rel=0.02)


@pytest.mark.parametrize("points", [6, 26])
def test_dashed_segments_keep_the_paths_rhythm(qapp, points, monkeypatch):
    curve = Curve(pen=pg.mkPen("#555555", width=2.5, style=Qt.PenStyle.DashLine))
    xs = np.linspace(0.5, 5.5, points)
    curve.setData(xs, 1.5 + np.sin(xs * 2.3))
    scene = scene_with(curve)
    segments = ink(render(scene))
    assert curve._pen_checked[1]
    as_path(monkeypatch)
    curve.update()
    path = ink(render(scene))
    assert (path > 0.1).sum() > SIZE  # dashes were drawn
    # the dashes where the path has them: measured 3 pixels apart of ~2,000 inked; a pattern
    # restarting at each point put 400-460 elsewhere
    assert (np.abs(segments - path) > 0.3).sum() <= 0.01 * (path > 0.1).sum()


def test_a_moved_line_is_drawn_where_it_now_is(qapp):
    curve = make_curve()
    scene = scene_with(curve)
    before = render(scene)
    curve.setData(np.arange(0.5, 6.0, 1.0), np.full(6, 2.5))  # a flat line near the top
    after = render(scene)
    assert not np.array_equal(before, after)
    rows = np.where((after.sum(axis=2) < 600).any(axis=1))[0]
    assert rows.max() < SIZE * 0.3  # only the top of the image is inked


@pytest.mark.parametrize(
    "pen",
    [
        pg.mkPen(QColor(0, 114, 178, 120), width=2.5),  # caps would overlap darker at the points
        pg.mkPen("#0072B2", width=1),  # a hairline gains nothing
    ],
    ids=["translucent", "hairline"],
)
def test_other_pens_draw_the_path(qapp, pen, monkeypatch):
    curve = Curve(pen=pen)
    curve.setData(np.arange(0.5, 6.0, 1.0), np.array([0.4, 1.1, 0.9, 2.2, 2.0, 2.8]))
    scene = scene_with(curve)
    drawn = render(scene)
    assert curve._pen_checked[1] is False
    as_path(monkeypatch)
    curve.update()
    assert np.array_equal(drawn, render(scene))  # exactly what the path draws


def test_vector_exports_get_the_path(qapp):
    curve = make_curve()
    scene = scene_with(curve)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(scene.sceneRect().size().toSize())
    painter = QPainter(svg)
    scene.render(painter)
    painter.end()
    text = bytes(data).decode()
    assert "<path" in text or "<polyline" in text
    assert text.count("<line") == 0  # not five separate segments


def test_pairs_draw_separate_segments_and_gaps_draw_nothing(qapp):
    pairs = Curve(pen=pg.mkPen("#0072B2", width=2.5), connect="pairs")
    # two vertical stems (x 1 and 4) and a pair with a missing end, which is left out
    pairs.setData([1.0, 1.0, 4.0, 4.0, 5.0, 5.0], [0.5, 2.5, 0.5, 1.5, 0.5, np.nan])
    assert pairs.path().elementCount() == 4  # moveTo/lineTo per stem
    image = ink(render(scene_with(pairs)))
    columns = np.where((image > 0.1).any(axis=0))[0]
    assert columns.min() > SIZE / 6 * 0.8 and columns.max() < SIZE / 6 * 4.2  # nothing at x 5
    assert not (image[:, int(SIZE / 6 * 2) : int(SIZE / 6 * 3.5)] > 0.1).any()  # not joined
    line = Curve(pen=pg.mkPen("#0072B2", width=2.5))
    line.setData([1.0, 2.0, 3.0], [1.0, np.inf, 2.0])
    assert line.path().isEmpty() and line.dataBounds(0) is None
    assert not (ink(render(scene_with(line))) > 0.1).any()
