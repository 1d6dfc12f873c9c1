"""Inference physics: replica size, roofline decode, compute-bound prefill, local devices.

All functions are vectorised: every argument may be a scalar or a numpy array, and arrays
broadcast against each other. Units are in the names and in brackets in the docstrings.

References
----------
Roofline decode and the calibration of its efficiencies: mlenergy-v3. FLOPs per token
(2 x active parameters): kaplan-2020. Hardware figures: nvidia-datasheets, amd-mi300x.
"""

from __future__ import annotations

import numpy as np

GIGA = 1e9
TERA = 1e12
KIB = 1024.0


def weight_bytes(params_b, bits):
    """Bytes of model weights [B] for ``params_b`` billion parameters at ``bits`` bit."""
    return np.asarray(params_b, dtype=float) * GIGA * np.asarray(bits, dtype=float) / 8.0


def kv_bytes_per_token(kv_kb_per_token_16bit, bits):
    """KV-cache bytes per token of context [B] at ``bits`` bit (declared at 16 bit [KiB])."""
    return np.asarray(kv_kb_per_token_16bit, dtype=float) * KIB * np.asarray(bits, float) / 16.0


def replica_size(total_params_b, bits, memory_gb, usable_fraction, kv_headroom, override=0):
    """Accelerators holding one copy of the model [count].

    The smallest power of two whose usable memory holds the weights plus a KV-cache headroom
    (tensor parallelism splits attention heads, so degrees are powers of two). A positive
    ``override`` is used as given.

    Parameters
    ----------
    total_params_b : parameters held in memory [1e9]
    bits : precision of the weights [bit]
    memory_gb : memory per accelerator [GB]
    usable_fraction : share of memory the serving engine may use [-]
    kv_headroom : memory kept for the KV cache as a share of the weights [-]
    override : accelerators per replica set by the user; 0 = derive [count]
    """
    need = (
        weight_bytes(total_params_b, bits)
        * (1.0 + np.asarray(kv_headroom, float))
        / (np.asarray(memory_gb, float) * GIGA * np.asarray(usable_fraction, float))
    )
    derived = 2.0 ** np.ceil(np.log2(np.maximum(need, 1.0)))
    override = np.asarray(override, dtype=float)
    return np.where(override > 0, override, derived)


def effective_batch(
    batch, accelerators, memory_gb, usable_fraction, weights_b, context_tokens, kv_bytes_token
):
    """Sequences that can decode together, capped by the memory left for the KV cache [count].

    Returns the batch (at least 1) and a flag telling whether the weights fit at all.
    """
    free = (
        np.asarray(accelerators, float)
        * np.asarray(memory_gb, float)
        * GIGA
        * np.asarray(usable_fraction, float)
        - weights_b
    )
    per_seq = np.asarray(context_tokens, float) * kv_bytes_token
    cap = np.maximum(free / np.maximum(per_seq, 1.0), 1.0)
    return np.minimum(np.maximum(np.asarray(batch, float), 1.0), cap), free > 0


def params_touched_b(active_b, total_b, batch):
    """Weights read per decode step [1e9 parameters].

    Dense model: all of them. Mixture of experts with unknown layout: each token picks experts
    with probability k/E = active/total, so ``B`` tokens touch
    ``total * (1 - (1 - active/total)^B)`` (shared weights folded into the experts).
    """
    active_b = np.asarray(active_b, float)
    total_b = np.maximum(np.asarray(total_b, float), active_b)
    share = active_b / total_b
    return total_b * (1.0 - (1.0 - share) ** np.asarray(batch, float))


def decode_step_s(
    touched_b,
    bits,
    batch,
    context_tokens,
    kv_bytes_token,
    active_b,
    accelerators,
    bandwidth_tb_s,
    tflops,
    eta_bw,
    eta_f,
    tokens_per_step=1.0,
):
    """Time of one decode step of a replica [s] and whether it is memory-bound [bool].

    ``t = max(bytes / (g * BW * eta_bw), 2 * P_active * B * tau / (g * F * eta_f))`` with
    ``bytes = bits/8 * P_touched + B * ctx * kv_bytes``; ``tau`` tokens per step (speculative
    decoding verifies ``tau`` tokens per weight read).
    """
    g = np.asarray(accelerators, float)
    bytes_read = (
        weight_bytes(touched_b, bits)
        + np.asarray(batch, float) * np.asarray(context_tokens, float) * kv_bytes_token
    )
    t_mem = bytes_read / (g * np.asarray(bandwidth_tb_s, float) * TERA * eta_bw)
    t_cmp = (
        2.0
        * np.asarray(active_b, float)
        * GIGA
        * np.asarray(batch, float)
        * tokens_per_step
        / (g * np.asarray(tflops, float) * TERA * eta_f)
    )
    return np.maximum(t_mem, t_cmp), t_mem >= t_cmp


