"""Writing layer of the Excel export (private): XlsxWriter cells, formats, text safety, language.

Imported only while exporting. Every formula is written *with its value* (the number WattIf
computed for that cell), so a viewer that does not recalculate — a mail preview, Quick Look,
an online viewer, an import — shows the same numbers as Excel after recalculation; the formulas
stay live. Coordinates in this module are 1-based (row 1 = spreadsheet row 1, column 1 = A),
as in the formulas the sheets write.

Language: :class:`Tr` translates the workbook's English texts with the table in
``resources/i18n/workbook_de.toml`` (msgid = the English text). Translations are data, not
code; a text missing from the table stays English and is recorded, so a test can name it.
"""

from __future__ import annotations

import math
import re
import tomllib
from functools import cache
from importlib import resources

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import CellFormulaTuple

FONT = "Arial"  # metric twin Liberation Sans in LibreOffice: same layout in both
INK = "#1A1A1A"
NAVY = "#1F3A5F"
INPUT_BLUE = "#0033CC"
INPUT_FILL = "#E8F0FC"
SECTION_FILL = "#E9ECF1"
MUTED = "#6B7280"
STRIPE = "#F5F7FA"
BORDER = "#C9CED6"

# styles: dicts of XlsxWriter format properties, combined by Book.fmt
BASE = {"font_name": FONT, "font_size": 10, "font_color": INK}
TITLE = {"font_size": 16, "bold": True, "font_color": NAVY}
SUB = {"italic": True, "font_color": MUTED}
HEAD = {
    "bold": True,
    "font_color": "#FFFFFF",
    "bg_color": NAVY,
    "align": "center",
    "valign": "vcenter",
    "text_wrap": True,
}
BOLD = {"bold": True}
MUTE = {"font_size": 9, "font_color": MUTED}
INPUT = {
    "font_color": INPUT_BLUE,
    "bg_color": INPUT_FILL,
    "border": 1,
    "border_color": BORDER,
    "align": "center",
}
LINK = {"font_color": INPUT_BLUE, "underline": 1}
SECTION = {"bold": True, "font_color": NAVY}
SECTION_BG = {"bg_color": SECTION_FILL}
WRAP = {"text_wrap": True, "valign": "top"}
CENTER = {"align": "center"}
RIGHT = {"align": "right"}
INDENT = {"indent": 1}

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_CELL_TEXT = 32767
ERROR_VALUE = "#NUM!"


def safe_text(value: object, limit: int = MAX_CELL_TEXT) -> str:
    """Any text made safe for a cell: no control characters or lone surrogates, bounded."""
    s = _SURROGATE.sub("\ufffd", _ILLEGAL.sub("", str(value)))
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


_NAME_OK = re.compile(r"[^A-Za-z0-9_]")


def defined_name(raw: str, taken: set[str]) -> str:
    """A valid, unique Excel defined name made from ``raw``.

    Only ASCII letters, digits and underscores; starts with a letter; never looks like a cell
    reference (``AB12``, ``R1C1``); at most 200 characters.
    """
    name = _NAME_OK.sub("_", raw)[:200] or "name"
    if not name[0].isalpha():
        name = "n_" + name
    if re.fullmatch(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc]", name):
        name = "n_" + name
    base, i = name, 2
    while name.lower() in taken:
        name = f"{base}_{i}"
        i += 1
    taken.add(name.lower())
    return name


def col_letter(col: int) -> str:
    """Column letter of a 1-based column index."""
    return xl_col_to_name(col - 1)


def cell_value(x):
    """A value as XlsxWriter stores it beside a formula: text, bool or a finite float."""
    if isinstance(x, str | bool):
        return x
    x = float(x)
    return x if math.isfinite(x) else ERROR_VALUE


def xl_number(x: float) -> str:
    """A number as formula text, written with the same 16 significant digits as a stored
    number (so a formula comparing a cell with its exported value finds them equal)."""
    x = float(x)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.16G}"


# ------------------------------------------------------------------------------ language


_MISSING: set[str] = set()


@cache
def german() -> dict[str, str]:
    """The workbook's German texts: English text -> German text."""
    text = (
        resources.files("wattif.resources")
        .joinpath("i18n", "workbook_de.toml")
        .read_text(encoding="utf-8")
    )
    return dict(tomllib.loads(text)["text"])


def missing_translations() -> set[str]:
    """English texts a German export met that have no German entry (kept for the tests)."""
    return set(_MISSING)


