"""Writing a few text cells into an existing .xlsx without touching anything else in it.

:func:`set_cells` edits the XML of one worksheet as bytes: every other part of the zip (styles,
shared strings, the other sheets, data validations, custom properties, comments, images…) is
copied as it was (the same bytes once decompressed), each entry keeping its place, compression,
date and attributes; within the sheet only the cells asked for change. No DOM of the sheet is
built: each row asked for is found with ``bytes.find`` of ``<row r="N"`` (the rows skipped are
counted, not parsed; when one of them lacks its ``r``, or the row is not there, the rows are
parsed one by one) and nothing after the last row asked for is looked at.

- A value is written as an inline string (``t="inlineStr"``, ``xml:space="preserve"``), XML
  escaped, whatever the cell held before (a shared string, a number, a formula…); the cell's
  style (``s``) and ``ph`` stay, its ``t``, ``cm`` and ``vm`` go with the old value.
- ``None`` or ``""`` empties a cell: a cell with a style keeps it (``<c r="M12" s="3"/>``), so
  its fill and format stay; a cell without one is removed. An empty value creates nothing.
- A new cell goes in column order within its row, a new row in row order within
  ``<sheetData>``; a self-closing row is opened up; rows keep all their attributes.
  ``<dimension>`` is widened when a value lands outside it (read-only readers trust it).
- The sheet's namespace prefix is used when it has one (``<x:row>``, ``<x:c>``).
- Characters XML cannot hold (NUL, ESC…) are dropped, like the writer does; CR is written as
  ``&#xD;`` so it survives; a literal ``_x0041_`` gets Excel's escape (``_x005F_x0041_``), as
  XlsxWriter writes it.

The new file is written beside the old one and renamed over it when complete: on any failure
the original is untouched and no temporary file is left. Anything the patch cannot do safely
(a row or cell without its ``r`` reference, rows out of order, the master cell of a shared
formula, a sheet that is not there) raises :class:`PatchError` with one Chinese line naming the
file and sheet; OS errors (a full disk, a file locked by Excel) propagate as they are.
"""
from __future__ import annotations

import os
import posixpath
import re
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Mapping
from xml.etree import ElementTree as ET

__all__ = ["set_cells", "PatchError"]

MAX_ROW = 1_048_576
MAX_COL = 16_384
MAX_CELL_CHARS = 32_767

_ATTR = re.compile(rb"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Z]{1,3})([0-9]+)")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EXCEL_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_SPACE = b" \t\r\n"


class PatchError(ValueError):
    """The workbook cannot be patched safely (one Chinese line naming the file and sheet)."""


# ------------------------------------------------------------------------------- helpers
def _col_letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR.finditer(tag)}


def _text(value: str) -> bytes:
    value = _ILLEGAL.sub("", value)
    value = _EXCEL_ESCAPE.sub(r"_x005F\1", value)
    value = (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\r", "&#xD;"))
    return value.encode("utf-8")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, target))


def _rels(zf: zipfile.ZipFile, names: dict[str, str], part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, resolved target) of one part."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    stored = names.get(rels_name.lower())
    if stored is None:
        return {}
    out = {}
    for el in ET.fromstring(zf.read(stored)):
        if _local(el.tag) == "Relationship" and el.get("TargetMode") != "External":
            out[el.get("Id", "")] = (el.get("Type", ""), _resolve(folder, el.get("Target", "")))
    return out


def _sheet_part(zf: zipfile.ZipFile, where: str, sheet_title: str) -> str:
    """The zip entry name of the worksheet called `sheet_title`."""
    names = {n.lower(): n for n in zf.namelist()}
    workbook = next((t for typ, t in _rels(zf, names, "").values()
                     if typ.endswith("/officeDocument")), "xl/workbook.xml")
    stored = names.get(workbook.lower())
    if stored is None:
        raise PatchError(f"{where}: 不是有效的 .xlsx 工作簿（缺少 {workbook}）")
    titles = []
    rid = None
    for el in ET.fromstring(zf.read(stored)).iter():
        if _local(el.tag) != "sheet":
            continue
        titles.append(el.get("name", ""))
        if el.get("name") == sheet_title:
            rid = next((v for k, v in el.attrib.items()
                        if k.startswith("{") and k.endswith("}id") and "relationships" in k), None)
    if rid is None:
        raise PatchError(f"{where}: 没有名为“{sheet_title}”的工作表（有：{'、'.join(titles)}）")
    target = _rels(zf, names, stored).get(rid, ("", ""))[1]
    part = names.get(target.lower())
    if part is None:
        raise PatchError(f"{where}: 工作表“{sheet_title}”的内容（{target or rid}）不在文件中")
    return part


