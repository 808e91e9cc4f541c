"""Word .docx files: every table in document order, with the paragraphs between tables
(项目名称：… lines above a table are context) as one-cell rows."""
from __future__ import annotations

from pathlib import Path

from ..records import ReadError
from .grid import Row

__all__ = ["docx_rows"]


def docx_rows(path: Path) -> list[Row]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
        # python-docx parses parts lazily, so a damaged part may fail only while the blocks are
        # walked; whatever it raises then (KeyError, AttributeError, zlib.error, XMLSyntaxError…)
        # means the same thing to the user: this .docx is damaged
        return _document_rows(document, Paragraph, Table)
    except Exception as exc:
        raise ReadError(path, f"Word 文档已损坏，其内容无法读取（{type(exc).__name__}）") from None


def _document_rows(document, Paragraph, Table) -> list[Row]:
    rows: list[Row] = []
    n_table = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                rows.append(Row([block.text.strip()], {"paragraph": len(rows) + 1}))
        elif isinstance(block, Table):
            n_table += 1
            for i, row in enumerate(block.rows, 1):
                # row.cells repeats a merged cell for each grid column/row it spans
                cells, last = [], None
                for cell in row.cells:
                    text = cell.text.strip()
                    # a horizontally merged cell comes back once per column: keep it once
                    cells.append("" if cell._tc is last else text)
                    last = cell._tc
                rows.append(Row(cells, {"table": n_table, "row": i}))
    return rows
