"""Render the Excel export as a client sees it: ``docs/screenshots/excel_*.png``.

    .venv/bin/python tests/excel/render_screenshots.py [OUTDIR]

Exports a showcase scenario, lets LibreOffice recalculate and print it to PDF (private profile
with forced recalculation), and rasterises the first page of each sheet with pdftoppm. The
footer of every printed page names its sheet ("WattIf — Summary"), which is how pages are
matched to sheets. Not a test (no ``test_`` prefix): a tool for the docs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wattif.core import load_preset
from wattif.core.excel import export_workbook

ROOT = Path(__file__).resolve().parents[2]
SHEETS = {
    "Summary": "excel_summary",
    "Inputs": "excel_inputs",
    "Calc": "excel_calc",
    "Measures": "excel_measures",
    "Results": "excel_results",
    "Uncertainty": "excel_uncertainty",
    "Tornado": "excel_tornado",
    "Scenarios": "excel_scenarios",
    "Scenario inputs": "excel_scenario_inputs",
    "Models": "excel_models",
    "Sources": "excel_sources",
    "Checks": "excel_checks",
    "README": "excel_readme",
}
GERMAN = {
    "Summary": "Übersicht",
    "Inputs": "Eingaben",
    "Measures": "Maßnahmen",
    "Sources": "Quellen",
}
"""Sheets also rendered from the German workbook (``excel_<sheet>_de.png``)."""
XCU = (
    Path(__file__)
    .with_name("conftest.py")
    .read_text(encoding="utf-8")
    .split('XCU = """', 1)[1]
    .split('"""', 1)[0]
)


def showcase():
    sc = load_preset().replace(
        name="Efficient fleet 2030",
        notes="Right-sized models, FP4, better serving and "
        "B200 hardware from 2026, with a modest rebound.",
        m_right_size_on=True,
        m_quantise_on=True,
        m_serving_on=True,
        m_modernise_on=True,
        m_reasoning_on=True,
        m_clean_power_on=True,
        rebound_elasticity=0.3,
    )
    compared = [
        load_preset().replace(name="Option B: B200 only", m_modernise_on=True),
        load_preset().replace(name="Option C: smaller models", m_right_size_on=True),
    ]
    return sc, load_preset(), compared


def main(outdir: Path) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "profile" / "user").mkdir(parents=True)
        (tmp / "profile" / "user" / "registrymodifications.xcu").write_text(XCU)
        books = {}
        for lang in ("en", "de"):
            books[lang] = tmp / f"wattif_{lang}.xlsx"
            sc, base, compared = showcase()
            export_workbook(sc, base, books[lang], lang=lang, compared=compared)
        subprocess.run(
            [
                soffice,
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp / "pdf"),
                *map(str, books.values()),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        _render(tmp / "pdf" / "wattif_en.pdf", {s: (s, stem) for s, stem in SHEETS.items()}, outdir)
        german = {s: (de, SHEETS[s] + "_de") for s, de in GERMAN.items()}
        _render(tmp / "pdf" / "wattif_de.pdf", german, outdir)
    return 0


def _render(pdf: Path, sheets: dict[str, tuple[str, str]], outdir: Path) -> None:
    """First page of each sheet (found by its footer 'WattIf — <sheet>') as a PNG."""
    assert pdf.exists(), f"LibreOffice wrote no {pdf.name}"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    found: dict[str, int] = {}
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
        ).stdout
        for key, (name, _stem) in sheets.items():
            if f"WattIf — {name}\n" in text + "\n" and key not in found:
                found[key] = page
    for key, (_name, stem) in sheets.items():
        if key not in found:
            print(f"no page found for {key}", file=sys.stderr)
            continue
        page = found[key]
        crop = (
            ["-r", "220", "-x", "0", "-y", "120", "-W", "1900", "-H", "1150"]
            if key == "Calc"
            else ["-r", "110"]
        )  # Calc: the top-left, readable
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                *crop,
                "-singlefile",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdf),
                str(outdir / stem),
            ],
            check=True,
        )
        print(f"{outdir / (stem + '.png')}  (page {page})")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
