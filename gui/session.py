"""Where the window keeps its state: settings, recent files and the crash-recovery files.

Each running WattIf (each process) takes its own recovery *slot* in the state folder: slot 1 is
``session.json``, slot *n* ``session-n.json``, each held by a lock file (``session.lock``,
``session-n.lock``) while the process runs. The slot's file holds the current scenario, the
baseline, the file path, whether there were unsaved changes and whether the window closed
normally (``clean``: a restored session that is not clean came through a crash, and the window
says so); it is written atomically,
debounced, on every change, and read at start, so that after a crash (or a normal restart) the
last state comes back — and two windows never overwrite each other's unsaved work. The unsaved
work of slots whose process is gone is offered at the next start (:func:`orphaned_sessions`).

Whatever the app finds in its state folder, it starts: a broken settings value is reset, a
broken recovery file or log is renamed aside (``NAME.bad-YYYYMMDD-HHMMSS``), an unusable
state folder is replaced by a temporary one, and each such case is noted for the start-up
notice (:func:`take_notices`).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QLockFile, QSettings, QStandardPaths

from wattif.core import Scenario, WattIfError
from wattif.core.errors import one_line, quote, show_path
from wattif.core.fileio import atomic_write_bytes, read_json_file, set_aside
from wattif.core.scenario import scenario_from_dict
from wattif.core.workspace import Workspace, workspace_from_dict

log = logging.getLogger("wattif.gui")

MAX_RECENT = 8
MAX_SLOTS = 32
"""Recovery slots, i.e. WattIf windows running at once that each keep their own recovery file."""
MAX_SESSION_BYTES = 4_000_000
MAX_SETTINGS_BYTES = 1_000_000


# ----------------------------------------------------------------------------- notices

_notices: list[str] = []


def note(message: str) -> None:
    """Remember a problem found in the state or user folders for the start-up notice (which
    also logs it); each message is one line."""
    message = one_line(message)
    if message not in _notices:
        _notices.append(message)


def take_notices() -> list[str]:
    """The problems noted so far (and forget them)."""
    out = list(_notices)
    _notices.clear()
    return out


def _kept(path: Path, why: str) -> None:
    """Rename a broken file aside and note it (or note that it could not be renamed)."""
    moved = set_aside(path)
    if moved is not None:
        note(
            QCoreApplication.translate(
                "session", "{0}: could not be used ({1}); it was kept as {2}"
            ).format(show_path(path), why, moved.name)
        )
    else:
        note(
            QCoreApplication.translate(
                "session", "{0}: could not be used ({1}); it was left as it is"
            ).format(show_path(path), why)
        )


# ----------------------------------------------------------------------------- folder


def state_dir() -> Path:
    """Folder for settings, recovery file and log (``$WATTIF_STATE_DIR`` overrides)."""
    env = os.environ.get("WATTIF_STATE_DIR")
    if env and env.strip():
        return Path(env).expanduser()
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".wattif") / "WattIf"


def prepare_state_dir(folder: Path) -> Path:
    """``folder`` created and writable; else (noted) a fresh temporary folder for this run.

    A file where the folder should be is renamed aside first.
    """
    try:
        if os.path.lexists(folder) and not folder.is_dir():
            _kept(
                folder,
                QCoreApplication.translate("session", "a file where the state folder should be"),
            )
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".wattif-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
        return folder
    except OSError as exc:
        why = exc.strerror or str(exc)
    fallback = Path(tempfile.mkdtemp(prefix="wattif-state-"))
    note(
        QCoreApplication.translate(
            "session",
            "{0}: the state folder cannot be created or written ({1}); settings and recovery "
            "are kept in {2} for this session only",
        ).format(show_path(folder), why, fallback)
    )
    return fallback


# ----------------------------------------------------------------------------- settings


def _is_bytes(v: Any) -> bool:
    return isinstance(v, QByteArray | bytes)


def _is_text_or_texts(v: Any) -> bool:
    return isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))


SETTINGS_CHECKS: dict[str, Any] = {
    "geometry": _is_bytes,
    "windowState": _is_bytes,
    "language": lambda v: v in ("system", "en", "de"),
    "recentFiles": _is_text_or_texts,
    "expandedGroups": _is_text_or_texts,
    "contextLines": lambda v: v in ("true", "false"),
    "physicsExpanded": lambda v: v in ("auto", "true", "false"),
}
"""What each setting the window reads at start may hold; anything else is reset (a value
that does not fit would stop the window from starting). Views that add settings add a check."""


def open_settings(folder: Path) -> QSettings:
    """``settings.ini`` of ``folder``, with every value the window reads checked.

    A settings file that is not a regular file, too large or unreadable is renamed aside; a
    value of the wrong kind (``geometry=5``) is removed after the file was copied aside.
    Calling this again finds nothing left to fix.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("state folder %s: %s", folder, exc)
    path = folder / "settings.ini"
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and (not stat.S_ISREG(st.st_mode) or st.st_size > MAX_SETTINGS_BYTES):
        _kept(
            path, QCoreApplication.translate("session", "not a regular settings file, or too large")
        )
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() == QSettings.Status.FormatError:
        del settings
        _kept(path, QCoreApplication.translate("session", "not a settings file WattIf can read"))
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    bad = []
    for key, ok in SETTINGS_CHECKS.items():
        if settings.contains(key):
            value = settings.value(key)
            try:
                good = bool(ok(value))
            except Exception:  # a value of an unexpected type: not usable either
                good = False
            if not good:
                bad.append((key, value))
    if bad:
        copy = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            shutil.copyfile(path, copy)
            kept = QCoreApplication.translate("session", "; the old file was kept as {0}").format(
                copy.name
            )
        except OSError:
            kept = ""
        for key, value in bad:
            settings.remove(key)
            note(
                QCoreApplication.translate(
                    "session", "{0}: the setting {1} = {2} was not usable and was reset{3}"
                ).format(show_path(path), key, quote(_plain(value), 40), kept)
            )
        settings.sync()
    return settings


