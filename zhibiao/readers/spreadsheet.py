"""Workbooks: .xlsx through openpyxl (it knows merged ranges and number formats), .xls and
.ods through python-calamine. A merged cell's value fills the rows it spans (in its first
column), as a merged 一级指标 cell stands for every row of its group; cells merged across
columns keep the value in their first column only."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..records import ReadError
from .grid import Row, cell_text

__all__ = ["xlsx_rows", "calamine_rows"]


def _fill_merged(grid: list[list[str]], ranges: list[tuple[int, int, int, int]]) -> None:
    """ranges: (first_row, first_col, last_row, last_col), 0-based inclusive."""
    for r0, c0, r1, _c1 in ranges:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        value = grid[r0][c0]
        for r in range(r0 + 1, min(r1, len(grid) - 1) + 1):
            while len(grid[r]) <= c0:
                grid[r].append("")
            grid[r][c0] = value


def _rows(grid: list[list[str]], sheet: str) -> list[Row]:
    out = []
    for i, cells in enumerate(grid, 1):
        while cells and not cells[-1]:
            cells = cells[:-1]
        if cells:
            out.append(Row(cells, {"sheet": sheet, "row": i}))
    return out


def _xlsx_value(cell) -> str:
    value = cell.value
    fmt = getattr(cell, "number_format", "") or ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in fmt:
        return cell_text(round(value * 100, 6)) + "%"      # 0.95 shown as 95%
    return cell_text(value)


def xlsx_rows(path: Path) -> list[Row]:
    import openpyxl   # imported here: only workbook users pay for it

    try:
        # a file object, so openpyxl does not judge the file by its extension
        with path.open("rb") as fh:
            wb = openpyxl.load_workbook(fh, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ReadError(path, f"damaged or truncated workbook ({type(exc).__name__})") from None
    rows: list[Row] = []
    for ws in wb.worksheets:
        grid = [[_xlsx_value(c) for c in row] for row in ws.iter_rows()]
        ranges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                  for m in ws.merged_cells.ranges]
        _fill_merged(grid, ranges)
        rows += _rows(grid, ws.title)
    return rows


def calamine_rows(path: Path) -> list[Row]:
    from python_calamine import CalamineWorkbook

    try:
        with path.open("rb") as fh:
            wb = CalamineWorkbook.from_filelike(fh)
    except Exception as exc:      # calamine raises its own error types per format
        raise ReadError(path, f"damaged or unreadable workbook ({type(exc).__name__}: "
                              f"{str(exc)[:80]})") from None
    rows: list[Row] = []
    for name in wb.sheet_names:
        sheet = wb.get_sheet_by_name(name)
        grid = [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
        ranges = []
        for rng in getattr(sheet, "merged_cell_ranges", None) or []:
            (r0, c0), (r1, c1) = rng
            ranges.append((r0, c0, r1, c1))
        _fill_merged(grid, ranges)
        rows += _rows(grid, name)
    return rows
