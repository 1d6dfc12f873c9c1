"""The KPI strip: the numbers that matter for the chosen year, each against the baseline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import style
from .formatting import fmt_compact, fmt_count, fmt_energy_kwh, fmt_number, fmt_percent_change
from .scenario_model import ScenarioModel


class KpiStrip(QFrame):
    """A year picker and eight cards: energy (auto-scaled kWh…TWh), Wh per query, t CO2e, m³
    water, EUR, accelerators, MW and households, each with its change against the baseline as
    an arrow and a percentage (increase ▲, decrease ▼ — never colour alone)."""

    def __init__(self, model: ScenarioModel, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        self._model = model
        self._lang = lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)

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
        layout.addLayout(picker)

        lg = lang

        def wh(v: float) -> str:
            return f"{fmt_number(v, lg)} Wh"

        def t_co2(v: float) -> str:
            if v >= 1e6:
                return f"{fmt_number(v / 1e6, lg)} Mt"
            if v >= 1e4:
                return f"{fmt_number(v / 1e3, lg)} kt"
            return f"{fmt_number(v, lg)} t"

        def m3(v: float) -> str:
            return f"{fmt_count(v, lg)} m³"

        def eur(v: float) -> str:
            return f"{fmt_compact(v, lg)} €" if v >= 1e5 else f"{fmt_count(v, lg)} €"

        def mw(v: float) -> str:
            return f"{fmt_number(v, lg)} MW" if v < 1000 else f"{fmt_number(v / 1000, lg)} GW"

        def count(v: float) -> str:
            return fmt_count(v, lg)

        self._cards: dict[str, tuple[Callable, Callable, QLabel, QLabel]] = {}
        specs = [
            ("energy", self.tr("Energy per year"), lambda x: x.energy_total_kwh,
             lambda v: fmt_energy_kwh(v, lg)),
            ("per_query", self.tr("Energy per query"), lambda x: x.per_query_total_wh, wh),
            ("co2e", self.tr("Emissions (CO₂e)"), lambda x: x.co2e_t, t_co2),
            ("water", self.tr("Water on site"), lambda x: x.water_m3, m3),
            ("cost", self.tr("Electricity cost"), lambda x: x.cost_eur, eur),
            ("accelerators", self.tr("Accelerators"), lambda x: x.accelerators, count),
            ("power", self.tr("Power provisioned"), lambda x: x.power_provisioned_mw, mw),
            ("households", self.tr("Households (equiv.)"), lambda x: x.households, count),
        ]
        for name, title, get, fmt in specs:
            card = QFrame(self)
            card.setObjectName(f"kpi_{name}")
            card.setProperty("kpiCard", True)
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            v = QVBoxLayout(card)
            v.setContentsMargins(6, 3, 4, 3)
            v.setSpacing(0)
            t = QLabel(title, card)
            t.setObjectName("kpiTitle")
            value = QLabel("", card)
            value.setObjectName("kpiValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            delta = QLabel("", card)
            delta.setObjectName("kpiDelta")
            for w in (t, value, delta):
                # changing numbers must never change the window's size hints (no relayout)
                w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                w.setMinimumWidth(60)
                v.addWidget(w)
            layout.addWidget(card, 1)
            self._cards[name] = (get, fmt, value, delta)

        self._years: tuple[int, ...] = ()
        self.year_box.currentIndexChanged.connect(self._year_picked)
        model.results_changed.connect(self.refresh)
        model.baseline_changed.connect(self.refresh)
        model.year_changed.connect(self.refresh)
        self.refresh()

    def _year_picked(self, index: int) -> None:
        if index >= 0:
            self._model.set_year(int(self.year_box.itemData(index)))

    def _sync_years(self) -> None:
        m = self._model
        years = tuple(int(y) for y in m.results.years)
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
        for get, fmt, value, delta in self._cards.values():
            now = float(get(m.results)[i])
            base = m.baseline_value(get(m.baseline_results))
            text = fmt(now)
            if value.text() != text:
                value.setText(text)
            change, sign = fmt_percent_change(now, base, self._lang)
            change = change if sign else self.tr("= baseline")
            if delta.text() != change:
                delta.setText(change)
                if delta.property("sign") != sign:  # style sheets are slow: only on a new sign
                    delta.setProperty("sign", sign)
                    colour = (style.INCREASE if sign > 0 else style.DECREASE if sign < 0
                              else style.MUTED)
                    delta.setStyleSheet(f"color: {colour};")
            tip = self.tr("Baseline: {0}").format(fmt(base))
            if value.toolTip() != tip:
                value.setToolTip(tip)
                delta.setToolTip(tip)

    def texts(self) -> dict[str, tuple[str, str]]:
        """What the cards show: name -> (value, change) (for tests and screen readers)."""
        return {n: (c[2].text(), c[3].text()) for n, c in self._cards.items()}
