"""The Sources view: a readable, searchable table with links, and a parameter's sources."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from wattif.core import data, params
from wattif.gui.sources_view import COLUMNS, SourcesView, parse_location


def test_table_shows_every_source_readably_without_internal_names(window):
    view = window.sources
    assert isinstance(view, SourcesView)
    rows = view.visible_texts()
    assert len(rows) == len(data.sources())
    shown = " ".join(" ".join(r) for r in rows)
    for internal in ("seeds/", ".txt", "seed-teltow", "wattif-assumption"):
        assert internal not in shown, internal
    links = [r[COLUMNS.index("link")] for r in rows]
    assert not any("/" in link and not link.split("/")[0].count(".") for link in links), links
    citations = {r[0] for r in rows}
    assert data.sources()["iea-energy-ai-2025"]["citation"] in citations
    # what each source supports and which parameters use it
    iea = next(r for r in rows if r[0] == data.sources()["iea-energy-ai-2025"]["citation"])
    assert "Demand growth" in iea[COLUMNS.index("used_by")]
    assert iea[COLUMNS.index("link")] == "iea.org/reports/energy-and-ai"


def test_filter_narrows_the_rows(window):
    view = window.sources
    view.filter.setText("household")
    rows = view.visible_texts()
    assert 0 < len(rows) < len(data.sources())
    assert all("household" in " ".join(r).casefold() for r in rows)
    assert view.count.text() == f"{len(rows)} of {len(data.sources())}"
    view.filter.setText("zzz-no-such-source")
    assert view.visible_texts() == []


def test_a_parameters_sources_from_its_context_menu(window):
    row = window.panel.rows["queries_per_day"]
    action = row.context_menu().findChild(type(window.act_new), "showSources")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert window.sources_dock.isVisible()
    view = window.sources
    assert set(view.visible_ids()) == set(params.get("queries_per_day").source)
    assert "Queries per day" in view.banner.text() and view.banner.isVisible()
    assert view.table.selectionModel().selectedRows()  # the first one is selected
    view.banner.linkActivated.emit("#all")
    assert len(view.visible_ids()) == len(data.sources())
    assert not view.banner.isVisible()


def test_clicking_a_link_opens_it(window, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    view = window.sources
    view.filter.setText("de Vries")
    assert view.proxy.rowCount() >= 1
    index = view.proxy.index(0, COLUMNS.index("link"))
    view.table.clicked.emit(index)
    assert opened and isinstance(opened[0], QUrl)
    assert opened[0].toString().startswith("https://doi.org/10.1016/")


def test_locations_become_links_only_when_a_client_can_open_them():
    assert parse_location("doi:10.1/x").urls == ("https://doi.org/10.1/x",)
    assert parse_location("github.com/a/b README.md").urls == ("https://github.com/a/b",)
    assert parse_location("https://a.org ; data in github.com/x/y").urls == ("https://a.org",)
    seed = parse_location("seeds/000_abc.txt")
    assert seed.urls == () and seed.internal


def test_the_sources_table_is_never_squeezed_beside_the_charts(make_window, qtbot):
    """At 1280×720 a docked table would get a sliver of the width: it floats, readable."""
    from wattif.gui.main_window import SOURCES_MIN_WIDTH

    w = make_window()
    w.resize(1280, 720)
    w.show()
    w.show_sources_of("pue")
    qtbot.waitUntil(lambda: w.sources_dock.isFloating() or w.sources_dock.width() >= 520)
    assert w.sources_dock.width() >= SOURCES_MIN_WIDTH
