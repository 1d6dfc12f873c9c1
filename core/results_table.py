"""Results as a table by year and component, and tables as CSV text.

The rows of ``wattif-cli run --csv`` and of the GUI's File → Export results as CSV…: one row per
year of the projection; columns for demand, the energy of each component and in total, the
energy per query of each component and in total, CO₂e, water, cost and the fleet. Every header
names its unit in brackets (``energy_host [kWh]``). Numbers are written with Python's shortest
round-trip representation, so reading the file back gives the model's floats exactly.

Pure Python + numpy (no Qt): the GUI's chart-data export uses :func:`table_text` as well.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Callable, Sequence

import numpy as np

from .errors import WattIfError
from .fileio import atomic_write_bytes
from .model import COMPONENTS, Results

CSV_ENCODING = "utf-8-sig"
"""Files start with a byte-order mark: Excel reads UTF-8 (``m³``, ``Kühlung``) only with it;
Python's ``utf-8-sig``, pandas and LibreOffice read it either way."""

Cell = str | int | float


def header(name: str, unit: str) -> str:
    """A column header: ``energy_host [kWh]``; a count has no unit: ``accelerators``."""
    return f"{name} [{unit}]" if unit else name


def _yearly_columns() -> list[tuple[str, str, Callable[[Results], np.ndarray]]]:
    cols: list[tuple[str, str, Callable[[Results], np.ndarray]]] = [
        ("queries", "queries/yr", lambda r: r.queries_per_year),
    ]
    for i, comp in enumerate(COMPONENTS):
        cols.append((f"energy_{comp}", "kWh", lambda r, i=i: r.energy_kwh[..., i]))
    cols.append(("energy_total", "kWh", lambda r: r.energy_total_kwh))
    for i, comp in enumerate(COMPONENTS):
        cols.append((f"per_query_{comp}", "Wh", lambda r, i=i: r.per_query_wh[..., i]))
    cols += [
        ("per_query_total", "Wh", lambda r: r.per_query_total_wh),
        ("co2e", "t CO2e", lambda r: r.co2e_t),
        ("grid_intensity", "g CO2e/kWh", lambda r: r.grid_gco2e_per_kwh),
        ("water", "m3", lambda r: r.water_m3),
        ("cost", "EUR", lambda r: r.cost_eur),
        ("accelerators", "", lambda r: r.accelerators),
        ("servers", "", lambda r: r.servers),
        ("racks", "", lambda r: r.racks),
        ("power_average", "MW", lambda r: r.power_avg_mw),
        ("power_provisioned", "MW", lambda r: r.power_provisioned_mw),
        ("households", "", lambda r: r.households),
    ]
    return cols


def results_columns() -> list[tuple[str, str]]:
    """(name, unit) of every column after ``year``, in order."""
    return [(name, unit) for name, unit, _ in _yearly_columns()]


def results_table(results: Results) -> tuple[list[str], list[list[Cell]]]:
    """Header and rows of the results: one row per year [see :func:`results_columns` for units].

    Parameters
    ----------
    results : Results
        One evaluated scenario (not a batch of samples).

    Returns
    -------
    header : list of str
        ``year``, then ``name [unit]`` per column.
    rows : list of list
        ``[year, value, ...]`` per year; the year an int, values floats.
    """
    years = np.asarray(results.years)
    if np.asarray(results.energy_kwh).ndim != 2:
        raise WattIfError("a results table needs one scenario, not a batch of samples")
    cols = _yearly_columns()
    head = ["year"] + [header(name, unit) for name, unit, _ in cols]
    values = [
        np.broadcast_to(np.asarray(get(results), dtype=float), years.shape) for *_, get in cols
    ]
    rows = [[int(y)] + [float(v[i]) for v in values] for i, y in enumerate(years.tolist())]
    return head, rows


def cell_text(value: Cell, decimal: str = ".") -> str:
    """A cell as text: ints as they are, floats in their shortest exact form (``0.1``, not
    ``0.1000000000000000055``), non-finite numbers empty; ``decimal`` replaces the point (a
    German spreadsheet pasted into expects ``0,24``)."""
    if isinstance(value, bool | np.bool_):
        return str(bool(value)).lower()
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        x = float(value)
        if not math.isfinite(x):
            return ""
        text = repr(x)
        if text.endswith(".0") and "e" not in text:
            text = text[:-2]  # 2030.0 -> 2030, 713000000.0 -> 713000000
        return text.replace(".", decimal) if decimal != "." else text
    return str(value)


def table_text(
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    delimiter: str = ",",
    decimal: str = ".",
) -> str:
    """The table as CSV (``delimiter=","``) or tab-separated text (``"\\t"``), lines ending in
    CRLF as RFC 4180 asks; cells with the delimiter, quotes or line breaks are quoted."""
    if decimal == delimiter:
        raise WattIfError("the decimal mark and the delimiter must differ")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(list(head))
    for row in rows:
        writer.writerow([cell_text(v, decimal) for v in row])
    return out.getvalue()


def results_csv(results: Results) -> str:
    """The results table (:func:`results_table`) as CSV text."""
    return table_text(*results_table(results))


def write_csv(path: str | os.PathLike, text: str) -> None:
    """Write CSV ``text`` to ``path`` atomically (:func:`~wattif.core.fileio.atomic_write_bytes`),
    with a byte-order mark (:data:`CSV_ENCODING`); problems raise one-line WattIfErrors."""
    atomic_write_bytes(path, text.encode(CSV_ENCODING))


def write_results_csv(results: Results, path: str | os.PathLike) -> None:
    """Write :func:`results_csv` to ``path`` (see :func:`write_csv`)."""
    write_csv(path, results_csv(results))
