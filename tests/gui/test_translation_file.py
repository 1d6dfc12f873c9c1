"""Every text the GUI translates is in the German translation file.

``pyside6-lupdate`` collects only the calls it recognises (``self.tr("…")``,
``QCoreApplication.translate("ctx", "…")``); a text passed through a helper of our own
(``_tr("…")``, ``t("…")``) never reached ``wattif_de.ts``, so German users read the band's
caption, the start-up notices and every core error in English while tests that install a
marking translator passed. This test reads the sources the way a user's German window needs
them: each literal text of a translating call must be a ``<source>`` of the shipped file, with
a finished translation.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "wattif_de.ts"
TRANSLATING = {"tr", "_tr", "t", "translate"}
"""Names of calls that translate a text (``translate`` takes it as its second argument)."""


def _texts_in_ts() -> dict[str, bool]:
    """Source text -> whether its translation is finished (not obsolete, not unfinished)."""
    out: dict[str, bool] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        done = (
            tr is not None and bool(tr.text) and kind not in ("unfinished", "obsolete", "vanished")
        )
        out[source] = out.get(source, False) or done
    return out


def _translated_literals() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted((ROOT / "gui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name not in TRANSLATING:
                continue
            index = 1 if name == "translate" else 0
            if len(node.args) > index:
                arg = node.args[index]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((path.name, node.lineno, arg.value))
    return found


def test_every_translated_text_is_in_the_german_file():
    shipped = _texts_in_ts()
    literals = _translated_literals()
    assert len(literals) > 300  # the scan finds the GUI's texts
    missing = [f"{f}:{line}: {text!r}" for f, line, text in literals if text not in shipped]
    assert missing == [], "not in wattif_de.ts (run lupdate):\n" + "\n".join(missing)
    unfinished = [
        f"{f}:{line}: {text!r}" for f, line, text in literals if text and not shipped[text]
    ]
    assert unfinished == [], "no German translation:\n" + "\n".join(unfinished)


def test_no_module_hides_its_texts_behind_a_helper():
    """A helper (``def _tr(text): return QCoreApplication.translate(ctx, text)``) is what hid
    texts from lupdate: translate with the literal call itself."""
    helpers = []
    for path in sorted((ROOT / "gui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in {"_tr", "t"}:
                helpers.append(f"{path.name}:{node.lineno}: def {node.name}")
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                if node.value.attr == "translate":
                    helpers.append(f"{path.name}:{node.lineno}: alias of translate")
    assert helpers == []
