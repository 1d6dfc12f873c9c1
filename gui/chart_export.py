"""Charts out of the app: PNG at a chosen size and resolution, SVG, the chart's data as CSV, and
Copy (image, tab-separated data) from each chart's context menu and Ctrl+C.

How a chart is drawn into a file: it is laid out at ``pixels × 96 / dpi`` logical pixels (the
same layout code as on screen: ticks thin out, labels keep their places) and painted into an
image whose device pixel ratio is ``dpi / 96``, as on a high-resolution screen — text, markers
and pen widths scale with it, so a 300 dpi print is the on-screen chart, sharper. SVG is painted
with Qt's own ``QSvgGenerator`` (pyqtgraph's SVG exporter breaks on Qt ≥ 6.11, see
docs/stack-notes). During a render item caches are off, so SVG gets text and paths, not bitmaps.

A chart here is any pyqtgraph ``GraphicsView`` with a ``title`` label item and a ``series()``
method (every ``ChartBase``). Files are written with the core's atomic writer; every problem
comes back as one :class:`~wattif.core.WattIfError` line naming it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGraphicsItem,
    QGraphicsView,
    QGraphicsWidget,
    QMenu,
    QMessageBox,
    QWidget,
)

from wattif.core import WattIfError
from wattif.core.errors import one_line
from wattif.core.export_options import SCREEN_DPI, ImageSize
from wattif.core.fileio import atomic_write_bytes
from wattif.core.results_table import table_text, write_csv

from .formatting import locale_for

INCH_M = 0.0254
"""Metres per inch: PNG stores its resolution in pixels per metre."""
STATUS_MS = 6000
"""How long a "Saved …" note stays in the status bar [ms]."""
FOCUS_FRAME_PX = 2
"""Width of the frame that shows which chart has the keyboard focus (Ctrl+C copies it)."""

FILE_STEMS = {
    "energyChart": "energy",
    "perQueryChart": "per-query",
    "publishedChart": "published",
    "fleetChart": "fleet",
    "environmentChart": "environment",
    "waterfallChart": "savings",
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
    """``view`` laid out at ``layout_size`` [logical px] with item caches off, for one render;
    its size, limits and caches are restored afterwards (the window never shows the change: no
    event is processed in between)."""
    ensure_drawn(view)
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
        if not QSize(*layout_size).expandedTo(old_min).boundedTo(old_max) == QSize(*layout_size):
            view.setMinimumSize(1, 1)  # the parent's layout re-applies its sizes later, not now
            view.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        resize(QSize(*layout_size))
        target = QRectF(0.0, 0.0, float(layout_size[0]), float(layout_size[1]))
        _settle(view, target)
        yield target
    finally:
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


# ----------------------------------------------------------------------------- in the window


def _settings(widget: QWidget):
    """The main window's QSettings (remembered choices), or None outside a main window."""
    return getattr(widget.window(), "settings", None)


def _tell(widget: QWidget, text: str) -> None:
    bar = getattr(widget.window(), "statusBar", None)
    if callable(bar):
        bar().showMessage(text, STATUS_MS)


class _FocusFrame(QFrame):
    """A frame drawn over a chart while it has the keyboard focus (mouse clicks pass through)."""

    def __init__(self, chart: QWidget) -> None:
        super().__init__(chart)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colour = ""
        self.hide()

    def show_over(self, chart: QWidget) -> None:
        """Cover ``chart`` in the highlight colour of its palette (the theme's, when shown)."""
        colour = chart.palette().color(QPalette.ColorRole.Highlight).name()
        if colour != self._colour:
            self._colour = colour
            self.setStyleSheet(
                f"QFrame {{ border: {FOCUS_FRAME_PX}px solid {colour}; background: transparent; }}"
            )
        self.setGeometry(chart.rect())
        self.raise_()
        self.show()


