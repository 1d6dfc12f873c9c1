"""Calibration of decode physics v2 on public measurements (``make calibrate``).

Fits the constants of decode physics v2 in :mod:`wattif.core.lineitems` (fixed and per-sequence step
time, achieved bandwidth/compute, the power curve, what low precision buys) on the ML.ENERGY
benchmark runs of ``resources/data/measurements.csv`` — those rows and only those — and writes

* ``resources/data/decode_fit.toml``: the constants the model reads, the scaling rules of the
  ``custom`` model and the model's own error (the spread of cross-validated residuals);
* ``docs/calibration.md`` and ``docs/calibration_scatter.png``: constants with their meaning,
  predicted vs measured, error statistics by hardware, precision, replica size and batch, and
  leave-one-model-family-out cross-validation.

One set of constants for every chip and model: nothing here depends on a chip's or a model's
name. The fit minimises the squared log error of step time *and* accelerator power (both are
measured), so energy per token = power × time follows and each constant keeps its meaning.

Development tool: needs scipy (and matplotlib for the scatter plot), which the app never
imports at run time.

References
----------
mlenergy-v3 (measurements), model.md §2 (structure).
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from . import data

FITTED: dict[str, tuple[float, float, float, str, str]] = {
    # name: (start, lower, upper, unit shown, meaning)
    "tau0": (2e-3, 1e-5, 0.05, "s", "fixed time per decode step (scheduler, sampling, launch)"),
    "tau_layer": (5e-5, 1e-7, 1e-3, "s", "fixed time per layer and step (kernel launches)"),
    "tau_collective": (
        2e-5,
        1e-7,
        1e-3,
        "s",
        "time of one collective (all-reduce / all-to-all) per layer, twice per layer when g > 1",
    ),
    "c_layer": (
        1e-6,
        1e-9,
        1e-4,
        "s",
        "per-sequence time per layer and step above the roofline (attention, sampling)",
    ),
    "c_expert": (
        1e-7,
        1e-10,
        1e-4,
        "s",
        "per-sequence time per routed expert and MoE layer (dispatch/combine), shared by g",
    ),
    "eta_bw": (0.8, 0.05, 1.0, "-", "achieved share of peak memory bandwidth in the roofline term"),
    "eta_f": (0.6, 0.05, 1.0, "-", "achieved share of peak compute in the roofline term"),
    "p_floor": (0.4, 0.05, 1.0, "× TDP", "power floor of a serving accelerator"),
    "p_mem": (0.3, 0.0, 2.0, "× TDP", "power per unit of achieved bandwidth utilisation"),
    "p_cmp": (0.3, 0.0, 2.0, "× TDP", "power per unit of achieved compute utilisation"),
    "alpha_bytes": (
        0.8,
        0.01,
        1.0,
        "-",
        "how much of fewer bytes at 8/4 bit is realised: bytes × (bits/16)^alpha",
    ),
    "alpha_flops": (
        0.5,
        0.0,
        1.0,
        "-",
        "how much of the faster 8/4-bit math is realised: F16 × (F_bits/F16)^alpha",
    ),
}
"""The fitted constants: start value, bounds and meaning (times in seconds)."""

FIXED = {
    "smoothness": (4.0, "exponent n of the roofline's soft maximum (a modelling choice)"),
    "context_factor": (
        0.95,
        "mean context in flight = n_in + factor × n_out: sequences with long answers stay in "
        "the batch longer (exponential answer lengths give 1.0; 0.95 per model.md §2)",
    ),
    "kv_bits": (16.0, "KV cache precision of the runs (vLLM keeps KV in 16 bit by default)"),
}

PRECISION_BITS = {"bfloat16": 16.0, "fp16": 16.0, "fp8": 8.0, "mxfp4": 4.0}
HARDWARE_IDS = {"H100": "h100", "B200": "b200"}
BATCH_BINS = ((0, 16), (16, 64), (64, 256), (256, 1024), (1024, 1e9))
Z90 = 1.6448536269514722  # standard normal quantile of 95 % (two-sided 90 % interval)


# ----------------------------------------------------------------------------- data


def usable_rows() -> tuple[list[dict], list[tuple[dict, str]]]:
    """Measurement rows the model can be run on, and the rows left out with the reason."""
    cat = data.model_catalogue()
    tasks = data.mlenergy_tasks()
    use, skip = [], []
    for r in data.measurements():
        if not r["avg_batch"] or not r["avg_power_w_all_gpus"]:
            skip.append((r, "no measured batch or accelerator power (system power at the wall)"))
        elif r["hardware"] not in HARDWARE_IDS:
            skip.append((r, f"hardware {r['hardware']} not in the fit"))
        elif r["model_id"] not in cat:
            skip.append((r, "architecture not in the model catalogue"))
        elif r["task"] not in tasks:
            skip.append((r, f"no prompt-length assumption for task {r['task']}"))
        elif r["precision"] not in PRECISION_BITS:
            skip.append((r, f"unknown precision {r['precision']}"))
        else:
            use.append(r)
    return use, skip


def split_rows(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Rows of models marked ``fit`` in the catalogue (the reference architecture set) and the
    rest, a check on models the constants never saw."""
    cat = data.model_catalogue()
    fit_rows = [r for r in rows if cat[r["model_id"]].fit]
    return fit_rows, [r for r in rows if not cat[r["model_id"]].fit]