def prefill_seconds_per_token(active_b, tflops, eta_prefill):
    """Accelerator-seconds to prefill one input token [s]: ``2 * P_active / (F * eta)``."""
    return (
        2.0 * np.asarray(active_b, float) * GIGA / (np.asarray(tflops, float) * TERA * eta_prefill)
    )


def local_decode_seconds_per_token(params_b, bits, bandwidth_tb_s, tflops, eta_bw, eta_f):
    """Device-seconds per generated token at batch 1 on a local device [s] (roofline)."""
    t_mem = weight_bytes(params_b, bits) / (np.asarray(bandwidth_tb_s, float) * TERA * eta_bw)
    t_cmp = 2.0 * np.asarray(params_b, float) * GIGA / (np.asarray(tflops, float) * TERA * eta_f)
    return np.maximum(t_mem, t_cmp)


# ----------------------------------------------------------------------- decode, version 2


def experts_touched(experts, experts_per_token, tokens):
    """Distinct experts one MoE layer reads in a step [count]: ``E * (1 - (1 - k/E)^tokens)``.

    ``tokens`` routed tokens each pick ``k`` of ``E`` experts (uniform routing); 0 experts for a
    dense model.
    """
    e = np.asarray(experts, float)
    share = np.asarray(experts_per_token, float) / np.maximum(e, 1.0)
    return np.where(e > 0, e * (1.0 - (1.0 - share) ** np.asarray(tokens, float)), 0.0)


def smooth_max(a, b, n):
    """``(a^n + b^n)^(1/n)``: the roofline's maximum with a soft corner (``n`` large = hard)."""
    m = np.maximum(np.maximum(a, b), 1e-300)
    return m * ((a / m) ** n + (b / m) ** n) ** (1.0 / n)


def low_precision_factor(bits, exponent):
    """What ``bits``-bit data costs relative to 16 bit, as served today [-].

    ``(bits/16)^exponent``: 1 = the full saving of fewer bytes (or faster math), 0 = none. The
    exponents are fitted on measured FP8/MXFP4 runs (docs/calibration.md).
    """
    return (np.asarray(bits, float) / 16.0) ** exponent


def decode_step(
    *,
    g,
    weight_bytes_replica,
    kv_bytes_token,
    kv_shards,
    batch,
    context_tokens,
    tokens_per_seq,
    flops_per_step_replica,
    layers,
    routed_expert_layers,
    bandwidth_tb_s,
    tflops,
    c,
):
    """One decode step of a replica, version 2 (model.md §2; docs/methodology.md §2).

    ``t = tau0 + tauL*L + [g>1]*2L*tauC + B*(cL*L + cE*k*n_moe/g) + smax(t_mem, t_cmp)`` with
    ``t_mem = (weights/g + B*ctx*kv/min(g, kv_heads)) / (BW*eta_bw)`` and
    ``t_cmp = FLOPs/g / (F*eta_f)`` per accelerator.

    Parameters
    ----------
    g : accelerators per replica [count]
    weight_bytes_replica : weight bytes read per step by the replica (touched experts only) [B]
    kv_bytes_token : KV-cache bytes per token of context, whole model [B]
    kv_shards : accelerators the KV cache is split over, ``min(g, kv_heads)`` [count]
    batch : sequences decoding together [count]
    context_tokens : mean context of the sequences in flight [tokens]
    tokens_per_seq : tokens each sequence adds per step (speculative decoding) [tokens]
    flops_per_step_replica : FLOPs of one step, prefill chunks included [FLOP]
    layers : decoder layers [count]
    routed_expert_layers : ``k * n_moe_layers`` expert calls per token [count]
    bandwidth_tb_s, tflops : peak memory bandwidth [TB/s], peak throughput at the precision [TFLOP/s]
    c : mapping of the fitted constants (seconds, shares), see ``decode_fit.toml``

    Returns
    -------
    dict with ``t_step`` [s], ``t_mem``, ``t_cmp``, ``t_fixed``, ``t_seq`` [s], ``u_mem`` and
    ``u_cmp`` (achieved share of peak bandwidth and compute [-]).
    """
    g = np.asarray(g, float)
    batch = np.asarray(batch, float)
    bytes_acc = weight_bytes_replica / g + batch * context_tokens * kv_bytes_token / kv_shards
    flops_acc = flops_per_step_replica / g
    bw = np.asarray(bandwidth_tb_s, float) * TERA
    fl = np.asarray(tflops, float) * TERA
    t_mem = bytes_acc / (bw * c["eta_bw"])
    t_cmp = flops_acc / (fl * c["eta_f"])
    t_fixed = c["tau0"] + layers * (c["tau_layer"] + np.where(g > 1, 2.0 * c["tau_collective"], 0.0))
    t_seq = batch * tokens_per_seq * (c["c_layer"] * layers + c["c_expert"] * routed_expert_layers / g)
    t = t_fixed + t_seq + smooth_max(t_mem, t_cmp, c["smoothness"])
    return {
        "t_step": t,
        "t_mem": t_mem,
        "t_cmp": t_cmp,
        "t_fixed": t_fixed,
        "t_seq": t_seq,
        "u_mem": bytes_acc / (bw * t),
        "u_cmp": flops_acc / (fl * t),
    }


