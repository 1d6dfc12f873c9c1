"""Named scenarios side by side, wired into the window: the scenario set, its list and the
comparison table (docks), the overlays on the charts, the *Scenario* menu entries, and the
workspace file (baseline + named scenarios + which are shown) behind Open and Save.

:class:`WorkspaceActions` is created once by the main window (the composition root) after its
charts and menus exist. A document is a *scenario file* while no scenario is named and a
*workspace file* once one is; Open reads either, Save writes what the document is and never
turns one kind of file into the other behind the user's back (it asks for a new name instead).

*Keep* (Ctrl+K) takes a snapshot of the state being edited; the editing goes on where it was
(:mod:`.scenario_set` says what the user sees). The workspace file and the recovery file hold the
unnamed working state beside the snapshots, so both come back as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from wattif.core import Scenario, WattIfError, load_scenario, save_scenario
from wattif.core.fileio import read_json_file
from wattif.core.workspace import (
    FORMAT,
    MAX_BYTES,
    Entry,
    Workspace,
    load_workspace,
    save_workspace,
)

from . import compare_overlay
from .comparison_table import ComparisonTable
from .scenario_list import ScenarioList
from .scenario_set import ScenarioSet

OPEN_FILTER = "WattIf scenario or workspace (*.json);;All files (*)"
SCENARIO_FILTER = "WattIf scenario (*.json);;All files (*)"
WORKSPACE_FILTER = "WattIf workspace (*.json);;All files (*)"


def is_workspace_file(path: str | Path) -> bool:
    """True when ``path`` holds a WattIf workspace (anything unreadable is left to the
    scenario reader, whose message then says what is wrong)."""
    try:  # a pipe or device is refused before it is opened: it would block or never end
        doc = read_json_file(path, MAX_BYTES, "workspace file")
    except WattIfError:
        return False
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def read_document(path: str | Path) -> tuple[Scenario, Workspace | None]:
    """The scenario to edit and, for a workspace file, the workspace; raises WattIfError.

    The scenario to edit is the workspace's working state or the named scenario being edited;
    a workspace without either opens its baseline."""
    if is_workspace_file(path):
        ws = load_workspace(path)
        return ws.edited, ws
    return load_scenario(path), None


class WorkspaceActions(QObject):
    """Creates and connects the named-scenario views of ``window`` (a :class:`MainWindow`).

    ``restored``: the window's recovered session; its named scenarios come back when the
    window restored its scenario from it.
    """

    def __init__(self, window: QMainWindow, restored=None) -> None:
        super().__init__(window)
        self.window = window
        model = window.model
        self.scenarios = ScenarioSet(model, self)
        self._kind: str | None = None  # "scenario" or "workspace": what the file at the path is
        if window.path is not None:
            self._kind = "workspace" if is_workspace_file(window.path) else "scenario"
        ws = getattr(restored, "workspace", None)
        if ws is not None and ws.entries and model.scenario is restored.scenario:
            # the session's scenario is the live working state: unnamed, or the current entry
            if ws.current is None:
                self.scenarios.load(Workspace(ws.baseline, ws.entries, None, model.scenario))
            else:
                entries = list(ws.entries)
                current = min(max(ws.current, 0), len(entries) - 1)
                entries[current] = Entry(model.scenario, entries[current].shown)
                self.scenarios.load(Workspace(ws.baseline, tuple(entries), current))

        self.overlays = compare_overlay.attach(window.charts, self.scenarios, window.lang)
        self.list = ScenarioList(self.scenarios, window)
        self.list.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.list_dock = self._dock(self.list, self.tr("Scenarios"), "scenariosDock")
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.list_dock)
        window.splitDockWidget(self.list_dock, window.param_dock, Qt.Orientation.Vertical)
        self.table = ComparisonTable(model, self.scenarios, window.lang, window)
        self.table_dock = self._dock(self.table, self.tr("Comparison table"), "comparisonDock")
        # a tab beside the parameters: the charts keep their room (at 1280 px a dock of its
        # own beside them would push the window past the screen)
        window.tabifyDockWidget(window.param_dock, self.table_dock)
        window.param_dock.raise_()
        self.table_dock.hide()
        self._width_before: int | None = None
        self.table_dock.visibilityChanged.connect(self._fit_table)
        self._build_actions()
        self._build_menus()
        self.scenarios.changed.connect(self._update_actions)
        self._update_actions()

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
        return dock

    def _act(self, text: str, slot, shortcut=None, tip: str = "", name: str = "") -> QAction:
        a = QAction(text, self.window)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        if name:
            a.setObjectName(name)
        a.triggered.connect(lambda _checked=False: slot())
        return a

    def _build_actions(self) -> None:
        self.act_keep = self._act(
            self.tr("&Keep as named scenario"),
            self.keep,
            "Ctrl+K",
            self.tr(
                "Keep a snapshot of the current state as a new named scenario to compare with "
                "others; you go on editing the current state"
            ),
            "actKeepScenario",
        )
        self.act_duplicate = self._act(
            self.tr("D&uplicate scenario"),
            self.list.duplicate,
            None,
            self.tr("A copy of the selected named scenario, to vary it"),
            "actDuplicateScenario",
        )
        self.act_delete = self._act(
            self.tr("De&lete scenario"),
            self.list.delete,
            None,
            self.tr("Remove the selected named scenario (Undo brings it back)"),
            "actDeleteScenario",
        )
        self.act_next = self._act(
            self.tr("Ne&xt scenario"),
            lambda: self.step(1),
            "Ctrl+PgDown",
            self.tr("Edit the next named scenario"),
            "actNextScenario",
        )
        self.act_previous = self._act(
            self.tr("Pre&vious scenario"),
            lambda: self.step(-1),
            "Ctrl+PgUp",
            self.tr("Edit the previous named scenario"),
            "actPreviousScenario",
        )
        self.act_list = self.list_dock.toggleViewAction()
        self.act_list.setText(self.tr("Named &scenarios"))
        self.act_list.setObjectName("actScenarioList")
        self.act_table = self.table_dock.toggleViewAction()
        self.act_table.setText(self.tr("&Comparison table"))
        self.act_table.setStatusTip(
            self.tr("KPIs of the baseline and the shown scenarios, base and chosen year")
        )
        self.act_table.setObjectName("actComparisonTable")
        self.act_table.triggered.connect(lambda on: self.table_dock.raise_() if on else None)
        self.act_copy_table = self._act(
            self.tr("Cop&y comparison table"),
            self.copy_table,
            None,
            self.tr("The comparison table for a spreadsheet or a slide"),
            "actCopyTable",
        )

    def _build_menus(self) -> None:
        w = self.window
        menus = [a.menu() for a in w.menuBar().actions() if isinstance(a.menu(), QMenu)]
        scenario_menu = next((m for m in menus if w.act_rename in m.actions()), None)
        if scenario_menu is not None:
            scenario_menu.addSeparator()
            scenario_menu.addActions(
                [self.act_keep, self.act_duplicate, self.act_delete, self.act_next]
            )
            scenario_menu.addAction(self.act_previous)
            scenario_menu.addSeparator()
            scenario_menu.addActions([self.act_table, self.act_copy_table])
        view = next((m for m in menus if w.param_dock.toggleViewAction() in m.actions()), None)
        if view is not None:
            anchor = w.sources_dock.toggleViewAction()
            view.insertAction(anchor, self.act_list)
            view.insertAction(anchor, self.act_table)
        # shortcuts work with the menu bar hidden (presentation mode)
        w.addActions(
            [
                self.act_keep,
                self.act_duplicate,
                self.act_delete,
                self.act_next,
                self.act_previous,
                self.act_copy_table,
            ]
        )

    def _update_actions(self) -> None:
        s = self.scenarios
        self.act_keep.setEnabled(not s.is_full())
        has = len(s) > 0
        self.act_duplicate.setEnabled(has and not s.is_full())
        self.act_delete.setEnabled(has)
        # from an unnamed working state even a single named scenario is another one to edit
        others = len(s) > 1 or (has and s.current is None)
        self.act_next.setEnabled(others)
        self.act_previous.setEnabled(others)

    def _fit_table(self, visible: bool) -> None:
        """While the table is on screen its column of docks is as wide as the table needs (at
        most 45 % of the window); the column gets its width back when the table goes."""
        dock = self.table_dock
        if dock.isFloating():
            return
        if visible:
            if self._width_before is None:
                self._width_before = dock.width()
            width = min(self.table.needed_width(), int(self.window.width() * 0.45))
            if width > dock.width():
                self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        elif self._width_before is not None:
            before, self._width_before = self._width_before, None
            others = [d for d in self.window.tabifiedDockWidgets(dock) if d.isVisible()]
            if others:
                self.window.resizeDocks(others[:1], [before], Qt.Orientation.Horizontal)

    def show_table(self) -> None:
        """Bring the comparison table to the front."""
        self.table_dock.show()
        self.table_dock.raise_()

    # ------------------------------------------------------------------ actions
    def keep(self) -> None:
        self.list_dock.show()
        self.list_dock.raise_()
        self.list.keep()

    def step(self, by: int) -> None:
        """Edit the next (``by`` 1) or previous (-1) named scenario, round the list; from an
        unnamed working state the first (or last) one."""
        s = self.scenarios
        if s.current is None:
            if not len(s):
                return
            target = 0 if by > 0 else len(s) - 1
        elif len(s) < 2:
            return
        else:
            target = (s.current + by) % len(s)
        left = self.list.leaves_unkept(target)
        s.switch(target)
        text = self.tr("Editing “{0}”").format(s.name(s.current))
        if left:
            text += " · " + self.list.left_note()
        self.window.statusBar().showMessage(text, 6000 if left else 3000)

    def copy_table(self) -> None:
        self.table.copy()
        self.window.statusBar().showMessage(
            self.tr("Comparison table copied: paste it into a spreadsheet or a slide"), 4000
        )

    # ------------------------------------------------------------------ documents
    def export_scenarios(self) -> tuple[Scenario, ...]:
        """The named scenarios other than the one being edited (it is the workbook's
        scenario), in list order, for the workbook's Scenarios sheet."""
        current = self.scenarios.current
        return tuple(e.scenario for i, e in enumerate(self.scenarios.entries) if i != current)

    def document(self) -> Workspace | None:
        """The named scenarios for the recovery file (None while nothing is named)."""
        return self.scenarios.workspace()

    def open_document(self, scenario: Scenario, workspace: Workspace | None) -> None:
        """Show an opened file: its named scenarios, baseline and the scenario to edit."""
        self.scenarios.load(workspace)
        self._kind = "workspace" if workspace is not None else "scenario"
        self.window.model.replace_document(
            scenario, workspace.baseline if workspace is not None else None
        )

    def new_document(self) -> None:
        """Forget the named scenarios (File → New)."""
        self.scenarios.clear()
        self._kind = None

    def kind(self) -> str:
        return "workspace" if len(self.scenarios) else "scenario"

    def fits(self, path: Path | None) -> bool:
        """Whether Save may write the document to ``path`` without asking for a name: only
        over a file of the same kind (a scenario file never becomes a workspace silently)."""
        return path is not None and self._kind == self.kind()

    def save_filter(self) -> str:
        return WORKSPACE_FILTER if self.kind() == "workspace" else SCENARIO_FILTER

    def write(self, path: Path) -> None:
        """Write the document (atomic); raises WattIfError."""
        ws = self.scenarios.workspace()
        if ws is not None:
            save_workspace(ws, path)
        else:
            save_scenario(self.window.model.scenario, path)
        self._kind = self.kind()

    def saved_state(self, path: Path | None) -> tuple[Scenario, Scenario | None, Workspace | None]:
        """What the file at ``path`` holds (scenario, baseline or None, workspace or None)."""
        scenario, ws = read_document(path)
        return scenario, (ws.baseline if ws is not None else None), ws