class ChartExporter(QObject):
    """The export actions of one chart: context menu, Ctrl+C, save dialogs.

    Made by the chart itself (``ChartBase``); the actions work on any chart (see the module).
    """

    def __init__(self, chart: QGraphicsView, lang: str | None = None) -> None:
        super().__init__(chart)
        self.chart = chart
        self._lang = lang
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.customContextMenuRequested.connect(self.show_menu)

        def act(text: str, slot: Callable[[], None], tip: str) -> QAction:
            a = QAction(text, chart)
            a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        self.act_copy_image = act(
            self.tr("Copy chart"), self.copy_image, self.tr("The chart as an image (Ctrl+C)")
        )
        self.act_copy_image.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.act_copy_image.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        chart.addAction(self.act_copy_image)  # Ctrl+C while the chart has the focus
        self.act_copy_data = act(
            self.tr("Copy data"),
            self.copy_data,
            self.tr("The numbers behind the chart, for a spreadsheet"),
        )
        self.act_png = act(
            self.tr("Save chart as PNG…"),
            self.save_png_dialog,
            self.tr("An image at a size and resolution you choose"),
        )
        self.act_svg = act(
            self.tr("Save chart as SVG…"),
            self.save_svg_dialog,
            self.tr("A vector image: sharp at any size"),
        )
        self.act_csv = act(
            self.tr("Export chart data as CSV…"),
            self.save_csv_dialog,
            self.tr("The numbers behind the chart, one row per year or category"),
        )
        self.focus_frame = _FocusFrame(chart)
        chart.installEventFilter(self)

    @property
    def lang(self) -> str:
        return self._lang or getattr(self.chart, "_lang", "en")

    def menu_actions(self) -> list[QAction | None]:
        """The context menu's actions, in order (None: a separator)."""
        return [self.act_copy_image, self.act_copy_data, None, self.act_png, self.act_svg, None,
                self.act_csv]  # fmt: skip

    def menu(self) -> QMenu:
        """A new context menu (deleted when closed)."""
        menu = QMenu(self.chart)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for a in self.menu_actions():
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        return menu

    def show_menu(self, pos: QPoint) -> QMenu:
        menu = self.menu()
        menu.popup(self.chart.mapToGlobal(pos))
        return menu

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focus_frame.show_over(self.chart)
        elif kind == QEvent.Type.FocusOut:
            self.focus_frame.hide()
        elif kind == QEvent.Type.Resize and self.focus_frame.isVisible():
            self.focus_frame.setGeometry(self.chart.rect())
        return False

    # ------------------------------------------------------------------ copy
    def copy_image(self) -> None:
        QGuiApplication.clipboard().setMimeData(image_mime(self.chart))
        _tell(self.chart, self.tr("Chart copied"))

    def copy_data(self) -> None:
        QGuiApplication.clipboard().setMimeData(data_mime(self.chart, self.lang))
        _tell(self.chart, self.tr("Chart data copied"))

    # ------------------------------------------------------------------ save
    def ask_png_size(self) -> ImageSize | None:
        """The PNG's size and resolution from the dialog (None: cancelled)."""
        from .chart_export_dialog import ChartImageDialog

        dialog = ChartImageDialog(self.chart.window(), _settings(self.chart), [self.chart])
        dialog.setWindowTitle(self.tr("Save chart as PNG"))
        if dialog.exec() != ChartImageDialog.DialogCode.Accepted:
            return None
        return dialog.size_for(self.chart)

    def ask_path(self, title: str, suffix: str, filter_text: str) -> str:
        settings = _settings(self.chart)
        folder = str(settings.value("export/folder", "")) if settings is not None else ""
        suggested = str(Path(folder or Path.home()) / f"{file_stem(self.chart)}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.chart.window(), title, suggested, filter_text)
        if path and not Path(path).suffix:
            path = f"{path}.{suffix}"
        if path and settings is not None:
            settings.setValue("export/folder", str(Path(path).parent))
        return path

    def _write(self, title: str, write: Callable[[str], None], path: str) -> bool:
        try:
            write(path)
        except WattIfError as exc:
            QMessageBox.warning(self.chart.window(), title, one_line(str(exc)))
            return False
        _tell(self.chart, self.tr("Saved {0}").format(path))
        return True

    def save_png_dialog(self) -> None:
        title = self.tr("Save chart as PNG")
        size = self.ask_png_size()
        if size is None:
            return
        path = self.ask_path(title, "png", self.tr("PNG image (*.png)"))
        if path:
            self._write(title, lambda p: save_png(self.chart, p, size), path)

    def save_svg_dialog(self) -> None:
        title = self.tr("Save chart as SVG")
        path = self.ask_path(title, "svg", self.tr("SVG image (*.svg)"))
        if path:
            size = ImageSize(max(self.chart.width(), 1), max(self.chart.height(), 1))
            self._write(title, lambda p: save_svg(self.chart, p, size, self._description()), path)

    def save_csv_dialog(self) -> None:
        title = self.tr("Export chart data as CSV")
        path = self.ask_path(title, "csv", self.tr("CSV file (*.csv)"))
        if path:
            self._write(title, lambda p: save_csv(self.chart, p), path)

    def _description(self) -> str:
        model = getattr(self.chart, "model", None)
        scenario = getattr(getattr(model, "scenario", None), "name", "")
        return self.tr("WattIf chart; scenario: {0}").format(scenario) if scenario else "WattIf"


# ----------------------------------------------------------------------------- the File menu


def write_charts(
    charts: Sequence[QGraphicsView],
    folder: str | Path,
    fmt: str,
    size_for: Callable[[QGraphicsView], ImageSize],
    description: str = "",
) -> list[Path]:
    """Write every chart to ``folder`` as ``<stem>.<fmt>`` (see :data:`FILE_STEMS`); returns
    the files written. The first problem stops and raises (a folder that takes one file takes
    all)."""
    out = Path(folder)
    written = []
    for chart in charts:
        path = out / f"{file_stem(chart)}.{fmt}"
        save_chart(chart, path, fmt, size_for(chart), description)
        written.append(path)
    return written


class WindowExports(QObject):
    """File → Export charts… and File → Export results as CSV… of the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export_charts(self) -> list[Path]:
        """Ask for format, size and folder, then write every chart there."""
        from .chart_export_dialog import ChartImageDialog

        w = self.window
        charts = list(w.charts)
        title = self.tr("Export charts")
        dialog = ChartImageDialog(w, w.settings, charts, choose_format=True)
        dialog.setWindowTitle(title)
        if dialog.exec() != ChartImageDialog.DialogCode.Accepted:
            return []
        return self.write_all(dialog.format(), dialog.size_for)

    def write_all(self, fmt: str, size_for: Callable[[QGraphicsView], ImageSize]) -> list[Path]:
        """Ask for the folder and write every chart as ``fmt`` (after the dialog)."""
        w = self.window
        title = self.tr("Export charts")
        start = str(w.settings.value("export/folder", "") or w._dialog_dir())
        folder = QFileDialog.getExistingDirectory(w, title, start)
        if not folder:
            return []
        w.settings.setValue("export/folder", folder)
        charts = list(w.charts)
        existing = [c for c in charts if (Path(folder) / f"{file_stem(c)}.{fmt}").exists()]
        if existing:
            B = QMessageBox.StandardButton
            answer = QMessageBox.question(
                w,
                title,
                self.tr("Replace {0} existing chart files in {1}?").format(len(existing), folder),
                B.Yes | B.Cancel,
                B.Yes,
            )
            if answer != B.Yes:
                return []
        description = self.tr("WattIf chart; scenario: {0}").format(w.model.scenario.name)
        try:
            written = write_charts(charts, folder, fmt, size_for, description)
        except WattIfError as exc:
            QMessageBox.warning(
                w, title, self.tr("The charts were not exported: {0}").format(one_line(str(exc)))
            )
            return []
        w.statusBar().showMessage(
            self.tr("Exported {0} charts to {1}").format(len(written), folder), STATUS_MS
        )
        return written

    def export_results_csv(self) -> str:
        """Ask for a file and write the scenario's results by year and component there."""
        from wattif.core.results_table import write_results_csv

        w = self.window
        title = self.tr("Export results as CSV")
        stem = w._path.stem if w._path else w._safe_name(w.model.scenario.name)
        start = str(w.settings.value("export/folder", "") or w._dialog_dir())
        path, _ = QFileDialog.getSaveFileName(
            w, title, str(Path(start) / f"{stem}-results.csv"), self.tr("CSV file (*.csv)")
        )
        if not path:
            return ""
        if not Path(path).suffix:
            path = f"{path}.csv"
        w.settings.setValue("export/folder", str(Path(path).parent))
        try:
            write_results_csv(w.model.results, path)
        except WattIfError as exc:
            QMessageBox.warning(w, title, one_line(str(exc)))
            return ""
        w.statusBar().showMessage(self.tr("Exported {0}").format(path), STATUS_MS)
        return path
