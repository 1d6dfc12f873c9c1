"""What every chart shares: styling, stable axis ranges with hysteresis, unit scaling.

pyqtgraph's idiom is followed throughout: items (``chart_items``) are created once in a chart's
constructor and only ``setData``/``setOpts`` run on change. Axes never auto-range:
:class:`StableRange` keeps a range until the data leave it (then it grows to a round number with
room for the next steps of the drag) or use less than 45 % of it (then it shrinks; a fresh range
leaves the data at least 65 %, a grown one at least 53 %, so this hysteresis keeps axes still
while a slider moves, yet an undone drag brings the axis back). A jump in the scenario (preset,
file, reset) fits the ranges afresh.
"""

from __future__ import annotations

import math
import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import SIGNAL, QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

from . import style
from .axis_cache import MemoAxis
from .band_overlay import BandLayer
from .chart_export import ChartExporter
from .chart_items import PLAIN_ARRAY_KINDS, label_font, paints_nothing
from .chart_title import ChartTitle
from .formatting import ENERGY_UNITS, fmt_count, fmt_number
from .plain_attributes import use_plain_attributes
from .scenario_model import ScenarioModel

# Views draw without antialiasing (axes, bars and fills are axis-aligned and crisp); curves and
# markers switch it on for themselves. Antialiasing everything cost a millisecond per slider step.
pg.setConfigOptions(
    antialias=False, background=style.BACKGROUND, foreground=style.TEXT, leftButtonPan=False
)
use_plain_attributes()  # charts and their items use Python's attribute access, not PySide's

_PREPARE_FOR_PAINT = SIGNAL("sigPrepareForPaint()")
"""pyqtgraph's note to a scene's items that it is about to be painted (``GraphicsScene``)."""
_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(x: float) -> float:
    """The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) ≥ ``x``."""
    if x <= 0 or not math.isfinite(x):
        return 1.0
    exp = math.floor(math.log10(x))
    for n in _NICE:
        v = n * 10.0**exp
        if v >= x * (1 - 1e-12):
            return v
    return 10.0 ** (exp + 1)


GROW_HEADROOM = 1.4
"""An axis the data outgrow (a slider pushing them up) grows to leave at least this factor of
room: the next steps of the drag then fit without another change. A step that changes an
axis costs ~4 ms more than one that does not (new ticks, labels placed afresh, the whole plot
repainted); with the fresh fit's 15 % a PUE drag across its range changed an axis on 23 of 300
steps, above the 5 % that set the step's p95 (issue 10). A fresh fit (a new scenario, undo to
it, the data falling below ``shrink_below``) keeps the tight ``headroom``."""


class StableRange:
    """An axis range [0 or low, high] that only changes when it has to.

    Parameters
    ----------
    headroom : float
        A fresh upper end leaves this factor of room above the data.
    shrink_below : float
        The range shrinks when the data use less than this share of it. It must stay well
        below ``1 / (max(headroom, GROW_HEADROOM) × 4/3)`` (the least share a round range
        leaves the data after a fresh fit or after growing).
    """

    def __init__(self, headroom: float = 1.15, shrink_below: float = 0.45) -> None:
        self.headroom = headroom
        self.grow = max(headroom, GROW_HEADROOM)
        self.shrink_below = shrink_below
        self.low = 0.0
        self.high: float | None = None

    def fit(self, data_low: float, data_high: float, reset: bool = False) -> bool:
        """Update for data spanning [data_low, data_high]; True when the range changed."""
        lo = min(0.0, data_low) if math.isfinite(data_low) else 0.0
        hi = data_high if math.isfinite(data_high) and data_high > 0 else 0.0
        span_hi = hi if hi > 0 else 1e-12
        new_low = -nice_ceil(-lo * self.headroom) if lo < 0 else 0.0
        changed = False
        if self.high is None or reset or hi > self.high or hi < self.high * self.shrink_below:
            grows = not reset and self.high is not None and hi > self.high
            room = self.grow if grows else self.headroom
            new_high = nice_ceil(span_hi * room) if hi > 0 else 1.0
            changed = new_high != self.high
            self.high = new_high
        if new_low < self.low or reset or (self.low < 0 and lo > self.low * self.shrink_below):
            changed = changed or new_low != self.low
            self.low = new_low
        return changed


