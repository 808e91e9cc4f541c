"""Which reader a file needs, decided by its content (the extension only breaks ties).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.xlsx"
>>> _ = p.write_bytes(b"%PDF-1.4 ...")
>>> detect(p)
'pdf'
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..records import ReadError
from .guard import check_zip

__all__ = ["detect", "FORMATS"]

FORMATS = ("xlsx", "xls", "ods", "csv", "docx", "html", "pdf", "txt")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_EXT = {".txt": "txt", ".csv": "csv", ".tsv": "csv", ".htm": "html", ".html": "html",
             ".md": "txt", ".text": "txt"}
_KNOWN_BINARY = {b"\x89PNG": "PNG 图片", b"\xff\xd8\xff": "JPEG 图片",
                 b"GIF8": "GIF 图片", b"Rar!": "RAR 压缩包", b"7z\xbc\xaf": "7z 压缩包",
                 b"\x1f\x8b": "gzip 压缩包"}


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(path, zf)
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except ReadError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, zlib.error) as exc:
        raise ReadError(path, f"文件已损坏或不完整（zip 容器无法打开：{type(exc).__name__}）") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "spreadsheet" in mimetype:
        return "ods"
    raise ReadError(path, "是 zip 压缩包，但不是 .xlsx、.docx 或 .ods 文档")


def _ole_truncated(head: bytes, size: int) -> bool:
    """The OLE header names the sector of its directory; a file cut before it is truncated."""
    if len(head) < 0x34:
        return True
    sector = 1 << int.from_bytes(head[0x1E:0x20], "little")
    first_dir = int.from_bytes(head[0x30:0x34], "little")
    return sector > 1 << 16 or 512 + (first_dir + 1) * sector > size


def _ole_kind(path: Path, head: bytes) -> str:
    data = path.read_bytes()
    if _ole_truncated(head, len(data)):
        raise ReadError(path, "Office 文件（.xls/.doc）已损坏或不完整：文件在目录区之前就结束了，"
                              "可能在复制或下载时被截断")
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise ReadError(path, "文档设有密码（已加密）：请另存为不设密码的文件后再读取")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "WordDocument".encode("utf-16-le") in data:
        raise ReadError(path, "旧版 Word .doc 文件：请另存为 .docx 后再读取")
    raise ReadError(path, "不支持读取此类 Office 文件")


# a page has tags on every line; the text a tag stripper made of it may keep its <!DOCTYPE html>
# and nothing else: page text, not html
_TAG = re.compile(r"</?[a-z][a-z0-9]*[\s>/]")
_MARKUP_TAGS = 5


def detect(path: Path) -> str:
    """One of FORMATS, or ReadError naming the file when it holds no readable table."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise ReadError(path, f"无法打开（{exc.strerror or exc}）") from None
    if not head.strip():
        raise ReadError(path, "空文件")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(_OLE):
        return _ole_kind(path, head)
    for magic, what in _KNOWN_BINARY.items():
        if head.startswith(magic):
            raise ReadError(path, f"不是表格：文件内容是 {what}"
                                  f"（扩展名 {path.suffix or '无'}）")
    if b"\x00" in head and not _text_with_nuls(head):
        raise ReadError(path, f"不是表格：未知格式的二进制内容"
                              f"（扩展名 {path.suffix or '无'}）")
    text = _head_text(head)
    low = text[:8192].lower()
    if "<table" in low or (("<html" in low or "<!doctype html" in low) and len(_TAG.findall(low)) >= _MARKUP_TAGS):
        return "html"
    ext = _TEXT_EXT.get(path.suffix.lower())
    if ext == "csv":
        return ext
    return "csv" if _delimited(text) else "txt"


def _text_with_nuls(head: bytes) -> bool:
    """UTF-16 that lost its BOM, or text with a few stray NUL bytes (some exporters leave
    them in cells): text, not binary."""
    from .text import utf16_without_bom
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return True
    if head.count(0) > max(8, len(head) // 200):
        return False
    rest = head.replace(b"\x00", b"")
    controls = sum(rest.count(bytes([c])) for c in range(1, 32) if c not in (9, 10, 13))
    return controls <= len(rest) // 100


def _head_text(head: bytes) -> str:
    from .text import encoding_of
    try:
        enc = encoding_of(head, complete=len(head) < 8192)
    except UnicodeDecodeError:
        return head.decode("latin-1")
    return head.decode(enc.replace("-sig", ""), errors="ignore").replace("\x00", "")


def _delimited(text: str) -> bool:
    """A csv saved as .txt, .dat or without extension: most lines hold the same number (two or
    more) of one delimiter, the first line too, and no line is split by pipes."""
    lines = [line for line in text.splitlines()[:-1] or text.splitlines() if line.strip()][:40]
    if len(lines) < 2 or sum("|" in line for line in lines) > len(lines) // 4:
        return False
    for sep in (",", ";", "\t"):
        counts = [line.count(sep) for line in lines]
        first = counts[0]
        if sep == "\t" and (first < 3 or not any("\t\t" in line or line.endswith("\t") for line in lines)):
            continue      # tabs are page text's own shape (text.py), but a sheet saved as text
                          # keeps every row's empty cells: the same tab count on every line
        if first >= 2 and sum(c == first for c in counts) >= 0.8 * len(counts):
            return True
        if first >= 2 and _quoted_records(text, sep, first + 1):
            return True
    return False


def _quoted_records(text: str, sep: str, width: int) -> bool:
    """Records read as csv reads them (a quoted cell may hold the separator or a line break):
    most have the first line's number of fields."""
    import csv
    import io
    try:
        records = [r for r in csv.reader(io.StringIO(text), delimiter=sep) if any(c.strip() for c in r)][:40]
    except csv.Error:
        return False
    return len(records) >= 3 and sum(len(r) == width for r in records) >= 0.8 * len(records)
