"""``wattif-cli``: the command line of WattIf, a stable public interface.

    wattif-cli params   [--json]
    wattif-cli hardware [--json]
    wattif-cli models   [--json]
    wattif-cli presets  [--json]
    wattif-cli run      [--preset NAME | --scenario FILE] [--set KEY=VALUE ...]
                        [--json | --csv [-o FILE.csv]]
    wattif-cli export   [--preset NAME | --scenario FILE] [--set KEY=VALUE ...]
                        [--baseline FILE|PRESET] [--lang en|de] [--compare A B ...] -o FILE.xlsx
    wattif-cli charts   [scenario options] [--baseline FILE|PRESET] [--format png|svg]
                        [--size WxH] [--dpi N] [--lang en|de] -o FOLDER
    wattif-cli uncertainty [scenario options] [--samples N] [--seed S] [--pin KEY ...] [--json]
    wattif-cli tornado  [scenario options] [--metric M] [--year Y] [--json]
    wattif-cli goal-seek [scenario options] --vary KEY --target T [--metric M] [--year Y] [--json]
    wattif-cli compare  A B ... (preset names or scenario files) [--json]

Invalid input exits with code 2 and one line naming the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from . import data, params
from .errors import WattIfError, escape_unencodable_output, one_line, quote
from .measures import measures_off
from .model import COMPONENTS, REGIMES, Results, evaluate
from .scenario import DEFAULT_PRESET, Scenario, load_preset, load_scenario, preset_info

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise WattIfError(f"{self.prog}: {message}")


def _num(x: Any) -> Any:
    arr = np.asarray(x)
    if arr.dtype == bool:
        return arr.tolist()
    out = arr.astype(float).tolist()
    return out


def results_dict(results: Results) -> dict[str, Any]:
    """The JSON object of ``wattif-cli run --json`` (documented in README.md)."""
    r = results
    base = 0
    per_query = {c: float(r.per_query_wh[base, i]) for i, c in enumerate(COMPONENTS)}
    per_query["total"] = float(r.per_query_total_wh[base])
    energy = {c: _num(r.energy_kwh[:, i]) for i, c in enumerate(COMPONENTS)}
    energy["total"] = _num(r.energy_total_kwh)
    return {
        "base_year": int(r.years[0]),
        "years": [int(y) for y in r.years],
        "per_query_wh": per_query,
        "google_searches_per_query": float(r.per_query_total_wh[base] / r.google_search_wh),
        "accelerator_j_per_output_token": float(r.accelerator_j_per_output_token),
        "accelerator_j_per_input_token": float(r.accelerator_j_per_input_token),
        "accelerators_per_replica": int(r.accelerators_per_replica),
        "effective_batch": float(r.effective_batch),
        "memory_bound": bool(r.memory_bound),
        "fits_in_memory": bool(r.fits_in_memory),
        "accelerator_power_w": float(r.accelerator_power_w),
        "decode_step_ms": float(r.decode_step_ms),
        "bandwidth_utilisation": float(r.bandwidth_utilisation),
        "compute_utilisation": float(r.compute_utilisation),
        "regime": REGIMES[int(r.regime)],
        "local_j_per_output_token": float(r.local_j_per_output_token),
        "queries_by_year": _num(r.queries_per_year),
        "energy_kwh_by_year": energy,
        "co2e_t_by_year": _num(r.co2e_t),
        "water_m3_by_year": _num(r.water_m3),
        "cost_eur_by_year": _num(r.cost_eur),
        "accelerators_by_year": _num(r.accelerators),
        "servers_by_year": _num(r.servers),
        "racks_by_year": _num(r.racks),
        "power_mw_by_year": _num(r.power_avg_mw),
        "power_provisioned_mw_by_year": _num(r.power_provisioned_mw),
        "households_by_year": _num(r.households),
        "training": {
            "energy_kwh": float(r.training_energy_kwh),
            "accelerator_hours": float(r.training_accelerator_hours),
            "co2e_t": float(r.training_co2e_t),
            "flops": float(r.training_flops),
        },
    }


def _scenario_from_args(ns: argparse.Namespace) -> Scenario:
    if ns.preset and ns.scenario:
        raise WattIfError("give either --preset or --scenario, not both")
    sc = load_scenario(ns.scenario) if ns.scenario else load_preset(ns.preset or DEFAULT_PRESET)
    changes = {}
    for item in ns.set or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise WattIfError(f"--set expects KEY=VALUE, got {quote(item)}")
        changes[key.strip()] = params.parse_text(key.strip(), value)
    return sc.replace(changes) if changes else sc


def _fmt_si(value: float, unit: str) -> str:
    for factor, prefix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, "")):
        if abs(value) >= factor:
            return f"{value / factor:,.3g} {prefix}{unit}"
    return f"{value:.3g} {unit}"


def _print_run(sc: Scenario, r: Results) -> None:
    y0, y1 = int(r.years[0]), int(r.years[-1])
    print(f"Scenario: {sc.name}")
    print(
        f"Energy per query ({y0}): {r.per_query_total_wh[0]:.3f} Wh "
        f"(= {r.per_query_total_wh[0] / r.google_search_wh:.1f} web searches)"
    )
    for i, c in enumerate(COMPONENTS):
        if r.per_query_wh[0, i] > 0:
            print(f"  {c:<13} {r.per_query_wh[0, i]:.4f} Wh")
    print(
        f"Accelerators: {r.accelerator_j_per_output_token:.3f} J/output token, "
        f"{r.accelerator_j_per_input_token:.4f} J/input token, "
        f"{int(r.accelerators_per_replica)} per replica, batch {r.effective_batch:.0f}"
    )
    print(
        f"Decode step: {r.decode_step_ms:.2f} ms, {REGIMES[int(r.regime)]}-bound; "
        f"{r.accelerator_power_w:.0f} W per accelerator; bandwidth "
        f"{100 * r.bandwidth_utilisation:.0f} %, "
        f"compute {100 * r.compute_utilisation:.0f} % of peak"
    )
    if not bool(r.fits_in_memory):
        print("Warning: the weights do not fit on the replica; set more accelerators per replica.")
    print(
        f"{'year':>6} {'energy':>12} {'CO2e':>12} {'water':>12} {'cost':>13} "
        f"{'accel.':>9} {'avg MW':>8} {'households':>11}"
    )
    for i, y in enumerate(r.years):
        print(
            f"{y:>6} {_fmt_si(r.energy_total_kwh[i] * 1000, 'Wh'):>12} "
            f"{r.co2e_t[i]:>10,.0f} t {r.water_m3[i]:>9,.0f} m3 {r.cost_eur[i]:>13,.0f} "
            f"{r.accelerators[i]:>9,.0f} {r.power_avg_mw[i]:>8,.1f} {r.households[i]:>11,.0f}"
        )
    print(
        f"Training (one run): {_fmt_si(r.training_energy_kwh * 1000, 'Wh')}, "
        f"{r.training_accelerator_hours:,.3g} accelerator-hours, "
        f"{r.training_co2e_t:,.0f} t CO2e ({'included' if sc.include_training else 'not included'}"
        f" in the totals)"
    )
    del y1


def params_markdown() -> str:
    """The parameter reference of docs/parameters.md, generated from the declarations."""
    src = data.sources()
    lines = [
        "# Parameters",
        "",
        "Generated from `resources/data/parameters.toml` by `wattif-cli params --markdown`;",
        "do not edit by hand. *low-high* is the plausible range used for uncertainty and",
        "sensitivity; *allowed* is what a scenario file, the command line and the sliders",
        "accept. Source ids are listed in [sources](#sources).",
        "",
    ]
    group = None
    for p in params.registry().values():
        if p.group != group:
            group = p.group
            en, de = params.GROUP_LABELS[group]
            lines += [
                "",
                f"## {en} / {de}",
                "",
                "| key | label (EN / DE) | default | unit | low-high | allowed | source |",
                "|---|---|---|---|---|---|---|",
            ]
        lowhigh = f"{p.low:g}-{p.high:g}" if p.low is not None and p.high is not None else ""
        lines.append(
            f"| `{p.key}` | {p.label_en} / {p.label_de} | {p.default} | {p.unit} | "
            f"{lowhigh} | {p.range_text()} | {', '.join(p.source)} |"
        )
    lines += ["", "## Sources", "", "| id | citation |", "|---|---|"]
    for sid, row in src.items():
        lines.append(f"| `{sid}` | {row['citation']} ({row['url_or_location']}) |")
    return "\n".join(lines) + "\n"


def _cmd_params(ns: argparse.Namespace) -> int:
    reg = params.registry()
    if getattr(ns, "markdown", False):
        sys.stdout.write(params_markdown())
        return 0
    if ns.json:
        out = []
        for p in reg.values():
            out.append(
                {
                    "key": p.key,
                    "group": p.group,
                    "kind": p.kind,
                    "unit": p.unit,
                    "default": p.default,
                    "low": p.low,
                    "high": p.high,
                    "min": p.min,
                    "max": p.max,
                    "step": p.step,
                    "scale": p.scale,
                    "choices": list(p.choices) if p.kind == "choice" else None,
                    "measure": p.measure,
                    "label_en": p.label_en,
                    "label_de": p.label_de,
                    "help_en": p.help_en,
                    "help_de": p.help_de,
                    "source": list(p.source),
                }
            )
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return 0
    group = None
    for p in reg.values():
        if p.group != group:
            group = p.group
            print(f"\n[{params.GROUP_LABELS[group][0]}]")
        print(
            f"  {p.key:<36} {str(p.default):>10} {p.unit:<18} {p.range_text():<30} "
            f"{', '.join(p.source)}"
        )
    return 0


def _cmd_hardware(ns: argparse.Namespace) -> int:
    cat = data.hardware_catalogue()
    if ns.json:
        print(json.dumps([vars(h) for h in cat.values()], indent=1, ensure_ascii=False))
        return 0
    print(
        f"{'id':<11} {'name':<44} {'GB':>5} {'TB/s':>6} {'TF16':>6} {'TF8':>6} {'TF4':>6} "
        f"{'TDP W':>6} {'host W':>6}"
    )
    for h in cat.values():
        print(
            f"{h.id:<11} {h.name[:44]:<44} {h.memory_gb:>5g} {h.bandwidth_tb_s:>6g} "
            f"{h.tflops_16:>6g} {h.tflops_8:>6g} {h.tflops_4:>6g} {h.tdp_w:>6g} {h.host_w:>6g}"
        )
    return 0


def _cmd_models(ns: argparse.Namespace) -> int:
    cat = data.model_catalogue()
    if ns.json:
        rows = [{**vars(m), "dense_params_b": m.dense_params_b} for m in cat.values()]
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    print(
        f"{'id':<52} {'active B':>9} {'total B':>9} {'layers':>6} {'KV kB/tok':>9} "
        f"{'KV heads':>8} {'experts':>11}"
    )
    for m in cat.values():
        experts = f"{m.experts_per_token:g}/{m.experts:g}" if m.experts else "dense"
        print(
            f"{m.id[:52]:<52} {m.active_params_b:>9g} {m.total_params_b:>9g} {m.layers:>6g} "
            f"{m.kv_bytes_per_token_16bit / 1000:>9.1f} {m.kv_heads:>8g} {experts:>11}"
        )
    print("custom: active/total parameters and KV cache as set; see docs/methodology.md §2")
    return 0


def _cmd_presets(ns: argparse.Namespace) -> int:
    info = preset_info()
    if ns.json:
        print(json.dumps(info, indent=1, ensure_ascii=False))
        return 0
    for p in info:
        print(f"{p['name']:<22} {p['title']}{'  (default)' if p['default'] else ''}")
    return 0


def _cmd_run(ns: argparse.Namespace) -> int:
    if ns.output and not ns.csv:
        raise WattIfError("-o/--output writes the CSV table: give it with --csv")
    sc = _scenario_from_args(ns)
    r = evaluate(sc)
    if ns.csv:
        from .results_table import results_csv, write_results_csv

        if ns.output:
            write_results_csv(r, ns.output)
            print(f"Wrote {ns.output}")
        else:
            sys.stdout.write(results_csv(r).replace("\r\n", "\n"))
    elif ns.json:
        doc = {"scenario": sc.name, **results_dict(r)}
        print(json.dumps(doc, indent=1, ensure_ascii=False))
    else:
        _print_run(sc, r)
    return 0


def _cmd_export(ns: argparse.Namespace) -> int:
    sc = _scenario_from_args(ns)
    if ns.baseline:
        base = (
            load_preset(ns.baseline)
            if ns.baseline in data.preset_names()
            else load_scenario(ns.baseline)
        )
    else:  # the scenario's own: the same with its measures off
        base = measures_off(sc)
    from .excel import export_workbook  # XlsxWriter loads only when exporting

    compared = [
        load_preset(a) if a in data.preset_names() else load_scenario(a) for a in ns.compare
    ]
    export_workbook(sc, base, ns.output, lang=ns.lang, compared=compared)
    print(f"Wrote {ns.output}")
    return 0


CHART_WRITERS = "wattif.chart_writers"
"""Entry-point group of what draws ``wattif-cli charts``: the desktop app registers its writer
(``pyproject.toml``), so the core names no GUI module and never loads Qt itself."""


def _chart_writer():
    from importlib.metadata import entry_points

    found = entry_points(group=CHART_WRITERS)
    if not found:
        raise WattIfError("drawing charts needs the WattIf desktop app, which is not installed")
    return next(iter(found)).load()


def _cmd_charts(ns: argparse.Namespace) -> int:
    from .export_options import ImageSize, check_dpi, output_folder, parse_size

    width, height = parse_size(ns.size)
    size = ImageSize(width, height, check_dpi(ns.dpi)).checked()
    sc = _scenario_from_args(ns)
    if ns.baseline:
        is_preset = ns.baseline in data.preset_names()
        base = load_preset(ns.baseline) if is_preset else load_scenario(ns.baseline)
    else:  # as the Excel export: the scenario with its measures off
        base = measures_off(sc)
    folder = output_folder(ns.output)
    write_all_charts = _chart_writer()  # the desktop app draws them; loaded for this command only
    for path in write_all_charts(sc, base, folder, ns.format, size, lang=ns.lang):
        print(f"Wrote {path}")
    return 0


def _cmd_uncertainty(ns: argparse.Namespace) -> int:
    from .analyses import uncertainty_all

    sc = _scenario_from_args(ns)
    if not 2 <= ns.samples <= 100_000:
        raise WattIfError(f"--samples must be between 2 and 100000, got {ns.samples}")
    for key in ns.pin or ():
        params.get(key)  # unknown keys are named
    bands = uncertainty_all(sc, n=ns.samples, seed=ns.seed, pinned=ns.pin or ())
    years = [int(y) for y in next(iter(bands.values())).years]
    out = {
        "scenario": sc.name,
        "years": years,
        "samples": ns.samples,
        "seed": ns.seed,
        "pinned": list(ns.pin or ()),
        "method": "Latin hypercube, triangular around the scenario's values (log-triangular on "
        "log scales), every parameter with a plausible range incl. model_error_factor",
    }
    for metric, b in bands.items():
        out[metric] = {
            "p5": _num(b.p5),
            "p25": _num(b.p25),
            "p50": _num(b.p50),
            "p75": _num(b.p75),
            "p95": _num(b.p95),
        }
    if ns.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return 0
    print(f"Scenario: {sc.name}; {ns.samples} samples, seed {ns.seed}")
    for metric, b in bands.items():
        print(f"{metric}:")
        for i, y in enumerate(years):
            print(f"  {y}  P5 {b.p5[i]:.4g}  P50 {b.p50[i]:.4g}  P95 {b.p95[i]:.4g}")
    return 0


def _metric_arg(metric: str) -> str:
    from .analyses import metric_names

    if metric not in metric_names():
        raise WattIfError(f"--metric: '{metric}' is not one of {', '.join(metric_names())}")
    return metric


def _year_arg(sc: Scenario, year: int | None) -> int:
    y0, y1 = int(sc["base_year"]), int(sc["horizon_year"])
    if year is None:
        return y1
    if not y0 <= year <= y1:
        raise WattIfError(f"--year: {year} is outside the projection {y0}-{y1}")
    return year


def _cmd_tornado(ns: argparse.Namespace) -> int:
    from .analyses import tornado

    sc = _scenario_from_args(ns)
    t = tornado(sc, _metric_arg(ns.metric), _year_arg(sc, ns.year))
    rows = [
        {
            "key": b.key,
            "low_value": b.low,
            "high_value": b.high,
            "low_result": b.at_low,
            "high_result": b.at_high,
            "swing": b.swing,
            "unit": params.get(b.key).unit,
        }
        for b in t.bars
    ]
    if ns.json:
        doc = {"scenario": sc.name, "metric": t.metric, "year": t.year, "base": t.base}
        print(json.dumps(doc | {"rows": rows}, indent=1, ensure_ascii=False))
        return 0
    print(f"Tornado of {t.metric} in {t.year} (scenario: {t.base:.4g}); largest swing first")
    for r in rows:
        print(
            f"  {r['key']:<36} {r['low_value']:>10.4g} .. {r['high_value']:<10.4g} "
            f"-> {r['low_result']:.4g} .. {r['high_result']:.4g}"
        )
    return 0


def _cmd_goal_seek(ns: argparse.Namespace) -> int:
    from .analyses import goal_seek

    sc = _scenario_from_args(ns)
    params.get(ns.vary)
    g = goal_seek(sc, ns.vary, ns.target, _metric_arg(ns.metric), _year_arg(sc, ns.year))
    if ns.json:
        doc = {"key": g.key, "value": g.value, "result": g.achieved, "target": g.target}
        print(json.dumps(doc, indent=1))
        return 0
    print(f"{g.key} = {g.value:.6g} gives {ns.metric} {g.achieved:.6g} (target {g.target:.6g})")
    return 0


def _cmd_compare(ns: argparse.Namespace) -> int:
    from .analyses import compare

    scenarios = [
        load_preset(a) if a in data.preset_names() else load_scenario(a) for a in ns.scenarios
    ]
    results = compare(scenarios)
    pairs = list(zip(scenarios, results, strict=True))
    docs = [{"scenario": s.name, **results_dict(r)} for s, r in pairs]
    if ns.json:
        print(json.dumps({"scenarios": docs}, indent=1, ensure_ascii=False))
        return 0
    print(f"{'scenario':<40} {'Wh/query':>9} {'energy (horizon)':>17} {'accelerators':>13}")
    for s, r in zip(scenarios, results, strict=True):
        print(
            f"{s.name[:40]:<40} {r.per_query_total_wh[0]:>9.3f} "
            f"{_fmt_si(r.energy_total_kwh[-1] * 1000, 'Wh'):>17} {r.accelerators[-1]:>13,.0f}"
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog="wattif-cli",
        description="WattIf: what-if analyzer for the energy use of AI (command line).",
    )
    ap.add_argument("--version", action="version", version="%(prog)s 0.1.0")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, func, helptext in (
        ("params", _cmd_params, "list the parameters"),
        ("hardware", _cmd_hardware, "list the hardware catalogue"),
        ("models", _cmd_models, "list the model catalogue"),
        ("presets", _cmd_presets, "list the presets"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "params":
            p.add_argument("--markdown", action="store_true", help="reference table (docs)")
        p.set_defaults(func=func)

    def scenario_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--preset", help=f"preset name (default {DEFAULT_PRESET})")
        p.add_argument("--scenario", help="scenario file (JSON)")
        p.add_argument(
            "--set", action="append", metavar="KEY=VALUE", help="change one parameter (repeatable)"
        )

    p = sub.add_parser("run", help="evaluate a scenario and print the key results")
    scenario_args(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--csv", action="store_true", help="the results by year and component as CSV")
    p.add_argument("-o", "--output", metavar="FILE", help="with --csv: write FILE, not stdout")
    p.set_defaults(func=_cmd_run)
    p = sub.add_parser("export", help="write the Excel workbook")
    scenario_args(p)
    p.add_argument(
        "--baseline",
        help="baseline preset name or scenario file (default: the scenario with its measures off)",
    )
    p.add_argument("-o", "--output", required=True, help="output .xlsx file")
    p.add_argument(
        "--lang", choices=("en", "de"), default="en", help="language of the workbook (default en)"
    )
    p.add_argument(
        "--compare",
        nargs="+",
        default=(),
        metavar="PRESET|FILE",
        help="named scenarios for the workbook's Scenarios sheet (living: inputs and formulas)",
    )
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("uncertainty", help="P5/P50/P95 bands per year (Monte Carlo)")
    scenario_args(p)
    p.add_argument("--samples", type=int, default=1000, help="number of samples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--pin", action="append", metavar="KEY", help="keep KEY fixed (repeatable)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_uncertainty)

    def metric_year(p: argparse.ArgumentParser) -> None:
        p.add_argument("--metric", default="energy_kwh", help="output (default energy_kwh)")
        p.add_argument("--year", type=int, help="year (default: the horizon year)")
        p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("tornado", help="one-at-a-time sensitivity, largest swing first")
    scenario_args(p)
    metric_year(p)
    p.set_defaults(func=_cmd_tornado)
    p = sub.add_parser("goal-seek", help="the value of one input that reaches a target")
    scenario_args(p)
    metric_year(p)
    p.add_argument("--vary", required=True, metavar="KEY", help="the input to solve for")
    p.add_argument("--target", required=True, type=float, help="target value of the metric")
    p.set_defaults(func=_cmd_goal_seek)
    p = sub.add_parser("compare", help="evaluate several scenarios side by side")
    p.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="preset names or files")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_compare)

    from .export_options import SLIDE_DPI, SLIDE_SIZE

    p = sub.add_parser("charts", help="write every chart as PNG or SVG (offscreen Qt)")
    scenario_args(p)
    p.add_argument(
        "--baseline",
        help="baseline preset name or scenario file (default: the scenario with its measures off)",
    )
    p.add_argument("--format", choices=("png", "svg"), default="png", help="(default png)")
    p.add_argument(
        "--size",
        default=f"{SLIDE_SIZE[0]}x{SLIDE_SIZE[1]}",
        metavar="WxH",
        help="image size in pixels (default %(default)s)",
    )
    p.add_argument(
        "--dpi",
        type=int,
        default=SLIDE_DPI,
        help="resolution; higher draws text larger in the same pixels (default %(default)s)",
    )
    p.add_argument(
        "--lang", choices=("en", "de"), default="en", help="language of the charts (default en)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", help="output folder")
    p.set_defaults(func=_cmd_charts)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    escape_unencodable_output()  # PYTHONIOENCODING=ascii: escapes, not a UnicodeEncodeError
    try:
        ns = build_parser().parse_args(argv)
        for line in data.catalogue_problems():  # rows of the user's catalogues left out
            print(f"warning: {one_line(line)}", file=sys.stderr)
        return ns.func(ns)
    except WattIfError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:  # e.g. a file-size limit (ulimit -f) hit while writing
        sys.unraisablehook = lambda _: None  # an aborted writer complains again when collected
        print(f"error: {one_line(exc.strerror or str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
