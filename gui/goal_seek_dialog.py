"""What gets us there? Goal seek: which value of one input reaches a target for an output.

The user picks the output, the year, the target (an absolute value, a change against the baseline
such as −50 %, or "flat": the scenario's own value in its base year) and the input to vary (a
numeric parameter or the adoption year of a measure). The answer follows every choice and every
change of the scenario (``wattif.core.analyses.goal_seek`` in the worker process): the value, or
"not reachable" with the closest value the input's range allows. *Apply* sets it as one undo step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wattif.core import params
from wattif.core.analyses import metric_series
from wattif.core.measures import measures

from . import style
from .analysis_jobs import GoalAnswer, seek, values_of
from .analysis_service import AnalysisService
from .formatting import locale_for
from .metric_text import METRICS, axis_scale, fmt_metric, metric_label
from .number_box import NumberBox
from .scenario_model import ScenarioModel
from .tornado_view import fmt_input

KIND = "goal_seek"
MODES = ("baseline", "absolute", "flat")
"""Target modes: a change against the baseline [%], an absolute value, flat vs the base year."""
CLOSE_ENOUGH = 0.005
"""An answer further than this share from its target is said to be the nearest possible one."""


def seekable_inputs() -> list[tuple[str, str]]:
    """(group, key) of every input goal seek can vary, in the panel's order: the numeric
    parameters and the measures' adoption years."""
    years = {m.year_key for m in measures()}
    out = []
    for group in params.GROUPS:
        for p in params.registry().values():
            if p.group == group and (p.kind == "float" or p.key in years):
                out.append((group, p.key))
    return out


