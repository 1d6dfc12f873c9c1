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
    for _ in range(20):  # first grabs fill caches (and may free a few references of their own)
        w.grab()
    paints = w.paints
    before = sys.getrefcount(None)
    for _ in range(400):
        w.grab()  # renders through paintEvent, also offscreen
    after = sys.getrefcount(None)
    assert w.paints - paints >= 400
    # the bug drops one reference per paint (400 here); other code moved a dozen either way
    # (a margin of 5 failed now and then on a sound PySide)
    assert after >= before - 100, (before, after)
