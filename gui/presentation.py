"""Presentation mode: a layout for a room (F11; Esc leaves).

:class:`PresentationLayout` owns it for the main window: full screen without menu, status and tool
bars; the KPI cards and 1, 2 or 4 charts (keys 1, 2, 4) in large type with thick lines; the key
levers only in the parameter dock; the keyboard moves the chart shown (Page Down / Page Up or
the arrow keys while the charts have the focus; F6 moves the focus between the levers and the
charts, and a focused slider keeps its own keys). F1 shows the keys.

Type is as large as fits: each chart starts at a size chosen for the number of charts and the
window's height (:func:`~gui.chart_scaling.type_scale_for`), and steps down while any of its texts
(titles, axis titles, tick labels, direct labels) is clipped or overlaps another
(:func:`~gui.text_boxes.text_problems`). This runs when the layout changes, never on a slider step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QToolBar, QWidget

from . import style
from .chart_scaling import MAX_SIZE_FACTOR, REFERENCE_HEIGHT, drop_caches, type_scale_for
from .text_boxes import text_problems

CHART_COUNTS = (1, 2, 4)
"""How many charts fill the screen (keys 1, 2 and 4)."""
COUNT_SETTING = "presentationCharts"

LINE_SCALE = 1.8
"""Lines, bars' outlines and markers are this many times thicker in front of a room."""
KPI_SCALE = 1.35
"""KPI cards' type (the style sheet's scale) at the reference height."""
FIT_STEP = 0.9
"""Type shrinks by this factor per step while a text is clipped or collides."""
MIN_TYPE_SCALE = 1.0
"""Type never gets smaller than on the desk."""
FIT_DELAY_MS = 60
"""Wait after a layout change before measuring texts (Qt lays the charts out and paints)."""
HELP_MS = 7000
"""How long the key help shows when presentation mode starts."""
HELP_MARGIN = 12
"""Distance of the key help from the window's bottom edge [px]."""

# ----------------------------------------------------------------------------- the layout


