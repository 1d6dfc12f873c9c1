"""``wattif-cli charts``: every chart of a scenario written to a folder by offscreen Qt, as a
report build script runs it; bad input exits 2 with one line, before Qt is even loaded."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from wattif.core.cli import main

CHART_FILES = ("energy", "per-query", "published", "fleet", "environment", "savings", "tornado")
SVG_NS = "{http://www.w3.org/2000/svg}"


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the CLI picks it
    return subprocess.run(
        [sys.executable, "-m", "wattif.core.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def png_size_and_dpi(raw: bytes) -> tuple[int, int, int]:
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", raw[16:24])
    at = raw.index(b"pHYs")
    ppm = struct.unpack(">I", raw[at + 4 : at + 8])[0]
    return width, height, round(ppm * 0.0254)


def test_png_of_every_chart_at_the_size_asked(tmp_path):
    out = cli("charts", "--size", "800x450", "--dpi", "120", "-o", str(tmp_path / "report"))
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""  # no Qt chatter on a clean run
    for stem in CHART_FILES:
        path = tmp_path / "report" / f"{stem}.png"
        assert f"Wrote {path}" in out.stdout
        assert png_size_and_dpi(path.read_bytes()) == (800, 450, 120)
    assert len(list((tmp_path / "report").iterdir())) == len(CHART_FILES)


def test_svg_of_every_chart_in_german_from_a_scenario_file(tmp_path):
    scenario = tmp_path / "s.json"
    assert main(["run", "--json"]) == 0  # the CLI works before: nothing left over
    from wattif.core import load_preset, save_scenario

    save_scenario(load_preset().replace({"demand_growth": 0.3}), scenario)
    out = cli("charts", "--scenario", str(scenario), "--format", "svg", "--lang", "de", "-o",
              str(tmp_path))  # fmt: skip
    assert out.returncode == 0, out.stderr
    for stem in CHART_FILES:
        root = ET.parse(tmp_path / f"{stem}.svg").getroot()
        assert root.tag == f"{SVG_NS}svg"
        texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))
        assert texts.strip(), stem
    energy = ET.parse(tmp_path / "energy.svg").getroot()
    assert "Energie pro Jahr" in " ".join(energy.itertext())


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--format", "jpg"], "invalid choice"),
        (["--size", "1920"], "WIDTHxHEIGHT"),
        (["--size", "10x10"], "outside"),
        (["--size", "99999x99999"], "outside"),
        (["--dpi", "0"], "dpi"),
        (["--size", "300x300", "--dpi", "2000"], "lower dpi"),
        (["--preset", "no-such-preset"], "no-such-preset"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, args, says):
    assert main(["charts", *args, "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and "\n" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_unusable_folder_exits_2_naming_it(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    for folder, says in ((blocker, "is a file"), (blocker / "sub", "cannot be created")):
        assert main(["charts", "-o", str(folder)]) == 2
        err = capsys.readouterr().err.strip()
        assert str(folder) in err and says in err and "\n" not in err


def test_bad_input_is_refused_before_qt_loads(modules_loaded_by, tmp_path):
    code = (
        "from wattif.core.cli import main\n"
        f"assert main(['charts', '--size', '5x5', '-o', {str(tmp_path)!r}]) == 2\n"
    )
    assert modules_loaded_by(code, "PySide6", "wattif.gui") == []
