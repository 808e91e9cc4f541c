"""PDF files through pdfplumber, rebuilt from character positions (pdfwords.py): ruled tables
from their lines, unruled tables from their columns and rows of text, tables over several
pages as one, page headers and footers left out. A PDF with no table header anywhere is read
as page text (text.py, or wrapped one-project-a-row text). pdfminer's warnings (``Could not
get FontBBox…``) never reach the user; a PDF with no text layer (a scan) is a ReadError
saying so."""
from __future__ import annotations

import contextlib
import logging
import re
import textwrap
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

from .. import lexicon
from ..categories import category_level
from ..records import ReadError
from . import pdfwords as pw
from .grid import Row
from .labels import context_label, is_furniture, signoff_lines
from .text import text_rows
from .wrapped import is_wrapped_project_list

__all__ = ["pdf_rows", "quiet_pdfminer"]

NO_TEXT_LAYER = "PDF 没有文字层（扫描图像），需先做 OCR 文字识别再读取"


@contextlib.contextmanager
def quiet_pdfminer() -> Iterator[None]:
    """pdfminer and pdfplumber log warnings about fonts and damaged objects (``Could not get
    FontBBox from font descriptor…``) and may warn through ``warnings``: none of it is the
    user's business while a table is read."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _open(path: Path):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
        pages = pdf.pages
    except PDFPasswordIncorrect:
        raise ReadError(path, "PDF 设有密码，无法读取") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"PDF 已损坏或不完整（{type(exc).__name__}）") from None
    except Exception as exc:   # pdfminer's own error classes vary between versions
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReadError(path, "PDF 设有密码，无法读取") from None
        raise ReadError(path, f"PDF 已损坏或不完整（{type(exc).__name__}）") from None
    return pdf, pages


def pdf_rows(path: Path) -> list[Row]:
    with quiet_pdfminer():
        pdf, pages = _open(path)
        with pdf:
            return _read(path, pages)


def _read(path: Path, pages: list) -> list[Row]:
    loaded: list[tuple[Any, list[dict], list[pw.Seg]]] = []
    n_chars = 0
    for p, page in enumerate(pages, 1):
        try:
            chars = page.dedupe_chars().chars
        except Exception as exc:
            raise ReadError(path, f"PDF 第 {p} 页已损坏（{type(exc).__name__}）") from None
        n_chars += sum(1 for c in chars if c.get("text", "").strip())
        chars = [c for c in chars if not _slanted(c)]
        loaded.append((page, chars, pw.segments(chars)))
    if n_chars == 0 or _scanned(pages, n_chars):
        raise ReadError(path, NO_TEXT_LAYER)
    drop = pw.furniture([(page.height, segs) for page, _, segs in loaded])
    items: list[Any] = []
    carry = None
    for p, ((page, chars, segs), furniture) in enumerate(zip(loaded, drop), 1):
        segs = [s for s in segs if id(s) not in furniture]
        # text drawn off the page (a cut merged cell's label) is no line of the page's own
        off = [s for s in segs if s.cy < 0 or s.cy > page.height]
        segs = [s for s in segs if not (s.cy < 0 or s.cy > page.height)]
        try:
            tables = _grids(_side_by_side(sorted(_find_tables(page), key=lambda t: t.bbox[1])))
        except Exception as exc:
            raise ReadError(path, f"PDF 第 {p} 页已损坏（{type(exc).__name__}）") from None
        pairs = [(t, pw.ruled_fragment(page, t, chars, p)) for t in tables]
        before = next((i.roles for i in reversed(items) if isinstance(i, pw.Fragment) and "name" in i.roles), None)
        pairs = [(t, f) for t, f in pairs if f and not _rows_not_ruled(f, before)]
        if pairs and _grid_ends_early(pairs[-1][1], segs, pairs[-1][0].bbox[3],
                                      _row_height(pairs[-1][0])):
            pairs = []
        tables, frags = [t for t, _ in pairs], [f for _, f in pairs]
        if not frags:
            page_items, carry = pw.unruled_fragments(segs, p, carry)
            items += page_items
            continue
        # (an unruled table left open on the page before goes on above the page's first grid:
        # the boxes LibreOffice draws round a sign-off's date or the share bar under it)
        carried, carry = carry, None
        # a class label alone above the first table or under the last, in one of its columns,
        # is a cut merged cell's label drawn outside the page's print area
        clipped = _clipped(segs + off, frags[0], frags[-1], tables[0].bbox[1], tables[-1].bbox[3],
                           page.height)
        segs = [s for s in segs if all(s is not c for c in clipped)]
        above = 0.0
        regions = []
        for t, frag in zip(tables, frags):
            x0, top, x1, bottom = t.bbox
            regions.append(([s for s in segs if above <= s.cy < top and not _inside(s, t.bbox)],
                            frag))
            above = bottom
        tail = [s for s in segs if s.cy >= above]
        for k, (outside, frag) in enumerate(regions):
            page_items, _ = pw.unruled_fragments(outside, p, carried if k == 0 else None)
            items += page_items
            frag.continues_above = k == 0 and not outside
            items.append(frag)
        regions_after = _row_under(frags[-1], tail, tables[-1].bbox[3])
        # a page number or running footer under the table (第 1 页 共 3 页) ends no table
        frags[-1].continues_below = all(is_furniture(line) for line in _line_texts(regions_after))
        # (an unruled table under the page's last grid, such as a search box's, may go on
        # on the next page: its layout is carried there)
        page_items, carry = pw.unruled_fragments(regions_after, p, None)
        items += page_items
    items = _columns_continued(items)
    frags = [i for i in items if isinstance(i, pw.Fragment)]
    if not any(f.header for f in frags):
        return _as_text(pages)
    for frag in frags:
        _title_again_dropped(frag)
    _repeated_footers(frags)
    _ruled_categories(frags)
    pw.resolve(frags)
    return pw.to_rows(items)


def _slanted(ch: dict) -> bool:
    """A character set at a slant (neither level nor turned a quarter): a watermark or a stamp
    across the page (某某局 公开 drawn at 30°), never a cell of a table."""
    a, b = ch.get("matrix", (1, 0, 0, 1))[:2]
    return abs(a) > 0.05 * abs(b) and abs(b) > 0.05 * abs(a)


def _clipped(segs: list[pw.Seg], first: pw.Fragment, last: pw.Fragment, top: float,
             bottom: float, height: float) -> list[pw.Seg]:
    """Class labels above the first ruled part and below the last, in one of its columns:
    the labels of merged cells a page break cut, drawn where the page does not show them
    (off the page, or in its margin next to the table; 社会效益指 off the page over 标 on it
    is one label). Each goes to its part (clipped_top, clipped_bottom); returns the
    segments used."""
    used: list[pw.Seg] = []
    sides = ((first, first.clipped_top, [s for s in segs if s.cy < top], True),
             (last, last.clipped_bottom, [s for s in segs if s.cy >= bottom], False))
    for frag, side, region, above in sides:
        by_col: dict[int, list[pw.Seg]] = {}
        for seg in region:
            col = _column_at(frag.xs, seg.cx)
            if col is not None:
                by_col.setdefault(col, []).append(seg)
        for col, group in by_col.items():
            group.sort(key=lambda s: s.top)
            off = [s for s in group if s.cy < 0 or s.cy > height]
            # the line next to the table, if the label stands alone on it (not a row's first
            # cell set outside the grid)
            near = [s for s in group if 0 <= s.cy <= height]
            # set apart from the table (a row a page break cut, its category cell left just
            # under the grid, is no such label): by more than a line, or by most of one where
            # the table's row next to it has that cell empty (Calc centres a merged cell's
            # label on the whole cell: under the grid by less than a line when the page break
            # cuts the cell after its first row)
            edge = top if above else bottom
            row = (frag.body[0] if above else frag.body[-1]) if frag.body else []
            apart = 0.75 if col < len(row) and not row[col] else 1.5
            near = [s for s in (near[-1:] if above else near[:1])
                    if not any(o is not s and abs(o.cy - s.cy) < 0.5 * s.size for o in segs)
                    and min(abs(s.top - edge), abs(s.bottom - edge)) > apart * s.size]
            for pieces in (sorted(off + near, key=lambda s: s.top), near, off):
                label = "".join(s.text for s in pieces)
                if pieces and category_level(label) is not None:
                    side[col] = label
                    used += pieces
                    break
            else:
                used += off                                   # off the page: never shown
    return used


def _signs_off(text: str) -> bool:
    """Whether a line holds a sign-off word of features/headers.yaml (盖章, 填报人 …)."""
    words = [w for w, key in lexicon.headers().context_key.items() if key == "signoff" and len(w) >= 2]
    return any(w in text for w in words)


def _row_under(frag: pw.Fragment, tail: list[pw.Seg], bottom: float) -> list[pw.Seg]:
    """A row a page break cut, left just under the ruled grid with no line below it (its
    cells' last lines go on on the next page): the lines right under the table whose pieces
    all stand in its columns, two columns filled or more, are a last body row of the part.
    Returns the tail without them."""
    if frag.kind != "ruled" or len(frag.xs) < 3 or not frag.body:
        return tail
    lines = _lines(tail)
    taken: list[list[pw.Seg]] = []
    edge = bottom
    for line in lines:
        size = max(s.size for s in line)
        inside = all(frag.xs[0] <= s.x0 and s.x1 <= frag.xs[-1] for s in line)
        text = " ".join(s.text for s in line)
        if line[0].top - edge > 1.5 * size or not inside or is_furniture(text) \
                or context_label(line[0].text) is not None:
            break                 # (审核意见 同意 under the table: the form's next line)
        taken.append(line)
        edge = max(s.bottom for s in line)
    cols: dict[int, list[pw.Seg]] = {}
    for seg in (s for line in taken for s in line):
        cols.setdefault(_column_at(frag.xs, seg.cx), []).append(seg)
    texts = [" ".join(s.text for s in line) for line in lines]
    if not taken or None in cols or len(cols) < 2 or signoff_lines(texts, blank_after=False) \
            or any(_signs_off(t) for t in texts[:len(taken)]):
        return tail               # (某某局 2025年1月20日, …（盖章）: the form's sign-off)
    ncol = len(frag.xs) - 1
    frag.body.append([pw.join_lines([s.text for s in cols.get(c, [])]) for c in range(ncol)])
    fresh = -len(frag.body) * ncol            # merged-cell ids no grid cell has
    frag.comp.append([fresh - c for c in range(ncol)])
    if frag.body_locations:
        frag.body_locations.append({**frag.body_locations[-1], "row": frag.body_locations[-1].get("row", 0) + 1})
    used = {id(s) for line in taken for s in line}
    return [s for s in tail if id(s) not in used]


def _lines(segs: list[pw.Seg]) -> list[list[pw.Seg]]:
    """The segments in lines, top to bottom, each left to right."""
    lines: list[list[pw.Seg]] = []
    for s in sorted(segs, key=lambda s: (round(s.cy), s.x0)):
        if lines and abs(lines[-1][0].cy - s.cy) < 0.5 * max(s.size, 1.0):
            lines[-1].append(s)
        else:
            lines.append([s])
    return [sorted(line, key=lambda s: s.x0) for line in lines]


def _line_texts(segs: list[pw.Seg]) -> list[str]:
    """The text of each line the segments stand on, left to right."""
    return [" ".join(s.text for s in line) for line in _lines(segs)]


def _column_at(xs: list[float], x: float) -> int | None:
    """The column of a ruled part whose edges hold `x`, None outside the part."""
    return next((c for c in range(len(xs) - 1) if xs[c] <= x < xs[c + 1]), None)


def _find_tables(page: Any) -> list:
    """pdfplumber's tables of the page, with a rule drawn where a page break cut the grid: a
    row carried over from the page before has its column lines but no line across its top
    (Chromium), and a row cut at the page's foot none across its bottom."""
    page = _without_blank_boxes(page)
    cut = _cut_rules([e for e in page.edges if e["orientation"] == "v" and e["height"] > 3],
                     [e for e in page.edges if e["orientation"] == "h"])
    return page.find_tables(table_settings={"explicit_horizontal_lines": cut}) if cut \
        else page.find_tables()


def _white(colour: Any) -> bool:
    """A fill colour that is white: gray or RGB all at 1, CMYK all at 0."""
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return False
    return all(v <= 0.01 for v in values) if len(values) == 4 else all(v >= 0.99 for v in values)


def _without_blank_boxes(page: Any) -> Any:
    """The page without the white boxes a browser draws behind cells when it prints without
    backgrounds (a zebra table's rows, a white panel) where nothing but the white page lies
    under them: no one sees their edges, so they rule no grid. Where a shaded box meets them (a
    zebra table's rows, borders drawn by the gaps between white cells on a dark table) they
    are seen, and stay."""
    rects = page.rects

    def blank(obj: dict) -> bool:
        return obj.get("object_type") == "rect" and bool(obj.get("fill")) and not obj.get("stroke") \
            and _white(obj.get("non_stroking_color")) and obj["width"] > 2 and obj["height"] > 2

    white = [r for r in rects if blank(r)]
    # (a shaded box over or beside them makes them a shaded table's cells: the white ones
    # show where the shading stops)
    shaded = [r for r in rects if r.get("fill") and not _white(r.get("non_stroking_color"))
              and r["width"] > 2 and r["height"] > 2]
    if not white or any(_overlap_boxes(a, b) for a in shaded for b in white):
        return page
    return page.filter(lambda obj: not blank(obj))


def _overlap_boxes(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] + 1 and b["x0"] < a["x1"] + 1 and a["top"] < b["bottom"] + 1 \
        and b["top"] < a["bottom"] + 1


_OPEN_END = 3       # column lines that start (or end) at one height, with no line across them


def _cut_rules(v_edges: list[dict], h_edges: list[dict]) -> list[dict]:
    """A line across the column lines that begin together above every line drawn across them
    (or end together below every one): the open top of a row a page break carried over, or
    the open bottom of one it cut."""
    out = []
    for key in ("top", "bottom"):
        ends: dict[int, list[dict]] = {}
        for e in v_edges:
            ends.setdefault(round(e[key]), []).append(e)
        for y, edges in ends.items():
            xs = sorted({round(e["x0"]) for e in edges})
            if len(xs) < _OPEN_END:
                continue
            x0, x1 = xs[0], xs[-1]
            across: dict[int, float] = {}        # (a rule may be drawn cell by cell)
            for h in h_edges:
                across[round(h["top"])] = across.get(round(h["top"]), 0.0) + max(0.0, min(h["x1"], x1) - max(h["x0"], x0))
            rules = [hy for hy, length in across.items() if length >= 0.5 * (x1 - x0)]
            if not rules or (key == "top" and min(rules) < y + 1.5) or (key == "bottom" and max(rules) > y - 1.5):
                continue
            out.append({"object_type": "line", "x0": float(x0), "x1": float(x1), "top": float(y),
                        "bottom": float(y), "width": float(x1 - x0), "height": 0.0})
    return out


@dataclass
class _Joined:
    """Two pdfplumber tables side by side as one: a column between them with no line across
    it on the page (a merged category cell running the whole page, its label elsewhere) kept
    pdfplumber from seeing one grid. The gap is a cell of its own; ruled_fragment finds from
    the page's lines which grid cells are one."""
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]
    rows: list[Any]
    columns: list[Any]