def accelerator_power_w(tdp_w, u_mem, u_cmp, p_floor, p_mem, p_cmp, fixed_fraction=0.0):
    """Average accelerator power while serving [W].

    ``TDP * min(1, p_floor + p_mem*u_mem + p_cmp*u_cmp)``; a positive ``fixed_fraction`` replaces
    this by a stated share of TDP (presets reproducing someone else's assumption).
    """
    share = np.minimum(1.0, p_floor + p_mem * u_mem + p_cmp * u_cmp)
    fixed = np.asarray(fixed_fraction, float)
    return np.asarray(tdp_w, float) * np.where(fixed > 0, fixed, share)


ARCH_FIELDS = (
    "active_b",
    "total_b",
    "dense_b",
    "layers",
    "kv_bytes_16",
    "kv_heads",
    "attn_flops_ctx",
    "moe_layers",
    "experts",
    "experts_per_token",
    "expert_b",
)
"""Architecture facts :func:`serving_point` needs (see ``models.csv`` and :func:`derive_architecture`)."""


def derive_architecture(active_b, total_b, kv_kb_16, rules):
    """Architecture facts of a model known only by its size (the ``custom`` model) [dict].

    Documented scaling rules (docs/methodology.md §2, constants in ``decode_fit.toml`` under
    ``[rules]``, read off the catalogue): layers ``= a * active^b``; width from
    ``P_active = 12 * L * d^2``; attention FLOPs per context token ``4 * L * d``; KV heads as
    the catalogue's median; a mixture of experts (``total > active``) as ``moe_layers = L``
    layers of ``E = k * total/active`` experts with the catalogue's median ``k`` per token, all
    weights in experts (the active/total ratio is all that is known).
    """
    active = np.asarray(active_b, float)
    total = np.maximum(np.asarray(total_b, float), active)
    layers = np.maximum(1.0, np.round(rules["layers_coef"] * active ** rules["layers_exp"]))
    d_model = np.sqrt(active * 1e9 / (12.0 * layers))
    moe = total > active * (1.0 + 1e-9)
    k = rules["experts_per_token"]
    experts = np.where(moe, k * total / active, 0.0)
    return {
        "active_b": active,
        "total_b": total,
        "dense_b": np.where(moe, 0.0, total),
        "layers": layers,
        "kv_bytes_16": np.asarray(kv_kb_16, float) * KIB,
        "kv_heads": np.full(np.shape(layers), float(rules["kv_heads"])),
        "attn_flops_ctx": 4.0 * layers * d_model,
        "moe_layers": np.where(moe, layers, 0.0),
        "experts": experts,
        "experts_per_token": np.where(moe, float(k), 0.0),
        "expert_b": np.where(moe, active / (k * layers), 0.0),
    }


def kv_shards(g, kv_heads):
    """Accelerators the KV cache is split over: tensor parallelism shards it only up to the
    number of KV heads (beyond that, and for MLA's single latent, it is replicated) [count]."""
    return np.maximum(np.minimum(np.asarray(g, float), np.asarray(kv_heads, float)), 1.0)


