"""Colour science for the themes: WCAG 2.1 contrast, CIE76 colour difference, colour-vision
deficiency simulation, :func:`check_palette`, which measures a theme's palette against them, and
:func:`check_text`, which measures every text colour of a theme on every surface it is written on.

A theme (:class:`~gui.themes.Theme`) passes when every line colour and the baseline grey keep
:data:`MIN_LINE_CONTRAST` on the background, every fill carries its label at
:data:`MIN_LABEL_CONTRAST`, the fills and the lines are told apart from each other — with
normal vision and with simulated protanopia, deuteranopia and tritanopia — and every text colour
(body text, muted text, links, and the line colours the charts' labels and the KPI changes are
written in) keeps :data:`MIN_TEXT_CONTRAST` on the chart background, the cards and the window.
No text of WattIf relies on WCAG's 3:1 for large text: even the chart titles are written in the
theme's text colour. The tests run both checks for every theme.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from . import style

if TYPE_CHECKING:
    from .themes import Theme

MIN_LINE_CONTRAST = 3.0
"""WCAG 2.1 (1.4.11, non-text contrast): a line or a chart text against the background."""
MIN_LABEL_CONTRAST = 4.5
"""WCAG 2.1 (1.4.3, text contrast): a label written on a fill (a band of the energy stack)."""
MIN_TEXT_CONTRAST = 4.5
"""WCAG 2.1 (1.4.3, AA): text of normal size — the charts' direct labels, the KPI cards' changes
and every widget text — against the surface it is written on."""
STYLE_WINDOW = "#EFEFEF"
"""The window colour of Qt's Fusion style, which a theme without a window colour of its own (the
light theme) keeps: the panels' texts and links are written on it."""
MIN_FILL_DELTA_E = 20.0
"""Least CIE76 colour difference between two fills of one chart (the energy stack, the bars per
component) for normal vision: the Okabe–Ito palette itself reaches 26 (sky blue vs blue)."""
MIN_CVD_DELTA_E = 10.0
"""The same under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
severity 1): Okabe–Ito reaches 16; a 10 is still told apart side by side."""
MIN_LINE_DELTA_E = 15.0
"""Least difference between two line colours, and between a line and the baseline grey (lines
never share axes: each row of the yearly charts is named, so a smaller margin is enough)."""

LINE_NAMES = ("black", "blue", "vermillion", "bluish_green", "sky_blue", "orange", "reddish_purple")
"""Palette colours the charts draw as lines, markers or texts on the background (yellow and the
device grey are only fills)."""


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _rgb_linear(colour: str) -> tuple[float, float, float]:
    c = QColor(colour)
    return _linear(c.redF()), _linear(c.greenF()), _linear(c.blueF())


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance [0–1]."""
    r, g, b = _rgb_linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours [1–21]."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_CVD = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
"""Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB."""


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047  # D65 white
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str, vision: str | None = None) -> float:
    """CIE76 colour difference of two colours, as seen with normal vision or simulated
    ``"protanopia"``, ``"deuteranopia"``, ``"tritanopia"``."""

    def seen(colour: str) -> tuple[float, float, float]:
        rgb = _rgb_linear(colour)
        if vision is None:
            return rgb
        m = _CVD[vision]
        return tuple(sum(m[i][j] * rgb[j] for j in range(3)) for i in range(3))

    return math.dist(_lab(seen(a)), _lab(seen(b)))


def check_palette(theme: Theme) -> list[str]:
    """What in ``theme``'s palette falls short (empty when everything passes):

    - every line colour and the baseline grey have :data:`MIN_LINE_CONTRAST` on the background;
    - every fill carries its label (:func:`style.text_colour_on`) at :data:`MIN_LABEL_CONTRAST`;
    - fills differ pairwise by :data:`MIN_FILL_DELTA_E` (normal vision) and
      :data:`MIN_CVD_DELTA_E` (each simulated colour-vision deficiency);
    - lines differ pairwise and from the baseline by :data:`MIN_LINE_DELTA_E`.
    """
    problems = []
    bg = theme.background
    lines = [(k, theme.lines[k]) for k in LINE_NAMES] + [("baseline", theme.baseline)]
    for name, colour in lines:
        if contrast(colour, bg) < MIN_LINE_CONTRAST:
            problems.append(f"line {name} {colour}: {contrast(colour, bg):.2f}:1 on {bg}")
    for name, colour in theme.fills.items():
        ink = style.text_colour_on(colour)
        if contrast(ink, colour) < MIN_LABEL_CONTRAST:
            problems.append(f"label on {name} {colour}: {contrast(ink, colour):.2f}:1")
    for (a, ca), (b, cb) in itertools.combinations(theme.fills.items(), 2):
        if delta_e(ca, cb) < MIN_FILL_DELTA_E:
            problems.append(f"fills {a}/{b}: ΔE {delta_e(ca, cb):.1f}")
        for vision in _CVD:
            if delta_e(ca, cb, vision) < MIN_CVD_DELTA_E:
                problems.append(f"fills {a}/{b} ({vision}): ΔE {delta_e(ca, cb, vision):.1f}")
    for (a, ca), (b, cb) in itertools.combinations(lines, 2):
        if delta_e(ca, cb) < MIN_LINE_DELTA_E:
            problems.append(f"lines {a}/{b}: ΔE {delta_e(ca, cb):.1f}")
    return problems


def text_colours(theme: Theme) -> dict[str, str]:
    """Every colour ``theme`` writes text in, by role: ``text``, ``muted``, ``link`` and the line
    variant of each palette colour the charts draw lines and labels in (``line blue`` …), which
    also colours the KPI cards' changes (``style.INCREASE``/``DECREASE``) and warnings."""
    out = {"text": theme.text, "muted": theme.muted}
    out["link"] = theme.link or theme.lines["blue"]
    out.update({f"line {name}": theme.lines[name] for name in LINE_NAMES})
    return out


def text_surfaces(theme: Theme) -> dict[str, str]:
    """What texts are written on: the chart background, the KPI cards and decode strip, and the
    window with its panels (the Fusion style's own where the theme keeps it)."""
    return {
        "background": theme.background,
        "card": theme.card,
        "window": theme.window or STYLE_WINDOW,
    }


def check_text(theme: Theme) -> list[str]:
    """Every text colour of ``theme`` (:func:`text_colours`) on every surface
    (:func:`text_surfaces`) below :data:`MIN_TEXT_CONTRAST`, one line each (empty: all pass)."""
    problems = []
    for role, ink in text_colours(theme).items():
        for where, surface in text_surfaces(theme).items():
            ratio = contrast(ink, surface)
            if ratio < MIN_TEXT_CONTRAST:
                problems.append(f"text {role} {ink} on {where} {surface}: {ratio:.2f}:1")
    return problems
