"""Plain Python attribute lookup for the Qt objects a slider step reads most.

PySide6 gives every ``QObject`` (and so every chart, chart item, KPI label and the scenario
model) its own attribute lookup: Python's lookup, then a check that the C++ object still
exists, and for a name not found a search of the object's Qt meta-object, whose methods it
walks by signature. A slider step reads ~2,100 attributes of such objects (a curve's box, a
label's text, the model's results, a view box's state): ~0.75 million instructions of a
17-million step went to PySide's lookup (callgrind), and a name not found cost 2.2 µs instead
of 0.07 (a ``getattr`` with a default).

:data:`PLAIN_LOOKUP` is Python's own lookup (``object.__getattribute__``): set as a class's
``__getattribute__``, Python puts it straight into the class's lookup slot (and its subclasses').
What PySide's lookup added is not used by these classes: signals are found by Python's lookup
(PySide6's ``Signal`` is a descriptor), a wrapper whose C++ object is gone still returns its
Python attributes (PySide's returns them too; calling a Qt method raises as before), and
nothing here has meta-object methods or signals that Python's class does not list. pyqtgraph's
forwarding ``__getattr__`` (a plot forwarding ``setYRange`` to its view box) runs after it as
before.
"""

from __future__ import annotations

PLAIN_LOOKUP = object.__getattribute__
"""Set as ``__getattribute__`` in a QObject class's body: Python's lookup instead of PySide's."""


def pyqtgraph_bases() -> tuple[type, ...]:
    """pyqtgraph's bases of every chart, plot, view box, axis, curve and label."""
    import pyqtgraph as pg  # the scenario model uses this module without pyqtgraph

    return (pg.GraphicsObject, pg.GraphicsWidget, pg.GraphicsView)


def use_plain_lookup() -> None:
    """Give pyqtgraph's chart classes (:func:`pyqtgraph_bases` and every subclass, WattIf's
    charts and items included) Python's attribute lookup. Idempotent."""
    for cls in pyqtgraph_bases():
        if cls.__dict__.get("__getattribute__") is not PLAIN_LOOKUP:
            cls.__getattribute__ = PLAIN_LOOKUP