def unit_scale(kind: str, high: float) -> tuple[float, str]:
    """Divisor and unit label for an axis whose range reaches ``high`` (in base units).

    ``kind``: ``energy_kwh``, ``count``, ``t_co2e``, ``m3``, ``eur``, ``mw``, ``wh``.
    """
    a = abs(high)
    if kind == "energy_kwh":
        for factor, unit in ENERGY_UNITS:
            if a >= factor * 1.5:  # up to 1,500 GWh read better than 1.5 TWh on an axis
                return factor, unit
        return 1.0, "kWh"
    if kind == "mw":
        return (1e3, "GW") if a >= 1e3 else (1.0, "MW") if a >= 1.0 else (1e-3, "kW")
    if kind == "t_co2e":
        if a >= 1e6:
            return 1e6, "Mt CO₂e"
        if a >= 1e3:
            return 1e3, "kt CO₂e"
        return 1.0, "t CO₂e"
    words = [
        (1e9, QCoreApplication.translate("chart", "billion")),
        (1e6, QCoreApplication.translate("chart", "million")),
        (1e3, QCoreApplication.translate("chart", "thousand")),
    ]
    base = {"m3": "m³", "eur": "EUR", "count": ""}.get(kind, kind)
    for factor, word in words:
        if a >= factor * 0.999:
            return factor, f"{word} {base}".strip()
    return 1.0, base


def fmt_in_unit(kind: str, value: float, axis_scale: tuple[float, str], lang: str = "en") -> str:
    """A direct label for ``value``: just the number in the axis unit when the value reads well
    in it, else the number with a unit of its own (``8`` accelerators, ``7.14 kW``, ``25.5 m³``
    on an axis in thousands or MW) — never ``0.00800``."""
    own = unit_scale(kind, value)
    if own == axis_scale or value == 0 or not math.isfinite(value):
        return fmt_number(value / axis_scale[0], lang)
    if kind == "count" and own[0] == 1.0:
        return fmt_count(value, lang)
    return f"{fmt_number(value / own[0], lang)} {own[1]}".strip()


SHORT_COMPONENT_LABELS = {
    "accelerators": ("Accelerators", "Beschleuniger"),
    "host": ("Host", "Host"),
    "idle": ("Idle capacity", "Leerlauf"),
    "facility": ("Cooling & facility", "Kühlung & Gebäude"),
    "network": ("Network", "Netzwerk"),
    "device": ("End-user device", "Endgerät"),
    "local": ("Local AI PC", "Lokaler KI-PC"),
    "training": ("Training share", "Trainingsanteil"),
    "other_ai": ("Other AI workloads", "Andere KI-Last"),
}
"""Component names short enough to sit inside a chart (the core's are for tables)."""


def short_component_label(comp: str, lang: str = "en") -> str:
    en, de = SHORT_COMPONENT_LABELS.get(comp, (comp, comp))
    return de if lang == "de" else en


YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50)


def year_tick_values(
    first: int,
    last: int,
    low: float,
    high: float,
    pixels: float,
    label_px: float,
    *,
    fewest: int = 3,
) -> list[int]:
    """Years to label on an axis showing [low, high] over ``pixels``, evenly spaced: the least
    step of :data:`YEAR_STEPS` that leaves room between labels ``label_px`` wide, counted back
    from the last year — the horizon, which the titles and the KPI cards name.

    An axis is read by its steps: 2025, 2027, 2030 (the last year squeezed in after a regular
    tick) drew gaps of two and three years alike (review). So the first year is labelled only where
    the step reaches it; a larger step of :data:`YEAR_STEPS` that divides the span is taken
    instead when it still labels ``fewest`` years (or as many as the least step):
    2025, 2030 … 2050 rather than 2026, 2028 … 2050, but 2030, 2040, 2050 rather than
    2025, 2050. Where not even two labels fit, the last year alone tells the horizon."""
    if last <= first:
        return [first]
    span = last - first
    per_year = pixels / max(high - low, 1e-9)
    room = label_px * 1.35
    fits = [s for s in YEAR_STEPS if s * per_year >= room] or [YEAR_STEPS[-1]]
    back = list(range(last, first - 1, -fits[0]))[::-1]
    both_ends = next((s for s in fits if span % s == 0), None)
    if both_ends is not None:
        years = list(range(first, last + 1, both_ends))
        if len(years) >= min(fewest, len(back)):
            return years
    return back


def locale_ticks(axis: pg.AxisItem, lang: str) -> None:
    """Numeric tick labels with the language's decimal mark (``0,05`` in German), as every
    other number in the window. Set once when the axis is made; :func:`year_ticks` and
    ``setTicks`` still take precedence."""
    from .formatting import locale_for

    mark = locale_for(lang).decimalPoint()
    if mark == ".":
        return
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return [text.replace(".", mark) for text in plain(values, scale, spacing)]

    axis.tickStrings = tick_strings


