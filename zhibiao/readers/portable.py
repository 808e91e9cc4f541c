"""PDF files through pdfplumber: ruled tables where the page has them, else the page text
(which text.py reads in whichever shape it has, or as wrapped one-project-a-row text)."""
from __future__ import annotations

from pathlib import Path

from ..records import ReadError
from .grid import Row
from .text import text_rows

__all__ = ["pdf_rows"]


def pdf_rows(path: Path) -> list[Row]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
        pages = pdf.pages
    except PDFPasswordIncorrect:
        raise ReadError(path, "password-protected PDF") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"damaged or truncated PDF ({type(exc).__name__})") from None
    except Exception as exc:   # pdfminer's own error classes vary between versions
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReadError(path, "password-protected PDF") from None
        raise ReadError(path, f"damaged or truncated PDF ({type(exc).__name__})") from None
    rows: list[Row] = []
    texts: list[str] = []
    with pdf:
        for p, page in enumerate(pages, 1):
            try:
                tables = page.extract_tables()
                text = page.extract_text() or ""
            except Exception as exc:
                raise ReadError(path, f"damaged PDF page ({type(exc).__name__})", row=None) from None
            texts.append(text)
            for t, table in enumerate(tables, 1):
                for r, cells in enumerate(table, 1):
                    cells = [" ".join((c or "").split()) for c in cells]
                    if any(cells):
                        rows.append(Row(cells, {"page": p, "table": t, "row": r}))
    if rows:
        return rows
    out = text_rows("\n".join(texts))
    return out
