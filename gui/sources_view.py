"""The Sources view: every source of a default as a readable, searchable table with links.

One row per entry of ``resources/data/sources.csv``: the citation, the figure it supports, the
parameters that use it and a link a client can open (a URL, a DOI, a web site). Internal ids and
file paths inside WattIf (the seed articles, the methodology) are not shown as if they could be
opened. A filter line narrows the rows (every word must appear); :meth:`SourcesView.show_parameter`
shows the sources of one parameter (the parameter row's context menu "Show sources…").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wattif.core import data, params

COLUMNS = ("citation", "supports", "used_by", "link")
"""Table columns in display order."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The source id of a row (kept out of sight: an internal name)."""
URL_ROLE = Qt.ItemDataRole.UserRole + 2
"""The first link of a row (the link column)."""
HAY_ROLE = Qt.ItemDataRole.UserRole + 3
"""Everything a filter word may match in a row, case-folded."""
COLUMN_WIDTHS = {"citation": 300, "used_by": 180, "link": 170}
"""Initial widths [px]; the "supports" column takes the rest."""
LINK_TEXT_CHARS = 40
"""Longest link text shown in the table (the tooltip has the whole address)."""

_DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?")


@dataclass(frozen=True)
class Location:
    """Where a source can be found, as a client sees it."""

    urls: tuple[str, ...]
    """Addresses that open in a browser (first one is the main link)."""
    internal: bool
    """Only a file inside WattIf's own repository (a seed article, the methodology)."""


def parse_location(text: str) -> Location:
    """Links in a ``url_or_location`` cell: ``https://…``, ``doi:10.…`` (-> doi.org), a bare
    web address (``github.com/…``, ``nvidia.com``); a path inside the repository (``seeds/…``,
    ``docs/…``) is internal. Several parts are separated by `` ; ``."""
    urls: list[str] = []
    internal = False
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        token = part.split()[0]
        if token.lower().startswith(("http://", "https://")):
            urls.append(token.rstrip(".,)"))
        elif token.lower().startswith("doi:"):
            urls.append("https://doi.org/" + token[4:])
        elif token.startswith(("seeds/", "docs/")):  # inside WattIf's repository
            internal = True
        elif _DOMAIN.fullmatch(token.split("<")[0].rstrip("/")):
            domain_path = token.split("<")[0].rstrip("/")  # "huggingface.co/<id>/…": the site
            urls.append("https://" + domain_path)
        else:
            internal = True
    return Location(tuple(dict.fromkeys(urls)), internal and not urls)


def link_text(url: str) -> str:
    """A link as the table shows it: without the scheme and ``www.``, shortened."""
    text = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
    if len(text) > LINK_TEXT_CHARS:
        text = text[: LINK_TEXT_CHARS - 1] + "…"
    return text


def parameters_using(source_id: str) -> list[str]:
    """Keys of the parameters citing ``source_id``, in declaration order."""
    return [k for k, p in params.registry().items() if source_id in p.source]


