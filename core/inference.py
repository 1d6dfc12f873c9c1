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