_TALL = 60.0        # points: parts of a grid, not boxes round a header's labels


def _side_by_side(tables: list) -> list:
    """Tables whose tops and bottoms meet, one just right of the other, joined (see _Joined)."""
    out: list = []
    for t in sorted(tables, key=lambda t: (round(t.bbox[1]), t.bbox[0])):
        prev = out[-1] if out else None
        if prev is not None and abs(prev.bbox[1] - t.bbox[1]) < 3 and abs(prev.bbox[3] - t.bbox[3]) < 3 \
                and t.bbox[3] - t.bbox[1] > _TALL \
                and 0 <= t.bbox[0] - prev.bbox[2] < 0.3 * (t.bbox[2] - prev.bbox[0]):
            x0, top, x1, bottom = prev.bbox
            gap = [(x1, top, t.bbox[0], bottom)] if t.bbox[0] - x1 > 2 else []
            out[-1] = _Joined((x0, min(top, t.bbox[1]), t.bbox[2], max(bottom, t.bbox[3])),
                              list(prev.cells) + gap + list(t.cells),
                              list(t.rows), list(prev.columns) + [None] * len(gap) + list(t.columns))
            continue
        out.append(t)
    return sorted(out, key=lambda t: t.bbox[1])


def _shaded_above(head: Any, band: Any) -> bool:
    """A box of the same width above a band with an unshaded row's room between them: a
    shaded header over the one shaded row a page holds of a table shaded row by row."""
    gap = band.bbox[1] - head.bbox[3]
    return abs(head.bbox[0] - band.bbox[0]) < 2 and abs(head.bbox[2] - band.bbox[2]) < 2 \
        and gap >= 0.5 * (band.bbox[3] - band.bbox[1])