class Tr:
    """``tr(text)``: the text in the workbook's language (English is the msgid)."""

    def __init__(self, lang: str):
        if lang not in ("en", "de"):
            raise ValueError(f"language must be 'en' or 'de', got {lang!r}")
        self.lang = lang
        self.table = german() if lang == "de" else {}

    def __call__(self, text: str) -> str:
        if self.lang == "en":
            return text
        out = self.table.get(text)
        if out is None:
            _MISSING.add(text)
            return text
        return out

    def name(self, text: str) -> str:
        """A catalogue name (a model, an accelerator) in the workbook's language: the shipped
        names with English words beyond the product's own ("… (archetype)") have a German
        form; a product's name ("Llama 3.1 8B Instruct") stays as it is, and is not missing."""
        return self.table.get(text, text) if self.lang != "en" else text

    def num(self, x: float, digits: int | None = None) -> str:
        """A number as text in the workbook's language (decimal comma in German)."""
        x = float(x)
        if digits is None:
            if x.is_integer() and abs(x) < 1e15:
                s = f"{int(x):,}" if abs(x) >= 1e4 else str(int(x))
            else:
                s = f"{x:g}"
        else:
            s = f"{x:,.{digits}f}"
        if self.lang == "de":
            s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return s


# ------------------------------------------------------------------------------ cells


class Formats:
    """Format objects by combination of style dicts (one Format per distinct combination)."""

    def __init__(self, wb):
        self.wb = wb
        self._cache: dict = {}

    def __call__(self, *styles, **extra):
        props = dict(BASE)
        for s in styles:
            if s:
                props.update(s)
        props.update(extra)
        key = tuple(sorted(props.items()))
        f = self._cache.get(key)
        if f is None:
            f = self._cache[key] = self.wb.add_format(props)
        return f

    def dxf(self, **props):
        """A conditional format (only the properties it changes)."""
        key = ("dxf", *sorted(props.items()))
        f = self._cache.get(key)
        if f is None:
            f = self._cache[key] = self.wb.add_format(props)
        return f


class Sheet:
    """A worksheet written with 1-based coordinates; formulas always carry their value."""

    def __init__(self, wb, fmt: Formats, name: str):
        self.ws = wb.add_worksheet(name)
        self.name = name
        self.fmt = fmt
        self.ref = "'" + name.replace("'", "''") + "'!"  # prefix of a reference to this sheet

    def text(self, r: int, c: int, value: object, *styles, limit: int = MAX_CELL_TEXT, **extra):
        """Text that is always text, never a formula (formula injection)."""
        s = safe_text(value, limit)
        if s[:1] in ("=", "+", "-", "@", "\t", "\r"):
            extra["quote_prefix"] = True  # stays text even when someone edits the cell
        f = self.fmt(*styles, **extra)
        if s:
            self.ws.write_string(r - 1, c - 1, s, f)
        else:
            self.ws.write_blank(r - 1, c - 1, None, f)
        return s

    def num(self, r: int, c: int, value: float, *styles, **extra) -> None:
        self.ws.write_number(r - 1, c - 1, value, self.fmt(*styles, **extra))

    def blank(self, r: int, c: int, *styles, **extra) -> None:
        self.ws.write_blank(r - 1, c - 1, None, self.fmt(*styles, **extra))

    def f(self, r: int, c: int, formula: str, value, *styles, **extra) -> None:
        """A formula with its stored value (see :meth:`put`)."""
        self.put(r, c, formula, value, self.fmt(*styles, **extra))

    def put(self, r: int, c: int, formula: str, value, fmt) -> None:
        """A formula (``=...``) and the value WattIf computed for it, with a ready Format.

        Straight into XlsxWriter's cell table: ``write_formula`` runs ~30 regular expressions
        per cell for Excel 365's future functions, which these formulas never use (they are
        plain Excel 2007 functions), and that would be most of the export time."""
        if self.ws._check_dimensions(r - 1, c - 1):
            raise ValueError(f"cell outside the sheet: row {r}, column {c}")
        self.ws.table[r - 1][c - 1] = CellFormulaTuple(formula[1:], fmt, cell_value(value))

    def put_row(self, r: int, cells, fmt) -> None:
        """Formulas of one row with one Format: ``cells`` are ``(column, formula, value)`` in
        column order (the Calc sheet: tens of thousands of cells, so checked once per row)."""
        if not cells:
            return
        for c in (cells[0][0], cells[-1][0]):
            if self.ws._check_dimensions(r - 1, c - 1):
                raise ValueError(f"cell outside the sheet: row {r}, column {c}")
        row = self.ws.table[r - 1]
        finite = math.isfinite(math.fsum(v for _c, _f, v in cells))
        for c, formula, value in cells:
            row[c - 1] = CellFormulaTuple(formula[1:], fmt, value if finite else cell_value(value))

    def widths(self, widths: dict[str, float]) -> None:
        for letter, w in widths.items():
            self.ws.set_column(f"{letter}:{letter}", w)

    def height(self, r: int, points: float) -> None:
        self.ws.set_row(r - 1, points)


def text_height(texts_widths, line: float = 12.75, pad: float = 2.5, font_chars: float = 0.9):
    """Row height [pt] that shows wrapped texts in full: ``texts_widths`` are ``(text, column
    width in characters)``; a column ``width`` digits wide holds about ``width / font_chars``
    characters of Arial 10 text (letters are narrower than digits on average)."""
    lines = 1
    for text, width in texts_widths:
        n = 0
        for para in str(text).split("\n"):
            n += max(1, math.ceil(len(para) * font_chars / max(width * 1.0 - 1, 1)))
        lines = max(lines, n)
    return lines * line + pad
