"""Colours, pens and fonts shared by every view: the Okabe–Ito palette, baseline grey dashed.

Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable with every common
form of colour-vision deficiency. Increases and decreases are never told apart by colour alone
(an arrow and a sign always go with them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

ANTIALIAS = QPainter.RenderHint.Antialiasing
"""Chart items paint many times a slider step: ``painter.RenderHint.Antialiasing`` is a Python
call each time in PySide6 (an enum looked up), a module constant is not."""

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

SCENARIO = OKABE_ITO["blue"]
"""Colour of the scenario where a single series is drawn."""
BASELINE = "#8C8C8C"
"""Baseline: grey, always dashed."""
INCREASE = OKABE_ITO["vermillion"]
DECREASE = OKABE_ITO["blue"]
WARNING = OKABE_ITO["vermillion"]
"""Text of a warning (always with a ⚠ sign and words, never colour alone)."""
GRID = "#E4E4E4"
TEXT = "#222222"
MUTED = "#666666"
BACKGROUND = "#FFFFFF"
CARD = "#F6F7F9"
"""Background of the KPI cards and the decode strip."""
CARD_BORDER = "#E1E4E8"
HEADER = "#EEF1F5"
"""Background of a group header in the parameter panel (``HEADER_FOCUS`` with the focus)."""
HEADER_FOCUS = "#DCE6F2"
DEVICE = "#6E6E6E"
"""End-user device: a dark grey. The lighter #9B9B9B it replaced was hard to tell from the
reddish purple of the network band next to it with deuteranopia (CIE ΔE 7 in simulation,
``gui/themes.py`` checks every pair)."""
LINES: dict[str, str] = {}
"""Palette colour -> its variant for lines and text on the background, where the colour itself
has less than 3:1 contrast to it (set by the theme, ``gui/themes.py``)."""

# Colours above are the light theme's; gui/themes.py replaces them (in place) for another theme.

COMPONENT_COLOURS = {
    "accelerators": OKABE_ITO["blue"],
    "host": OKABE_ITO["sky_blue"],
    "idle": OKABE_ITO["yellow"],
    "facility": OKABE_ITO["orange"],
    "network": OKABE_ITO["reddish_purple"],
    "device": DEVICE,
    "local": OKABE_ITO["bluish_green"],
    "training": OKABE_ITO["vermillion"],
    "other_ai": "#D4D4D4",  # light grey: context around the service, not a black mass
}
"""One Okabe–Ito colour per energy component (``wattif.core.COMPONENTS``)."""


def text_colour_on(fill: str) -> str:
    """Black or white, whichever has the higher contrast on ``fill`` (WCAG relative luminance:
    black on vermillion, bluish green and reddish purple reads at 5.4–6.9:1, white at 3.1–3.9:1)."""
    c = QColor(fill)
    lum = sum(
        w * (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        for w, v in zip((0.2126, 0.7152, 0.0722), (c.redF(), c.greenF(), c.blueF()), strict=True)
    )
    return "#FFFFFF" if 1.05 / (lum + 0.05) > (lum + 0.05) / 0.05 else "#000000"


def line_colour(colour: str) -> str:
    """The variant of a palette colour for a line or text on the chart background (3:1 or
    more against it in the current theme)."""
    return LINES.get(colour, colour)


def with_alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def over(colour: QColor, background: str, share: float) -> QColor:
    """The opaque colour ``colour`` gives at ``share`` of its opacity (its own alpha too) over
    the plain ``background``: what an item opacity shows there, without Qt's blending."""
    bg, a = QColor(background), share * colour.alphaF()
    return QColor.fromRgbF(
        bg.redF() + a * (colour.redF() - bg.redF()),
        bg.greenF() + a * (colour.greenF() - bg.greenF()),
        bg.blueF() + a * (colour.blueF() - bg.blueF()),
    )


def baseline_pen(width: float = 2.0):
    import pyqtgraph as pg

    return pg.mkPen(BASELINE, width=width, style=Qt.PenStyle.DashLine)


def scenario_pen(colour: str | None = None, width: float = 2.5):
    import pyqtgraph as pg

    return pg.mkPen(SCENARIO if colour is None else colour, width=width)


def stylesheet(scale: float = 1.0) -> str:
    """The application's style sheet; ``scale`` enlarges the type (presentation mode)."""
    return f"""
QFrame[kpiCard="true"] {{
    background: {CARD}; border: 1px solid {CARD_BORDER}; border-radius: 6px;
}}
QLabel#kpiTitle {{ color: {MUTED}; font-size: {round(9 * scale)}pt; }}
QLabel#kpiValue {{ color: {TEXT}; font-size: {round(14 * scale)}pt; font-weight: 600; }}
QLabel#kpiDelta {{ font-size: {round(10 * scale)}pt; font-weight: 600; }}
QComboBox#yearBox {{ font-size: {round(13 * scale)}pt; font-weight: 600; }}
QToolButton#sectionHeader {{
    text-align: left; padding: 4px 2px; border: none; background: {HEADER}; border-radius: 4px;
}}
QToolButton#sectionHeader:focus {{ background: {HEADER_FOCUS}; }}
QFrame[active="true"] {{ border: 1px solid {SCENARIO}; border-radius: 4px; }}
QLabel#unit {{ color: {MUTED}; }}
QLabel#rowNote {{ color: {MUTED}; font-size: 8pt; }}
QFrame#physicsPanel {{
    background: {CARD}; border: 1px solid {CARD_BORDER}; border-radius: 6px;
}}
QToolButton#physicsToggle {{
    font-size: {round(9 * scale)}pt; font-weight: 600; border: none; padding: 1px;
}}
QLabel#physicsHead {{ color: {MUTED}; font-size: {round(8 * scale)}pt; }}
QLabel#physicsValue, QLabel#physicsSummary {{ color: {TEXT}; font-size: {round(9 * scale)}pt; }}
QLabel#physicsBase {{ color: {MUTED}; font-size: {round(9 * scale)}pt; }}
QLabel#physicsWarning {{ color: {WARNING}; font-size: {round(9 * scale)}pt; font-weight: 600; }}
QLabel#physicsValue[warning="true"], QLabel#physicsBase[warning="true"] {{ color: {WARNING}; }}
"""
