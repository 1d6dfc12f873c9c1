"""Excel export: a living workbook that recomputes the WattIf model with its own formulas.

``export_workbook(scenario, baseline, path, progress=None, lang="en", analyses=True)`` writes
an ``.xlsx`` file with the sheets README, Summary, Inputs, Calc, Results, Measures, Uncertainty,
Tornado, Hardware, Models, Sources and Checks (see ``docs/excel.md``), in English or German.
The Calc sheet's formulas are rendered from the line-item declaration :func:`wattif.core.evaluate`
is generated from; every formula cell also stores the value WattIf computed for it, so a viewer
that does not recalculate shows the numbers. The Checks sheet tests the workbook's internal
consistency, lists inputs changed since the export or out of range, and sets the values WattIf
computed beside the workbook's own results.

XlsxWriter is imported only inside :func:`export_workbook`, so importing this module (or
``wattif.core``) stays cheap for the app's start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import WattIfError
from .scenario import Scenario, atomic_write_bytes

Progress = Callable[[float, str], None]


def export_workbook(
    scenario: Scenario,
    baseline: Scenario,
    path: str | os.PathLike,
    progress: Progress | None = None,
    lang: str = "en",
    analyses: bool = True,
    compared: Sequence[Scenario] = (),
) -> None:
    """Write the Excel workbook comparing ``scenario`` with ``baseline``.

    Parameters
    ----------
    scenario, baseline : Scenario
        Scalar scenarios (not batches).
    path : str or path-like
        Output file (``.xlsx``). Written atomically: a temporary file in the same folder, then
        replaced, so a failure leaves no half-written file and an existing file unchanged.
    progress : callable(fraction, message), optional
        Called with a fraction in ``[0, 1]`` and a short English message as the export advances.
    lang : {"en", "de"}
        Language of the workbook: sheet names, labels, units, notes, number formats and chart
        titles. Defined names and formulas are the same in both.
    analyses : bool
        Add the Uncertainty and Tornado sheets (values WattIf computes at export).
    compared : sequence of Scenario
        Named scenarios compared in the window (at most ``_xlsx_compare.MAX_COMPARED``): their
        inputs on a Scenario inputs sheet, a living column block each on Calc, and their key
        figures and annual energy as formulas on a Scenarios sheet.

    Raises
    ------
    WattIfError
        A batch scenario, an unknown language, or a path that cannot be written (the message
        names the path and the problem: missing folder, a folder given as file, a read-only
        file, no permission or file open elsewhere, disk full). A file that is replaced keeps
        its permissions; a symlink stays a symlink (``fileio.atomic_write_bytes``).
    """
    report = progress if progress is not None else _no_progress
    if lang not in ("en", "de"):
        raise WattIfError(f"language must be 'en' or 'de', got {lang!r}")
    named = [(f"compared scenario {i + 1}", sc) for i, sc in enumerate(compared)]
    for which, sc in (("scenario", scenario), ("baseline", baseline), *named):
        if not isinstance(sc, Scenario):
            raise WattIfError(f"the {which} must be a Scenario, got {type(sc).__name__}")
        if sc.is_batch:
            raise WattIfError(f"the {which} is a batch of samples; export a single scenario")
    p = Path(path)
    if p.is_dir():
        raise WattIfError(f"{p}: is a folder, not a file name")
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        raise WattIfError(f"{p}: the folder {folder} does not exist")

    report(0.0, "Evaluating the scenarios")
    from ._xlsx_book import build_workbook  # XlsxWriter loads here, only when exporting

    payload = build_workbook(
        scenario, baseline, report, lang=lang, analyses=analyses, compared=tuple(compared)
    )
    report(0.95, f"Writing {p.name}")
    atomic_write_bytes(p, payload)
    report(1.0, "Done")


def _no_progress(fraction: float, message: str) -> None:
    return None