# ------------------------------------------------------------------------- the sheet XML
class _Sheet:
    """The bytes of one worksheet part and the edits to make to them."""

    def __init__(self, data: bytes, where: str) -> None:
        self.data = data
        self.where = where
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise PatchError(f"{where}: 工作表 XML 不是 UTF-8 编码，无法修改")
        m = re.search(rb"<(?:([A-Za-z_][\w.\-]*):)?sheetData(?=[\s/>])", data)
        if m is None:
            raise PatchError(f"{where}: 工作表 XML 中没有 sheetData")
        self.p = (m.group(1) + b":") if m.group(1) else b""
        close = data.index(b">", m.end())
        self.edits: list[tuple[int, int, bytes]] = []
        if data[close - 1:close] == b"/":          # <sheetData/>: open it up
            self.begin = self.end = close + 1
            self.edits.append((m.start(), close + 1, b"<" + self.p + b"sheetData>"))
            self._closing = b"</" + self.p + b"sheetData>"
        else:
            self.begin = close + 1
            end = data.rfind(b"</" + self.p + b"sheetData")
            if end < self.begin:
                raise PatchError(f"{where}: 工作表 XML 的 sheetData 没有结束标记")
            self.end = end
            self._closing = b""
        self.dimension_start = m.start()

    # -- rows
    def _tags(self, name: bytes, pos: int, end: int):
        """(start, tag_end, attrs, self_closing) of each `<name …>` start tag in data[pos:end]."""
        data, needle = self.data, b"<" + self.p + name
        n = len(needle)
        while True:
            i = data.find(needle, pos, end)
            if i < 0:
                return
            nxt = data[i + n:i + n + 1]
            if nxt in (b" ", b">", b"/", b"\t", b"\r", b"\n"):
                j = data.find(b">", i + n)
                if j < 0 or j >= end:
                    return
                closing = data[j - 1:j] == b"/"
                yield i, j + 1, data[i + n:j - 1 if closing else j], closing
                pos = j + 1
            else:
                pos = i + n

    def _end_of(self, name: bytes, pos: int, end: int) -> int:
        """Start of the end tag `</name>` from pos, and its end."""
        m = re.compile(rb"</" + re.escape(self.p + name) + rb"\s*>").search(self.data, pos, end)
        if m is None:
            raise PatchError(f"{self.where}: 工作表 XML 中 <{(self.p + name).decode()}> 没有结束标记")
        return m.start(), m.end()

    def apply(self, rows: dict[int, dict[int, str | None]]) -> bytes:
        written: list[tuple[int, int]] = []
        data, row_tag = self.data, b"<" + self.p + b"row"
        it = self._tags(b"row", self.begin, self.end)
        pending = None
        scan_pos = self.begin
        last_r = 0
        for r in sorted(rows):
            cells = rows[r]
            # Fast path: jump to `<row r="N"` when every row before it in the gap has an r
            # (the rows skipped are not parsed one by one).
            gap = pending[0] if pending is not None else scan_pos
            i = data.find(row_tag + b' r="%d"' % r, gap, self.end)
            if i > gap and data.count(row_tag, gap, i) == data.count(row_tag + b' r="', gap, i):
                it, pending, last_r = self._tags(b"row", i, self.end), None, r - 1
            while True:
                if pending is None:
                    pending = next(it, None)
                if pending is None:
                    self._new_row(self.end, r, cells, written)
                    break
                start, tag_end, attrs, closing = pending
                got = _attrs(attrs).get(b"r")
                if got is None or not got.isdigit():
                    raise PatchError(f"{self.where}: 有不带行号（r 属性）的行，为免写错位置，不作修改")
                got_r = int(got)
                if got_r <= last_r:
                    raise PatchError(f"{self.where}: 行的顺序不对（第 {got_r} 行在第 {last_r} 行之后），"
                                     "不作修改")
                if got_r < r:
                    last_r, scan_pos = got_r, tag_end
                    pending = None
                    continue
                if got_r > r:
                    self._new_row(start, r, cells, written)
                    break
                last_r, scan_pos = got_r, tag_end
                pending = None
                if closing:
                    body = self._cells(r, cells, written)
                    if body:
                        head = self.data[start:tag_end - 2].rstrip(_SPACE) + b">"
                        self.edits.append((start, tag_end, head + body + b"</" + self.p + b"row>"))
                else:
                    row_end, after = self._end_of(b"row", tag_end, self.end)
                    self._patch_row(r, cells, tag_end, row_end, written)
                    it, scan_pos = self._tags(b"row", after, self.end), after
                break
        self._dimension(written)
        if self._closing:                       # the sheetData was <sheetData/>
            if len(self.edits) > 1:
                self.edits.append((self.end, self.end, self._closing))
            else:
                self.edits = []                 # nothing written into it: leave it as it was
        out, pos = [], 0
        for start, end, new in sorted(self.edits, key=lambda e: (e[0], e[1])):
            out.append(self.data[pos:start])
            out.append(new)
            pos = end
        out.append(self.data[pos:])
        return b"".join(out)

    def _new_row(self, at: int, r: int, cells: dict[int, str | None], written: list) -> None:
        body = self._cells(r, cells, written)
        if body:
            row = b"<" + self.p + b'row r="%d">' % r + body + b"</" + self.p + b"row>"
            self.edits.append((at, at, row))

    def _cells(self, r: int, cells: dict[int, str | None], written: list) -> bytes:
        """New cells for a row that had none of them."""
        return b"".join(self._cell(r, c, cells[c], {}, written) or b"" for c in sorted(cells))

    def _cell(self, r: int, c: int, value: str | None, old: dict[bytes, bytes],
              written: list) -> bytes | None:
        """The new `<c>` (None: no element)."""
        ref = f"{_col_letters(c)}{r}".encode()
        keep = b"".join(b' %s="%s"' % (k, old[k]) for k in (b"s", b"ph") if k in old)
        pc = self.p + b"c"
        if value is None or value == "":
            return b"<" + pc + b' r="' + ref + b'"' + keep + b"/>" if b"s" in old else None
        written.append((r, c))
        return (b"<" + pc + b' r="' + ref + b'"' + keep + b' t="inlineStr"><' + self.p + b"is><"
                + self.p + b't xml:space="preserve">' + _text(value) + b"</" + self.p + b"t></"
                + self.p + b"is></" + pc + b">")

    def _patch_row(self, r: int, cells: dict[int, str | None], begin: int, end: int,
                   written: list) -> None:
        todo = sorted(cells)
        k = 0
        last_c = 0
        for start, tag_end, attrs, closing in self._tags(b"c", begin, end):
            if k == len(todo):
                break
            a = _attrs(attrs)
            ref = a.get(b"r")
            m = _REF.fullmatch(ref) if ref is not None else None
            if m is None:
                raise PatchError(f"{self.where}: 第 {r} 行有不带位置（r 属性）的单元格，"
                                 "为免写错位置，不作修改")
            col = _col_number(m.group(1))
            if col <= last_c:
                raise PatchError(f"{self.where}: 第 {r} 行单元格的顺序不对，不作修改")
            last_c = col
            cell_end = tag_end if closing else self._end_of(b"c", tag_end, end)[1]
            while k < len(todo) and todo[k] < col:       # new cells before this one
                new = self._cell(r, todo[k], cells[todo[k]], {}, written)
                if new:
                    self.edits.append((start, start, new))
                k += 1
            if k < len(todo) and todo[k] == col:
                if not closing:
                    f = re.search(rb"<" + re.escape(self.p) + rb"f\b([^>]*)>", self.data[tag_end:cell_end])
                    if f is not None and b"ref" in _attrs(f.group(1)):
                        raise PatchError(f"{self.where}: 单元格 {ref.decode()} 是共享或数组公式的起点，"
                                         "改写会破坏其他单元格，不作修改")
                new = self._cell(r, col, cells[col], a, written)
                self.edits.append((start, cell_end, new or b""))
                k += 1
        for c in todo[k:]:                                   # after the last cell
            new = self._cell(r, c, cells[c], {}, written)
            if new:
                self.edits.append((end, end, new))

    def _dimension(self, written: list[tuple[int, int]]) -> None:
        if not written:
            return
        tag = re.compile(rb"<" + re.escape(self.p) + rb"""dimension\b[^>]*?\sref\s*=\s*(["'])([^"'>]*)\1""")
        m = tag.search(self.data, 0, self.dimension_start)
        if m is None:
            return
        ref = m.group(2)
        parts = [_REF.fullmatch(x.replace(b"$", b"")) for x in ref.split(b":")]
        if not ref or not all(parts):
            return
        rows = [int(p.group(2)) for p in parts] + [r for r, _ in written]
        cols = [_col_number(p.group(1)) for p in parts] + [c for _, c in written]
        first, last = (min(rows), min(cols)), (max(rows), max(cols))
        old = [(int(p.group(2)), _col_number(p.group(1))) for p in parts]
        if (old[0], old[-1]) == (first, last):
            return
        new = f"{_col_letters(first[1])}{first[0]}:{_col_letters(last[1])}{last[0]}".encode()
        self.edits.append((m.start(2), m.end(2), new))


