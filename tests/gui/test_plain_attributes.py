"""The Qt objects a slider step reads and writes use Python's attribute access, not PySide's
(``gui/plain_attributes.py``, issue 10), and still behave as Qt objects: signals, pyqtgraph's
forwarding, missing names, deleted C++ objects and Qt's calls of methods a class overrides work
as with PySide's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSlider, QGraphicsObject

from wattif.gui.kpi_strip import FitLabel
from wattif.gui.plain_attributes import pyqtgraph_bases


def stepped_objects(w) -> list[QObject]:
    """What a slider step reads: the model, the KPI strip and its labels, every chart and every
    item of WattIf or pyqtgraph in its scene."""
    found = [w.model, w.kpis, *w.kpis.findChildren(FitLabel)]
    for chart in w.charts:
        found.append(chart)
        for item in chart.scene().items():
            obj = item.toGraphicsObject()
            if obj is not None and type(obj).__module__.split(".")[0] in ("wattif", "pyqtgraph"):
                found.append(obj)
    return found


def test_every_object_a_slider_step_reads_uses_pythons_attribute_access(window):
    objects = stepped_objects(window)
    kinds = {type(o) for o in objects}
    assert len(objects) > 150 and len(kinds) > 15  # the walk found the charts' items
    for name in ("__getattribute__", "__setattr__", "__delattr__"):
        slow = sorted(
            k.__qualname__ for k in kinds if getattr(k, name) is not getattr(object, name)
        )
        assert not slow, f"PySide's {name} left on: {slow}"


def test_attributes_set_and_deleted_on_a_chart_item_and_the_model(window):
    for obj in (window.energy_chart.total, window.model, window.kpis, window.energy_chart):
        obj.wattif_probe = 3
        assert obj.wattif_probe == 3 and obj.__dict__["wattif_probe"] == 3
        del obj.wattif_probe
        assert not hasattr(obj, "wattif_probe")


def test_signals_of_python_and_of_qt_are_found_and_deliver(window, qtbot):
    got = []
    window.model.results_changed.connect(lambda: got.append("results"))
    slider = window.panel.rows["pue"].slider
    slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    assert got == ["results"]  # a signal declared in Python (PySide's Signal descriptor)

    curve = window.energy_chart.total
    assert isinstance(curve, QGraphicsObject)
    curve.visibleChanged.connect(lambda: got.append("visible"))  # declared by Qt (C++)
    curve.setVisible(False)
    curve.setVisible(True)
    assert got == ["results", "visible", "visible"]


def test_pyqtgraphs_forwarding_getattr_still_runs(window, qtbot):
    """A PlotWidget forwards what it lacks to its plot through ``__getattr__``, which Python
    calls after the plain lookup misses."""
    import pyqtgraph as pg

    view = pg.PlotWidget()
    qtbot.addWidget(view)
    assert type(view).__getattribute__ is object.__getattribute__
    assert "hideAxis" not in dir(type(view))
    view.hideAxis("left")
    assert not view.getPlotItem().getAxis("left").isVisible()


def test_a_missing_name_raises_and_a_default_is_taken(window):
    label = window.energy_chart.total_label
    with pytest.raises(AttributeError):
        _ = label.no_such_attribute
    assert getattr(window.model, "no_such_attribute", "default") == "default"


def test_a_deleted_objects_python_attributes_read_and_its_qt_methods_raise(window):
    """As with PySide's lookup: Python's attributes stay, a call into Qt raises."""
    from shiboken6 import Shiboken

    curve = window.fleet_chart.curves["power_mw"]
    curve.getViewBox().removeItem(curve)
    curve.marker_note = "kept"
    Shiboken.delete(curve)
    assert not Shiboken.isValid(curve)
    assert curve.marker_note == "kept"
    with pytest.raises(RuntimeError):
        curve.isVisible()


def test_qt_still_calls_the_methods_a_class_overrides(window, qtbot):
    """Python's assignment does not reset PySide's note of which virtual methods a class
    overrides; Qt calls the overrides set in the class body as before (a chart's paint)."""
    from wattif.gui import chart_items

    calls = []
    original = chart_items.Curve.paint

    class Counted(chart_items.Curve):
        def paint(self, painter, *args):
            calls.append(1)
            original(self, painter, *args)

    curve = Counted(pen="#000000")
    window.energy_chart.plot.addItem(curve)
    curve.note = "set after Qt asked for its methods"  # plain assignment
    curve.setData([2025.0, 2030.0], [0.0, 1.0])
    window.energy_chart.grab()
    assert calls


def test_the_pyqtgraph_bases_are_the_ones_charts_derive_from(window):
    bases = pyqtgraph_bases()
    for chart in window.charts:
        assert isinstance(chart, bases[2])
    assert isinstance(window.energy_chart.total, bases[0])
    assert isinstance(window.energy_chart.plot, bases[1])