def year_ticks(axis: pg.AxisItem, first: int, last: int) -> None:
    """Whole years as ticks, evenly spaced, as many as the axis's width has room for, the last
    year always (:func:`year_tick_values`).

    The step is chosen whenever the axis is drawn (so a resize or a larger font re-thins)."""
    axis.setTicks(None)
    axis._wattif_years = (int(first), int(last))
    if getattr(axis, "_wattif_year_axis", False):
        axis.picture = None
        axis.update()
        return
    axis._wattif_year_axis = True
    # pyqtgraph hides labels reaching past the axis's ends: the first and last year would go
    axis.setStyle(hideOverlappingLabels=24)

    def tick_values(min_val: float, max_val: float, size: float):
        lo, hi = axis._wattif_years
        font = axis.style.get("tickFont") or axis.font()
        label_px = QFontMetricsF(font).horizontalAdvance(str(hi))
        return [(1.0, year_tick_values(lo, hi, min_val, max_val, size, label_px))]

    def tick_strings(values, scale, spacing):
        return [str(int(round(v))) for v in values]

    axis.tickValues = tick_values
    axis.tickStrings = tick_strings
    axis.picture = None
    axis.update()


BOTTOM_TICK_OVERFLOW_PX = 6
"""A tick label may reach this far past the end of a horizontal axis (less than the chart's
right margin, so that it is never cut off)."""
AXIS_TITLE_PT = 9.0
"""Point size of an axis title on the desk."""


