"""The WattIf main window: parameter panel, KPI strip, six charts, the decode physics behind
them, files, undo and presets."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from wattif.core import (
    DEFAULT_PRESET,
    Scenario,
    WattIfError,
    preset_info,
)
from wattif.core.measures import measures_off

from . import core_text, explain, style, themes
from . import session as sessions
from .analysis_actions import AnalysisActions
from .energy_chart import EnergyChart
from .environment_chart import EnvironmentChart
from .fleet_chart import FleetChart
from .formatting import locale_for, mnemonic_safe
from .kpi_strip import KpiStrip
from .one_frame import OneFrame
from .parameter_panel import ParameterPanel
from .parameter_views import ParameterViews
from .per_query_chart import PerQueryChart
from .physics_panel import PhysicsPanel
from .presentation import PresentationLayout, fit_to_screen, fits_screen
from .published_chart import PublishedChart
from .scenario_model import ScenarioModel
from .sources_view import SourcesView
from .themes import ThemeMenu
from .waterfall_chart import WaterfallChart
from .workspace_actions import OPEN_FILTER, WorkspaceActions, read_document

log = logging.getLogger("wattif.gui")

AUTOSAVE_MS = 400
SOURCES_MIN_WIDTH = 520
"""The Sources table needs this width [px] for citation, figure and link to be readable."""
SOURCES_FLOAT_SHARE = 0.6
"""A floating Sources view takes this share of the window's width and height."""
"""Debounce of the recovery file: written this long after the last change."""
RESTORED_MS = 20000
"""How long the status bar says that a session came back after a crash [ms]."""


