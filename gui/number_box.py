"""An editable number box that reads like a person writes: ``2.5 bn``, ``0.24``, ``2026``.

A :class:`QDoubleSpinBox` whose text shows a few significant digits (large numbers compactly),
which accepts typed numbers in either notation (``2.5e9``, ``2500000000``, ``2.5 bn``,
``2,5 Mrd.``) — and percentages where a share or rate is asked (``10 %`` is 0.1) — steps
multiplicatively on a log scale, and which clamps an out-of-range entry to the allowed range
while telling why through :attr:`NumberBox.out_of_range`. Where percentages are understood, a
bare ``50`` that only fits as ``50 %`` is refused instead (:attr:`NumberBox.percent_refused`):
clamping it to 1 would silently mean 100 %.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

from wattif.core.params import read_number

from .formatting import locale_for


def parse_number(text: str, lang: str = "en") -> float | None:
    """A number typed by a user, or None (``wattif.core.params.read_number``: both decimal marks,
    k/M/bn words; a percent sign or an infinite value is not a plain number)."""
    read = read_number(text, lang)
    if read is None or read[1] or not math.isfinite(read[0]):
        return None
    return read[0]


class NumberBox(QDoubleSpinBox):
    """Number entry with compact display, log stepping and clamping with a message.

    Parameters
    ----------
    minimum, maximum : float
        Allowed range; entries outside are clamped and :attr:`out_of_range` is emitted.
    integer : bool
        Whole numbers only (years, counts).
    log : bool
        The arrows multiply by about 12 % instead of adding a fixed step.
    step : float, optional
        Arrow step on a linear scale (default a hundredth of the range).
    lang : str
        Language of the number format.
    percent : bool
        ``10 %`` means 0.1 (a share or a rate per year, ``wattif.core.params.accepts_percent``).
    """

    out_of_range = Signal(float, bool)
    """The typed value [as understood, a percentage divided by 100] was outside the range and
    was clamped; True when it was typed as a percentage."""
    not_a_number = Signal(str)
    """The typed text was not a number and was refused."""
    percent_read = Signal(float)
    """A percentage was typed and understood as this value [fraction]."""
    percent_refused = Signal(float, float)
    """A bare number [as typed] outside the range that fits as a percentage [fraction]: refused,
    the value stays."""
    percent_not_here = Signal(str)
    """A percentage was typed where none is understood: refused, the value stays."""

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        integer: bool = False,
        log: bool = False,
        step: float | None = None,
        lang: str = "en",
        percent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._integer = integer
        self._log = log
        self._lang = lang
        self._percent = percent
        self._note: tuple | None = None  # what to tell when editing ends (signal, arguments)
        self.setDecimals(0 if integer else 9)
        self.setRange(minimum, maximum)
        self._step = step or (1.0 if integer else (maximum - minimum) / 100.0)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._report)

    # -- text <-> value -------------------------------------------------------------
    _shown_text: str | None = None
    """The text :meth:`textFromValue` gave last: Qt validates it again as it puts it in the
    box (on every slider step of the row), where parsing it as typed input cost ~15 µs."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = self.format(value)
        self._shown_text = text
        return text

    def format(self, value: float) -> str:
        if self._integer:
            return str(int(round(value)))
        if value == 0:
            return "0"
        loc = locale_for(self._lang)
        for factor, word in (
            (1e9, "bn" if self._lang != "de" else "Mrd."),
            (1e6, "M" if self._lang != "de" else "Mio."),
        ):
            if abs(value) >= factor:
                return f"{_trim(loc.toString(value / factor, 'f', 3), loc)} {word}"
        mag = int(math.floor(math.log10(abs(value))))
        decimals = max(0, 3 - mag)
        text = loc.toString(round(value, decimals), "f", decimals)
        if abs(value) >= 1e4:
            text = loc.toString(float(round(value)), "f", 0)
        return _trim(text, loc)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        read = read_number(text, self._lang)
        if read is None:
            return self.value()
        number, percent = read
        lo, hi = self.minimum(), self.maximum()
        if percent and not self._percent:
            self._note = (self.percent_not_here, text)
            return self.value()
        if percent:
            number /= 100.0
        if not lo <= number <= hi:
            if self._percent and not percent and lo <= number / 100.0 <= hi:
                self._note = (self.percent_refused, number, number / 100.0)
                return self.value()
            self._note = (self.out_of_range, number, percent)
            return min(max(number, lo), hi)
        self._note = (self.percent_read, number) if percent else None
        return number

    def validate(self, text: str, pos: int) -> object:
        if text == self._shown_text:  # the box's own rendering of its value
            return QValidator.State.Acceptable
        if text.strip() in ("", "-", "+", "−", ".", ","):
            return QValidator.State.Intermediate
        if read_number(text, self._lang) is not None:
            return QValidator.State.Acceptable
        # a number in the making ("2.5 b", "1e", "10 %") stays editable; the rest is refused
        if re.match(r"^\s*[-+−]?[0-9.,\s'_]*([eE][-+]?)?[0-9]*\s*[A-Za-z.]*\s*%?\s*$", text):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        if read_number(text, self._lang) is None and text.strip():
            self.not_a_number.emit(text)
        return self.format(self.value())

    # -- stepping ---------------------------------------------------------------------
    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        v = self.value()
        if self._log and v > 0:
            new = v * 10 ** (0.05 * steps)
            new = float(f"{new:.3g}")
            if new == v:
                new = v * 10 ** (0.05 * steps * 2)
        else:
            new = v + steps * self._step
            new = round(new / self._step) * self._step
        self.setValue(min(max(new, self.minimum()), self.maximum()))

    def _report(self) -> None:
        if self._note is not None:
            note, self._note = self._note, None
            note[0].emit(*note[1:])


def _trim(text: str, loc) -> str:
    """Drop trailing zeros after the decimal mark (``2.500`` -> ``2.5``)."""
    dec = loc.decimalPoint()
    if dec in text:
        text = text.rstrip("0").rstrip(dec)
    return text
