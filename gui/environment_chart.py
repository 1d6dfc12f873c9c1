"""Chart 5: CO2e, water and electricity cost per year."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from . import style
from .scenario_model import ScenarioModel
from .yearly_rows_chart import YearlyRowsChart


class EnvironmentChart(YearlyRowsChart):
    """Emissions [t CO2e], on-site water [m³] and electricity cost [EUR] per year."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, lang, parent)
        self.setObjectName("environmentChart")

    def content(self) -> tuple[str, list[tuple]]:
        rows = [
            (
                "co2e_t",
                self.tr("Emissions"),
                "t_co2e",
                style.OKABE_ITO["black"],
                lambda r: r.co2e_t,
            ),
            ("water_m3", self.tr("Water"), "m3", style.OKABE_ITO["sky_blue"], lambda r: r.water_m3),
            (
                "cost_eur",
                self.tr("Electricity cost"),
                "eur",
                style.OKABE_ITO["orange"],
                lambda r: r.cost_eur,
            ),
        ]
        return self.tr("CO₂e, water and cost"), rows
