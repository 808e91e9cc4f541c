"""HTML pages: every <table> (rowspan filled down, colspan kept in its first column) and the
text blocks between tables as one-cell context rows."""
from __future__ import annotations

import re

from pathlib import Path

from ..records import ReadError
from .grid import Row
from .text import decode

__all__ = ["html_rows"]

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "div", "span", "li"}


def _table_grid(table) -> list[list[str]]:
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}       # (row, col) -> text of a rowspan above
    for r, tr in enumerate(tr for tr in table.iter("tr")
                           if tr.getparent() is table or tr.getparent().getparent() is table):
        row: list[str] = []
        col = 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        for cell in cells:
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            text = " ".join(cell.text_content().split())
            span = int(cell.get("rowspan") or 1) if (cell.get("rowspan") or "1").isdigit() else 1
            cspan = int(cell.get("colspan") or 1) if (cell.get("colspan") or "1").isdigit() else 1
            row.append(text)
            for k in range(1, span):
                pending[(r + k, col)] = text
            row += [""] * (cspan - 1)
            col += cspan
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        grid.append(row)
    return grid


_TABLE_TAG = re.compile(r"<table\\b", re.I)
# every tag but those of tables and line breaks: what a page nests deeply is layout
_LAYOUT_TAG = re.compile(r"</?(?!(?:table|tr|td|th|tbody|thead|tfoot|caption|br)\\b)[a-zA-Z][^>]*>")


def _parse(page: str):
    """The page's tree. libxml2 stops at a nesting depth (255 by default, a few thousand with
    huge_tree) and drops what lies deeper without a word; when tables went missing that way,
    the page is read again with its layout tags taken out."""
    import lxml.html
    root = lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True))
    if len(root.findall(".//table")) + (root.tag == "table") < len(_TABLE_TAG.findall(page)):
        flat = lxml.html.fromstring(_LAYOUT_TAG.sub(" ", page), parser=lxml.html.HTMLParser(huge_tree=True))
        if len(flat.findall(".//table")) > len(root.findall(".//table")):
            return flat
    return root


# trafilatura's XML (<doc><main><table><row><cell>…; <head rend="h2"> for a heading): the same
# tables under other names
_XML_TAGS = {"row": "tr", "cell": "td", "head": "h2", "list": "ul", "item": "li"}
_XML_TAG = re.compile(r"<(/?)(row|cell|head|list|item)\b")


def _as_html(page: str) -> str:
    """A page in trafilatura's XML given the HTML table tags (a page with <tr> is left as is)."""
    if "<row" not in page or "<cell" not in page or re.search(r"<tr\b", page, re.I):
        return page
    return _XML_TAG.sub(lambda m: f"<{m.group(1)}{_XML_TAGS[m.group(2)]}", page)


def html_rows(path: Path) -> list[Row]:
    import lxml.html

    try:
        page = _as_html(decode(path.read_bytes()))
        root = _parse(page)
    except (ValueError, UnicodeDecodeError, lxml.etree.ParserError) as exc:
        raise ReadError(path, f"HTML 文件无法解析（{type(exc).__name__}）") from None
    rows: list[Row] = []
    n_table = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "table":
            if any(a.tag == "table" for a in el.iterancestors()):
                continue
            n_table += 1
            for i, cells in enumerate(_table_grid(el), 1):
                if any(cells):
                    rows.append(Row(cells, {"table": n_table, "row": i}))
        elif el.tag in _BLOCKS and not any(a.tag in ("table", *_BLOCKS) for a in el.iterancestors()):
            if el.find(".//table") is None:
                text = " ".join(el.text_content().split())
                if text:
                    rows.append(Row([text], {"block": len(rows) + 1}))
    return rows
