"""One parameter as a row of controls, generated from its declaration.

Numbers get a label, a slider (logarithmic where the declaration says so), an editable number
box with the unit and a reset button; switches a check box; choices a combo box (hardware and
models by name from their catalogues, the id in the tooltip). Every control carries a tooltip
with description, range and source. The row writes through :meth:`ScenarioModel.update` and
mirrors the model in :meth:`sync`; :meth:`set_unused` greys it out where another choice decides.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from wattif.core import data
from wattif.core.params import Parameter, accepts_percent

from .core_text import catalogue_name
from .formatting import fmt_number, fmt_percent, fmt_plain, mnemonic_safe
from .number_box import NumberBox
from .scenario_model import ALONG_REACH, ScenarioModel

SLIDER_STEPS = 1000
"""Positions of a slider without a declared step (and of every log slider)."""
BOX_WIDTH = 76
"""Width of the number box at the desk's type [px]: the slider keeps the rest of the row."""
UNIT_WIDTH = 74
"""Width of the unit beside the number box at the desk's type [px] (longer units wrap)."""


def scaled_width(desk: int, scale: float, needed: int) -> int:
    """A fixed width for type ``scale`` times the desk's: exactly ``desk`` at the desk, else
    ``desk`` grown with the type but never less than the widget needs (``needed``, its size hint
    in the larger type: a spin box's arrows do not grow with the text)."""
    if scale <= 1.0:
        return desk
    return max(round(desk * scale), needed)


def entry_width(combo: QComboBox) -> int:
    """Width ``combo`` needs to show its current entry whole [px]: the style's frame and arrow
    around the text, as Qt sizes a combo box for its longest entry."""
    fm = combo.fontMetrics()
    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    opt.editable = combo.isEditable()
    opt.frame = combo.hasFrame()
    text = QSize(fm.boundingRect(combo.currentText()).width(), fm.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, text, combo).width()


def set_bold(widget: QWidget, bold: bool) -> None:
    """Make ``widget``'s text bold (or not) and set nothing else of its font.

    A font read from ``widget.font()`` carries the size the widget has now as if set on it: in
    presentation mode's large type, written back, it would keep that size after presentation
    mode (the label of a lever moved in front of the room stayed large on the desk)."""
    font = QFont()
    font.setBold(bold)
    widget.setFont(font)


