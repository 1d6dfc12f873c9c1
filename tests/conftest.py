"""Shared test setup: headless Qt before any QApplication exists; LibreOffice policy."""

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
