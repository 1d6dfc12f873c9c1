"""Drawing and serialising a chart: PNG at a chosen size and resolution, SVG, the chart's data
as CSV and tab-separated text, and the clipboard data made from them.

How a chart is drawn into a file: it is laid out at ``pixels × 96 / dpi`` logical pixels (the
same layout code as on screen: ticks thin out, labels keep their places) and painted into an
image whose device pixel ratio is ``dpi / 96``, as on a high-resolution screen — text, markers
and pen widths scale with it, so a 300 dpi print is the on-screen chart, sharper. SVG is painted
with Qt's own ``QSvgGenerator`` (pyqtgraph's SVG exporter breaks on Qt ≥ 6.11, see
docs/stack-notes). During a render item caches are off, so SVG gets text and paths, not bitmaps.

A chart here is any pyqtgraph ``GraphicsView`` with a ``title`` label item and a ``series()``
method (every ``ChartBase``, the tornado's ``TornadoCanvas``). A chart whose title or key is
outside it on screen draws them into the file through an ``export_extras()`` context manager,
entered for each render. Files are written with the core's atomic writer; every problem
comes back as one :class:`~wattif.core.WattIfError` line naming it. The menus, dialogs and
Ctrl+C that use these are in :mod:`gui.chart_export`.
"""

from __future__ import annotations

import math
import re
from contextlib import ExitStack, contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QGraphicsWidget, QWidget

from wattif.core import WattIfError
from wattif.core.export_options import SCREEN_DPI, ImageSize
from wattif.core.fileio import atomic_write_bytes
from wattif.core.results_table import table_text, write_csv

from .formatting import locale_for

INCH_M = 0.0254
"""Metres per inch: PNG stores its resolution in pixels per metre."""

FILE_STEMS = {
    "energyChart": "energy",
    "perQueryChart": "per-query",
    "publishedChart": "published",
    "fleetChart": "fleet",
    "environmentChart": "environment",
    "waterfallChart": "savings",
    "tornadoCanvas": "tornado",
}
"""File names of the charts (stable, English: a report's links keep working in any language)."""

UNIT_SUFFIXES = (
    ("_kwh", "kWh"),
    ("_wh", "Wh"),
    ("_mw", "MW"),
    ("_t", "t CO2e"),
    ("_m3", "m3"),
    ("_eur", "EUR"),
)
"""Units of a chart's series, from the suffix of its name (``total_kwh`` → kWh); a series
without one is a count."""
INDEX_COLUMNS = {"years": "year", "components": "component", "names": "step"}
"""A series that names the rows (the years of a yearly chart, the bars of a bar chart)."""


# ----------------------------------------------------------------------------- data


def file_stem(chart: QWidget) -> str:
    """The chart's file name without extension: ``energy``, ``per-query`` …"""
    name = chart.objectName()
    if name in FILE_STEMS:
        return FILE_STEMS[name]
    slug = re.sub(r"(?<!^)(?=[A-Z])", "-", name.removesuffix("Chart")).lower()
    return re.sub(r"[^a-z0-9-]+", "", slug) or "chart"


def chart_title(chart: QWidget) -> str:
    """The title shown above the chart (plain text)."""
    title = getattr(chart, "title", None)
    return str(getattr(title, "text", "") or chart.objectName())


def column_header(name: str) -> str:
    """``total_kwh`` → ``total [kWh]``; ``accelerators`` → ``accelerators`` (a count)."""
    for suffix, unit in UNIT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{name[: -len(suffix)]} [{unit}]"
    return name


def series_table(series: dict[str, np.ndarray]) -> tuple[list[str], list[list]]:
    """A chart's ``series()`` as a table: the naming series (years, components, steps) first,
    then one column per series with its unit in the header, one row per year or category.

    Series of different lengths (a chart with a few single values beside a list) share the
    rows; shorter ones leave their cells empty.
    """
    names = list(series)
    index = [n for n in names if n in INDEX_COLUMNS][:1]
    ordered = index + [n for n in names if n not in index]
    arrays = [np.atleast_1d(np.asarray(series[n])) for n in ordered]
    head = [INDEX_COLUMNS.get(n) or column_header(n) for n in ordered]
    length = max((len(a) for a in arrays), default=0)
    rows = []
    for i in range(length):
        row = []
        for name, arr in zip(ordered, arrays, strict=True):
            if i >= len(arr):
                row.append("")
            elif name == "years" or arr.dtype.kind in "iu":
                row.append(int(arr[i]))
            elif arr.dtype.kind == "f":
                row.append(float(arr[i]))
            else:
                row.append(str(arr[i]))
        rows.append(row)
    return head, rows


