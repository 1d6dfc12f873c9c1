"""Year axes read as a scale: their labels are evenly spaced at every width — every year, every
2nd, 5th … — the last year (the horizon) always among them, the first only where the step
reaches it (review: 2025, 2027, 2028, 2030 in presentation mode with two charts)."""

from __future__ import annotations

import pytest

from wattif.gui.chart_base import YEAR_STEPS, year_tick_values, year_ticks

SPANS = ((2025, 2030), (2024, 2035), (2025, 2050), (2023, 2030))
"""The default scenario, a horizon off the round years, the long view, and de Vries (2023)."""
WIDTHS = (40, 60, 80, 100, 130, 160, 200, 250, 300, 344, 400, 500, 700, 1000, 1400)
"""Axis lengths [px]: from a chart squeezed into four down to one chart on a wide screen (344:
the energy chart's axis with two charts in presentation mode at 1280×720)."""
LABEL_WIDTHS = (28.0, 40.0, 56.0)
"""Width of a year's label [px]: the desk's type and presentation mode's larger type."""
LABEL_ROOM = 1.35
"""Labels are at least this many label widths apart (as :func:`year_tick_values` keeps them)."""


def axis_range(first: int, last: int) -> tuple[float, float]:
    """The x range the year charts show (the energy and yearly rows charts pad the years)."""
    pad = max(0.35, 0.06 * (last - first))
    return first - pad, last + pad


def spacing_problems(first: int, last: int, pixels: float, label_px: float) -> list[str]:
    low, high = axis_range(first, last)
    ticks = year_tick_values(first, last, low, high, pixels, label_px)
    where = f"{first}–{last} on {pixels} px, labels {label_px} px: {ticks}"
    problems = []
    gaps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    if len(gaps) > 1:
        problems.append(f"uneven {where}")
    if ticks != sorted(set(ticks)) or ticks[0] < first or ticks[-1] != last:
        problems.append(f"not the years up to the horizon {where}")
    if gaps:
        step = min(gaps)
        if step not in YEAR_STEPS:
            problems.append(f"step {step} is not a round one {where}")
        if step * pixels / (high - low) < label_px * LABEL_ROOM:
            problems.append(f"labels collide {where}")
        if (ticks[0] == first) != ((last - first) % step == 0):
            problems.append(f"first year labelled off the step (or left out on it) {where}")
    return problems


@pytest.mark.parametrize("first,last", SPANS)
def test_year_ticks_are_evenly_spaced_at_every_width(first, last):
    problems = [
        p
        for pixels in WIDTHS
        for label_px in LABEL_WIDTHS
        for p in spacing_problems(first, last, pixels, label_px)
    ]
    assert problems == []


def test_the_reviewers_axis_and_where_the_ticks_were_already_even():
    two_charts = axis_range(2025, 2030)
    # presentation mode, two charts: was 2025, 2027, 2030; every 2nd year up to the horizon
    assert year_tick_values(2025, 2030, *two_charts, 344, 50) == [2026, 2028, 2030]
    # unchanged where the ticks were even: every year, or a step that divides the span
    assert year_tick_values(2025, 2030, *two_charts, 600, 28) == list(range(2025, 2031))
    wide = axis_range(2025, 2050)
    assert year_tick_values(2025, 2050, *wide, 300, 28) == list(range(2025, 2051, 5))
    # every 2nd year would fit, but every 5th labels both ends and still makes a scale
    assert year_tick_values(2025, 2050, *wide, 500, 28) == list(range(2025, 2051, 5))
    # every 25th would leave the ends alone: the decades read better
    assert year_tick_values(2025, 2050, *wide, 130, 28) == [2030, 2040, 2050]
    # 2024–2035: no round step divides eleven years, so they count back from the horizon
    assert year_tick_values(2024, 2035, *axis_range(2024, 2035), 200, 28) == [2025, 2030, 2035]
    # not even two labels fit: the horizon alone
    assert year_tick_values(2025, 2030, *two_charts, 40, 28) == [2030]
    assert year_tick_values(2030, 2030, 2029.6, 2030.4, 300, 28) == [2030]


@pytest.mark.parametrize("count", [1, 2, 4])
def test_a_year_axis_keeps_even_ticks_as_it_is_resized(qtbot, count):
    """The axis itself (its own font, its width as laid out): evenly spaced at the widths one,
    two and four charts give it on a 1280 px screen and narrower."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    axis = plot.getAxis("bottom")
    for first, last in SPANS:
        low, high = axis_range(first, last)
        plot.setXRange(low, high, padding=0)
        year_ticks(axis, first, last)
        for width in (1280 // count, 900 // count, 640 // count):
            plot.resize(width, 300)
            ((_spacing, ticks),) = axis.tickValues(low, high, axis.width())
            gaps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
            assert len(gaps) <= 1 and ticks[-1] == last, (first, last, width, ticks)