def design(rows: list[dict], prompt_scale: float = 1.0) -> dict:
    """The rows as one batch scenario in the benchmark's conditions, plus what was measured.

    Each row is the ``mlenergy_chat`` preset's conditions with the run's model, hardware,
    replica size, precision, prompt (task assumption), mean output length, and — given to the
    model instead of its memory cap — the measured average batch.
    """
    from .model import _Env
    from .scenario import load_preset

    tasks = data.mlenergy_tasks()
    n = len(rows)
    g = np.array([float(r["n_acc"]) for r in rows])
    batch = np.array([float(r["avg_batch"]) for r in rows])
    sc = load_preset("mlenergy_chat").replace(
        model=np.array([r["model_id"] for r in rows]),
        hardware=np.array([HARDWARE_IDS[r["hardware"]] for r in rows]),
        accelerators_per_replica=g,
        precision_bits=np.array([PRECISION_BITS[r["precision"]] for r in rows]),
        kv_cache_bits=np.full(n, FIXED["kv_bits"][0]),
        input_tokens=np.array([float(tasks[r["task"]]["prompt_tokens"]) for r in rows])
        * prompt_scale,
        output_tokens=np.array([float(r["mean_output_tokens"]) for r in rows]),
        concurrent_sequences=batch,
    )
    years = np.array([int(sc["base_year"])])
    return {
        "env": _Env(sc, years),
        "given": {"b_eff": batch.reshape(-1, 1, 1, 1, 1)},
        "t_meas": batch / np.array([float(r["output_tokens_per_s"]) for r in rows]),
        "p_meas": np.array([float(r["avg_power_w_all_gpus"]) for r in rows]) / g,
        "e_meas": np.array([float(r["j_per_output_token"]) for r in rows]),
        "moe": np.array([data.model_catalogue()[r["model_id"]].experts > 0 for r in rows]),
    }


def predict(x: dict, c: dict) -> dict:
    """The model's line items at the measured conditions, variant 0 and base year, as 1-D
    arrays: ``t_step`` [s], ``power_w`` [W], ``j_per_output_token`` [J], ``regime``."""
    from ._np_model import _pad, functions

    env = x["env"]
    k = {**env.K, **c}
    with np.errstate(all="ignore"):
        v = functions()["per_query_given"](env.P, k, env.T, env.off, env.HW, env.MD, x["given"])

    def flat(key):
        return np.broadcast_to(_pad(np.asarray(v[key], float))[:, 0, 0, 0, 0], x["e_meas"].shape)

    p = flat("p_acc")
    return {
        "t_step": flat("t_step"),
        "power_w": p,
        "j_per_output_token": p * flat("s_out"),
        "regime": flat("regime"),
    }


