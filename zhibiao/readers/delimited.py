"""Comma/tab/semicolon separated files in any common encoding (GBK and GB18030 exports from
Chinese spreadsheets are common; see text.decode)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..records import ReadError
from .grid import Row
from .text import decode

__all__ = ["csv_rows"]


def csv_rows(path: Path) -> list[Row]:
    try:
        text = decode(path.read_bytes())
    except UnicodeDecodeError:
        raise ReadError(path, "not text in any known encoding") from None
    sample = "\n".join(text.splitlines()[:50])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for i, cells in enumerate(csv.reader(io.StringIO(text), dialect), 1):
            if any(c.strip() for c in cells):
                rows.append(Row([c.strip() for c in cells], {"row": i},
                                raw=text.splitlines()[i - 1] if i <= len(text.splitlines()) else ""))
    except csv.Error as exc:
        raise ReadError(path, f"malformed CSV: {exc}", row=i + 1) from None
    return rows