def _plain(value: Any) -> Any:
    return bytes(value.data()) if isinstance(value, QByteArray) else value


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if isinstance(v, str) and v][:MAX_RECENT]


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


# ----------------------------------------------------------------------------- recovery slots


@dataclass
class Session:
    """What the recovery file holds."""

    scenario: Scenario
    baseline: Scenario
    path: str | None
    modified: bool
    year: int | None = None
    workspace: Workspace | None = None
    """The named scenarios, when there are any (the current one as ``scenario`` holds it)."""
    clean: bool = True
    """Written when the window closed normally; False while it runs (so a False read at start
    means the last run ended unexpectedly: a crash, a kill, a power cut)."""
    saved_at: float | None = None
    """When the file was last written [s since the epoch] (set by :func:`read_session`)."""


_slots: dict[str, tuple[int, QLockFile | None]] = {}


def _slot_path(folder: Path, n: int, suffix: str = "json") -> Path:
    return folder / (f"session.{suffix}" if n == 1 else f"session-{n}.{suffix}")


def _key(folder: Path) -> str:
    return os.path.abspath(folder)


def claim_slot(folder: Path) -> int | None:
    """The recovery slot of this process in ``folder`` (taken at the first call and held while
    the process runs); None when every slot is held by another running WattIf."""
    key = _key(folder)
    if key in _slots:
        return _slots[key][0]
    for n in range(1, MAX_SLOTS + 1):
        lock = QLockFile(str(_slot_path(folder, n, "lock")))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            _slots[key] = (n, lock)
            return n
        if lock.error() != QLockFile.LockError.LockFailedError:  # cannot lock at all
            note(
                QCoreApplication.translate(
                    "session", "{0}: cannot be created; this window keeps no recovery file"
                ).format(show_path(_slot_path(folder, n, "lock")))
            )
            break
    else:
        note(
            QCoreApplication.translate(
                "session", "Too many WattIf windows are open; this one keeps no recovery file"
            )
        )
    _slots[key] = (None, None)  # type: ignore[assignment]
    return None


def recovery_path(folder: Path) -> Path | None:
    """This process's recovery file in ``folder``."""
    n = claim_slot(folder)
    return None if n is None else _slot_path(folder, n)


def session_to_dict(session: Session) -> dict[str, Any]:
    return {
        "format": "wattif-session",
        "version": 1,
        "scenario": session.scenario.to_dict(),
        "baseline": session.baseline.to_dict(),
        "path": session.path,
        "modified": session.modified,
        "year": session.year,
        "clean": session.clean,
    } | ({"workspace": session.workspace.to_dict()} if session.workspace is not None else {})


