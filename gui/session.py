"""Where the window keeps its state: settings, recent files and the crash-recovery file.

The recovery file (``session.json``) holds the current scenario, the baseline, the file path and
whether there were unsaved changes; it is written atomically, debounced, on every change, and
read at start, so that after a crash (or a normal restart) the last state comes back.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from wattif.core import Scenario, WattIfError
from wattif.core.scenario import atomic_write_bytes, scenario_from_dict

log = logging.getLogger("wattif.gui")

MAX_RECENT = 8


def state_dir() -> Path:
    """Folder for settings, recovery file and log (``$WATTIF_STATE_DIR`` overrides)."""
    env = os.environ.get("WATTIF_STATE_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".wattif") / "WattIf"


def open_settings(folder: Path) -> QSettings:
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in value or []]


def add_recent(settings: QSettings, path: str) -> list[str]:
    files = [p for p in recent_files(settings) if p != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    settings.setValue("recentFiles", files)
    return files


def remove_recent(settings: QSettings, path: str) -> list[str]:
    files = [p for p in recent_files(settings) if p != path]
    settings.setValue("recentFiles", files)
    return files


@dataclass
class Session:
    """What the recovery file holds."""

    scenario: Scenario
    baseline: Scenario
    path: str | None
    modified: bool
    year: int | None = None


def write_session(folder: Path, session: Session) -> None:
    doc = {
        "format": "wattif-session",
        "version": 1,
        "scenario": session.scenario.to_dict(),
        "baseline": session.baseline.to_dict(),
        "path": session.path,
        "modified": session.modified,
        "year": session.year,
    }
    atomic_write_bytes(folder / "session.json", json.dumps(doc, indent=1).encode("utf-8"))


def read_session(folder: Path) -> Session | None:
    """The last session, or None when there is none or it cannot be used (logged)."""
    path = folder / "session.json"
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != "wattif-session":
            raise WattIfError("not a session file")
        return Session(
            scenario_from_dict(doc["scenario"], "recovered scenario"),
            scenario_from_dict(doc["baseline"], "recovered baseline"),
            doc.get("path"),
            bool(doc.get("modified")),
            doc.get("year"),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("ignoring the recovery file %s: %s", path, exc)
        return None
