"""Why this number: how one replica decodes, for the scenario and the baseline.

A strip of the quantities the decode physics works out for the base year as configured (before
measures and trends): the model, accelerators per replica, the batch that runs, the time of one
decode step, what bounds it, the power per accelerator, the shares of peak bandwidth and compute
used, and the accelerator energy per output token (= power × accelerators × step ÷ batch). A
line in vermillion warns when the model's weights do not fit on the replica.

The view only reads :class:`~wattif.core.model.Results`; it never evaluates the model. Texts
are set only when they change, and the labels ignore their texts' widths, so a slider step
costs a few string formats and never a relayout.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from wattif.core import Scenario, data, params
from wattif.core.model import REGIMES, Results

from . import style
from .core_text import catalogue_name
from .formatting import fmt_count, fmt_number
from .kpi_strip import FitLabel
from .scenario_model import ScenarioModel

COLUMNS = (
    "model",
    "accelerators",
    "batch",
    "step",
    "regime",
    "power",
    "bandwidth",
    "compute",
    "energy",
)
"""The quantities shown, left to right (keys of :meth:`PhysicsPanel.texts`)."""

_STRETCH = {"model": 16, "regime": 10, "bandwidth": 8, "compute": 8, "energy": 8}
"""Relative column widths (the others 7): fixed shares, so new texts never move columns."""

UNFOLD_FROM_PX = 800
"""Central area height from which the table shows unless the user folded it (at 1280×720 the
one-line summary leaves the charts their room)."""


class PhysicsPanel(QFrame):
    """The decode physics behind the per-query energy, scenario above baseline (grey).

    Parameters
    ----------
    model : ScenarioModel
        Read on ``results_changed`` and ``baseline_changed``.
    lang : str
        ``"en"`` or ``"de"`` for numbers.
    """

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # polished once, in the window's style sheet, as its labels are made (the window puts
        # the sheet on the parts that use it: MainWindow.apply_style)
        self.setStyleSheet(style.stylesheet())
        self.setObjectName("physicsPanel")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._model = model
        self._lang = lang
        self._seen: tuple[Results, Results] | None = None
        self._filled: dict[int, tuple] = {}
        self._summary_year: int | None = None  # what each row shows, by the values behind it
        self._model_names = {k: catalogue_name(m.name) for k, m in data.model_catalogue().items()}
        self._hardware_names = {
            k: catalogue_name(h.name) for k, h in data.hardware_catalogue().items()
        }
        self._regime_names = {
            "memory": self.tr("memory-bound"),
            "compute": self.tr("compute-bound"),
            "overhead": self.tr("overhead-bound"),
        }
        self._regime_tips = {
            "memory": self.tr(
                "Each step waits for the weights and the KV cache to stream from memory."
            ),
            "compute": self.tr("The arithmetic of the batch sets the time of each step."),
            "overhead": self.tr(
                "Fixed and per-sequence time of each step (kernel launches, scheduling, "
                "communication between the accelerators) outweighs streaming and arithmetic."
            ),
        }
        self._replica_label = params.get("accelerators_per_replica").label(lang)

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 1, 8, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("physicsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.setIconSize(QSize(9, 9))
        grid.addWidget(self.toggle, 0, 0)
        self._title_year: int | None = None
        heads = {
            "model": (self.tr("Model"), self.tr("The model that decodes (catalogue or custom)")),
            "accelerators": (
                self.tr("Accelerators"),
                self.tr("Accelerators holding one copy of the model (a replica)"),
            ),
            "batch": (
                self.tr("Batch"),
                self.tr("Sequences decoding together in one step (after the memory cap)"),
            ),
            "step": (self.tr("Step"), self.tr("Time of one decode step of a replica")),
            "regime": (
                self.tr("Regime"),
                self.tr(
                    "What sets the step time: memory bandwidth, compute, or fixed and "
                    "per-sequence overheads"
                ),
            ),
            "power": (
                self.tr("Per accelerator"),
                self.tr("Average power of one accelerator while serving"),
            ),
            "bandwidth": (
                self.tr("Bandwidth used"),
                self.tr("Achieved share of the peak memory bandwidth"),
            ),
            "compute": (self.tr("Compute used"), self.tr("Achieved share of the peak compute")),
            "energy": (
                self.tr("Per output token"),
                self.tr(
                    "Accelerator energy per output token = power × accelerators × step time ÷ batch"
                ),
            ),
        }
        self._table: list[QWidget] = []  # what folds away
        for c, key in enumerate(COLUMNS, start=1):
            text, tip = heads[key]
            head = self._label("physicsHead", 0, c)
            head.setText(text)
            head.setToolTip(tip)
            self._table.append(head)
        self._cells: dict[str, dict[str, FitLabel]] = {}
        for r, (row, name, title) in enumerate(
            (
                ("scenario", "physicsValue", self.tr("Scenario")),
                ("baseline", "physicsBase", self.tr("Baseline")),
            ),
            start=1,
        ):
            head = QLabel(title, self)
            head.setObjectName(name)
            head.setIndent(6)
            grid.addWidget(head, r, 0)
            self._cells[row] = {key: self._label(name, r, c) for c, key in enumerate(COLUMNS, 1)}
            self._table += [head, *self._cells[row].values()]
        for c, key in enumerate(COLUMNS, start=1):
            grid.setColumnStretch(c, _STRETCH.get(key, 7))
        # folded: one line in words instead of the table
        self.summary = FitLabel("", self, elided_tooltip=True)
        self.summary.setObjectName("physicsSummary")
        grid.addWidget(self.summary, 0, 1, 1, len(COLUMNS))

        self.warning = FitLabel("", self, elided_tooltip=True)
        self.warning.setObjectName("physicsWarning")
        self.warning.setAccessibleName(self.tr("Warning"))
        grid.addWidget(self.warning, 3, 0, 1, len(COLUMNS) + 1)
        self.warning.hide()

        self.toggle.toggled.connect(self.set_expanded)
        self.toggle.clicked.connect(self._chosen)
        self.toggle.setChecked(True)
        self._choice: bool | None = None  # unfolded or folded by the user (else by room)
        model.results_changed.connect(self.refresh)
        model.baseline_changed.connect(self.refresh)
        self.refresh()

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def _chosen(self, expanded: bool) -> None:
        self._choice = bool(expanded)

    def user_choice(self) -> bool | None:
        """Unfolded (True) or folded (False) by the user; None while it follows the room."""
        return self._choice

    def set_user_choice(self, expanded: bool | None) -> None:
        self._choice = expanded
        if expanded is not None:
            self.set_expanded(expanded)

    def fit_room(self, height: int) -> None:
        """Unless the user chose: the table when the window's central area is at least
        :data:`UNFOLD_FROM_PX` high, else the one-line summary (the charts keep their room)."""
        if self._choice is None:
            self.set_expanded(height >= UNFOLD_FROM_PX)

    def set_expanded(self, expanded: bool) -> None:
        """The table (scenario above baseline) or, folded, one line about the scenario."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # re-enters through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.summary.setVisible(not expanded)
        for w in self._table:
            w.setVisible(expanded)

    def _label(self, name: str, row: int, col: int) -> FitLabel:
        label = FitLabel("", self, elided_tooltip=False)
        label.setObjectName(name)
        label.setMinimumWidth(24)
        self.layout().addWidget(label, row, col)
        return label

    # ------------------------------------------------------------------ updating
    def refresh(self, *_: object) -> None:
        m = self._model
        results, base = m.results, m.baseline_results
        if self._seen is not None and self._seen[0] is results and self._seen[1] is base:
            return
        self._seen = (results, base)
        year = int(results.years[0])
        if year != self._title_year:
            self._title_year = year
            self.toggle.setText(self.tr("Decode {0}").format(year))
            self.toggle.setToolTip(
                self.tr(
                    "Why this number: how one replica decodes in {0} as configured (before "
                    "measures and trends). The accelerator energy per query follows from the "
                    "energy per output token. Click to fold or unfold."
                ).format(year)
            )
        filled = self._fill(self._cells["scenario"], m.scenario, results)
        filled = self._fill(self._cells["baseline"], m.baseline, base) or filled
        if not filled and year == self._summary_year:
            return  # the same physics: summary and warning stay as they are
        self._summary_year = year
        t = {key: label.text() for key, label in self._cells["scenario"].items()}
        summary = self.tr(
            "{7} per output token: {0} on {1} × {2}, batch {3}, {4} per step, {5}, {6} per "
            "accelerator"
        ).format(
            t["model"],
            t["accelerators"],
            self._hardware_names.get(m.scenario["hardware"], m.scenario["hardware"]),
            t["batch"],
            t["step"],
            t["regime"],
            t["power"],
            t["energy"],
        )
        if self.summary.text() != summary:
            self.summary.setText(summary)
        if bool(results.fits_in_memory):
            text = ""
        else:
            text = "⚠ " + self.tr(
                "The model's weights do not fit on the replica of {0} × {1}: raise “{2}” "
                "(0 = derive from memory)."
            ).format(
                fmt_count(float(results.accelerators_per_replica), self._lang),
                self._hardware_names.get(m.scenario["hardware"], m.scenario["hardware"]),
                self._replica_label,
            )
        if self.warning.text() != text:
            self.warning.setText(text)
            self.warning.setVisible(bool(text))

    def _fill(self, cells: dict[str, FitLabel], scenario: Scenario, r: Results) -> bool:
        """Show one row; False when it already shows these values (most sliders — PUE, the
        grid, volume — leave the decode physics as it is: nothing to format then)."""
        lg = self._lang
        model_id = scenario["model"]
        g = float(r.accelerators_per_replica)
        batch = float(r.effective_batch)
        step_ms = float(r.decode_step_ms)
        power_w = float(r.accelerator_power_w)
        j_token = float(r.accelerator_j_per_output_token)
        fits = bool(r.fits_in_memory)
        key = (
            model_id,
            scenario["hardware"],
            scenario["active_params_b"],
            scenario["total_params_b"],
            g,
            batch,
            step_ms,
            power_w,
            j_token,
            float(r.regime),
            fits,
            float(r.bandwidth_utilisation),
            float(r.compute_utilisation),
        )
        if self._filled.get(id(cells)) == key:
            return False
        self._filled[id(cells)] = key
        hardware = self._hardware_names.get(scenario["hardware"], scenario["hardware"])
        code = int(r.regime) if math.isfinite(float(r.regime)) else -1
        regime = REGIMES[code] if 0 <= code < len(REGIMES) else "?"
        if model_id == "custom":
            name = self.tr("Custom model")
            model_tip = self.tr("{0} B active of {1} B parameters (set in the panel)").format(
                fmt_number(float(scenario["active_params_b"]), lg),
                fmt_number(float(scenario["total_params_b"]), lg),
            )
        else:
            name = self._model_names.get(model_id, model_id)
            model_tip = model_id
        accelerators = fmt_count(g, lg)
        replica_tip = self.tr("{0} × {1} per replica").format(accelerators, hardware)
        if not fits:
            accelerators = "⚠ " + accelerators
            replica_tip += "\n" + self.tr("The model's weights do not fit on the replica.")
        energy_tip = ""
        if batch > 0 and math.isclose(power_w * g * step_ms / 1e3 / batch, j_token, rel_tol=0.02):
            energy_tip = self.tr("{0} W × {1} × {2} ms ÷ {3} = {4} J").format(
                fmt_number(power_w, lg),
                fmt_count(g, lg),
                fmt_number(step_ms, lg),
                fmt_count(batch, lg),
                fmt_number(j_token, lg),
            )
        texts = {
            "model": (name, model_tip),
            "accelerators": (accelerators, replica_tip),
            "batch": (fmt_count(batch, lg), ""),
            "step": (f"{fmt_number(step_ms, lg)} ms", ""),
            "regime": (
                self._regime_names.get(regime, regime),
                self._regime_tips.get(regime, ""),
            ),
            "power": (f"{fmt_number(power_w, lg)} W", ""),
            "bandwidth": (_percent(float(r.bandwidth_utilisation), lg), ""),
            "compute": (_percent(float(r.compute_utilisation), lg), ""),
            "energy": (f"{fmt_number(j_token, lg)} J", energy_tip),
        }
        for key, (text, tip) in texts.items():
            label = cells[key]
            if label.text() != text:
                label.setText(text)
            # the full text (a narrow column elides it) and what it means
            tip = "<br>".join(html.escape(x) for x in [text, *tip.split("\n")]) if tip else text
            if label.toolTip() != tip:
                label.setToolTip(tip)
        warn = cells["accelerators"]
        if warn.property("warning") != (not fits):  # re-polish only when the state flips
            warn.setProperty("warning", not fits)
            warn.style().unpolish(warn)
            warn.style().polish(warn)
        return True

    # ------------------------------------------------------------------ reading
    def texts(self) -> dict[str, tuple[str, str]]:
        """What the strip shows: quantity -> (scenario, baseline) (for tests and screen readers)."""
        s, b = self._cells["scenario"], self._cells["baseline"]
        return {key: (s[key].text(), b[key].text()) for key in COLUMNS}

    def warning_text(self) -> str:
        """The warning shown (empty when the weights fit)."""
        return self.warning.text() if self.warning.isVisibleTo(self) else ""


def _percent(share: float, lang: str) -> str:
    return f"{fmt_number(share * 100.0, lang, 2)} %"
