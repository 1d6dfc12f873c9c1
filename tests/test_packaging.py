"""The install layout: every subpackage and data file is in the wheel; the core never loads Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_core_imports_without_qt_or_gui(modules_loaded_by):
    code = "import wattif.core, wattif.core.cli, wattif.core.analyses"
    assert modules_loaded_by(code, "PySide6", "pyqtgraph", "shiboken6", "wattif.gui") == []


def test_core_source_has_no_qt_import():
    """Not even a lazy one: ``wattif-cli charts`` finds the app's chart writer through an entry
    point the GUI registers (``pyproject.toml``)."""
    for path in (ROOT / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in (
            "import PySide6",
            "from PySide6",
            "import pyqtgraph",
            "from pyqtgraph",
            "wattif.gui",
            "QT_QPA_PLATFORM",
        ):
            assert banned not in text, f"{path.name} mentions {banned}"


def test_every_subpackage_is_declared():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    declared = set(conf["packages"])
    mapping = conf["package-dir"]
    for pkg, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            name = ".".join([pkg, *rel.parts]) if rel.parts else pkg
            assert name in declared, f"{name} ({init.parent}) is missing from packages"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:  # no setuptools in the venv: build isolated
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("wattif-*.whl"))


def test_wheel_contains_all_packages_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in (
        "wattif/core/__init__.py",
        "wattif/core/model.py",
        "wattif/core/cli.py",
        "wattif/gui/__init__.py",
        "wattif/resources/__init__.py",
        "wattif/resources/data/parameters.toml",
        "wattif/resources/data/hardware.csv",
        "wattif/resources/data/sources.csv",
        "wattif/resources/data/calibration.csv",
        "wattif/resources/data/presets/chatgpt_2025.json",
    ):
        assert module in names, module
    for py in (ROOT / "core").glob("*.py"):
        assert f"wattif/core/{py.name}" in names, py.name
    for py in (ROOT / "gui").rglob("*.py"):
        assert f"wattif/gui/{py.relative_to(ROOT / 'gui').as_posix()}" in names, py.name
    for preset in (ROOT / "resources" / "data" / "presets").glob("*.json"):
        assert f"wattif/resources/data/presets/{preset.name}" in names
    assert not any(n.startswith(("tests/", "core/", "gui/")) for n in names)