# ---------------------------------------------------------------------------------- API
def set_cells(path: str | os.PathLike[str], sheet_title: str,
              cells: Mapping[tuple[int, int], str | None]) -> None:
    """Write text values into cells of the worksheet `sheet_title` of the .xlsx at `path`.

    `cells` maps (excel_row, column), both 1-based, to the text to write; ``None`` or ``""``
    empties the cell (a styled cell keeps its style, an unstyled one is removed). Only that
    sheet's XML part changes, and in it only these cells (and ``<dimension>`` when a value
    lands outside it); the file is replaced atomically.
    """
    path = Path(path)
    where = f"{path} 工作表“{sheet_title}”"
    rows: dict[int, dict[int, str | None]] = {}
    for key, value in cells.items():
        r, c = key
        if not (isinstance(r, int) and isinstance(c, int) and 1 <= r <= MAX_ROW and 1 <= c <= MAX_COL):
            raise PatchError(f"{where}: 单元格位置 {key!r} 超出范围（行 1–{MAX_ROW}，列 1–{MAX_COL}）")
        if value is not None and not isinstance(value, str):
            raise TypeError(f"cell {key!r}: value must be str or None, not {type(value).__name__}")
        if value is not None and len(value) > MAX_CELL_CHARS:
            raise PatchError(f"{where}: 单元格 {_col_letters(c)}{r} 的内容超过 {MAX_CELL_CHARS:,} 个字符")
        rows.setdefault(r, {})[c] = value
    if not rows:
        return
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PatchError(f"{path}: 不是有效的 .xlsx 文件（无法按 zip 打开）") from None
    tmp = None
    try:
        with zf:
            try:
                part = _sheet_part(zf, str(path), sheet_title)
            except (ET.ParseError, KeyError) as exc:
                raise PatchError(f"{path}: 工作簿结构无法读取（{type(exc).__name__}）") from None
            old = zf.read(part)
            new = _Sheet(old, where).apply(rows)
            if new == old:
                return
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                with zipfile.ZipFile(fh, "w") as out:
                    for info in zf.infolist():
                        out.writestr(_copy_info(info), new if info.filename == part else zf.read(info))
                    out.comment = zf.comment
                fh.flush()
                os.fsync(fh.fileno())
        # the original is closed before the rename (Windows cannot replace an open file)
        os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def _copy_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A fresh ZipInfo with the entry's name, date, compression and attributes (sizes, offsets
    and extra fields are the new writer's business)."""
    new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    new.compress_type = info.compress_type
    new.external_attr = info.external_attr
    new.internal_attr = info.internal_attr
    new.create_system = info.create_system
    new.comment = info.comment
    return new
