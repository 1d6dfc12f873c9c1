"""Start WattIf: ``python -m wattif.gui.app`` (``make run``) or the ``wattif`` command."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

APP_NAME = "WattIf"
LANGUAGES = ("en", "de")
PYSIDE_MARK = b"PySide6"
"""What PySide6's import hook looks for in a module's source (``shibokensupport.feature``)."""
PIXMAP_CACHE_KB = 64 * 1024
"""Room for drawings Qt keeps as pixmaps (QPixmapCache; Qt's default is 10 MB): the charts'
axes, titles and labels, and the lines, bars and markers that stay still while a slider moves
(``chart_items.keep_drawing``). They take 1.9 MB at 1600×1000 and 4.5 MB at 2560×1440, four
times that on a 2× (Retina) screen: past the limit Qt throws drawings away and draws them again
in every repaint."""


def quick_pyside_import_check() -> None:
    """Let PySide6 read each imported module's file instead of ``inspect.getsource``-ing it.

    After PySide6 is imported, its import hook asks of every further module (numpy, pyqtgraph,
    WattIf's own: ~380 at start) whether its source mentions "PySide6" (for its ``__feature__``
    switches), through ``inspect.getsource``, which tokenises the file: ~0.1 s of the start.
    Searching the file's bytes gives the same answer (same ``pyside_feature_dict``, checked).
    The hook is PySide's private code: where it is not as expected (another version, a frozen
    app without ``.py`` files) nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_wattif", False):
        return

    def _mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as fh:
                return PYSIDE_MARK in fh.read()
        except OSError:
            return original(module)

    _mod_uses_pyside._wattif = True
    feature._mod_uses_pyside = _mod_uses_pyside


quick_pyside_import_check()  # before numpy, pyqtgraph and the window's modules are imported


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


def offer_orphaned_sessions(folder) -> None:
    """Offer the unsaved work of WattIf windows that ended without saving (a crash, a kill).

    Asked before the window exists: *Open* makes that work this window's own recovery file,
    which the window then restores (its previous file takes the other slot, so nothing is
    lost); *Discard* removes it; *Cancel* keeps it for the next start.
    """
    from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
    from PySide6.QtWidgets import QMessageBox

    from wattif.core import WattIfError

    from . import session

    def tr(text: str) -> str:
        return QCoreApplication.translate("app", text)

    B = QMessageBox.StandardButton
    for orphan in session.orphaned_sessions(folder)[:3]:
        s = orphan.session
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(orphan.changed)), QLocale.FormatType.ShortFormat
        )
        where = Path(s.path).name if s.path else tr("not saved to a file yet")
        answer = QMessageBox.question(
            None,
            tr("Unsaved work found"),
            tr(
                "Another WattIf window ended without saving “{0}” ({1}; last change {2}). "
                "Open it now? Cancel keeps it for the next start."
            ).format(s.scenario.name, where, when),
            B.Open | B.Discard | B.Cancel,
            B.Open,
        )
        if answer == B.Open:
            try:
                session.adopt_session(folder, orphan)
            except WattIfError as exc:
                session.note(str(exc))
            return
        if answer == B.Discard:
            session.discard_session(orphan)


def configure(app: QApplication) -> QApplication:
    """The application as the window runs in it: names, style, pixmap cache and garbage
    collection (also what ``make bench`` measures the window in)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    if app.style().name().lower() != "fusion":  # re-polishes every widget: only when needed
        app.setStyle("Fusion")
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
    from .safe_gc import collect_safely

    collect_safely(app)  # garbage cycles are collected between events, not inside Qt calls
    return app


def start(argv: list[str] | None = None):
    """Everything :func:`main` does up to the shown window, which it returns.

    Whatever the state and user folders hold, the window starts: problems found there are
    listed in a notice in the status bar (:class:`~wattif.gui.startup_notice.StartupNotice`).
    """
    argv = list(sys.argv if argv is None else argv)
    app = configure(QApplication.instance() or QApplication(argv))

    from wattif.core import data

    from . import errors, session
    from .main_window import MainWindow
    from .startup_notice import StartupNotice

    folder = session.prepare_state_dir(session.state_dir())
    log_path = errors.setup_logging(folder)
    settings = session.open_settings(folder)
    lang = pick_language(str(settings.value("language", "system")))
    app._wattif_translators = install_translators(app, lang)  # keep them alive
    shown: list = []  # until the window exists, an error's dialog has no parent
    errors.install_excepthook(lambda: shown[0] if shown else None, log_path)
    session.claim_slot(folder)
    offer_orphaned_sessions(folder)
    window = MainWindow(lang=lang, state_dir=folder)
    shown.append(window)
    problems = session.take_notices() + list(data.catalogue_problems())
    if problems:
        for line in problems:
            errors.log.warning("at start: %s", line)
        window.startup_notice = StartupNotice.attach(window, problems)
    if "--smoke-test" in argv:
        quit_when_drawn(window)
    window.show()
    files = [a for a in argv[1:] if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    return window


def main(argv: list[str] | None = None) -> int:
    """Open the main window; a scenario file given on the command line is opened."""
    start(argv)
    return QApplication.instance().exec()


if __name__ == "__main__":
    sys.exit(main())
