"""A stand-in classifier for report tests: fixed probabilities per indicator name.

It lets a test know every prediction and confidence in advance, so the report's metrics can
be checked against figures worked out by hand. It lives in its own module (not the test file)
because the model file is a pickle that must find this class on load.
"""
from __future__ import annotations

import numpy as np


class FixedEstimator:
    """predict_proba(rows) -> the probabilities written in `table` for each row's name."""

    def __init__(self, classes: list[str], table: dict[str, list[float]]):
        self.classes_ = np.array(classes)
        self.table = table

    def predict_proba(self, rows) -> np.ndarray:
        return np.array([self.table[row["name"]] for row in rows], dtype=float)
