"""WattIf core: the energy model of AI, pure Python + numpy (never Qt).

Public interface::

    from wattif.core import Scenario, evaluate, load_preset, load_scenario
    results = evaluate(load_preset("chatgpt_2025"))
"""

from .errors import ParameterError, ScenarioFileError, WattIfError
from .model import COMPONENT_LABELS, COMPONENTS, Results, evaluate
from .scenario import (
    DEFAULT_PRESET,
    Scenario,
    load_preset,
    load_scenario,
    preset_info,
    save_scenario,
    scenario_from_json,
)

__version__ = "0.1.0"
MODEL_VERSION = "2"
"""Version of the model's formulas; bumped whenever a formula changes results."""

__all__ = [
    "COMPONENTS",
    "COMPONENT_LABELS",
    "DEFAULT_PRESET",
    "MODEL_VERSION",
    "ParameterError",
    "Results",
    "Scenario",
    "ScenarioFileError",
    "WattIfError",
    "__version__",
    "evaluate",
    "load_preset",
    "load_scenario",
    "preset_info",
    "save_scenario",
    "scenario_from_json",
]
