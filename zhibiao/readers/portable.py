"""PDF files through pdfplumber: ruled tables where the page has them, else the page text
(which text.py reads in whichever shape it has, or as wrapped one-project-a-row text)."""
from __future__ import annotations

import textwrap
from pathlib import Path

from ..records import ReadError
from .grid import Row
from .text import text_rows
from .wrapped import is_wrapped_project_list

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
    layouts: list[str] = []
    with pdf:
        for p, page in enumerate(pages, 1):
            try:
                found = page.find_tables()
                tables = [t.extract() for t in found]
                text = page.extract_text() or ""
                if found:   # lines above the first table and below the last: context rows
                    top, bottom = found[0].bbox[1], found[-1].bbox[3]
                    above = page.crop((0, 0, page.width, top)).extract_text() if top > 1 else ""
                    below = (page.crop((0, bottom, page.width, page.height)).extract_text()
                             if bottom < page.height - 1 else "")
                else:
                    above = below = ""
                # layout text keeps the gaps between cells as runs of spaces
                layout = page.extract_text(layout=True) or ""
            except Exception as exc:
                raise ReadError(path, f"damaged PDF page {p} ({type(exc).__name__})") from None
            texts.append(text)
            layouts.append(textwrap.dedent("\n".join(l.rstrip() for l in layout.splitlines())))
            rows += [Row([line.strip()], {"page": p, "text": "above"})
                     for line in (above or "").splitlines() if line.strip()]
            for t, table in enumerate(tables, 1):
                for r, cells in enumerate(table, 1):
                    cells = [" ".join((c or "").split()) for c in cells]
                    if any(cells):
                        rows.append(Row(cells, {"page": p, "table": t, "row": r}))
            rows += [Row([line.strip()], {"page": p, "text": "below"})
                     for line in (below or "").splitlines() if line.strip()]
    if rows:
        return rows
    plain = "\n".join(texts)
    if is_wrapped_project_list(plain):      # one project a row, cells wrapped (the Huadu seed)
        return text_rows(plain)
    return text_rows("\n".join(layouts))
