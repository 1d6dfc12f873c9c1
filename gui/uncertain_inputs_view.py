"""Which inputs vary? The inputs behind the uncertainty bands, with their ranges, and pinning.

Every input with a plausible range is sampled for the bands (triangular around the scenario's
value, Latin hypercube; ``wattif.core.analyses.uncertain_parameters``). The list shows each with its
low end, the scenario's value and its high end, grouped as the parameter panel groups them; a
ticked input varies, an unticked one is *pinned*: taken as given at the scenario's value (a group's
box pins or frees the whole group).

Most ranges reach further up than down, so the bands' median lies above the scenario; the summary
says by how much for the energy per year (as the energy chart's caption does), right above the
ranges that cause it.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wattif.core import data, params
from wattif.core.analyses import metric_series

from .band_overlay import median_note
from .formatting import fmt_count
from .scenario_model import ScenarioModel
from .themes import CheckItemDelegate
from .tornado_view import fmt_input, fmt_input_range
from .uncertainty import Uncertainty

REFRESH_MS = 150
"""The values follow a moving slider at most this often."""
ROLE_TIP = Qt.ItemDataRole.UserRole + 1
ROLE_RANGE = Qt.ItemDataRole.UserRole + 2


class UncertainInputsView(QWidget):
    """The list of uncertain inputs, a filter, and what the bands are made of."""

    def __init__(
        self,
        model: ScenarioModel,
        uncertainty: Uncertainty,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainInputsView")
        self.model = model
        self.uncertainty = uncertainty
        self._lang = lang
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._filling = False

        self.summary = QLabel(self)
        self.summary.setObjectName("inputsSummary")
        self.summary.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("inputsFilter")
        self.filter.setPlaceholderText(self.tr("Filter inputs…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter inputs"))
        self.vary_all = QPushButton(self.tr("&Vary all"), self)
        self.vary_all.setToolTip(self.tr("Sample every input again (no input pinned)"))
        self.vary_all.clicked.connect(lambda: self.uncertainty.set_pinned(()))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.vary_all)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("inputsTree")
        self.tree.setItemDelegate(CheckItemDelegate(self.tree))  # visible check boxes
        self.tree.setColumnCount(1)
        self.tree.setHeaderLabels([self.tr("Input (ticked: varies) and its range")])
        self.tree.setIndentation(14)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Uncertain inputs"))
        self.tree.setAlternatingRowColors(True)
        hint = QLabel(
            self.tr(
                "Untick an input to pin it: it keeps the scenario's value and no longer adds "
                "to the bands."
            ),
            self,
        )
        hint.setObjectName("rowNote")
        hint.setWordWrap(True)

        self.setFocusProxy(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._stale = True
        self.tree.itemChanged.connect(self._item_changed)
        self.filter.textChanged.connect(self._apply_filter)
        model.results_changed.connect(self._schedule)
        uncertainty.pinned_changed.connect(self._sync_pins)
        uncertainty.changed.connect(self._update_summary)
        uncertainty.enabled_changed.connect(self._update_summary)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        ranges = self.uncertainty.varying()
        lang = self._lang
        self._filling = True
        table = data.sources()
        for key in ranges:
            p = params.get(key)
            group = self._groups.get(p.group)
            if group is None:
                en, de = params.GROUP_LABELS[p.group]
                group = QTreeWidgetItem(self.tree, [de if lang == "de" else en])
                group.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsAutoTristate
                )
                group.setExpanded(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self._groups[p.group] = group
            item = QTreeWidgetItem(group, [p.label(lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            tip = [f"<b>{html.escape(p.label(lang))}</b>"]
            if p.help(lang):
                tip.append(html.escape(p.help(lang)))
            if p.source:
                cites = "; ".join(
                    html.escape(table[s]["citation"] if s in table else s) for s in p.source
                )
                source = html.escape(self.tr("Source"))
                tip.append(f"<i>{source}:</i> {cites}")
            item.setData(0, ROLE_TIP, tip)
            self._items[key] = item
        self._filling = False
        self._sync_pins()

    # ------------------------------------------------------------------ updating
    def _schedule(self) -> None:
        if not self.isVisible():
            self._stale = True
        elif not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the ranges around the current scenario."""
        self._stale = False
        ranges = self.uncertainty.varying()
        lang = self._lang
        self._filling = True
        for key, item in self._items.items():
            low, value, high = ranges.get(key, (None, self.model.scenario[key], None))
            span = fmt_input_range(key, low, high, lang) if low is not None else "–"
            if item.data(0, ROLE_RANGE) != span:
                name = params.get(key).label(lang)
                item.setData(0, ROLE_RANGE, span)
                item.setText(0, f"{name}\n{span}")
                scenario = self.tr("Scenario: {0}; sampled from {1}").format(
                    fmt_input(key, value, lang), span
                )
                tip = [*item.data(0, ROLE_TIP), html.escape(scenario)]
                item.setToolTip(0, "<p style='white-space:normal'>" + "<br>".join(tip) + "</p>")
        self._filling = False
        self._update_summary()

    def _sync_pins(self) -> None:
        pinned = self.uncertainty.pinned
        self._filling = True
        for key, item in self._items.items():
            state = Qt.CheckState.Unchecked if key in pinned else Qt.CheckState.Checked
            if item.checkState(0) != state:
                item.setCheckState(0, state)
        self._filling = False
        self._update_summary()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        # a group's box changes all its children: collect once the tree has settled
        QTimer.singleShot(0, self._collect_pins)

    def _collect_pins(self) -> None:
        pinned = {
            key
            for key, item in self._items.items()
            if item.checkState(0) == Qt.CheckState.Unchecked
        }
        self.uncertainty.set_pinned(pinned)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for group in self._groups.values():
            shown = 0
            for i in range(group.childCount()):
                child = group.child(i)
                key = str(child.data(0, Qt.ItemDataRole.UserRole))
                hay = f"{params.get(key).label(self._lang)} {key}".casefold()
                hide = any(w not in hay for w in words)
                child.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def _update_summary(self, *_: object) -> None:
        if not self.isVisible():
            self._stale = True  # brought up to date when shown
            return
        unc = self.uncertainty
        total = len(self._items)
        varying = total - len(unc.pinned & set(self._items))
        head = self.tr("{0} of {1} inputs vary.").format(varying, total)
        if not unc.enabled:
            state = self.tr("Bands are off (View → Uncertainty bands).")
        elif unc.bands is None:
            state = self.tr("Computing the bands…")
        elif unc.is_final():
            state = self.tr(
                "Bands: P5–P95 and P25–P75 of {0} samples (Latin hypercube, fixed seed)."
            ).format(fmt_count(unc.samples, self._lang))
            note = self._energy_note()
            if note:
                state += " " + self.tr("Energy per year: {0}").format(note)
        else:
            state = self.tr("Bands: {0} samples while the scenario moves…").format(
                fmt_count(unc.samples, self._lang)
            )
        text = f"{head} {state}"
        if self.summary.text() != text:
            self.summary.setText(text)

    def _energy_note(self) -> str:
        """Where the median of the energy per year lies against the scenario (horizon year)."""
        band = self.uncertainty.band("energy_kwh")
        results = self.model.results
        if band is None or np.ndim(band.p50) != 1 or len(band.p50) != len(results.years):
            return ""
        value = float(metric_series(results, "energy_kwh")[-1])
        return median_note(int(results.years[-1]), value, float(band.p50[-1]), self._lang)

    # ------------------------------------------------------------------ for tests
    def shown_inputs(self) -> dict[str, tuple[str, str, bool]]:
        """Input key -> (name, low – high, varies) as listed (rows hidden by the filter left
        out)."""
        out = {}
        for key, item in self._items.items():
            if not item.isHidden():
                name, _, span = item.text(0).partition("\n")
                out[key] = (name, span, item.checkState(0) == Qt.CheckState.Checked)
        return out

    def item(self, key: str) -> QTreeWidgetItem:
        return self._items[key]
