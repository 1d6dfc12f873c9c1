"""Number formatting for people: significant digits, thousands separators, auto-scaled units.

Every function takes the language (``"en"``/``"de"``) so that German users see ``0,38 Wh`` and
``1.234`` while English users see ``0.38 Wh`` and ``1,234``.

Results (the KPI cards, the charts' direct labels) follow one rule, :func:`fmt_amount`
(``docs/methodology.md``, "Displayed numbers"): :data:`RESULT_DIGITS` significant digits, written
in full below :data:`SCALE_WORDS_FROM` (``9,870``), with a scale word from there on (``10.7 k``,
``10,7 Tsd.``; ``kt`` for tonnes; volumes only from :data:`VOLUME_WORDS_FROM`: ``291,000 m³``,
``1.23 million m³``); energy and power change their unit's prefix instead (``188 GWh``).
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QCoreApplication, QLocale

_LOCALES: dict[str, QLocale] = {}


def locale_for(lang: str) -> QLocale:
    """The QLocale used for numbers in ``lang`` (German or US English conventions)."""
    if lang not in _LOCALES:
        if lang == "de":
            _LOCALES[lang] = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        else:
            _LOCALES[lang] = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return _LOCALES[lang]


def decimals_for(value: float, sig: int = 3) -> int:
    """Decimals that show ``sig`` significant digits of ``value`` (never negative)."""
    if value == 0 or not math.isfinite(value):
        return 0
    return max(0, sig - 1 - int(math.floor(math.log10(abs(value)))))


SCIENTIFIC_FROM = 1e15
"""From this magnitude on a number is written ``1 × 10³⁰``, not with 31 digits."""
SCIENTIFIC_BELOW = 1e-6
"""Below this magnitude (and not zero) a number is written ``1.2 × 10⁻⁷``."""
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def fmt_scientific(value: float, lang: str = "en", sig: int = 3) -> str:
    """``1 × 10³⁰``, ``2,5 × 10⁻⁹``: a mantissa of ``sig`` significant digits (trailing zeros
    dropped) and a power of ten."""
    exp = int(math.floor(math.log10(abs(value))))
    mantissa = round(value / 10.0**exp, sig - 1)
    if abs(mantissa) >= 10.0:  # 9.999 rounded up
        mantissa, exp = mantissa / 10.0, exp + 1
    loc = locale_for(lang)
    text = loc.toString(float(mantissa), "f", sig - 1)
    dec = loc.decimalPoint()
    if dec in text:
        text = text.rstrip("0").rstrip(dec)
    return f"{text} × 10{str(exp).translate(_SUPERSCRIPT)}"


NUMBER_TEXTS_KEPT = 2048
"""Texts of numbers :func:`fmt_number` remembers: a slider step formats ~20 numbers, most of
them as they were (the rows and labels a step does not change)."""


@functools.lru_cache(maxsize=NUMBER_TEXTS_KEPT)
def fmt_number(value: float, lang: str = "en", sig: int = 3) -> str:
    """``value`` rounded to ``sig`` significant digits, with the locale's separators (huge and
    tiny magnitudes as powers of ten: :func:`fmt_scientific`). Remembered: the same number,
    language and digits always read the same."""
    if value is None or not math.isfinite(value):
        return "–"
    if value == 0:
        return "0"
    if abs(value) >= SCIENTIFIC_FROM or abs(value) < SCIENTIFIC_BELOW:
        return fmt_scientific(value, lang, sig)
    mag = int(math.floor(math.log10(abs(value))))
    rounded = round(value, sig - 1 - mag)
    if rounded != 0:
        mag = int(math.floor(math.log10(abs(rounded))))
    d = max(0, sig - 1 - mag)
    return locale_for(lang).toString(float(rounded), "f", d)


RESULT_DIGITS = 3
"""Significant digits of every result shown: the model's own error (geometric mean ×1.23,
``docs/calibration.md``) makes a fourth digit noise."""
SCALE_WORDS_FROM = 1e4
"""From this magnitude (after rounding) a result takes a scale word: written in full, its
digits beyond :data:`RESULT_DIGITS` would be zeros that only pad (``10,700``); ``10.7 k`` is
shorter on a projector and says that it is rounded. Below it every result reads in full
(``9,870``, ``8``)."""


VOLUME_WORDS_FROM = 1e6
"""Volumes are the one exception to :data:`SCALE_WORDS_FROM`: they are written in full up to a
million (``291,000 m³``). A letter before the unit reads as part of it (``291 k m³``: cubic
kilometres), and the word is too long for a KPI card (``291 thousand m³``)."""


def round_sig(value: float, sig: int = RESULT_DIGITS) -> float:
    """``value`` rounded to ``sig`` significant digits (0, inf and NaN as they are)."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, sig - 1 - int(math.floor(math.log10(abs(value)))))