def _grids(tables: list) -> list:
    """The tables pdfplumber found that are grids of cells. Not one: a box of one column (rows
    shaded in turn with no line between the cells, or a printed page's frame), nor bands of one
    row each of the same width, two or more of them (rows shaded in turn, each its own box), or
    one under a shaded header with a row's room between them.
    What they hold is read from its words' positions."""
    bands = [t for t in tables if len(t.rows) == 1]
    striped = {id(t) for t in bands
               if sum(1 for u in bands if abs(u.bbox[0] - t.bbox[0]) < 2 and abs(u.bbox[2] - t.bbox[2]) < 2) >= 2
               or any(_shaded_above(u, t) for u in tables if u is not t)}
    if striped:     # a shaded row beside a merged cell is narrower: a stripe too, if it ends where they do
        ends = {round(t.bbox[2]) for t in bands if id(t) in striped}
        striped |= {id(t) for t in bands if any(abs(t.bbox[2] - e) < 2 for e in ends)}
    return [t for t in tables if id(t) not in striped and len(t.columns) > 1]


def _rows_not_ruled(frag: pw.Fragment, before: list[str | None] | None = None) -> bool:
    """A grid whose lines do not part its rows (a striped table: only every other row is a
    box of its own): names come out with their values run on (条目≥9000条≥3000条) and the
    value cells empty. Such a table is read from its words' positions instead. A part with no
    header of its own (the table's next page) is judged by the columns of the part before."""
    roles = frag.roles
    if "name" not in roles and not frag.header and before and len(before) == len(roles):
        roles = before
    if "name" not in roles:
        # (a box round the page's content whose one cell holds a whole unruled table, its
        # header included: LibreOffice's conversion of a page whose table has no lines)
        return not frag.header and _one_cell_body(frag, alone=True)
    k = roles.index("name")
    values = [i for i, r in enumerate(roles) if r in ("value", "period")]
    run_on = sum(1 for row in frag.body if k < len(row) and _RUN_ON_VALUE.search(row[k] or "")
                 and all(i >= len(row) or not row[i] for i in values))
    # rows the grid ran together down the page: a value cell holding several values (≥4200人≥1350人)
    stacked = sum(1 for row in frag.body for i in values if i < len(row)
                  and len(_COMPARED_FIGURE.findall(row[i] or "")) >= 2)
    return run_on >= 2 or stacked >= 2 or _names_joined_to_values(frag, roles, k, values) >= 2 \
        or _one_cell_body(frag)