def _subset(x: dict, mask: np.ndarray) -> dict:
    env = copy.copy(x["env"])
    env.P = {
        key: (v[mask] if isinstance(v, np.ndarray) and v.shape[:1] == mask.shape else v)
        for key, v in x["env"].P.items()
    }
    env.P_model = env.P["model"]
    out = {k: (v[mask] if isinstance(v, np.ndarray) else v) for k, v in x.items() if k != "given"}
    out["env"] = env
    out["given"] = {k: v[mask] for k, v in x["given"].items()}
    return out


# ----------------------------------------------------------------------------- fit


def fit(x: dict, start: dict | None = None) -> dict:
    """Least-squares fit of :data:`FITTED` on log step time and log power [dict]."""
    from scipy.optimize import least_squares

    names = list(FITTED)
    fixed = {k: v for k, (v, _) in FIXED.items() if k != "kv_bits"}

    def unpack(z):
        c = dict(fixed)
        c.update({n: float(v) for n, v in zip(names, z, strict=True)})
        return c

    def residuals(z):
        p = predict(x, unpack(z))
        return np.concatenate(
            [np.log(p["t_step"] / x["t_meas"]), np.log(p["power_w"] / x["p_meas"])]
        )

    x0 = np.array([(start or {}).get(n, FITTED[n][0]) for n in names])
    lo = np.array([FITTED[n][1] for n in names])
    hi = np.array([FITTED[n][2] for n in names])
    scale = np.maximum(np.abs(x0), 1e-12)
    sol = least_squares(
        residuals, np.clip(x0, lo, hi), bounds=(lo, hi), x_scale=scale, method="trf", max_nfev=400
    )
    return unpack(sol.x)


def log_errors(x: dict, c: dict) -> np.ndarray:
    """``ln(predicted / measured)`` energy per output token, row by row."""
    return np.log(predict(x, c)["j_per_output_token"] / x["e_meas"])


def summary(lr: np.ndarray) -> dict:
    """Geometric-mean factor error, bias, share within ×/÷1.5 and ×/÷2, spread."""
    a = np.abs(lr)
    return {
        "n": int(lr.size),
        "gm_factor": float(np.exp(a.mean())) if lr.size else math.nan,
        "bias": float(np.exp(lr.mean())) if lr.size else math.nan,
        "within_1_5": float(np.mean(a <= math.log(1.5))) if lr.size else math.nan,
        "within_2": float(np.mean(a <= math.log(2.0))) if lr.size else math.nan,
        "sigma_log": float(lr.std()) if lr.size else math.nan,
        "worst": float(np.exp(a.max())) if lr.size else math.nan,
    }


def cross_validate(x: dict, families: np.ndarray, c_all: dict) -> np.ndarray:
    """Leave-one-model-family-out: each family predicted by constants fitted without it."""
    out = np.empty(families.size)
    for fam in np.unique(families):
        test = families == fam
        c = fit(_subset(x, ~test), start=c_all)
        out[test] = log_errors(_subset(x, test), c)
    return out


def architecture_rules() -> dict[str, float]:
    """Scaling rules for the ``custom`` model, read off the catalogue's published models.

    Layers ``= a * active^b`` (least squares in log-log over dense and MoE models of Hugging
    Face configs); KV heads and experts per token as the catalogue's medians.
    """
    ms = [
        m
        for m in data.model_catalogue().values()
        if not m.id.startswith("archetype/") and m.attention_layers == m.layers  # no hybrids
    ]
    act = np.array([m.active_params_b for m in ms])
    lay = np.array([m.layers for m in ms])
    b, log_a = np.polyfit(np.log(act), np.log(lay), 1)
    moe = [m.experts_per_token for m in ms if m.experts > 0]
    return {
        "layers_coef": round(float(math.exp(log_a)), 4),
        "layers_exp": round(float(b), 4),
        "kv_heads": float(np.median([m.kv_heads for m in ms])),
        "experts_per_token": float(np.median(moe)) if moe else 8.0,
    }


# ----------------------------------------------------------------------------- output


def _groups(rows, lr, key) -> dict[str, dict]:
    groups: dict[str, list[float]] = defaultdict(list)
    for r, e in zip(rows, lr, strict=True):
        groups[key(r)].append(float(e))
    return {k: summary(np.array(v)) for k, v in sorted(groups.items())}


