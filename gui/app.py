"""Start WattIf: ``python -m wattif.gui.app`` (``make run``) or the ``wattif`` command."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

APP_NAME = "WattIf"
LANGUAGES = ("en", "de")


def pick_language(setting: str | None) -> str:
    """``"en"`` or ``"de"``: the user's choice, else the system locale, else English."""
    if setting in LANGUAGES:
        return setting
    name = QLocale.system().name()  # e.g. de_DE
    return "de" if name.startswith("de") else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """WattIf's own translation (resources/i18n/wattif_<lang>.qm) and Qt's standard dialogs."""
    out: list[QTranslator] = []
    if lang == "en":
        return out
    # one joinpath per part: the two-argument form fails on some Traversables (frozen app)
    qm = resources.files("wattif.resources").joinpath("i18n").joinpath(f"wattif_{lang}.qm")
    own = QTranslator(app)
    if qm.is_file() and own.load(str(qm)):
        app.installTranslator(own)
        out.append(own)
    qt = QTranslator(app)
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        out.append(qt)
    return out


def quit_when_drawn(window, start: float | None = None) -> None:
    """Smoke test / cold-start benchmark: print ``WATTIF-DRAWN <s>`` once every chart of the
    window has painted, then quit (``--smoke-test`` on the command line)."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    pending = {chart.viewport() for chart in window.charts}
    pending.add(window.kpis)

    class _Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and obj in pending:
                pending.discard(obj)
                if not pending:
                    QTimer.singleShot(0, done)
            return False

    def done() -> None:
        elapsed = time.perf_counter() - (start or 0.0)
        print(f"WATTIF-DRAWN {elapsed:.4f}", flush=True)
        QApplication.instance().removeEventFilter(watch)
        window.model.mark_saved()
        window.close()
        QApplication.instance().quit()

    watch = _Watch(window)
    QApplication.instance().installEventFilter(watch)


def main(argv: list[str] | None = None) -> int:
    """Open the main window; a scenario file given on the command line is opened."""
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")

    from . import errors, session
    from .main_window import MainWindow

    folder = session.state_dir()
    log_path = errors.setup_logging(folder)
    settings = session.open_settings(folder)
    lang = pick_language(str(settings.value("language", "system")))
    app._wattif_translators = install_translators(app, lang)  # keep them alive
    window = MainWindow(lang=lang, state_dir=folder)
    errors.install_excepthook(lambda: window, log_path)
    if "--smoke-test" in argv:
        quit_when_drawn(window)
    window.show()
    files = [a for a in argv[1:] if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
