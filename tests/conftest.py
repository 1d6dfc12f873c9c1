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
