"""The comparison table: KPIs × scenarios in the base year and the chosen year, with the change
against the baseline; copied to the clipboard as a table that spreadsheets and slides take."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wattif.core.model import Results

from . import style
from .compare_overlay import compare_look
from .formatting import ENERGY_UNITS, fmt_count, fmt_number, fmt_percent_change, locale_for
from .scenario_model import ScenarioModel
from .scenario_set import ScenarioSet


@dataclass(frozen=True)
class _Kpi:
    title: str
    get: Callable[[Results], np.ndarray]
    units: tuple[tuple[float, str], ...]  # (divisor, unit) largest first; () for counts


@dataclass(frozen=True)
class Cell:
    """One cell: the text shown, the text a spreadsheet gets, the exact value (Excel reads it
    from the HTML copy), the sign of a change (colour) and whether it is a percentage."""

    text: str
    plain: str
    exact: float | None = None
    sign: int = 0
    percent: bool = False


@dataclass(frozen=True)
class Group:
    """The rows of one KPI and its title (with the unit of the whole row)."""

    title: str
    rows: list[list[Cell]]


def _wrap(name: str, width: int = 14) -> str:
    """A column title on a few short lines (long scenario names stay narrow)."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines[:3]) + ("…" if len(lines) > 3 else "")


@dataclass(frozen=True)
class Column:
    """One scenario of the table: its name, results and place in the list (None: baseline or
    the unnamed current state)."""

    name: str
    results: Results
    index: int | None
    editing: bool = False


