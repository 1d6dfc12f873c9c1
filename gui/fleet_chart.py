"""Chart 3: the serving fleet per year — accelerators, provisioned power and racks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from . import style
from .scenario_model import ScenarioModel
from .yearly_rows_chart import YearlyRowsChart


class FleetChart(YearlyRowsChart):
    """Accelerators [count], provisioned facility power [MW] and racks [count] per year."""

    def __init__(
        self, model: ScenarioModel, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(model, lang, parent)
        self.setObjectName("fleetChart")

    def content(self) -> tuple[str, list[tuple]]:
        rows = [
            (
                "accelerators",
                self.tr("Accelerators"),
                "count",
                style.OKABE_ITO["blue"],
                lambda r: r.accelerators,
            ),
            (
                "power_mw",
                self.tr("Power provisioned"),
                "mw",
                style.OKABE_ITO["vermillion"],
                lambda r: r.power_provisioned_mw,
            ),
            (
                "racks",
                self.tr("Racks"),
                "count",
                style.OKABE_ITO["bluish_green"],
                lambda r: r.racks,
            ),
        ]
        return self.tr("Fleet and power"), rows
