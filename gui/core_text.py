"""The core's texts in the user's language: export phases, error details and preset names.

The core speaks English and knows no translator (``docs/decisions.md``: no translated strings
in ``core/``). Its progress messages and error messages are a small, fixed vocabulary, so the
GUI recognises them here — by exact text or by pattern — and shows the translation; anything
not recognised is shown as it came, never dropped.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from wattif.core import DEFAULT_PRESET, Scenario, load_preset, preset_info

# ----------------------------------------------------------------------------- progress


def _phases() -> dict[str, str]:
    """Export phases as ``core.excel.export_workbook`` reports them -> the user's language
    (built at each call: the translator may be installed after import)."""
    return {
        "Evaluating the scenarios": QCoreApplication.translate(
            "core_text", "Evaluating the scenarios"
        ),
        "Laying out the workbook": QCoreApplication.translate(
            "core_text", "Laying out the workbook"
        ),
        "Writing the model formulas": QCoreApplication.translate(
            "core_text", "Writing the model formulas"
        ),
        "Writing results and charts": QCoreApplication.translate(
            "core_text", "Writing results and charts"
        ),
        "Uncertainty bands and tornado": QCoreApplication.translate(
            "core_text", "Uncertainty bands and tornado"
        ),
        "Compared scenarios": QCoreApplication.translate("core_text", "Compared scenarios"),
        "Writing sources and checks": QCoreApplication.translate(
            "core_text", "Writing sources and checks"
        ),
        "Compressing the workbook": QCoreApplication.translate(
            "core_text", "Compressing the workbook"
        ),
        "Done": QCoreApplication.translate("core_text", "Done"),
    }


_WRITING = re.compile(r"Writing (?P<name>.+)")


def progress_text(message: str) -> str:
    """An export progress message in the user's language (unknown ones as they are)."""
    known = _phases().get(message)
    if known is not None:
        return known
    m = _WRITING.fullmatch(message)
    if m:
        return QCoreApplication.translate("core_text", "Writing {0}").format(m.group("name"))
    return message


# ----------------------------------------------------------------------------- errors

_ERRORS: tuple[tuple[str, str], ...] = (
    (r"(.+): file not found", "{0}: file not found"),
    (r"(.+): cannot be read \((.+)\)", "{0}: cannot be read ({1})"),
    (r"(.+): is a folder, not a .+", "{0}: is a folder, not a file"),
    (r"(.+): is a folder; choose a file name", "{0}: is a folder; choose a file name"),
    (r"(.+): too large for a .+", "{0}: too large for a scenario file"),
    (r"(.+): not a text file .+", "{0}: not a text file (UTF-8 expected)"),
    (r"(.+): not valid JSON \((.+)\)", "{0}: not valid JSON ({1})"),
    (r"(.+): not a WattIf scenario.*", "{0}: not a WattIf scenario file"),
    (r"(.+): not a WattIf workspace.*", "{0}: not a WattIf workspace file"),
    (
        r"(.+): schema_version (.+) is not supported \(this WattIf reads version (\d+)\)",
        "{0}: file version {1} is not supported (this WattIf reads version {2})",
    ),
    (r"(.+): unknown field (.+?) \(allowed: .*\)", "{0}: unknown field {1}"),
    (
        r"(.+): the file is read-only; .+",
        "{0}: the file is read-only; it was not replaced (save under another name, or make "
        "it writable)",
    ),
    (r"(.+): the folder (.+) does not exist", "{0}: the folder {1} does not exist"),
    (r"(.+): no permission to write in (.+)", "{0}: no permission to write in {1}"),
    (
        r"(.+): could not be written \((.+)\); the previous file, if any, is unchanged",
        "{0}: could not be written ({1}); the previous file, if any, is unchanged",
    ),
    (r"(.+): cannot be written \((.+)\)", "{0}: cannot be written ({1})"),
    (
        r"(.+): (.+) is out of range; allowed (.+?)(?:; for .+)?",
        "{0}: {1} is outside the allowed range {2}",
    ),
    (
        r"(.+): (.+) is too near 0 to mean anything; use 0 or at least (.+)",
        "{0}: {1} is too near 0 to mean anything; use 0 or at least {2}",
    ),
    (r"(.+): expected a number, got (.+)", "{0}: expected a number, got {1}"),
    (r"(.+): expected true or false, got (.+)", "{0}: expected true or false, got {1}"),
    (r"unknown parameter (.+) \(see 'wattif-cli params'\)", "unknown parameter {0}"),
    (
        r"horizon_year \((.+)\) must not be before base_year \((.+)\)",
        "The horizon year ({0}) must not be before the base year ({1})",
    ),
)
"""(pattern of a core message, its template in English); the first pattern that matches the
whole message wins, so the specific ones come first."""


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """The compiled patterns, on the first message (compiling them at import was 7 ms of the
    start)."""
    return tuple((re.compile(pattern), template) for pattern, template in _ERRORS)


