"""Numbers a client can defend (issue 8): sourced defaults and measures at published strengths.

- Every numeric parameter cites at least one source that is neither a seed article (the
  occasion for the product, not evidence) nor ``wattif-assumption``, or it is on the short list of
  stated assumptions in docs/methodology.md ("Stated assumptions"), which gives the reasoning.
- The four efficiency measures of the default scenario (right-size, lower precision, serving,
  modernise) cut the horizon year's energy per query by published amounts: Oviedo et al. 2025
  (``oviedo-2025``) find individual median reductions of 1.5-3.5x and 8-20x combined.

The expected ranges are the published ones; nothing here is a number the model produced.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wattif.core import data, evaluate, load_preset, params

SEEDS = {"seed-teltow", "seed-boltwise"}
ASSUMPTION = "wattif-assumption"
METHODOLOGY = Path(__file__).resolve().parents[2] / "docs" / "methodology.md"
FOUR = ("right_size", "quantise", "serving", "modernise")
BASE = load_preset("chatgpt_2025")


def numeric() -> list[params.Parameter]:
    return [p for p in params.registry().values() if p.kind in ("float", "int")]


def primary_sources(p: params.Parameter) -> set[str]:
    return set(p.source) - SEEDS - {ASSUMPTION}


def stated_assumptions() -> dict[str, str]:
    """Key -> reasoning, from the table of the methodology's "Stated assumptions" section."""
    text = METHODOLOGY.read_text(encoding="utf-8")
    m = re.search(r"^### Stated assumptions\n(.*?)(?=^#{2,3} )", text, re.M | re.S)
    assert m, "docs/methodology.md has no '### Stated assumptions' section"
    rows = re.findall(r"^\| `([a-z0-9_]+)` \|(.*)\|\s*$", m.group(1), re.M)
    return {key: rest.strip() for key, rest in rows}


# ------------------------------------------------------------------------------------ sources


def test_every_numeric_parameter_has_a_primary_source_or_is_a_stated_assumption():
    listed = stated_assumptions()
    unsourced = [p.key for p in numeric() if not primary_sources(p) and p.key not in listed]
    assert not unsourced, f"cite a primary source or state the assumption: {unsourced}"


def test_stated_assumptions_are_few_reasoned_and_labelled():
    listed = stated_assumptions()
    keys = {p.key: p for p in numeric()}
    assert len(listed) <= 0.10 * len(keys), (len(listed), len(keys))
    for key, reasoning in listed.items():
        assert key in keys, f"{key} is not a numeric parameter"
        p = keys[key]
        assert not primary_sources(p), f"{key} has a source: take it off the list"
        assert ASSUMPTION in p.source, key
        assert len(reasoning) > 80, f"{key}: give the reasoning in the table"
        assert "stated assumption" in p.help_en.lower(), key
        assert "annahme" in p.help_de.lower(), key


def test_cited_sources_state_the_figure_used():
    table = data.sources()
    for p in numeric():
        for sid in primary_sources(p):
            row = table[sid]
            for col in ("citation", "url_or_location", "notes"):
                assert row[col].strip(), (p.key, sid, col)
            assert re.search(r"\d", row["notes"]), f"{sid}: notes must state the figure"


def test_sourced_defaults_sit_inside_their_ranges():
    for p in numeric():
        if p.low is not None and p.high is not None and p.low < p.high:
            assert p.low <= p.default <= p.high, p.key


# ----------------------------------------------------------------------------------- measures


def horizon_wh(sc) -> float:
    return float(evaluate(sc).per_query_total_wh[-1])


def reduction(**on) -> float:
    """Horizon-year energy per query without / with the given measures switched on."""
    off = BASE.replace({f"m_{m}_on": False for m in FOUR})
    return horizon_wh(off) / horizon_wh(off.replace(on))


@pytest.mark.parametrize("measure", FOUR)
def test_each_measure_alone_at_a_published_strength(measure):
    """oviedo-2025: individual median reductions of 1.5-3.5x; the issue's check is 1.3-3.5x."""
    assert 1.3 <= reduction(**{f"m_{measure}_on": True}) <= 3.5