def chart_csv(chart: QWidget) -> str:
    """The chart's data as CSV (``.`` decimal mark, ``,`` between cells: a file for any program)."""
    ensure_drawn(chart)
    return table_text(*series_table(chart.series()))


def chart_tsv(chart: QWidget, lang: str = "en") -> str:
    """The chart's data as tab-separated text with the language's decimal mark (pasted into a
    spreadsheet of that language, numbers stay numbers)."""
    ensure_drawn(chart)
    decimal = locale_for(lang).decimalPoint()
    return table_text(*series_table(chart.series()), delimiter="\t", decimal=decimal)


def ensure_drawn(chart: QWidget) -> None:
    """Bring a chart that skipped updates while hidden up to date (ChartBase's catch-up)."""
    catch_up = getattr(chart, "ensure_drawn", None)
    if callable(catch_up):
        catch_up()


# ----------------------------------------------------------------------------- drawing


@contextmanager
def laid_out(view: QGraphicsView, layout_size: tuple[int, int]):
    """``view`` laid out at ``layout_size`` [logical px] with item caches off and its
    ``export_extras()`` (if it has them) in place, for one render; its size, limits, caches and
    items are restored afterwards (the window never shows the change: no event is processed in
    between)."""
    ensure_drawn(view)
    extras = ExitStack()
    old_size, old_min, old_max = view.size(), view.minimumSize(), view.maximumSize()
    items = view.scene().items()
    caches = [(item, item.cacheMode()) for item in items]
    for item, _ in caches:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def resize(size: QSize) -> None:
        before = view.size()
        view.resize(size)
        if not view.isVisible() and before != size:
            # a hidden widget gets its resize event only when shown: the layout needs it now
            from PySide6.QtGui import QResizeEvent

            QCoreApplication.sendEvent(view, QResizeEvent(size, before))

    try:
        add_extras = getattr(view, "export_extras", None)
        if callable(add_extras):
            extras.enter_context(add_extras())
        if not QSize(*layout_size).expandedTo(old_min).boundedTo(old_max) == QSize(*layout_size):
            view.setMinimumSize(1, 1)  # the parent's layout re-applies its sizes later, not now
            view.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        resize(QSize(*layout_size))
        target = QRectF(0.0, 0.0, float(layout_size[0]), float(layout_size[1]))
        _settle(view, target)
        yield target
    finally:
        extras.close()  # before the size is restored: the layout then fits the screen again
        resize(old_size)
        view.setMinimumSize(old_min)
        view.setMaximumSize(old_max)
        for item, mode in caches:
            item.setCacheMode(mode)
        _lay_out_scene(view)


def _lay_out_scene(view: QGraphicsView) -> None:
    """Run the chart's pending layout passes now (only the chart's: a pass of the window's
    layout would put the chart back to its size in the window before it is drawn)."""
    for item in view.scene().items():
        if isinstance(item, QGraphicsWidget):
            QCoreApplication.sendPostedEvents(item, QEvent.Type.LayoutRequest)


SETTLE_PASSES = 4
"""Most draw-and-relayout rounds before a render: pyqtgraph's axes measure their tick labels
while drawing and then ask for more room, which the layout grants on its next pass (on screen
the second frame is right; a file gets only one)."""


def _geometry(view: QGraphicsView) -> list[tuple[float, float, float, float]]:
    return [
        item.geometry().getRect()
        for item in view.scene().items()
        if isinstance(item, QGraphicsWidget)
    ]