def _one_cell_body(frag: pw.Fragment, alone: bool = False) -> bool:
    """A grid whose body is one cell across all its columns holding the text of several rows:
    a box drawn round the page's content (a white panel, its edges found as lines) with the
    table's rows inside it set off by lines under each row only, or by none. A real merged
    row across the table (一、产出指标, 合计) holds one label, not rows of figures and labels.
    `alone`: a grid with no header of its own (a page's layout boxes) may hold the table in
    a cell that is the only one filled in its row (a side column of the layout left empty)."""
    if len(frag.roles) < 3:
        return False
    for roots, row in zip(frag.comp or [], frag.body):
        if len(set(roots)) != 1 and not (alone and sum(1 for c in row if c) == 1):
            continue
        text = "".join(row)
        if len(_COMPARED_FIGURE.findall(text)) >= 2 or text.count("指标") >= 3:
            return True
    return False


def _row_height(table: Any) -> float:
    """A pdfplumber table's height a row."""
    x0, top, x1, bottom = table.bbox
    return (bottom - top) / max(len(table.rows), 1)


def _grid_ends_early(frag: pw.Fragment, segs: list[pw.Seg], bottom: float, pitch: float = 0.0) -> bool:
    """A grid round a table's header and first row or two, its other rows set out under it in
    its columns with no lines of their own (bootstrap's table-striped: lines drawn only where
    a row is shaded): two lines or more right under it that each fill two of its columns or
    more. The page is then read from its words' positions."""
    if not frag.header or len(frag.body) > 2 or len(frag.xs) < 3:
        return False
    rows, edge = 0, bottom
    for line in _lines([s for s in segs if s.cy > bottom]):
        size = max(s.size for s in line)
        # (rows set as tall as the grid's own body row, zebra rows with padding, are rows of it too)
        if line[0].top - edge > max(2.5 * size, 1.5 * pitch if frag.body else 0.0) or \
                not all(frag.xs[0] <= s.x0 and s.x1 <= frag.xs[-1] for s in line) \
                or is_furniture(" ".join(s.text for s in line)):
            break             # (the site's footer under the table is none of its rows)
        if len({_column_at(frag.xs, s.cx) for s in line} - {None}) >= 2:
            rows += 1
        edge = max(s.bottom for s in line)
    return rows >= 2


