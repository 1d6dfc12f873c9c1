"""Sizes and resolutions of exported chart images: checked the same way in the GUI and in
``wattif-cli charts`` (pure Python, no Qt, so that bad input is refused before Qt loads).

A chart image has a size in pixels and a resolution in dots per inch. The resolution says how
large the chart's text comes out: at :data:`SCREEN_DPI` a chart is laid out at its pixel size
with its text as on screen; at twice that, it is laid out at half the size and drawn twice as
sharp (text twice as large relative to the image). The resolution is written into the PNG, so a
word processor places it at ``pixels / dpi`` inches.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import WattIfError, quote, show_path

SCREEN_DPI = 96
"""Qt's logical resolution: one logical pixel is one image pixel at 96 dpi."""
SLIDE_SIZE = (1920, 1080)
SLIDE_DPI = 144
"""1920 × 1080 at 144 dpi is 13.33 × 7.5 inches, the 16:9 slide of PowerPoint and Keynote: the
image lands full-slide at its true size, its text 1.5 × its screen size."""
PRINT_DPI = 300
"""The usual resolution asked for printed reports."""
MIN_SIDE_PX = 64
"""Smallest width or height of an image [px]: below it no chart is legible."""
MAX_SIDE_PX = 16_000
"""Largest width or height [px] (beyond it Qt's raster engine and most viewers give up)."""
MAX_PIXELS = 100_000_000
"""Largest image area [px]: 100 megapixels are 400 MB in memory while drawn."""
MIN_DPI = 24
MAX_DPI = 2400
"""Resolutions accepted [dpi]: from a thumbnail to a photo-setter; anything else is a typo."""
MIN_LAYOUT_PX = 120
"""Smallest size [logical px] a chart is laid out at (``pixels × 96 / dpi``): below it axes
and titles no longer fit; a larger dpi than this allows for the size is refused."""

_SIZE = re.compile(r"^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$")


@dataclass(frozen=True)
class ImageSize:
    """A chart image: ``width`` × ``height`` [px] at ``dpi`` [dots per inch]."""

    width: int
    height: int
    dpi: int = SCREEN_DPI

    @property
    def scale(self) -> float:
        """Image pixels per logical pixel [-] (``dpi / 96``)."""
        return self.dpi / SCREEN_DPI

    @property
    def layout_size(self) -> tuple[int, int]:
        """The size the chart is laid out at [logical px], rounded up (the image is filled)."""
        return (math.ceil(self.width / self.scale), math.ceil(self.height / self.scale))

    @property
    def inches(self) -> tuple[float, float]:
        """The printed size [in]."""
        return (self.width / self.dpi, self.height / self.dpi)

    def checked(self) -> ImageSize:
        """This size, or a WattIfError naming what is out of range."""
        check_dpi(self.dpi)
        for side, value in (("width", self.width), ("height", self.height)):
            if not MIN_SIDE_PX <= value <= MAX_SIDE_PX:
                raise WattIfError(
                    f"image {side} {value} px is outside {MIN_SIDE_PX}-{MAX_SIDE_PX} px"
                )
        if self.width * self.height > MAX_PIXELS:
            raise WattIfError(
                f"image {self.width}x{self.height} px is too large "
                f"(at most {MAX_PIXELS // 1_000_000} megapixels)"
            )
        lw, lh = self.layout_size
        if min(lw, lh) < MIN_LAYOUT_PX:
            raise WattIfError(
                f"{self.width}x{self.height} px at {self.dpi} dpi leaves the chart only "
                f"{lw}x{lh} px to lay out in (at least {MIN_LAYOUT_PX}); "
                "use a larger size or a lower dpi"
            )
        return self


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` → (1920, 1080) [px]; anything else raises a WattIfError."""
    m = _SIZE.match(str(text))
    if not m:
        raise WattIfError(f"size {quote(str(text))} is not WIDTHxHEIGHT in pixels, e.g. 1920x1080")
    return int(m.group(1)), int(m.group(2))


def check_dpi(dpi: int) -> int:
    """``dpi`` when it lies in [MIN_DPI, MAX_DPI], else a WattIfError."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise WattIfError(f"resolution {dpi} dpi is outside {MIN_DPI}-{MAX_DPI} dpi")
    return dpi


def output_folder(path: str | os.PathLike) -> Path:
    """The folder charts are written to, created when missing; a WattIfError when it is a file,
    cannot be created or is not writable (said before anything is drawn)."""
    p = Path(path)
    shown = show_path(p)
    if p.exists() and not p.is_dir():
        raise WattIfError(f"{shown}: is a file, not a folder")
    if not p.exists():
        try:
            p.mkdir(parents=True)
        except OSError as exc:
            raise WattIfError(
                f"{shown}: the folder cannot be created ({exc.strerror or 'not allowed'})"
            ) from None
    if not os.access(p, os.W_OK | os.X_OK):
        raise WattIfError(f"{shown}: no permission to write in this folder")
    return p