def same_key(a, b) -> bool:
    """Equal keys of :meth:`ChartBase.data_key`: tuples element by element, arrays by value."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_key(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        # the same bytes: ~1 µs, where np.array_equal took 5 µs for the few values charts show
        # (and took NaN as a change on every step)
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape):
            return False
        if a.dtype == b.dtype and a.dtype.kind in PLAIN_ARRAY_KINDS:
            return a.tobytes() == b.tobytes()
        return bool(np.array_equal(a, b))
    return type(a) is type(b) and a == b


def needs_preparing(view: pg.ViewBox) -> bool:
    """Whether pyqtgraph's ``ViewBox.prepareForPaint`` has anything to do: a range to fit
    automatically or a transform to work out for a range set since (its own two flags)."""
    return view._matrixNeedsUpdate or view._autoRangeNeedsUpdate


class ChartBase(pg.GraphicsLayoutWidget):
    """A titled chart bound to the model; subclasses build items once and fill :meth:`refresh`.

    Hidden charts skip their updates and catch up when shown.
    """

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._stale = True
        self._reset = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)
        self.ci.layout.setContentsMargins(4, 4, 8, 4)
        self.ci.layout.setSpacing(2)
        # its text item draws a new one-line title without its text document (chart_title)
        self.title = ChartTitle("", size="11pt", bold=True, color=style.TEXT, justify="left")
        self.ci.addItem(self.title, row=0, col=0, colspan=2)
        self.title.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        paints_nothing(self.ci)
        title_font = QFont(self.title.item.font())
        title_font.setPointSizeF(11)
        title_font.setBold(True)
        self.title.item.setFont(title_font)
        self.title.item.setDefaultTextColor(QColor(style.TEXT))
        # a title with a value in it changes on every slider step: without an undo history to
        # keep, a new text is set in 25 µs instead of 35
        self.title.item.document().setUndoRedoEnabled(False)
        self.setToolTip("")
        # focusable: Ctrl+C copies the focused chart; right click: copy, save, export
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.exporter = ChartExporter(self)
        # the background is a plain colour: filling it is cheaper than pyqtgraph's cached
        # background pixmap, whose blit Qt spreads over its thread pool on every repaint
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # few items that all move on every change: a BSP index only costs boundingRect() calls
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # a step dirties many small rectangles (lines, labels, bars): repainted as one
        # rectangle, not as their exact region, whose clip Qt's raster engine follows span by
        # span for every item it paints (allocating and clearing the clip's lines each time)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        # the view fills its background colour itself (drawBackground): the viewport's own
        # fill with the palette's colour beneath it is work no one sees
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        model.results_changed.connect(self._on_change)
        model.baseline_changed.connect(self._on_change)
        model.year_changed.connect(self._on_change)
        model.ranges_reset.connect(self._on_reset)
        self.band_layer = BandLayer(self)
        """Uncertainty bands; a chart adds its items and draws them in :meth:`refresh`."""

    def set_title(self, text: str) -> None:
        """Change the title. The first text sizes the title row; later ones (a value in the title
        changes on every slider step) only replace the text: LabelItem.setText re-lays out its
        HTML and invalidates the whole chart layout."""
        if self.title.text == text:
            return
        if not self.title.text:
            self.title.setText(text)
            return
        self.title.text = text
        self.title.item.set_plain(text)  # same font and colour: set on the item in __init__

    # -- building helpers ---------------------------------------------------------------
    def new_plot(self, row: int, col: int = 0, **kw) -> pg.PlotItem:
        # no menus: built with the view box's menu, pyqtgraph would make it (4 ms a plot, ten
        # plots at start) only for setMenuEnabled(False) to delete it again
        # axes that replay a drawing they made before (a drag passes the same ranges again)
        axes = {side: MemoAxis(side) for side in ("left", "bottom", "right", "top")}
        plot = self.addPlot(row=row, col=col, **{"enableMenu": False, "axisItems": axes, **kw})
        for side in ("right", "top"):  # pyqtgraph shows every axis it is given
            plot.hideAxis(side)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getViewBox().setDefaultPadding(0.0)
        paints_nothing(plot)
        paints_nothing(plot.getViewBox())
        plot.showGrid(x=False, y=False)
        font = label_font(0.9)
        for name in ("left", "bottom"):
            ax = plot.getAxis(name)
            ax.setStyle(tickFont=font, autoExpandTextSpace=True, maxTickLevel=1)
            ax.setPen(pg.mkPen(style.MUTED))
            ax.setTextPen(pg.mkPen(style.TEXT))
            ax.enableAutoSIPrefix(False)
            locale_ticks(ax, getattr(self, "_lang", "en"))
        # a value at the axis's right end may reach into the chart's margin, not past it
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=BOTTOM_TICK_OVERFLOW_PX)
        for name in ("left", "bottom", "right", "top"):
            # axes (with their grid lines) are redrawn whenever anything in the plot changes;
            # a cached pixmap makes that a blit instead of replaying all tick texts
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for name in ("right", "top"):  # hidden, but their labels were re-laid out (HTML) on
            plot.getAxis(name).enableAutoSIPrefix(False)  # every range change: 0.02 s of the start
        # what apply_ranges readies on every change, found once
        self._plot_parts = (
            *self._plot_parts,
            (plot.getViewBox(), (axes["left"], axes["bottom"]), plot.layout),
        )
        return plot

    def axis_label(self, plot: pg.PlotItem, side: str, text: str) -> None:
        """Set an axis title (only when it changed: a new title re-lays the axis out)."""
        axis = plot.getAxis(side)
        if axis.labelText != text or not axis.label.isVisible():
            size = f"{AXIS_TITLE_PT * self.type_scale:.3g}pt"  # larger in presentation mode
            plot.setLabel(side, text, **{"font-size": size, "color": style.TEXT})

    # -- updating -------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._reset = True

    def _on_change(self, *_: object) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._update()

    def _on_bands(self) -> None:
        """New uncertainty bands: drawn in place; a refresh when a band leaves its axis (which
        grows) or the bands went away (the axes fit the data afresh)."""
        todo = self.band_layer.redraw()
        if todo == "done":
            self.bands_redrawn()
        else:
            self._reset = self._reset or todo == "refit"
            self._on_change()

    def bands_redrawn(self) -> None:
        """New bands were drawn in place (no refresh): the caption keeps clear of the labels (a
        chart whose labels keep off a band's lines extends it)."""
        self.band_layer.keep_caption_clear()

    def _update(self) -> None:
        reset, self._reset = self._reset, False
        self._stale = False
        try:
            key = self._drawn_from()
            if not reset and key is not None and same_key(key, self._drawn_key):
                return  # a change this chart does not show (a CO2 slider under the fleet chart)
            self.refresh(reset)
            self._drawn_key = key
            if self.compare is not None:
                self.compare.draw()
            self.band_layer.keep_caption_clear()  # the labels are placed: off them
            self.apply_ranges()
        except Exception:  # a chart must never take the window down; report it instead
            self._drawn_key = None
            sys.excepthook(*sys.exc_info())

    _drawn_key = None
    _plot_parts: tuple = ()
    """(view box, its left and bottom axes, the plot's layout) of every plot :meth:`new_plot`
    made."""

    wf_metric: str | None = None
    """The metric a chart shows when it can switch it (the waterfall's); None: fixed. A class
    default: the compared scenarios ask every chart on every step, and an attribute a QObject
    lacks is looked up among its Qt properties first."""

    def apply_ranges(self) -> None:
        """Give the plots the ranges just set, now rather than when they are painted.

        pyqtgraph defers a view box's new transform to the start of its next paint; applied
        there, it dirties every item of the plot once more, and the chart is painted twice: a
        step that changed an axis cost two full paints of its chart (~1.4 ms each). The axes
        draw their new ticks now too, so that a new width for their labels lays the chart out
        before its paint, not after it (then painted three times)."""
        parts = self._plot_parts
        for view, axes, _layout in parts:
            if needs_preparing(view):  # asked first: most steps change no range (~40 calls)
                view.prepareForPaint()
            for axis in axes:
                if axis.picture is None:
                    axis.prepare()
        if not self.ci.layout.isActivated() or not all(p[2].isActivated() for p in parts):
            self.ci.layout.activate()  # tick labels took a new width
            for _view, _axes, layout in parts:
                layout.activate()
            for view, _axes, _layout in parts:
                view.prepareForPaint()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Qt's paint, without pyqtgraph's note to the scene's view boxes before it when none
        of them has anything to prepare: :meth:`apply_ranges` gave them their new transforms
        already, and the note (a signal to each view box, a Python call each) cost ~0.1 ms a
        slider step across the charts. When anything else listens to the note (a pyqtgraph
        ``TextItem``), or a view box has a range or transform still to work out (after a
        resize), pyqtgraph's paint runs as before."""
        parts = self._plot_parts
        if parts and self.scene().receivers(_PREPARE_FOR_PAINT) == len(parts):
            for view, _axes, _layout in parts:
                if needs_preparing(view):
                    break
            else:
                QGraphicsView.paintEvent(self, event)
                return
        super().paintEvent(event)

    def _drawn_from(self) -> tuple | None:
        """What the chart was drawn from: its data, the year, the bands and the compared
        scenarios; None when the chart cannot say (it then always refreshes)."""
        data = self.data_key()
        if data is None:
            return None
        compared = self.compare.compared_key() if self.compare is not None else None
        return (data, self.model.year, self.band_layer.key(), compared)

    def data_key(self) -> tuple | None:
        """The model data :meth:`refresh` draws (arrays and numbers), so that a step that does
        not change them costs nothing; None: refresh on every change."""
        return None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        from .chart_scaling import fit_title_later

        fit_title_later(self)  # a long title (German, a value in it) shrinks a little to fit

    def title_reserve_px(self) -> int:
        """Width [px] at the right of the title row that a control covers (none here)."""
        return 0

    def ensure_drawn(self) -> None:
        """Catch up on updates skipped while hidden (before an export draws the chart)."""
        if self._stale:
            self._update()

    def refresh(self, reset: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def series(self) -> dict[str, np.ndarray]:
        """The data as drawn, by series name (for tests and exports)."""
        return {}

    compare = None
    """Named scenarios drawn beside this one (``compare_overlay.CompareOverlay``), or None."""

    def compare_values(self, key: str) -> list[float]:
        """What the axis ``key`` must also hold for the compared scenarios [base unit]."""
        return self.compare.values(key) if self.compare is not None else []

    # -- theme and presentation (gui/themes.py, gui/presentation.py) ----------------------
    type_scale = 1.0
    """Type on this chart is this many times its normal size (presentation mode)."""
    line_scale = 1.0
    """Line widths are this many times normal (presentation mode; times the theme's)."""

    def apply_theme(self, maps: dict[str, dict[str, str]]) -> None:
        """Re-colour the items built once for a new theme (``maps``: old colour -> new by use,
        ``themes.colour_map``). Runs once per theme change, never per update; a chart with
        colours the generic walk cannot know (text on a fill) extends it."""
        from .themes import recolour_view, refresh_scale

        recolour_view(self, maps, style.BACKGROUND)
        refresh_scale(self)

    def set_scale(self, type_scale: float, line_scale: float) -> None:
        """Type and line widths for presentation mode (1, 1: as on the desk)."""
        from .chart_scaling import scale_chart

        self.type_scale, self.line_scale = type_scale, line_scale
        scale_chart(self)
        self.scale_changed()

    def scale_changed(self) -> None:
        """Labels changed size: place them again (a chart measuring its labels extends it)."""
        self._reset = True
        self._on_change()
