"""Render screenshots of the main window to ``docs/screenshots/`` (``make screenshots``).

- ``wattif-default.png``: the window as it opens (default preset, base year).
- ``wattif-measures.png``: four efficiency measures switched on, shown for 2030 against the
  default preset as baseline.
- ``wattif-default-de.png``: the default window in German.
- ``wattif-presentation.png`` / ``wattif-presentation-de.png``: presentation mode at 1280×720
  (the projector's size), four charts, English and German.
- ``wattif-theme-<name>.png``: the window in each theme (light, dark, projector).

Runs headless (``QT_QPA_PLATFORM=offscreen`` unless a platform is set) with a throw-away state
folder, so your own settings are neither used nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1600, 1000)
PROJECTOR = (1280, 720)
"""The most common projector resolution: presentation mode is shot at it."""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["WATTIF_STATE_DIR"] = tempfile.mkdtemp(prefix="wattif-shots-")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    from wattif.gui.app import install_translators
    from wattif.gui.main_window import MainWindow
    from wattif.gui.themes import THEMES

    OUT.mkdir(parents=True, exist_ok=True)
    written = []

    def present(window) -> None:
        """Presentation mode at the projector's size, the key help hidden, type fitted."""
        window.act_present.setChecked(True)
        for _ in range(20):
            app.processEvents()
        window.resize(*PROJECTOR)
        while not window.presentation.settled or window.size().toTuple() != PROJECTOR:
            app.processEvents()
            if window.size().toTuple() != PROJECTOR:
                window.resize(*PROJECTOR)
        window.presentation.show_help(False)

    def shoot(window, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = OUT / name
        window.grab().save(str(path))
        written.append(path)

    w = MainWindow(lang="en", restore=False)
    w.resize(*SIZE)
    w.show()
    shoot(w, "wattif-default.png")

    w.model.update(
        {
            "m_right_size_on": True,
            "m_quantise_on": True,
            "m_serving_on": True,
            "m_modernise_on": True,
        }
    )
    w.model.set_year(2030)
    shoot(w, "wattif-measures.png")
    for name in THEMES:
        w.theme_menu.choose(name)
        shoot(w, f"wattif-theme-{name}.png")
    w.theme_menu.choose("light")
    present(w)
    shoot(w, "wattif-presentation.png")
    w.model.mark_saved()
    w.close()

    translators = install_translators(app, "de")
    wd = MainWindow(lang="de", restore=False)
    wd.resize(*SIZE)
    wd.show()
    shoot(wd, "wattif-default-de.png")
    wd.model.update({"m_right_size_on": True, "m_quantise_on": True})
    wd.model.set_year(2030)
    present(wd)
    shoot(wd, "wattif-presentation-de.png")
    wd.model.mark_saved()
    wd.close()
    for t in translators:
        app.removeTranslator(t)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
