"""The common shape every format reader hands on: rows of cell strings with their place."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Row", "cell_text"]


@dataclass
class Row:
    """One row of a table as read. ``aligned`` rows come from a real grid (xlsx, docx, html,
    pdf tables, tab/pipe text with every cell present): cell i is column i, and a short row
    only lacks trailing cells. Page text split on runs of spaces, or one cell a line, loses
    merged and empty cells: such rows are aligned to the header by content."""
    cells: list[str]
    location: dict[str, Any] = field(default_factory=dict)
    raw: str = ""
    aligned: bool = True
    unread: list[str] = field(default_factory=list)   # text of the row no column took
    notes: list[tuple[str, str]] = field(default_factory=list)   # (rule, reason) the reader saw
    own_classes: bool = False     # declares only the classes it writes (nothing carries into it)

    def __post_init__(self) -> None:
        if not self.raw:
            self.raw = " | ".join(self.cells)


def cell_text(value: Any) -> str:
    """A spreadsheet value as the table shows it: 95.0 -> '95', dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()