def _settle(view: QGraphicsView, target: QRectF) -> None:
    """Draw (to a scratch image) and lay out until the layout stops changing."""
    scratch = QImage(
        max(1, math.ceil(target.width())),
        max(1, math.ceil(target.height())),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    last = None
    for _ in range(SETTLE_PASSES):
        _lay_out_scene(view)
        now = _geometry(view)
        if now == last:
            return
        last = now
        painter = QPainter(scratch)
        try:
            _paint(view, painter, target)
        finally:
            painter.end()


QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's largest widget size (QWIDGETSIZE_MAX in qwidget.h)."""


def _background(view: QGraphicsView) -> QColor:
    brush = view.backgroundBrush()
    if brush.style() == Qt.BrushStyle.NoBrush:
        return view.palette().color(QPalette.ColorRole.Base)
    return brush.color()


def _paint(view: QGraphicsView, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    view.render(painter, target, view.viewport().rect())


def render_image(view: QGraphicsView, size: ImageSize) -> QImage:
    """The chart as an image of exactly ``size.width`` × ``size.height`` pixels with its
    resolution (``size.dpi``) set, laid out at ``size.layout_size``."""
    image = QImage(size.width, size.height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise WattIfError(
            f"not enough memory for a {size.width}x{size.height} px image; choose a smaller size"
        )
    image.fill(_background(view))
    image.setDevicePixelRatio(size.scale)
    with laid_out(view, size.layout_size) as target:
        painter = QPainter(image)
        try:
            _paint(view, painter, target)
        finally:
            painter.end()
    image.setDevicePixelRatio(1.0)
    # set after painting: Qt sizes fonts in points by the device's resolution
    dpm = round(size.dpi / INCH_M)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (its resolution goes into the file's pHYs chunk)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise WattIfError("the chart could not be encoded as PNG")
    return bytes(data.data())


def svg_bytes(view: QGraphicsView, size: ImageSize, description: str = "") -> bytes:
    """The chart as SVG, laid out as the PNG of the same ``size`` would be; its printed size is
    ``size.inches`` (the viewBox is in logical pixels at 96 dpi)."""
    from PySide6.QtSvg import QSvgGenerator  # loads only when exporting

    lw, lh = size.layout_size
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(lw, lh))
    generator.setViewBox(QRect(0, 0, lw, lh))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(chart_title(view))
    generator.setDescription(description)
    with laid_out(view, (lw, lh)) as target:
        painter = QPainter()
        if not painter.begin(generator):
            raise WattIfError("the chart could not be drawn as SVG")
        try:
            painter.fillRect(target, _background(view))
            _paint(view, painter, target)
        finally:
            painter.end()
    buffer.close()
    return bytes(data.data())


def save_png(view: QGraphicsView, path: str | Path, size: ImageSize) -> None:
    """Write the chart to ``path`` as PNG (see :func:`render_image`)."""
    atomic_write_bytes(path, png_bytes(render_image(view, size.checked())))


def save_svg(view: QGraphicsView, path: str | Path, size: ImageSize, description: str = "") -> None:
    """Write the chart to ``path`` as SVG (see :func:`svg_bytes`)."""
    atomic_write_bytes(path, svg_bytes(view, size.checked(), description))


def save_csv(chart: QWidget, path: str | Path) -> None:
    """Write the chart's data to ``path`` as CSV (see :func:`chart_csv`)."""
    write_csv(path, chart_csv(chart))


def save_chart(
    view: QGraphicsView, path: str | Path, fmt: str, size: ImageSize, description: str = ""
) -> None:
    """Write the chart as ``fmt`` (``png`` or ``svg``)."""
    if fmt == "png":
        save_png(view, path, size)
    elif fmt == "svg":
        save_svg(view, path, size, description)
    else:
        raise WattIfError(f"unknown image format {fmt!r}; png or svg")


def screen_size(view: QWidget) -> ImageSize:
    """The chart as on screen: its size at the screen's pixel ratio (sharp on a HiDPI screen)."""
    ratio = max(1.0, view.devicePixelRatioF())
    return ImageSize(
        math.ceil(view.width() * ratio), math.ceil(view.height() * ratio), round(SCREEN_DPI * ratio)
    )


# ----------------------------------------------------------------------------- clipboard


def image_mime(view: QGraphicsView) -> QMimeData:
    """The chart as on screen, as clipboard data (an image)."""
    mime = QMimeData()
    mime.setImageData(render_image(view, screen_size(view)))
    return mime


def data_mime(chart: QWidget, lang: str = "en") -> QMimeData:
    """The chart's data as clipboard data: tab-separated text (spreadsheets paste it into
    cells) and ``text/csv``."""
    mime = QMimeData()
    mime.setText(chart_tsv(chart, lang))
    mime.setData("text/csv", chart_csv(chart).encode("utf-8"))
    return mime
