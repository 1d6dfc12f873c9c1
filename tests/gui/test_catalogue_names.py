"""Catalogue names in the user's language (issue 12): "GPT-4o-class MoE (archetype)" was shown in
English in the German window; the ids that scenario files store stay as they are."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTranslator

from wattif.core import data, load_preset, load_scenario, save_scenario
from wattif.gui.core_text import catalogue_name

ENGLISH_WORDS = ("archetype", "class", "published", "per GPU", "socket", "laptop", "server")
"""Words in a catalogue name that are English prose, not part of a product's name."""

GERMAN = {
    "GPT-4o-class MoE (archetype)": "MoE der GPT-4o-Klasse (Archetyp)",
    "GPT-4-class frontier MoE (archetype)": "Frontier-MoE der GPT-4-Klasse (Archetyp)",
    "GPT-3 175B (published architecture)": "GPT-3 175B (veröffentlichte Architektur)",
    "NVIDIA GB200 NVL72 (per GPU)": "NVIDIA GB200 NVL72 (pro GPU)",
}


class _Marking(QTranslator):
    """Marks every text of the core's vocabulary (``core_text``), as a translation would."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"DE[{source}]" if context == "core_text" else None


@pytest.fixture
def marking(qapp):
    translator = _Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def shipped_names() -> list[str]:
    return [m.name for m in data.model_catalogue().values()] + [
        h.name for h in data.hardware_catalogue().values()
    ]


def test_every_shipped_name_with_english_words_is_translated(marking):
    prose = [n for n in shipped_names() if any(w in n for w in ENGLISH_WORDS)]
    assert "GPT-4o-class MoE (archetype)" in prose
    assert [n for n in prose if catalogue_name(n) != f"DE[{n}]"] == []
    # product names stay as they are
    assert catalogue_name("Llama 3.1 8B Instruct") == "Llama 3.1 8B Instruct"
    assert catalogue_name("NVIDIA H100 SXM 80 GB") == "NVIDIA H100 SXM 80 GB"
    # a user's own entry: its qualifier, its own words kept
    assert catalogue_name("My MoE (archetype)") == "DE[My MoE (archetype)]"
    assert catalogue_name("Own chip (per GPU)") == "DE[Own chip (per GPU)]"


def test_without_a_translation_names_stay_english():
    for name in shipped_names():
        assert catalogue_name(name) == name


def test_german_names(german):
    for english, german_name in GERMAN.items():
        assert catalogue_name(english) == german_name
    assert catalogue_name("My MoE (archetype)") == "My MoE (Archetyp)"


def test_ids_in_scenario_files_are_unchanged(tmp_path):
    scenario = load_preset("chatgpt_2025")
    assert scenario["model"] == "archetype/gpt4o-class-moe"
    path = tmp_path / "s.json"
    save_scenario(scenario, path)
    assert json.loads(path.read_text(encoding="utf-8"))["parameters"]["model"] == (
        "archetype/gpt4o-class-moe"
    )
    assert load_scenario(path)["model"] == "archetype/gpt4o-class-moe"


def test_the_window_shows_translated_names_and_stores_ids(make_window, marking):
    w = make_window(lang="de")
    w.load_preset("chatgpt_2025")
    combo = w.panel.rows["model"].combo
    i = combo.findData("archetype/gpt4o-class-moe")
    assert combo.itemText(i) == "DE[GPT-4o-class MoE (archetype)]"
    assert combo.currentIndex() == i
    assert "DE[GPT-4o-class MoE (archetype)]" in w.physics._cells["scenario"]["model"].text()
    hardware = w.panel.rows["hardware"].combo
    j = hardware.findData("gb200")
    assert hardware.itemText(j) == "DE[NVIDIA GB200 NVL72 (per GPU)]"
    combo.setCurrentIndex(combo.findData("archetype/gpt4-class-moe"))
    assert w.model.scenario["model"] == "archetype/gpt4-class-moe"
