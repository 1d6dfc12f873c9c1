"""The list of named scenarios: keep snapshots of the working state, switch, rename, duplicate,
delete, and choose which ones the charts show beside the one being edited.

Keep (Ctrl+K) adds a snapshot of the state being edited to the list and starts naming it; the
user goes on editing the same state (see :mod:`.scenario_set`). A line under the list says what
is being edited: the unnamed working state, or the bold named entry."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import style
from .compare_overlay import compare_look, compare_pen, symbol_path
from .scenario_set import ScenarioSet
from .themes import CheckItemDelegate

SWATCH = QSize(34, 14)
MAX_ROWS = 6
"""The list grows with its rows up to this many, then scrolls."""


def swatch(index: int | None, shown: bool = True) -> QIcon:
    """A short line with the scenario's colour, line style and symbol; the scenario being
    edited (``index`` None) is drawn as the charts draw it: black and solid."""
    pixmap = QPixmap(SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    y = SWATCH.height() / 2
    if index is None:
        p.setPen(QPen(QColor(style.TEXT), 2.5))
        p.drawLine(QPointF(2, y), QPointF(SWATCH.width() - 2, y))
    else:
        look = compare_look(index)
        colour = QColor(look.colour if shown else style.BASELINE)
        pen = compare_pen(look, 2.5)
        pen.setColor(colour)
        p.setPen(pen)
        p.drawLine(QPointF(2, y), QPointF(SWATCH.width() - 2, y))
        p.setPen(QPen(QColor("#FFFFFF"), 1.0))
        p.setBrush(colour)
        p.drawPath(symbol_path(look.symbol, 9.0).translated(SWATCH.width() / 2, y))
    p.end()
    return QIcon(pixmap)


class ScenarioList(QWidget):
    """Named scenarios in a list: the check box says whether the charts show a scenario, the
    bold one is being edited (drawn as the scenario, black), the others keep their colour. With
    no bold entry, the unnamed working state is being edited; the line under the list says so.

    Keyboard: Enter (or a double click) switches to the selected scenario, Space shows or hides
    it, F2 renames it, Delete removes it (Ctrl+Z brings it back); Ctrl+K keeps a snapshot of the
    state being edited as a new named scenario, starts naming it, and the editing goes on where
    it was.
    """

    message = Signal(str)
    """A note for the status bar."""

    def __init__(self, scenarios: ScenarioSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioList")
        self.scenarios = scenarios
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(3)
        self.hint = QLabel(
            self.tr(
                "Keep (Ctrl+K) stores a snapshot of the current state under a name, to compare "
                "options side by side."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("rowNote")
        self.list = QListWidget(self)
        self.list.setObjectName("scenarioItems")
        self.list.setItemDelegate(CheckItemDelegate(self.list))  # visible check boxes
        self.list.setIconSize(SWATCH)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # as tall as its rows (up to MAX_ROWS): the parameter panel below keeps the room
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setAccessibleName(self.tr("Named scenarios"))
        self.list.setToolTip(
            self.tr(
                "Keep (Ctrl+K) adds a snapshot of the state you are editing; a snapshot stays "
                "as kept while you go on editing. Check to show a scenario on the charts; Enter "
                "or double-click to edit it; F2 renames, Delete removes."
            )
        )
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemActivated.connect(lambda item: self.switch_to(self.list.row(item)))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.editing = QLabel(self)
        self.editing.setObjectName("rowNote")
        self.editing.setWordWrap(True)
        self.keep_button = self._button(
            self.tr("Keep"),
            self.tr(
                "Keep a snapshot of the current state as a new named scenario (Ctrl+K); you go "
                "on editing the current state"
            ),
            self.keep,
        )
        self.switch_button = self._button(
            self.tr("Switch"),
            self.tr("Edit the selected scenario instead (Enter)"),
            self.switch_selected,
        )
        self.duplicate_button = self._button(
            self.tr("Duplicate"), self.tr("A copy of the selected scenario"), self.duplicate
        )
        self.rename_button = self._button(
            self.tr("Rename"), self.tr("Rename the selected scenario (F2)"), self.rename
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete the selected scenario (Delete)"), self.delete
        )
        for b in (
            self.keep_button,
            self.switch_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editing)
        layout.addLayout(buttons)
        scenarios.changed.connect(self.rebuild)
        self.rebuild()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.setAutoRaise(False)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # ------------------------------------------------------------------ mirroring the set
    def rebuild(self) -> None:
        """Mirror the set: rows updated in place (an editor may be open on one of them)."""
        s = self.scenarios
        self.list.blockSignals(True)
        while self.list.count() > len(s):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(s):
            item = QListWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            self.list.addItem(item)
        for i, entry in enumerate(s.entries):
            item = self.list.item(i)
            current = i == s.current
            key = (entry.scenario.name, entry.shown, current, i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                continue
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setText(entry.scenario.name)
            item.setIcon(swatch(None if current else i, entry.shown))
            item.setCheckState(Qt.CheckState.Checked if entry.shown else Qt.CheckState.Unchecked)
            font = QFont(self.list.font())
            font.setBold(current)
            item.setFont(font)
            item.setToolTip(
                self.tr("Being edited: the charts draw it black, as the scenario")
                if current
                else self.tr("Enter or double-click to edit this scenario")
            )
        if not 0 <= self.list.currentRow() < len(s) and s.current is not None:
            self.list.setCurrentRow(s.current)
        self.list.blockSignals(False)
        empty = len(s) == 0
        rows = min(max(len(s), 1), MAX_ROWS)
        self.list.setMaximumHeight(
            rows * max(self.list.sizeHintForRow(0), SWATCH.height() + 4)
            + 2 * self.list.frameWidth()
        )
        self.hint.setVisible(empty)
        self.list.setVisible(not empty)
        self.editing.setVisible(not empty)
        if s.current is None:
            text = self.tr(
                "Editing the working state, not in the list; Keep adds a snapshot of it."
            )
        else:
            text = self.tr("Editing “{0}”; Keep adds a snapshot of it.").format(s.name(s.current))
        if self.editing.text() != text:
            self.editing.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self.scenarios)
        self.keep_button.setEnabled(not self.scenarios.is_full())
        self.switch_button.setEnabled(has and row != self.scenarios.current)
        for b in (self.duplicate_button, self.rename_button, self.delete_button):
            b.setEnabled(has)
        self.duplicate_button.setEnabled(has and not self.scenarios.is_full())

    def texts(self) -> list[tuple[str, bool, bool]]:
        """What the list shows: (name, shown, being edited) per row (for tests)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            out.append(
                (
                    item.text(),
                    item.checkState() == Qt.CheckState.Checked,
                    i == self.scenarios.current,
                )
            )
        return out

    # ------------------------------------------------------------------ user actions
    def selected(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.scenarios) else self.scenarios.current

    def keep(self) -> None:
        """Keep a snapshot of the state being edited as a new named scenario and let the user
        name it in place; the editing goes on where it was."""
        if self.scenarios.is_full():
            self.message.emit(self.tr("A workspace holds at most 32 named scenarios"))
            return
        n = len(self.scenarios)
        letter = chr(ord("A") + n) if n < 26 else str(n + 1)
        name = self.scenarios.unique_name(self.tr("Option {0}").format(letter))
        if self.scenarios.keep_current(name):
            self.rename(len(self.scenarios) - 1)

    def leaves_unkept(self, index: int) -> bool:
        """Whether editing entry ``index`` leaves an unnamed working state no snapshot holds."""
        s = self.scenarios
        return s.current is None and 0 <= index < len(s) and not s.working_is_kept()

    def left_note(self) -> str:
        return self.tr("The working state, not kept, was left behind (Ctrl+Z brings it back)")

    def switch_to(self, index: int) -> None:
        """Edit entry ``index``; the status bar says when an unkept working state is left."""
        left = self.leaves_unkept(index)
        self.scenarios.switch(index)
        if left:
            self.message.emit(self.left_note())

    def switch_selected(self) -> None:
        i = self.selected()
        if i is not None:
            self.switch_to(i)

    def duplicate(self) -> None:
        i = self.selected()
        if i is not None:
            left = self.leaves_unkept(i)
            if self.scenarios.duplicate(i) and left:
                self.message.emit(self.left_note())

    def rename(self, index: int | None = None) -> None:
        """Edit the name in place (Enter keeps it, Escape leaves it as it was)."""
        i = self.selected() if index is None else index
        if i is None:
            return
        parent = self.parentWidget()
        while parent is not None and not parent.isVisible():
            parent.show()  # a hidden dock: the name is edited where the user can see it
            parent = parent.parentWidget()
        self.list.setCurrentRow(i)
        self.list.setFocus()
        self.list.editItem(self.list.item(i))

    def delete(self) -> None:
        i = self.selected()
        if i is None:
            return
        name = self.scenarios.name(i)
        self.scenarios.delete(i)
        self.message.emit(self.tr("Deleted “{0}” (Ctrl+Z brings it back)").format(name))

    def _item_changed(self, item: QListWidgetItem) -> None:
        """A check box or a name edited in place: applied once the list has finished with the
        item (the change rebuilds rows, which must not happen under an open editor)."""
        i = self.list.row(item)
        shown = item.checkState() == Qt.CheckState.Checked
        name = item.text().strip()
        QTimer.singleShot(0, lambda: self._apply_item(i, shown, name))

    def _apply_item(self, i: int, shown: bool, name: str) -> None:
        if not 0 <= i < len(self.scenarios):
            return
        entry = self.scenarios.entries[i]
        if shown != entry.shown:
            self.scenarios.set_shown(i, shown)
        elif name != entry.scenario.name:
            if name:
                self.scenarios.rename(i, name)
            else:  # an empty name is not taken
                self.list.item(i).setData(Qt.ItemDataRole.UserRole, None)
                self.rebuild()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.list and event.type() == event.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete) and self.list.state() != (
                QAbstractItemView.State.EditingState
            ):
                self.delete()
                return True
        return super().eventFilter(obj, event)