def _natural_key(text: str) -> tuple:
    """Sort key reading numbers as numbers: Llama 3.1 8B before Llama 3.1 70B."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.split(r"(\d+)", text.casefold())
        if part
    )


def source_text(ids: tuple[str, ...]) -> str:
    """Citations of some source ids, for a tooltip."""
    table = data.sources()
    parts = []
    for sid in ids:
        entry = table.get(sid)
        parts.append(html.escape(entry["citation"] if entry else sid))
    return "<br>".join(parts)


def changed_rows(rows: dict, last, scenario) -> Iterator[tuple]:
    """``(row, value)`` for the rows (by parameter key) whose value differs between the
    scenario ``last`` shown (None: all rows) and ``scenario``. Reads the scenarios' own value
    mappings: ``Scenario.__getitem__`` is a Python call, 170 of them a slider step."""
    now = scenario.values_mapping()
    before = last.values_mapping() if last is not None else None
    for key, row in rows.items():
        value = now[key]
        if before is None:
            yield row, value
            continue
        was = before[key]  # an unchanged value is the same object (Scenario.replace)
        if was is not value and (was != value or type(was) is not type(value)):
            yield row, value


class ParameterRow(QWidget):
    """Controls of one declared parameter.

    Parameters
    ----------
    param : Parameter
        The declaration (``wattif.core.params``).
    model : ScenarioModel
        Written through ``update``; the row mirrors ``model.scenario`` in :meth:`sync`.
    lang : str
        ``"en"`` or ``"de"`` for labels, help and number format.
    label : str, optional
        Shorter label than the declared one (inside a measure box).
    """

    message = Signal(str)
    """A note for the status bar (an entry was clamped or refused)."""
    min_width_changed = Signal()
    """The row's minimum width changed in presentation type (another entry was chosen)."""

    def __init__(
        self,
        param: Parameter,
        model: ScenarioModel,
        lang: str = "en",
        label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.param = param
        self.key = param.key
        self._model = model
        self._lang = lang
        self._token: object | None = None
        self.slider: QSlider | None = None
        self.box: NumberBox | None = None
        self._unit: QLabel | None = None
        self.combo: QComboBox | None = None
        self.check: QCheckBox | None = None
        self.picker: QComboBox | None = None
        self.note: QLabel | None = None
        self._unused: str | None = None
        self._type_scale = 1.0  # the desk's type (presentation mode: larger)
        self.setObjectName(f"row_{param.key}")
        # value -> name of a choice ("h100" -> "NVIDIA H100 SXM"), in the order shown
        self._names: dict[Any, str] = self._choice_names() if param.kind == "choice" else {}

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        self._grid = grid
        text = label or param.label(lang)
        self.text = text
        """The label as the user reads it (the widgets get it with ``&`` escaped: "R&D")."""
        tip = self._tooltip()
        self._tip = tip

        self.reset_button = QToolButton(self)
        self.reset_button.setText("↺")
        self.reset_button.setAutoRaise(True)
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.reset_button.setToolTip(
            self.tr("Reset to the default ({0})").format(self._value_text(param.default))
        )
        self.reset_button.setAccessibleName(self.tr("Reset {0}").format(text))
        self.reset_button.clicked.connect(self.reset)

        if param.kind == "bool":
            self.check = QCheckBox(mnemonic_safe(text), self)
            self.check.setToolTip(tip)
            self.check.toggled.connect(lambda on: self._write(bool(on)))
            grid.addWidget(self.check, 0, 0, 1, 3)
            grid.addWidget(self.reset_button, 0, 3)
            self.label = None
        else:
            self.label = QLabel(mnemonic_safe(text), self)
            self.label.setWordWrap(True)
            self.label.setToolTip(tip)
            grid.addWidget(self.label, 0, 0, 1, 3)
            grid.addWidget(self.reset_button, 0, 3, Qt.AlignmentFlag.AlignRight)
            if param.kind == "choice":
                self._build_combo(tip)
            else:
                self._build_number(tip)
        grid.setColumnStretch(0, 1)
        self.sync(model.scenario[param.key])
        if self.combo is not None:
            self._update_tooltips()  # the chosen entry's id

    # ------------------------------------------------------------------ building
    def _choice_names(self) -> dict[Any, str]:
        """Names of the choices in the order the combo box shows them.

        Hardware by its catalogue name in declaration order; models by name, ``custom`` first,
        then the archetypes, then the catalogue in natural order of the names.
        """
        p = self.param
        if p.choices_spec == "models":
            catalogue = data.model_catalogue()
            names = {c: catalogue_name(catalogue[c].name) for c in p.choices if c in catalogue}
            ordered = sorted(
                names, key=lambda c: (not c.startswith("archetype/"), _natural_key(names[c]))
            )
            return {"custom": self.tr("Custom (from parameters)")} | {c: names[c] for c in ordered}
        hardware = data.hardware_catalogue()
        out: dict[Any, str] = {}
        for choice in p.choices:
            if isinstance(choice, str) and choice in hardware:
                out[choice] = catalogue_name(hardware[choice].name)
            elif p.unit:
                out[choice] = f"{choice} {p.unit_label(self._lang)}"
            else:
                out[choice] = str(choice)
        return out

    def _build_combo(self, tip: str) -> None:
        self.combo = QComboBox(self)
        self.combo.setToolTip(tip)
        models = self.param.choices_spec == "models"
        last_group = None
        for choice, name in self._names.items():
            if models:  # a line between "custom", the archetypes and the published models
                group = (
                    "custom"
                    if choice == "custom"
                    else "archetype"
                    if choice.startswith("archetype/")
                    else "published"
                )
                if last_group is not None and group != last_group:
                    self.combo.insertSeparator(self.combo.count())
                last_group = group
            self.combo.addItem(name, choice)
            if isinstance(choice, str) and name != choice:
                self.combo.setItemData(self.combo.count() - 1, choice, Qt.ItemDataRole.ToolTipRole)
        self.combo.currentIndexChanged.connect(
            lambda i: self._write(self.combo.itemData(i)) if i >= 0 else None
        )
        self.combo.currentIndexChanged.connect(self._fit_combo)
        self.label.setBuddy(self.combo)
        self._grid.addWidget(self.combo, 1, 0, 1, 4)

    def _build_number(self, tip: str) -> None:
        p = self.param
        lo, hi = float(p.min), float(p.max)
        self._log = p.scale == "log" and lo > 0
        integer = p.kind == "int"
        if self._log:
            self._positions = SLIDER_STEPS
        elif p.step:
            self._positions = max(1, min(SLIDER_STEPS, round((hi - lo) / p.step)))
        else:
            self._positions = SLIDER_STEPS
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, self._positions)
        single = max(1, self._positions // 100) if self._log or not p.step else 1
        self.slider.setSingleStep(single)
        self.slider.setPageStep(max(single, self._positions // 10))
        self.slider.setToolTip(tip)
        self.slider.setAccessibleName(self.text)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.sliderPressed.connect(self._begin_drag)
        self.slider.sliderReleased.connect(self._end_drag)
        self.slider.valueChanged.connect(self._slider_moved)

        self.box = NumberBox(
            lo,
            hi,
            integer=integer,
            log=self._log,
            step=p.step,
            lang=self._lang,
            percent=accepts_percent(p),
            parent=self,
        )
        self.box.setToolTip(tip)
        self.box.setAccessibleName(self.text)
        self.box.setFixedWidth(BOX_WIDTH)
        self.box.valueChanged.connect(self._box_changed)
        self.box.out_of_range.connect(self._clamped)
        self.box.not_a_number.connect(
            lambda text: self.message.emit(
                self.tr("{0}: '{1}' is not a number; allowed {2}").format(
                    self.text, text, self._range()
                )
            )
        )
        self.box.percent_read.connect(self._percent_read)
        self.box.percent_refused.connect(self._percent_refused)
        self.box.percent_not_here.connect(
            lambda text: self.message.emit(
                self.tr("{0}: '{1}' is not understood: no percentage here; allowed {2}").format(
                    self.text, text, self._range()
                )
            )
        )
        self.label.setBuddy(self.slider)
        unit = QLabel(p.unit_label(self._lang), self)
        unit.setObjectName("unit")
        unit.setFixedWidth(UNIT_WIDTH)
        unit.setWordWrap(True)
        unit.setToolTip(tip)
        self._unit = unit
        self._grid.addWidget(self.slider, 1, 0, 1, 2)
        self._grid.addWidget(self.box, 1, 2)
        self._grid.addWidget(unit, 1, 3)
        # Tab goes slider -> number box -> reset, as the eye reads the row
        QWidget.setTabOrder(self.slider, self.box)
        QWidget.setTabOrder(self.box, self.reset_button)

    def set_type_scale(self, scale: float) -> None:
        """Size the controls for type ``scale`` times the desk's (presentation mode; the type
        itself comes from the dock, :meth:`ParameterViews.set_type_scale
        <gui.parameter_views.ParameterViews.set_type_scale>`); 1 gives the desk's sizes back.

        The number box and the unit grow with the type. A choice asks for the width of the
        entry it shows, not of its longest entry (a CPU server's name would widen the dock by a
        tenth and take the room from the charts); its list opens as wide as its entries."""
        self._type_scale = scale
        if self.box is not None:
            self.box.setFixedWidth(scaled_width(BOX_WIDTH, scale, self.box.sizeHint().width()))
        if self._unit is not None:
            needed = self._unit.minimumSizeHint().width()  # a wrapped label: its longest word
            self._unit.setFixedWidth(scaled_width(UNIT_WIDTH, scale, needed))
        if self.combo is not None:
            self._fit_combo()

    def _fit_combo(self) -> None:
        """The combo box's minimum width: the entry shown, in presentation type; at the desk's
        type none of its own (Qt's: its longest entry)."""
        width = entry_width(self.combo) if self._type_scale > 1.0 else 0
        if width != self.combo.minimumWidth():
            self.combo.setMinimumWidth(width)
            self.updateGeometry()
            self.min_width_changed.emit()

    def add_picker(self, title: str, items: list[tuple[str, Any]]) -> QComboBox:
        """A combo box below the row that sets the value from a list (a country's grid)."""
        self.picker = QComboBox(self)
        self.picker.addItem(title, None)
        for text, value in items:
            self.picker.addItem(text, value)
        self.picker.setToolTip(title)
        self.picker.activated.connect(self._picked)
        self._grid.addWidget(self.picker, 2, 0, 1, 4)
        return self.picker

    def set_note(self, text: str) -> None:
        """A muted line below the controls (what another choice brings); empty hides it."""
        if self.note is None:
            if not text:
                return
            self.note = QLabel(self)
            self.note.setObjectName("rowNote")
            self.note.setWordWrap(True)
            self._grid.addWidget(self.note, 3, 0, 1, 4)
        if self.note.text() != text:
            self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_unused(self, reason: str | None) -> None:
        """Grey the row out because another choice decides its value (``reason`` leads its
        tooltips), or enable it again with None. The value stays and still follows undo."""
        if reason == self._unused:
            return
        self._unused = reason
        self.setEnabled(reason is None)
        self._update_tooltips()

    def is_unused(self) -> bool:
        return self._unused is not None

    def _update_tooltips(self) -> None:
        first = last = ""
        if self._unused:
            not_used = self.tr("Not used")
            first = f"<b>{html.escape(not_used)}:</b> {html.escape(self._unused)}"
        value = self.combo.currentData() if self.combo is not None else None
        if isinstance(value, str) and self._names.get(value, value) != value:
            t_id = self.tr("Id")
            last = f"<i>{html.escape(t_id)}:</i> {html.escape(value)}"
        tip = self._tooltip(first, last) if first or last else self._tip
        for w in (self.label, self.check, self.slider, self.box, self.combo, self._unit):
            if w is not None and w.toolTip() != tip:
                w.setToolTip(tip)

    def _picked(self, index: int) -> None:
        value = self.picker.itemData(index)
        if value is not None:
            self._write(value, self.tr("Choose {0}").format(self.picker.itemText(index)))
        self.picker.setCurrentIndex(0)

    # ------------------------------------------------------------------ text
    def _range(self) -> str:
        p = self.param
        unit = f" {p.unit_label(self._lang)}" if p.unit else ""
        if accepts_percent(p):  # "0.05 to 1 share (5 % – 100 %)": a share reads as percent too
            unit += f" ({fmt_percent(p.min, self._lang)} – {fmt_percent(p.max, self._lang)})"
        return (
            self.tr("{0} to {1}").format(self._value_text(p.min, 4), self._value_text(p.max, 4))
            + unit
        )

    def _value_text(self, value: Any, sig: int = 3) -> str:
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if isinstance(value, str):
            if value in self._names:
                return self._names[value]
            hw = data.hardware_catalogue().get(value)
            return catalogue_name(hw.name) if hw else value
        if self.param.kind == "int" or (self.param.kind == "choice"):
            return str(value)
        if value is None:
            return "?"
        if self.box is not None:
            return self.box.format(float(value))
        return fmt_number(float(value), self._lang, sig)

    def _tooltip(self, first: str = "", last: str = "") -> str:
        """Description, range, default and source; ``first``/``last`` are extra HTML lines."""
        p = self.param
        t_range, t_plausible = self.tr("Range"), self.tr("Plausible")
        t_default, t_source = self.tr("Default"), self.tr("Source")
        lines = [f"<b>{html.escape(p.label(self._lang))}</b>"]
        if p.help(self._lang):
            lines.append(html.escape(p.help(self._lang)))
        if p.kind in ("float", "int"):
            lines.append(f"<i>{t_range}:</i> {html.escape(self._range())}")
            if p.low is not None and p.high is not None:
                unit = f" {p.unit_label(self._lang)}" if p.unit else ""
                lines.append(
                    f"<i>{t_plausible}:</i> {self._value_text(p.low)} – "
                    f"{self._value_text(p.high)}{html.escape(unit)}"
                )
        lines.append(f"<i>{t_default}:</i> {html.escape(self._value_text(p.default))}")
        if p.source:
            lines.append(f"<i>{t_source}:</i> {source_text(p.source)}")
        lines = [first, *lines, last] if first or last else lines
        return "<p style='white-space:normal'>" + "<br>".join(x for x in lines if x) + "</p>"

    # ------------------------------------------------------------------ slider mapping
    def _to_position(self, value: float) -> int:
        p = self.param
        lo, hi = float(p.min), float(p.max)
        if self._log:
            frac = (math.log10(max(value, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
        else:
            frac = (value - lo) / (hi - lo) if hi > lo else 0.0
        return int(round(min(max(frac, 0.0), 1.0) * self._positions))

    def _from_position(self, pos: int) -> float | int:
        p = self.param
        lo, hi = float(p.min), float(p.max)
        frac = pos / self._positions
        if self._log:
            value = 10 ** (math.log10(lo) + frac * (math.log10(hi) - math.log10(lo)))
            value = float(f"{value:.3g}")
        elif p.step:
            n = round(frac * (hi - lo) / p.step)
            value = lo + n * p.step
            decimals = max(0, -int(math.floor(math.log10(p.step)))) + 1
            value = round(value, decimals)
        else:
            value = float(f"{lo + frac * (hi - lo):.3g}")
        value = min(max(value, lo), hi)
        return int(round(value)) if p.kind == "int" else value

    # ------------------------------------------------------------------ writing
    def _write(self, value: Any, text: str | None = None) -> None:
        label = self.text
        self._model.update(
            {self.key: value},
            merge_token=self._token,
            text=text or self.tr("Change {0}").format(label),
        )

    def _begin_drag(self) -> None:
        self._token = object()
        self._prefetch()  # the drag's first step is served too

    def _prefetch(self) -> None:
        """Have the slider's positions around the handle evaluated in one batch, unless the
        model already serves them (:meth:`ScenarioModel.prefetch`)."""
        self._prefetch_due = False
        if not self._model.wants_prefetch(self.key):
            return
        pos = self.slider.value()
        near = range(max(0, pos - ALONG_REACH), min(self._positions, pos + ALONG_REACH) + 1)
        self._model.prefetch(self.key, [self._from_position(p) for p in near])

    def _end_drag(self) -> None:
        self._token = None

    def _slider_moved(self, pos: int) -> None:
        value = self._from_position(pos)
        current = self._model.scenario[self.key]
        if self._to_position(current) == pos:
            return  # the model already holds a value that maps to this position
        self._write(value)
        if not self._prefetch_due and self._model.wants_prefetch(self.key):
            # the next steps of this drag or key run: evaluated in one batch, once control is
            # back in the event loop (this step is shown first)
            self._prefetch_due = True
            QTimer.singleShot(0, self, self._prefetch)

    _prefetch_due = False

    def _box_changed(self, value: float) -> None:
        if self.param.kind == "int":
            value = int(round(value))
        self._write(value)

    def _clamped(self, typed: float, percent: bool = False) -> None:
        self.message.emit(
            self.tr("{0}: {1} is outside the allowed range {2}; set to {3}").format(
                self.text,
                fmt_percent(typed, self._lang) if percent else fmt_plain(typed, self._lang),
                self._range(),
                self._value_text(self.box.value(), 4),
            )
        )

    def _percent_read(self, value: float) -> None:
        self.message.emit(
            self.tr("{0}: {1} read as {2}").format(
                self.text, fmt_percent(value, self._lang), self._value_text(value, 4)
            )
        )

    def _percent_refused(self, typed: float, as_percent: float) -> None:
        self.message.emit(
            self.tr(
                "{0}: {1} is outside the allowed range {2}; the value stays {3}. For {4} type {5}"
            ).format(
                self.text,
                fmt_plain(typed, self._lang),
                self._range(),
                self._value_text(self.box.value(), 4),
                fmt_percent(as_percent, self._lang),
                fmt_percent(as_percent, self._lang).replace(" ", ""),
            )
        )

    def context_menu(self) -> QMenu:
        """The row's menu: reset, and the sources behind the default (in the Sources view)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Reset to the default"), self.reset)
        act = menu.addAction(self.tr("Show sources…"), self.show_sources)
        act.setObjectName("showSources")
        act.setEnabled(bool(self.param.source))
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Right click on the label or the slider."""
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def show_sources(self) -> bool:
        """Select this parameter's sources in the window's Sources view (False without one)."""
        w = self.parentWidget()
        while w is not None and not hasattr(w, "show_sources_of"):
            w = w.parentWidget()
        if w is None:
            return False
        w.show_sources_of(self.key)
        return True

    def reset(self) -> None:
        """Back to the declared default (one undo step)."""
        self._token = None
        label = self.text
        self._model.update({self.key: self.param.default}, text=self.tr("Reset {0}").format(label))

    # ------------------------------------------------------------------ mirroring
    def sync(self, value: Any) -> None:
        """Show ``value`` without writing it back."""
        if self.check is not None:
            if self.check.isChecked() != bool(value):
                self.check.blockSignals(True)
                self.check.setChecked(bool(value))
                self.check.blockSignals(False)
        elif self.combo is not None:
            i = self.combo.findData(value)
            if i != self.combo.currentIndex():
                self.combo.blockSignals(True)
                self.combo.setCurrentIndex(i)
                self.combo.blockSignals(False)
                self._update_tooltips()
                self._fit_combo()
        else:
            if self.box.value() != value:
                self.box.blockSignals(True)
                self.box.setValue(float(value))
                self.box.blockSignals(False)
            pos = self._to_position(float(value))
            if self.slider.value() != pos and not self.slider.isSliderDown():
                self.slider.blockSignals(True)
                self.slider.setValue(pos)
                self.slider.blockSignals(False)
        changed = value != self.param.default
        target = self.label if self.label is not None else self.check
        if target.font().bold() != changed:
            set_bold(target, changed)
