"""A chart title whose value changes on a slider step is drawn as plain text, not through its
text document (``gui/chart_title.py``, issue 10): it must look exactly as the document drew it,
and a text the document's box cannot hold must still be shown whole."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QAbstractSlider, QGraphicsScene

from wattif.gui import style
from wattif.gui.chart_title import ChartTitle

from .test_chart_export import svg_texts
from .test_repaint_work import settle

TITLES = [
    "Energy per query 2030: 0.258 Wh",
    "Energie je Anfrage 2035: 0,0317 Wh",
    "Wirkung der Maßnahmen — 1.234 GWh",
]


def _title(size_pt: float, text: str) -> tuple[QGraphicsScene, ChartTitle]:
    """A title as ``ChartBase`` makes it (bold, the theme's text colour), in a scene."""
    scene = QGraphicsScene()
    title = ChartTitle("", size=f"{size_pt:g}pt", bold=True, color=style.TEXT, justify="left")
    scene.addItem(title)
    font = QFont(title.item.font())
    font.setPointSizeF(size_pt)
    font.setBold(True)
    title.item.setFont(font)
    title.item.setDefaultTextColor(QColor(style.TEXT))
    title.setText(text)
    return scene, title


def _pixels(scene: QGraphicsScene) -> np.ndarray:
    image = QImage(720, 70, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 720, 70), QRectF(0, 0, 720, 70))
    painter.end()
    return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(70, -1).copy()


@pytest.mark.parametrize("size_pt", [9.0, 11.0, 15.4, 18.7])  # desk to presentation type
@pytest.mark.parametrize("text", TITLES)
def test_a_plain_title_looks_as_its_document_draws_it(qapp, size_pt, text):
    """The same text, drawn through the document and then as plain text: pixel for pixel the
    same (fails when the line is drawn a pixel aside, in another font, weight or colour)."""
    scene, title = _title(size_pt, text)
    document = _pixels(scene)
    assert (document != 255).sum() > 300, "no text drawn"
    title.item.set_plain(text)
    assert title.item.toPlainText() == text
    assert np.array_equal(_pixels(scene), document)


def test_a_new_value_is_drawn_and_a_longer_one_widens_the_title(qapp):
    """A new value of the same width is drawn in the document's box; a text that box cannot hold
    goes into the document, whose box grows with it (nothing cut off)."""
    scene, title = _title(11.0, TITLES[0])
    box = title.item.boundingRect().width()
    title.item.set_plain("Energy per query 2030: 0.317 Wh")
    assert title.item.toPlainText() == "Energy per query 2030: 0.317 Wh"
    assert title.item.boundingRect().width() == box
    fresh_scene, _fresh = _title(11.0, "Energy per query 2030: 0.317 Wh")
    assert np.array_equal(_pixels(scene), _pixels(fresh_scene))
    longer = "Energy per query 2030: 0.000317 Wh (with every measure)"
    title.item.set_plain(longer)
    assert title.item.toPlainText() == longer
    assert title.item.boundingRect().width() > box + 50


def test_the_per_query_title_follows_the_slider_on_screen_and_in_its_export(
    window, qapp, tmp_path, dialogs
):
    """In the window: after slider steps the per-query chart's title shows the new value, and an
    SVG saved then carries it as text (the plain line is drawn in exports too)."""
    window.param_views.show_all()
    slider = window.panel.rows["pue"].slider
    settle(qapp)
    first = window.per_query_chart.title.text
    for _ in range(5):
        slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        settle(qapp)
    title = window.per_query_chart.title
    assert title.text != first
    assert title.item.toPlainText() == title.text
    target = tmp_path / "per-query.svg"
    dialogs.save_paths.append(str(target))
    window.per_query_chart.exporter.act_svg.trigger()
    assert title.text in svg_texts(target)
    assert first not in svg_texts(target)
