"""Charts out of the app as a user gets them: PNG files of the size and resolution asked, SVG
that opens and shows the chart, CSV with the chart's numbers, the clipboard, the context menu,
File → Export charts… / Export results as CSV…, and clear messages when a file can't be
written."""

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
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from wattif.core import WattIfError
from wattif.core.export_options import PRINT_DPI, SCREEN_DPI, SLIDE_DPI, SLIDE_SIZE, ImageSize
from wattif.gui import chart_render
from wattif.gui.chart_export import ChartExporter
from wattif.gui.chart_export_dialog import ChartImageDialog
from wattif.gui.chart_render import column_header, file_stem, series_table

SVG_NS = "{http://www.w3.org/2000/svg}"
INCH_M = 0.0254


def png_info(path: Path) -> tuple[int, int, float, float]:
    """Width, height [px] and resolution x, y [dpi] read from the PNG's own chunks."""
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, width, height, dpi = 8, None, None, (None, None)
    while pos < len(raw):
        (length,) = struct.unpack(">I", raw[pos : pos + 4])
        kind = raw[pos + 4 : pos + 8]
        body = raw[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"pHYs":
            ppm_x, ppm_y, unit = struct.unpack(">IIB", body)
            assert unit == 1, "resolution not in pixels per metre"
            dpi = (ppm_x * INCH_M, ppm_y * INCH_M)
        pos += 12 + length
    return width, height, dpi[0], dpi[1]


def ink(image: QImage, background: QColor | None = None) -> int:
    """How many pixels differ from the background (white): 0 for a blank image."""
    a = as_array(image)
    bg = np.array((background or QColor("white")).getRgb()[:3])
    return int((np.abs(a - bg).max(axis=2) > 40).sum())


def as_array(image: QImage) -> np.ndarray:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    buf = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return buf[:, : img.width(), 2::-1].astype(int)  # BGRA in memory -> RGB


def svg_texts(path: Path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))


