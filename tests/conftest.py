"""Shared test setup: headless Qt before any QApplication exists; LibreOffice policy."""

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore new examples on a developer's machine; in CI they replay a fixed set so
# that a run is reproducible (a counterexample found locally is then fixed, not left to chance).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI", "").lower() == "true":
    _hypothesis_settings.load_profile("ci")
# Keep tests away from the user's real settings and catalogue additions.
os.environ.setdefault("WATTIF_USER_DIR", os.path.join(os.path.dirname(__file__), ".no-user-dir"))


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def soffice():
    """Path to LibreOffice. Skips on a developer machine without it; fails in CI (CI=true)."""
    path = soffice_path()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("LibreOffice (soffice) is required in CI but was not found")
        pytest.skip("LibreOffice not installed (install libreoffice-calc to run this test)")
    return path


@pytest.fixture
def disk_full(monkeypatch):
    """Every write through ``os.fdopen`` (the atomic writer's temp file) fails with ENOSPC."""
    import errno

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))


@pytest.fixture
def modules_loaded_by():
    """``modules_loaded_by(code, *roots)``: run ``code`` in a fresh interpreter and list the
    loaded modules named ``root`` or ``root.*`` (start-up and layering guards)."""
    return _modules_loaded_by


def _modules_loaded_by(code: str, *roots: str, timeout: float = 120) -> list[str]:
    import json
    import subprocess
    import sys

    probe = (
        f"{code}\nimport json as _j, sys as _s\n"
        f"print(_j.dumps(sorted(m for m in _s.modules if any(m == r or m.startswith(r + '.') "
        f"for r in {list(roots)!r}))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=timeout
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])
