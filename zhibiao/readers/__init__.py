"""Table readers: any supported file -> list[Indicator] (see zhibiao.read_table).

One module a format (spreadsheet, delimited, document, markup, portable, text), each giving
rows of cells (grid.Row); table.TableReader turns the rows of every format into records the
same way. detect.detect picks the format by content.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

from ..records import Indicator, ReadError
from .detect import FORMATS, detect
from .grid import Row
from .table import TableReader

__all__ = ["read_table", "iter_table", "read_rows", "ReadError", "FORMATS"]


def _text(path: Path) -> list[Row]:
    from .text import decode, text_rows
    try:
        return text_rows(decode(path.read_bytes()))
    except UnicodeDecodeError:
        raise ReadError(path, "不是可识别编码的文本文件") from None


_WHOLE = ("txt", "html", "pdf", "docx")      # formats whose readers take the whole file at once


def _loader(fmt: str) -> Callable[[Path], list[Row]]:
    if fmt == "xlsx":
        from .spreadsheet import xlsx_rows
        return xlsx_rows
    if fmt in ("xls", "ods"):
        from .guard import sandboxed
        from .spreadsheet import calamine_rows
        return lambda p: sandboxed(calamine_rows, p)
    if fmt == "csv":
        from .delimited import csv_rows
        return csv_rows
    if fmt == "docx":
        from .document import docx_rows
        return docx_rows
    if fmt == "html":
        from .markup import html_rows
        return html_rows
    if fmt == "pdf":
        from .guard import sandboxed
        from .portable import pdf_rows
        return lambda p: sandboxed(pdf_rows, p)
    return _text


def read_rows(path: str | os.PathLike[str]) -> tuple[str, list[Row]]:
    """(format, rows) of a file, before any interpretation."""
    from .guard import readable_copy
    with readable_copy(Path(path)) as p:
        fmt, rows = _rows(p)
        return fmt, list(rows)


def _rows(local: Path) -> tuple[str, Iterator[Row]]:
    """The format of a local file and its rows, folded, as they are read (the size limits of
    the format checked first)."""
    from .clean import fold_rows
    from .guard import check_inflated, check_size
    fmt = detect(local)
    if fmt in _WHOLE:       # read whole into memory: a lower size limit than streamed formats
        check_size(local, local.stat().st_size, "max_text_bytes")
        if fmt == "docx":
            check_inflated(local)
    return fmt, fold_rows(_loader(fmt)(local))


def read_table(path: str | os.PathLike[str]) -> list[Indicator]:
    """Every indicator row of a table file, in order, as :class:`~zhibiao.Indicator` records.

    The format (xlsx, xls, ods, csv, docx, html, pdf, page text) is detected from the content.
    A file that holds no indicator table raises :class:`ReadError` (a ``ValueError``) whose
    one-line message names the file.
    """
    return list(iter_table(path))


def iter_table(path: str | os.PathLike[str]) -> Iterator[Indicator]:
    """:func:`read_table` one record at a time, for files too large to hold in memory.

    Any failure is a :class:`ReadError` naming the file: a batch never stops on one file.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"read_table() takes a path, not {type(path).__name__}")
    from ..inputs import shown
    p = Path(path)
    reader = TableReader(shown(path))
    try:
        yield from _stream(p, reader)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(p, "文件太大，可用内存不足以读取（MemoryError）") from None
    except RecursionError:
        raise ReadError(p, "文件嵌套层次过深，无法读取（RecursionError）") from None
    except Exception as exc:   # the net under every reader: one line, never a traceback
        err = ReadError(p, f"读取时发生意外错误（{type(exc).__name__}: "
                           f"{str(exc)[:120]}）")
        err.unexpected = True
        raise err from None


def _stream(p: Path, reader: TableReader) -> Iterator[Indicator]:
    from .guard import readable_copy
    with readable_copy(p) as local:
        yield from reader.stream(_rows(local)[1])
    if not reader.header_seen:
        raise ReadError(p, "未找到指标表头（查找了 三级指标/指标名称/绩效指标，及 指标值 或 "
                           "一级指标/二级指标 列）")
