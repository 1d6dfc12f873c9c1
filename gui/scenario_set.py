"""The named scenarios of the window: kept, switched, renamed, duplicated, deleted, compared.

What the user edits is the *working state*: the model's scenario. It is either unnamed
(``current`` None: nothing in the list is bold) or one of the named scenarios (``current``: the
bold entry, after a switch to it or a duplicate), which then follows every slider step.

*Keep* takes a snapshot: it adds a copy of the working state to the list under a new name and
leaves the working state as it was. The snapshot stays as kept, and the charts draw it beside
the working state; the user goes on editing what they edited before — the unnamed state stays
unnamed, a named entry stays the one being edited. So "Keep as A, change a slider, Keep as B"
gives two different scenarios, A as it was at the first Keep. To change a kept scenario the user
switches to it (Enter, a double click). Switching away from an unnamed working state that no
snapshot holds leaves it behind; the status bar says so and Undo brings it back.

The set belongs to the document as the scenario does. Every change of it is one step on the
model's undo stack (a memento of the set rides on :meth:`ScenarioModel.set_scenario`), so undo,
the "modified" mark and the recovery file cover it without bookkeeping of their own.

The scenarios drawn beside the working state (shown, not current) are evaluated together in one
batched call (:func:`wattif.core.analyses.compare`) whenever that set changes, never on a slider
step: a slider only changes the working state, whose results the model already has.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from wattif.core import Scenario
from wattif.core.analyses import compare
from wattif.core.model import Results
from wattif.core.workspace import MAX_SCENARIOS, Entry, Workspace

from .scenario_model import ScenarioModel


@dataclass(frozen=True)
class Compared:
    """A scenario drawn beside the current one: its place in the list, name and results."""

    index: int
    name: str
    results: Results


class ScenarioSet(QObject):
    """Named scenarios, which of them the charts show, and which one is being edited.

    Signals
    -------
    changed()
        Names, order, shown flags or the current entry changed (the list redraws).
    compared_changed()
        The scenarios drawn beside the current one changed (the charts redraw).
    """

    changed = Signal()
    compared_changed = Signal()

    def __init__(self, model: ScenarioModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._entries: tuple[Entry, ...] = ()
        self._current: int | None = None
        self._compared: list[Compared] = []
        self._compared_key: tuple = ()
        # id(scenario) -> (scenario, results); the scenario is kept so that its id stays unique
        self._cache: dict[int, tuple[Scenario, Results]] = {}
        model.scenario_changed.connect(self._follow)

    # ------------------------------------------------------------------ read access
    @property
    def entries(self) -> tuple[Entry, ...]:
        """The named scenarios in list order (the current one as the model holds it now)."""
        return self._entries

    @property
    def current(self) -> int | None:
        """Index of the entry being edited; None while the working state is unnamed."""
        return self._current

    def working_is_kept(self) -> bool:
        """Whether the working state is in the list: it is the entry being edited, or an
        unnamed state with the values of a kept snapshot (names aside)."""
        if self._current is not None:
            return True
        scenario = self._model.scenario
        return any(not e.scenario.differences(scenario) for e in self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def is_full(self) -> bool:
        return len(self._entries) >= MAX_SCENARIOS

    def name(self, index: int) -> str:
        return self._entries[index].scenario.name

    def compared(self) -> list[Compared]:
        """Shown entries other than the current one, in list order, with their results."""
        return self._compared

    def results(self, index: int) -> Results:
        """Results of an entry (the model's for the current one)."""
        if index == self._current:
            return self._model.results
        scenario = self._entries[index].scenario
        hit = self._cache.get(id(scenario))
        if hit is None:
            self._evaluate([scenario])
            hit = self._cache[id(scenario)]
        return hit[1]

    def workspace(self) -> Workspace | None:
        """The set as a workspace (with the model's baseline, and the working state when it is
        unnamed), or None while it is empty."""
        if not self._entries:
            return None
        working = self._model.scenario if self._current is None else None
        return Workspace(self._model.baseline, self._entries, self._current, working)

    def unique_name(self, wanted: str) -> str:
        """``wanted``, or ``wanted (2)``, ``(3)`` … when the list already has that name."""
        names = {e.scenario.name for e in self._entries}
        if wanted not in names:
            return wanted
        n = 2
        while f"{wanted} ({n})" in names:
            n += 1
        return f"{wanted} ({n})"

    # ------------------------------------------------------------------ changes (undoable)
    def keep_current(self, name: str) -> bool:
        """Keep a snapshot of the working state as a new named scenario at the end of the list,
        shown on the charts; the working state (and which entry is being edited) stays."""
        if self.is_full() or not name.strip():
            return False
        kept = self._model.scenario.replace(name=name.strip())
        entries = (*self._entries, Entry(kept, True))
        self._step(entries, self._current, self.tr("Keep as “{0}”").format(kept.name))
        return True

    def switch(self, index: int) -> None:
        """Edit another named scenario (a named one left keeps its state; an unnamed working
        state is left behind, Undo brings it back)."""
        if index == self._current or not 0 <= index < len(self._entries):
            return
        self._step(self._entries, index, self.tr("Switch to “{0}”").format(self.name(index)))

    def rename(self, index: int, name: str) -> bool:
        name = name.strip()
        old = self.name(index)
        if not name or name == old:
            return False
        entries = list(self._entries)
        entries[index] = Entry(entries[index].scenario.replace(name=name), entries[index].shown)
        self._step(entries, self._current, self.tr("Rename “{0}” to “{1}”").format(old, name))
        return True

    def duplicate(self, index: int) -> bool:
        """A copy right after ``index`` (“… (copy)”), which becomes the one being edited."""
        if self.is_full():
            return False
        source = self._entries[index]
        name = self.unique_name(self.tr("{0} (copy)").format(source.scenario.name))
        entries = list(self._entries)
        entries.insert(index + 1, Entry(source.scenario.replace(name=name), True))
        self._step(entries, index + 1, self.tr("Duplicate “{0}”").format(source.scenario.name))
        return True

    def delete(self, index: int) -> None:
        """Remove an entry; deleting the current one goes on with its neighbour (or, when it
        was the last one, with the same state, no longer named in the list)."""
        name = self.name(index)
        entries = list(self._entries)
        del entries[index]
        current = self._current
        if not entries:
            current = None
        elif current is not None and current > index:
            current -= 1
        elif current == index:
            current = min(index, len(entries) - 1)
        self._step(entries, current, self.tr("Delete “{0}”").format(name))

    def set_shown(self, index: int, shown: bool) -> None:
        entry = self._entries[index]
        if entry.shown == shown:
            return
        entries = list(self._entries)
        entries[index] = Entry(entry.scenario, shown)
        text = self.tr("Show “{0}”") if shown else self.tr("Hide “{0}”")
        self._step(entries, self._current, text.format(entry.scenario.name))

    # ------------------------------------------------------------------ documents (not undoable)
    def load(self, workspace: Workspace | None) -> None:
        """Take the named scenarios of an opened or recovered workspace (None: no names).

        Call it before the model gets the document's scenario (``replace_document``)."""
        if workspace is None or not workspace.entries:
            self._set_state(((), None))
        elif workspace.current is None:
            self._set_state((tuple(workspace.entries), None))
        else:
            current = min(max(int(workspace.current), 0), len(workspace.entries) - 1)
            self._set_state((tuple(workspace.entries), current))

    def clear(self) -> None:
        self.load(None)

    # ------------------------------------------------------------------ internals
    def _step(self, entries, current: int | None, text: str) -> None:
        before = (self._entries, self._current)
        after = (tuple(entries), current)
        scenario = after[0][current].scenario if current is not None else self._model.scenario
        self._model.set_scenario(
            scenario, text, hook=lambda redo: self._set_state(after if redo else before)
        )

    def _set_state(self, state: tuple) -> None:
        self._entries, self._current = state
        self._update_compared()
        self.changed.emit()

    def _follow(self, scenario: Scenario) -> None:
        """Keep the current entry equal to the model's scenario (every slider step)."""
        i = self._current
        if i is None or i >= len(self._entries):
            return
        entry = self._entries[i]
        if entry.scenario is scenario:
            return
        renamed = entry.scenario.name != scenario.name
        entries = list(self._entries)
        entries[i] = Entry(scenario, entry.shown)
        self._entries = tuple(entries)
        if renamed:
            self.changed.emit()

    def _evaluate(self, scenarios: list[Scenario]) -> None:
        for scenario, results in zip(scenarios, compare(scenarios), strict=True):
            self._cache[id(scenario)] = (scenario, results)

    def _update_compared(self) -> None:
        shown = [
            (i, e.scenario) for i, e in enumerate(self._entries) if e.shown and i != self._current
        ]
        missing = [s for _, s in shown if id(s) not in self._cache]
        if missing:
            self._evaluate(missing)  # one batched evaluation for all of them
        keep = {id(e.scenario) for e in self._entries}
        self._cache = {k: v for k, v in self._cache.items() if k in keep}
        key = tuple((i, id(s)) for i, s in shown)
        if key != self._compared_key:
            self._compared_key = key
            self._compared = [Compared(i, s.name, self._cache[id(s)][1]) for i, s in shown]
            self.compared_changed.emit()