def scale_words(lang: str = "en") -> list[tuple[float, str]]:
    """Big-number words (largest first): billion, million, thousand."""
    return [
        (1e9, QCoreApplication.translate("formatting", "bn")),
        (1e6, QCoreApplication.translate("formatting", "M")),
        (1e3, QCoreApplication.translate("formatting", "k")),
    ]


def fmt_compact(value: float, lang: str = "en", sig: int = 3) -> str:
    """``2.5 bn``, ``38.4 k``, ``0.24`` — for number boxes and labels of large counts."""
    if value is None or not math.isfinite(value):
        return "–"
    for factor, word in scale_words(lang):
        if abs(value) >= factor * 0.9995:
            return f"{fmt_number(value / factor, lang, sig)} {word}"
    return fmt_number(value, lang, sig)


def fmt_amount(value: float, lang: str = "en", unit: str = "", whole: bool = False) -> str:
    """A result as every KPI card and direct label writes it: :data:`RESULT_DIGITS`
    significant digits, in full below :data:`SCALE_WORDS_FROM` (``9,870 €``), with a scale word
    from there on (``10.7 k €``, ``2.5 bn``; ``10,7 Tsd. €`` in German).

    ``whole``: a count of things, which shows no decimals it does not have (``8``, not
    ``8.00``; a fraction below 100 as far as it goes: ``7.5``)."""
    if value is None or not math.isfinite(value):
        return "–"
    rounded = round_sig(value)
    if abs(rounded) >= SCALE_WORDS_FROM:
        text = fmt_compact(value, lang, RESULT_DIGITS)
    elif whole and rounded == round(rounded):
        text = locale_for(lang).toString(float(rounded), "f", 0)
    elif whole:
        text = fmt_plain(value, lang, RESULT_DIGITS)
    else:
        text = fmt_number(value, lang, RESULT_DIGITS)
    return f"{text} {unit}" if unit else text


def fmt_plain(value: float, lang: str = "en", sig: int = 6) -> str:
    """A number as a person would write it back: up to ``sig`` significant digits without
    trailing zeros (``7``, ``0.125``, ``1 × 10³⁰``) — for echoing what a user typed."""
    text = fmt_number(value, lang, sig)
    dec = locale_for(lang).decimalPoint()
    if dec in text and "×" not in text:
        text = text.rstrip("0").rstrip(dec)
    return text


def fmt_percent(fraction: float, lang: str = "en", sig: int = 3) -> str:
    """A fraction as a percentage: ``0.1`` -> ``10 %``, ``0.125`` -> ``12.5 %`` (``12,5 %``)."""
    if fraction is None or not math.isfinite(fraction):
        return "–"
    text = fmt_number(fraction * 100.0, lang, sig)
    loc = locale_for(lang)
    dec = loc.decimalPoint()
    if dec in text:
        text = text.rstrip("0").rstrip(dec)
    return f"{text} %"