class ComparisonTable(QWidget):
    """KPIs × scenarios (baseline first, then the shown named scenarios and the one being
    edited), each KPI in one unit for the whole row: the base year, the chosen year and the
    change against the baseline in the chosen year (▲ increase, ▼ decrease).

    Ctrl+C (or the Copy button) puts the whole table on the clipboard twice: as tab-separated
    text with plain numbers (a spreadsheet's cells) and as an HTML table with the numbers as
    shown (slides, documents; Excel also reads the exact values from it).
    """

    def __init__(
        self,
        model: ScenarioModel,
        scenarios: ScenarioSet,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonTable")
        self._model = model
        self._scenarios = scenarios
        self._lang = lang
        self._stale = True
        self._shape: tuple = ()
        self._groups: list[Group] = []
        self._widths: dict[int, int] = {}
        self._texts: dict[tuple, object] = {}
        self._series_cache: dict[tuple, tuple] = {}
        self._columns: list[Column] = []
        energy = tuple(ENERGY_UNITS)
        self.kpis = [
            _Kpi(self.tr("Energy per year"), lambda r: r.energy_total_kwh, energy),
            _Kpi(self.tr("Energy per query"), lambda r: r.per_query_total_wh, ((1.0, "Wh"),)),
            _Kpi(
                self.tr("Emissions (CO₂e)"),
                lambda r: r.co2e_t,
                ((1e6, "Mt"), (1e3, "kt"), (1.0, "t")),
            ),
            _Kpi(
                self.tr("Water on site"),
                lambda r: r.water_m3,
                (
                    (1e6, self.tr("million m³")),
                    (1e3, self.tr("thousand m³")),
                    (1.0, "m³"),
                ),
            ),
            _Kpi(
                self.tr("Electricity cost"),
                lambda r: r.cost_eur,
                (
                    (1e9, self.tr("billion €")),
                    (1e6, self.tr("million €")),
                    (1e3, self.tr("thousand €")),
                    (1.0, "€"),
                ),
            ),
            _Kpi(self.tr("Accelerators"), lambda r: r.accelerators, ()),
            _Kpi(
                self.tr("Power provisioned"),
                lambda r: r.power_provisioned_mw,
                ((1e3, "GW"), (1.0, "MW"), (1e-3, "kW")),
            ),
            _Kpi(self.tr("Households (equiv.)"), lambda r: r.households, ()),
        ]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy table"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the whole table for a spreadsheet or a slide (Ctrl+C)")
        )
        self.copy_button.clicked.connect(self.copy)
        top.addWidget(self.caption, 1)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.table = QTableWidget(self)
        self.table.setObjectName("comparisonCells")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.setAccessibleName(self.tr("Comparison table"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.Copy, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.copy)

        for sig in (model.results_changed, model.baseline_changed, model.year_changed):
            sig.connect(self._on_change)
        scenarios.changed.connect(self._on_change)
        scenarios.compared_changed.connect(self._on_change)

    # ------------------------------------------------------------------ data
    def columns(self) -> list[Column]:
        """Baseline, then every named scenario that is shown or being edited, in list order,
        then the unnamed working state when that is what is being edited."""
        m, s = self._model, self._scenarios
        cols = [Column(self.tr("Baseline"), m.baseline_results, None)]
        for i, entry in enumerate(s.entries):
            if entry.shown or i == s.current:
                cols.append(Column(entry.scenario.name, s.results(i), i, i == s.current))
        if s.current is None:  # the unnamed working state, after its snapshots
            # once something is kept, the preset's name it started from read as a third
            # option (review): it is the state being edited, not kept
            name = self.tr("Working state (not kept)") if len(s) else m.scenario.name
            cols.append(Column(name, m.results, None, True))
        return cols

    def years(self) -> list[int]:
        first = int(self._model.results.years[0])
        year = self._model.year
        return [first] if year == first else [first, year]

    def _series(self, results: Results, k: int) -> np.ndarray:
        """KPI ``k`` of ``results`` by year (kept while those results are shown)."""
        hit = self._series_cache.get((id(results), k))
        if hit is None or hit[0] is not results:
            if len(self._series_cache) > 256:
                self._series_cache.clear()
            hit = (results, np.asarray(self.kpis[k].get(results), dtype=float))
            self._series_cache[(id(results), k)] = hit
        return hit[1]

    @staticmethod
    def _at(results: Results, series: np.ndarray, year: int) -> float | None:
        first, last = int(results.years[0]), int(results.years[-1])
        if not first <= year <= last:
            return None
        return float(series[year - first])

    def _unit(self, kpi: _Kpi, values: list[float]) -> tuple[float, str]:
        if not kpi.units:
            return 1.0, ""
        top = max((abs(v) for v in values if v is not None and math.isfinite(v)), default=0.0)
        for factor, unit in kpi.units:
            if top >= factor * 0.9995:
                return factor, unit
        return kpi.units[-1]

    def _cached(self, key: tuple, make: Callable[[], object]):
        """Formatted texts by value: on a slider step only the edited column has new values."""
        hit = self._texts.get(key)
        if hit is None:
            if len(self._texts) > 4096:
                self._texts.clear()
            hit = self._texts[key] = make()
        return hit

    def _number(self, value: float | None, factor: float, count: bool) -> str:
        if value is None:
            return "–"
        if count:
            return self._cached(
                ("count", value), lambda: fmt_count(value, self._lang, compact_from=1e18)
            )
        return self._cached(("n", value, factor), lambda: fmt_number(value / factor, self._lang))

    def rows(self) -> list[Group]:
        """The table by KPI: per KPI its rows (base year, chosen year, change against the
        baseline), each a label cell and one cell per column."""
        cols = self.columns()
        self._columns = cols
        years = self.years()
        year = years[-1]
        out = []
        for k, kpi in enumerate(self.kpis):
            series = [self._series(c.results, k) for c in cols]
            values = {
                y: [self._at(c.results, a, y) for c, a in zip(cols, series, strict=True)]
                for y in years
            }
            factor, unit = self._unit(kpi, [v for y in years for v in values[y]])
            count = not kpi.units
            rows = []
            for y in years:
                row = [Cell(str(y), str(y))]
                for v in values[y]:
                    if v is None:
                        row.append(Cell("–", ""))
                    elif count:
                        row.append(Cell(self._number(v, 1.0, True), str(int(round(v))), v))
                    else:
                        exact = v / factor
                        row.append(Cell(self._number(v, factor, False), self._plain(exact), exact))
                rows.append(row)
            base = values[year][0]
            row = [Cell(self.tr("vs baseline"), self.tr("{0} vs baseline").format(year))]
            row.append(Cell("", ""))
            for v in values[year][1:]:
                if v is None or base is None:
                    row.append(Cell("–", ""))
                    continue
                text, sign = self._cached(
                    ("change", v, base),
                    lambda v=v, base=base: fmt_percent_change(v, base, self._lang),
                )
                if base == 0:
                    row.append(Cell(text, "", None, sign))
                    continue
                frac = (v - base) / abs(base)
                plain = self._plain(round(frac * 100.0, 1)) + " %"
                row.append(Cell(text, plain, frac, sign, percent=True))
            rows.append(row)
            out.append(Group(f"{kpi.title} [{unit}]" if unit else kpi.title, rows))
        return out

    def _plain(self, value: float) -> str:
        """A number for a spreadsheet cell: up to six digits, the language's decimal mark, no
        grouping, an ASCII minus."""

        def make() -> str:
            loc = locale_for(self._lang)
            text = loc.toString(float(f"{value:.6g}"), "g", 6)
            return text.replace(loc.groupSeparator(), "").replace("−", "-")

        return self._cached(("plain", value), make)

    # ------------------------------------------------------------------ drawing
    def _on_change(self, *_: object) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        groups = self.rows()
        cols = self._columns
        years = self.years()
        self.caption.setText(
            self.tr("Base year {0} and {1}; change against the baseline in {1}").format(
                years[0], years[-1]
            )
            if len(years) > 1
            else self.tr("Year {0}; change against the baseline").format(years[0])
        )
        n_rows = sum(1 + len(g.rows) for g in groups)
        shape = (n_rows, tuple((c.name, c.index, c.editing) for c in cols))
        t = self.table
        built = shape != self._shape
        if built:
            self._shape = shape
            self._build(groups, cols, n_rows)
        wider: set[int] = set()
        r = 0
        for g in groups:
            self._set(t.item(r, 0), g.title, 0)
            r += 1
            for row in g.rows:
                for j, cell in enumerate(row):
                    if self._set(t.item(r, j), cell.text, cell.sign, muted=j == 0):
                        if len(cell.text) > self._widths.get(j, 0):
                            wider.add(j)
                r += 1
        self._groups = groups
        # columns are measured when the table is built or a text grows (measuring every row on
        # every change, as ResizeToContents does, cost ~10 ms per slider step)
        for j in range(t.columnCount()) if built else sorted(wider):
            t.resizeColumnToContents(j)
            self._widths[j] = max(
                (len(t.item(i, j).text()) for i in range(t.rowCount()) if t.item(i, j)),
                default=0,
            )

    def _build(self, groups: list[Group], cols: list[Column], n_rows: int) -> None:
        t = self.table
        t.clear()
        t.clearSpans()
        t.setRowCount(n_rows)
        t.setColumnCount(len(cols) + 1)
        titles = []
        for c in cols:
            shown_as = c.index is not None and not c.editing
            titles.append(_wrap(f"{compare_look(c.index).glyph} {c.name}" if shown_as else c.name))
        t.setHorizontalHeaderLabels(["", *titles])
        for j, c in enumerate(cols):
            item = t.horizontalHeaderItem(j + 1)
            item.setToolTip(c.name)
            if c.index is not None and not c.editing:  # the colour and symbol of its lines
                item.setForeground(QBrush(QColor(compare_look(c.index).colour)))
            if c.editing:
                item.setToolTip(self.tr("{0} (being edited)").format(c.name))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        bold = QFont(t.font())
        bold.setBold(True)
        r = 0
        for g in groups:
            title = QTableWidgetItem()
            title.setFont(bold)
            title.setBackground(QBrush(QColor("#EEF1F5")))
            t.setItem(r, 0, title)
            t.setSpan(r, 0, 1, len(cols) + 1)
            r += 1
            for _row in g.rows:
                for j in range(len(cols) + 1):
                    cell = QTableWidgetItem()
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignVCenter
                        | (Qt.AlignmentFlag.AlignLeft if j == 0 else Qt.AlignmentFlag.AlignRight)
                    )
                    t.setItem(r, j, cell)
                r += 1
        header = t.horizontalHeader()
        for j in range(len(cols) + 1):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.Interactive)
        self._widths: dict[int, int] = {}
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)

    @staticmethod
    def _set(item: QTableWidgetItem, text: str, sign: int, muted: bool = False) -> bool:
        """Show ``text`` (coloured by the sign of a change); True when it changed."""
        if item.text() == text:
            return False
        item.setText(text)
        key = (sign, muted)
        if item.data(Qt.ItemDataRole.UserRole) != key:  # a new colour only when the sign flips
            item.setData(Qt.ItemDataRole.UserRole, key)
            colour = (
                style.INCREASE
                if sign > 0
                else style.DECREASE
                if sign < 0
                else style.MUTED
                if muted
                else style.TEXT
            )
            item.setForeground(QBrush(QColor(colour)))
        return True

    def needed_width(self) -> int:
        """The width that shows every column without scrolling."""
        t = self.table
        if self._stale:
            self.refresh()
        t.resizeColumnsToContents()
        width = sum(t.columnWidth(j) for j in range(t.columnCount()))
        margins = self.layout().contentsMargins()
        return (
            width
            + 2 * t.frameWidth()
            + t.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
            + 4
        )

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row, the header first; a KPI's title row is one cell
        (for tests and screen readers)."""
        if self._stale:
            self.refresh()
        out = [["", *[c.name for c in self._columns]]]
        for g in self._groups:
            out.append([g.title])
            out += [[cell.text for cell in row] for row in g.rows]
        return out

    # ------------------------------------------------------------------ clipboard
    def mime_data(self) -> QMimeData:
        """The table as tab-separated text (one KPI and year per line, plain numbers) and as
        an HTML table (numbers as shown; Excel takes the exact values from ``x:num``)."""
        if self._stale or not self._groups:
            self.refresh()
        head = ["", "", *[c.name for c in self._columns]]
        lines = ["\t".join(self._clean(h) for h in head)]
        for g in self._groups:
            for row in g.rows:
                lines.append("\t".join(self._clean(x) for x in [g.title, *(c.plain for c in row)]))
        text = "\r\n".join(lines) + "\r\n"

        def td(cell: Cell) -> str:
            attrs = ""
            if cell.exact is not None:
                attrs = f' x:num="{cell.exact!r}"'
                if cell.percent:
                    attrs += " style=\"mso-number-format:'0.0%'\""
            return f'<td align="right"{attrs}>{html.escape(cell.text)}</td>'

        rows_html = ["<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
        for g in self._groups:
            for k, row in enumerate(g.rows):
                first = (
                    f'<td rowspan="{len(g.rows)}" valign="top"><b>{html.escape(g.title)}</b></td>'
                    if k == 0
                    else ""
                )
                label = f"<td>{html.escape(row[0].plain)}</td>"
                rows_html.append("<tr>" + first + label + "".join(td(c) for c in row[1:]) + "</tr>")
        table = (
            '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body>'
            '<table border="1" cellspacing="0" cellpadding="3">'
            + "".join(rows_html)
            + "</table></body></html>"
        )
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml(table)
        return mime

    @staticmethod
    def _clean(text: str) -> str:
        return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")

    def copy(self) -> None:
        """Put the whole table on the clipboard."""
        QGuiApplication.clipboard().setMimeData(self.mime_data())
