"""The KPI strip: the numbers that matter for the chosen year, each against the baseline."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import style
from .band_overlay import median_note
from .formatting import fmt_count, fmt_percent_change
from .metric_text import fmt_metric
from .plain_attributes import plain_attributes
from .scenario_model import ScenarioModel
from .text_fit import surely_fits

MIN_FIT = 0.72
"""A label's text may shrink to this share of its font size before it is elided."""
FIT_STEP = 0.95
"""A text that does not fit at the computed size tries again this much smaller."""
SAMPLE_VALUE = "888 GWh"
SAMPLE_DELTA = "▼ −88.8 %"
"""Typical widest value and change: the cards go to two rows when these would not fit."""


CARD_METRICS = {
    "energy": "energy_kwh",
    "per_query": "per_query_wh",
    "co2e": "co2e_t",
    "water": "water_m3",
    "cost": "cost_eur",
    "accelerators": "accelerators",
    "power": "power_mw",
}
"""Cards with an uncertainty range: card name -> output of the uncertainty analysis."""


_LOOK_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.ApplicationPaletteChange,
    }
)
"""Events after which a label asks again for its font and colour."""

_Look = tuple[str, QFont, QFontMetrics, QColor, int, dict[str, float], QFontMetricsF]
"""A label's font key, font, metrics, text colour, alignment flags, the widths of the characters
it met so far and the (fractional) metrics that measured them (``FitLabel._looks``)."""


@functools.lru_cache(maxsize=8)
def _colour(name: str) -> QColor:
    """``name`` as a QColor, made once (a dozen label paints a slider step fill the card's
    colour; the themes have a few)."""
    return QColor(name)


def _sign_colour(sign: int) -> str:
    """The colour of a change against the baseline: up, down, none (with ▲ ▼ =, never alone)."""
    return style.INCREASE if sign > 0 else style.DECREASE if sign < 0 else style.MUTED