class GoalSeekDialog(QDialog):
    """A non-modal dialog that answers "what value of X reaches Y in year Z?"."""

    def __init__(
        self,
        model: ScenarioModel,
        service: AnalysisService,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalSeekDialog")
        self.setWindowTitle(self.tr("Goal seek"))
        self.model = model
        self._service = service
        self._lang = lang
        self._answer: GoalAnswer | None = None
        self._asked: tuple | None = None
        self._on_keys = {m.year_key: m.on_key for m in measures()}

        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("goalMetric")
        for metric in METRICS:
            self.metric_box.addItem(metric_label(metric), metric)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("goalYear")

        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("goalMode")
        self.mode_box.addItem(self.tr("Change against the baseline"), "baseline")
        self.mode_box.addItem(self.tr("Absolute value"), "absolute")
        self.mode_box.addItem(self.tr("Flat: the base year's value"), "flat")
        self.percent_box = QDoubleSpinBox(self)
        self.percent_box.setObjectName("goalPercent")
        self.percent_box.setRange(-100.0, 1000.0)
        self.percent_box.setDecimals(1)
        self.percent_box.setSingleStep(5.0)
        self.percent_box.setSuffix(" %")
        self.percent_box.setLocale(locale_for(lang))  # "−50,0 %" in German
        self.percent_box.setValue(-50.0)
        self.percent_box.setAccessibleName(self.tr("Change against the baseline in percent"))
        self.absolute_box = NumberBox(0.0, 1e15, lang=lang, parent=self)
        self.absolute_box.setObjectName("goalAbsolute")
        self.absolute_box.setAccessibleName(self.tr("Target value"))
        self.absolute_unit = QLabel(self)
        self.absolute_unit.setObjectName("unit")
        absolute = QWidget(self)
        row = QHBoxLayout(absolute)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.absolute_box, 1)
        row.addWidget(self.absolute_unit)
        self.target_stack = QStackedWidget(self)
        self.target_stack.addWidget(self.percent_box)
        self.target_stack.addWidget(absolute)
        self.target_stack.addWidget(QWidget(self))
        self.target_text = QLabel(self)
        self.target_text.setObjectName("goalTarget")

        self.input_box = QComboBox(self)
        self.input_box.setObjectName("goalInput")
        self.input_box.setMaxVisibleItems(20)
        self._fill_inputs()

        form = QFormLayout()
        form.addRow(self.tr("&Output:"), self.metric_box)
        form.addRow(self.tr("&Year:"), self.year_box)
        form.addRow(self.tr("&Target:"), self.mode_box)
        form.addRow("", self.target_stack)
        form.addRow("", self.target_text)
        form.addRow(self.tr("&Vary:"), self.input_box)

        self.answer = QLabel(self)
        self.answer.setObjectName("goalAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setFrameShape(QLabel.Shape.StyledPanel)
        self.answer.setMargin(6)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("&Apply to the scenario"), self)
        self.apply_button.setObjectName("goalApply")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter confirms a typed target; it must not apply the answer to the previous one
        for button in (self.apply_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._sync_years()
        self.set_input("queries_per_day")
        self._reset_absolute()
        self._timer = QTimer(self)  # collects a burst of changes into one request
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._request)
        for signal in (
            self.year_box.currentIndexChanged,
            self.input_box.currentIndexChanged,
            self.percent_box.valueChanged,
            self.absolute_box.valueChanged,
        ):
            signal.connect(self._changed)
        self.metric_box.currentIndexChanged.connect(self._metric_changed)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        service.finished.connect(self._finished)
        service.failed.connect(self._failed)
        model.results_changed.connect(self._scenario_changed)
        model.baseline_changed.connect(self._changed)
        self._mode_changed()

    # ------------------------------------------------------------------ building
    def _fill_inputs(self) -> None:
        lang = self._lang
        last = None
        box = self.input_box
        items: QStandardItemModel = box.model()
        for group, key in seekable_inputs():
            if group != last:
                en, de = params.GROUP_LABELS[group]
                box.addItem(de if lang == "de" else en)
                header = items.item(box.count() - 1)
                header.setEnabled(False)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                last = group
            p = params.get(key)
            box.addItem(p.label(lang), key)
            box.setItemData(
                box.count() - 1, p.help(lang) or p.label(lang), Qt.ItemDataRole.ToolTipRole
            )

    def _sync_years(self) -> None:
        years = [int(y) for y in self.model.results.years]
        have = [self.year_box.itemData(i) for i in range(self.year_box.count())]
        if have == years:
            return
        keep = self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        i = self.year_box.findData(keep) if keep in years else len(years) - 1
        self.year_box.setCurrentIndex(i)
        self.year_box.blockSignals(False)

    # ------------------------------------------------------------------ choices
    @property
    def metric(self) -> str:
        return str(self.metric_box.currentData())

    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    @property
    def key(self) -> str | None:
        data = self.input_box.currentData()
        return str(data) if data else None

    @property
    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def set_metric(self, metric: str) -> None:
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric))

    def set_year(self, year: int) -> None:
        self.year_box.setCurrentIndex(self.year_box.findData(int(year)))

    def set_input(self, key: str) -> None:
        self.input_box.setCurrentIndex(self.input_box.findData(key))

    def set_target(self, mode: str, value: float) -> None:
        """``mode`` one of :data:`MODES`; ``value`` in % (baseline) or in the unit shown."""
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        if mode == "baseline":
            self.percent_box.setValue(value)
        elif mode == "absolute":
            self.absolute_box.setValue(value)

    def _scale(self) -> tuple[float, str]:
        current = self._value(self.model.results, self.year)
        return axis_scale(self.metric, current)

    def _reset_absolute(self) -> None:
        """The absolute target starts at the scenario's value, in a unit that reads well."""
        f, unit = self._scale()
        self._absolute_factor = f  # kept with the unit on screen until the output changes
        self.absolute_unit.setText(unit)
        self.absolute_box.blockSignals(True)
        self.absolute_box.setValue(self._value(self.model.results, self.year) / f)
        self.absolute_box.blockSignals(False)

    def _value(self, results, year: int) -> float:
        years = results.years
        i = min(max(int(year) - int(years[0]), 0), len(years) - 1)
        return float(metric_series(results, self.metric)[i])

    def target(self) -> float:
        """The target [base unit of the output] the current choices describe."""
        m = self.model
        if self.mode == "absolute":
            return self.absolute_box.value() * self._absolute_factor
        if self.mode == "flat":
            return float(metric_series(m.results, self.metric)[0])
        base = self._value(m.baseline_results, self.year)
        return base * (1.0 + self.percent_box.value() / 100.0)

    def _metric_changed(self, *_: object) -> None:
        self._reset_absolute()
        self._changed()

    def _mode_changed(self, *_: object) -> None:
        self.target_stack.setCurrentIndex(MODES.index(self.mode))
        self._changed()

    def _scenario_changed(self) -> None:
        self._sync_years()
        self._changed()

    def _changed(self, *_: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    # ------------------------------------------------------------------ asking
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._changed()

    def _request(self) -> None:
        if not self.isVisible() or self.key is None:
            return
        target = self.target()
        m = self.model
        lang = self._lang
        text = self.tr("Target: {0}").format(fmt_metric(self.metric, target, lang))
        if self.mode == "baseline":
            base = self._value(m.baseline_results, self.year)
            text += " " + self.tr("(baseline {0} in {1})").format(
                fmt_metric(self.metric, base, lang), self.year
            )
        elif self.mode == "flat":
            text += " " + self.tr("(the scenario in {0})").format(int(m.results.years[0]))
        self.target_text.setText(text)
        key = self.key
        on_key = self._on_keys.get(key)
        switch_on = on_key if on_key and not bool(m.scenario[on_key]) else None
        s = m.scenario
        tag = (tuple(s[k] for k in s), key, target, self.metric, self.year, switch_on)
        if tag == self._asked:
            return
        self._asked = tag
        self._answer = None
        self.apply_button.setEnabled(False)
        searching = html.escape(self.tr("Searching…"))
        self.answer.setText(f"<span style='color:{style.MUTED}'>{searching}</span>")
        self._service.request(
            KIND,
            seek,
            values_of(s),
            key,
            target,
            self.metric,
            self.year,
            switch_on=switch_on,
            tag=tag,
        )

    def _finished(self, kind: str, tag: tuple, result: GoalAnswer, latest: bool) -> None:
        if kind != KIND or not latest or tag != self._asked:
            return  # an answer to a question no longer asked
        self._answer = result
        self.answer.setText(self._answer_html(result))
        self.apply_button.setEnabled(result.reached)

    def _failed(self, kind: str, tag: tuple, message: str, latest: bool) -> None:
        if kind == KIND and latest and tag == self._asked:
            self._answer = None
            self.answer.setText(html.escape(message))
            self.apply_button.setEnabled(False)

    def _answer_html(self, a: GoalAnswer) -> str:
        lang = self._lang
        p = params.get(a.key)
        label = html.escape(p.label(lang))
        value = html.escape(fmt_input(a.key, a.value, lang))
        achieved = html.escape(fmt_metric(self.metric, a.achieved, lang))
        target = html.escape(fmt_metric(self.metric, a.target, lang))
        what = html.escape(metric_label(self.metric))
        if not a.reached:
            head = html.escape(self.tr("Not reachable"))
            body = html.escape(
                self.tr(
                    "No value of {0} between {1} and {2} reaches {3}; the closest is {4} at {5}."
                ).format(
                    p.label(lang),
                    fmt_input(a.key, a.low, lang),
                    fmt_input(a.key, a.high, lang),
                    fmt_metric(self.metric, a.target, lang),
                    fmt_metric(self.metric, a.achieved, lang),
                    fmt_input(a.key, a.value, lang),
                )
            )
            return f"<b style='color:{style.WARNING}'>⚠ {head}</b><br>{body}"
        lines = [f"<b>{label} = {value}</b>"]
        lines.append(
            html.escape(self.tr("gives {0} in {1}: {2} (target {3})")).format(
                what, self.year, achieved, target
            )
        )
        if abs(a.achieved - a.target) > CLOSE_ENOUGH * max(abs(a.target), 1e-12):
            lines.append(
                html.escape(self.tr("(whole steps only: the nearest step that meets the target)"))
            )
        if a.switched_on:
            lines.append(html.escape(self.tr("Applying it also switches the measure on.")))
        if p.low is not None and p.high is not None and not p.low <= a.value <= p.high:
            lines.append(
                f"<span style='color:{style.WARNING}'>⚠ "
                + html.escape(
                    self.tr("outside the plausible range {0} to {1}").format(
                        fmt_input(a.key, p.low, lang), fmt_input(a.key, p.high, lang)
                    )
                )
                + "</span>"
            )
        return "<br>".join(lines)

    # ------------------------------------------------------------------ applying
    def answer_value(self) -> GoalAnswer | None:
        """The answer shown (None while searching or after an error)."""
        return self._answer

    def apply(self) -> bool:
        """Set the answer in the scenario as one undo step."""
        a = self._answer
        if a is None or not a.reached or self._timer.isActive():
            return False  # no answer, or one to a question that has just changed
        p = params.get(a.key)
        value = int(round(a.value)) if p.kind == "int" else a.value
        changes = {a.key: value}
        if a.switched_on:
            changes[a.switched_on] = True
        text = self.tr("Goal seek: {0} = {1}").format(
            p.label(self._lang), fmt_input(a.key, a.value, self._lang)
        )
        # a token of its own: never merged with a neighbouring change of the same input
        return self.model.update(changes, merge_token=object(), text=text)