def write_session(folder: Path, session: Session) -> None:
    """Write this process's recovery file (atomic); raises :class:`WattIfError` on failure."""
    path = recovery_path(folder)
    if path is None:
        return
    payload = json.dumps(session_to_dict(session), indent=1).encode("utf-8")
    atomic_write_bytes(path, payload)


def parse_session(path: Path) -> Session:
    """A recovery file read with limits and checked throughout; raises :class:`WattIfError`."""
    doc = read_json_file(path, MAX_SESSION_BYTES, "recovery file")
    if not isinstance(doc, dict) or doc.get("format") != "wattif-session":
        raise WattIfError("not a WattIf recovery file")
    if type(doc.get("version")) is not int or doc["version"] != 1:
        raise WattIfError(f"version {quote(doc.get('version'))} is not supported")
    scenario = scenario_from_dict(doc.get("scenario"), "scenario")
    baseline = scenario_from_dict(doc.get("baseline"), "baseline")
    file = doc.get("path")
    if file is not None and (
        not isinstance(file, str) or not file or len(file) > 4096 or "\x00" in file
    ):
        raise WattIfError(f"the file name {quote(file)} is not usable")
    modified = doc.get("modified", False)
    if not isinstance(modified, bool):
        raise WattIfError('"modified" must be true or false')
    year = doc.get("year")
    if year is not None and (type(year) is not int or not 1900 <= year <= 2200):
        raise WattIfError(f"the year {quote(year)} is not usable")
    workspace = doc.get("workspace")
    if workspace is not None:
        workspace = workspace_from_dict(workspace, "workspace")
    clean = doc.get("clean", True)  # files of earlier versions: no claim of a crash
    if not isinstance(clean, bool):
        raise WattIfError('"clean" must be true or false')
    return Session(scenario, baseline, file, modified, year, workspace, clean)


def read_session(folder: Path) -> Session | None:
    """This process's last session, or None when there is none or it cannot be used (then the
    file is renamed aside and noted)."""
    path = recovery_path(folder)
    if path is None or not os.path.lexists(path):
        return None
    try:
        session = parse_session(path)
        try:
            session.saved_at = os.path.getmtime(path)
        except OSError:
            pass
        return session
    except WattIfError as exc:
        _kept(path, str(exc).removeprefix(f"{show_path(path)}: "))
    except Exception as exc:  # whatever it is, the window must start  # noqa: BLE001
        log.exception("recovery file %s", path)
        _kept(path, f"{type(exc).__name__}")
    return None


@dataclass
class Orphan:
    """Unsaved work in the recovery slot of a WattIf that is no longer running."""

    path: Path
    session: Session
    changed: float  # time of the last change [s since the epoch]


def orphaned_sessions(folder: Path) -> list[Orphan]:
    """Recovery files of other slots whose process has ended with unsaved changes, newest
    first (broken ones are renamed aside and noted)."""
    own = recovery_path(folder)
    out = []
    for n in range(1, MAX_SLOTS + 1):
        path = _slot_path(folder, n)
        if path == own or not os.path.lexists(path):
            continue
        lock = QLockFile(str(_slot_path(folder, n, "lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another WattIf is running with this slot
        try:
            try:
                session = parse_session(path)
            except Exception as exc:  # noqa: BLE001 - noted, never fatal
                _kept(path, one_line(str(exc)).removeprefix(f"{show_path(path)}: "))
                continue
            if session.modified:
                out.append(Orphan(path, session, os.path.getmtime(path)))
        finally:
            lock.unlock()
    return sorted(out, key=lambda o: -o.changed)


def adopt_session(folder: Path, orphan: Orphan) -> None:
    """Make an orphaned recovery file this process's own (it is then restored at start); this
    process's previous file goes to the orphan's slot, so nothing is lost."""
    own = recovery_path(folder)
    if own is None:
        raise WattIfError("no recovery slot")
    try:
        if os.path.lexists(own):
            swap = own.with_name(own.name + ".swap")
            os.replace(own, swap)
            os.replace(orphan.path, own)
            os.replace(swap, orphan.path)
        else:
            os.replace(orphan.path, own)
    except OSError as exc:
        raise WattIfError(
            f"{show_path(orphan.path)}: cannot be taken over ({exc.strerror})"
        ) from None


def discard_session(orphan: Orphan) -> None:
    """Remove an orphaned recovery file the user chose to discard."""
    try:
        os.unlink(orphan.path)
    except OSError as exc:
        log.warning("could not remove %s: %s", orphan.path, exc)