@plain_attributes  # a dozen labels read and write their state on every slider step
class FitLabel(QLabel):
    """A one-line label whose text shrinks to fit its width (down to :data:`MIN_FIT` of the
    font), then elides with "…" and shows the full text as its tooltip.

    Its size policy is ``Ignored``: a new text never changes the window's layout. So a plain
    one-line text that replaces another is only repainted, not handed to ``QLabel.setText``,
    which would ask the layout to recompute (sixteen KPI labels on every slider step); QLabel
    keeps the earlier text, which gives the same height (see :meth:`setText`)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        elided_tooltip: bool = False,
        on_card: bool = False,
    ) -> None:
        super().__init__(text, parent)
        # on a KPI card: paint the card's colour beneath the text (opaque), so that a new text
        # repaints the label alone, not the card's rounded frame behind it as well
        self._on_card = on_card
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, on_card)
        self._text = text
        self._qt_current = True  # QLabel holds the text shown (else: only this class has it)
        self._qt_plain = bool(text) and "<" not in text  # QLabel holds a plain, non-empty text
        self._elided_tooltip = elided_tooltip
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text``. QLabel is told only when it matters: rich text, an empty label (its
        height), or an accessibility client reading the label."""
        if text == self._text:
            return
        quiet = text and "<" not in text and self._qt_plain and not QAccessible.isActive()
        self._text = text
        if quiet:
            self._qt_current = False
            self.update()
        else:
            super().setText(text)
            self._qt_current = True
            self._qt_plain = bool(text) and "<" not in text

    def clear(self) -> None:
        self.setText("")

    def fits(self) -> bool:
        """True when the whole text is drawn (possibly smaller), not elided."""
        return self._layout_text()[2] == self.text()

    _look: _Look | None = None

    _ink: QColor | None = None
    """The text's colour when :meth:`set_ink` gave one (a KPI change's sign), else the style's."""

    def set_ink(self, colour: str | None) -> None:
        """Draw the (plain) text in ``colour``; None: in the style's colour. Not a style sheet:
        a sheet of its own re-parses and re-polishes the label and relayouts its card, on every
        card at once where a drag crosses the baseline (~1 ms and a relayout on that step)."""
        ink = None if colour is None else _colour(colour)
        if ink is not self._ink:  # _colour keeps one QColor per name
            self._ink = ink
            self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in _LOOK_CHANGES:
            self._look = None
        super().changeEvent(event)

    def setAlignment(self, alignment) -> None:  # noqa: N802 - Qt's name
        super().setAlignment(alignment)
        self._look = None

    def _looks(self) -> _Look:
        """The font (its key and metrics), the text colour, the alignment flags, the widths of
        characters met so far and the metrics that measure them, kept until the style sheet or
        presentation mode changes them: asking Qt for them on each of a dozen paints a slider
        step took a third of the label's paint (an enum from Qt is a Python call in PySide6)."""
        if self._look is None:
            font = self.font()
            colour = self.palette().color(self.foregroundRole())
            align = int(self.alignment().value)
            metrics, chars = QFontMetrics(font), QFontMetricsF(font)
            self._look = (font.key(), font, metrics, colour, align, {}, chars)
        return self._look

    def _surely_fits(self, text: str, width: int) -> bool:
        """Whether ``text`` fits ``width`` at full size by the widths of its characters
        (``text_fit``: only then is it not measured as a whole, which lays it out as drawing it
        does again, on each of a dozen labels every slider step); False means: measure it."""
        look = self._looks()
        return surely_fits(text, width, look[5], look[6])

    def _layout_text(self) -> tuple[QFont, float, str]:
        width = max(1, self.contentsRect().width())
        text = self.text()
        key = (text, width, self._looks()[0])
        cached = getattr(self, "_fit_cache", None)
        if cached is not None and cached[0] == key:  # measuring text is not free
            return cached[1]
        result = self._fit(text, width)
        self._fit_cache = (key, result)
        return result

    def _fit(self, text: str, width: int) -> tuple[QFont, float, str]:
        font, metrics = self._looks()[1:3]
        if self._surely_fits(text, width):
            return font, 1.0, text
        natural = metrics.horizontalAdvance(text)
        if natural <= width:
            return font, 1.0, text
        base = QFont(font)
        scale = width / natural * 0.98
        while True:  # hinted fonts do not shrink in proportion: step down until it fits
            scale = max(MIN_FIT, scale)
            font = QFont(base)
            if base.pointSizeF() > 0:
                font.setPointSizeF(base.pointSizeF() * scale)
            else:
                font.setPixelSize(max(1, round(base.pixelSize() * scale)))
            fm = QFontMetrics(font)
            if fm.horizontalAdvance(text) <= width or scale <= MIN_FIT:
                break
            scale *= FIT_STEP
        if fm.horizontalAdvance(text) > width:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return font, scale, text

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        font, scale, text = self._layout_text()
        plain = "<" not in text
        own = self._on_card or self._ink is not None  # painted here, not by QLabel
        if (scale == 1.0 and self._qt_current and not own) or not plain:
            if self._on_card:  # opaque: the card's colour beneath QLabel's text
                painter = QPainter(self)
                painter.fillRect(event.rect(), _colour(style.CARD))
                painter.end()
            super().paintEvent(event)
        else:  # what QLabel draws for a plain one-line text, in the font that fits; on a card
            # one painter fills the card's colour and draws (QLabel's own painting through the
            # style sheet cost as much again, on each of a dozen labels per slider step)
            painter = QPainter(self)
            if self._on_card:
                painter.fillRect(event.rect(), _colour(style.CARD))
            look = self._looks()
            painter.setFont(font)
            painter.setPen(look[3] if self._ink is None else self._ink)
            painter.drawText(self.contentsRect(), look[4], text)
            painter.end()
        if self._elided_tooltip:
            tip = self.text() if text != self.text() else ""
            if self.toolTip() != tip:
                self.setToolTip(tip)