def test_lower_precision_quantises_the_kv_cache_too():
    """FP8 -> FP4 weights alone give about 1.25x on the default FP8 fleet (the measured runs say
    4 bit buys fewer bytes, no faster math, docs/calibration.md); with the KV cache quantised
    to FP8 as serving engines do (vllm-fp8-kv, trt-llm-fp8-kv) the measure reaches ~1.4x. On a
    BF16 fleet the same measure gives about 2x."""
    weights_only = reduction(m_quantise_on=True, m_quantise_kv_bits=16)
    with_kv = reduction(m_quantise_on=True)
    assert 1.2 <= weights_only < with_kv <= 3.5
    bf16 = BASE.replace(precision_bits=16)
    off = bf16.replace({f"m_{m}_on": False for m in FOUR})
    assert 1.5 <= horizon_wh(off) / horizon_wh(off.replace(m_quantise_on=True)) <= 3.5


def test_the_four_together_within_the_published_combined_range():
    """oviedo-2025: 8-20x combined; the issue's check is 8-16x at the defaults."""
    assert 8.0 <= reduction(**{f"m_{m}_on": True for m in FOUR}) <= 16.0


def test_favourable_ends_of_every_setting_stay_within_the_published_maximum():
    """The ranges are not inflated: with every measure setting at its favourable end the four
    together stay below the top of the published combined range (20x)."""
    reg = params.registry()
    favourable = {
        "m_right_size_share": reg["m_right_size_share"].high,
        "m_right_size_active_params_b": reg["m_right_size_active_params_b"].low,
        "m_right_size_total_params_b": reg["m_right_size_total_params_b"].low,
        "m_right_size_kv_cache_kb_per_token": reg["m_right_size_kv_cache_kb_per_token"].low,
        "m_serving_batch_factor": reg["m_serving_batch_factor"].high,
        "m_serving_spec_tokens": reg["m_serving_spec_tokens"].high,
        "m_serving_prompt_cache": reg["m_serving_prompt_cache"].high,
        "m_serving_response_cache": reg["m_serving_response_cache"].high,
        "m_modernise_pue": reg["m_modernise_pue"].low,
    }
    off = BASE.replace(favourable, **{f"m_{m}_on": False for m in FOUR})
    both = off.replace({f"m_{m}_on": True for m in FOUR})
    assert horizon_wh(off) / horizon_wh(both) <= 20.0


def test_measure_settings_cite_evidence_beyond_the_seeds():
    for p in params.registry().values():
        if p.measure in FOUR and p.kind in ("float", "int"):
            assert primary_sources(p), p.key


def test_drift_and_measures_do_not_count_the_same_gain():
    """The yearly drift scales every serving variant alike, so a measure's saving is the same
    with and without drift: the two are separate factors (docs/methodology.md §7)."""
    on = {f"m_{m}_on": True for m in FOUR}
    ratios = []
    for drift in (0.0, 0.1, 0.3):
        sc = BASE.replace(efficiency_drift=drift)
        ratios.append(horizon_wh(sc) / horizon_wh(sc.replace(on)))
    assert ratios == pytest.approx([ratios[0]] * 3, rel=1e-9)


# ------------------------------------------------------------------------------------ rebound


def test_rebound_range_covers_the_measured_elasticity():
    """demirer-2025: short-run price elasticity of LLM token demand about 1.11 (an upper bound
    for total demand, since it includes switching between providers)."""
    p = params.get("rebound_elasticity")
    assert primary_sources(p)
    assert p.low <= 0.0 and p.high >= 1.11
    on = {f"m_{m}_on": True for m in FOUR}
    off = float(evaluate(BASE).energy_total_kwh[-1])
    at = {
        e: float(evaluate(BASE.replace(on, rebound_elasticity=e)).energy_total_kwh[-1])
        for e in (0.0, 0.5, p.high)
    }
    assert at[0.0] < at[0.5] < off < at[p.high]  # savings eaten, and backfire above 1
