"""One rule for values a person types (GUI number boxes and ``wattif-cli --set``):
``core.params.parse_user_value``."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest

from wattif.core import params
from wattif.core.params import (
    NotANumberError,
    OutOfRangeError,
    accepts_percent,
    parse_user_value,
    read_number,
)


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("fleet_utilisation", "10 %", 0.1),
        ("fleet_utilisation", "10%", 0.1),
        ("fleet_utilisation", "0.1", 0.1),
        ("demand_growth", "25%", 0.25),
        ("demand_growth", "-5 %", -0.05),
        ("accelerator_power_fraction", "70 %", 0.7),  # "share of TDP" is a share too
        ("queries_per_day", "2.5 bn", 2.5e9),
        ("queries_per_day", "2.5e9", 2.5e9),
        ("queries_per_day", "1_000_000", 1e6),
        ("pue", "1.2", 1.2),
    ],
)
def test_percentages_and_words_are_understood_where_they_fit(key, text, value):
    assert parse_user_value(key, text).value == pytest.approx(value)


def test_a_percentage_is_reported_as_such():
    assert parse_user_value("fleet_utilisation", "10 %").percent
    assert not parse_user_value("fleet_utilisation", "0.1").percent


def test_german_decimal_mark():
    assert parse_user_value("fleet_utilisation", "12,5 %", "de").value == pytest.approx(0.125)
    assert parse_user_value("queries_per_day", "2,5 Mrd.", "de").value == 2.5e9


def test_shares_and_rates_take_percent_and_nothing_else_does():
    registry = params.registry()
    assert accepts_percent(registry["fleet_utilisation"])
    assert accepts_percent(registry["demand_growth"])  # 1/yr
    assert not accepts_percent(registry["pue"])  # a ratio
    assert not accepts_percent(registry["base_year"])
    with pytest.raises(NotANumberError, match="percentage is not understood"):
        parse_user_value("pue", "10%")


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("fleet_utilisation", "50", "for 50 % write 50%"),  # not silently 1 (= 100 %)
        ("demand_growth", "25", "for 25 % write 25%"),  # not silently 200 %/yr
        ("fleet_utilisation", "150 %", "150 % is out of range"),
        ("pue", "9", "pue: 9 is out of range; allowed 1 to 3"),
    ],
)
def test_out_of_range_is_refused_with_the_range_never_clamped(key, text, expected):
    with pytest.raises(OutOfRangeError) as info:
        parse_user_value(key, text)
    message = str(info.value)
    assert expected in message and message.startswith(key)
    assert "\n" not in message


def test_share_range_is_also_given_in_percent():
    with pytest.raises(OutOfRangeError, match=r"allowed 0\.05 to 1 share \(5 % to 100 %\)"):
        parse_user_value("fleet_utilisation", "50")


def test_huge_numbers_are_short_in_messages():
    with pytest.raises(OutOfRangeError) as info:
        parse_user_value("queries_per_day", "1e30")
    assert "1e+30" in str(info.value)
    assert max(len(n) for n in re.findall(r"[0-9][0-9,.e+]*", str(info.value))) <= 12
    with pytest.raises(OutOfRangeError) as info:
        parse_user_value("queries_per_day", "9" * 500)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("text", ["abc", "１２", "١٢", "", "1..2.3", "nan", "inf", "10 %%"])
def test_not_a_number(text):
    with pytest.raises(NotANumberError, match="expected a number"):
        parse_user_value("pue", text)


def test_read_number_is_pure_and_keeps_the_percent_sign_apart():
    assert read_number("10 %") == (10.0, True)
    assert read_number("1,234") == (1234.0, False)
    assert read_number("1.234", "de") == (1234.0, False)
    value, _ = read_number("1e400")
    assert math.isinf(value)


def test_switches_and_choices_still_parse():
    assert parse_user_value("include_training", "ja").value is True
    assert parse_user_value("precision_bits", "8").value == 8
    assert parse_user_value("hardware", "h100").value == "h100"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_understands_a_percentage_for_a_share():
    import json

    pct = json.loads(_cli("run", "--json", "--set", "fleet_utilisation=60%").stdout)
    frac = json.loads(_cli("run", "--json", "--set", "fleet_utilisation=0.6").stdout)
    assert pct["per_query_wh"] == frac["per_query_wh"]


def test_cli_refuses_a_bare_percentage_out_of_range_with_exit_2():
    out = _cli("run", "--set", "fleet_utilisation=50")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "fleet_utilisation: 50 is out of range" in out.stderr and "50%" in out.stderr
