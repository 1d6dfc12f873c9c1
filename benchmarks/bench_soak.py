"""Soak benchmark: does a consultant's day of slider changes keep memory flat?

In a subprocess (offscreen Qt, a throw-away state folder) the full 1600×1000 window takes
``CHANGES`` changes as a user makes them: slider drags of 20–120 moves (each drag one undo
step of merged moves), arrow-key steps on other sliders, and now and then an undo, a redo, a
preset and a New (which clears the undo history). The event loop runs after every change (every
third move of a drag: a mouse sends moves faster than a screen repaints), so charts, KPIs and
the panel repaint as they would on screen.

- ``soak_rss_growth_kb_per_change``: growth of the resident set from the end of a warm-up
  (``WARMUP`` changes, so that caches and pyqtgraph's items exist) to the end, per change
  [kB]. Flat is 0; issue 13 measured 7–15 kB before the undo history was bounded and merged
  commands freed.
- ``soak_rss_late_growth_kb_per_change``: the same over the second half only, when the undo
  history is (nearly) full [kB]: what a longer session would add. The slider's batch
  (``ScenarioModel.prefetch``, session 9) raises the resident set once, by ~2.7 MB (its
  evaluation's arrays): the whole run's growth read 0.96 kB a change with it and 0.52–0.54
  without it, the second half's 0.40–0.41 and 0.40–0.46 (two runs each).
- ``soak_rss_end_mb``: resident set at the end [MB]; ``soak_undo_steps``: undo steps held
  at the end (bounded by the model's undo limit, 200).

Benchmarks report; they never assert.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run.py loads us by file path
from bench_gui import run_json  # noqa: E402 - after the path it is found on

CHANGES = 5000
WARMUP = 300

SCRIPT = r"""
import gc, json, os, random, sys, time
from PySide6.QtWidgets import QAbstractSlider, QApplication
app = QApplication([])
from wattif.gui.main_window import MainWindow
WARMUP, CHANGES = int(sys.argv[1]), int(sys.argv[2])

def rss_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return float(line.split()[1])
    except OSError:
        pass
    import resource  # peak, not current, where /proc is missing (macOS: bytes)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform == "darwin" else float(peak)

w = MainWindow(restore=False)
w.resize(1600, 1000)
w.show()
for _ in range(20):
    app.processEvents()
rng = random.Random(13)
rows = [r for k, r in w.panel.rows.items() if getattr(r, "slider", None) is not None]
drag_rows = [w.panel.rows[k] for k in ("pue", "demand_growth", "queries_per_day")
             if k in w.panel.rows and w.panel.rows[k].slider is not None] or rows[:3]
A = QAbstractSlider.SliderAction
changes = 0
def settle():
    app.processEvents()

def drag():
    global changes
    s = rng.choice(drag_rows).slider
    s.setSliderDown(True)
    direction = rng.choice((1, -1))
    for i in range(rng.randint(20, 120)):
        if not s.minimum() < s.value() + direction < s.maximum():
            direction = -direction
        s.setValue(s.value() + direction)
        changes += 1
        if i % 3 == 2:  # a mouse sends moves faster than the screen repaints
            settle()
    s.setSliderDown(False)
    settle()

def key():
    global changes
    s = rng.choice(rows).slider
    s.triggerAction(rng.choice((A.SliderSingleStepAdd, A.SliderSingleStepSub)))
    changes += 1
    settle()

def other():
    global changes
    r = rng.random()
    if r < 0.4:
        w.model.undo_stack.undo()
    elif r < 0.7:
        w.model.undo_stack.redo()
    elif r < 0.9:
        w.load_preset(rng.choice(list(w.preset_actions)))
    else:
        w.model.mark_saved()
        w.new_file()
    changes += 1
    settle()

def run_until(n):
    while changes < n:
        r = rng.random()
        drag() if r < 0.35 else key() if r < 0.97 else other()

t0 = time.perf_counter()
run_until(WARMUP)
gc.collect()
start_rss, start_n = rss_kb(), changes
run_until(start_n + CHANGES // 2)
gc.collect()
mid_rss, mid_n = rss_kb(), changes
run_until(start_n + CHANGES)
gc.collect()
end_rss, end_n = rss_kb(), changes
print(json.dumps({
    "growth_kb": (end_rss - start_rss) / (end_n - start_n),
    "late_growth_kb": (end_rss - mid_rss) / (end_n - mid_n),
    "end_mb": end_rss / 1024,
    "undo_steps": w.model.undo_stack.count(),
    "changes": end_n - start_n,
    "seconds": time.perf_counter() - t0,
}))
w.model.mark_saved()
w.close()
"""


def run(changes: int = CHANGES, warmup: int = WARMUP) -> dict[str, float]:
    got = run_json(SCRIPT, str(warmup), str(changes), timeout=900)
    if not got:
        return {}
    print(
        f"  ({got['changes']} changes with drags in {got['seconds']:.0f} s)",
        file=sys.stderr,
    )
    return {
        "soak_rss_growth_kb_per_change": got["growth_kb"],
        "soak_rss_late_growth_kb_per_change": got["late_growth_kb"],
        "soak_rss_end_mb": got["end_mb"],
        "soak_undo_steps": float(got["undo_steps"]),
    }


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else CHANGES
    for key, value in run(n).items():
        print(f"{key:<32} {value:10.3f}")
