"""Entry point of the frozen WattIf app (PyInstaller)."""

import sys

from wattif.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
