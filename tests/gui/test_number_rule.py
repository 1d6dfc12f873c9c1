"""One rule for every number a KPI card shows (issue 12): three significant digits, written in
full below 10,000 (volumes: a million), with a scale word from there on (``10.7 k``,
``10,7 Tsd.``); energy and power change their unit's prefix instead (``docs/methodology.md``,
"Displayed numbers")."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from wattif.gui.formatting import (
    RESULT_DIGITS,
    SCALE_WORDS_FROM,
    VOLUME_WORDS_FROM,
    fmt_amount,
    fmt_volume_m3,
    round_sig,
)
from wattif.gui.metric_text import fmt_metric

VALUES = (
    0.0342,
    0.5,
    8.0,
    37.5,
    999.4,
    1_234.0,
    9_876.0,
    9_996.0,
    10_745.0,
    60_721.0,
    99_950.0,
    106_000.0,
    1_234_567.0,
    2.5e9,
)
"""Every card is shown each of these, in its base unit (kWh, Wh, t, m³, €, count, MW)."""
POWER_MAX_MW = 1e6
"""Power beyond a terawatt (a third of the world's average electricity use) is not shown: the
power card's largest unit is TW."""


def shown_values(card: str) -> tuple[float, ...]:
    return tuple(v for v in VALUES if card != "power" or v <= POWER_MAX_MW)


WORDS = {
    "en": {"k": 1e3, "M": 1e6, "bn": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9},
    "de": {"Tsd.": 1e3, "Mio.": 1e6, "Mrd.": 1e9},
}
"""Scale words as a reader of each language expects them."""

PREFIXED = {
    "energy": {"kWh": 1.0, "MWh": 1e3, "GWh": 1e6, "TWh": 1e9},
    "power": {"kW": 1e-3, "MW": 1.0, "GW": 1e3, "TW": 1e6},
    "per_query": {"Wh": 1.0, "kWh": 1e3, "MWh": 1e6, "GWh": 1e9},
    "co2e": {"t": 1.0, "kt": 1e3, "Mt": 1e6, "Gt": 1e9},
}
"""Cards whose unit carries the scale: unit -> factor to the card's base unit."""

UNITS = {"water": "m³", "cost": "€", "accelerators": "", "households": ""}
"""Cards with a plain unit (or none) and scale words."""

SI_CARDS = ("energy", "power")
"""Cards that change their prefix at every factor 1,000, as engineers write energy and power."""

NUMBER = {
    "en": re.compile(r"\d{1,3}(,\d{3})*(\.\d+)?"),
    "de": re.compile(r"\d{1,3}(\.\d{3})*(,\d+)?"),
}


def significant(digits: str) -> int:
    """Significant digits of a written number (without separators): ``9880`` has 3, ``0.0342``
    has 3, ``8`` has 1."""
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0"))
    return len(digits.lstrip("0").rstrip("0")) or 1


def breaks_rule(card: str, text: str, value: float, lang: str) -> str | None:
    """Why ``text`` (a card showing ``value`` in its base unit) breaks the rule, or None."""
    m = NUMBER[lang].match(text)
    if not m or text[m.end() : m.end() + 1] not in ("", " "):
        return "not a number in the language's format"
    digits = m.group(0)
    plain = digits.replace(",", "") if lang == "en" else digits.replace(".", "").replace(",", ".")
    rest = text[m.end() :].strip()
    if card in PREFIXED:
        factor = PREFIXED[card].get(rest)
        if factor is None:
            return f"unit {rest!r}"
    else:
        unit = UNITS[card]
        word = rest.removesuffix(unit).strip() if unit else rest
        if rest != (f"{word} {unit}".strip() if word else unit):
            return f"unit {rest!r}"
        factor = WORDS[lang].get(word, 1.0 if not word else None)
        if factor is None:
            return f"scale word {word!r}"
    number = float(plain)
    if not math.isclose(number * factor, value, rel_tol=0.5 * 10.0 ** (1 - RESULT_DIGITS)):
        return f"reads {number * factor}, not {value}"
    if significant(plain) > RESULT_DIGITS:
        return "more than three significant digits"
    if card in SI_CARDS:
        smallest = min(PREFIXED[card].values())
        if number >= 1000 or (number < 1 and factor > smallest):
            return "the number does not stay within 1–999 of its unit"
        return None
    big = abs(round_sig(value)) >= (VOLUME_WORDS_FROM if card == "water" else SCALE_WORDS_FROM)
    if big and factor == 1.0:
        return "full digits above its threshold"
    if not big and factor != 1.0:
        return "a scale word below its threshold"
    return None


CARD_METRICS = {
    "energy": "energy_kwh",
    "per_query": "per_query_wh",
    "co2e": "co2e_t",
    "water": "water_m3",
    "cost": "cost_eur",
    "accelerators": "accelerators",
    "power": "power_mw",
    "households": "households",
}


@pytest.fixture(params=["en", "de"])
def lang(request, qapp):
    if request.param == "en":
        yield "en"
        return
    from wattif.gui.app import install_translators

    translators = install_translators(qapp, "de")
    yield "de"
    for t in translators:
        qapp.removeTranslator(t)


# -- the rule -------------------------------------------------------------------------------------
def test_the_rule_checker_catches_the_old_mixed_formats():
    assert breaks_rule("accelerators", "10.745", 10_745, "de") is not None  # five digits
    assert breaks_rule("households", "106 Tsd.", 106_000, "de") is None
    assert breaks_rule("water", "157,000 m³", 157_000, "en") is None  # volumes: a million
    assert (
        breaks_rule("water", "157 thousand m³", 157_000, "en") == "a scale word below its threshold"
    )
    assert breaks_rule("cost", "157,000 €", 157_000, "en") == "full digits above its threshold"
    assert breaks_rule("cost", "9.88 k €", 9_876, "en") == "a scale word below its threshold"
    assert breaks_rule("energy", "1,230 kWh", 1_234, "en") is not None
    assert breaks_rule("co2e", "59.6 kt", 59_600, "en") is None


def test_amounts_follow_the_rule(lang):
    de = lang == "de"
    assert fmt_amount(9_876, lang) == ("9.880" if de else "9,880")
    assert fmt_amount(10_745, lang) == ("10,7 Tsd." if de else "10.7 k")
    assert fmt_amount(106_000, lang, "€") == ("106 Tsd. €" if de else "106 k €")
    assert fmt_amount(8.0, lang, whole=True) == "8"
    assert fmt_amount(7.5, lang, whole=True) == ("7,5" if de else "7.5")
    assert fmt_amount(0.0342, lang) == ("0,0342" if de else "0.0342")
    assert fmt_amount(float("nan"), lang) == "–"
    assert fmt_volume_m3(157_321, lang) == ("157.000 m³" if de else "157,000 m³")
    assert fmt_volume_m3(1_234_567, lang) == ("1,23 Mio. m³" if de else "1.23 million m³")
    assert fmt_volume_m3(9_876, lang) == ("9.880 m³" if de else "9,880 m³")


@pytest.mark.parametrize("card", list(CARD_METRICS))
def test_every_card_format_follows_the_rule(card, lang):
    for value in shown_values(card):
        text = fmt_metric(CARD_METRICS[card], value, lang, short=True)
        assert breaks_rule(card, text, value, lang) is None, (card, value, text)


# -- what the KPI strip shows ---------------------------------------------------------------------
class _Results:
    """Results in which every output of the chosen year is ``value`` (in its base unit)."""

    def __init__(self, value: float) -> None:
        self.years = np.array([2030])
        one = np.array([value])
        self.energy_total_kwh = self.per_query_total_wh = self.co2e_t = one
        self.water_m3 = self.cost_eur = self.accelerators = self.households = one
        self.power_provisioned_mw = one


class _Model(QObject):
    """What the KPI strip reads of the scenario model."""

    results_changed = Signal(object)
    baseline_changed = Signal()
    year_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.year = 2030
        self.results = self.baseline_results = _Results(1.0)

    def year_index(self) -> int:
        return 0

    def baseline_value(self, values) -> float:
        return float(values[0])

    def set_year(self, year: int) -> None:
        self.year = year

    def show(self, value: float) -> None:
        self.results = _Results(value)
        self.results_changed.emit(self.results)


@pytest.mark.parametrize("card", list(CARD_METRICS))
def test_every_kpi_card_shows_numbers_by_the_rule(qtbot, card, lang):
    from wattif.gui.kpi_strip import KpiStrip

    model = _Model()
    strip = KpiStrip(model, lang)
    qtbot.addWidget(strip)
    for value in shown_values(card):
        model.show(value)
        text = strip.texts()[card][0]
        assert breaks_rule(card, text, value, lang) is None, (card, value, text)
