"""Calibration figures shared by the value parser and the classifier reports.

- expected calibration error (ECE): the gap between confidence and accuracy, averaged over
  equal-width confidence bins, weighted by how many predictions fall in each;
- coverage at a precision: the largest share of predictions that can be accepted, highest
  confidence first, while the accepted ones stay at least that precise.
"""
from __future__ import annotations

from typing import Sequence


def expected_calibration_error(conf: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """Weighted mean gap between confidence and accuracy over equal-width bins.

    >>> round(expected_calibration_error([0.9, 0.9, 0.6, 0.6], [True, True, True, False]), 2)
    0.1
    """
    if not conf:
        return 0.0
    total = 0.0
    for lo, hi, n, mean_conf, acc in reliability(conf, correct, bins):
        total += n * abs(mean_conf - acc)
    return total / len(conf)


def reliability(conf: Sequence[float], correct: Sequence[bool], bins: int = 10
                ) -> list[tuple[float, float, int, float, float]]:
    """(low, high, count, mean confidence, accuracy) per non-empty equal-width bin."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if (lo <= c < hi) or (b == bins - 1 and c == 1.0)]
        if idx:
            out.append((lo, hi, len(idx), sum(conf[i] for i in idx) / len(idx),
                        sum(bool(correct[i]) for i in idx) / len(idx)))
    return out


def coverage_at_precision(conf: Sequence[float], correct: Sequence[bool], precision: float = 0.99
                          ) -> tuple[float, float | None]:
    """(share accepted, confidence threshold) for the largest accepted set, highest confidence
    first, whose precision is still >= `precision`. Ties are accepted or refused together.

    >>> coverage_at_precision([0.99, 0.98, 0.7, 0.6], [True, True, False, True], 0.99)
    (0.5, 0.98)
    """
    order = sorted(range(len(conf)), key=lambda i: -conf[i])
    best, threshold, right = 0, None, 0
    for k, i in enumerate(order, 1):
        right += bool(correct[i])
        tie_follows = k < len(order) and conf[order[k]] == conf[i]
        if not tie_follows and right / k >= precision:
            best, threshold = k, conf[i]
    return (best / len(conf) if conf else 0.0), threshold
