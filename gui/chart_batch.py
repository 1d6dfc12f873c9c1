"""Every chart of a scenario written to a folder without a window: ``wattif-cli charts``.

The command line finds :func:`write_all_charts` through the ``wattif.chart_writers`` entry point
(``pyproject.toml``) and loads it only for that command (the core names no GUI module); with no
``QT_QPA_PLATFORM`` set, Qt runs offscreen, so a report's charts can be rebuilt from a scenario
file on a server. The charts are the window's own classes, drawn exactly as in the app; the
tornado (what matters most, for the horizon year and the first output) is computed here, not in
the window's worker process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed

from PySide6.QtCore import QCoreApplication, QEvent, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from wattif.core import Scenario, analyses  # noqa: E402
from wattif.core.export_options import ImageSize  # noqa: E402

from .chart_export import write_charts  # noqa: E402

BATCH_APP_NAME = "WattIf"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""Qt's offscreen platform says this whenever a window is shown; not a problem of the charts."""


def _quiet(mode, context, message: str) -> None:
    if OFFSCREEN_NOISE not in message:
        print(message, file=sys.stderr)


def chart_classes() -> list[type]:
    """The window's six charts, in the window's order."""
    from .energy_chart import EnergyChart
    from .environment_chart import EnvironmentChart
    from .fleet_chart import FleetChart
    from .per_query_chart import PerQueryChart
    from .published_chart import PublishedChart
    from .waterfall_chart import WaterfallChart

    return [
        EnergyChart,
        PerQueryChart,
        PublishedChart,
        FleetChart,
        EnvironmentChart,
        WaterfallChart,
    ]


def tornado_view(model, lang: str):
    """The tornado of the model's scenario for the view's first output and the horizon year
    (what the window shows first), computed synchronously."""
    from .tornado_view import TornadoView

    view = TornadoView(model, None, lang)
    view.set_result(analyses.tornado(model.scenario, view.metric, view.year))
    return view


def write_all_charts(
    scenario: Scenario,
    baseline: Scenario,
    folder: str | os.PathLike,
    fmt: str,
    size: ImageSize,
    lang: str = "en",
) -> list[Path]:
    """Draw every chart of ``scenario`` (against ``baseline``) and write it to ``folder`` as
    ``<stem>.<fmt>`` at ``size``; returns the files written. Problems raise WattIfError."""
    size = size.checked()
    app = QApplication.instance() or QApplication([BATCH_APP_NAME])
    from .app import install_translators
    from .scenario_model import ScenarioModel

    translators = install_translators(app, lang)
    model = ScenarioModel(scenario, baseline)
    widgets: list[QWidget] = []
    previous = qInstallMessageHandler(_quiet)
    try:

        def shown(widget):
            widgets.append(widget)  # closed at the end, whatever happens next
            # "shown" for Qt (updates, layout) but never put on a screen, whatever the platform
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            widget.resize(*size.layout_size)
            widget.show()
            return widget

        charts = [shown(cls(model, lang)) for cls in chart_classes()]
        charts.append(shown(tornado_view(model, lang)).canvas)  # the tornado's chart area
        QCoreApplication.sendPostedEvents()  # polish and lay out before the first drawing
        description = QCoreApplication.translate("ChartExporter", "WattIf chart; scenario: {0}")
        return write_charts(
            charts, folder, fmt, lambda _chart: size, description.format(scenario.name)
        )
    finally:
        for widget in widgets:
            widget.close()
            widget.deleteLater()
        model.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for t in translators:
            app.removeTranslator(t)
        qInstallMessageHandler(previous)
