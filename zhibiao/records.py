"""The record a table reader produces: one :class:`Indicator` per indicator row.

>>> ind = Indicator(source="a.txt", location={"row": 3}, name="服务对象满意度", annual_value="≥90%")
>>> ind.add_flag("read.label", "没有指标值标签", "hint")
>>> d = ind.to_dict()
>>> d["name"], d["annual_value"], d["flags"][0]["rule"]
('服务对象满意度', '≥90%', 'read.label')
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .inputs import shown

__all__ = ["Indicator", "ReadError", "make_flag"]

SEVERITIES = ("error", "warning", "hint")


class ReadError(ValueError):
    """A file that cannot be read as a table. The message is one line naming the file (and the
    row where one is known), then the reason in Chinese for the reviewer, any technical detail
    (an exception class, a part name, a size) in brackets after it."""

    def __init__(self, path: object, reason: str, row: int | None = None) -> None:
        where = shown(str(path)) + (f", 第 {row} 行" if row is not None else "")
        super().__init__(f"{where}: {' '.join(str(reason).split())}")
        self.path = shown(str(path))
        self.reason = " ".join(str(reason).split())
        self.row = row
        # True when a reader failed in a way no check foresaw (a bug to fix: the fuzzers count it)
        self.unexpected = False


def make_flag(rule: str | int, reason: str, severity: str = "warning") -> dict[str, str]:
    """A flag: the rule it comes from (a REVIEW-RULES number, or 'read.*' for the reader's
    own), a severity and a one-line reason a reviewer understands."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")
    return {"rule": str(rule), "severity": severity, "reason": " ".join(str(reason).split())}


@dataclass
class Indicator:
    """One indicator row of a table, as the table states it (nothing interpreted yet).

    Declared categories are kept as written (``declared_level1`` may read "1-产出指标") with
    their taxonomy codes beside them, null when absent or unreadable (a flag then says why).
    ``annual_value`` holds the only value column of most tables; ``period_value`` the
    实施周期指标值 where a table has one. ``raw`` is the text the row was read from.
    """
    source: str
    location: dict[str, Any] = field(default_factory=dict)
    department: str | None = None
    spending_unit: str | None = None
    project: str | None = None
    project_amount: float | None = None      # 万元, as the table states it
    year: int | None = None
    goal: str | None = None                  # the project's 绩效目标 / 年度总体目标 text
    declared_level1: str | None = None
    declared_level2: str | None = None
    declared_level1_code: str | None = None
    declared_level2_code: str | None = None
    name: str | None = None
    period_value: str | None = None
    annual_value: str | None = None
    unit_column: str | None = None
    extra: dict[str, str] = field(default_factory=dict)   # other columns (权重, 实际完成值, 备注…)
    raw: str = ""
    flags: list[dict[str, str]] = field(default_factory=list)

    def add_flag(self, rule: str | int, reason: str, severity: str = "warning") -> None:
        self.flags.append(make_flag(rule, reason, severity))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