def batch_cap(g, memory_gb, usable_fraction, weights_b, context_tokens, kv_bytes_token, shards):
    """Sequences whose KV cache fits in the memory left after the weights [count] and whether
    the weights fit at all [bool]. Replicated KV (``g > shards``) costs ``g/shards`` copies."""
    g = np.asarray(g, float)
    free = g * np.asarray(memory_gb, float) * GIGA * usable_fraction - weights_b
    per_seq = context_tokens * kv_bytes_token * g / shards
    return np.maximum(free / np.maximum(per_seq, 1.0), 1.0), free > 0


def serving_point(
    arch,
    *,
    g,
    bits,
    kv_bits,
    batch,
    n_in,
    n_out,
    tokens_per_step,
    context_factor,
    bandwidth_tb_s,
    tflops_16,
    tflops_bits,
    tdp_w,
    c,
    power_fraction=0.0,
    n_prefill=None,
):
    """Decode physics v2 of one serving configuration, from architecture to joules.

    The one place both the model (:mod:`wattif.core.model`) and the calibration
    (:mod:`wattif.core.calibrate`) compute a decode step, so the fitted constants mean the same
    in both. ``batch`` is the batch that runs (after the memory cap).

    Returns a dict: ``t_step`` [s], ``power_w`` per accelerator [W], ``j_per_output_token``
    (prefill riding along included) [J], ``j_per_input_token`` (compute-bound prefill at the
    step's power) [J], ``u_mem``, ``u_cmp`` [-], ``regime`` (0 memory-, 1 compute-,
    2 overhead-bound), ``weights_b`` (bytes held) [B], ``kv_bytes_token`` [B].
    """
    bits = np.asarray(bits, float)
    n_in = np.asarray(n_in, float)
    n_out = np.maximum(np.asarray(n_out, float), 1e-9)
    ctx = n_in + context_factor * n_out
    # prompt tokens prefilled (fewer than the context when a prompt cache serves the rest)
    prefill_per_out = (n_in if n_prefill is None else np.asarray(n_prefill, float)) / n_out
    tau = np.asarray(tokens_per_step, float)
    b = np.asarray(batch, float)
    routed_tokens = b * tau * (1.0 + prefill_per_out)
    touched = experts_touched(arch["experts"], arch["experts_per_token"], routed_tokens)
    params_read_b = arch["dense_b"] + arch["moe_layers"] * touched * arch["expert_b"]
    byte_factor = low_precision_factor(bits, c["alpha_bytes"])
    w_read = params_read_b * GIGA * 2.0 * byte_factor  # 2 bytes per parameter at 16 bit
    kvb = arch["kv_bytes_16"] * np.asarray(kv_bits, float) / 16.0
    t16 = np.asarray(tflops_16, float)
    f_eff = t16 * (np.asarray(tflops_bits, float) / t16) ** c["alpha_flops"]
    flops = (2.0 * arch["active_b"] * GIGA * routed_tokens) + arch["attn_flops_ctx"] * ctx * b * tau
    shards = kv_shards(g, arch["kv_heads"])
    st = decode_step(
        g=g,
        weight_bytes_replica=w_read,
        kv_bytes_token=kvb,
        kv_shards=shards,
        batch=b,
        context_tokens=ctx,
        tokens_per_seq=tau,
        flops_per_step_replica=flops,
        layers=arch["layers"],
        routed_expert_layers=arch["experts_per_token"] * arch["moe_layers"],
        bandwidth_tb_s=bandwidth_tb_s,
        tflops=f_eff,
        c=c,
    )
    p = accelerator_power_w(tdp_w, st["u_mem"], st["u_cmp"], c["p_floor"], c["p_mem"], c["p_cmp"],
                            power_fraction)
    t = st["t_step"]
    gg = np.asarray(g, float)
    overhead = st["t_fixed"] + st["t_seq"]
    regime = np.where(
        overhead > np.maximum(st["t_mem"], st["t_cmp"]), 2, np.where(st["t_mem"] >= st["t_cmp"], 0, 1)
    )
    prefill_s = 2.0 * arch["active_b"] * GIGA / (f_eff * TERA * c["eta_f"])
    return {
        **st,
        "power_w": p,
        "j_per_output_token": gg * p * t / (b * tau),
        "j_per_input_token": p * prefill_s,
        "acc_s_per_output_token": gg * t / (b * tau),
        "regime": regime,
        "kv_bytes_token": kvb,
        "kv_shards": shards,
        "weights_bytes": arch["total_b"] * GIGA * bits / 8.0,
    }
