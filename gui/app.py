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
    qm = resources.files("wattif.resources").joinpath("i18n", f"wattif_{lang}.qm")
    own = QTranslator(app)
    if qm.is_file() and own.load(str(qm)):
        app.installTranslator(own)
        out.append(own)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        out.append(qt)
    return out


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
    window.show()
    files = [a for a in argv[1:] if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
