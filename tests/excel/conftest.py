"""LibreOffice recalculation for the Excel export tests.

``recalc(paths)`` converts workbooks with LibreOffice headless (private profile that forces a
full recalculation on load, see stack-notes) in one soffice call and returns the recalculated
copies; results are cached for the session so parametrised tests share one conversion.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode"
 oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory) -> Path:
    prof = tmp_path_factory.mktemp("lo-profile")
    (prof / "user").mkdir()
    (prof / "user" / "registrymodifications.xcu").write_text(XCU, encoding="utf-8")
    return prof


@pytest.fixture(scope="session")
def _lo_cache() -> dict:
    return {}


def convert(
    soffice: str, profile: Path, paths: list[Path], outdir: Path, fmt: str = "xlsx"
) -> list[Path]:
    """Convert ``paths`` with LibreOffice into ``outdir``; assert that every output exists."""
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        *map(str, paths),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120 + 15 * len(paths))
    outs = [outdir / (Path(p).stem + "." + fmt) for p in paths]
    missing = [o for o in outs if not o.exists()]
    assert not missing, f"LibreOffice produced no {missing}: {proc.stdout} {proc.stderr}"
    return outs


@pytest.fixture
def recalc(soffice, lo_profile, _lo_cache, tmp_path_factory):
    """``recalc(paths) -> recalculated paths`` (one soffice call per distinct list, cached)."""

    def run(paths: list[Path]) -> list[Path]:
        key = tuple(str(p) for p in paths)
        if key not in _lo_cache:
            out = tmp_path_factory.mktemp("recalculated")
            _lo_cache[key] = convert(soffice, lo_profile, list(paths), out)
        return _lo_cache[key]

    return run


@pytest.fixture(scope="session")
def recalc_session(lo_profile, _lo_cache, tmp_path_factory):
    """:func:`recalc` for session fixtures (skips without LibreOffice, fails in CI)."""
    import shutil

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("LibreOffice (soffice) is required in CI but was not found")
        pytest.skip("LibreOffice not installed (install libreoffice-calc to run this test)")

    def run(paths: list[Path]) -> list[Path]:
        key = tuple(str(p) for p in paths)
        if key not in _lo_cache:
            out = tmp_path_factory.mktemp("recalculated")
            _lo_cache[key] = convert(soffice, lo_profile, list(paths), out)
        return _lo_cache[key]

    return run