def _names_joined_to_values(frag: pw.Fragment, roles: list[str | None], k: int, values: list[int]) -> int:
    """Body rows whose name and value are one cell of the grid while the header parts them and
    the row's class cells stand apart: rows shaded in turn with rules across only (a zebra
    table), where an unshaded row has no line between its cells. A row spanning the table
    (a block label, 合计) spans the class columns too, and is not counted."""
    cats = [c for c, r in enumerate(roles) if r in pw.CATEGORY]
    if not cats or not values:
        return 0
    # (nor is a block row of the project's facts inside the grid: 项目名称 | its name, spanning)
    return sum(1 for row, roots in zip(frag.body, frag.comp)
               if row[k] and any(roots[i] == roots[k] for i in values)
               and all(roots[c] != roots[k] for c in cats) and context_label(row[0]) is None)


_RUN_ON_VALUE = re.compile(r"[\u4e00-\u9fff]\s*(?:[≥≤＞＜≧≦]|[<>]=?)\s*\d")
_COMPARED_FIGURE = re.compile(r"(?:[≥≤＞＜≧≦]|[<>]=?)\s*\d")


def _inside(s: pw.Seg, bbox: tuple) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= s.cx <= x1 and top <= s.cy <= bottom


_VALUE_COLUMNS = ("value", "period", "op", "unit")