def render_svg(path: Path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


# ----------------------------------------------------------------------------- PNG


@pytest.mark.parametrize(
    ("width", "height", "dpi"),
    [(*SLIDE_SIZE, SLIDE_DPI), (1500, 1000, PRINT_DPI), (640, 400, SCREEN_DPI)],
)
def test_png_has_the_pixels_and_resolution_asked(window, tmp_path, width, height, dpi):
    chart = window.energy_chart
    target = tmp_path / "energy.png"
    chart_render.save_png(chart, target, ImageSize(width, height, dpi))
    w, h, dpi_x, dpi_y = png_info(target)
    assert (w, h) == (width, height)
    assert round(dpi_x) == dpi and round(dpi_y) == dpi
    assert ink(QImage(str(target))) > width * height * 0.05  # a chart, not an empty canvas


def test_a_higher_resolution_draws_the_same_chart_with_larger_text(window, tmp_path):
    """Same pixels at 96 and 192 dpi: at 192 the chart is laid out at half the size, so its
    title takes twice the height."""
    chart = window.per_query_chart
    heights = []
    for dpi in (SCREEN_DPI, 2 * SCREEN_DPI):
        image = chart_render.render_image(chart, ImageSize(1200, 800, dpi))
        inked = (np.abs(as_array(image) - 255).max(axis=2) > 40).any(axis=1)
        top = int(np.argmax(inked))  # the title's first row of ink
        heights.append(int(np.argmin(inked[top:])))  # its rows down to the first blank one
    assert heights[1] == pytest.approx(2 * heights[0], rel=0.25)


def test_export_leaves_the_chart_on_screen_unchanged(window):
    chart = window.fleet_chart
    before, size = as_array(chart.grab().toImage()), chart.size()
    chart_render.render_image(chart, ImageSize(1920, 1080, SLIDE_DPI))
    assert chart.size() == size
    assert (np.abs(as_array(chart.grab().toImage()) - before).max(axis=2) > 40).sum() == 0


def test_current_size_export_is_what_the_screen_shows(window):
    chart = window.energy_chart
    screen = as_array(chart.grab().toImage())
    exported = as_array(chart_render.render_image(chart, chart_render.screen_size(chart)))
    assert exported.shape == screen.shape
    assert (np.abs(exported - screen).max(axis=2) > 40).mean() < 0.001


# ----------------------------------------------------------------------------- SVG


def test_every_chart_as_svg_parses_names_its_title_and_shows_the_chart(window, tmp_path):
    size = ImageSize(960, 600, SCREEN_DPI)
    for chart in window.charts:
        svg = tmp_path / f"{file_stem(chart)}.svg"
        png = tmp_path / f"{file_stem(chart)}.png"
        chart_render.save_svg(chart, svg, size)
        chart_render.save_png(chart, png, size)
        title = chart.title.text
        assert title and title in svg_texts(svg), chart.objectName()
        drawn = render_svg(svg, size.width, size.height)
        assert ink(drawn) > 0.8 * ink(QImage(str(png))), chart.objectName()  # not blank
        # the SVG shows the same chart as the PNG (text rasterises a little differently)
        differ = np.abs(as_array(drawn) - as_array(QImage(str(png)))).max(axis=2) > 96
        assert differ.mean() < 0.03, (chart.objectName(), differ.mean())


def test_svg_is_vector_text_not_a_bitmap(window, tmp_path):
    target = tmp_path / "energy.svg"
    chart_render.save_svg(window.energy_chart, target, ImageSize(800, 500))
    root = ET.parse(target).getroot()
    assert not list(root.iter(f"{SVG_NS}image"))
    assert "2030" in svg_texts(target)  # tick labels are text too


# ----------------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize(
    "name", ["energy", "per_query", "published", "fleet", "environment", "waterfall"]
)
def test_chart_csv_round_trips_the_numbers_drawn(window, tmp_path, name):
    chart = getattr(window, f"{name}_chart")
    target = tmp_path / f"{name}.csv"
    chart_render.save_csv(chart, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with the mark
    head, *rows = read_csv(target)
    series = chart.series()
    assert series
    for key, values in series.items():
        label = {"years": "year", "components": "component", "names": "step"}.get(
            key, column_header(key)
        )
        col = head.index(label)
        cells = [r[col] for r in rows][: len(np.atleast_1d(values))]
        arr = np.atleast_1d(values)
        if arr.dtype.kind in "fiu":
            np.testing.assert_array_equal(np.array(cells, dtype=float), arr.astype(float))
        else:
            assert cells == [str(v) for v in arr]


def test_csv_headers_carry_units_and_rows_are_years(window, tmp_path):
    head, rows = series_table(window.energy_chart.series())
    assert head[0] == "year"
    assert "total [kWh]" in head and "baseline_total [kWh]" in head
    years = window.model.results.years
    assert [r[0] for r in rows] == [int(y) for y in years]
    head, rows = series_table(window.fleet_chart.series())
    assert "power [MW]" in head and "accelerators" in head
    head, _ = series_table(window.environment_chart.series())
    assert {"co2e [t CO2e]", "water [m3]", "cost [EUR]"} <= set(head)


def test_hidden_chart_exports_the_current_scenario(window, tmp_path):
    """A chart hidden (presentation mode shows only some) skips updates; its export catches up."""
    chart = window.fleet_chart
    chart.hide()
    key = "demand_growth"
    window.model.update({key: window.model.scenario[key] * 2})
    head, *rows = list(csv.reader(chart_render.chart_csv(chart).splitlines()))
    col = head.index("accelerators")
    expected = window.model.results.accelerators
    np.testing.assert_array_equal([float(r[col]) for r in rows], expected)


# ----------------------------------------------------------------------------- clipboard


def test_ctrl_c_on_a_focused_chart_copies_it_as_an_image(window, qtbot):
    chart = window.per_query_chart
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable from the keyboard
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    assert chart.exporter.focus_frame.isVisible()  # the user sees which chart is focused
    qtbot.keyClick(chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    image = QGuiApplication.clipboard().image()
    ratio = chart.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(chart.width() * ratio),
        round(chart.height() * ratio),
    )
    assert ink(image) > 1000
    assert "copied" in window.statusBar().currentMessage()


def test_copy_data_puts_tab_separated_text_and_csv_on_the_clipboard(window):
    chart = window.energy_chart
    chart.exporter.act_copy_data.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[0] == "year"
    assert len(lines) == 1 + len(window.model.results.years)
    total = float(lines[1].split("\t")[lines[0].split("\t").index("total [kWh]")])
    assert total == chart.series()["total_kwh"][0]
    assert "text/csv" in mime.formats()
    assert bytes(mime.data("text/csv")).decode("utf-8").startswith("year,")


def test_copied_data_in_german_uses_the_decimal_comma(make_window):
    w = make_window(lang="de")
    w.per_query_chart.exporter.act_copy_data.trigger()
    text = QGuiApplication.clipboard().text()
    first = text.splitlines()[1].split("\t")
    assert "," in first[1] and "." not in first[1]  # 0,197…: a German spreadsheet's number


# ----------------------------------------------------------------------------- context menu


# a popup menu on the offscreen platform: Qt says it can't raise it or grab the keyboard
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "does not support grabbing", "propagateSizeHints"
)
def test_right_click_opens_the_export_menu(window, qtbot):
    chart = window.published_chart
    pos = QPoint(chart.width() // 2, chart.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart.viewport(), event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Copy chart",
        "Copy data",
        "Save chart as PNG…",
        "Save chart as SVG…",
        "Export chart data as CSV…",
    ]
    menu.close()


