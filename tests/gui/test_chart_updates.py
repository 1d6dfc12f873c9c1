"""A slider step redraws the charts whose data it changes, and only those (issue 10: a step
that changes one chart should cost about one chart)."""

from __future__ import annotations


def count_refreshes(window, monkeypatch) -> dict[str, int]:
    calls = {c.objectName(): 0 for c in window.charts}
    for chart in window.charts:
        original = chart.refresh

        def counted(reset, chart=chart, original=original):
            calls[chart.objectName()] += 1
            return original(reset)

        monkeypatch.setattr(chart, "refresh", counted)
    return calls


def test_a_grid_carbon_step_redraws_only_the_emissions_chart(window, monkeypatch):
    calls = count_refreshes(window, monkeypatch)
    before = window.environment_chart.series()
    grid = window.model.scenario["grid_gco2e_per_kwh"]
    window.model.update({"grid_gco2e_per_kwh": grid * 0.9})
    assert calls["environmentChart"] == 1
    assert calls["energyChart"] == calls["perQueryChart"] == calls["fleetChart"] == 0
    assert calls["publishedChart"] == 0
    after = window.environment_chart.series()
    assert not (after["co2e_t"] == before["co2e_t"]).all()  # it did draw the new emissions


def test_a_volume_step_leaves_the_per_query_charts_alone_and_the_rest_follows(window, monkeypatch):
    calls = count_refreshes(window, monkeypatch)
    window.model.update({"queries_per_day": window.model.scenario["queries_per_day"] * 1.1})
    assert calls["energyChart"] == calls["fleetChart"] == calls["environmentChart"] == 1
    assert calls["perQueryChart"] == calls["publishedChart"] == 0
    # a year change is a change for every chart that shows a year
    window.model.set_year(int(window.model.results.years[0]))
    assert calls["perQueryChart"] == calls["publishedChart"] == 1


def test_skipped_charts_still_show_the_current_data(window):
    grid = window.model.scenario["grid_gco2e_per_kwh"]
    window.model.update({"grid_gco2e_per_kwh": grid * 0.5})
    window.model.update({"queries_per_day": window.model.scenario["queries_per_day"] * 2})
    drawn = window.energy_chart.series()
    total = window.model.results.energy_total_kwh
    key = next(k for k in drawn if "total" in k)
    assert (abs(drawn[key] - total) <= 1e-9 * total).all()


def test_a_drag_back_reuses_the_waterfall_of_values_seen_before(window, monkeypatch):
    from wattif.gui import scenario_model

    window.model.update({"m_serving_on": True, "m_modernise_on": True})
    calls = []
    real = scenario_model.savings_all

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(scenario_model, "savings_all", counted)
    pue = window.model.scenario["pue"]
    for value in (pue + 0.01, pue + 0.02, pue + 0.01, pue):  # and back
        window.model.update({"pue": value})
    assert len(calls) == 2  # the two new values; the way back is remembered
    wf = window.model.waterfall("energy_kwh")
    want = float(window.model.results.energy_total_kwh[window.model.year_index()])
    assert abs(wf.end - want) <= 1e-12 * want


def test_an_end_label_is_never_crossed_by_the_baseline_ending_next_to_it(window, qtbot):
    """Found in review: a scenario a little under its baseline had the dashed baseline run
    through its end label ("27,9 kt CO₂e"). The label moves past the baseline's end."""
    from PySide6.QtCore import QPointF

    window.resize(1280, 720)
    names = window.workspace.scenarios
    assert names.keep_current("Today")  # a snapshot; the working state goes on
    window.model.update({"queries_per_day": window.model.scenario["queries_per_day"] * 3})
    assert names.keep_current("Three times the volume")
    names.switch(0)  # edit "Today"; the big one is drawn beside it: the axes grow, lines sink
    grid = window.model.scenario["grid_gco2e_per_kwh"]
    window.model.update({"grid_gco2e_per_kwh": grid * 0.45})  # ends a label height under it
    qtbot.wait(30)
    chart = window.environment_chart
    label = chart.end_labels["co2e_t"]
    plot = chart.plots["co2e_t"]
    x, y = chart.base_curves["co2e_t"].getData()
    vb = plot.getViewBox()
    for frac in (1.0, 0.9, 0.8):  # the baseline near the label's right end, where the text is
        px, py = x[-1] - (x[-1] - x[-2]) * (1 - frac), y[-1]
        on_screen = chart.mapFromScene(vb.mapViewToScene(QPointF(px, py)))
        drawn = label.deviceTransform(chart.viewportTransform()).mapRect(label.boundingRect())
        assert not drawn.contains(QPointF(on_screen)), (frac, label.text(), drawn, on_screen)


def test_a_step_that_changes_an_axis_paints_its_chart_once(window, qtbot):
    """pyqtgraph applies a new range when it paints, which dirtied the plot again, and its axes
    measure their tick labels when they paint, which laid the chart out again: a step that
    moved the energy axis painted the chart twice, three times when the labels took a new width
    (``ChartBase.apply_ranges``)."""
    from PySide6.QtCore import QEvent, QObject

    chart = window.energy_chart
    axis = chart.plot.getAxis("left")
    paints = []

    class Count(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    chart.viewport().installEventFilter(counter)
    qtbot.wait(50)
    moved, widened = [], []
    for _ in range(8):
        paints.clear()
        before, width = chart.y_range(), axis.width()
        window.model.update({"queries_per_day": window.model.scenario["queries_per_day"] * 1.3})
        qtbot.wait(60)
        if chart.y_range() != before:
            (moved if axis.width() == width else widened).append(len(paints))
    assert moved and widened, "steps must move the axis, with and without a new width"
    assert moved == [1] * len(moved)
    assert widened == [1] * len(widened)


def test_a_step_repaints_the_window_once(window, qtbot):
    """Every chart's scene asked for a repaint of the window of its own, which Qt made at once:
    six repaints and flushes per slider step, a chart at a time (``gui/one_frame.py``)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    viewports = {chart.viewport() for chart in window.charts}
    events: list[str] = []

    class Record(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.UpdateRequest and obj is window:
                events.append("repaint")
            elif event.type() == QEvent.Type.Paint and obj in viewports:
                events.append("chart")
            return False

    qtbot.wait(50)
    record = Record()
    # installed last, it runs first: it also sees the repaint OneFrame holds back, which no
    # chart paint follows
    window.installEventFilter(record)
    for chart in window.charts:
        chart.viewport().installEventFilter(record)
    window.model.update({"pue": window.model.scenario["pue"] * 1.05})
    qtbot.wait(100)
    QCoreApplication.processEvents()
    assert events.count("chart") == len(window.charts), "every chart shows the new PUE"
    painting = [
        i for i, e in enumerate(events) if e == "repaint" and "chart" in events[i + 1 : i + 2]
    ]
    assert len(painting) == 1, events
