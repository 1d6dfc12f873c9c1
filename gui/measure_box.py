"""One efficiency measure: on/off, adoption year and its strength settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from wattif.core import params
from wattif.core.measures import Measure

from .parameter_row import ParameterRow
from .scenario_model import ScenarioModel


class MeasureBox(QFrame):
    """A framed box with the measure's switch, its adoption year and its settings.

    The rows are :class:`ParameterRow` instances generated from the measure's declarations; the
    settings stay editable while the measure is off (so a measure can be prepared before it is
    switched on) but are shown dimmed.
    """

    message = Signal(str)

    def __init__(
        self,
        measure: Measure,
        model: ScenarioModel,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.measure = measure
        self.setObjectName(f"measure_{measure.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        title = params.get(measure.on_key).label(lang)
        self.rows: list[ParameterRow] = []
        for key in (measure.on_key, measure.year_key, *measure.setting_keys):
            p = params.get(key)
            label = p.label(lang)
            if label.startswith(title + ":"):
                label = label[len(title) + 1 :].strip()
                label = label[:1].upper() + label[1:]
            row = ParameterRow(p, model, lang, label=label, parent=self)
            row.message.connect(self.message)
            layout.addWidget(row)
            self.rows.append(row)
        self.switch = self.rows[0].check
        font = self.switch.font()
        font.setBold(True)
        self.switch.setFont(font)
        self._on = None
        self.sync_enabled(bool(model.scenario[measure.on_key]))

    def sync_enabled(self, on: bool) -> None:
        """Dim the settings of a measure that is off."""
        if on == self._on:
            return
        self._on = on
        self.setProperty("active", on)
        for row in self.rows[1:]:
            row.setProperty("dimmed", not on)
            row.setStyleSheet("" if on else "QLabel { color: #777777; }")
