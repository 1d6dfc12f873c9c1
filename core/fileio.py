"""Reading and writing the user's files safely: bounded reads, strict JSON, atomic writes.

Every file WattIf reads may be hostile or broken (a device, a pipe, a 2 GB file, JSON nested
5,000 deep, a number with 400 digits); every file it writes may already exist with
permissions, a symlink or a colleague's group. These helpers turn each such case into one
:class:`~wattif.core.errors.WattIfError` line naming the file, never a traceback, a hang or a
silently changed file.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import secrets
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import WattIfError, quote, show_path

MAX_JSON_DEPTH = 32
"""Deepest nesting a WattIf JSON file may have (a workspace needs 4)."""
MAX_NUMBER_CHARS = 100
"""Longest number literal read from a file; anything longer is not a plausible input."""
STALE_TEMP_S = 3600.0
"""A temp file of an interrupted save is removed once this old (or when its process is gone)."""

_SURROGATE = re.compile("[\ud800-\udfff]")


# ----------------------------------------------------------------------------- reading


def read_limited(
    path: str | os.PathLike,
    max_bytes: int,
    what: str = "file",
    error: type[WattIfError] = WattIfError,
) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, read without blocking or hoarding.

    Folders, devices (``/dev/zero``), pipes and sockets are refused before they are opened for
    reading (a FIFO would block, a device never end); a file larger than ``max_bytes`` is
    refused without reading it. Problems raise ``error`` naming the file and ``what`` it
    should have been.
    """
    p = Path(path)
    shown = show_path(p)
    try:
        st = os.stat(p)
    except (FileNotFoundError, NotADirectoryError):
        raise error(f"{shown}: file not found") from None
    except OSError as exc:
        raise error(f"{shown}: cannot be read ({_reason(exc)})") from None
    _check_readable_kind(st, shown, what, max_bytes, error)
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_BINARY", "O_CLOEXEC"):
        flags |= getattr(os, name, 0)
    try:
        fd = os.open(p, flags)
    except OSError as exc:
        raise error(f"{shown}: cannot be read ({_reason(exc)})") from None
    try:
        # the file may have been swapped for a pipe or device since the stat above
        _check_readable_kind(os.fstat(fd), shown, what, max_bytes, error)
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise error(f"{shown}: cannot be read ({_reason(exc)})") from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise error(f"{shown}: too large for a {what} (more than {max_bytes:,} bytes)")
    return b"".join(chunks)


def _check_readable_kind(st, shown: str, what: str, max_bytes: int, error) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise error(f"{shown}: is a folder, not a {what}")
    if not stat.S_ISREG(st.st_mode):
        raise error(f"{shown}: is not a regular file (a device, pipe or socket), not a {what}")
    if st.st_size > max_bytes:
        raise error(
            f"{shown}: too large for a {what} ({st.st_size:,} bytes; at most {max_bytes:,})"
        )


