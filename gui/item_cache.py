"""Cached drawing for chart items that keep still: a blit instead of a stroke.

On a slider step most charts repaint their whole plot, and with it the items that did not
change: dashed baselines, baseline bars, published figures, a band the worker has not renewed.
Stroking a dashed, antialiased line or filling a band is among the dearest things a step
paints; blitting a pixmap of it is not. An item that changes on every step is better drawn
directly (a pixmap redone each time costs more than the stroke). So an item's cache follows
what it does: :func:`keep_still` when it is given the data it already shows, :func:`moved`
when it gets new data.

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
