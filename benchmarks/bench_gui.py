"""GUI benchmark: slider change → repainted window, and cold start to the first drawn window.

Both run in subprocesses (offscreen Qt, a throw-away state folder) so that the figures do not
depend on what ran before in ``benchmarks/run.py``:

- ``gui_update_p50_ms`` / ``gui_update_p95_ms``: 300 single steps of the PUE slider (as the arrow
  keys do it: 150 up, 150 down) in the full 1600×1000 window; each time from the step until the
  event loop has nothing left to do, i.e. has repainted everything that changed (charts, KPIs,
  panel). Nothing is hooked into the event loop while measuring.
- ``gui_cold_start_s``: median of three starts of ``python -m wattif.gui.app --smoke-test``, from
  launching the process until every chart and the KPI strip have painted.

Benchmarks report; they never assert.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

UPDATE_SCRIPT = r"""
import json, sys, time
import numpy as np
from PySide6.QtWidgets import QAbstractSlider, QApplication
app = QApplication([])
from wattif.gui.main_window import MainWindow
w = MainWindow(restore=False)
w.resize(1600, 1000)
w.show()
for _ in range(20):
    app.processEvents()
from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop
dispatcher = QAbstractEventDispatcher.instance()
slider = w.panel.rows["pue"].slider
def settle():
    # Run the event loop until it has nothing left to do (every queued repaint done); return
    # when the last pass that did work ended. No Python event filter: an application-wide one
    # runs for every event and added ~2 ms per step of its own to what it measured.
    last = time.perf_counter()
    idle = 0
    while idle < 2:
        if dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            last = time.perf_counter()
            idle = 0
        else:
            idle += 1
    return last
times = []
actions = [QAbstractSlider.SliderAction.SliderSingleStepAdd] * 150 + \
          [QAbstractSlider.SliderAction.SliderSingleStepSub] * 150
for i in range(10):  # warm-up
    slider.triggerAction(actions[0 if i % 2 == 0 else -1]); settle()
for action in actions:
    t0 = time.perf_counter()
    slider.triggerAction(action)
    t1 = settle()
    times.append((t1 - t0) * 1000.0)
w.model.mark_saved()
w.close()
print(json.dumps({"p50": float(np.percentile(times, 50)), "p95": float(np.percentile(times, 95)),
                  "n": len(times)}))
"""


def _env(state: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WATTIF_STATE_DIR"] = state
    return env


def update_latency() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as state:
        out = subprocess.run(
            [sys.executable, "-c", UPDATE_SCRIPT],
            env=_env(state),
            capture_output=True,
            text=True,
            timeout=600,
        )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if out.returncode != 0 or not line:
        print(out.stderr[-2000:], file=sys.stderr)
        return {}
    got = json.loads(line[-1])
    return {"gui_update_p50_ms": got["p50"], "gui_update_p95_ms": got["p95"]}


def cold_start(runs: int = 3) -> dict[str, float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as state:
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "wattif.gui.app", "--smoke-test"],
                env=_env(state),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for line in proc.stdout:
                if line.startswith("WATTIF-DRAWN"):
                    times.append(time.perf_counter() - t0)
                    break
            proc.wait(timeout=120)
    return {"gui_cold_start_s": statistics.median(times)} if times else {}


def run() -> dict[str, float]:
    figures = update_latency()
    figures.update(cold_start())
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<24} {value:10.3f}")