def fmt_volume_m3(m3: float, lang: str = "en", sig: int = RESULT_DIGITS) -> str:
    """Water and other volumes: :data:`RESULT_DIGITS` significant digits, in full below
    :data:`VOLUME_WORDS_FROM` (``291,000 m³``), then with a word (``1.23 million m³``,
    ``1,23 Mio. m³``)."""
    if m3 is None or not math.isfinite(m3):
        return "–"
    if abs(m3) >= 1e9 * 0.9995:
        word = QCoreApplication.translate("formatting", "billion m³")
        return f"{fmt_number(m3 / 1e9, lang, sig)} {word}"
    if abs(m3) >= VOLUME_WORDS_FROM * 0.9995:
        word = QCoreApplication.translate("formatting", "million m³")
        return f"{fmt_number(m3 / 1e6, lang, sig)} {word}"
    return f"{fmt_number(m3, lang, sig)} m³"


def mnemonic_safe(text: str) -> str:
    """Text from data for a QLabel with a buddy, a check box, a button or a menu entry: ``&``
    doubled, so "R&D" does not become "RD" with an underlined D."""
    return text.replace("&", "&&")


ENERGY_UNITS = [(1e9, "TWh"), (1e6, "GWh"), (1e3, "MWh"), (1.0, "kWh")]


def energy_unit(kwh: float) -> tuple[float, str]:
    """Factor and unit so that ``kwh / factor`` reads well: kWh, MWh, GWh or TWh."""
    a = abs(kwh)
    for factor, unit in ENERGY_UNITS:
        if a >= factor * 0.9995:
            return factor, unit
    return 1.0, "kWh"


def fmt_energy_kwh(kwh: float, lang: str = "en", sig: int = 3) -> str:
    """Annual energy auto-scaled: ``349 GWh``, ``1.20 TWh``, ``850 kWh``."""
    factor, unit = energy_unit(kwh)
    return f"{fmt_number(kwh / factor, lang, sig)} {unit}"


def fmt_count(value: float, lang: str = "en", compact_from: float = 1e7) -> str:
    """Whole numbers with grouping (``38,400``); compact from ``compact_from`` on (``12.3 M``).

    Counts below ten read as they are (``8``, ``0.5``): a fleet of eight is not "0.008 k".
    """
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value) >= compact_from:
        return fmt_compact(value, lang)
    if abs(value) < 10 and value != round(value):
        return fmt_number(value, lang, 2)
    return locale_for(lang).toString(float(round(value)), "f", 0)


def fmt_power_mw(mw: float, lang: str = "en", sig: int = 3) -> str:
    """Power auto-scaled from megawatts: ``7.14 kW``, ``92.3 MW``, ``1.20 GW`` (``850 W``)."""
    if mw is None or not math.isfinite(mw):
        return "–"
    a = abs(mw)
    for factor, unit in ((1e6, "TW"), (1e3, "GW"), (1.0, "MW"), (1e-3, "kW")):
        if a >= factor * 0.9995:
            return f"{fmt_number(mw / factor, lang, sig)} {unit}"
    return f"{fmt_number(mw * 1e6, lang, sig)} W"


def fmt_percent_change(new: float, old: float, lang: str = "en") -> tuple[str, int]:
    """Change of ``new`` against ``old`` as text with an arrow, and its sign (-1, 0, +1).

    Above +1,000 % a factor reads better (``▲ ×25``, ``▲ ×10,000``); against a zero baseline
    there is no percentage (``▲ new``)."""
    if not (math.isfinite(new) and math.isfinite(old)):
        return "–", 0
    if old == 0:
        if new == 0:
            return "= 0 %", 0
        arrow = "▲" if new > 0 else "▼"
        return f"{arrow} " + QCoreApplication.translate("formatting", "new"), 1 if new > 0 else -1
    change = (new - old) / abs(old) * 100.0
    if abs(change) < 0.05:
        return "= 0 %", 0
    arrow = "▲" if change > 0 else "▼"
    if change > 1000.0 and old > 0:
        factor = new / old
        text = fmt_compact(factor, lang, 2) if factor >= 1e5 else fmt_number(factor, lang, 2)
        return f"{arrow} ×{text}", 1
    sign = "+" if change > 0 else "−"
    d = 1 if abs(change) < 100 else 0
    text = locale_for(lang).toString(abs(change), "f", d)
    return f"{arrow} {sign}{text} %", 1 if change > 0 else -1
