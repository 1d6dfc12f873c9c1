"""Reading and editing exported workbooks without a spreadsheet program (test helpers).

The workbooks hold ~60,000 formulas: openpyxl takes seconds to load one and drops the charts
when it saves. These helpers read and patch the sheet XML directly.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> part name inside the package."""
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for sh in wb.iter(_NS + "sheet"):
        t = target[sh.get(_REL)]
        out[sh.get("name")] = t.lstrip("/") if t.startswith("/xl/") else "xl/" + t
    return out


def read_book(path: Path) -> dict[str, dict[str, tuple[str | None, object]]]:
    """Every cell of every sheet: ``{sheet: {"D6": (formula or None, value)}}``.

    Values as stored: float, str, bool, an error text (``#N/A``) or None (no value). Cached per
    file (and its modification time): the tests read the same workbooks several times; treat
    the result as read-only."""
    st = Path(path).stat()
    return _read_book(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)
def _read_book(path: str, _mtime: int, _size: int):
    with zipfile.ZipFile(path) as z:
        strings: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(_NS + "si"):
                strings.append("".join(t.text or "" for t in si.iter(_NS + "t")))
        out = {}
        for name, part in _sheet_parts(z).items():
            cells = {}
            for c in ET.fromstring(z.read(part)).iter(_NS + "c"):
                f, v, t = c.find(_NS + "f"), c.find(_NS + "v"), c.get("t")
                formula = None if f is None else (f.text or "")
                if t == "inlineStr":
                    value = "".join(x.text or "" for x in c.iter(_NS + "t"))
                elif v is None:
                    value = None
                elif v.text is None:
                    value = ""  # a formula whose result is empty text
                elif t == "s":
                    value = strings[int(v.text)]
                elif t in ("str", "e"):
                    value = v.text
                elif t == "b":
                    value = v.text == "1"
                else:
                    value = float(v.text)
                cells[c.get("r")] = (formula, value)
            out[name] = cells
    return out


def defined_names(path: Path) -> dict[str, str]:
    """Defined name -> its reference text (``'Inputs'!$D$6``). A name local to a sheet (print
    titles and areas: one per sheet) is keyed ``name#sheet index``."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
    out = {}
    for d in wb.iter(_NS + "definedName"):
        local = d.get("localSheetId")
        out[d.get("name") if local is None else f"{d.get('name')}#{local}"] = d.text
    return out


def name_cell(path: Path, name: str) -> tuple[str, str]:
    """(sheet, cell) of a defined name that points to one cell."""
    ref = defined_names(path)[name]
    sheet, cell = ref.rsplit("!", 1)
    return sheet.strip("'").replace("''", "'"), cell.replace("$", "")


def patch_cells(src: Path, dst: Path, changes: dict[str, dict[str, object]]) -> Path:
    """A copy of ``src`` with cells set to new constants, as a client typing into them would:
    ``{sheet: {"D12": 2.0, "A14": "myid"}}``. The cells keep their style; stored values of the
    formulas are left as they were (LibreOffice recalculates)."""
    with zipfile.ZipFile(src) as z:
        parts = _sheet_parts(z)
        items = {n: z.read(n) for n in z.namelist()}
    for sheet, cells in changes.items():
        part = parts[sheet]
        xml = items[part].decode("utf-8")
        for ref, value in cells.items():
            if isinstance(value, bool):
                value = int(value)
            if isinstance(value, str):
                body = f' t="inlineStr"><is><t>{escape(value)}</t></is></c>'
            else:
                body = f"><v>{float(value)!r}</v></c>"
            pat = re.compile(rf'<c r="{ref}"( s="\d+")?(?: t="\w+")?(?:/>|>.*?</c>)', re.S)
            new, n = pat.subn(lambda m, b=body, r=ref: f'<c r="{r}"{m.group(1) or ""}{b}', xml)
            assert n == 1, f"{sheet}!{ref} not found in {src.name}"
            xml = new
        items[part] = xml.encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items.items():
            z.writestr(n, data)
    return dst


def stored_value_mismatches(original: Path, recalculated: Path, rel: float = 1e-9):
    """Formula cells whose stored value (written at export) differs from LibreOffice's."""
    a, b = read_book(original), read_book(recalculated)
    bad, n = [], 0
    for sheet, cells in a.items():
        for ref, (formula, stored) in cells.items():
            if formula is None:
                continue
            n += 1
            got = b[sheet].get(ref, (None, None))[1]
            if not same_value(stored, got, rel):
                bad.append((sheet, ref, formula[:80], stored, got))
    return n, bad


def same_value(a, b, rel: float = 1e-9) -> bool:
    if a in ("", None) and b in ("", None):
        return True
    if isinstance(a, float) and isinstance(b, float):
        # a relative tolerance; the absolute floor covers differences of nearly equal numbers
        # (LibreOffice rounds 1e-16 to 0 there)
        return abs(a - b) <= rel * max(abs(a), abs(b)) or abs(a - b) <= 1e-12
    return a == b
