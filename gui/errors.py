"""Unexpected errors become a dialog and a log entry, never a traceback on a client's screen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wattif.core import WattIfError

log = logging.getLogger("wattif.gui")


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/wattif.log`` (kept small: 200 kB, one backup)."""
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wattif.log"
    handler = RotatingFileHandler(path, maxBytes=200_000, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("wattif")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(parent: Callable[[], QWidget | None], log_path: Path | None) -> None:
    """Route uncaught exceptions to a dialog (the traceback goes to the log and the details)."""
    busy = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal busy
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", text)
        if busy or QApplication.instance() is None:
            sys.__stderr__.write(text)
            return
        busy = True
        try:
            box = QMessageBox(parent())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("errors", "WattIf"))
            if isinstance(exc, WattIfError):
                box.setText(str(exc))
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
                    ).format(exc_type.__name__, exc, where)
                )
                box.setDetailedText(text)
            box.exec()
        finally:
            busy = False

    sys.excepthook = hook
