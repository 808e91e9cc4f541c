"""Workbooks: .xlsx through openpyxl (it knows merged ranges and number formats), .xls and
.ods through python-calamine. A merged cell's value fills the rows it spans (in its first
column), as a merged 一级指标 cell stands for every row of its group; cells merged across
columns keep the value in their first column only."""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Iterator
from xml.etree.ElementTree import ParseError

from openpyxl.utils import column_index_from_string

from ..records import ReadError
from .grid import Row, cell_text
from .guard import check_cells

try:                                   # openpyxl parses with lxml when it is installed
    from lxml.etree import XMLSyntaxError
    _XML_ERRORS: tuple[type[Exception], ...] = (ParseError, XMLSyntaxError)
except ImportError:                    # pragma: no cover
    _XML_ERRORS = (ParseError,)

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


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
# a formula cell with no cached value: Excel saves one, other tools often do not
_BARE_FORMULA = re.compile(
    rb'<(?:\w+:)?c\s+r="([A-Z]+)(\d+)"[^>]*>\s*(?:<(?:\w+:)?f\b[^>]*/>|<(?:\w+:)?f\b[^>]*>[^<]*'
    rb'</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')


# What a damaged .xlsx makes zipfile, zlib and openpyxl raise: a part cut short or not deflate
# (zlib.error, EOFError, BadZipFile: bad CRC, bad header), a method or flag zipfile lacks
# (NotImplementedError), an encrypted part (RuntimeError), an XML error, and openpyxl's own
# descriptors refusing a damaged attribute (TypeError, ValueError: `uorkbookViewId`, '1O').
_DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
    TypeError, ValueError, AttributeError, IndexError, *_XML_ERRORS)


def _scan_sheet(zf: zipfile.ZipFile, part: str) -> tuple[list[tuple[int, int, int, int]], set]:
    """Merged ranges and bare formula cells of a sheet, found in one pass over its XML before
    the rows stream (the merges are written after the rows)."""
    merges, bare = [], set()
    tail = b""
    with zf.open(part) as fh:
        while chunk := fh.read(1 << 22):
            text, tail = tail + chunk, b""
            cut = text.rfind(b"<")                 # a tag cut by the chunk waits for the next
            text, tail = (text[:cut], text[cut:]) if cut > len(text) - 4096 else (text, b"")
            if b"mergeCell" in text:
                for m in _MERGE.finditer(text):
                    merges.append((int(m[2]) - 1, column_index_from_string(m[1].decode()) - 1,
                                   int(m[4]) - 1, column_index_from_string(m[3].decode()) - 1))
            if b"<f" in text or b":f" in text:
                for m in _BARE_FORMULA.finditer(text):
                    bare.add((int(m[2]), column_index_from_string(m[1].decode())))
    return merges, bare


class _Merged:
    """Fills each merged range's value down its first column, row by row as they stream."""

    def __init__(self, ranges: list[tuple[int, int, int, int]]) -> None:
        self.starts: dict[int, list[tuple[int, int]]] = {}
        for r0, c0, r1, _c1 in ranges:          # 0-based, as _fill_merged takes them
            if r1 > r0:
                self.starts.setdefault(r0 + 1, []).append((c0, r1 + 1))
        self.active: list[tuple[int, int, str]] = []      # (column, last row, value)

    def apply(self, r: int, cells: list[str]) -> None:
        """r: the 1-based row number of `cells`."""
        self.active = [a for a in self.active if a[1] >= r]
        for c, _last, value in self.active:
            while len(cells) <= c:
                cells.append("")
            cells[c] = value
        for c0, r1 in self.starts.pop(r, ()):
            if c0 < len(cells):
                self.active.append((c0, r1, cells[c0]))


def _part_missing(exc: KeyError) -> str:
    m = re.search(r"'([^']+)'", str(exc))
    return f"工作簿已损坏：缺少部件 {m[1] if m else exc}"


_SHEET_TARGET = re.compile(rb'Target="([^"]*worksheets/[^"]+)"')


def _missing_sheets(path: Path) -> None:
    """A sheet the workbook lists but the zip lacks: openpyxl would skip it without a word."""
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        try:
            rels = zf.read("xl/_rels/workbook.xml.rels")
        except KeyError:
            raise ReadError(path, "工作簿已损坏：缺少部件 xl/_rels/workbook.xml.rels") from None
    for m in _SHEET_TARGET.finditer(rels):
        target = m[1].decode("utf-8", "replace").lstrip("/")
        part = target if target.startswith("xl/") else "xl/" + target
        if part not in names:
            raise ReadError(path, f"工作簿已损坏：缺少部件 {part}")