class PresentationLayout(QObject):
    """Presentation mode of a :class:`~gui.main_window.MainWindow`.

    Signals
    -------
    fitted()
        The charts shown have their type (every text fits, or the type is at its least).
    """

    fitted = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.active = False
        self.settled = True
        count = int(window.settings.value(COUNT_SETTING, 4) or 4)
        self.count = count if count in CHART_COUNTS else 4
        self.first = 0
        self._before: dict | None = None
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self._fit)
        self.help = QLabel(window)
        self.help.setObjectName("presentationHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.help.hide()
        self._help_timer = QTimer(self)
        self._help_timer.setSingleShot(True)
        self._help_timer.setInterval(HELP_MS)
        self._help_timer.timeout.connect(self.help.hide)

    # ------------------------------------------------------------------ state
    @property
    def charts(self) -> list:
        return self._window.charts

    def shown(self) -> list:
        """The charts on screen, in their order."""
        if not self.active:
            return list(self.charts)
        n = len(self.charts)
        return [self.charts[(self.first + i) % n] for i in range(min(self.count, n))]

    @property
    def type_scale(self) -> float:
        """The style sheet's scale (KPI cards) in presentation mode, else 1; the parameter
        dock's type follows it."""
        if not self.active:
            return 1.0
        return KPI_SCALE * min(MAX_SIZE_FACTOR, max(1.0, self._window.height() / REFERENCE_HEIGHT))

    # ------------------------------------------------------------------ entering, leaving
    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        w = self._window
        if on:
            self._enter(w)
        else:
            self._leave(w)

    def _enter(self, w) -> None:
        extras = [*w.findChildren(QToolBar)]
        list_dock = getattr(getattr(w, "workspace", None), "list_dock", None)
        if list_dock is not None:
            extras.append(list_dock)
        # the desk's panels (tornado, comparison table, inputs, sources) leave the room's view
        extras += [d for d in w.findChildren(QDockWidget) if d not in (w.param_dock, list_dock)]
        self._before = {
            "dock": w.param_dock.isVisible(),
            "dock_width": w.param_dock.width(),
            "tab": w.param_views.currentIndex(),
            "maximised": w.isMaximized(),
            "physics": w.physics.isVisible(),
            "shown": {x: x.isVisible() for x in extras},
            "focus": w.focusWidget(),
        }
        self.active = True
        w.menuBar().setVisible(False)
        w.statusBar().setVisible(False)
        for x in extras:
            # the scenario list stays when there are named scenarios to switch between
            keep = x is list_dock and len(getattr(w.workspace, "scenarios", ()))
            if not keep:
                x.setVisible(False)
        w.param_dock.setVisible(True)
        w.param_views.show_levers()
        w.physics.setVisible(False)  # a desk detail; the room reads the charts
        self._arrange()
        w.installEventFilter(self)
        w.param_dock.installEventFilter(self)  # wider for the levers' type: charts refit
        w.showFullScreen()
        self._apply_type()
        central = w.centralWidget()
        central.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        central.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_help(True, HELP_MS)
        self._schedule_fit()

    def _leave(self, w) -> None:
        before = self._before or {}
        self.active = False
        self._fit_timer.stop()
        w.removeEventFilter(self)
        w.param_dock.removeEventFilter(self)
        self.show_help(False)
        w.menuBar().setVisible(True)
        w.statusBar().setVisible(True)
        for chart in self.charts:
            if chart.type_scale != 1.0 or chart.line_scale != 1.0:
                chart.set_scale(1.0, 1.0)
        w.param_views.set_type_scale(1.0)
        self._arrange()
        w.physics.setVisible(before.get("physics", True))
        w.param_views.setCurrentIndex(before.get("tab", 0))
        w.param_dock.setVisible(before.get("dock", True))
        for x, was in before.get("shown", {}).items():
            x.setVisible(was)
        w.apply_style(1.0)
        w.centralWidget().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        focus = before.get("focus")
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        w.showMaximized() if before.get("maximised") else w.showNormal()
        if before.get("dock", True) and "dock_width" in before:
            # the levers' large type widened the dock: the desk's width again
            w.resizeDocks([w.param_dock], [before["dock_width"]], Qt.Orientation.Horizontal)
        self.settled = True

    # ------------------------------------------------------------------ charts shown
    def set_count(self, count: int) -> None:
        """Show ``count`` charts (1, 2 or 4), starting with the first one shown now."""
        if count not in CHART_COUNTS:
            return
        self.count = count
        self._window.settings.setValue(COUNT_SETTING, count)
        if self.active:
            self._arrange()
            self._schedule_fit()

    def step(self, by: int) -> None:
        """Show the next (``by`` = 1) or previous (−1) chart: every chart moves one place."""
        self.first = (self.first + by) % len(self.charts)
        if self.active:
            self._arrange()
            self._schedule_fit()

    def _grid(self) -> QGridLayout:
        return self._window.chart_grid

    def _arrange(self) -> None:
        grid = self._grid()
        charts = self.charts
        for chart in charts:
            grid.removeWidget(chart)
        if self.active:
            shown = self.shown()
            cols = 1 if self.count == 1 else 2
            places = [(i // cols, i % cols) for i in range(len(shown))]
        else:
            shown = charts
            cols = 3
            places = [(i // 3, i % 3) for i in range(len(charts))]
        for chart in charts:
            if chart not in shown:
                chart.setVisible(False)
        for chart, (r, c) in zip(shown, places, strict=True):
            grid.addWidget(chart, r, c)
            chart.setVisible(True)
        rows = max(r for r, _ in places) + 1
        for c in range(3):
            grid.setColumnStretch(c, 1 if c < cols else 0)
        for r in range(2):
            grid.setRowStretch(r, 1 if r < rows else 0)

    # ------------------------------------------------------------------ type that fits
    def _apply_type(self) -> None:
        """The KPI cards' type (the window's style sheet) and the parameter dock's, alike."""
        scale = self.type_scale
        self._window.apply_style(scale)
        self._window.param_views.set_type_scale(scale)

    def _schedule_fit(self) -> None:
        if not self.active:
            return
        self.settled = False
        start = type_scale_for(self.count, self._window.height())
        for chart in self.shown():
            if abs(chart.type_scale - start) > 1e-6 or chart.line_scale != LINE_SCALE:
                chart.set_scale(start, LINE_SCALE)
        self._fit_timer.start()

    def _fit(self) -> None:
        """One step: charts with a clipped or colliding text get smaller type; again later
        until every text fits or the type is at its least."""
        if not self.active:
            return
        again = False
        floor = MIN_TYPE_SCALE
        for chart in self.shown():
            if chart.type_scale <= floor + 1e-6 or not text_problems(chart, markers=True):
                continue
            chart.set_scale(max(floor, chart.type_scale * FIT_STEP), LINE_SCALE)
            again = True
        if again:
            self._fit_timer.start()
        else:
            for chart in self.shown():
                drop_caches(chart)
            self.settled = True
            self.fitted.emit()

    # ------------------------------------------------------------------ keys
    def key_help(self) -> str:
        keys = [
            (self.tr("1, 2, 4"), self.tr("show 1, 2 or 4 charts")),
            (self.tr("Page Down, →"), self.tr("next chart")),
            (self.tr("Page Up, ←"), self.tr("previous chart")),
            (self.tr("F6"), self.tr("levers or charts: move the keyboard focus")),
            (self.tr("Tab, arrows"), self.tr("move between levers, change the focused one")),
            (self.tr("F1"), self.tr("show or hide these keys")),
            (self.tr("Esc"), self.tr("leave presentation mode")),
        ]
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in keys)
        return f"<table>{rows}</table>"

    def show_help(self, on: bool, ms: int = 0) -> None:
        """Show (or hide) the keys over the bottom of the charts; ``ms`` > 0 hides them again."""
        self._help_timer.stop()
        if not on:
            self.help.hide()
            return
        self.help.setText(self.key_help())
        self.help.setStyleSheet(
            f"QLabel#presentationHelp {{ background: {style.CARD}; color: {style.TEXT};"
            f" border: 1px solid {style.CARD_BORDER}; border-radius: 6px; padding: 8px; }}"
        )
        self._place_help()
        self.help.show()
        self.help.raise_()
        if ms > 0:
            self._help_timer.start(ms)

    def _place_help(self) -> None:
        """Centred over the charts (not the window): the levers beside them stay uncovered
        (their large type widens the dock)."""
        w = self._window
        area = w.centralWidget().geometry()
        width = min(self.help.sizeHint().width(), area.width() - 2 * HELP_MARGIN)
        self.help.setFixedWidth(max(1, width))
        self.help.adjustSize()
        self.help.move(
            area.x() + (area.width() - self.help.width()) // 2,
            w.height() - self.help.height() - HELP_MARGIN,
        )

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Keys no control took (a focused slider keeps its own), and resizes (of the window,
        and of the parameter dock, which takes room from the charts or gives it back)."""
        if not self.active:
            return False
        kind = event.type()
        if obj is self._window.param_dock:
            if kind == QEvent.Type.Resize:
                if self.help.isVisible():
                    self._place_help()
                self._schedule_fit()
            return False
        if obj is not self._window:
            return False
        if kind == QEvent.Type.Resize:
            self._apply_type()
            if self.help.isVisible():
                self._place_help()
            self._schedule_fit()
        elif kind == QEvent.Type.KeyPress and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            return self._key(event.key())
        return False

    def _key(self, key: int) -> bool:
        K = Qt.Key
        if key in (K.Key_1, K.Key_2, K.Key_4):
            self.set_count({K.Key_1: 1, K.Key_2: 2, K.Key_4: 4}[key])
        elif key in (K.Key_PageDown, K.Key_Right, K.Key_Down):
            self.step(1)
        elif key in (K.Key_PageUp, K.Key_Left, K.Key_Up):
            self.step(-1)
        elif key == K.Key_F1:
            self.show_help(not self.help.isVisible())
        elif key == K.Key_F6:
            self.toggle_focus()
        else:
            return False
        return True

    def toggle_focus(self) -> None:
        """F6: the first key lever, or back to the charts."""
        w = self._window
        levers = w.param_views.levers
        focus = w.focusWidget()
        if focus is not None and levers.isAncestorOf(focus):
            w.centralWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        row = next(iter(levers.rows.values()), None)
        target = None
        if row is not None:
            target = next(
                (c for c in (row.slider, row.box, row.combo, row.check) if c is not None), None
            )
        (target or levers).setFocus(Qt.FocusReason.ShortcutFocusReason)


def fit_to_screen(window: QWidget, wanted=(1600, 1000)) -> None:
    """Give ``window`` the size ``wanted`` or, on a smaller screen, the screen's available area
    (the window's own frame included), centred on it."""
    screen = window.screen()
    if screen is None:
        window.resize(*wanted)
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(wanted[0], area.width() - max(0, frame.width()))
    height = min(wanted[1], area.height() - max(0, frame.height()))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


def fits_screen(window: QWidget) -> bool:
    """True when the window lies within its screen's available area."""
    screen = window.screen()
    return screen is None or screen.availableGeometry().contains(window.frameGeometry())
