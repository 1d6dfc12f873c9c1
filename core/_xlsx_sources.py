"""The workbook's Sources and README sheets: every cited source with a link a client can open,
and how to read and change the workbook (private; built by
:func:`._xlsx_book.build_workbook`).
"""

from __future__ import annotations

import re

from . import MODEL_VERSION, data, params
from ._xlsx_book import (
    CHANGED_FILL,
    _Ctx,
    _head_row,
    _name,
    _print_setup,
    _stamp,
    _title,
    client_text,
)
from ._xlsx_write import (
    BOLD,
    INPUT,
    LINK,
    MUTE,
    SECTION,
    SUB,
    TITLE,
    WRAP,
    safe_text,
    text_height,
)


def _location(ctx: _Ctx, raw: str) -> tuple[str, str | None]:
    """What a client can open for a source: the text shown and a link (or None)."""
    s = raw.strip()
    if s.startswith("doi:"):
        doi, _, rest = s[4:].strip().partition(" ")
        url = "https://doi.org/" + doi
        return f"{url} {rest}".strip(), url
    m = re.match(r"(https?://\S+)", s)
    if m:
        return s, m.group(1)
    head = s.split()[0] if s else ""
    if re.match(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", head, re.I):  # a domain, as nvidia.com
        url = "https://" + head.split("<")[0].rstrip("/")
        return "https://" + s, url if len(url) < 250 else None
    # a file of the WattIf repository or its research notes: not something a client has
    return ctx.tr("not public: the citation at left names the document"), None


def sources_sheet(ctx: _Ctx) -> None:
    """The Sources sheet: every cited source, with a link where a client can open it."""
    sh = ctx.sheet("Sources")
    tr = ctx.tr
    _title(sh, tr("Sources"), tr("Every source id cited by a parameter or a hardware entry."))
    _head_row(sh, 4, (tr("Id"), tr("Citation"), tr("Link or where to find it"), tr("Notes")))
    used: list[str] = []
    for p in params.registry().values():
        used += list(p.source)
    for hw in data.hardware_catalogue().values():
        used += [s.strip() for s in hw.source.split(";") if s.strip()]
    for m in data.model_catalogue().values():
        used += [s.strip() for s in m.source.split(";") if s.strip()]
    srcs = data.sources()
    widths = {"A": 22, "B": 60, "C": 45, "D": 70}
    row = 5
    for sid in dict.fromkeys(used):
        s = srcs.get(
            sid, {"citation": tr("(not in the source list)"), "url_or_location": "", "notes": ""}
        )
        citation = client_text(safe_text(s.get("citation", ""), 2000))
        notes = client_text(safe_text(s.get("notes", ""), 2000))
        shown, url = _location(ctx, safe_text(s.get("url_or_location", ""), 2000))
        if url:  # a link cell does not wrap (LibreOffice): a short text, the rest in the notes
            rest = shown.replace("https://", "", 1).split(url.replace("https://", ""), 1)[-1]
            rest = rest.strip(" ;,")
            shown = url.replace("https://", "")
            if len(shown) > 44:
                shown = shown[:43] + "…"
            if rest:
                notes = f"{rest}. {notes}" if notes else rest
        sh.text(row, 1, sid, BOLD, WRAP)
        sh.text(row, 2, citation, WRAP)
        if url:
            sh.ws.write_url(row - 1, 2, url, ctx.fmt(LINK, WRAP), string=safe_text(shown, 250))
        else:
            sh.text(row, 3, shown, MUTE, WRAP)
        sh.text(row, 4, notes, MUTE, WRAP)
        # wrapped text needs its height: rows printed at a fixed height overlap
        sh.height(
            row,
            text_height(
                [
                    (sid, widths["A"]),
                    (citation, widths["B"]),
                    (shown, widths["C"]),
                    (notes, widths["D"] * 1.1),
                ],
                pad=4,
            ),
        )
        row += 1
    sh.widths(widths)
    sh.ws.freeze_panes(4, 1)
    _print_setup(ctx, sh, title_rows=(4, 4))


def readme_sheet(ctx: _Ctx) -> None:
    """The README sheet: what the workbook holds and how to read and change it."""
    sh = ctx.sheet("README")
    ws = sh.ws
    tr = ctx.tr
    ws.hide_gridlines(2)
    sh.text(1, 1, tr("WattIf — what-if workbook on the energy use of AI"), TITLE)
    sh.height(1, 26)
    sh.text(
        2,
        1,
        tr(
            "A living model: change the blue cells on the Inputs sheet and every figure, table "
            "and chart recalculates. Every cell also stores its value, so a preview shows the "
            "numbers."
        ),
        SUB,
    )
    res = ctx.res
    rows = [
        (tr("Exported"), _stamp(ctx)),
        (
            tr("Model version"),
            tr("{0}: every formula is on the Calc sheet, every source on the Sources sheet").format(
                MODEL_VERSION
            ),
        ),
        (tr("Scenario"), ctx.sc.name if not ctx.de else _name(ctx, ctx.sc)),
        (tr("Scenario notes"), ctx.sc.notes or "–"),
        (tr("Baseline"), ctx.base.name if not ctx.de else _name(ctx, ctx.base)),
        (tr("Baseline notes"), ctx.base.notes or "–"),
        (
            tr("Projection"),
            tr("scenario {0}–{1}, baseline {2}–{3}").format(
                res["Scen_"].years[0],
                res["Scen_"].years[-1],
                res["Base_"].years[0],
                res["Base_"].years[-1],
            ),
        ),
    ]
    r = 4
    for k, v in rows:
        sh.text(r, 1, k, BOLD, WRAP)
        s = sh.text(r, 2, v, WRAP, limit=4000)
        sh.height(r, min(text_height([(s, 110)]), 200))
        r += 1
    r += 1
    sh.text(r, 1, tr("Colour legend"), SECTION)
    r += 1
    sh.num(r, 1, 1.2, INPUT)
    sh.text(
        r,
        2,
        tr(
            "Input: blue figures on a light fill — change these (Inputs, Hardware, Models, "
            "the check tolerance)."
        ),
    )
    r += 1
    sh.f(
        r, 1, f"={ctx.names['Scen_pue']}*1", float(ctx.sc["pue"]), border=1, border_color="#C9CED6"
    )
    sh.text(r, 2, tr("Formula: black — computed, do not overwrite."))
    r += 1
    sh.text(r, 1, tr("changed"), BOLD, bg_color=CHANGED_FILL)
    sh.text(r, 2, tr("On Inputs: a scenario value that differs from the baseline."))
    r += 2
    sh.text(r, 1, tr("How to use"), SECTION)
    r += 1
    howto = (
        tr(
            "1. Change the blue cells on Inputs (the scenario column, or the baseline column); "
            "everything recalculates. Data validation keeps each value in its allowed range."
        ),
        tr(
            "2. Switches are 1 (on) or 0 (off); hardware and models are ids from the Hardware "
            "and Models sheets (drop-down). Add your own hardware or model in the blue rows below "
            "those catalogues and choose it on Inputs."
        ),
        tr(
            "3. Summary shows the headline figures and charts; Results the per-year series; "
            "Measures the savings of each measure. Base and horizon year can be changed: the "
            "years, tables and charts follow (up to 2060)."
        ),
        tr(
            "4. Calc shows how every number is computed: one line item per row, the same formula "
            "across the year columns."
        ),
        tr(
            "5. Checks: internal consistency must always pass; inputs changed since the export "
            "and inputs outside their allowed range are listed by name; while nothing changed, "
            "the workbook is compared with WattIf's own numbers."
        ),
        tr(
            "6. Uncertainty and Tornado hold values WattIf computed at export (Monte Carlo bands, "
            "one-at-a-time sensitivity): they do not follow edits."
        ),
    )
    for line in howto:
        ws.merge_range(r - 1, 0, r - 1, 1, "", ctx.fmt(WRAP))
        sh.text(r, 1, line, WRAP)
        sh.height(r, text_height([(line, 130)]))
        r += 1
    r += 1
    sh.text(r, 1, tr("Sheets"), SECTION)
    r += 1
    guide = [
        (
            "Summary",
            "Headline figures for baseline and scenario, base and horizon year, with charts "
            "(one landscape page).",
        ),
        (
            "Inputs",
            "One row per parameter: value (blue), unit, low/default/high, allowed range, sources.",
        ),
        (
            "Calc",
            "The model as formulas: per-query physics, fleet, projection, for both sides and "
            "the waterfall steps.",
        ),
        ("Results", "Per-year series read by the charts."),
        ("Measures", "Savings by measure in the horizon year (waterfall)."),
        ("Uncertainty", "P5–P95 bands per year (Monte Carlo at export, values)."),
        ("Tornado", "What moves the horizon year's energy most (values at export)."),
        ("Hardware", "The hardware catalogue looked up by id; add your own rows."),
        ("Models", "The model catalogue and the fitted constants of decode physics v2."),
        ("Sources", "Full citation and link of every source id."),
        ("Checks", "Internal consistency, inputs changed or out of range, agreement with WattIf."),
    ]
    link = ctx.fmt(LINK)
    for key, text in guide:
        if key not in ctx.sheets:
            continue
        name = ctx.sheet(key).name
        ws.write_url(r - 1, 0, f"internal:{ctx.q(key)}A1", link, string=name)
        sh.text(r, 2, tr(text), WRAP)
        sh.height(r, 15)
        r += 1
    r += 1
    sh.text(r, 1, tr("Master check"), BOLD)
    sh.f(r, 2, f"={ctx.q('Checks')}C4", ctx.checks["master_value"], BOLD)
    sh.widths({"A": 24, "B": 110})
    _print_setup(ctx, sh, landscape=False, fit_height=1)
