"""Guard against the PySide6 6.12.0 / Python 3.11 reference-count bug (stack-notes.md).

Every C++ call into a Python override of a ``void`` virtual dropped one reference to ``None``;
after some thousand repaints the process aborted. Repaint an overriding widget and check that
``None``'s reference count did not fall.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


class _Painted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        QPainter(self).end()
        self.paints += 1


def test_pyside_version_is_pinned_below_612():
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (6, 10) <= (major, minor) < (6, 12)


def test_void_override_does_not_leak_none_references(qtbot):
    w = _Painted()
    qtbot.addWidget(w)
    w.resize(50, 50)
    w.show()
    qtbot.waitExposed(w)
    before = sys.getrefcount(None)
    for _ in range(200):
        w.grab()  # renders through paintEvent, also offscreen
    after = sys.getrefcount(None)
    assert w.paints >= 200
    assert after >= before - 5, (before, after)
