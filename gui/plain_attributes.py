"""Plain Python attribute access for the Qt objects a slider step reads and writes most.

PySide6 gives every ``QObject`` (and so every chart, chart item, KPI label and the scenario
model) its own attribute lookup and assignment. Its lookup is Python's, then a check that the
C++ object still exists, and for a name not found a search of the object's Qt meta-object, whose
methods it walks by signature; its assignment first searches the class hierarchy for a PySide
``Property`` of that name. A slider step reads ~2,100 attributes of such objects (a curve's box,
a label's text, the model's results, a view box's state) and sets ~160: of a 17-million
instruction step, ~0.75 million went to PySide's lookup and ~0.7 million to its assignment
(callgrind); a name not found cost 2.2 µs instead of 0.07 (a ``getattr`` with a default), an
assignment to a chart item 0.24 µs instead of 0.03.

:func:`plain_attributes` gives a class Python's own ``object.__getattribute__``,
``__setattr__`` and ``__delattr__``: Python puts them straight into the class's slots (and its
subclasses'). What PySide's versions added is not used by these classes: signals are found by
Python's lookup (PySide6's ``Signal`` is a descriptor), a wrapper whose C++ object is gone still
returns its Python attributes (PySide's does too; calling a Qt method raises as before), nothing
here has a PySide ``Property``, or meta-object methods or signals that Python's class does not
list, and pyqtgraph's forwarding ``__getattr__`` (a ``PlotWidget`` handing ``hideAxis`` to its
plot) runs after a miss as before.

One thing PySide's assignment did that these classes give up: a function assigned to an
*instance* under the name of a Qt virtual method (``item.paint = f``) made Qt call it. Override a
virtual method in a subclass instead (WattIf and pyqtgraph do).
"""

from __future__ import annotations


def plain_attributes(cls: type) -> type:
    """Give ``cls`` (a QObject class) and its subclasses Python's attribute lookup, assignment
    and deletion; returns ``cls`` (a class decorator). Both slots of an assignment
    (``__setattr__`` and ``__delattr__``) must be Python's for Python to use its own directly."""
    for name in ("__getattribute__", "__setattr__", "__delattr__"):
        plain = getattr(object, name)
        if cls.__dict__.get(name) is not plain:
            setattr(cls, name, plain)
    return cls


def pyqtgraph_bases() -> tuple[type, ...]:
    """pyqtgraph's bases of every chart, plot, view box, axis, curve and label."""
    import pyqtgraph as pg  # the scenario model uses this module without pyqtgraph

    return (pg.GraphicsObject, pg.GraphicsWidget, pg.GraphicsView)


def use_plain_attributes() -> None:
    """Give pyqtgraph's chart classes (:func:`pyqtgraph_bases` and every subclass, WattIf's
    charts and items included) Python's attribute access. Idempotent."""
    for cls in pyqtgraph_bases():
        plain_attributes(cls)
