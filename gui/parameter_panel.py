"""The parameter panel, generated from the parameter declarations of the core.

Groups in the order of ``params.GROUPS`` (Demand, Model, Serving, Data centre, Training, Local
devices, Measures, Behaviour, Equivalents), each a collapsible section; the Measures group holds
one :class:`MeasureBox` per efficiency measure. No parameter is written out by hand here, except
:data:`SET_BY_CATALOGUE_MODEL`: the rows a model of the catalogue makes unused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from wattif.core import data, params
from wattif.core.measures import measures

from .collapsible_section import CollapsibleSection
from .core_text import catalogue_name
from .formatting import fmt_number
from .measure_box import MeasureBox
from .parameter_row import ParameterRow, changed_rows
from .scenario_model import ScenarioModel

COLLAPSED_AT_START = ("training", "local", "equivalents")
"""Groups folded away at first start (the fold state is then remembered)."""

_GRID_KEYS = ("grid_gco2e_per_kwh", "training_grid_gco2e_per_kwh")

SET_BY_CATALOGUE_MODEL = {
    "active_params_b": lambda m: m.active_params_b,
    "total_params_b": lambda m: m.total_params_b,
    "kv_cache_kb_per_token": lambda m: m.kv_bytes_per_token_16bit / 1024.0,
}
"""Rows only the ``custom`` model uses, with the value a catalogue entry brings instead (in the
row's unit); with a catalogue model they are greyed out (``wattif.core.lineitems``: the
architecture comes from ``models.csv``)."""


class ParameterPanel(QScrollArea):
    """Scrollable, grouped controls for every declared parameter.

    Parameters
    ----------
    model : ScenarioModel
        The rows write through it and mirror its scenario.
    lang : str
        Language of labels, help texts and numbers.
    """

    message = Signal(str)
    """Status-bar notes from the rows (clamped or refused entries)."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("parameterPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 4, 10, 4)
        layout.setSpacing(4)
        self.rows: dict[str, ParameterRow] = {}
        self.sections: dict[str, CollapsibleSection] = {}
        self.measure_boxes: dict[str, MeasureBox] = {}

        by_group: dict[str, list] = {g: [] for g in params.GROUPS}
        for p in params.registry().values():
            by_group[p.group].append(p)
        in_measure = {k for m in measures() for k in (m.on_key, m.year_key, *m.setting_keys)}
        grids = sorted(
            data.grid_intensities().values(),
            key=lambda r: r["name_de" if lang == "de" else "name_en"],
        )
        grid_items = [
            (
                f"{r['name_de' if lang == 'de' else 'name_en']} – "
                f"{r['gco2e_per_kwh']} gCO2e/kWh ({r['year']})",
                float(r["gco2e_per_kwh"]),
            )
            for r in grids
        ]

        for group in params.GROUPS:
            if not by_group[group]:
                continue
            en, de = params.GROUP_LABELS[group]
            section = CollapsibleSection(
                de if lang == "de" else en, expanded=group not in COLLAPSED_AT_START, parent=inner
            )
            section.setObjectName(f"section_{group}")
            self.sections[group] = section
            for p in by_group[group]:
                if p.key in in_measure:
                    continue
                row = self._add_row(ParameterRow(p, model, lang, parent=section.body))
                section.add_widget(row)
                if p.key in _GRID_KEYS:
                    row.add_picker(self.tr("Set from a country…"), grid_items)
            if group == "measures":
                for m in measures():
                    box = MeasureBox(m, model, lang, parent=section.body)
                    box.message.connect(self.message)
                    for row in box.rows:
                        self._add_row(row, connect=False)
                    self.measure_boxes[m.id] = box
                    section.add_widget(box)
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(inner)
        self._lang = lang
        self._shown = model.scenario
        self._model_shown: str | None = None
        self._sync_model_choice(model.scenario["model"])
        model.scenario_changed.connect(self.sync)
        model.error.connect(self.resync)

    def _add_row(self, row: ParameterRow, connect: bool = True) -> ParameterRow:
        self.rows[row.key] = row
        if connect:
            row.message.connect(self.message)
        return row

    def sync(self, scenario) -> None:
        """Mirror the model's scenario in the rows whose value changed."""
        for row, value in changed_rows(self.rows, self._shown, scenario):
            row.sync(value)
        self._shown = scenario
        for box in self.measure_boxes.values():
            box.sync_enabled(bool(scenario[box.measure.on_key]))
        self._sync_model_choice(scenario["model"])

    def _sync_model_choice(self, model_id: str) -> None:
        """Grey out the size rows a catalogue model overrides; note what it brings instead."""
        if model_id == self._model_shown:
            return
        self._model_shown = model_id
        entry = data.model_catalogue().get(model_id) if model_id != "custom" else None
        for key, value_of in SET_BY_CATALOGUE_MODEL.items():
            row = self.rows.get(key)
            if row is None:
                continue
            if entry is None:
                row.set_unused(None)
            else:
                p = params.get(key)
                row.set_unused(
                    self.tr("set by the chosen model ({0}: {1} {2})").format(
                        catalogue_name(entry.name),
                        fmt_number(value_of(entry), self._lang),
                        p.unit_label(self._lang),
                    )
                )
        model_row = self.rows.get("model")
        if model_row is not None:
            model_row.set_note(
                ""
                if entry is None
                else self.tr(
                    "From the catalogue: {0} B parameters ({1} B active), KV cache {2} KiB "
                    "per token at 16 bit; the greyed rows below are not used."
                ).format(
                    fmt_number(entry.total_params_b, self._lang),
                    fmt_number(entry.active_params_b, self._lang),
                    fmt_number(entry.kv_bytes_per_token_16bit / 1024.0, self._lang),
                )
            )

    def resync(self, *_: object) -> None:
        """Show the model's values in every row again (after a refused entry)."""
        self._shown = None
        self.sync(self._model.scenario)

    def fold_state(self) -> list[str]:
        """Groups currently expanded (saved in the settings)."""
        return [g for g, s in self.sections.items() if s.is_expanded()]

    def set_fold_state(self, expanded: list[str]) -> None:
        for g, s in self.sections.items():
            s.set_expanded(g in expanded)