def _columns_continued(items: list[Any]) -> list[Any]:
    """A sheet wider than the paper printed without fitting it to the width (a spreadsheet's
    default): its names on one page, its value columns (计算符号 | 指标值 | 计量单位) on the next,
    row for row. The next page's part, a header with a value column and no name over as many
    rows, is the rest of each row of the part before, whose header has names and no value."""
    out: list[Any] = []
    prev: pw.Fragment | None = None
    for item in items:
        if isinstance(item, pw.Fragment) and prev is not None and _columns_of(prev, headed := _headed(item)):
            _append_columns(prev, headed)
            continue
        out.append(item)
        if isinstance(item, pw.Fragment):
            prev = item
    return out


def _headed(b: pw.Fragment) -> pw.Fragment:
    """A part whose first row is a header of value columns only (计算符号 | 指标值 | 计量单位: no
    name, so not taken for a header), with that row as its header; else the part as it is."""
    if b.header or not b.body:
        return b
    roles = pw.roles_of(b.body[0])
    if "name" in roles or not any(r in _VALUE_COLUMNS for r in roles) \
            or any(r is None and c for r, c in zip(roles, b.body[0])):
        return b
    return replace(b, header=[b.body[0]], body=b.body[1:], roles=roles,
                   body_locations=b.body_locations[1:], comp=b.comp[1:])


