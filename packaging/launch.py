"""Entry point of the frozen WattIf app (PyInstaller)."""

import multiprocessing
import sys

from wattif.gui.app import main

if __name__ == "__main__":
    # the analyses' worker process starts this executable again: let it become the worker
    multiprocessing.freeze_support()
    sys.exit(main())