def _error_templates() -> dict[str, str]:
    """English template -> the user's language (literal calls, so that lupdate finds them)."""
    return {
        "{0}: file not found": QCoreApplication.translate("core_text", "{0}: file not found"),
        "{0}: cannot be read ({1})": QCoreApplication.translate(
            "core_text", "{0}: cannot be read ({1})"
        ),
        "{0}: is a folder, not a file": QCoreApplication.translate(
            "core_text", "{0}: is a folder, not a file"
        ),
        "{0}: is a folder; choose a file name": QCoreApplication.translate(
            "core_text", "{0}: is a folder; choose a file name"
        ),
        "{0}: too large for a scenario file": QCoreApplication.translate(
            "core_text", "{0}: too large for a scenario file"
        ),
        "{0}: not a text file (UTF-8 expected)": QCoreApplication.translate(
            "core_text", "{0}: not a text file (UTF-8 expected)"
        ),
        "{0}: not valid JSON ({1})": QCoreApplication.translate(
            "core_text", "{0}: not valid JSON ({1})"
        ),
        "{0}: not a WattIf scenario file": QCoreApplication.translate(
            "core_text", "{0}: not a WattIf scenario file"
        ),
        "{0}: not a WattIf workspace file": QCoreApplication.translate(
            "core_text", "{0}: not a WattIf workspace file"
        ),
        "{0}: file version {1} is not supported (this WattIf reads version {2})": (
            QCoreApplication.translate(
                "core_text",
                "{0}: file version {1} is not supported (this WattIf reads version {2})",
            )
        ),
        "{0}: unknown field {1}": QCoreApplication.translate("core_text", "{0}: unknown field {1}"),
        "{0}: the file is read-only; it was not replaced (save under another name, or make "
        "it writable)": QCoreApplication.translate(
            "core_text",
            "{0}: the file is read-only; it was not replaced (save under another name, or make "
            "it writable)",
        ),
        "{0}: the folder {1} does not exist": QCoreApplication.translate(
            "core_text", "{0}: the folder {1} does not exist"
        ),
        "{0}: no permission to write in {1}": QCoreApplication.translate(
            "core_text", "{0}: no permission to write in {1}"
        ),
        "{0}: could not be written ({1}); the previous file, if any, is unchanged": (
            QCoreApplication.translate(
                "core_text",
                "{0}: could not be written ({1}); the previous file, if any, is unchanged",
            )
        ),
        "{0}: cannot be written ({1})": QCoreApplication.translate(
            "core_text", "{0}: cannot be written ({1})"
        ),
        "{0}: {1} is outside the allowed range {2}": QCoreApplication.translate(
            "core_text", "{0}: {1} is outside the allowed range {2}"
        ),
        "{0}: {1} is too near 0 to mean anything; use 0 or at least {2}": (
            QCoreApplication.translate(
                "core_text", "{0}: {1} is too near 0 to mean anything; use 0 or at least {2}"
            )
        ),
        "{0}: expected a number, got {1}": QCoreApplication.translate(
            "core_text", "{0}: expected a number, got {1}"
        ),
        "{0}: expected true or false, got {1}": QCoreApplication.translate(
            "core_text", "{0}: expected true or false, got {1}"
        ),
        "unknown parameter {0}": QCoreApplication.translate("core_text", "unknown parameter {0}"),
        "The horizon year ({0}) must not be before the base year ({1})": QCoreApplication.translate(
            "core_text", "The horizon year ({0}) must not be before the base year ({1})"
        ),
    }


