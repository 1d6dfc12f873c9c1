"""free_top, which every chart runs ~100 times a slider step to put its labels off the lines:
the nearest free place, checked against a scan of every place on a fine grid."""

from __future__ import annotations

import random

from wattif.gui.label_placement import LABEL_GAP_PX, free_top


def scan(wanted, height, low, high, blocked, step=0.01):
    """The free top nearest to ``wanted`` among tops ``step`` apart (None: no free top)."""
    best = None
    n = int((high - height - low) / step + 1e-9)
    for i in range(n + 1):
        top = low + i * step
        if all(top + height + LABEL_GAP_PX <= a or top >= b + LABEL_GAP_PX for a, b in blocked):
            if best is None or abs(top - wanted) < abs(best - wanted):
                best = top
    return best


def test_free_top_finds_the_nearest_free_place():
    rng = random.Random(10)
    for _ in range(150):
        low, high = 0.0, rng.uniform(40, 120)
        height = rng.uniform(8, 20)
        blocked = []
        for _ in range(rng.randint(0, 4)):
            a = rng.uniform(-10, high)
            blocked.append((a, a + rng.uniform(1, 30)))
        wanted = rng.uniform(-5, high)
        got, expected = (
            free_top(wanted, height, low, high, blocked),
            scan(wanted, height, low, high, blocked),
        )
        if expected is None:
            assert got is None or all(
                got + height + LABEL_GAP_PX <= a + 0.011 or got >= b + LABEL_GAP_PX - 0.011
                for a, b in blocked
            )  # free only at an exact edge the grid stepped over
            continue
        assert got is not None
        assert low - 1e-6 <= got <= high - height + 1e-6
        assert all(
            got + height + LABEL_GAP_PX <= a + 1e-6 or got >= b + LABEL_GAP_PX - 1e-6
            for a, b in blocked
        )
        assert abs(got - wanted) <= abs(expected - wanted) + 1e-6


def test_a_label_that_fits_where_it_wants_stays_there():
    assert free_top(10.0, 12.0, 0.0, 100.0, [(50.0, 60.0)]) == 10.0
    # pushed just above a line that crosses where it wants to be
    assert free_top(45.0, 12.0, 0.0, 100.0, [(50.0, 60.0)]) == 50.0 - 12.0 - LABEL_GAP_PX
    assert free_top(45.0, 12.0, 0.0, 30.0, [(0.0, 30.0)]) is None  # no room at all