def decode_text(raw: bytes, origin: str, what: str, error: type[WattIfError] = WattIfError) -> str:
    """UTF-8 text (a leading byte-order mark, as Excel writes it, is dropped)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"{origin}: not a text file (expected UTF-8 {what}; byte {exc.start + 1} is not UTF-8)"
        ) from None


class _Reject(Exception):
    """A JSON value WattIf refuses while parsing (raised from the parser's hooks)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Reject(f"the key {quote(key)} appears twice in one object")
        out[key] = value
    return out


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Reject(f"the number {quote(text, 24)} is too large")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Reject(f"the number {quote(text, 24)} is too long")
    value = float(text)
    if not math.isfinite(value):
        raise _Reject(f"the number {quote(text, 24)} is too large (not a finite number)")
    return value


def _constant(name: str) -> float:
    raise _Reject(f"{name} is not a finite number")


def parse_json(
    text: str, origin: str, what: str = "file", error: type[WattIfError] = WattIfError
) -> Any:
    """Strict JSON: duplicate keys, ``NaN``/``Infinity``, numbers beyond a float, nesting
    deeper than :data:`MAX_JSON_DEPTH` and lone surrogates are refused with ``error`` naming
    ``origin`` (broken JSON names the line and column)."""
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except _Reject as exc:
        raise error(f"{origin}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise error(
            f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise error(f"{origin}: nested too deeply to be a {what}") from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise error(f"{origin}: not valid JSON ({quote(str(exc))})") from None
    for depth, value in _walk(doc):
        if depth > MAX_JSON_DEPTH:
            raise error(f"{origin}: nested too deeply to be a {what}")
        if isinstance(value, str) and _SURROGATE.search(value):
            bad = _SURROGATE.search(value).group()
            raise error(
                f"{origin}: the text {quote(value, 40)} holds an invalid character "
                f"(lone surrogate {quote(bad)})"
            )
    return doc


def _walk(doc: Any) -> Iterator[tuple[int, Any]]:
    """Every value and key of a parsed JSON document with its depth, without recursion."""
    stack = [(1, doc)]
    while stack:
        depth, value = stack.pop()
        yield depth, value
        if depth > MAX_JSON_DEPTH:
            return
        if isinstance(value, dict):
            stack.extend((depth + 1, k) for k in value)
            stack.extend((depth + 1, v) for v in value.values())
        elif isinstance(value, list):
            stack.extend((depth + 1, v) for v in value)


def read_json_file(
    path: str | os.PathLike,
    max_bytes: int,
    what: str = "file",
    error: type[WattIfError] = WattIfError,
) -> Any:
    """:func:`read_limited` + :func:`decode_text` + :func:`parse_json` in one call."""
    shown = show_path(path)
    raw = read_limited(path, max_bytes, what, error)
    return parse_json(decode_text(raw, shown, "JSON", error), shown, what, error)


# ----------------------------------------------------------------------------- setting aside


def set_aside(path: str | os.PathLike) -> Path | None:
    """Rename a broken file (or folder, pipe ...) to ``NAME.bad-YYYYMMDD-HHMMSS`` next to it, so
    that a fresh one can take its place and nothing is lost. Returns the new path, or None when
    it could not be renamed."""
    p = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        new = p.with_name(f"{p.name}.bad-{stamp}" + (f"-{n}" if n else ""))
        if os.path.lexists(new):
            continue
        try:
            os.rename(p, new)
        except OSError:
            return None
        return new
    return None


# ----------------------------------------------------------------------------- writing


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied or the file is open in another program"
    return exc.strerror or quote(str(exc))


def _host_tag() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:12] or "host"


_TEMP_MARK = "~wattif-"


def _temp_name(target: Path) -> Path:
    stem = target.name[:80]
    token = secrets.token_hex(4)
    return target.with_name(f".{stem}.{_TEMP_MARK}{_host_tag()}-{os.getpid()}-{token}.tmp")


def _process_gone(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_stale_temps(target: str | os.PathLike) -> int:
    """Remove temp files that interrupted saves of ``target`` left in its folder.

    A temp file counts as stale when the process that wrote it (named in it) is gone on this
    host, or when it is older than :data:`STALE_TEMP_S`. Only regular files of the current
    user are touched. Returns how many were removed.
    """
    t = Path(target)
    folder = t.parent if str(t.parent) else Path(".")
    prefix = f".{t.name[:80]}."
    host, me, now = _host_tag(), os.getpid(), time.time()
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                continue
            middle = name[len(prefix) : -4]
            stale = now - st.st_mtime > STALE_TEMP_S
            if not stale and middle.startswith(_TEMP_MARK):
                parts = middle[len(_TEMP_MARK) :].split("-")
                if len(parts) == 3 and parts[0] == host and parts[1].isdigit():
                    pid = int(parts[1])
                    stale = pid != me and _process_gone(pid)
            if stale:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _write_target(p: Path) -> Path:
    """The file a save to ``p`` really writes: a symlink's target (the link stays)."""
    if os.path.islink(p):
        return Path(os.path.realpath(p))
    return p


def atomic_write_bytes(path: str | os.PathLike, payload: bytes) -> None:
    """Write ``payload`` to ``path`` atomically: a temp file in the same folder, then replace.

    An existing file keeps its permissions (and group, where allowed); a symlink is written
    through, so the link stays and its target changes; a read-only file, a folder, a device or
    another non-regular file is refused and left alone. Temp files left by interrupted saves
    of the same file are removed first. On any failure the temp file is removed and an
    existing file at ``path`` is left untouched; the error is raised as :class:`WattIfError`
    with a message naming the path.
    """
    p = Path(path)
    shown = show_path(p)
    target = _write_target(p)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        st = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        st = None
    except OSError as exc:
        raise WattIfError(f"{shown}: cannot be written ({_reason(exc)})") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise WattIfError(f"{shown}: is a folder; choose a file name")
        if not stat.S_ISREG(st.st_mode):
            raise WattIfError(
                f"{shown}: is not a regular file (a device, pipe or socket); it was not replaced"
            )
        if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise WattIfError(
                f"{shown}: the file is read-only; it was not replaced "
                "(save under another name, or make it writable)"
            )
    remove_stale_temps(target)
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666
    tmp = _temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, mode)  # a new file gets 0666 minus the umask, as open() would
    except FileNotFoundError:
        raise WattIfError(f"{shown}: the folder {show_path(folder)} does not exist") from None
    except PermissionError:
        raise WattIfError(f"{shown}: no permission to write in {show_path(folder)}") from None
    except OSError as exc:
        raise WattIfError(
            f"{shown}: cannot write in {show_path(folder)} ({_reason(exc)})"
        ) from None
    try:
        if st is not None:
            _copy_owner_and_mode(fd, tmp, st)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if not isinstance(exc, OSError):
            raise
        reason = _reason(exc)
        if exc.errno == errno.EFBIG:
            reason = "the file would exceed the size allowed for this process or drive"
        raise WattIfError(
            f"{shown}: could not be written ({reason}); the previous file, if any, is unchanged"
        ) from None
    _sync_folder(folder)


def _copy_owner_and_mode(fd: int, tmp: Path, st: os.stat_result) -> None:
    """Give the new file the old one's permission bits and, where allowed, its group/owner."""
    if hasattr(os, "fchown"):
        for uid in (st.st_uid, -1):
            try:
                os.fchown(fd, uid, st.st_gid)
                break
            except OSError:
                continue
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
        else:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
