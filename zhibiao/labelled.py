"""Reading a user's labelled rows for ``zhibiao evaluate``.

A file is the corpus gold format (JSONL: ``name``, ``value_text``, ``level1_code``,
``level2_code``, optional ``targets`` and ``source_id``) or a csv/xlsx table with those
columns or their Chinese headers (三级指标, 指标值, 一级指标, 二级指标). Category cells may
hold codes ("11"), names ("数量指标") or both ("11-数量指标"); they are read as the table
readers read declared categories (zhibiao.categories), so a bureau's own export works as is.

Each row comes back as ``{"name", "value_text", "level1_code", "level2_code", "targets",
"source"}``; a missing part is None and that part is simply not scored.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from . import lexicon
from .categories import declared_codes

__all__ = ["load_labelled", "LabelledError", "csv_dicts", "jsonl_dicts", "labelled_kind"]

def _aliases() -> dict[str, tuple[str, ...]]:
    """Field -> headers, first present wins (features/headers.yaml frame_columns)."""
    cols = lexicon.frame_columns()
    return {"name": cols["name"], "value_text": cols["value"], "level1": cols["level1"],
            "level2": cols["level2"], "source": cols["source"], "project": cols["project"],
            "targets": ("targets",)}


class LabelledError(ValueError):
    """The labelled file cannot be read or has no name column."""


def _pick(row: dict[str, Any], key: str) -> Any:
    for k in _aliases()[key]:
        v = row.get(k)
        if v not in (None, ""):
            return v
    return None


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():      # 11.0 from a spreadsheet cell
        v = int(v)
    return str(v).strip() or None


def _codes(l1: str | None, l2: str | None) -> tuple[str | None, str | None]:
    tax = lexicon.taxonomy()
    c1 = l1 if l1 in tax.level1_names else None      # bare codes first: "1", "11"
    c2 = l2 if l2 in tax.level2_names else None
    if (l1 and not c1) or (l2 and not c2):           # names or "11-数量指标"
        d1, d2, _ = declared_codes(None if c1 else l1, None if c2 else l2)
        c1, c2 = c1 or d1, c2 or d2
    return c1, c2


def _targets(v: Any) -> list[dict] | None:
    if v is None:
        return None
    if isinstance(v, str):                            # a csv/xlsx cell holding JSON
        try:
            v = json.loads(v)
        except json.JSONDecodeError:
            raise LabelledError(f"targets cell is not JSON: {v[:60]!r}") from None
    if not isinstance(v, list):
        raise LabelledError(f"targets must be a list, not {type(v).__name__}")
    return v


def normalise(row: dict[str, Any]) -> dict[str, Any] | None:
    """One labelled row in the evaluation shape, or None when it has no name."""
    row = {str(k).strip(): v for k, v in row.items() if k is not None}
    name = _text(_pick(row, "name"))
    if not name:
        return None
    c1, c2 = _codes(_text(_pick(row, "level1")), _text(_pick(row, "level2")))
    return {"name": name, "value_text": _text(_pick(row, "value_text")) or "",
            "level1_code": c1, "level2_code": c2, "targets": _targets(_pick(row, "targets")),
            "source": _text(_pick(row, "source")), "project": _text(_pick(row, "project")) or None}


def _table_rows(header: list[Any], body: list[list[Any]]) -> list[dict[str, Any]]:
    keys = [str(h).strip() if h is not None else "" for h in header]
    return [dict(zip(keys, cells)) for cells in body if any(c not in (None, "") for c in cells)]


def _xlsx(path: Path) -> list[dict[str, Any]]:
    import zipfile
    from openpyxl import load_workbook

    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                cells = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            finally:
                wb.close()
    except (zipfile.BadZipFile, KeyError, IndexError, OSError, ValueError, SyntaxError) as exc:
        raise LabelledError(f"{path}: damaged or unreadable workbook ({type(exc).__name__})") from None
    names = set(_aliases()["name"])
    # a title row or two may sit above the header: take the first row naming the indicator
    for i, row in enumerate(cells[:20]):
        if names & {str(c).strip() for c in row if c is not None}:
            return _table_rows(row, cells[i + 1:])
    raise LabelledError(f"{path}: no header row with one of {', '.join(_aliases()['name'])}")


def decoded(path: Path) -> str:
    """The text of a labelled file in whatever encoding it came (UTF-8, GBK, UTF-16...)."""
    from .readers.text import decode
    try:
        return decode(path.read_bytes())
    except UnicodeDecodeError:
        raise LabelledError(f"{path}: not text in any known encoding") from None


def csv_dicts(path: Path) -> list[dict[str, Any]]:
    """The rows of a labelled csv as dicts keyed by its header; a malformed line is named."""
    import io
    from .readers.delimited import sniff_dialect
    text = decoded(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=sniff_dialect(text[:65536]))
    try:
        return list(reader)
    except csv.Error as exc:
        raise LabelledError(f"{path}, line {reader.line_num}: malformed CSV ({exc})") from None


def jsonl_dicts(path: Path) -> list[dict[str, Any]]:
    """One JSON object a line; the first line that is not one is named."""
    rows = []
    for n, line in enumerate(decoded(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelledError(f"{path}, line {n}: not a JSON object ({exc.msg})") from None
        if not isinstance(row, dict):
            raise LabelledError(f"{path}, line {n}: not a JSON object")
        rows.append(row)
    return rows


def labelled_kind(path: Path) -> str:
    """'xlsx', 'csv' or 'jsonl', judged by content; any other file is a LabelledError."""
    from .readers.detect import detect
    from .records import ReadError
    try:
        fmt = detect(path)
    except ReadError as exc:
        raise LabelledError(str(exc)) from None
    if fmt == "xlsx":
        return "xlsx"
    if fmt in ("csv", "txt"):
        with path.open("rb") as fh:
            head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        return "jsonl" if head.startswith(b"{") or path.suffix.lower() == ".jsonl" else "csv"
    raise LabelledError(f"{path}: a {fmt} file; labelled rows are read from .jsonl, .csv or .xlsx")


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """The labelled rows of a .jsonl, .csv or .xlsx file."""
    path = Path(path)
    if not path.is_file():
        raise LabelledError(f"{path}: no such file")
    kind = labelled_kind(path)
    raw = _xlsx(path) if kind == "xlsx" else csv_dicts(path) if kind == "csv" else jsonl_dicts(path)
    rows = []
    for n, x in enumerate(raw, 1):
        try:
            row = normalise(x)
        except LabelledError as exc:
            raise LabelledError(f"{path}, row {n}: {exc}") from None
        if row is not None:
            rows.append(row)
    if not rows:
        raise LabelledError(f"{path}: no labelled rows (a name column is needed)")
    return rows