def _batch_bin(r) -> str:
    b = float(r["avg_batch"])
    for lo, hi in BATCH_BINS:
        if lo <= b < hi:
            return f"{lo}–{int(hi) if hi < 1e8 else '∞'}"
    return "?"


def write_fit(path: Path, c: dict, rules: dict, err: dict, stats: dict) -> None:
    lines = [
        "# Decode physics v2: constants fitted by `make calibrate` (wattif.core.calibrate) on",
        "# resources/data/measurements.csv. Written by the script; edit the script, not this file.",
        "# Meaning and fit statistics: docs/calibration.md. Times in seconds, power as x TDP.",
        "",
        "[constants]",
    ]
    lines += [f"{n} = {c[n]:.6g}  # {FITTED[n][4]}" for n in FITTED]
    lines += ["", "[fixed]"]
    lines += [f"{n} = {v:g}  # {m}" for n, (v, m) in FIXED.items() if n != "kv_bits"]
    lines += ["", "[rules]  # the 'custom' model: architecture from its size (read off models.csv)"]
    lines += [f"{n} = {v:g}" for n, v in rules.items()]
    lines += [
        "",
        "[error]  # leave-one-model-family-out residuals of ln(predicted/measured) J per token",
    ]
    lines += [f"{n} = {v:.6g}" for n, v in err.items()]
    lines += ["", "[stats]"]
    lines += [f"{n} = {v:.6g}" for n, v in stats.items()]
    data_path = Path(path)
    data_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _table(title: str, groups: dict[str, dict], cv: dict[str, dict] | None = None) -> list[str]:
    head = "| " + title + " | rows | geo-mean factor error | bias | within ×/÷1.5 | within ×/÷2 |"
    sep = "|---|---:|---:|---:|---:|---:|"
    if cv is not None:
        head += " cross-validated geo-mean |"
        sep += "---:|"
    out = [head, sep]
    for k, s in groups.items():
        line = (
            f"| {k} | {s['n']} | {s['gm_factor']:.2f} | {s['bias']:.2f} | "
            f"{100 * s['within_1_5']:.0f} % | {100 * s['within_2']:.0f} % |"
        )
        if cv is not None:
            line += f" {cv[k]['gm_factor']:.2f} |"
        out.append(line)
    return out + [""]


