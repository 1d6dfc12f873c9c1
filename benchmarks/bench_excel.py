"""Excel export benchmark: the default scenario against the default baseline.

``excel_export_s`` is the first export in a fresh process, as a user feels it (XlsxWriter is
imported on that first call; Python start-up and ``import wattif.core`` are not counted);
``excel_export_warm_s`` the median of later exports in the same process.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLD = """
import json, sys, time
from wattif.core import load_preset
from wattif.core.excel import export_workbook
sc, base = load_preset(), load_preset()
t0 = time.perf_counter()
export_workbook(sc, base, sys.argv[1])
print(json.dumps(time.perf_counter() - t0))
"""


def run() -> dict[str, float]:
    from wattif.core import load_preset
    from wattif.core.excel import export_workbook

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.xlsx"
        colds = []
        for _ in range(3):
            proc = subprocess.run(
                [sys.executable, "-c", COLD, str(out)],
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            colds.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        sc, base = load_preset(), load_preset()
        export_workbook(sc, base, out)  # warm-up: imports, caches
        warm = []
        for _ in range(5):
            t0 = time.perf_counter()
            export_workbook(sc, base, out)
            warm.append(time.perf_counter() - t0)
        size = out.stat().st_size
    return {
        "excel_export_s": statistics.median(colds),
        "excel_export_warm_s": statistics.median(warm),
        "excel_file_kb": size / 1024,
    }


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:<24} {v:.4g}")