def error_text(message: str) -> str:
    """A core error message in the user's language where it is one the GUI knows; without a
    translation (English) the core's own words stay, exactly."""
    for pattern, template in _patterns():
        m = pattern.fullmatch(message)
        if m:
            translated = _error_templates().get(template, template)
            if translated == template:
                return message
            # the range's own words ("1 to 3"): the word between its ends too
            between = QCoreApplication.translate("core_text", " to ")
            groups = [g.replace(" to ", between) if g else g for g in m.groups()]
            return translated.format(*groups)
    return message


# ----------------------------------------------------------------------------- presets


def preset_title(name: str, lang: str) -> str | None:
    """The shipped preset's title in ``lang`` (None for an unknown name)."""
    for info in preset_info():
        if info["name"] == name:
            return info["title_de"] if lang == "de" else info["title"]
    return None


def localised_preset(name: str = DEFAULT_PRESET, lang: str = "en") -> Scenario:
    """A shipped preset named in the user's language (the name travels into files and
    workbooks, so a German user's new scenario is called in German)."""
    scenario = load_preset(name)
    title = preset_title(name, lang)
    return scenario.replace(name=title) if title and title != scenario.name else scenario


# ----------------------------------------------------------------------------- catalogue names


def _catalogue_names() -> dict[str, str]:
    """Names of the shipped catalogues (``resources/data/models.csv``, ``hardware.csv``) with
    English words beyond a product's own name -> the user's language. Only the shown name is
    translated: ids (``archetype/gpt4o-class-moe``) stay as they are in scenario files."""
    return {
        "GPT-4-class frontier MoE (archetype)": QCoreApplication.translate(
            "core_text", "GPT-4-class frontier MoE (archetype)"
        ),
        "GPT-4o-class MoE (archetype)": QCoreApplication.translate(
            "core_text", "GPT-4o-class MoE (archetype)"
        ),
        "GPT-3 175B (published architecture)": QCoreApplication.translate(
            "core_text", "GPT-3 175B (published architecture)"
        ),
        "NVIDIA GB200 NVL72 (per GPU)": QCoreApplication.translate(
            "core_text", "NVIDIA GB200 NVL72 (per GPU)"
        ),
        "2-socket server CPU (2 x Xeon Platinum 8480+)": QCoreApplication.translate(
            "core_text", "2-socket server CPU (2 x Xeon Platinum 8480+)"
        ),
        "AI PC laptop NPU (Snapdragon X Elite class)": QCoreApplication.translate(
            "core_text", "AI PC laptop NPU (Snapdragon X Elite class)"
        ),
    }


_QUALIFIERS = (
    (re.compile(r"(.+) \(archetype\)"), "{0} (archetype)"),
    (re.compile(r"(.+) \(published architecture\)"), "{0} (published architecture)"),
    (re.compile(r"(.+) \(per GPU\)"), "{0} (per GPU)"),
)
"""Qualifiers a user's own catalogue entry may carry, as the shipped ones do."""


def _qualifier_templates() -> dict[str, str]:
    return {
        "{0} (archetype)": QCoreApplication.translate("core_text", "{0} (archetype)"),
        "{0} (published architecture)": QCoreApplication.translate(
            "core_text", "{0} (published architecture)"
        ),
        "{0} (per GPU)": QCoreApplication.translate("core_text", "{0} (per GPU)"),
    }


def catalogue_name(name: str) -> str:
    """A model's or an accelerator's catalogue name in the user's language: a shipped name as a
    whole ("GPT-4o-class MoE (archetype)" -> "MoE der GPT-4o-Klasse (Archetyp)"), a user's own
    entry by its qualifier ("My MoE (archetype)" -> "My MoE (Archetyp)"); product names as
    they are."""
    known = _catalogue_names().get(name)
    if known is not None:
        return known
    for pattern, template in _QUALIFIERS:
        m = pattern.fullmatch(name)
        if m:
            return _qualifier_templates()[template].format(m.group(1))
    return name