class _Filter(QSortFilterProxyModel):
    """Rows whose text contains every word of the filter, optionally only some source ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.only: frozenset[str] | None = None

    def set_filter(self, text: str, only: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.only = only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        index = self.sourceModel().index(row, 0, parent)
        if self.only is not None and index.data(ID_ROLE) not in self.only:
            return False
        hay = index.data(HAY_ROLE) or ""
        return all(w in hay for w in self.words)


class SourcesView(QWidget):
    """Searchable table of the sources behind every default.

    Parameters
    ----------
    lang : str
        ``"en"`` or ``"de"``: parameter names in the "used by" column.
    """

    link_opened = Signal(str)
    """A link was opened (its address)."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self._lang = lang
        self._only_key: str | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourcesFilter")
        self.filter.setPlaceholderText(self.tr("Search sources (author, figure, parameter)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply)

        self.banner = QLabel(self)
        self.banner.setObjectName("sourcesBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.banner.linkActivated.connect(lambda _link: self.show_all())
        self.banner.hide()

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Supports"), self.tr("Used by"), self.tr("Link")]
        )
        self._fill()
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView(self)
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("supports"), QHeaderView.ResizeMode.Stretch)
        for name, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(name), width)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        self.count = QLabel(self)
        self.count.setObjectName("sourcesCount")
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self._apply()

    # ------------------------------------------------------------------ content
    def _fill(self) -> None:
        link_font = QFont(self.font())
        link_font.setUnderline(True)
        link_colour = self.palette().color(QPalette.ColorRole.Link)  # follows the theme
        registry = params.registry()
        for sid, entry in data.sources().items():
            loc = parse_location(entry.get("url_or_location") or "")
            keys = parameters_using(sid)
            used = ", ".join(registry[k].label(self._lang) for k in keys)
            citation = QStandardItem(entry.get("citation") or "")
            notes = entry.get("notes") or ""
            supports = QStandardItem(notes)
            used_item = QStandardItem(used)
            if loc.urls:
                link = QStandardItem(link_text(loc.urls[0]))
                link.setData(loc.urls[0], URL_ROLE)
                link.setToolTip("\n".join(loc.urls))
                link.setFont(link_font)
                link.setForeground(link_colour)
            elif sid.startswith("seed-"):
                link = QStandardItem(self.tr("Seed article (no public link)"))
                link.setToolTip(
                    self.tr("One of the articles WattIf reproduces: the occasion, not evidence")
                )
            else:
                link = QStandardItem(self.tr("WattIf methodology"))
                link.setToolTip(self.tr("Explained in the methodology (docs/methodology.md)"))
            citation.setToolTip(citation.text())
            supports.setToolTip(notes)
            citation.setData(sid, ID_ROLE)
            hay = " ".join(
                [
                    citation.text(),
                    notes,
                    used,
                    link.text(),
                    *loc.urls,
                    *keys,
                    *(registry[k].label_en for k in keys),
                ]
            )
            citation.setData(hay.casefold(), HAY_ROLE)
            self.model.appendRow([citation, supports, used_item, link])

    # ------------------------------------------------------------------ filtering
    def _apply(self, *_: object) -> None:
        only = None
        if self._only_key is not None:
            only = frozenset(params.get(self._only_key).source)
        self.proxy.set_filter(self.filter.text(), only)
        self.count.setText(
            self.tr("{0} of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )

    def show_parameter(self, key: str) -> None:
        """Only the sources of parameter ``key``, the first one selected."""
        p = params.get(key)
        self._only_key = key
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.banner.setText(
            self.tr("Sources of “{0}” ({1}) — <a href='#all'>show all sources</a>").format(
                _escape(p.label(self._lang)), len(p.source)
            )
        )
        self.banner.show()
        self._apply()
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.scrollTo(self.proxy.index(0, 0))

    def show_all(self) -> None:
        """Every source again (the filter text stays)."""
        self._only_key = None
        self.banner.hide()
        self._apply()

    def shown_parameter(self) -> str | None:
        """The parameter whose sources are shown, or None for all."""
        return self._only_key

    def visible_ids(self) -> list[str]:
        """Ids of the rows shown, in order (for tests)."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def visible_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and screen readers)."""
        return [
            [self.proxy.index(r, c).data() or "" for c in range(len(COLUMNS))]
            for r in range(self.proxy.rowCount())
        ]

    # ------------------------------------------------------------------ links
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == COLUMNS.index("link"):
            self._open(index)

    def _activated(self, index: QModelIndex) -> None:  # Enter or double click: the row's link
        self._open(index.siblingAtColumn(COLUMNS.index("link")))

    def _open(self, index: QModelIndex) -> None:
        url = index.data(URL_ROLE)
        if url:
            QDesktopServices.openUrl(QUrl(url))
            self.link_opened.emit(url)


def _escape(text: str) -> str:
    return html.escape(text)
