"""Charts out of the app, in the window: each chart's context menu and Ctrl+C (copy the image or
the data; save as PNG at a chosen size and resolution, as SVG, the data as CSV), and the main
window's File → Export charts… and File → Export results as CSV….

:class:`ChartExporter` gives one chart its actions; :class:`WindowExports` the File menu's;
:func:`write_charts` writes every chart to a folder (also for ``wattif-cli charts``). The drawing
and serialising itself is :mod:`gui.chart_render`. A chart here is any pyqtgraph
``GraphicsView`` with a ``title`` label item and a ``series()`` method (every ``ChartBase``, and
the tornado's ``TornadoCanvas``); every problem comes back as one
:class:`~wattif.core.WattIfError` line naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QFileDialog, QFrame, QGraphicsView, QMenu, QMessageBox, QWidget

from wattif.core import WattIfError
from wattif.core.errors import one_line
from wattif.core.export_options import ImageSize

from .chart_render import (
    data_mime,
    file_stem,
    image_mime,
    save_chart,
    save_csv,
    save_png,
    save_svg,
)

STATUS_MS = 6000
"""How long a "Saved …" note stays in the status bar [ms]."""
FOCUS_FRAME_PX = 2
"""Width of the frame that shows which chart has the keyboard focus (Ctrl+C copies it)."""


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

    Made by the chart itself (``ChartBase``, ``TornadoCanvas``); the actions work on any chart
    (see the module).
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

    def charts(self) -> list[QGraphicsView]:
        """The window's six charts, and the tornado once its dock has drawn one."""
        w = self.window
        out = list(w.charts)
        tornado = w.analyses.built_tornado()  # made when its dock is first shown
        if tornado is not None and tornado.bars():
            out.append(tornado.canvas)
        return out

    def export_charts(self) -> list[Path]:
        """Ask for format, size and folder, then write every chart there."""
        from .chart_export_dialog import ChartImageDialog

        w = self.window
        charts = self.charts()
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
        charts = self.charts()
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
