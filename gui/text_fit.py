"""Whether a line of text surely fits a width, from its characters' widths alone.

Measuring a text as a whole lays it out as drawing it does (shaping, a few dozen µs); labels that
take a new value on every slider step (the KPI cards, a chart's title with its value) only need
to know that it still fits. The sum of the characters' own widths, each measured once, answers
that for all but texts within a few pixels of the width; those are measured.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

SURE_FIT_SLACK = 1.05
SURE_FIT_SLACK_PX = 2.0
"""A text surely fits when the sum of its characters' own widths, times :data:`SURE_FIT_SLACK`
plus :data:`SURE_FIT_SLACK_PX`, does: kerning, ligatures and Qt's rounding to whole pixels made a
line at most 0.75 % wider than that sum (nine KPI card texts, 9–26 pt, regular and bold,
measured here; ``tests/gui/test_kpi_paint.py``)."""


def surely_fits(text: str, width: float, widths: dict[str, float], metrics: QFontMetricsF) -> bool:
    """Whether ``text`` fits ``width`` [px] by its characters' widths (``widths``: those met so
    far in this font, filled in here; ``metrics``: the font's). False means: measure it."""
    total = 0.0
    for ch in text:
        w = widths.get(ch)
        if w is None:
            w = widths[ch] = metrics.horizontalAdvance(ch)
        total += w
    return total * SURE_FIT_SLACK + SURE_FIT_SLACK_PX <= width