def _columns_of(a: pw.Fragment, b: pw.Fragment) -> bool:
    return (b.page == a.page + 1 and bool(a.header) and len(a.header) == len(b.header)
            and len(a.body) == len(b.body) > 0 and "name" in a.roles
            and not any(r in ("value", "period") for r in a.roles) and "name" not in b.roles
            and any(r in ("value", "period") for r in b.roles)
            and not any(r in pw.CATEGORY for r in b.roles))


def _append_columns(a: pw.Fragment, b: pw.Fragment) -> None:
    width = len(a.roles)
    a.header = [x + y for x, y in zip(a.header, b.header)]
    a.body = [x + y for x, y in zip(a.body, b.body)]
    a.roles = a.roles + b.roles          # (b has no class column: no labels to carry over)
    if a.comp and len(a.comp) == len(a.body):
        # b's cells each a cell of its own (no class column there: no merged cell to follow),
        # with ids apart from a's, as _reproject gives the cells it adds
        total = len(a.roles)
        a.comp = [x + [-(r * total + k) - 1 for k in range(width, total)] for r, x in enumerate(a.comp)]
    a.xs = []                        # no longer one grid's column edges
    a.continues_below = b.continues_below


def _title_again_dropped(frag: pw.Fragment) -> None:
    """A table's title row printed again at the top of its next page (a browser repeats the
    first <thead>, which held only the title): no row of the table, and not a class label
    for the rows under it (项目绩效目标申报表 in the 一级指标 column)."""
    if frag.kind != "ruled" or frag.header or not frag.continues_above or not frag.body:
        return
    filled = [pw.fold(c).strip() for c in frag.body[0] if c]
    # (a title: one cell ending in 表 with a word of features/headers.yaml table_title_words)
    if len(filled) != 1 or len(filled[0]) > 60 or not filled[0].endswith("表") \
            or not any(w in filled[0] for w in lexicon.headers().table_title_words):
        return
    del frag.body[0]
    if frag.body_locations:
        del frag.body_locations[0]
    if frag.comp:
        del frag.comp[0]


def _repeated_footers(frags: list[pw.Fragment]) -> None:
    """A table's footer rows printed at the foot of every page (a browser repeats a <tfoot>,
    预算执行率 | 560万元 … and 总分 | 100 | 94.7, as it repeats the header): the same rows, with
    no name, ending a part and the part after it are the table's last rows only. The earlier
    copies go, so that the page break does not end the table there."""
    for a, b in zip(frags, frags[1:]):
        if not (len(a.roles) == len(b.roles) and "name" in a.roles):
            continue
        k, name = 0, a.roles.index("name")
        while k < min(len(a.body), len(b.body), 3) and a.body[-1 - k] == b.body[-1 - k] \
                and not a.body[-1 - k][name]:
            k += 1
        for _ in range(k):
            del a.body[-1]
            for extra in (a.comp, a.body_locations):
                if len(extra) > len(a.body):
                    del extra[-1]