def test_every_chart_has_the_menu(window):
    for chart in window.charts:
        assert isinstance(chart.exporter, ChartExporter)
        assert chart.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        assert len([a for a in chart.exporter.menu_actions() if a is not None]) == 5


def accept_dialog(monkeypatch, preset: str, fmt: str = "png", custom=None):
    def exec_(self):
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))
        self.set_preset(preset)
        if custom:
            self.width_box.setValue(custom[0])
            self.height_box.setValue(custom[1])
            self.dpi_box.setValue(custom[2])
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChartImageDialog, "exec", exec_)


def test_save_chart_as_png_from_the_menu(window, tmp_path, dialogs, monkeypatch):
    accept_dialog(monkeypatch, "slide")
    target = tmp_path / "slide"  # no suffix typed: .png is added
    dialogs.save_paths.append(str(target))
    window.energy_chart.exporter.act_png.trigger()
    assert png_info(tmp_path / "slide.png")[:2] == SLIDE_SIZE
    assert "Saved" in window.statusBar().currentMessage()
    assert window.settings.value("export/preset") == "slide"  # remembered


def test_save_chart_as_svg_from_the_menu(window, tmp_path, dialogs):
    target = tmp_path / "per-query.svg"
    dialogs.save_paths.append(str(target))
    window.per_query_chart.exporter.act_svg.trigger()
    assert window.per_query_chart.title.text in svg_texts(target)
    assert not dialogs.messages("warning")


def test_save_errors_name_the_problem_in_one_line(window, tmp_path, dialogs):
    missing = tmp_path / "no-such-folder" / "chart.svg"
    dialogs.save_paths.append(str(missing))
    window.energy_chart.exporter.act_svg.trigger()
    readonly = tmp_path / "old.csv"
    readonly.write_text("x")
    readonly.chmod(0o444)
    dialogs.save_paths.append(str(readonly))
    window.energy_chart.exporter.act_csv.trigger()
    messages = dialogs.messages("warning")
    assert len(messages) == 2
    assert "does not exist" in messages[0] and "could not be written" not in messages[0]
    assert "read-only" in messages[1]
    assert all("\n" not in m for m in messages)
    assert readonly.read_text() == "x"


# ----------------------------------------------------------------------------- PNG dialog


def test_png_dialog_presets_and_custom_size(window):
    chart = window.energy_chart
    dialog = ChartImageDialog(window, window.settings, [chart])
    dialog.set_preset("slide")
    assert dialog.size_for(chart) == ImageSize(*SLIDE_SIZE, SLIDE_DPI)
    dialog.set_preset("print")
    size = dialog.size_for(chart)
    assert size.dpi == PRINT_DPI and size.layout_size[0] == pytest.approx(chart.width(), abs=1)
    dialog.set_preset("current")
    assert dialog.size_for(chart) == ImageSize(chart.width(), chart.height(), SCREEN_DPI)
    dialog.width_box.setValue(1000)  # typing a number makes it a custom size
    assert dialog.preset() == "custom"
    assert dialog.size_for(chart).width == 1000
    assert "cm" in dialog.info.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.width_box.setValue(100)
    dialog.height_box.setValue(100)
    dialog.dpi_box.setValue(1200)  # 100 px at 1200 dpi: 8 px to lay a chart out in
    assert not ok.isEnabled() and "larger size or a lower resolution" in dialog.info.text()
    dialog.width_box.setValue(200)
    dialog.height_box.setValue(200)
    dialog.dpi_box.setValue(96)
    assert ok.isEnabled()
    dialog.close()