def scatter_png(path: Path, x: dict, rows: list[dict], pred: np.ndarray, held=None) -> None:
    """Predicted vs measured J per output token, log-log, by hardware and dense/MoE; the
    held-out runs ``(measured, predicted)`` as grey crosses."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 5.2), sharex=True, sharey=True)
    meas = x["e_meas"]
    moe = x["moe"]
    hwn = np.array([r["hardware"] for r in rows])
    lo, hi = 0.8 * min(meas.min(), pred.min()), 1.25 * max(meas.max(), pred.max())
    if held is not None and len(held[0]):
        lo = min(lo, 0.8 * min(held[0].min(), held[1].min()))
        hi = max(hi, 1.25 * max(held[0].max(), held[1].max()))
    okabe = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
    for ax, (title, groups) in zip(
        axes,
        (
            ("by hardware", [(h, hwn == h) for h in sorted(set(hwn))]),
            ("by architecture", [("dense", ~moe), ("mixture of experts", moe)]),
        ),
        strict=True,
    ):
        if held is not None and len(held[0]):
            ax.scatter(
                held[0],
                held[1],
                s=10,
                marker="x",
                color="#999999",
                alpha=0.6,
                label="held-out models (not fitted)",
            )
        for (label, mask), colour in zip(groups, okabe, strict=False):
            ax.scatter(meas[mask], pred[mask], s=12, alpha=0.7, color=colour, label=label)
        ax.plot([lo, hi], [lo, hi], color="black", lw=1)
        for f in (1.5, 1 / 1.5):
            ax.plot([lo, hi], [lo * f, hi * f], color="grey", lw=0.8, ls="--")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_title(f"Model v2 vs ML.ENERGY v3, {title}")
        ax.set_xlabel("measured J per output token")
        ax.legend(loc="upper left", frameon=False)
    axes[0].set_ylabel("predicted J per output token (dashed: ×/÷1.5)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="calibrate", description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=".", help="repository root (writes data and docs there)")
    ap.add_argument("--no-write", action="store_true", help="print the figures only")
    args = ap.parse_args(argv)
    root = Path(args.root)
    t0 = time.perf_counter()

    all_rows, skipped = usable_rows()
    rows, check_rows = split_rows(all_rows)
    x = design(rows)
    c = fit(x)
    lr = log_errors(x, c)
    lr_check = log_errors(design(check_rows), c) if check_rows else np.empty(0)
    fam = np.array([data.model_catalogue()[r["model_id"]].family for r in rows])
    lr_cv = cross_validate(x, fam, c)
    s_all, s_cv = summary(lr), summary(lr_cv)
    sens = {}
    for scale in (0.5, 2.0):
        sens[scale] = summary(log_errors(design(rows, prompt_scale=scale), c))
    rules = architecture_rules()
    err = {
        "sigma_log": s_cv["sigma_log"],
        "bias_log": float(lr_cv.mean()),
        "factor_low": math.exp(-Z90 * s_cv["sigma_log"]),
        "factor_high": math.exp(Z90 * s_cv["sigma_log"]),
    }
    stats = {
        "rows": s_all["n"],
        "gm_factor": s_all["gm_factor"],
        "within_1_5": s_all["within_1_5"],
        "cv_gm_factor": s_cv["gm_factor"],
        "cv_within_1_5": s_cv["within_1_5"],
    }
    elapsed = time.perf_counter() - t0
    print(
        f"calibrate: {s_all['n']} rows, geo-mean error ×{s_all['gm_factor']:.3f}, "
        f"{100 * s_all['within_1_5']:.1f} % within ×/÷1.5; "
        f"cross-validated ×{s_cv['gm_factor']:.3f} "
        f"({100 * s_cv['within_1_5']:.1f} %); {elapsed:.1f} s"
    )
    for n in FITTED:
        print(f"  {n:15s} {c[n]:.4g}")
    if args.no_write:
        return 0
    write_fit(root / "resources/data/decode_fit.toml", c, rules, err, stats)
    data.write_toml_cache(root / "resources/data")  # the parsed copy read at start
    pred = predict(x, c)
    held = None
    if check_rows:
        x_chk = design(check_rows)
        held = (x_chk["e_meas"], predict(x_chk, c)["j_per_output_token"])
    scatter_png(root / "docs/calibration_scatter.png", x, rows, pred["j_per_output_token"], held)
    _write_report(
        root / "docs/calibration.md",
        rows,
        skipped,
        x,
        c,
        pred,
        lr,
        lr_cv,
        fam,
        rules,
        err,
        sens,
        (check_rows, lr_check),
    )
    print(f"wrote resources/data/decode_fit.toml, docs/calibration.md ({elapsed:.1f} s)")
    return 0


def precision_pairs(rows: list[dict], c: dict) -> list[tuple]:
    """Runs measured in BF16 and FP8 with everything else equal (family, hardware, replica,
    task, configured batch): measured and modelled FP8/BF16 throughput ratios per group."""
    cat = data.model_catalogue()
    if not rows:
        return []
    pred = predict(design(rows), c)
    speed = {}
    for r, t in zip(rows, pred["t_step"], strict=True):
        key = (
            cat[r["model_id"]].family,
            r["hardware"],
            r["n_acc"],
            r["task"],
            r["batch_max_num_seqs"],
        )
        meas = float(r["output_tokens_per_s"]) / float(r["avg_batch"])  # steps per second
        speed.setdefault(key, {})[r["precision"]] = (meas, 1.0 / t)
    groups: dict[tuple, list] = defaultdict(list)
    for key, v in speed.items():
        if "bfloat16" in v and "fp8" in v:
            groups[key[:3]].append((v["fp8"][0] / v["bfloat16"][0], v["fp8"][1] / v["bfloat16"][1]))
    return [
        (k, len(v), float(np.median([a for a, _ in v])), float(np.median([b for _, b in v])))
        for k, v in sorted(groups.items())
    ]


def _write_report(path, rows, skipped, x, c, pred, lr, lr_cv, fam, rules, err, sens, check):
    s_all, s_cv = summary(lr), summary(lr_cv)
    regime_names = np.array(["memory-bound", "compute-bound", "overhead-bound"])
    regime = regime_names[pred["regime"].astype(int)]
    t_err = summary(np.log(pred["t_step"] / x["t_meas"]))
    p_err = summary(np.log(pred["power_w"] / x["p_meas"]))

    def by(key):
        return _groups(rows, lr, key), _groups(rows, lr_cv, key)

    out = [
        "# Calibration of decode physics v2",
        "",
        "Written by `make calibrate` (`core/calibrate.py`); do not edit by hand. The model is",
        "described in [methodology.md](methodology.md) §2; the constants below are written to",
        "`resources/data/decode_fit.toml`, which the model reads.",
        "",
        "## Data",
        "",
        f"{len(rows)} runs of the ML.ENERGY benchmark v3 (vLLM 0.11.1, H100 and B200, 1–8 GPUs,",
        "BF16/FP8/MXFP4, dense and MoE; source `mlenergy-v3`) from",
        "`resources/data/measurements.csv` are fitted: the runs of the models whose architecture",
        "comes from the reference set (`fit = 1` in `models.csv`, the 22 models of the project's",
        f"`model_architectures.csv`). The {len(check[0])} runs of the other catalogued models",
        "(vision-language, coder, omni and hybrid-Mamba models added to the catalogue later) are",
        "never fitted: they are a held-out check below. No other measurements are used. Left out",
        "entirely:",
        "",
    ]
    reasons: dict[str, int] = defaultdict(int)
    for _, why in skipped:
        reasons[why] += 1
    out += [f"- {n} rows: {why}" for why, n in sorted(reasons.items())]
    out += [
        "",
        "Each run reports the average batch, the accelerators' average power and the output",
        "throughput, so step time (batch ÷ throughput) and power per accelerator are fitted",
        "separately (least squares in log space); energy per output token = g × power × step",
        "time ÷ batch follows. Prompt lengths are not published per run: the assumed mean prompt",
        "per task is in `resources/data/mlenergy_tasks.csv` (sensitivity below).",
        "",
        "## Fitted constants (one set for every chip and model)",
        "",
        "| constant | value | unit | meaning |",
        "|---|---:|---|---|",
    ]
    for n, (_, lo, hi, unit, meaning) in FITTED.items():
        v = c[n]
        shown, u = (
            (v * 1e3, "ms")
            if unit == "s" and v >= 1e-4
            else ((v * 1e6, "µs") if unit == "s" else (v, unit))
        )
        bound = (
            " (at its bound)"
            if math.isclose(v, lo, rel_tol=1e-3) or math.isclose(v, hi, rel_tol=1e-3)
            else ""
        )
        out.append(f"| `{n}` | {shown:.4g}{bound} | {u} | {meaning} |")
    out += ["", "Fixed, not fitted:", ""]
    out += [f"- `{n}` = {v:g}: {m}" for n, (v, m) in FIXED.items()]
    out += [
        "",
        "## How well it fits",
        "",
        f"- All {s_all['n']} rows: geometric-mean factor error **×{s_all['gm_factor']:.3f}**, "
        f"bias ×{s_all['bias']:.3f}, **{100 * s_all['within_1_5']:.1f} %** within ×/÷1.5, "
        f"{100 * s_all['within_2']:.1f} % within ×/÷2, worst ×{s_all['worst']:.2f}.",
        f"- Step time alone: ×{t_err['gm_factor']:.3f}; power alone: ×{p_err['gm_factor']:.3f}.",
        f"- **Leave-one-model-family-out cross-validation** ({len(set(fam))} families, each "
        f"predicted by constants fitted without it): geometric-mean factor error "
        f"**×{s_cv['gm_factor']:.3f}**, {100 * s_cv['within_1_5']:.1f} % within ×/÷1.5, "
        f"worst ×{s_cv['worst']:.2f}.",
        f"- Model error used by the uncertainty analysis (`model_error_factor`): the "
        f"cross-validated residuals' spread σ = {err['sigma_log']:.3f} in ln, a 90 % range of "
        f"×{err['factor_low']:.2f}–×{err['factor_high']:.2f}.",
        "",
        "![predicted vs measured](calibration_scatter.png)",
        "",
    ]
    check_rows, lr_check = check
    if len(check_rows):
        s_chk = summary(lr_check)
        out += [
            "### Held-out check: models the fit never saw",
            "",
            f"{s_chk['n']} runs: geometric-mean factor error ×{s_chk['gm_factor']:.3f}, bias "
            f"×{s_chk['bias']:.3f}, {100 * s_chk['within_1_5']:.1f} % within ×/÷1.5, "
            f"{100 * s_chk['within_2']:.1f} % within ×/÷2, worst ×{s_chk['worst']:.2f}.",
            "",
        ]
        key = lambda r: f"{r['model_id']} · {r['hardware']} ×{r['n_acc']} · {r['precision']}"  # noqa: E731
        out += _table("configuration", _groups(check_rows, lr_check, key))
    for title, key in (
        ("hardware", lambda r: r["hardware"]),
        ("precision", lambda r: r["precision"]),
        ("accelerators per replica", lambda r: r["n_acc"]),
        ("measured batch", _batch_bin),
        ("dense / MoE", lambda r: "MoE" if "moe" in r["architecture"].lower() else "dense"),
        ("task", lambda r: r["task"]),
    ):
        g_in, g_cv = by(key)
        out += [f"### By {title}", ""] + _table(title, g_in, g_cv)
    regime_rows = [dict(r, _regime=rg) for r, rg in zip(rows, regime, strict=True)]
    g_in = _groups(regime_rows, lr, lambda r: r["_regime"])
    g_cv = _groups(regime_rows, lr_cv, lambda r: r["_regime"])
    out += ["### By regime the model assigns", ""] + _table("regime", g_in, g_cv)
    fams = _groups(
        [dict(r, _f=f) for r, f in zip(rows, fam, strict=True)], lr_cv, lambda r: r["_f"]
    )
    out += [
        "### Cross-validation by held-out family",
        "",
        "| family | rows | geo-mean factor error | bias |",
        "|---|---:|---:|---:|",
    ]
    out += [f"| {k} | {s['n']} | {s['gm_factor']:.2f} | {s['bias']:.2f} |" for k, s in fams.items()]
    pairs = precision_pairs(rows + list(check[0]), c)
    out += [
        "",
        "## What FP8 buys: the same configuration measured in BF16 and FP8",
        "",
        "Median ratio of decode steps per second, FP8 ÷ BF16, over runs that differ only in the",
        "weights' precision (same model family, hardware, replica size, task and configured batch;",
        "fit and held-out runs):",
        "",
        "| family · hardware · replica | pairs | measured | model |",
        "|---|---:|---:|---:|",
    ]
    out += [f"| {k[0]} · {k[1]} ×{k[2]} | {n} | {m:.2f} | {p:.2f} |" for k, n, m, p in pairs]
    out += [
        "",
        "Measured, FP8 decode is about as fast as BF16 on the same chips. The model expects",
        "FP8 to be faster by the bytes it saves (the fit realises the fewer bytes fully and the",
        "faster 8-bit math not at all), so on these pairs it is optimistic for FP8 by about",
        "20–30 %; over all FP8 runs of the fit the bias is in the table by precision above. The",
        "Coder-480B runs on 8 B200 are a software path far slower in FP8 than in BF16, which no",
        "precision physics explains.",
        "",
        "## Sensitivity to the assumed prompt lengths",
        "",
        "With the constants above, all prompt lengths halved: "
        f"×{sens[0.5]['gm_factor']:.3f} ({100 * sens[0.5]['within_1_5']:.0f} % within ×/÷1.5); "
        f"doubled: ×{sens[2.0]['gm_factor']:.3f} ({100 * sens[2.0]['within_1_5']:.0f} %).",
        "",
        "## Scaling rules of the `custom` model (read off the catalogue)",
        "",
        f"Layers = {rules['layers_coef']:g} × active^{rules['layers_exp']:g} (active in 1e9); "
        f"KV heads {rules['kv_heads']:g}; a mixture of experts routes "
        f"{rules['experts_per_token']:g} experts per token (the catalogue's medians).",
        "",
    ]
    Path(path).write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
