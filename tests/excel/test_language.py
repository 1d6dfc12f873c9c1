"""The German workbook: German throughout, the same formulas and names as the English one."""

from __future__ import annotations

import re
import zipfile

import pytest

from wattif.core import load_preset
from wattif.core._xlsx_book import SHEETS
from wattif.core._xlsx_write import german, missing_translations
from wattif.core.excel import export_workbook
from wattif.core.measures import measures

from .xlsx_files import defined_names, read_book

# English words that are not German words as well (Hardware, Training, Tokens, Server, Rack,
# Cloud, Rebound, Export, Input are used in German too, so they are not in the list)
ENGLISH = set(
    """the and of per with energy year years query queries scenario baseline measure measures
    total share changed inputs power cost water from all off sheet sheets change without after
    before each every value values step savings saving increase cell cells figure figures row
    rows column columns chart summary results sources checks notes unit low high allowed
    description citation is are not by for to at or this that yes pass fail error errors formula
    formulas page used run runs one two model models accelerator accelerators household
    households time memory bandwidth peak layers heads experts parameters replica servers grid
    carbon intensity demand growth local device network idle capacity cooling facility fleet
    average provisioned nameplate equivalents exported projection legend colour how use
    key workbook living shown largest swing method samples seed percentiles uncertainty bands
    what moves switched adoption quantity variant line item items note now side catalogue
    added missing unknown outside range typical must number compared agreement internal
    consistency overall tolerance waterfall end step steps""".split()
)

# columns that hold data, not labels: catalogue names and notes, source citations, ids, keys
DATA_COLUMNS = {
    "Hardware": "ABCNO",
    "Modelle": "ABCPQ",
    "Quellen": "ABCD",
    "Eingaben": "ACDFGHJL",
    "Prüfungen": "CEFI",
    "Sensitivität": "B",
    "Szenario-Eingaben": "ACDE",  # keys; baseline, scenario and "Variante B" values (ids)
}


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lang")
    sc = load_preset("gpt4_training").replace(
        {m.on_key: True for m in measures()}, name="Mein Szenario", notes=""
    )
    base = load_preset().replace(name="Meine Basis", notes="")
    out = {}
    for lang in ("en", "de"):
        path = folder / f"{lang}.xlsx"
        variant = load_preset().replace(name="Variante B", notes="", m_modernise_on=True)
        export_workbook(sc, base, path, lang=lang, compared=[variant])
        out[lang] = path
    return out


def test_every_text_has_a_german_entry(books):
    assert missing_translations() == set()
    assert all(v.strip() for v in german().values())


def test_sheet_names_are_german(books):
    cells = read_book(books["de"])
    assert list(cells) == list(SHEETS.values())


TERMS_OF_ART = ("Power Usage Effectiveness", "Water Usage Effectiveness")
"""English terms a German text uses as they are."""


def english_words(text: str) -> set[str]:
    """English words of a text; names in capitals (ML.ENERGY), terms of art and hyphenated
    terms that German borrows (Chain-of-Thought, All-to-All) are not counted."""
    for term in TERMS_OF_ART:
        text = text.replace(term, "")
    words = re.findall(r"[A-Za-z][A-Za-z/-]*", text)
    return {
        w for w in words if not {"-", "/"} & set(w) and not w.isupper() and w.lower() in ENGLISH
    }


def test_no_english_labels_left(books):
    """Every text a German reader sees, constants and formula results alike."""
    cells = read_book(books["de"])
    found = []
    for sheet, sheet_cells in cells.items():
        skip = DATA_COLUMNS.get(sheet, "")
        for ref, (_formula, value) in sheet_cells.items():
            if not isinstance(value, str) or ref.rstrip("0123456789") in skip:
                continue
            if sheet == "Prüfungen" and ref.startswith("B"):  # catalogue names of changed rows
                side = sheet_cells.get("A" + ref[1:], (None, ""))[1]
                if side in ("Hardware", "Modelle"):
                    continue
            words = english_words(value)
            if words:
                found.append((sheet, ref, value[:80], sorted(words)))
    assert not found, found[:20]


def test_charts_and_number_formats_are_german(books):
    with zipfile.ZipFile(books["de"]) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
        styles = z.read("xl/styles.xml").decode()
    texts = []
    for xml in charts:
        texts += re.findall(r"<a:t>([^<]*)</a:t>", xml)  # titles
        texts += re.findall(r"<c:tx>.*?<c:v>([^<]*)</c:v>", xml, re.S)  # series names
    assert texts
    found = [(t, english_words(t)) for t in texts if english_words(t)]
    assert not found, found
    for word in ("million", " bn", " M EUR"):
        assert word not in styles
    assert "Mrd. EUR" in styles and "Mio. m³" in styles


def test_names_and_formulas_are_language_neutral(books):
    en, de = defined_names(books["en"]), defined_names(books["de"])
    assert en.keys() == de.keys()
    rename = {f"'{de_name}'!": f"'{en_name}'!" for en_name, de_name in SHEETS.items()}
    rename |= {f"{de_name}!": f"{en_name}!" for en_name, de_name in SHEETS.items()}

    def neutral(formula: str) -> str:
        for a, b in rename.items():
            formula = formula.replace(a, b)
        return re.sub(r'"[^"]*"', '""', formula)  # text in formulas is translated

    for name in en:
        assert neutral(de[name]) == en[name], name
    a, b = read_book(books["en"]), read_book(books["de"])
    compared = 0
    for en_sheet, de_sheet in SHEETS.items():
        for ref, (formula, value) in a[en_sheet].items():
            other = b[de_sheet].get(ref, (None, None))
            assert (formula is None) == (other[0] is None), (en_sheet, ref)
            if formula is None:
                continue
            assert neutral(other[0]) == neutral(formula), (en_sheet, ref, formula, other[0])
            if isinstance(value, float):  # the same numbers
                assert other[1] == value, (en_sheet, ref)
            compared += 1
    assert compared > 40_000


def test_catalogue_names_read_german_and_ids_stay(tmp_path):
    """A German workbook names the archetypes in German (as the window does) on the Models and
    Hardware sheets; the ids the formulas look up stay as they are."""
    import openpyxl

    from wattif.core import load_preset
    from wattif.core.excel import export_workbook

    path = tmp_path / "de.xlsx"
    scenario = load_preset("chatgpt_2025")
    export_workbook(scenario, scenario, path, lang="de", analyses=False)
    wb = openpyxl.load_workbook(path)
    texts = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert "MoE der GPT-4o-Klasse (Archetyp)" in texts
    assert "NVIDIA GB200 NVL72 (pro GPU)" in texts
    assert "GPT-4o-class MoE (archetype)" not in texts
    assert "archetype/gpt4o-class-moe" in texts  # the id
    assert "Llama 3.1 8B Instruct" in texts  # a product's name as it is


def test_the_measures_headers_break_between_words_in_german(books):
    """Review as a client: "Eingeschalte|t" and "Umsetzung|sjahr" broke mid-word in the
    Measures sheet's header. Every word of every header fits its column (bold type counted a
    tenth wider)."""
    import openpyxl

    ws = openpyxl.load_workbook(books["de"])["Maßnahmen"]
    widths = {}
    for dim in ws.column_dimensions.values():
        for i in range(dim.min, dim.max + 1):
            widths[i] = dim.width
    header = next(r for r in ws.iter_rows() if r[0].value == "Schritt")
    checked = 0
    for cell in header:
        for word in str(cell.value or "").split():
            checked += 1
            assert len(word) * 1.1 <= widths[cell.column], (word, widths[cell.column])
    assert checked >= 10
