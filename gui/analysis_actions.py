"""The analyses of the window, wired together: uncertainty bands, the list of uncertain inputs,
the tornado and goal seek — their worker service, docks, menu, toolbar and settings.

:class:`AnalysisActions` is created once by the main window (the composition root) after its
charts, panel and menus exist; it adds an *Analysis* menu, the bands toggle to the *View* menu,
an *Analysis* toolbar, and two docks (hidden at first; their place is saved with the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from wattif.core import params

from .analysis_service import AnalysisService
from .collapsible_section import CollapsibleSection
from .uncertainty import Uncertainty

if TYPE_CHECKING:  # imported when first opened: not part of the start
    from .goal_seek_dialog import GoalSeekDialog
    from .tornado_view import TornadoView
    from .uncertain_inputs_view import UncertainInputsView

BANDS_SETTING = "uncertaintyBands"
PINNED_SETTING = "pinnedInputs"


def _setting_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


class AnalysisActions(QObject):
    """Creates and connects the analysis views of ``window`` (a :class:`MainWindow`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._lang = window.lang
        model = window.model
        settings = window.settings
        known = set(params.registry())
        pinned = [k for k in _setting_list(settings.value(PINNED_SETTING)) if k in known]
        enabled = str(settings.value(BANDS_SETTING, "false")) == "true"

        self.service = AnalysisService(self)
        self.uncertainty = Uncertainty(model, self.service, enabled, pinned, self)
        for chart in window.charts:
            chart.band_layer.bind(self.uncertainty)
        self.uncertainty.changed.connect(self._bands_to_kpis)
        self.uncertainty.settled.connect(self._bands_to_kpis)
        window.model.year_changed.connect(self._bands_to_kpis)
        self.uncertainty.pinned_changed.connect(self._save_pins)

        # the docks' views are built when first shown (~5 ms of the start for the inputs)
        self._inputs_view: UncertainInputsView | None = None
        self.inputs_dock = self._dock(QWidget(window), self.tr("Uncertain inputs"), "inputsDock")
        self.inputs_dock.visibilityChanged.connect(lambda on: self.inputs_view if on else None)
        self._tornado: TornadoView | None = None
        self.tornado_dock = self._dock(QWidget(window), self.tr("What matters most"), "tornadoDock")
        self.tornado_dock.visibilityChanged.connect(lambda on: self.tornado if on else None)
        self.goal_seek: GoalSeekDialog | None = None

        self._build_actions()
        self._build_menus()

    # ------------------------------------------------------------------ building
    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def _build_actions(self) -> None:
        w = self.window
        self.act_bands = QAction(self.tr("Uncertainty &bands"), w)
        self.act_bands.setCheckable(True)
        self.act_bands.setChecked(self.uncertainty.enabled)
        self.act_bands.setShortcut(QKeySequence("Ctrl+U"))
        self.act_bands.setObjectName("actBands")
        tip = self.tr(
            "Shade the P5–P95 and P25–P75 range around the scenario (Monte Carlo over every "
            "input's plausible range)"
        )
        self.act_bands.setStatusTip(tip)
        self.act_bands.setToolTip(tip)
        self.act_bands.toggled.connect(self.set_bands)

        self.act_inputs = self._dock_action(self.inputs_dock, self.tr("Uncertain &inputs"))
        self.act_inputs.setStatusTip(self.tr("Which inputs vary, with their ranges; pin inputs"))
        self.act_inputs.setObjectName("actInputs")

        self.act_tornado = self._dock_action(
            self.tornado_dock, self.tr("&Tornado: what matters most")
        )
        self.act_tornado.setShortcut(QKeySequence("Ctrl+T"))
        tip = self.tr("Which inputs move an output most, each from its low to its high end")
        self.act_tornado.setStatusTip(tip)
        self.act_tornado.setToolTip(tip)
        self.act_tornado.setObjectName("actTornado")

        self.act_goal = QAction(self.tr("&Goal seek…"), w)
        self.act_goal.setShortcut(QKeySequence("Ctrl+G"))
        tip = self.tr("Which value of one input reaches a target for an output")
        self.act_goal.setStatusTip(tip)
        self.act_goal.setToolTip(tip)
        self.act_goal.setObjectName("actGoalSeek")
        self.act_goal.triggered.connect(self.open_goal_seek)

    def _dock_action(self, dock: QDockWidget, text: str) -> QAction:
        """A checkable action showing ``dock`` where it fits (see :meth:`show_dock`)."""
        act = QAction(text, self.window)
        act.setCheckable(True)
        act.triggered.connect(lambda on: self.show_dock(dock) if on else dock.hide())
        dock.visibilityChanged.connect(lambda *_: act.setChecked(not dock.isHidden()))
        return act

    def show_dock(self, dock: QDockWidget) -> None:
        """Show one of the analysis docks and bring it to the front: as a tab beside the other
        one when that is open; else docked on the right when the charts keep their room, or as
        a tab beside another visible dock on that side (or the parameter panel), so that the
        window never has to grow past the screen."""
        w = self.window
        if dock is self.tornado_dock:
            _ = self.tornado  # its content, before its size is asked for
        elif dock is self.inputs_dock:
            _ = self.inputs_view
        mine = [
            d
            for d in (self.inputs_dock, self.tornado_dock)
            if d is not dock and not d.isHidden() and not d.isFloating()
        ]
        if dock.isHidden() and not dock.isFloating() and mine:
            w.tabifyDockWidget(mine[0], dock)  # the analyses share one column
        elif dock.isHidden() and not dock.isFloating():
            central = w.centralWidget()
            spare = central.width() - central.minimumSizeHint().width()
            need = dock.minimumSizeHint().width() + 12
            if spare < need:
                area = w.dockWidgetArea(dock)
                beside = [
                    d
                    for d in w.findChildren(QDockWidget)
                    if d is not dock
                    and not d.isHidden()
                    and not d.isFloating()
                    and w.dockWidgetArea(d) == area
                ]
                if not beside and not w.param_dock.isHidden():
                    beside = [w.param_dock]
                if beside:
                    w.tabifyDockWidget(beside[0], dock)
        dock.show()
        dock.raise_()
        dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)  # keyboard users go on there

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
        self.menu = QMenu(self.tr("&Analysis"), w)
        self.menu.addActions([self.act_bands, self.act_inputs])
        self.menu.addSeparator()
        self.menu.addActions([self.act_tornado, self.act_goal])
        if menus:  # before Help, the last menu
            bar.insertMenu(menus[-1].menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        # the bands toggle also sits in View, with the other things a chart shows
        dock_toggle = w.param_dock.toggleViewAction()
        view = next((m for m in menus if dock_toggle in m.actions()), None)
        if view is not None:
            first_sub = next((a for a in view.actions() if a.menu() is not None), None)
            view.insertAction(first_sub, self.act_bands)
            if first_sub is not None:
                view.insertSeparator(first_sub)

        self.toolbar = QToolBar(self.tr("Analysis"), w)
        self.toolbar.setObjectName("analysisToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(True)
        self.act_bands.setIconText(self.tr("Bands"))
        self.act_tornado.setIconText(self.tr("Tornado"))
        self.act_goal.setIconText(self.tr("Goal seek"))
        self.toolbar.addActions([self.act_bands, self.act_tornado, self.act_goal])
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # shortcuts work with the menu bar hidden (presentation mode)
        w.addActions([self.act_bands, self.act_inputs, self.act_tornado, self.act_goal])

    # ------------------------------------------------------------------ actions
    def set_bands(self, on: bool) -> None:
        """Bands on or off (remembered)."""
        if self.act_bands.isChecked() != on:
            self.act_bands.setChecked(on)  # comes back here through toggled
            return
        self.uncertainty.set_enabled(on)
        self.window.settings.setValue(BANDS_SETTING, "true" if on else "false")
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(
                self.tr("Uncertainty bands on") if on else self.tr("Uncertainty bands off"),
                3000,
            )

    def _bands_to_kpis(self, *_: object) -> None:
        """The KPI cards' hover ranges: set once the hand stops (nobody hovers a card while
        dragging a slider, and every step would pay for it)."""
        unc = self.uncertainty
        if unc.bands is None or not unc.is_moving():
            self.window.kpis.set_bands(unc.bands)

    def _save_pins(self) -> None:
        self.window.settings.setValue(PINNED_SETTING, sorted(self.uncertainty.pinned))

    def open_goal_seek(self) -> GoalSeekDialog:
        """Show the goal-seek dialog (created on first use, then kept with its choices)."""
        if self.goal_seek is None:
            from .goal_seek_dialog import GoalSeekDialog

            self.goal_seek = GoalSeekDialog(
                self.window.model, self.service, self._lang, self.window
            )
            self.window.apply_style()  # the dialog takes the window's style sheet
        if self.goal_seek.isVisible() and QGuiApplication.platformName() != "offscreen":
            self.goal_seek.raise_()  # already open behind the window: to the front
            self.goal_seek.activateWindow()
        self.goal_seek.show()
        return self.goal_seek

    @property
    def tornado(self) -> TornadoView:
        """The tornado view (made on first use)."""
        if self._tornado is None:
            from .tornado_view import TornadoView

            w = self.window
            self._tornado = TornadoView(w.model, self.service, self._lang, w)
            self._tornado.parameter_chosen.connect(self.select_parameter)
            placeholder = self.tornado_dock.widget()
            self.tornado_dock.setWidget(self._tornado)
            placeholder.deleteLater()
        return self._tornado

    @property
    def inputs_view(self) -> UncertainInputsView:
        """The uncertain inputs (made on first use)."""
        if self._inputs_view is None:
            from .uncertain_inputs_view import UncertainInputsView

            w = self.window
            self._inputs_view = UncertainInputsView(w.model, self.uncertainty, self._lang, w)
            placeholder = self.inputs_dock.widget()
            self.inputs_dock.setWidget(self._inputs_view)
            placeholder.deleteLater()
        return self._inputs_view

    def built_tornado(self) -> TornadoView | None:
        """The tornado view if the user has opened it (None: never made, nothing to export)."""
        return self._tornado

    def show_tornado(self, metric: str | None = None) -> TornadoView:
        if metric is not None:
            self.tornado.set_metric(metric)
        self.show_dock(self.tornado_dock)
        return self.tornado

    def select_parameter(self, key: str) -> None:
        """Show the row of ``key`` in the parameter dock (the dock's own ``select_parameter``
        unfolds, scrolls, focuses and highlights it)."""
        w = self.window
        w.param_dock.show()
        w.param_dock.raise_()
        views = getattr(w, "param_views", None)
        select = getattr(views, "select_parameter", None) or getattr(
            w.panel, "select_parameter", None
        )
        if callable(select):
            select(key)
            return
        row = w.panel.rows.get(key)  # a plain panel: unfold the way to the row, scroll, focus
        widget = row
        while widget is not None and widget is not w.panel:
            if isinstance(widget, CollapsibleSection):
                widget.set_expanded(True)
            widget = widget.parentWidget()
        if row is not None:
            QTimer.singleShot(0, lambda: w.panel.ensureWidgetVisible(row, 0, 60))
            control = row.slider or row.box or row.combo or row.check
            if control is not None:
                control.setFocus(Qt.FocusReason.OtherFocusReason)
