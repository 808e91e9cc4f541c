"""Which reader a file needs, decided by its content (the extension only breaks ties).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.xlsx"
>>> _ = p.write_bytes(b"%PDF-1.4 ...")
>>> detect(p)
'pdf'
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..records import ReadError

__all__ = ["detect", "FORMATS"]

FORMATS = ("xlsx", "xls", "ods", "csv", "docx", "html", "pdf", "txt")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_EXT = {".txt": "txt", ".csv": "csv", ".tsv": "csv", ".htm": "html", ".html": "html",
             ".md": "txt", ".text": "txt"}
_KNOWN_BINARY = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"GIF8": "a GIF image", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
                 b"\x1f\x8b": "a gzip archive"}


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except zipfile.BadZipFile:
        raise ReadError(path, "damaged or truncated file (its zip container cannot be opened)")
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "spreadsheet" in mimetype:
        return "ods"
    raise ReadError(path, "a zip archive that is neither a .xlsx, .docx nor .ods document")


def _ole_kind(path: Path, head: bytes) -> str:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise ReadError(path, "password-protected (encrypted) document: save it without a "
                              "password and read it again")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "WordDocument".encode("utf-16-le") in data:
        raise ReadError(path, "an old Word .doc file: save it as .docx and read it again")
    raise ReadError(path, "an Office file of a kind zhibiao does not read")


def detect(path: Path) -> str:
    """One of FORMATS, or ReadError naming the file when it holds no readable table."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise ReadError(path, f"cannot open: {exc.strerror or exc}") from None
    if not head.strip():
        raise ReadError(path, "empty file")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(_OLE):
        return _ole_kind(path, head)
    for magic, what in _KNOWN_BINARY.items():
        if head.startswith(magic):
            raise ReadError(path, f"not a table: the content is {what} "
                                  f"(extension {path.suffix or 'none'})")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, f"not a table: binary content of no known format "
                              f"(extension {path.suffix or 'none'})")
    low = head.lower()
    if b"<table" in low or b"<html" in low or b"<!doctype html" in low:
        return "html"
    ext = _TEXT_EXT.get(path.suffix.lower())
    if ext in ("csv", "txt"):
        return ext
    return "txt"