def test_png_dialog_remembers_the_custom_size(window):
    dialog = ChartImageDialog(window, window.settings, [window.energy_chart])
    dialog.set_preset("custom")
    dialog.width_box.setValue(1234)
    dialog.dpi_box.setValue(200)
    dialog.accept()
    again = ChartImageDialog(window, window.settings, [window.energy_chart])
    assert again.preset() == "custom"
    assert again.custom_size().width == 1234 and again.custom_size().dpi == 200
    again.close()


# ----------------------------------------------------------------------------- File menu


def test_file_menu_has_the_export_actions(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export &charts…" in texts and "Export res&ults as CSV…" in texts
    assert not any("PNG" in t for t in texts)


def test_export_charts_writes_every_chart_to_a_folder(window, tmp_path, dialogs, monkeypatch):
    accept_dialog(monkeypatch, "custom", "svg", custom=(1000, 600, 96))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    window.act_export_charts.trigger()
    files = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert files == sorted(f"{file_stem(c)}.svg" for c in window.charts)
    assert len(files) == 6
    for chart in window.charts:
        assert chart.title.text in svg_texts(tmp_path / f"{file_stem(chart)}.svg")
    assert "6" in window.statusBar().currentMessage()

    # again: asks before replacing; No keeps the files
    before = (tmp_path / "energy.svg").stat().st_mtime_ns
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.act_export_charts.trigger()
    assert any("Replace 6" in m for m in dialogs.messages("question"))
    assert (tmp_path / "energy.svg").stat().st_mtime_ns == before


def test_export_charts_as_png_at_each_charts_print_size(window, tmp_path, monkeypatch):
    accept_dialog(monkeypatch, "print", "png")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    window.act_export_charts.trigger()
    for chart in window.charts:
        w, h, dpi, _ = png_info(tmp_path / f"{file_stem(chart)}.png")
        assert round(dpi) == PRINT_DPI
        assert (w, h) == (round(chart.width() * 300 / 96), round(chart.height() * 300 / 96))


def test_export_charts_to_an_unusable_folder_says_why(window, tmp_path, dialogs, monkeypatch):
    accept_dialog(monkeypatch, "slide", "png")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(blocker / "sub"))
    )
    window.act_export_charts.trigger()
    (message,) = dialogs.messages("warning")
    assert message.startswith("The charts were not exported:") and "\n" not in message


def test_export_results_as_csv(window, tmp_path, dialogs):
    target = tmp_path / "results.csv"
    dialogs.save_paths.append(str(target))
    window.act_results_csv.trigger()
    head, *rows = read_csv(target)
    r = window.model.results
    assert head[0] == "year" and "energy_total [kWh]" in head
    assert [int(row[0]) for row in rows] == [int(y) for y in r.years]
    col = head.index("energy_total [kWh]")
    np.testing.assert_array_equal([float(row[col]) for row in rows], r.energy_total_kwh)


def test_export_results_error_is_one_line(window, tmp_path, dialogs):
    dialogs.save_paths.append(str(tmp_path / "missing" / "results.csv"))
    window.act_results_csv.trigger()
    (message,) = dialogs.messages("warning")
    assert "does not exist" in message and "\n" not in message


def test_bad_sizes_are_refused_with_a_reason(window, tmp_path):
    for size, reason in (
        (ImageSize(10, 500), "outside"),
        (ImageSize(500, 500, 5000), "dpi"),
        (ImageSize(200, 200, 2000), "lay out"),
    ):
        with pytest.raises(WattIfError, match=reason):
            chart_render.save_png(window.energy_chart, tmp_path / "x.png", size)
    assert not (tmp_path / "x.png").exists()
