"""The report's plots, drawn from the figures dict and returned as base64 PNG data URIs.

matplotlib with the Agg backend renders without a screen or a network. Labels are class codes
and ASCII on purpose: a machine without a CJK font would draw Chinese as boxes, while the
HTML around the plots carries the Chinese names (the browser has the fonts).
"""
from __future__ import annotations

import base64
import io
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)

__all__ = ["confusion", "reliability", "precision_coverage", "value_breakdown"]

BLUE, ORANGE, GREEN, GREY = "#1f77b4", "#ff7f0e", "#2ca02c", "#888888"


def _uri(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def confusion(matrix: dict[str, dict[str, int]]) -> str:
    """Gold (rows) x predicted (columns) counts; colour is the share of the gold row, so a
    small class's confusions show as clearly as a big one's."""
    codes = sorted(set(matrix) | {p for row in matrix.values() for p in row})
    counts = [[matrix.get(g, {}).get(p, 0) for p in codes] for g in codes]
    share = [[c / max(1, sum(row)) for c in row] for row in counts]
    size = 1.6 + 0.55 * len(codes)
    fig, ax = plt.subplots(figsize=(size + 1.2, size))
    im = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    for i, row in enumerate(counts):
        for j, c in enumerate(row):
            if c:
                ax.text(j, i, str(c), ha="center", va="center", fontsize=8,
                        color="white" if share[i][j] > 0.55 else "black")
    ax.set_xticks(range(len(codes)), codes)
    ax.set_yticks(range(len(codes)), codes)
    ax.set_xlabel("predicted level-2 class")
    ax.set_ylabel("gold level-2 class")
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="share of gold row")
    return _uri(fig)


def reliability(bins: list[dict[str, Any]], title: str, ece: float | None) -> str:
    """Accuracy against mean confidence per bin; the diagonal is perfect calibration and the
    bar width shows how many predictions sit in the bin."""
    fig, ax = plt.subplots(figsize=(4.4, 4.2))
    ax.plot([0, 1], [0, 1], ls="--", color=GREY, lw=1, label="perfect calibration")
    total = sum(b["count"] for b in bins) or 1
    for b in bins:
        ax.bar((b["low"] + b["high"]) / 2, b["accuracy"], width=(b["high"] - b["low"]) * 0.9,
               color=BLUE, alpha=0.25 + 0.75 * b["count"] / total, edgecolor=BLUE)
    ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], "o-", color=ORANGE,
            label="accuracy at mean confidence")
    for b in bins:      # counts along the foot of the bars, clear of the curve
        ax.text((b["low"] + b["high"]) / 2, 0.015, str(b["count"]), ha="center", fontsize=7,
                color="#333333")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.08)
    ax.set_xlabel("confidence")
    ax.set_ylabel("share right")
    ax.set_title(title + ("" if ece is None else f"  (ECE {ece:.3f})"), fontsize=10)
    ax.legend(loc="upper left", fontsize=7)
    return _uri(fig)


def precision_coverage(curves: list[tuple[str, list[list[float]], float | None]]) -> str:
    """Precision of the accepted rows against the share accepted, highest confidence first;
    the 99% line and each curve's largest coverage above it are marked."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    colours = [BLUE, GREEN, ORANGE]
    for (label, points, cov), colour in zip(curves, colours):
        if not points:
            continue
        # the coverage goes in the legend: near 0 the marks of several curves would overlap
        ax.step([0.0] + [p[0] for p in points], [points[0][1]] + [p[1] for p in points],
                where="post", color=colour, label=f"{label}: {cov or 0:.1%} at 99%")
        if cov:
            ax.plot([cov], [0.99], "o", color=colour, ms=6, mec="black", mew=0.6)
    ax.axhline(0.99, ls="--", color="red", lw=1, label="99% precision")
    lows = [p[1] for _, pts, _ in curves for p in pts]
    ax.set_ylim(max(0.0, min(lows, default=0.5) - 0.05), 1.01)
    ax.set_xlim(0, 1.0)
    ax.set_xlabel("coverage (share of rows accepted, most confident first)")
    ax.set_ylabel("precision of accepted rows")
    ax.legend(loc="lower left", fontsize=8)
    return _uri(fig)


def value_breakdown(by: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Share of gold targets parsed right, by kind, operator and unit family (n above bars)."""
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.4),
                             gridspec_kw={"width_ratios": [max(2, len(by[k])) for k in by]})
    for ax, (what, groups) in zip(axes, by.items()):
        keys = list(groups)
        acc = [groups[k]["accuracy"] for k in keys]
        ax.bar(range(len(keys)), acc, color=BLUE)
        for i, k in enumerate(keys):
            ax.text(i, acc[i] + 0.02, f"n={groups[k]['targets']}", ha="center", fontsize=7)
        ax.set_xticks(range(len(keys)), keys, rotation=30, ha="right", fontsize=8)
        ax.set_ylim(0, 1.12)
        ax.set_title(f"by {what.replace('_', ' ')}", fontsize=10)
    axes[0].set_ylabel("share of gold targets right")
    fig.tight_layout()
    return _uri(fig)
