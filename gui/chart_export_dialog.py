"""The size and resolution of exported chart images: presets (a slide, a print, as on screen)
or any size, remembered between sessions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wattif.core.export_options import (
    MAX_DPI,
    MAX_PIXELS,
    MAX_SIDE_PX,
    MIN_DPI,
    MIN_LAYOUT_PX,
    MIN_SIDE_PX,
    PRINT_DPI,
    SCREEN_DPI,
    SLIDE_DPI,
    SLIDE_SIZE,
    ImageSize,
)

from .formatting import fmt_number

CM_PER_INCH = 2.54
FORMATS = ("png", "svg")
PRESETS = ("slide", "print", "current", "custom")
"""``slide``: 1920 × 1080 at 144 dpi; ``print``: each chart as laid out on screen at 300 dpi;
``current``: each chart as on screen; ``custom``: the size and dpi typed in."""
PER_CHART = ("print", "current")
"""Presets whose size depends on the chart (its size on screen)."""


def preset_size(preset: str, chart: QWidget, custom: ImageSize) -> ImageSize:
    """The image size ``preset`` gives ``chart`` (``custom``: the size typed in)."""
    if preset == "slide":
        return ImageSize(*SLIDE_SIZE, SLIDE_DPI)
    w, h = max(chart.width(), MIN_SIDE_PX), max(chart.height(), MIN_SIDE_PX)
    if preset == "print":
        f = PRINT_DPI / SCREEN_DPI
        return ImageSize(round(w * f), round(h * f), PRINT_DPI)
    if preset == "current":
        return ImageSize(w, h, SCREEN_DPI)
    return custom


class ChartImageDialog(QDialog):
    """Format (for File → Export charts…), preset, width, height and resolution of chart images.

    ``charts``: the charts to export (the per-chart presets show the first one's numbers, or
    say that each chart keeps its own size). ``settings``: a QSettings to remember the choice in
    (None: not remembered).
    """

    def __init__(
        self,
        parent: QWidget | None,
        settings,
        charts: list[QGraphicsView],
        choose_format: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartImageDialog")
        self._settings = settings
        self._charts = charts
        self._filling = False
        form = QFormLayout()

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self.format_box.addItem(self.tr("PNG image"), "png")
        self.format_box.addItem(self.tr("SVG vector image"), "svg")
        if choose_format:
            form.addRow(self.tr("&Format:"), self.format_box)
        else:
            self.format_box.hide()

        self.preset_box = QComboBox(self)
        self.preset_box.setObjectName("exportPreset")
        texts = {
            "slide": self.tr("Slide: {0} × {1} px, {2} dpi").format(*SLIDE_SIZE, SLIDE_DPI),
            "print": self.tr("Print: {0} dpi, laid out as on screen").format(PRINT_DPI),
            "current": self.tr("Current size: as on screen"),
            "custom": self.tr("Custom"),
        }
        for key in PRESETS:
            self.preset_box.addItem(texts[key], key)
        form.addRow(self.tr("&Preset:"), self.preset_box)

        def spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
            box = QSpinBox(self)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setGroupSeparatorShown(False)
            return box

        self.width_box = spin("exportWidth", MIN_SIDE_PX, MAX_SIDE_PX, " px")
        self.height_box = spin("exportHeight", MIN_SIDE_PX, MAX_SIDE_PX, " px")
        self.dpi_box = spin("exportDpi", MIN_DPI, MAX_DPI, " dpi")
        form.addRow(self.tr("&Width:"), self.width_box)
        form.addRow(self.tr("&Height:"), self.height_box)
        form.addRow(self.tr("&Resolution:"), self.dpi_box)

        self.info = QLabel(self)
        self.info.setObjectName("exportInfo")
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)

        self._restore()
        self.format_box.currentIndexChanged.connect(self._update_info)
        self.preset_box.currentIndexChanged.connect(self._preset_changed)
        for box in (self.width_box, self.height_box, self.dpi_box):
            box.valueChanged.connect(self._edited)
        self._preset_changed()

    # ------------------------------------------------------------------ choices
    def format(self) -> str:  # noqa: A003 - the export format, not str.format
        return str(self.format_box.currentData())

    def preset(self) -> str:
        return str(self.preset_box.currentData())

    def custom_size(self) -> ImageSize:
        return ImageSize(self.width_box.value(), self.height_box.value(), self.dpi_box.value())

    def size_for(self, chart: QWidget) -> ImageSize:
        """The image size of ``chart`` as chosen."""
        return preset_size(self.preset(), chart, self.custom_size())

    def set_preset(self, preset: str) -> None:
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(preset)))

    # ------------------------------------------------------------------ behaviour
    def _restore(self) -> None:
        s = self._settings
        value = (lambda k, d: s.value(k, d)) if s is not None else (lambda k, d: d)
        fmt = str(value("export/format", "png"))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.set_preset(str(value("export/preset", "slide")))
        self._filling = True
        try:
            self.width_box.setValue(_int(value("export/width", SLIDE_SIZE[0]), SLIDE_SIZE[0]))
            self.height_box.setValue(_int(value("export/height", SLIDE_SIZE[1]), SLIDE_SIZE[1]))
            self.dpi_box.setValue(_int(value("export/dpi", SLIDE_DPI), SLIDE_DPI))
        finally:
            self._filling = False

    def _preset_changed(self, *_: object) -> None:
        preset = self.preset()
        per_chart = preset in PER_CHART and len(self._charts) > 1
        if preset != "custom" and self._charts:
            size = preset_size(preset, self._charts[0], self.custom_size())
            self._filling = True
            try:
                self.width_box.setValue(size.width)
                self.height_box.setValue(size.height)
                self.dpi_box.setValue(size.dpi)
            finally:
                self._filling = False
        for box in (self.width_box, self.height_box):
            box.setEnabled(not per_chart)
        self._update_info()

    def _edited(self, *_: object) -> None:
        if not self._filling and self.preset() != "custom":
            self.preset_box.blockSignals(True)
            self.set_preset("custom")
            self.preset_box.blockSignals(False)
        self._update_info()

    def _update_info(self, *_: object) -> None:
        ok = True
        if self.preset() in PER_CHART and len(self._charts) > 1:
            text = self.tr("Each chart keeps its size on screen.")
        else:
            size = self.custom_size()
            lw, lh = size.layout_size
            if size.width * size.height > MAX_PIXELS:
                ok = False
                text = self.tr("At most {0} megapixels: choose a smaller size.").format(
                    MAX_PIXELS // 1_000_000
                )
            elif min(lw, lh) < MIN_LAYOUT_PX:
                ok = False
                text = self.tr(
                    "At {0} dpi the chart has only {1} × {2} px to be laid out in: "
                    "choose a larger size or a lower resolution."
                ).format(size.dpi, lw, lh)
            else:
                w_in, h_in = size.inches
                text = self.tr("Printed size: {0} × {1} cm; text {2} × its size on screen.").format(
                    fmt_number(w_in * CM_PER_INCH, self._lang(), 3),
                    fmt_number(h_in * CM_PER_INCH, self._lang(), 3),
                    fmt_number(size.scale, self._lang(), 2),
                )
        self.info.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _lang(self) -> str:
        return getattr(self._charts[0], "_lang", "en") if self._charts else "en"

    def accept(self) -> None:
        s = self._settings
        if s is not None:
            s.setValue("export/format", self.format())
            s.setValue("export/preset", self.preset())
            if self.preset() == "custom":
                s.setValue("export/width", self.width_box.value())
                s.setValue("export/height", self.height_box.value())
                s.setValue("export/dpi", self.dpi_box.value())
        super().accept()


def _int(value: object, default: int) -> int:
    """A remembered number (QSettings gives strings from an ini file); ``default`` if broken."""
    try:
        return int(str(value))
    except ValueError:
        return default
