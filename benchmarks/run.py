"""`make bench`: run every ``benchmarks/bench_*.py`` and print and store their figures.

Each module exposes ``run() -> dict[str, float]`` whose keys carry their unit
(``eval_one_ms``, ``gui_cold_start_s`` ...). All figures are merged into ``build/bench.json``.
Benchmarks report; they never assert.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "bench.json"


def main() -> int:
    figures: dict[str, float] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        print(f"== {path.stem}", flush=True)
        got = mod.run()
        for key, value in got.items():
            print(f"  {key:<28} {value:>12.4g}")
        figures.update(got)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(OUT.read_text()) if OUT.exists() else {}
    old.update(figures)
    OUT.write_text(json.dumps(old, indent=2, sort_keys=True) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
