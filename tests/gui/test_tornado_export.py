"""The tornado chart leaves the app as every other chart does: its context menu and Ctrl+C, PNG at
the size asked, SVG that shows its title and key, its numbers as CSV and on the clipboard, and
``wattif-cli charts`` writes it too (computed in the batch, without the window's worker)."""

from __future__ import annotations

import csv
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QDialog

from wattif.core import analyses, load_preset
from wattif.core.export_options import ImageSize
from wattif.core.measures import measures_off
from wattif.gui import chart_render
from wattif.gui.chart_batch import write_all_charts
from wattif.gui.chart_export_dialog import ChartImageDialog
from wattif.gui.metric_text import fmt_metric

WAIT = 30_000  # ms; the first analysis starts the worker process
SVG_NS = "{http://www.w3.org/2000/svg}"
INCH_M = 0.0254
TITLE = "What matters most: Energy per year in 2030"
HEAD = [
    "input",
    "label",
    "low",
    "high",
    "unit",
    "result_at_low [kWh]",
    "result_at_high [kWh]",
    "swing [kWh]",
    "scenario [kWh]",
]
NUMERIC = {2, 3, 5, 6, 7, 8}
"""Columns of HEAD that hold numbers."""


@pytest.fixture
def tornado(window, qtbot):
    """The tornado as the user opens it (Analysis → Tornado), with its bars drawn."""
    window.analyses.act_tornado.trigger()
    view = window.analyses.tornado
    qtbot.waitUntil(lambda: bool(view.bars()), timeout=WAIT)
    return view


def png_info(path: Path) -> tuple[int, int, float]:
    """Width, height [px] and resolution [dpi] from the PNG's own chunks."""
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", raw[16:24])
    at = raw.index(b"pHYs")
    (ppm,) = struct.unpack(">I", raw[at + 4 : at + 8])
    return width, height, ppm * INCH_M


def as_array(image: QImage) -> np.ndarray:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    buf = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return buf[:, : img.width(), 2::-1].astype(int)  # BGRA in memory -> RGB


def ink(image: QImage) -> int:
    """Pixels that are not (nearly) white: 0 for a blank image."""
    return int((np.abs(as_array(image) - 255).max(axis=2) > 40).sum())


def svg_texts(path: Path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))


def accept_png_dialog(monkeypatch, width: int, height: int, dpi: int) -> None:
    def exec_(self):
        self.set_preset("custom")
        self.width_box.setValue(width)
        self.height_box.setValue(height)
        self.dpi_box.setValue(dpi)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChartImageDialog, "exec", exec_)


def expected_rows(view) -> list[list]:
    """The table the user should get: one row per bar on screen, top first, with the input's
    name and unit as written beside its bar and the numbers of the bar."""
    rows = []
    for i, b in enumerate(view.bars()):
        name, _, low_high = view.axis_labels()[i].partition("\n")
        unit = low_high.rsplit(" ", 1)[1]  # "0.1 – 0.5 1/yr": the unit the chart writes
        rows.append([b.key, name, b.low, b.high, unit, b.at_low, b.at_high, b.swing])
    return rows


def parsed(row: list[str]) -> list:
    """A row of the copied table with its numeric cells read as numbers."""
    return [float(c) if i in NUMERIC else c for i, c in enumerate(row)]


def numbers(cells: list[str]) -> list[float]:
    return [float(c) for c in cells]


# ----------------------------------------------------------------------------- menu, Ctrl+C


# a popup menu on the offscreen platform: Qt says it can't raise it or grab the keyboard
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "does not support grabbing", "propagateSizeHints"
)
def test_right_click_on_the_tornado_offers_what_every_chart_offers(window, tornado, qtbot):
    canvas = tornado.canvas
    pos = QPoint(canvas.width() // 2, canvas.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, canvas.mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport(), event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    others = window.energy_chart.exporter.menu_actions()
    assert texts == [a.text() for a in others if a is not None]
    assert texts == [
        "Copy chart",
        "Copy data",
        "Save chart as PNG…",
        "Save chart as SVG…",
        "Export chart data as CSV…",
    ]
    menu.close()


def test_ctrl_c_copies_the_tornado_as_an_image(window, tornado, qtbot):
    canvas = tornado.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    assert canvas.exporter.focus_frame.isVisible()  # the user sees what Ctrl+C copies
    qtbot.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    image = QGuiApplication.clipboard().image()
    ratio = canvas.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(canvas.width() * ratio),
        round(canvas.height() * ratio),
    )
    assert ink(image) > image.width() * image.height() * 0.05  # bars, not an empty canvas
    assert window.statusBar().currentMessage() == "Chart copied"
    # the arrows still move the highlighted row: the exporter took only Ctrl+C
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert tornado.highlighted() == tornado.bars()[1].key


def test_copy_data_gives_one_tab_separated_row_per_bar(window, tornado):
    tornado.canvas.exporter.act_copy_data.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    head, *rows = [line.split("\t") for line in mime.text().splitlines()]
    assert head == HEAD
    assert len(rows) == len(tornado.bars()) == 10
    assert [parsed(r[:-1]) for r in rows] == expected_rows(tornado)
    base = float(rows[0][-1])
    assert tornado.scenario_text() == f"scenario {fmt_metric('energy_kwh', base)}"
    assert [r[-1] for r in rows[1:]] == [""] * 9  # the scenario's value is written once
    csv_text = bytes(mime.data("text/csv")).decode("utf-8")
    assert csv_text.startswith(",".join(HEAD))
    assert window.statusBar().currentMessage() == "Chart data copied"


