"""Instructions a slider step costs, counted by valgrind's callgrind: the machine's speed left out.

On this 2-core VM a slider step's time swings by half within an hour (the bare window's p50
read 1.7, 2.3 and 3.0 ms in three runs of ``make bench`` on one afternoon), so a change of a few
per cent cannot be seen in milliseconds. The number of instructions executed can: runs of the
same code differ by ~0.1 million a step, a step costs ~20 million. Nothing in the count may
depend on wall time (a step takes ~0.5 s under callgrind): garbage is collected every 25 steps
instead of by the app's one-second timer, and the recovery file is not written. Compare counts
made on the same machine state: installing fonts (LibreOffice's, as ``.ci/run`` does) added
~0.5 million, and the first start after it rebuilds fontconfig's cache (ignore that run).

The script starts the window (offscreen, 1600×1000, a throw-away state folder) twice under
callgrind: once with no steps and once with ``--steps`` steps of the PUE slider (up and down
in runs of 25), and prints the difference per step. ``--pythonpath`` puts another checkout
first (a folder holding a ``wattif`` link to it, as the editable install maps ``wattif`` to
this one), for the same count of older code. Needs ``valgrind``; ~3 minutes; optional: ``make
bench`` does not run it.

    .venv/bin/python benchmarks/count_instructions.py [--steps 100] [--pythonpath DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

STEPS_SCRIPT = r"""
import os, sys
from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop
from PySide6.QtWidgets import QAbstractSlider, QApplication
try:
    from wattif.gui.app import configure
except ImportError:  # code older than session 9: a plain application
    configure = lambda app: app
app = configure(QApplication([]))
# Timers count by wall time, and under callgrind a step takes ~0.5 s: the collector's one-second
# timer collected more often in a run slowed by a loaded machine (a lone run counted up to ~0.3
# million a step more), so it collects by steps instead; the recovery file, written 0.4 s after
# the last change (never between a drag's steps outside callgrind), is not written at all.
collector = getattr(app, "_wattif_collector", None)
if collector is not None:
    collector._timer.stop()
def collect():
    if collector is not None:
        collector.collect_due()
from wattif.gui.main_window import MainWindow
w = MainWindow(restore=False)
w.resize(1600, 1000)
w.show()
w.param_views.show_all()
autosave = getattr(w, "_autosave", None)
if autosave is not None:
    autosave.timeout.disconnect()
for _ in range(20):
    app.processEvents()
dispatcher = QAbstractEventDispatcher.instance()
def settle():
    idle = 0
    while idle < 2:
        idle = 0 if dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents) else idle + 1
slider = w.panel.rows["pue"].slider
slider.setValue(60)
settle()
up, down = (QAbstractSlider.SliderAction.SliderSingleStepAdd,
            QAbstractSlider.SliderAction.SliderSingleStepSub)
for action in [up, down] * 2:
    slider.triggerAction(action)
    settle()
for i, action in enumerate(([up] * 25 + [down] * 25) * (int(sys.argv[1]) // 50)):
    slider.triggerAction(action)
    settle()
    if i % 25 == 24:  # a fixed count, whatever the run's speed (a plain run's timer: ~140)
        collect()
w.model.mark_saved()
w.close()
os._exit(0)
"""
"""The steps: the same window and slider as ``bench_gui``'s default case."""


def count(steps: int, pythonpath: str | None, valgrind: bool = True) -> int:
    """Instructions of one run of :data:`STEPS_SCRIPT` with ``steps`` steps (``valgrind``
    False: a plain run, which writes the checkout's bytecode; returns 0)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, not on every start
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    tool = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] if valgrind else []
    with tempfile.TemporaryDirectory() as state:
        env["WATTIF_STATE_DIR"] = state
        out = subprocess.run(
            [*tool, sys.executable, "-c", STEPS_SCRIPT, str(steps)],
            env=env,
            capture_output=True,
            text=True,
        )
    if not valgrind:
        return 0
    found = re.search(r"Collected\s*:\s*([\d,]+)", out.stderr)
    if out.returncode != 0 or not found:
        sys.exit(f"callgrind failed: {out.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100, help="slider steps (a multiple of 50)")
    parser.add_argument("--pythonpath", help="a folder with a 'wattif' link to another checkout")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    steps = max(50, args.steps // 50 * 50)
    count(0, args.pythonpath, valgrind=False)  # a first start writes the checkout's bytecode
    start = count(0, args.pythonpath)
    total = count(steps, args.pythonpath)
    print(f"instructions_per_step_millions  {(total - start) / steps / 1e6:.2f}  ({steps} steps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