@plain_attributes  # read by its refresh on every slider step
class KpiStrip(QFrame):
    """A year picker and eight cards: energy (auto-scaled kWh…TWh), Wh per query, t CO2e, m³
    water, EUR, accelerators, MW and households, each with its change against the baseline as
    an arrow and a percentage (increase ▲, decrease ▼ — never colour alone)."""

    _bands: dict | None = None
    """Uncertainty bands by output (:meth:`set_bands`). A class default: an attribute a QObject
    lacks is looked up among its Qt properties first, eight times a slider step."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # polished once, in the window's style sheet, as its labels are made (the window puts
        # the sheet on the parts that use it: MainWindow.apply_style)
        self.setStyleSheet(style.stylesheet())
        self.setObjectName("kpiStrip")
        self._model = model
        self._lang = lang
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        self._grid = layout
        self._columns = 0

        picker = QVBoxLayout()
        picker.setSpacing(2)
        year_label = QLabel(self.tr("Year"), self)
        hint = QLabel(self.tr("▲▼ vs baseline"), self)
        hint.setObjectName("kpiTitle")
        year_label.setObjectName("kpiTitle")
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("yearBox")
        self.year_box.setToolTip(self.tr("The year the numbers and the per-query charts show"))
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        year_label.setBuddy(self.year_box)
        picker.addWidget(year_label)
        picker.addWidget(self.year_box)
        picker.addWidget(hint)
        picker.addStretch(1)
        self._picker = QWidget(self)
        self._picker.setLayout(picker)
        picker.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._picker, 0, 0, 2, 1)

        lg = lang

        def card_text(metric: str) -> Callable[[float], str]:
            """The card's number by the one rule of metric_text.fmt_metric (issue 12)."""
            return lambda v: fmt_metric(metric, v, lg, short=True)

        self._cards: dict[str, tuple[Callable, Callable, QLabel, QLabel]] = {}
        self._card_frames: list[QFrame] = []
        self._titles: list[FitLabel] = []
        specs = [
            (
                "energy",
                self.tr("Energy per year"),
                lambda x: x.energy_total_kwh,
                card_text("energy_kwh"),
            ),
            (
                "per_query",
                self.tr("Energy per query"),
                lambda x: x.per_query_total_wh,
                card_text("per_query_wh"),
            ),
            ("co2e", self.tr("Emissions (CO₂e)"), lambda x: x.co2e_t, card_text("co2e_t")),
            ("water", self.tr("Water on site"), lambda x: x.water_m3, card_text("water_m3")),
            ("cost", self.tr("Electricity cost"), lambda x: x.cost_eur, card_text("cost_eur")),
            (
                "accelerators",
                self.tr("Accelerators"),
                lambda x: x.accelerators,
                card_text("accelerators"),
            ),
            (
                "power",
                self.tr("Power provisioned"),
                lambda x: x.power_provisioned_mw,
                card_text("power_mw"),
            ),
            (
                "households",
                self.tr("Households (equiv.)"),
                lambda x: x.households,
                card_text("households"),
            ),
        ]
        for name, title, get, fmt in specs:
            card = QFrame(self)
            card.setObjectName(f"kpi_{name}")
            card.setProperty("kpiCard", True)
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            v = QVBoxLayout(card)
            v.setContentsMargins(6, 3, 4, 3)
            v.setSpacing(0)
            # changing numbers must never change the window's size hints (no relayout):
            # FitLabels ignore their text's width and shrink or elide it instead
            t = FitLabel(title, card, elided_tooltip=True)
            t.setObjectName("kpiTitle")
            value = FitLabel("", card, on_card=True)
            value.setObjectName("kpiValue")
            delta = FitLabel("", card, on_card=True)
            delta.setObjectName("kpiDelta")
            for w in (t, value, delta):
                v.addWidget(w)
            self._card_frames.append(card)
            self._titles.append(t)
            self._cards[name] = (get, fmt, value, delta)

        self._arrange(8)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._fit_columns)
        self._years: tuple[int, ...] = ()
        self.year_box.currentIndexChanged.connect(self._year_picked)
        model.results_changed.connect(self.refresh)
        model.baseline_changed.connect(self.refresh)
        model.year_changed.connect(self.refresh)
        self.refresh()

    # -- layout: one row of eight cards, or two rows of four when they would not fit --------
    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._card_frames:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._card_frames):
            self._grid.addWidget(card, i // columns, 1 + i % columns)
        for c in range(1, 9):
            self._grid.setColumnStretch(c, 1 if c <= columns else 0)
        self._grid.addWidget(self._picker, 0, 0, 2 if columns < 8 else 1, 1)

    def card_width_needed(self) -> int:
        """The width a card needs for a typical widest value and change at the current fonts
        (titles may shrink a little)."""
        _get, _fmt, value, delta = next(iter(self._cards.values()))
        for w in (value, delta, *self._titles):
            w.ensurePolished()
        title = max(t.fontMetrics().horizontalAdvance(t.text()) for t in self._titles)
        return 12 + max(
            value.fontMetrics().horizontalAdvance(SAMPLE_VALUE),
            delta.fontMetrics().horizontalAdvance(SAMPLE_DELTA),
            round(title * 0.85),
        )

    def _fit_columns(self) -> None:
        m = self._grid.contentsMargins()
        free = (
            self.width()
            - m.left()
            - m.right()
            - self._picker.sizeHint().width()
            - 8 * self._grid.horizontalSpacing()
        )
        self._arrange(8 if free / 8 >= self.card_width_needed() else 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and hasattr(
            self, "_relayout"
        ):
            self._relayout.start()  # after the children took the new style

    def columns(self) -> int:
        """Cards per row (8, or 4 in two rows when the strip is narrow)."""
        return self._columns

    def _year_picked(self, index: int) -> None:
        if index >= 0:
            self._model.set_year(int(self.year_box.itemData(index)))

    _years_shown: tuple | None = None
    """(first year, last year, number of years, year picked) the year box was last set for."""

    def _sync_years(self) -> None:
        m = self._model
        span = m.results.years
        shown = (int(span[0]), int(span[-1]), len(span), m.year) if len(span) else None
        if shown is not None and shown == self._years_shown:
            return  # a slider step: the same years and year (the box's search is ~10 µs)
        self._years_shown = shown
        years = tuple(int(y) for y in span)
        if years != self._years:
            self._years = years
            self.year_box.blockSignals(True)
            self.year_box.clear()
            for y in years:
                self.year_box.addItem(str(y), y)
            self.year_box.blockSignals(False)
        i = self.year_box.findData(m.year)
        if i != self.year_box.currentIndex():
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(i)
            self.year_box.blockSignals(False)

    def refresh(self, *_: object) -> None:
        m = self._model
        self._sync_years()
        i = m.year_index()
        for name, (get, fmt, value, delta) in self._cards.items():
            now = float(get(m.results)[i])
            base = m.baseline_value(get(m.baseline_results))
            text = fmt(now)
            if value.text() != text:
                value.setText(text)
            change, sign = fmt_percent_change(now, base, self._lang)
            change = change if sign else self.tr("= baseline")
            if delta.text() != change:
                delta.setText(change)
                if delta.property("sign") != sign:
                    delta.setProperty("sign", sign)
                    delta.set_ink(_sign_colour(sign))
            self._set_tip(name, fmt, base, i)

    def _set_tip(self, name: str, fmt: Callable, base: float, index: int) -> None:
        """The card's hover text: the baseline and, with bands, the P5–P95 range."""
        bands = self._bands
        done = self.__dict__.setdefault("_tips_for", {})
        last = done.get(name)
        if last is not None and last[:2] == (base, index) and last[2] is bands:
            return  # a slider step: same baseline, year and bands
        done[name] = (base, index, bands)
        tip = self.tr("Baseline: {0}").format(fmt(base))
        spread = self._spread(name, index)
        if spread is not None:
            tip += "\n" + self.tr("Uncertainty {0}–{1} (P5–P95 of {2} samples)").format(
                fmt(spread[0]), fmt(spread[1]), fmt_count(spread[2], self._lang)
            )
            tip += "\n" + self.tr("Median {0}").format(fmt(spread[3]))
            now = float(self._cards[name][0](self._model.results)[index])
            year = int(self._model.results.years[index])
            note = median_note(year, now, spread[3], self._lang)
            if note:
                tip += "\n" + note
        _get, _fmt, value, delta = self._cards[name]
        if value.toolTip() != tip:
            value.setToolTip(tip)
            delta.setToolTip(tip)

    def set_bands(self, bands: dict | None) -> None:
        """Uncertainty bands by output (``wattif.core.analyses.uncertainty_all``), shown in the
        cards' tooltips; None removes them."""
        self._bands = bands
        m = self._model
        i = m.year_index()
        for name, (get, fmt, _value, _delta) in self._cards.items():
            if name in CARD_METRICS:
                self._set_tip(name, fmt, m.baseline_value(get(m.baseline_results)), i)

    def _spread(self, card: str, index: int) -> tuple[float, float, int, float] | None:
        """P5, P95, samples and median of a card's band in the year shown, or None."""
        band = (self._bands or {}).get(CARD_METRICS.get(card, ""))
        if band is None or len(band.years) != len(self._model.results.years):
            return None
        return float(band.p5[index]), float(band.p95[index]), int(band.n), float(band.p50[index])

    def apply_theme(self) -> None:
        """A new theme (``gui/themes.py``): the changes take its colours (each label's ink, set
        otherwise only when its sign flips)."""
        for _get, _fmt, _value, delta in self._cards.values():
            sign = delta.property("sign")
            if sign is not None:
                delta.set_ink(_sign_colour(sign))

    def texts(self) -> dict[str, tuple[str, str]]:
        """What the cards show: name -> (value, change) (for tests and screen readers)."""
        return {n: (c[2].text(), c[3].text()) for n, c in self._cards.items()}
