"""An editable number box that reads like a person writes: ``2.5 bn``, ``0.24``, ``2026``.

A :class:`QDoubleSpinBox` whose text shows a few significant digits (large numbers compactly),
which accepts typed numbers in either notation (``2.5e9``, ``2500000000``, ``2.5 bn``,
``2,5 Mrd.``), steps multiplicatively on a log scale, and which clamps an out-of-range entry to
the allowed range while telling why through :attr:`NumberBox.out_of_range`.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

from .formatting import locale_for

_WORDS = {
    "k": 1e3,
    "tsd": 1e3,
    "tsd.": 1e3,
    "thousand": 1e3,
    "tausend": 1e3,
    "m": 1e6,
    "mio": 1e6,
    "mio.": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "mrd": 1e9,
    "mrd.": 1e9,
    "billion": 1e9,
    "milliarden": 1e9,
}
_NUMBER = re.compile(r"^\s*([-+−]?[0-9.,\s']*[0-9](?:[eE][-+]?[0-9]+)?)\s*([A-Za-z.]*)\s*$")


def parse_number(text: str, lang: str = "en") -> float | None:
    """A number typed by a user, or None. Accepts both decimal marks and k/M/bn words."""
    m = _NUMBER.match(text.replace("\u2009", "").replace("\u00a0", ""))
    if not m:
        return None
    body, word = m.group(1).replace("−", "-").replace(" ", "").replace("'", ""), m.group(2)
    factor = 1.0
    if word:
        factor = _WORDS.get(word.lower())
        if factor is None:
            return None
    dec, group = (",", ".") if lang == "de" else (".", ",")
    if dec in body and group in body:
        body = body.replace(group, "").replace(dec, ".")
    elif body.count(group) == 1 and dec not in body and not _looks_grouped(body, group):
        body = body.replace(group, ".")  # the other decimal mark, e.g. 0.5 typed in German
    else:
        body = body.replace(group, "").replace(dec, ".")
    try:
        value = float(body) * factor
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _looks_grouped(body: str, group: str) -> bool:
    """``1,234`` (en) or ``1.234`` (de): a group separator followed by exactly three digits."""
    tail = body.split(group)[1]
    return len(tail) == 3 and tail.isdigit() and body.split(group)[0].lstrip("-+") not in ("", "0")


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
    """

    out_of_range = Signal(float)
    """The typed value [as typed] was outside the range and was clamped."""
    not_a_number = Signal(str)
    """The typed text was not a number and was refused."""

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        integer: bool = False,
        log: bool = False,
        step: float | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._integer = integer
        self._log = log
        self._lang = lang
        self._typed: float | None = None
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
    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return self.format(value)

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
        value = parse_number(text, self._lang)
        if value is None:
            return self.value()
        if value < self.minimum() or value > self.maximum():
            self._typed = value
        return min(max(value, self.minimum()), self.maximum())

    def validate(self, text: str, pos: int) -> object:
        if text.strip() in ("", "-", "+", "−", ".", ","):
            return QValidator.State.Intermediate
        if parse_number(text, self._lang) is not None:
            return QValidator.State.Acceptable
        # a number in the making ("2.5 b", "1e") stays editable; the rest is refused
        if re.match(r"^\s*[-+−]?[0-9.,\s']*([eE][-+]?)?[0-9]*\s*[A-Za-z.]*\s*$", text):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid

    def fixup(self, text: str) -> str:
        if parse_number(text, self._lang) is None and text.strip():
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
        if self._typed is not None:
            typed, self._typed = self._typed, None
            self.out_of_range.emit(typed)


def _trim(text: str, loc) -> str:
    """Drop trailing zeros after the decimal mark (``2.500`` -> ``2.5``)."""
    dec = loc.decimalPoint()
    if dec in text:
        text = text.rstrip("0").rstrip(dec)
    return text
