"""Input traps of the parameter boxes (issue 8): percentages where a share or rate is asked,
bare numbers that only fit as a percentage, huge numbers — each with a visible one-line
message naming the parameter, the value and the allowed range."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt


def type_into(window, qtbot, key: str, text: str) -> str:
    """Type ``text`` into the number box of ``key`` and press Return; the status bar's text."""
    box = window.panel.rows[key].box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    return window.statusBar().currentMessage()


def test_ten_percent_for_a_share_is_a_tenth_and_says_so(window, qtbot):
    message = type_into(window, qtbot, "fleet_utilisation", "10 %")
    assert window.model.scenario["fleet_utilisation"] == pytest.approx(0.1)
    assert window.panel.rows["fleet_utilisation"].box.text() == "0.1"
    assert "Fleet utilisation" in message and "10 %" in message


def test_percent_growth_is_a_rate_not_two_hundred_percent(window, qtbot):
    message = type_into(window, qtbot, "demand_growth", "25%")
    assert window.model.scenario["demand_growth"] == pytest.approx(0.25)
    assert "25 %" in message


def test_fifty_for_a_utilisation_is_refused_with_the_range(window, qtbot):
    before = window.model.scenario["fleet_utilisation"]
    message = type_into(window, qtbot, "fleet_utilisation", "50")
    assert window.model.scenario["fleet_utilisation"] == before  # not silently 1 (100 %)
    assert "Fleet utilisation" in message and "50" in message
    assert "0.05 to 1" in message and "50%" in message  # the range and how to say 50 %
    assert "\n" not in message


def test_a_percentage_over_a_hundred_is_clamped_with_a_message(window, qtbot):
    message = type_into(window, qtbot, "fleet_utilisation", "150 %")
    assert window.model.scenario["fleet_utilisation"] == 1.0
    assert "150 %" in message and "0.05 to 1" in message


def test_percent_where_none_is_understood_is_refused(window, qtbot):
    before = window.model.scenario["pue"]
    message = type_into(window, qtbot, "pue", "10%")
    assert window.model.scenario["pue"] == before
    assert "PUE" in message and "1 to 3" in message


def test_huge_number_is_clamped_and_shown_short(window, qtbot):
    message = type_into(window, qtbot, "queries_per_day", "1e30")
    assert window.model.scenario["queries_per_day"] == 1e11
    assert "Queries per day" in message
    longest = max(len(n) for n in re.findall(r"[0-9][0-9,.]*", message))
    assert longest <= 12, message
    assert len(window.panel.rows["queries_per_day"].box.text()) <= 12


def test_share_range_in_the_tooltip_reads_in_percent_too(window):
    assert "5 % – 100 %" in window.panel.rows["fleet_utilisation"].box.toolTip()


def test_german_percentage(make_window, qtbot):
    w = make_window(lang="de")
    type_into(w, qtbot, "fleet_utilisation", "12,5 %")
    assert w.model.scenario["fleet_utilisation"] == pytest.approx(0.125)
    assert w.panel.rows["fleet_utilisation"].box.text() == "0,125"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_box_accepts_its_own_text_as_typed_input_would_and_still_refuses_junk(lang):
    """The box takes the text it shows for its value without parsing it (a slider step sets it
    on every move): each such text must also be what parsing would accept and read back as that
    value, and junk typed after it is still refused."""
    from PySide6.QtGui import QValidator

    from wattif.gui.number_box import NumberBox

    box = NumberBox(0.0, 1e11, lang=lang)
    for value in (0.0, 0.001234, 1.2, 1.25, 12.5, 999.5, 12345.0, 2.5e6, 7.25e9, 1e11):
        box.setValue(value)
        text = box.text()
        assert box.validate(text, 0) == QValidator.State.Acceptable  # the fast way
        box._shown_text = None  # as typed: parsed
        assert box.validate(text, 0) == QValidator.State.Acceptable, text
        assert box.valueFromText(text) == pytest.approx(value, rel=5e-4), text
        assert box.validate(text + "x!", 0) == QValidator.State.Invalid
