"""Cached drawing for chart items that keep still: a blit instead of a fill.

An uncertainty band is redrawn under the curves on every slider step, but renewed only when the
worker's answer arrives: between answers a cached pixmap of it is a blit; an item renewed on
every step is better drawn directly (a pixmap redone each time costs more than the fill). So the
item's cache follows what it does: :func:`keep_still` when it is given the data it already
shows, :func:`moved` when it gets new data. (Tried on the curves and bars as well: the blits
cost what the strokes had, measured in alternating rounds in one process — left out there.)

Exports switch item caches off while they draw (``chart_render``), so SVG keeps vectors; a new
pen or colour (theme, presentation mode) calls ``update()``, which renews the pixmap.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

STILL_AFTER = 2
"""Settings of the same data in a row after which an item is drawn from a cached pixmap."""
_NO_CACHE = QGraphicsItem.CacheMode.NoCache
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


def keep_still(item: QGraphicsItem) -> None:
    """``item`` was given the data it shows: after :data:`STILL_AFTER` such times in a row
    it is drawn from a pixmap."""
    n = item.__dict__.get("_still", 0) + 1
    item.__dict__["_still"] = n
    if n == STILL_AFTER and item.cacheMode() == _NO_CACHE:
        item.setCacheMode(_DEVICE_CACHE)


def moved(item: QGraphicsItem) -> None:
    """``item`` gets new data: drawn directly (a pixmap redone on every step costs more)."""
    item.__dict__["_still"] = 0
    if item.cacheMode() == _DEVICE_CACHE:
        item.setCacheMode(_NO_CACHE)