def xlsx_rows(path: Path) -> Iterator[Row]:
    """The rows of every sheet, streamed (openpyxl's read-only mode): memory stays flat
    whatever the size, and a far-away styled empty cell costs nothing."""
    import openpyxl   # imported here: only workbook users pay for it

    try:
        _missing_sheets(path)
    except ReadError:
        raise
    except _DAMAGE as exc:
        raise ReadError(path, f"工作簿已损坏（{type(exc).__name__}: {str(exc)[:80]}）") from None
    with path.open("rb") as fh:    # a file object, so openpyxl does not judge the extension
        try:
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except KeyError as exc:
            raise ReadError(path, _part_missing(exc)) from None
        except _DAMAGE as exc:
            raise ReadError(path, f"工作簿已损坏或不完整（{type(exc).__name__}: "
                                  f"{str(exc)[:80]}）") from None
        try:
            yield from _workbook_rows(path, wb)
        finally:
            wb.close()


def _sheet_values(path: Path, ws, part: str | None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cell texts) as openpyxl reads them. Only the library's own work is inside
    the guard: what a damaged part makes it raise is one ReadError, a bug of ours is not."""
    rows = enumerate(ws.iter_rows(), 1)
    r = 0
    while True:
        try:
            r, cells_in = next(rows)
            cells = [_xlsx_value(c) for c in cells_in]   # values and formats are read lazily
        except StopIteration:
            return
        except KeyError as exc:
            raise ReadError(path, _part_missing(exc)) from None
        except _DAMAGE as exc:
            raise ReadError(path, f"工作簿已损坏：{part or ws.title} 在第 {r} 行之后被截断或格式有误"
                                  f"（{type(exc).__name__}）") from None
        yield r, cells


def _workbook_rows(path: Path, wb) -> Iterator[Row]:
    filled = 0
    for ws in wb.worksheets:
        part = getattr(ws, "_worksheet_path", None)     # the sheet's XML part in the zip
        merges, bare = [], set()
        if part:
            try:
                merges, bare = _scan_sheet(wb._archive, part)
            except KeyError:
                raise ReadError(path, _part_missing(KeyError(part))) from None
            except _DAMAGE as exc:
                raise ReadError(path, f"工作簿已损坏：{part} 无法解压"
                                      f"（{type(exc).__name__}）") from None
        merged = _Merged(merges)
        bare_cols: dict[int, list[int]] = {}
        for rr, col in sorted(bare):
            bare_cols.setdefault(rr, []).append(col)
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()     # the declared size may be A1:XFD1048576: read what is there
        for r, cells in _sheet_values(path, ws, part):
            merged.apply(r, cells)
            while cells and not cells[-1]:
                cells.pop()
            if not cells and r not in bare_cols:
                continue
            filled += sum(1 for c in cells if c)
            row = Row(cells, {"sheet": ws.title, "row": r})
            for col in bare_cols.get(r, ()):
                row.notes.append(("read.formula", f"第{col}列是公式，但文件没有保存计算结果，"
                                  "读不到它的值（在 Excel 中打开并保存后再读）"))
            yield row
        check_cells(path, filled)


_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_filled_cells(path: Path) -> int:
    """Filled cells of an .ods as its repeat counts declare them, counted while streaming its
    content.xml: one row repeated a million times over a thousand repeated cells is a few bytes
    that calamine would turn into a billion cells in memory."""
    from lxml import etree

    total = 0
    with zipfile.ZipFile(path) as zf:
        if "content.xml" not in zf.namelist():
            return 0
        with zf.open("content.xml") as fh:
            for _, row in etree.iterparse(fh, events=("end",), tag=_ODS + "table-row", huge_tree=True):
                width = sum(int(c.get(_ODS + "number-columns-repeated") or 1)
                            for c in row if len(c) or c.get("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"))
                total += width * int(row.get(_ODS + "number-rows-repeated") or 1)
                row.clear()
    return total


def calamine_rows(path: Path) -> list[Row]:
    from python_calamine import CalamineWorkbook

    if zipfile.is_zipfile(path):
        try:
            cells = _ods_filled_cells(path)
        except _DAMAGE as exc:
            raise ReadError(path, f"工作簿已损坏：content.xml 无法读取"
                                  f"（{type(exc).__name__}: {str(exc)[:80]}）") from None
        check_cells(path, cells, "max_cells_in_memory")
    try:
        with path.open("rb") as fh:
            wb = CalamineWorkbook.from_filelike(fh)
    except Exception as exc:      # calamine raises its own error types per format
        raise ReadError(path, f"工作簿已损坏或无法读取（{type(exc).__name__}: "
                              f"{str(exc)[:80]}）") from None
    rows: list[Row] = []
    for name in wb.sheet_names:
        try:                      # calamine reads a sheet when asked: damage shows only here
            sheet = wb.get_sheet_by_name(name)
            check_cells(path, sheet.height * sheet.width, "max_cells_in_memory")
            values = sheet.to_python(skip_empty_area=False)
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(path, f"工作簿已损坏：工作表“{name}”无法读取"
                                  f"（{type(exc).__name__}: {str(exc)[:80]}）") from None
        grid = [[cell_text(v) for v in row] for row in values]
        ranges = []
        for rng in getattr(sheet, "merged_cell_ranges", None) or []:
            (r0, c0), (r1, c1) = rng
            ranges.append((r0, c0, r1, c1))
        _fill_merged(grid, ranges)
        rows += _rows(grid, name)
    return rows
