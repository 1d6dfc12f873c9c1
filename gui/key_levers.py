"""The key levers: the handful of inputs a consultant moves in front of a client.

Query volume, model, accelerator, precision and batch as rows generated from their declarations
(the same :class:`ParameterRow` as in the full panel), and every efficiency measure as a switch
with its adoption year. Everything else is under *All parameters*.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wattif.core import params
from wattif.core.measures import Measure, measures

from .parameter_row import ParameterRow, changed_rows, scaled_width
from .scenario_model import ScenarioModel

KEY_LEVERS = (
    "queries_per_day",
    "model",
    "hardware",
    "precision_bits",
    "concurrent_sequences",
)
"""The design card's levers, in the order a conversation takes them (volume, model, hardware
generation, precision, batch); the efficiency measures follow as switches."""

AFTER_MEASURES = ("rebound_elasticity",)
"""Under the measures: how demand answers cheaper queries (the rebound takes back savings)."""
YEAR_WIDTH = 72
"""Width of a measure's adoption year box at the desk's type [px]."""


def needed_width(view: QScrollArea) -> int:
    """Width ``view`` needs to show its content whole beside a vertical scroll bar [px] (its
    content's narrowest layout: labels wrapped, sliders short).

    Every layout inside is brought up to date first, innermost first: a layout keeps the sizes
    of the widgets in it until they report a change, which Qt otherwise does later, one level
    per pass of the event loop (the width would be the one before the type changed)."""
    inner = view.widget()
    for widget in reversed([inner, *inner.findChildren(QWidget)]):
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    return (
        inner.minimumSizeHint().width()
        + view.verticalScrollBar().sizeHint().width()
        + 2 * view.frameWidth()
    )


class _MeasureSwitch:
    """One measure: a check box with the measure's name and a box for its adoption year."""

    def __init__(self, measure: Measure, model: ScenarioModel, lang: str, parent: QWidget) -> None:
        self.measure = measure
        self._model = model
        on, year = params.get(measure.on_key), params.get(measure.year_key)
        self.label = on.label(lang)
        self.check = QCheckBox(self.label.replace("&", "&&"), parent)  # "R&D" is no mnemonic
        self.check.setObjectName(f"lever_{measure.on_key}")
        self.check.setToolTip(on.help(lang))
        self.year = QSpinBox(parent)
        self.year.setObjectName(f"lever_{measure.year_key}")
        self.year.setRange(int(year.min), int(year.max))
        self.year.setToolTip(year.help(lang) or year.label(lang))
        self.year.setAccessibleName(year.label(lang))
        self.year.setKeyboardTracking(False)  # typing "2028" is one change, not 2, 20, 202 …
        self.year.setFixedWidth(YEAR_WIDTH)
        self.check.toggled.connect(self._switched)
        self.year.valueChanged.connect(self._year_set)
        self.sync(model.scenario)

    def _switched(self, on: bool) -> None:
        label = self.label
        self._model.update(
            {self.measure.on_key: bool(on)},
            text=(
                QCoreApplication.translate("KeyLevers", "Switch on {0}")
                if on
                else QCoreApplication.translate("KeyLevers", "Switch off {0}")
            ).format(label),
        )

    def _year_set(self, year: int) -> None:
        self._model.update({self.measure.year_key: int(year)})

    def sync(self, scenario) -> None:
        on = bool(scenario[self.measure.on_key])
        if self.check.isChecked() != on:
            self.check.blockSignals(True)
            self.check.setChecked(on)
            self.check.blockSignals(False)
        year = int(scenario[self.measure.year_key])
        if self.year.value() != year:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
        if self.year.isEnabled() != on:
            self.year.setEnabled(on)  # kept, but dimmed, while the measure is off


class KeyLevers(QScrollArea):
    """The key levers of the scenario, generated from the parameter declarations.

    Signals
    -------
    show_all()
        The user asked for the full list of parameters.
    message(str)
        A note for the status bar (an entry was clamped or refused).
    """

    show_all = Signal()
    message = Signal(str)

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyLevers")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._model = model
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 10, 6)
        layout.setSpacing(4)
        self.rows: dict[str, ParameterRow] = {}
        for key in KEY_LEVERS:
            row = ParameterRow(params.get(key), model, lang, parent=inner)
            row.message.connect(self.message)
            row.min_width_changed.connect(self.fit_width)
            self.rows[key] = row
            layout.addWidget(row)

        heading = QLabel(self.tr("Measures and their adoption year"), inner)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 2)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.switches: dict[str, _MeasureSwitch] = {}
        for i, m in enumerate(measures()):
            switch = _MeasureSwitch(m, model, lang, inner)
            grid.addWidget(switch.check, i, 0)
            grid.addWidget(switch.year, i, 1)
            self.switches[m.id] = switch
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        # savings are never shown without the demand's answer to them (Jevons)
        for key in AFTER_MEASURES:
            row = ParameterRow(params.get(key), model, lang, parent=inner)
            row.message.connect(self.message)
            row.min_width_changed.connect(self.fit_width)
            row.setContentsMargins(0, 6, 0, 0)
            self.rows[key] = row
            layout.addWidget(row)

        more = QLabel("<a href='#all'>" + self.tr("All parameters, with search…") + "</a>", inner)
        more.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        more.setContentsMargins(0, 8, 0, 0)
        more.linkActivated.connect(lambda _link: self.show_all.emit())
        layout.addWidget(more)
        layout.addStretch(1)
        self.setWidget(inner)
        self._shown = model.scenario
        self._stale = False
        self._type_scale = 1.0  # the desk's type (presentation mode: larger)
        model.scenario_changed.connect(self.sync)
        model.error.connect(lambda *_: self.sync(model.scenario, force=True))

    def sync(self, scenario, force: bool = False) -> None:
        """Mirror the model's scenario in the controls whose value changed (a hidden view
        catches up when it is shown: a slider in the other tab does not wait for it)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        for row, value in changed_rows(self.rows, None if force else self._shown, scenario):
            row.sync(value)
        for switch in self.switches.values():
            switch.sync(scenario)
        self._shown = scenario

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.sync(self._model.scenario)

    # ------------------------------------------------------------------ type
    def set_type_scale(self, scale: float) -> None:
        """Fit the levers to type ``scale`` times the desk's (the dock sets the type itself):
        the year boxes grow with it, and the view asks for the width its widest lever needs.

        Without a horizontal scroll bar the view must be as wide as its content's narrowest
        layout, or the right edge (number boxes, years) is cut off; the dock gets wider (the
        charts give up some room) and scrolls vertically instead. At 1 the view asks for
        nothing again, as at the desk."""
        self._type_scale = scale
        for switch in self.switches.values():
            year = switch.year
            year.setFixedWidth(scaled_width(YEAR_WIDTH, scale, year.sizeHint().width()))
        self.fit_width()

    def fit_width(self) -> None:
        """The minimum width for the current type (none at the desk's)."""
        need = needed_width(self) if self._type_scale > 1.0 else 0
        if need != self.minimumWidth():
            self.setMinimumWidth(need)