def _ruled_categories(frags: list[pw.Fragment]) -> None:
    """Header roles for a ruled part with no header of its own (a table continued on the next
    page without its header repeated), then the category labels of every ruled part."""
    prev = None
    for frag in frags:
        if frag.kind == "ruled" and not frag.header and prev is not None and \
                prev.continues_below and frag.continues_above:
            if len(prev.roles) == len(frag.roles):
                frag.roles = list(prev.roles)
            elif prev.xs and (under := _columns_under(prev, frag)) is not None:
                _reproject(frag, under, len(prev.roles))
                frag.roles = list(prev.roles)
        if frag.kind == "ruled":
            cat = [c for c, r in enumerate(frag.roles) if r in pw.CATEGORY]
            pw.ruled_labels(frag, cat)
        prev = frag


def _columns_under(prev: pw.Fragment, frag: pw.Fragment) -> list[int | None] | None:
    """For each column of a continued part whose grid has other lines than the part before
    (the first page's grid also cut by the lines of a header block above the table), the
    column of the part before it stands under: the named one it overlaps most, else the one
    it overlaps most. None unless each goes to its own column, left to right, and the name
    column is among them."""
    out: list[int | None] = []
    for c in range(len(frag.xs) - 1):
        a0, a1 = frag.xs[c], frag.xs[c + 1]
        # (an overlap of a point or two is the width of a line, not a column over a column)
        least = 2.0
        overlaps = [(min(a1, prev.xs[k + 1]) - max(a0, prev.xs[k]), k) for k in range(len(prev.xs) - 1)]
        named = [(o, k) for o, k in overlaps if o > least and prev.roles[k]]
        best = max(named or [(o, k) for o, k in overlaps if o > least], default=None)
        if best is None:
            out.append(None)     # a strip outside the table's columns (the page's frame lines)
            continue
        taken = [k for k in out if k is not None]
        if taken and best[1] <= taken[-1]:
            return None
        out.append(best[1])
    return out if "name" in {prev.roles[k] for k in out if k is not None} else None


def _reproject(frag: pw.Fragment, under: list[int | None], width: int) -> None:
    """The part's body and merged cells laid out in the columns of the part before it."""
    body, comp = [], []
    for r, (row, roots) in enumerate(zip(frag.body, frag.comp)):
        cells = [""] * width
        ids = [-(r * width + k) - 1 for k in range(width)]     # columns it lacks: empty cells
        for c, k in enumerate(under):
            if k is not None:
                cells[k], ids[k] = row[c], roots[c]
        body.append(cells)
        comp.append(ids)
    frag.body, frag.comp = body, comp


def _scanned(pages: list, n_chars: int) -> bool:
    """A few stray characters (a stamp, a page number) over page-size images: a scan."""
    if n_chars >= 20 * len(pages):
        return False
    try:
        covered = sum(1 for page in pages if any(
            (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) > 0.5 * page.width * page.height
            for im in page.images))
    except Exception:
        return False
    return covered == len(pages)


def _as_text(pages: list) -> list[Row]:
    """No table header found by position: the page text, read as text is."""
    texts, layouts = [], []
    for page in pages:
        texts.append(page.extract_text() or "")
        layout = page.extract_text(layout=True) or ""
        layouts.append(textwrap.dedent("\n".join(l.rstrip() for l in layout.splitlines())))
    plain = "\n".join(texts)
    if is_wrapped_project_list(plain):      # one project a row, cells wrapped (the Huadu seed)
        return text_rows(plain)
    return text_rows("\n".join(layouts))
