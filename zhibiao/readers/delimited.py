"""Comma/tab/semicolon separated files in any common encoding (GBK and GB18030 exports from
Chinese spreadsheets are common; see text.encoding_of), read as a stream: time and memory do
not grow with the rows already read, whatever the file's length."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator

from ..records import ReadError
from .grid import Row
from .text import encoding_of

__all__ = ["csv_rows", "sniff_dialect"]

_HEAD = 1 << 20      # the encoding and the dialect are judged on the first MB


def sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    # the sniffer may take a comma inside cells for the separator of a tab-separated sheet
    def share(sep: str) -> float:
        return sum(sep in line for line in lines) / max(len(lines), 1)
    if dialect.delimiter != "\t" and share("\t") >= 0.8 and share(dialect.delimiter) < 0.5:
        return csv.excel_tab
    return dialect


class _Lines:
    """The physical lines the csv module takes, kept until its record is complete, so each
    record's raw text is exactly the lines it came from (a quoted cell may span several)."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self.stream = stream
        self.taken: list[str] = []

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self.stream.readline()
        if not line:
            raise StopIteration
        self.taken.append(line)
        return line.replace("\x00", "")      # NUL bytes some exporters leave in cells

    def raw(self) -> str:
        text = "".join(self.taken).rstrip("\r\n").replace("\x00", "")
        self.taken = []
        return text


def csv_rows(path: Path) -> Iterator[Row]:
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
        complete = len(head) < _HEAD
        try:
            enc = encoding_of(head, complete)
        except UnicodeDecodeError:
            raise ReadError(path, "不是可识别编码的文本文件") from None
        fh.seek(0)
        errors = "replace" if enc == "gb18030" else "strict"
        stream = io.TextIOWrapper(fh, encoding=enc, errors=errors, newline="")
        dialect = sniff_dialect(head[: 65536].decode(enc.replace("-sig", ""), errors="ignore"))
        lines = _Lines(stream)
        i = 0
        try:
            for i, cells in enumerate(csv.reader(lines, dialect), 1):
                raw = lines.raw()
                if any(c.strip() for c in cells):
                    yield Row([c.strip() for c in cells], {"row": i}, raw=raw)
        except csv.Error as exc:
            raise ReadError(path, f"CSV 格式有误（{exc}）", row=i + 1) from None
        except UnicodeDecodeError:
            raise ReadError(path, f"前 1 MB 之后的内容不是 {enc} 编码的文本（文件混用了多种编码）",
                            row=i + 1) from None