class _ExportSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    """Runs the Excel export off the UI thread (XlsxWriter is imported here, not at start)."""

    def __init__(self, scenario: Scenario, baseline: Scenario, path: str, lang: str = "en") -> None:
        super().__init__()
        self.signals = _ExportSignals()
        self._args = (scenario, baseline, path)
        self.lang = lang  # the workbook speaks the window's language
        self.compared: tuple[Scenario, ...] = ()  # named scenarios for the Scenarios sheet

    def run(self) -> None:
        scenario, baseline, path = self._args
        try:
            from wattif.core.excel import export_workbook

            export_workbook(
                scenario,
                baseline,
                path,
                progress=lambda f, msg="": self.signals.progress.emit(float(f), str(msg)),
                lang=self.lang,
                compared=self.compared,
            )
        except WattIfError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # report, never crash the worker thread silently
            log.exception("Excel export failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(path)


class MainWindow(QMainWindow):
    """The application window.

    Parameters
    ----------
    lang : str
        ``"en"`` or ``"de"``: parameter labels and number format (UI strings follow the
        installed translator).
    state_dir : Path, optional
        Settings, recent files and the recovery file (default :func:`session.state_dir`).
    restore : bool
        Restore geometry, docks and the last session at start.
    """

    def __init__(
        self, lang: str = "en", state_dir: Path | None = None, restore: bool = True
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.lang = lang
        self.state_dir = Path(state_dir) if state_dir else sessions.state_dir()
        self.settings = sessions.open_settings(self.state_dir)
        self._path: Path | None = None
        self._export: tuple[_ExportJob, QProgressDialog] | None = None
        self._closing_ok = False

        last = sessions.read_session(self.state_dir) if restore else None
        # the default scenario named in the user's language (it travels into files)
        self.model = ScenarioModel(core_text.localised_preset(DEFAULT_PRESET, lang), parent=self)
        if last is not None:
            try:
                self.model.replace_document(last.scenario, last.baseline, last.modified)
                if last.year:
                    self.model.set_year(int(last.year))
                self._path = Path(last.path) if last.path else None
            except WattIfError as exc:  # a recovery file from an incompatible version
                log.warning("could not restore the last session: %s", exc)

        themes.start_theme(self.settings)  # views are built in the remembered theme
        self._build_central()
        themes.scale_lines(self.charts)  # the projector theme's lines are thicker
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self.analyses = AnalysisActions(self)  # bands, uncertain inputs, tornado, goal seek
        self.workspace = WorkspaceActions(self, last)  # named scenarios, comparison, workspaces
        # connected after every view: a change repaints the window once, not once per chart
        self.one_frame = OneFrame(self)
        for sig in (
            self.model.results_changed,
            self.model.baseline_changed,
            self.model.year_changed,
        ):
            sig.connect(self.one_frame.hold)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        if last is not None and not last.clean:  # the last run did not close normally
            self._say_restored(last)
        explain.install_tips(self.kpis, self.charts)  # formula and sources on hover
        self.apply_style()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        m = self.model
        for sig in (m.scenario_changed, m.baseline_changed, m.modified_changed, m.year_changed):
            sig.connect(self._schedule_autosave)
        m.modified_changed.connect(self.setWindowModified)
        m.scenario_changed.connect(self._update_title)
        m.error.connect(lambda text: self.statusBar().showMessage(core_text.error_text(text), 8000))
        self.setWindowModified(m.is_modified)
        self._update_title()

        self.presentation = PresentationLayout(self)  # F11: layout, type and keys for a room
        fit_to_screen(self)  # 1600×1000, or what the screen it opens on has room for
        if restore:
            self._restore_layout()

    # ------------------------------------------------------------------ building
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(4)
        self.kpis = KpiStrip(self.model, self.lang, central)
        layout.addWidget(self.kpis)
        grid = QGridLayout()
        self.chart_grid = grid  # presentation mode rearranges it
        grid.setSpacing(6)
        self.energy_chart = EnergyChart(self.model, self.lang, central)
        self.per_query_chart = PerQueryChart(self.model, self.lang, central)
        self.published_chart = PublishedChart(self.model, self.lang, central)
        self.fleet_chart = FleetChart(self.model, self.lang, central)
        self.environment_chart = EnvironmentChart(self.model, self.lang, central)
        self.waterfall_chart = WaterfallChart(self.model, self.lang, central)
        self.charts = [
            self.energy_chart,
            self.per_query_chart,
            self.published_chart,
            self.fleet_chart,
            self.environment_chart,
            self.waterfall_chart,
        ]
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 3, i % 3)
        for c in range(3):
            grid.setColumnStretch(c, 1)
        for r in range(2):
            grid.setRowStretch(r, 1)
        layout.addLayout(grid, 1)
        self.physics = PhysicsPanel(self.model, self.lang, central)
        layout.addWidget(self.physics)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.param_dock = QDockWidget(self.tr("Parameters"), self)
        self.param_dock.setObjectName("parametersDock")
        # its rows are polished once, in the style sheet, as they are made (apply_style)
        self.param_dock.setStyleSheet(style.stylesheet(self._style_scale))
        # key levers up front, every parameter (searchable) on the second tab
        self.param_views = ParameterViews(
            self._make_panel, self.model, self.lang, self.settings, self.param_dock
        )
        self.param_views.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.param_dock.setWidget(self.param_views)
        self.param_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.param_dock)

        self._sources: SourcesView | None = None  # built when first shown (8 ms of the start)
        self.sources_dock = QDockWidget(self.tr("Sources"), self)
        self.sources_dock.setObjectName("sourcesDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sources_dock)
        self.sources_dock.hide()
        self.sources_dock.visibilityChanged.connect(self._sources_shown)

    def apply_style(self, scale: float | None = None) -> None:
        """The style sheet (``style.stylesheet``; ``scale``: its type, presentation mode) on the
        parts that use it: the KPI strip, the physics panel, the docks and the goal-seek dialog.
        Not on the whole window: every widget under a style sheet is polished and painted
        through Qt's style-sheet style, the charts and menus too (33 ms of the start, 0.3 ms of
        a slider step)."""
        if scale is not None:
            self._style_scale = scale
        sheet = style.stylesheet(self._style_scale)
        dialog = getattr(getattr(self, "analyses", None), "goal_seek", None)
        parts = [self.kpis, self.physics, *self.findChildren(QDockWidget), dialog]
        for part in parts:
            if part is not None and part.styleSheet() != sheet:
                part.setStyleSheet(sheet)

    _style_scale = 1.0

    @property
    def sources(self) -> SourcesView:
        """The sources list (searchable, with links) in its dock, built when first needed."""
        if self._sources is None:
            self._sources = SourcesView(self.lang, self)
            self.sources_dock.setWidget(self._sources)
        return self._sources

    def _sources_shown(self, shown: bool) -> None:
        if shown:
            _ = self.sources
            QTimer.singleShot(0, self._place_sources)

    def _make_panel(self) -> ParameterPanel:
        panel = ParameterPanel(self.model, self.lang, self)
        panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return panel

    @property
    def panel(self) -> ParameterPanel:
        """Every parameter's row (the *All parameters* tab; built when first needed)."""
        return self.param_views.panel

    def _build_actions(self) -> None:
        def act(text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            if tip:
                a.setStatusTip(tip)
            a.triggered.connect(slot)
            return a

        S = QKeySequence.StandardKey
        self.act_new = act(
            self.tr("&New"), self.new_file, S.New, self.tr("Start from the default scenario")
        )
        self.act_open = act(self.tr("&Open…"), self.open_file, S.Open)
        self.act_save = act(self.tr("&Save"), self.save, S.Save)
        self.act_save_as = act(self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.act_export = act(
            self.tr("Export to &Excel…"),
            self.export_excel,
            "Ctrl+E",
            self.tr("A workbook with inputs, results and charts"),
        )
        self.act_export_charts = act(
            self.tr("Export &charts…"),
            self.export_charts,
            None,
            self.tr("Every chart as a PNG or SVG file in a folder"),
        )
        self.act_results_csv = act(
            self.tr("Export res&ults as CSV…"),
            self.export_results_csv,
            None,
            self.tr("The results by year and component, for a spreadsheet"),
        )
        self.act_quit = act(self.tr("&Quit"), self.close, S.Quit)
        self.act_undo = self.model.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self.model.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(S.Redo))
        self.act_set_baseline = act(
            self.tr("Set current as &baseline"),
            self.model.set_current_as_baseline,
            "Ctrl+B",
            self.tr("Compare everything against the current scenario"),
        )
        self.act_reset_baseline = act(
            self.tr("&Reset to baseline"),
            self.model.reset_to_baseline,
            "Ctrl+Shift+R",
            self.tr("Make the scenario equal to the baseline"),
        )
        self.act_rename = act(
            self.tr("Re&name scenario…"),
            self.rename_scenario,
            "Ctrl+R",
            self.tr("The name shown in the workbook and the window title"),
        )
        self.act_context = QAction(self.tr("Show &IEA data-centre totals"), self)
        self.act_context.setCheckable(True)
        self.act_context.setStatusTip(
            self.tr("Context: all data centres worldwide, 2024 and 2030 (IEA)")
        )
        self.act_context.toggled.connect(self.energy_chart.set_context_visible)
        self.act_present = QAction(self.tr("&Presentation mode"), self)
        self.act_present.setCheckable(True)
        self.act_present.setShortcut(QKeySequence("F11"))
        self.act_present.toggled.connect(self.set_presentation)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.act_export, self.act_export_charts, self.act_results_csv])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit = mb.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])

        scen = mb.addMenu(self.tr("&Scenario"))
        scen.addAction(self.act_rename)
        scen.addSeparator()
        scen.addActions([self.act_set_baseline, self.act_reset_baseline])

        self.presets_menu = mb.addMenu(self.tr("&Presets"))
        self.preset_actions: dict[str, QAction] = {}
        for info in preset_info():
            title = info["title_de"] if self.lang == "de" else info["title"]
            a = QAction(mnemonic_safe(title), self)  # "R&D" stays "R&D"
            a.setStatusTip(info["notes"][:160])
            a.setToolTip(info["notes"])
            a.triggered.connect(lambda _=False, n=info["name"]: self.load_preset(n))
            self.presets_menu.addAction(a)
            self.preset_actions[info["name"]] = a
        self.presets_menu.setToolTipsVisible(True)

        view = mb.addMenu(self.tr("&View"))
        view.addAction(self.param_dock.toggleViewAction())
        view.addAction(self.sources_dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.act_context)
        view.addAction(self.act_present)
        self.theme_menu = ThemeMenu(self, view, self.settings)  # light, dark, projector
        view.addSeparator()
        lang_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(self.settings.value("language", "system"))
        for code, text in (
            ("system", self.tr("System default")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            a = QAction(text, self, checkable=True)
            a.setChecked(code == current)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            lang_menu.addAction(a)

        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About WattIf"), self.about)
        # actions also belong to the window, so their shortcuts work with the menu bar hidden
        for menu in (file_menu, edit, scen, view):
            self.addActions([a for a in menu.actions() if not a.isSeparator() and not a.menu()])
        self.act_exit_present = QAction(self)
        self.act_exit_present.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.act_exit_present.triggered.connect(lambda: self.act_present.setChecked(False))
        self.addAction(self.act_exit_present)

    # ------------------------------------------------------------------ title, settings
    def _update_title(self, *_: object) -> None:
        name = self._path.name if self._path else self.tr("Untitled")
        title = f"{name}[*] — {self.model.scenario.name} — WattIf"
        if title != self.windowTitle():  # called on every slider step
            self.setWindowTitle(title)

    def rename_scenario(self) -> None:
        """Name the scenario (kept in its file and written into the Excel workbook)."""
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self, self.tr("Rename scenario"), self.tr("Name:"), text=self.model.scenario.name
        )
        name = name.strip()
        if ok and name and name != self.model.scenario.name:
            self.model.set_name(name)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not fits_screen(self):  # saved on a larger screen than this one
                fit_to_screen(self)
        state = self.settings.value("windowState")
        if state is not None:
            self.restoreState(state)
        folds = self.settings.value("expandedGroups")
        if folds is not None:
            self.param_views.set_fold_state([folds] if isinstance(folds, str) else list(folds))
        self.act_context.setChecked(self.settings.value("contextLines", "false") == "true")
        physics = self.settings.value("physicsExpanded", "auto")
        self.physics.set_user_choice(None if physics == "auto" else physics == "true")

    def save_layout(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        folds = self.param_views.fold_state()
        if folds is not None:  # the full list never built and nothing restored: leave it
            self.settings.setValue("expandedGroups", folds)
        self.settings.setValue("contextLines", "true" if self.act_context.isChecked() else "false")
        physics = self.physics.user_choice()
        self.settings.setValue(
            "physicsExpanded", "auto" if physics is None else "true" if physics else "false"
        )
        self.settings.sync()

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        self.settings.sync()
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The language changes when WattIf is started again.")
        )

    # ------------------------------------------------------------------ recovery
    def _schedule_autosave(self, *_: object) -> None:
        self._autosave.start()

    def write_recovery(self, clean: bool = False) -> None:
        """Write the current state to the recovery file now (atomic); ``clean`` when the window
        closes normally (a session read back without it came through a crash)."""
        m = self.model
        try:
            sessions.write_session(
                self.state_dir,
                sessions.Session(
                    m.scenario,
                    m.baseline,
                    str(self._path) if self._path else None,
                    m.is_modified,
                    m.year,
                    self.workspace.document(),
                    clean,
                ),
            )
        except WattIfError as exc:
            log.warning("recovery file not written: %s", exc)

    def _say_restored(self, last: sessions.Session) -> None:
        """After a crash the last session comes back; the status bar says so (and when)."""
        when = (
            QDateTime.fromSecsSinceEpoch(int(last.saved_at))
            if last.saved_at
            else QDateTime.currentDateTime()
        )
        text = locale_for(self.lang).toString(when, QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(
            self.tr("Restored the session of {0} after an unexpected exit").format(text),
            RESTORED_MS,
        )

    def _place_sources(self) -> None:
        """A Sources table squeezed beside the charts is unreadable: narrower than
        :data:`SOURCES_MIN_WIDTH` it floats over the window's right side instead."""
        dock = self.sources_dock
        if not dock.isVisible() or dock.isFloating() or dock.width() >= SOURCES_MIN_WIDTH:
            return
        g = self.geometry()
        width = max(SOURCES_MIN_WIDTH, int(g.width() * SOURCES_FLOAT_SHARE))
        height = int(g.height() * SOURCES_FLOAT_SHARE)
        dock.setFloating(True)
        dock.setGeometry(g.x() + g.width() - width - 24, g.y() + 80, width, height)

    def show_sources_of(self, key: str) -> None:
        """Open the Sources view on the sources of parameter ``key`` (a row's context menu)."""
        self.sources_dock.show()
        self.sources_dock.raise_()
        self.sources.show_parameter(key)

    # ------------------------------------------------------------------ files
    @property
    def path(self) -> Path | None:
        return self._path

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = sessions.recent_files(self.settings)
        for i, p in enumerate(files):
            a = self.recent_menu.addAction(f"&{i + 1} {Path(p).name}")
            a.setToolTip(p)
            a.setStatusTip(p)
            a.triggered.connect(lambda _=False, path=p: self.open_recent(path))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.setValue("recentFiles", [])
        self._fill_recent()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.model.is_modified:
            return True
        name = self._path.name if self._path else self.tr("Untitled")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}” first?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if not self.maybe_save():
            return
        default = core_text.localised_preset(DEFAULT_PRESET, self.lang)
        self._path = None
        self.workspace.new_document()
        self.model.replace_document(default, default)
        self._update_title()
        self.statusBar().showMessage(self.tr("New scenario from the default preset"), 4000)

    def _dialog_dir(self) -> str:
        if self._path:
            return str(self._path.parent)
        files = sessions.recent_files(self.settings)
        return str(Path(files[0]).parent) if files else str(Path.home())

    def open_file(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), self._dialog_dir(), OPEN_FILTER
        )
        if path:
            self.open_path(path, ask=False)

    def open_recent(self, path: str) -> None:
        self.open_path(path)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a scenario file; a broken or foreign file leaves the current scenario as it is."""
        if ask and not self.maybe_save():
            return False
        try:
            scenario, workspace = read_document(path)
        except WattIfError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open scenario"),
                self.tr("The file could not be opened; your current scenario is unchanged.")
                + "\n\n"
                + core_text.error_text(str(exc)),
            )
            if not Path(path).exists():
                sessions.remove_recent(self.settings, str(Path(path).resolve()))
            return False
        self._path = Path(path).resolve()
        self.workspace.open_document(scenario, workspace)
        sessions.add_recent(self.settings, str(self._path))
        self._fill_recent()  # enables File → Open Recent in the first session
        self._update_title()
        self.statusBar().showMessage(self.tr("Opened {0}").format(self._path), 4000)
        return True

    def save(self) -> bool:
        if self._path is None or not self.workspace.fits(self._path):
            return self.save_as()  # never turns a scenario file into a workspace unasked
        return self.save_to(self._path)

    def save_as(self) -> bool:
        start = (
            str(self._path)
            if self._path
            else str(
                Path(self._dialog_dir()) / (self._safe_name(self.model.scenario.name) + ".json")
            )
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario"), start, self.workspace.save_filter()
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self.save_to(Path(path))

    @staticmethod
    def _safe_name(name: str) -> str:
        keep = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        return keep or "scenario"

    def save_to(self, path: Path) -> bool:
        """Write the scenario atomically; on failure the old file stays and a dialog says why."""
        try:
            self.workspace.write(path)
        except WattIfError as exc:
            QMessageBox.critical(
                self, self.tr("Cannot save scenario"), core_text.error_text(str(exc))
            )
            return False
        self._path = Path(path).resolve()
        self.model.mark_saved()
        sessions.add_recent(self.settings, str(self._path))
        self._fill_recent()  # enables File → Open Recent in the first session
        self._update_title()
        self.write_recovery()
        self.statusBar().showMessage(self.tr("Saved {0}").format(self._path), 4000)
        return True

    def load_preset(self, name: str) -> None:
        """Load a shipped preset as one undo step."""
        scenario = core_text.localised_preset(name, self.lang)  # named in the user's language
        # a preset brings its own baseline (itself with the measures off), so that the window
        # compares it with itself, not with the last preset; a baseline fixed on purpose stays
        baseline = measures_off(scenario) if self.model.baseline_is_automatic() else None
        self.model.set_scenario(
            scenario, self.tr("Load preset “{0}”").format(scenario.name), baseline=baseline
        )
        if baseline is None:
            self.statusBar().showMessage(
                self.tr("Preset: {0} (compared with the baseline you set)").format(scenario.name),
                6000,
            )
        else:
            self.statusBar().showMessage(self.tr("Preset: {0}").format(scenario.name), 4000)

    # ------------------------------------------------------------------ exports
    def export_excel(self) -> None:
        if self._export is not None:
            return
        if importlib.util.find_spec("wattif.core.excel") is None:
            QMessageBox.information(
                self,
                self.tr("Export to Excel"),
                self.tr(
                    "Excel export is not available in this version of "
                    "WattIf (the module wattif.core.excel is missing)."
                ),
            )
            return
        stem = self._path.stem if self._path else self._safe_name(self.model.scenario.name)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            str(Path(self._dialog_dir()) / f"{stem}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.start_export(path)

    def start_export(self, path: str) -> None:
        """Export the scenario and baseline to ``path`` in a worker thread with progress."""
        job = _ExportJob(self.model.scenario, self.model.baseline, path, self.lang)
        job.compared = self.workspace.export_scenarios()  # the named options, living
        dialog = QProgressDialog(self.tr("Writing the workbook…"), "", 0, 100, self)
        dialog.setWindowTitle(self.tr("Export to Excel"))
        dialog.setCancelButton(None)
        # not modal: a modal QProgressDialog runs a nested event loop inside setValue(), where
        # the export's end could close and delete it under its own feet (seen as a segfault)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setValue(0)
        # bound methods of this window: queued into the UI thread (a lambda could run in the
        # worker thread)
        job.signals.progress.connect(self._export_progress)
        job.signals.finished.connect(self._export_done)
        job.signals.failed.connect(self._export_failed)
        self._export = (job, dialog)
        dialog.show()
        QThreadPool.globalInstance().start(job)

    @Slot(float, str)
    def _export_progress(self, fraction: float, message: str) -> None:
        if self._export is not None:
            dialog = self._export[1]
            if message:  # the core reports its phases in English
                dialog.setLabelText(core_text.progress_text(message))
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 100))

    def _end_export(self) -> None:
        if self._export is not None:
            _, dialog = self._export
            dialog.close()
            dialog.deleteLater()
            self._export = None

    @Slot(str)
    def _export_done(self, path: str) -> None:
        self._end_export()
        self.statusBar().showMessage(self.tr("Exported {0}").format(path), 6000)

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self._end_export()
        QMessageBox.warning(
            self,
            self.tr("Export to Excel"),
            self.tr("The workbook could not be written.") + "\n\n" + core_text.error_text(message),
        )

    @property
    def export_running(self) -> bool:
        return self._export is not None

    @property
    def chart_exports(self):
        """File → Export charts… / Export results as CSV… (``chart_export.WindowExports``)."""
        if getattr(self, "_chart_exports", None) is None:
            from .chart_export import WindowExports

            self._chart_exports = WindowExports(self)
        return self._chart_exports

    def export_charts(self) -> None:
        self.chart_exports.export_charts()

    def export_results_csv(self) -> None:
        self.chart_exports.export_results_csv()

    # ------------------------------------------------------------------ presentation
    def set_presentation(self, on: bool) -> None:
        """Presentation mode (F11 toggles, Esc leaves): full screen, 1, 2 or 4 charts in large
        type, the key levers, keyboard control (``gui/presentation.py``)."""
        self.act_exit_present.setEnabled(on)
        self.presentation.set_active(on)

    def about(self) -> None:
        from wattif.core import __version__

        QMessageBox.about(
            self,
            self.tr("About WattIf"),
            self.tr(
                "<b>WattIf {0}</b><br>A what-if analyzer for the energy use of AI.<br>"
                "Every default has a source: see View → Sources."
            ).format(__version__),
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.physics.fit_room(self.centralWidget().height())

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.export_running:
            self.statusBar().showMessage(self.tr("Please wait for the export to finish"), 4000)
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self._autosave.stop()
        if self.model.is_modified:  # the user chose to discard: come back to the saved state
            self._write_discarded_session()
        else:
            self.write_recovery(clean=True)
        self.save_layout()
        event.accept()

    def _write_discarded_session(self) -> None:
        m = self.model
        try:
            saved, base, workspace = (
                self.workspace.saved_state(self._path)
                if self._path
                else (core_text.localised_preset(DEFAULT_PRESET, self.lang), None, None)
            )
            sessions.write_session(
                self.state_dir,
                sessions.Session(
                    saved,
                    base or m.baseline,
                    str(self._path) if self._path else None,
                    False,
                    m.year,
                    workspace,
                    True,  # a normal close
                ),
            )
        except WattIfError as exc:
            log.warning("session after discard not written: %s", exc)