def test_copied_data_follows_what_the_chart_shows(tornado, qtbot):
    tornado.count_box.setValue(4)
    tornado.canvas.exporter.act_copy_data.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + 4
    assert [line.split("\t")[0] for line in lines[1:]] == [b.key for b in tornado.bars()]


# ----------------------------------------------------------------------------- files


def test_save_png_from_the_menu_has_the_size_and_resolution_asked(
    window, tornado, tmp_path, dialogs, monkeypatch
):
    accept_png_dialog(monkeypatch, 1400, 900, 150)
    dialogs.save_paths.append(str(tmp_path / "tornado"))  # no suffix typed: .png is added
    tornado.canvas.exporter.act_png.trigger()
    target = tmp_path / "tornado.png"
    width, height, dpi = png_info(target)
    assert (width, height, round(dpi)) == (1400, 900, 150)
    assert ink(QImage(str(target))) > width * height * 0.05
    assert window.statusBar().currentMessage() == f"Saved {target}"
    assert not dialogs.messages("warning")


def test_svg_opens_and_shows_the_title_and_the_key(tornado, tmp_path, dialogs):
    target = tmp_path / "what-matters.svg"
    dialogs.save_paths.append(str(target))
    tornado.canvas.exporter.act_svg.trigger()
    texts = svg_texts(target)
    assert TITLE in texts
    assert "input at its low end" in texts and "input at its high end" in texts
    assert "Demand growth" in texts  # the bars' names are text, not a bitmap
    assert not list(ET.parse(target).getroot().iter(f"{SVG_NS}image"))
    renderer = QSvgRenderer(QByteArray(target.read_bytes()))
    assert renderer.isValid()
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert ink(image) > 800 * 600 * 0.05


def test_csv_round_trips_the_numbers_the_chart_shows(tornado, tmp_path, dialogs):
    target = tmp_path / "tornado.csv"
    dialogs.save_paths.append(str(target))
    tornado.canvas.exporter.act_csv.trigger()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with the mark
    with open(target, encoding="utf-8-sig", newline="") as fh:
        head, *rows = list(csv.reader(fh))
    assert head == HEAD
    bars = tornado.bars()
    assert [r[0] for r in rows] == [b.key for b in bars]
    for col, field in ((2, "low"), (3, "high"), (5, "at_low"), (6, "at_high"), (7, "swing")):
        assert numbers([r[col] for r in rows]) == [getattr(b, field) for b in bars], field
    assert float(rows[0][8]) == tornado._tornado.base


def test_export_leaves_the_tornado_on_screen_as_it_was(tornado):
    canvas = tornado.canvas
    before, size = as_array(canvas.grab().toImage()), canvas.size()
    plot = tornado.plot.geometry()
    chart_render.render_image(canvas, ImageSize(1920, 1080, 144))
    assert canvas.size() == size and tornado.plot.geometry() == plot
    assert not canvas.title.isVisible() and not canvas.key.isVisible()  # the dock names it
    assert (np.abs(as_array(canvas.grab().toImage()) - before).max(axis=2) > 40).sum() == 0


# ----------------------------------------------------------------------------- batch


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_the_batch_writes_the_tornado_without_a_worker(qapp, tmp_path, fmt, monkeypatch):
    from wattif.gui import analysis_service

    def no_worker(*args, **kwargs):
        raise AssertionError("the batch started the analysis worker")

    monkeypatch.setattr(analysis_service.AnalysisService, "request", no_worker)
    scenario = load_preset().replace({"demand_growth": 0.3})
    size = ImageSize(1000, 700, 120)
    written = write_all_charts(scenario, measures_off(scenario), tmp_path, fmt, size)
    target = tmp_path / f"tornado.{fmt}"
    assert target in written and len(written) == 7
    if fmt == "png":
        assert png_info(target)[:2] == (1000, 700)
        assert ink(QImage(str(target))) > 1000 * 700 * 0.05
    else:
        texts = svg_texts(target)
        assert TITLE in texts
        base = analyses.tornado(scenario, "energy_kwh").base
        assert f"scenario\xa0{fmt_metric('energy_kwh', base)}".replace(" ", "\xa0") in texts


def test_file_export_charts_takes_the_tornado_along_once_it_is_shown(
    window, tornado, tmp_path, monkeypatch
):
    """File → Export charts… writes the tornado beside the six charts when the user has it
    open (its title in the SVG); before it was ever shown there is nothing of it to write."""
    from PySide6.QtWidgets import QFileDialog

    from .test_chart_export import accept_dialog

    accept_dialog(monkeypatch, "custom", "svg", custom=(1000, 600, 96))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    window.act_export_charts.trigger()
    files = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert "tornado.svg" in files and len(files) == len(window.charts) + 1
    assert "What matters most" in svg_texts(tmp_path / "tornado.svg")
