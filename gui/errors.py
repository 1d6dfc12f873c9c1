"""Unexpected errors become a dialog and a log entry, never a traceback on a client's screen."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wattif.core import WattIfError
from wattif.core.errors import one_line, show_path

from .core_text import error_text

log = logging.getLogger("wattif.gui")


class _LogFile(RotatingFileHandler):
    """The log file; a failure to write it (disk full, a folder in the way of a rotation) is
    dropped rather than printed as a traceback."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def setup_logging(folder: Path) -> Path | None:
    """Log to ``folder/wattif.log`` (kept small: 200 kB, one backup).

    A ``wattif.log`` (or its backup) that is not a regular file is renamed aside and noted;
    when the log cannot be written at all, WattIf runs without it (noted). Calling this again
    replaces the handler instead of adding a second one.
    """
    from . import session

    root = logging.getLogger("wattif")
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    path = folder / "wattif.log"
    for p in (path, path.with_name(path.name + ".1")):
        if os.path.lexists(p) and not p.is_file():
            session._kept(p, QCoreApplication.translate("errors", "not a regular log file"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=200_000, backupCount=1, encoding="utf-8")
    except OSError as exc:
        session.note(
            QCoreApplication.translate(
                "errors", "{0}: the log cannot be written ({1}); WattIf runs without it"
            ).format(show_path(path), exc.strerror or exc)
        )
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def install_excepthook(parent: Callable[[], QWidget | None], log_path: Path | None) -> None:
    """Route uncaught exceptions to a dialog (the traceback goes to the log and the details)."""
    busy = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal busy
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", text)
        if busy or QApplication.instance() is None:
            if sys.__stderr__ is not None:
                sys.__stderr__.write(text)
            return
        busy = True
        try:
            box = QMessageBox(parent())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("errors", "WattIf"))
            if isinstance(exc, WattIfError):
                box.setText(one_line(error_text(str(exc))))  # in the user's language
            else:
                box.setText(
                    QCoreApplication.translate(
                        "errors", "Something went wrong, but your scenario is safe."
                    )
                )
                where = f" ({log_path})" if log_path else ""
                box.setInformativeText(
                    QCoreApplication.translate(
                        "errors", "{0}: {1}\n\nThe details were written to the log{2}."
                    ).format(exc_type.__name__, one_line(str(exc), 200), where)
                )
                box.setDetailedText(text)
            box.exec()
        finally:
            busy = False

    sys.excepthook = hook
