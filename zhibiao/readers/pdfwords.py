"""PDF pages rebuilt from character positions: the rows of ruled and unruled tables, over
several pages, with the page furniture left out.

pdfplumber gives every character with its box. From them:
- segments: runs of characters on one line with no gap wider than about half a character (a
  cell's text on that line; the gap between two table columns is wider);
- page furniture: what a browser or an office suite prints in the page margins (date, title,
  URL, ``1/3``, ``第 1 页，共 3 页``), found on the first and last lines of a page by its
  form or by being repeated from page to page; never a row;
- ruled tables (pdfplumber finds them from their lines): each character goes to the grid
  cell it sits in; cells with no ruling line between them are one merged cell, also where a
  page break leaves a merged cell open at the bottom of a page;
- unruled tables: columns are the header labels and the vertical gutters no text crosses;
  rows are the vertical runs of text in the name and value columns (a cell's wrapped lines sit
  closer together than two rows); a merged category label, printed once at the top or in the
  middle of its group, is given to the rows of the group it belongs to;
- a table cut by page breaks is one table: a header row repeated at the top of a page is
  dropped, and a category group cut by a break keeps its label on both pages.
Body rows come out with their category cells filled on every row, so nothing depends on
carrying a label down across pages. A cell's wrapped lines are joined with no space between
CJK characters.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any, Callable, Iterable

from .. import lexicon
from ..categories import category_level, declared_codes
from .clean import fold
from .grid import Row
from .groups import alignment as _alignment
from .groups import assign_groups as _assign_groups
from .labels import OUTLINE, context_label, indicator_prefixed, is_furniture, signoff_lines
from . import stacked
from .runon import value_start
from .table import SUB_ROLES, column_role, numbered_class_heading, sub_label

__all__ = ["Seg", "segments", "join_lines", "Fragment", "resolve", "to_rows"]

CATEGORY = ("level1", "level2", "category")
_URL = re.compile(r"(?:https?://|file://|www\.)\S+", re.I)
_PAGE_NO = re.compile(r"^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|"
                      r"(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?)$", re.I)
_PAGE_NO_WEAK = re.compile(r"^(?:\d+\s*/\s*\d+|[-—–]\s*\d+\s*[-—–]|\d{1,3})$")
_PRINT_DATE = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?|"
                         r"\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
                         r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?|"
                         r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?|"
                         r"(?:上午|下午)\s*\d{1,2}:\d{2})$", re.I)
_CLOSING = set("）」』】〕》〉，。、；：？！”’")
_OPENING = set("（「『【〔《〈“‘")
_ASCII_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")


# ------------------------------------------------------------------------------ segments
@dataclass
class Seg:
    """Text of one line of one cell (or of a line outside tables), with its box."""
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    starts: tuple[float, ...] = ()    # each character's left edge, where the text has no added space
    half_of: "Seg | None" = None      # a header's half label made whole: the label it spans under

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _char_lines(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into text lines: a character joins the line whose first character
    overlaps it vertically by half its height, unless the line has another character where it
    stands: two texts printed over each other a point apart (a sheet's rows set too short for
    their wrapped names, 率 of one name over 供 of the next) are two lines."""
    lines: list[tuple[float, float, list[dict], list[tuple[float, float, str]]]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        h = max(ch["bottom"] - ch["top"], 0.1)
        for i in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
            top, bottom, members, spans = lines[i]
            if _overlap(top, bottom, ch["top"], ch["bottom"]) >= 0.5 * min(h, bottom - top) \
                    and not _stands_on(spans, ch):
                members.append(ch)
                bisect.insort(spans, (ch["x0"], ch["x1"], ch.get("text", ""), ch["top"]))
                break
        else:
            lines.append((ch["top"], ch["bottom"], [ch], [(ch["x0"], ch["x1"], ch.get("text", ""), ch["top"])]))
    return [members for _, _, members, _ in lines]


def _stands_on(spans: list[tuple[float, float, str, float]], ch: dict) -> bool:
    """Whether another character (a different one: a bold face drawn twice is one) and `ch`
    cover the same place on another baseline, in a line whose characters' (x0, x1, text, top)
    are `spans`, sorted."""
    text, x0, x1 = ch.get("text", ""), ch["x0"], ch["x1"]
    if not text.strip():
        return False
    k = bisect.bisect_left(spans, (x0,))
    for a, b, t, top in spans[max(0, k - 1):k + 1]:
        # (most of the wider one: a narrow sign set inside the next glyph's box, the full stop
        # of 1.数量指标, or two full-width signs squeezed together, ：“, on one baseline, are
        # no characters printed over each other)
        if t != text and t.strip() and abs(top - ch["top"]) > 0.25 \
                and _overlap(a, b, x0, x1) > 0.6 * max(b - a, x1 - x0):
            return True
    return False


def segments(chars: Iterable[dict]) -> list[Seg]:
    """Runs of characters on one line with no gap wider than ~0.6 of the font size. A space
    is kept where the PDF has a space character, and put between two Latin letters or digits
    set apart by more than ~0.15 of the font size; a gap between CJK and Latin text (the
    spacing office suites add there) is no space."""
    chars = [c for c in chars if c.get("upright", True) and c["text"]]
    out: list[Seg] = []
    for line in _char_lines(chars):
        line.sort(key=lambda c: c["x0"])
        run: list[dict] = []
        text = ""
        space = False
        for ch in line:
            if not ch["text"].strip():
                space = bool(run)
                continue
            size = ch.get("size") or (ch["bottom"] - ch["top"]) or 10.0
            if run:
                gap = ch["x0"] - run[-1]["x1"]
                # full-width punctuation draws in half its box (a browser trims the other
                # half at a line's end or start): the visible gap is that much wider
                if run[-1]["text"] in _CLOSING:
                    gap += 0.5 * size
                if ch["text"] in _OPENING:
                    gap += 0.5 * size
                if gap > 0.6 * size:
                    out += _segs(run, text)
                    run, text = [], ""
                elif space or (gap > 0.15 * size and _ASCII_END.search(run[-1]["text"])
                               and _ASCII_START.match(ch["text"])):
                    text += " "
            space = False
            run.append(ch)
            text += ch["text"]
        if run:
            out += _segs(run, text)
    out.sort(key=lambda s: (s.top, s.x0))
    return out


def _segs(run: list[dict], text: str) -> list[Seg]:
    """One run of characters as a segment, or as one per header label where the run is two
    or more labels with no gap between them (a spreadsheet's header cell cut off at its
    column's edge: 实施周期指标|年度指标值)."""
    pieces = (_fused_header(text) or _fused_classes(text)) if len(text) == len(run) else None
    if not pieces:
        return [_seg(run, text)]
    out, at = [], 0
    for piece in pieces:
        out.append(_seg(run[at:at + len(piece)], piece))
        at += len(piece)
    return out


def _fused_classes(text: str) -> list[str] | None:
    """A level-1 class label run into the level-2 one beside it (a converter that prints two
    merged cells with no gap between them: 满意度指标服务对象满意度指标), or class labels run into
    the name after them (a name that overran its cell leftwards); None for anything else.

    >>> _fused_classes("满意度指标服务对象满意度指标"), _fused_classes("社会效益指标")
    (['满意度指标', '服务对象满意度指标'], None)
    >>> _fused_classes("服务对象满意度指标村民及游客满意度")
    ['服务对象满意度指标', '村民及游客满意度']
    """
    if len(text) < 8 or len(text) > 40:
        return None
    for cut in range(4, len(text) - 3):
        if category_level(text[:cut]) == 1 and category_level(text[cut:]) == 2:
            return [text[:cut], text[cut:]]
    # 服务对象满意度指标村民及游客满意度: class labels (…指标) run into the name beside them
    pieces, rest = [], text
    while len(pieces) < 2 and (end := rest.find("指标") + 2) >= 4 and category_level(rest[:end]):
        pieces.append(rest[:end])
        rest = rest[end:]
    return pieces + [rest] if pieces and len(rest) >= 2 else None


def _fused_header(text: str) -> list[str] | None:
    """Header labels run together: whole labels, the first of them perhaps cut short (four
    characters or more of a label); None for one label or anything else.

    >>> _fused_header("实施周期指标年度指标值"), _fused_header("序号一级指标"), _fused_header("年度指标值")
    (['实施周期指标', '年度指标值'], ['序号', '一级指标'], None)
    """
    key = norm(text)
    if len(key) != len(text) or len(text) < 6 or header_role(text) is not None:
        return None
    words, prefixes = set(_lex().column_role), _header_prefixes()
    for cut in range(len(text) - 2, 1, -1):
        head, rest = key[:cut], key[cut:]
        if (head in words or (cut >= 4 and head in prefixes)) and rest in words:
            return [text[:cut], text[cut:]]
    return None


def _seg(run: list[dict], text: str) -> Seg:
    return Seg(text, min(c["x0"] for c in run), max(c["x1"] for c in run),
               min(c["top"] for c in run), max(c["bottom"] for c in run),
               median(c.get("size") or (c["bottom"] - c["top"]) for c in run),
               tuple(c["x0"] for c in run) if len(run) == len(text) else ())


def seg_lines(segs: list[Seg]) -> list[list[Seg]]:
    """Segments grouped into lines (vertical overlap of half the smaller height), each line
    left to right, lines top to bottom."""
    lines: list[list[Seg]] = []
    for s in sorted(segs, key=lambda s: (s.top, s.x0)):
        for line in lines[-6:][::-1]:
            ref = line[0]
            if _overlap(ref.top, ref.bottom, s.top, s.bottom) >= 0.5 * min(ref.height, s.height):
                line.append(s)
                break
        else:
            lines.append([s])
    for line in lines:
        line.sort(key=lambda s: s.x0)
    lines.sort(key=lambda l: min(s.top for s in l))
    return lines


def join_lines(lines: list[str]) -> str:
    """A cell's wrapped lines as one text: no space where a line ends or the next begins with
    a CJK character or a sign; a space between two Latin words (a figure cut by a narrow
    column, 200 / 0元以上, is one figure).

    >>> join_lines(["户均增收200", "0元以上"]), join_lines(["LED", "lamps"])
    ('户均增收2000元以上', 'LED lamps')
    """
    out = ""
    for line in (l.strip() for l in lines):
        if not line:
            continue
        if out and _ASCII_END.search(out) and _ASCII_START.match(line) \
                and not (out[-1].isdigit() and line[0].isdigit()):
            out += " "
        out += line
    return out


def cell_text(segs: list[Seg]) -> str:
    """Text of one cell from its segments: lines top to bottom, each left to right."""
    return join_lines([_join_segments([s.text for s in line]) for line in seg_lines(segs)])


def _join_segments(texts: list[str]) -> str:
    """Pieces of one line of a cell: a space only between Latin letters or digits (a wide
    gap after full-width punctuation such as 、 is no space)."""
    out = ""
    for t in texts:
        if out and _ASCII_END.search(out) and _ASCII_START.match(t):
            out += " "
        out += t
    return out


# ------------------------------------------------------------------------------ lexicon
@functools.lru_cache(maxsize=1)
def _lex():
    return lexicon.headers()


def norm(text: str) -> str:
    return lexicon.norm_header(fold(text)) if text else ""


def header_role(text: str) -> str | None:
    """table.column_role of the text as the page shows it (radicals folded first)."""
    return column_role(fold(text)) if text else None


@functools.lru_cache(maxsize=1)
def _header_prefixes() -> frozenset[str]:
    words = set(_lex().column_role) | set(_lex().block_labels)
    return frozenset(w[:i] for w in words for i in range(2, len(w) + 1))


def _whole_label(sub: str, parent: str) -> str | None:
    """table.sub_label of the text as the page shows it (radicals folded first)."""
    return sub_label(fold(sub), fold(parent)) if sub and parent else None


def is_header(cells: list[str]) -> bool:
    """The rule TableReader applies to a header row: a name (or packed) column and one more
    known column."""
    roles = {header_role(c) for c in cells if c}
    roles.discard(None)
    roles.discard("block")
    return len(roles) >= 2 and bool({"name", "packed"} & roles or {"project", "amount"} <= roles)


def _context_label(text: str) -> str | None:
    """What a context or sign-off line sets (项目名称：…, 审核意见, （盖章）), else None
    (labels.context_label of the text as the page shows it)."""
    return context_label(fold(text))


# ------------------------------------------------------------------------------ furniture
def _line_text(line: list[Seg]) -> str:
    return " ".join(s.text for s in line)


def _is_furniture_form(line: list[Seg], in_band: bool) -> bool:
    """A URL, a browser's print date, 第 1 页 / Page 1 of 3 anywhere on the line; a bare
    page number (1/3, - 1 -, 7) only in the page's top or bottom band."""
    texts = [fold(s.text).strip() for s in line]
    if any(_URL.search(t) for t in texts) or any(_PRINT_DATE.match(t) for t in texts):
        return True
    joined = "".join("".join(texts).split())
    if _PAGE_NO.match(joined) or (len(texts) <= 2 and all(_PAGE_NO.match(t) for t in texts)):
        return True
    return in_band and len(texts) <= 2 and all(
        _PAGE_NO_WEAK.match(t) or _PRINT_DATE.match(t) for t in texts)


def furniture(pages: list[tuple[float, list[Seg]]]) -> list[set[int]]:
    """For each page (height, segments): ids of segments that are page furniture: among the
    first and last two lines of the page, a line of a furniture form (_is_furniture_form), or
    one in the top or bottom tenth of the page whose text is there on another page too."""
    bands: list[list[tuple[str, list[Seg], bool]]] = []
    for height, segs in pages:
        lines = seg_lines(segs)
        edge = []
        ends = lines[:2] + [l for l in lines[-2:] if l not in lines[:2]]
        for line in ends:
            top = min(s.top for s in line)
            bottom = max(s.bottom for s in line)
            in_band = top < 0.1 * height or bottom > 0.9 * height
            where = "top" if top < 0.5 * height else "bottom"
            edge.append((where + ":" + norm(_line_text(line)), line, in_band))
        bands.append(edge)
    counts: dict[str, int] = {}
    for edge in bands:
        for key in {k for k, _, band in edge if band}:
            counts[key] = counts.get(key, 0) + 1
    out: list[set[int]] = []
    for edge in bands:
        drop: set[int] = set()
        for key, line, in_band in edge:
            repeated = in_band and counts.get(key, 0) >= 2 and not is_header([s.text for s in line])
            if repeated or _is_furniture_form(line, in_band):
                drop |= {id(s) for s in line}
        out.append(drop)
    return out


# ------------------------------------------------------------------------------ fragments
@dataclass
class Fragment:
    """A table's part on one page: header rows (none on a continuation page that does not
    repeat it), body rows of cells, and for each category column the label of every body
    row (None: not known on this page: carried from the page before, or given by the page
    after)."""
    page: int
    header: list[list[str]]
    body: list[list[str]]
    roles: list[str | None]
    kind: str = "unruled"                                       # or "ruled"
    pre: list[list[str]] = field(default_factory=list)          # grid rows above the header
    body_locations: list[dict[str, Any]] = field(default_factory=list)
    labels: dict[int, list[str | None]] = field(default_factory=dict)
    open_top: dict[int, int] = field(default_factory=dict)      # col -> leading rows unknown
    open_bottom: dict[int, int] = field(default_factory=dict)   # col -> trailing rows unknown
    continues_above: bool = False     # nothing but furniture above it on its page
    continues_below: bool = False     # nothing but furniture below it on its page
    follows: bool = False             # the same table as the part before it
    layout: dict[str, Any] | None = None                        # unruled: columns and roles
    comp: list[list[int]] = field(default_factory=list)         # ruled: merged cell per grid cell
    texts: dict[int, str] = field(default_factory=dict)         # ruled: merged cell -> text
    xs: list[float] = field(default_factory=list)               # ruled: column edges
    # ruled: the label of a merged cell a page break cut, drawn off the page (LibreOffice
    # centres it in the whole cell): col -> text, above the page's top or below its bottom
    clipped_top: dict[int, str] = field(default_factory=dict)
    clipped_bottom: dict[int, str] = field(default_factory=dict)


def roles_of(cells: list[str]) -> list[str | None]:
    return [header_role(c) for c in cells]


# ------------------------------------------------------------------------------ ruled
# A cell side's line is found at its middle, or within a dash's gap of it: a dashed border is
# drawn as dashes, and pdfplumber joins dashes this far apart into the line it finds tables by.
_DASH_GAP = 3.0


def _has_h_edge(edges: list[dict], y: float, x0: float, x1: float, tol: float = 1.5) -> bool:
    mid = (x0 + x1) / 2
    return any(abs(e["top"] - y) <= tol and e["x0"] - _DASH_GAP <= mid <= e["x1"] + _DASH_GAP
               for e in edges)


def _has_v_edge(edges: list[dict], x: float, y0: float, y1: float, tol: float = 1.5) -> bool:
    mid = (y0 + y1) / 2
    return any(abs(e["x0"] - x) <= tol and e["top"] - _DASH_GAP <= mid <= e["bottom"] + _DASH_GAP
               for e in edges)


def ruled_fragment(page: Any, table: Any, chars: list[dict], page_no: int) -> Fragment | None:
    """The grid of a pdfplumber table with merged cells rebuilt from the ruling lines: two
    neighbouring grid cells with no line between them are one cell (also a cell a page break
    left open). Each merged cell's text goes to its first row and column; category columns
    get their label on every row they span."""
    xs = sorted({round(c, 1) for cell in table.cells for c in (cell[0], cell[2])})
    ys = sorted({round(c, 1) for cell in table.cells for c in (cell[1], cell[3])})
    xs = _dedupe_coords(xs)
    ys = _dedupe_coords(ys)
    if len(xs) < 2 or len(ys) < 2:
        return None
    ncol, nrow = len(xs) - 1, len(ys) - 1
    h_edges = [e for e in page.edges if e["orientation"] == "h"]
    v_edges = [e for e in page.edges if e["orientation"] == "v"]
    xs = _own_lines(xs, [(e["x0"], e["top"], e["bottom"]) for e in v_edges], ys[0], ys[-1])
    ys = _own_lines(ys, [(e["top"], e["x0"], e["x1"]) for e in h_edges], xs[0], xs[-1])
    parent = list(range(nrow * ncol))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(nrow):
        for c in range(ncol):
            if r + 1 < nrow and not _has_h_edge(h_edges, ys[r + 1], xs[c], xs[c + 1]):
                union(r * ncol + c, (r + 1) * ncol + c)
            if c + 1 < ncol and not _has_v_edge(v_edges, xs[c + 1], ys[r], ys[r + 1]):
                union(r * ncol + c, r * ncol + c + 1)
    # characters to grid cells, by their centre (a name printed on over the next cell's text
    # stays its own cell's)
    grid_segs: dict[int, list[dict]] = {}
    x_lo, x_hi, y_lo, y_hi = xs[0], xs[-1], ys[0], ys[-1]
    home = _overflow_home([ch for ch in chars if y_lo <= (ch["top"] + ch["bottom"]) / 2 <= y_hi], xs)
    placed: dict[int, tuple[int, int]] = {}
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        # (a character whose centre lies just past the table's top or bottom rule is the first
        # or last row's: the last line of a text centred on a row too short for it; a line
        # under the table stands further off)
        near = 0.25 * (ch["bottom"] - ch["top"])
        inside = y_lo - near <= cy <= y_hi + near
        if inside and (x_lo <= cx <= x_hi or id(ch) in home):
            placed[id(ch)] = (_index(ys, cy), home.get(id(ch), _index(xs, cx)))
    _spilled_lines(chars, placed, ys, ncol, find)
    _straddling_lines(chars, placed, ys, ncol, find)
    _stacked_columns(chars, placed, ys, ncol, find)
    for ch in chars:
        if id(ch) in placed:
            r, c = placed[id(ch)]
            grid_segs.setdefault(find(r * ncol + c), []).append(ch)
    texts: dict[int, str] = {}
    hidden: dict[int, str] = {}
    for root, chs in grid_segs.items():
        texts[root], under = _overprinted(chs)
        if category_level(texts[root]) is None and (upright := _set_vertically(chs)) is not None:
            texts[root] = upright
        if under:
            hidden[root % ncol] = under
    # grid rows whose cells all merge with the row above are no rows of their own
    cells: list[list[str]] = []
    comp: list[list[int]] = []
    for r in range(nrow):
        row_roots = [find(r * ncol + c) for c in range(ncol)]
        if r and all(root == find((r - 1) * ncol + c) for c, root in enumerate(row_roots)):
            continue
        seen: set[int] = set()
        out = []
        for c, root in enumerate(row_roots):
            first = root not in seen and (r == 0 or find((r - 1) * ncol + c) != root)
            out.append(texts.get(root, "") if first else "")
            seen.add(root)
        cells.append(out)
        comp.append(row_roots)
    frag = Fragment(page_no, [], [], [None] * ncol, kind="ruled", xs=xs, clipped_top=hidden)
    head_at = next((i for i, row in enumerate(cells) if is_header(row)), None)
    body_from = 0
    if head_at is not None:
        body_from = head_at + 1          # a two-row header (指标值 over 年度 | 实施周期): both
        while body_from < len(cells):
            row = _made_whole(cells[body_from], comp[body_from - 1], texts)
            if not (is_header(row) or _under_header(row, comp[body_from], comp[body_from - 1])):
                break
            cells[body_from] = row
            body_from += 1
        frag.header = cells[head_at:body_from]
        frag.roles = roles_of(cells[head_at])
        for row in frag.header[1:]:
            frag.roles = [new or old for new, old in zip(roles_of(row), frag.roles)]
    # the grid rows above the header (项目名称 inside the grid) stay rows of their own
    frag.pre = cells[:head_at] if head_at is not None else []
    frag.body = cells[body_from:]
    frag.comp = comp[body_from:]
    frag.texts = texts
    frag.body_locations = [{"page": page_no, "row": i + 1} for i in range(body_from, len(cells))]
    return frag


def _spilled_lines(chars: list[dict], placed: dict[int, tuple[int, int]], ys: list[float], ncol: int,
                   find: Callable[[int], int]) -> None:
    """Lines of a wrapped text taller than its row, each moved back to its own cell.
    LibreOffice centres a cell's text on the cell whatever its height, so the label of a row
    set too short for it (服务对象满意度指 / 标 in a row one line high) spills over the line above
    or below; its first line then lies over the text of the cell above. Two lines that
    overlap on the page cannot both be a cell's: the one nearer the cell's edge goes over that
    edge (to the next cell of its column). Lines in different fonts in the same place are left
    alone: that is a merged cell's label printed over the repeated header (see `_overprinted`);
    a bold header label with a name's first line half over it is a spill."""
    in_cell: dict[int, list[dict]] = {}
    for ch in chars:
        if id(ch) in placed and ch.get("text", "").strip():
            r, c = placed[id(ch)]
            in_cell.setdefault(find(r * ncol + c), []).append(ch)
    nrow = len(ys) - 1
    for root, cell_chars in in_cell.items():
        cell_lines = _char_lines(cell_chars)
        if len(cell_lines) < 2:
            continue
        c = root % ncol
        rows = [r for r in range(nrow) if find(r * ncol + c) == root]
        if not rows:
            continue
        top, bottom = ys[min(rows)], ys[max(rows) + 1]
        cell_lines.sort(key=lambda ln: min(ch["top"] for ch in ln))
        for a, b in zip(cell_lines, cell_lines[1:]):
            a_top, a_bot = min(ch["top"] for ch in a), max(ch["bottom"] for ch in a)
            b_top, b_bot = min(ch["top"] for ch in b), max(ch["bottom"] for ch in b)
            height = min(a_bot - a_top, b_bot - b_top)
            # (lines of one text are apart; one over the other in the same place is a spill)
            if height <= 0 or _overlap(a_top, a_bot, b_top, b_bot) < 0.15 * height or _overlap(
                    min(ch["x0"] for ch in a), max(ch["x1"] for ch in a),
                    min(ch["x0"] for ch in b), max(ch["x1"] for ch in b)) <= 0:
                continue
            if {ch.get("fontname") for ch in a}.isdisjoint(ch.get("fontname") for ch in b) \
                    and _overlap(a_top, a_bot, b_top, b_bot) >= 0.7 * height:
                continue
            edge = {}
            for line, lo, hi in ((a, a_top, a_bot), (b, b_top, b_bot)):
                mid = (lo + hi) / 2
                edge[id(line[0])] = min((mid - top, -1), (bottom - mid, 1))
            line = min((a, b), key=lambda ln: edge[id(ln[0])][0])
            step = edge[id(line[0])][1]
            to = min(rows) - 1 if step < 0 else max(rows) + 1
            if 0 <= to < nrow:
                for ch in line:
                    placed[id(ch)] = (to, placed[id(ch)][1])


def _straddling_lines(chars: list[dict], placed: dict[int, tuple[int, int]], ys: list[float], ncol: int,
                      find: Callable[[int], int]) -> None:
    """A line printed across a row's rule, to the cell whose text it centres. LibreOffice
    centres a cell's text on the cell however short the row: the first line of a two-line
    header label (指标值（含计量单位 / ）) in a row one line high lies half over the rule above,
    its centre in the row above. Such a line goes to the side whose text block, with it, is
    centred on its cell (the other side's text is centred without it)."""
    nrow = len(ys) - 1
    if nrow < 2:
        return
    cells: dict[int, list[list[dict]]] = {}
    for ch in chars:
        if id(ch) in placed and ch.get("text", "").strip():
            r, c = placed[id(ch)]
            cells.setdefault(find(r * ncol + c), []).append(ch)
    lines = {root: _char_lines(chs) for root, chs in cells.items()}
    spans = _cell_spans(ys, ncol, find)

    def off_centre(root: int, members: list[list[dict]]) -> float:
        if not members:
            return 0.0
        top = min(ch["top"] for ln in members for ch in ln)
        bottom = max(ch["bottom"] for ln in members for ch in ln)
        lo, hi = spans[root]
        return abs((top + bottom) / 2 - (lo + hi) / 2)

    for root in list(lines):
        for line in list(lines[root]):
            top, bottom = min(ch["top"] for ch in line), max(ch["bottom"] for ch in line)
            height = bottom - top
            rule = next((k for k in range(1, nrow) if top + 0.25 * height < ys[k] < bottom - 0.25 * height), None)
            if rule is None or line not in lines[root]:
                continue
            r, c = placed[id(line[0])]
            above, below = find((rule - 1) * ncol + c), find(rule * ncol + c)
            if above == below or root not in (above, below):
                continue
            other = below if root == above else above
            here, there = lines[root], lines.setdefault(other, [])
            stay = off_centre(root, here) + off_centre(other, there)
            rest = [ln for ln in here if ln is not line]
            move = off_centre(root, rest) + off_centre(other, there + [line])
            if move < stay - 1.0:
                lines[root], lines[other] = rest, there + [line]
                to = rule if other == below else rule - 1
                for ch in line:
                    placed[id(ch)] = (to, placed[id(ch)][1])


def _cell_spans(ys: list[float], ncol: int, find: Callable[[int], int]) -> dict[int, tuple[float, float]]:
    """Each merged cell's (top, bottom) on the page, by its root."""
    spans: dict[int, tuple[float, float]] = {}
    for r in range(len(ys) - 1):
        for c in range(ncol):
            root = find(r * ncol + c)
            lo, hi = spans.get(root, (ys[r], ys[r + 1]))
            spans[root] = (min(lo, ys[r]), max(hi, ys[r + 1]))
    return spans


def _stacked_columns(chars: list[dict], placed: dict[int, tuple[int, int]], ys: list[float], ncol: int,
                     find: Callable[[int], int]) -> None:
    """A column whose lines are printed over each other (rows set too short for their text):
    each line to the cell whose text it is, by where the column stands a cell's text
    (zhibiao/readers/stacked.py)."""
    nrow = len(ys) - 1
    cell_spans = _cell_spans(ys, ncol, find)
    for c in range(ncol):
        lines = _char_lines([ch for ch in chars if id(ch) in placed and placed[id(ch)][1] == c
                             and ch.get("text", "").strip()])
        spans = [(min(ch["top"] for ch in ln), max(ch["bottom"] for ch in ln)) for ln in lines]
        if len(lines) < 2 or not stacked.overprinted(spans):
            continue
        first: dict[int, int] = {}                      # each cell of the column: its first row
        for r in range(nrow):
            first.setdefault(find(r * ncol + c), r)
        roots = list(first)
        now = [roots.index(find(placed[id(ln[0])][0] * ncol + c)) for ln in lines]
        owners = stacked.assign([cell_spans[root] for root in roots], spans, now)
        for ln, k in zip(lines, owners or ()):
            for ch in ln:
                placed[id(ch)] = (first[roots[k]], c)


def _set_vertically(chars: list[dict]) -> str | None:
    """A class label written top to bottom in columns (Word's text direction tbRl: a label in a
    row too short for it runs on in a second column to the left, 时效 / 指标 side by side), read
    as it is written: each column down, the columns right to left (or left to right; a label
    turned so that it runs right to left on one line is read so too); None unless that
    reading names a class and a line reading does not."""
    glyphs = [ch for ch in chars if ch.get("text", "").strip()]
    if not 2 <= len(glyphs) <= 16:
        return None
    columns: list[list[dict]] = []
    for ch in sorted(glyphs, key=lambda c: (c["x0"] + c["x1"]) / 2):
        cx = (ch["x0"] + ch["x1"]) / 2
        if columns and abs(cx - (columns[-1][0]["x0"] + columns[-1][0]["x1"]) / 2) < 0.5 * (ch["x1"] - ch["x0"]):
            columns[-1].append(ch)
        else:
            columns.append([ch])
    if not 2 <= len(columns) <= 4 and len(columns) != len(glyphs):
        return None       # (one character a column: a line set right to left, 标指度意满)
    down = ["".join(c["text"] for c in sorted(col, key=lambda c: c["top"])) for col in columns]
    for text in ("".join(reversed(down)), "".join(down)):
        if category_level(text) is not None:
            return text
    return None


def _made_whole(cells: list[str], above: list[int], texts: dict[int, str]) -> list[str]:
    """A header's second row with each half label joined to the spanning one over it (实施期 |
    年度 under 指标值); any other row as it is."""
    whole = [_whole_label(cell, texts.get(root, "")) for cell, root in zip(cells, above)]
    if not any(whole) or any(cell and not label and header_role(cell) is None
                             for cell, label in zip(cells, whole)):
        return cells
    return [label or cell for cell, label in zip(cells, whole)]


def _under_header(cells: list[str], roots: list[int], above: list[int]) -> bool:
    """A header's second row: header labels only (实施期指标值 | 年度指标值 under 指标值), every
    other cell merged down from the row above (一级指标 over both rows)."""
    filled = [c for c in cells if c]
    return bool(filled) and all(header_role(c) is not None for c in filled) and all(
        c or r == a for c, r, a in zip(cells, roots, above))


def _overflow_home(chars: list[dict], xs: list[float]) -> dict[int, int]:
    """Characters of a text that ran on past its cell's right edge over the text of the next
    cell (a converter that does not wrap: xhtml2pdf prints 其中：保障性住房白蚁预防面积 on over
    ≥18万平方米), each with the column its text started in. A run is a line's characters set
    one after another; only where another text stands under the run-on characters."""
    home: dict[int, int] = {}
    lines: dict[int, list[dict]] = {}
    for ch in chars:
        if ch.get("text", "").strip():
            lines.setdefault(round(ch["top"]), []).append(ch)
    for line in lines.values():
        runs: list[list[dict]] = []
        for ch in sorted(line, key=lambda c: c["x0"]):
            # (two runs may both end where a character starts: the one of its kind, a figure
            # after a figure, a Chinese character after a Chinese one)
            near = [r for r in runs if abs(r[-1]["x1"] - ch["x0"]) < 0.6]
            run = min(near, key=lambda r: (_wide(r[-1]["text"]) != _wide(ch["text"]),
                                           abs(r[-1]["x1"] - ch["x0"])), default=None)
            if run is None:
                runs.append([ch])
            else:
                run.append(ch)
        for run in runs:
            first = (run[0]["x0"] + run[0]["x1"]) / 2
            if not xs[0] <= first <= xs[-1]:
                continue
            start = _index(xs, first)
            # (past the table's right edge too: the last column's text printed on off the grid)
            off = [ch for ch in run if (ch["x0"] + ch["x1"]) / 2 > xs[-1]]
            past = [ch for ch in run if _index(xs, (ch["x0"] + ch["x1"]) / 2) != start]
            others = [ch for r in runs if r is not run for ch in r]
            if past and any(_overlap(p["x0"], p["x1"], o["x0"], o["x1"]) > 0.3 * (p["x1"] - p["x0"])
                            for p in past for o in others):
                home.update((id(ch), start) for ch in past)
            home.update((id(ch), start) for ch in off)
    return home


def _wide(text: str) -> bool:
    return bool(text) and ord(text[0]) >= 0x2E80


def _overprinted(chars: list[dict]) -> tuple[str, str | None]:
    """A cell's text, and the class label printed over it where there is one: LibreOffice
    draws a merged category cell's label at the centre of the whole cell, so on the page a
    break carried it to, it may fall on the repeated header row (一级指标 under 产出指标, the
    same places or a line apart, in another font). The header word is the cell's; the label
    is the merged cell's, clipped from view. Two fonts that meet on a line are one text
    (LibreOffice writes 可持续影响 and 指标 from two subsets of one font)."""
    fonts: dict[str, list[dict]] = {}
    for ch in chars:
        fonts.setdefault(ch.get("fontname", ""), []).append(ch)
    if len(fonts) == 2 and not _meet(*fonts.values()):
        ta, tb = (cell_text(segments(chs)) for chs in fonts.values())
        for head, label in ((ta, tb), (tb, ta)):
            if header_role(head) is not None and category_level(label) is not None:
                return head, label
    return cell_text(segments(chars)), None


def _meet(a: list[dict], b: list[dict]) -> bool:
    """A character of one run ends on the same line where one of the other begins."""
    return any(abs(p["top"] - q["top"]) < 0.5 and (abs(p["x1"] - q["x0"]) < 0.5 or abs(q["x1"] - p["x0"]) < 0.5)
               for p in a for q in b)


_SNAP = 3.0        # pdfplumber's snap tolerance: lines this close are drawn as one


def _own_lines(coords: list[float], edges: list[tuple[float, float, float]], lo: float,
               hi: float) -> list[float]:
    """The grid's column (or row) lines where the table's own rules are drawn. pdfplumber
    snaps every line of the page to the mean of its neighbours within a few points, however
    far apart they are the other way: a share bar's boxes under the table at 154 and 156 move
    the table's line at 151.8 to 155, and then no rule is found between the two columns.
    `edges` are (position, start, end) of the page's lines across the other axis; only those
    within the table's span [lo, hi] count."""
    out = []
    for x in coords:
        near = [pos for pos, a, b in edges if abs(pos - x) <= 2 * _SNAP and a < hi and b > lo]
        if near and not any(abs(pos - x) <= 1.5 for pos in near):
            x = min(near, key=lambda pos: abs(pos - x))
        out.append(x)
    return out


def _dedupe_coords(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in values:
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(bounds: list[float], v: float) -> int:
    for i in range(len(bounds) - 1):
        if v < bounds[i + 1]:
            return i
    return len(bounds) - 2


def ruled_labels(frag: Fragment, cat_cols: list[int]) -> None:
    """Category labels of a ruled fragment's body rows from its merged cells."""
    comp, texts = frag.comp, frag.texts
    n = len(frag.body)
    for c in cat_cols:
        labels: list[str | None] = []
        for r in range(n):
            root = comp[r][c]
            labels.append(texts.get(root, "") or None)
        # a blank merged cell from the first body row down is open at the top (its label is
        # on the page before); a blank one reaching the last row is open at the bottom (a
        # page break cut it and its label is on the next page)
        top_root = comp[0][c] if n else None
        lead = 0
        while lead < n and comp[lead][c] == top_root and labels[lead] is None:
            lead += 1
        bottom_root = comp[-1][c] if n else None
        trail = 0
        while trail < n - lead and comp[n - 1 - trail][c] == bottom_root and labels[n - 1 - trail] is None:
            trail += 1
        if lead and (frag.clipped_top.get(c) or (lead == n and frag.clipped_bottom.get(c))):
            # (a merged cell over the whole page: its label drawn above or below it)
            labels[:lead] = [frag.clipped_top.get(c) or frag.clipped_bottom[c]] * lead
            lead = 0
        if trail and trail < n and frag.clipped_bottom.get(c):
            labels[n - trail:] = [frag.clipped_bottom[c]] * trail
        frag.labels[c] = labels
        frag.open_top[c] = lead
        frag.open_bottom[c] = trail if trail < n else 0


# ------------------------------------------------------------------------------ unruled
def _header_band(line: list[Seg], segs: list[Seg]) -> list[list[Seg]]:
    """Header cells of a header line, each with the wrapped parts of its label found on the
    lines just above and below ("二级指标名" + "称")."""
    cells = [[s] for s in line]
    prefixes = _header_prefixes()
    size = median(s.size for s in line)
    used = {id(s) for s in line}
    changed = True
    while changed:
        changed = False
        top = min(s.top for cell in cells for s in cell)
        bottom = max(s.bottom for cell in cells for s in cell)
        for s in segs:
            if id(s) in used or s.top > bottom + 1.6 * size or s.bottom < top - 1.6 * size:
                continue
            for cell in cells:
                x0 = min(t.x0 for t in cell)
                x1 = max(t.x1 for t in cell)
                if _overlap(x0, x1, s.x0, s.x1) <= 0:
                    continue
                ordered = sorted(cell + [s], key=lambda t: t.top)
                joined = norm("".join(t.text for t in ordered))
                if joined in prefixes and norm(cell_text(cell)) != joined:
                    cell.append(s)
                    used.add(id(s))
                    changed = True
                break
            else:           # a label of its own set lower or higher (centred in a taller header)
                # (not the label of a context line just above: 项目名称 and its project; not
                # 绩效指标 merged down the rows' left, centred lower)
                whole = _half_label(s, cells)
                if whole is not None or (header_role(s.text) not in (None, "block")
                                         and _context_label(s.text) is None
                                         and norm(s.text) not in _lex().block_labels):
                    cells.append([whole or s])
                    cells.sort(key=lambda c: min(t.x0 for t in c))
                    used.add(id(s))
                    changed = True
                elif (rest := _wrapped_label_rest(s, segs, used, size)) is not None:
                    cells.append([s, rest])      # 一级指 / 标, 序 / 号: a label wrapped in its cell
                    cells.sort(key=lambda c: min(t.x0 for t in c))
                    used.update((id(s), id(rest)))
                    changed = True
    # a spanning value label whose halves were made whole under it is no column of its own
    halves = [c for c in cells if len(c) == 1 and c[0].half_of is not None]
    cells = [c for c in cells if not any(len(c) == 1 and h[0].half_of is c[0] for h in halves)]
    # what else stands inside the header's lines under a label is part of it (项目 / 类别), but
    # a spanning label (绩效指标 over 一级/二级/三级指标, in a header as tall as its two lines)
    top = min(s.top for cell in cells for s in cell)
    bottom = max(s.bottom for cell in cells for s in cell)
    for s in segs:
        if id(s) in used or s.top < top - 1 or s.bottom > bottom + 1 or norm(s.text) in _lex().block_labels:
            continue
        for cell in cells:
            if _overlap(min(t.x0 for t in cell), max(t.x1 for t in cell), s.x0, s.x1) > 0:
                cell.append(s)
                used.add(id(s))
                break
    return cells


def _wrapped_label_rest(s: Seg, segs: list[Seg], used: set[int], size: float) -> Seg | None:
    """The line under s in its column that makes a column label with it (一级指 + 标 = 一级指标),
    where neither names a column alone; None when there is none."""
    if header_role(s.text) is not None or _context_label(s.text) is not None:
        return None
    for t in segs:
        if id(t) in used or t is s or not 0 <= t.top - s.bottom <= 1.0 * size \
                or _overlap(s.x0, s.x1, t.x0, t.x1) <= 0:
            continue
        if header_role(s.text + t.text) not in (None, "block"):
            return t
    return None


def _half_label(s: Seg, cells: list[list[Seg]]) -> Seg | None:
    """s as the whole label it is the first half of, under the spanning value label nearest
    above it (实施期 under 指标值: 实施期指标值), or None."""
    above = [c[0] for c in cells if len(c) == 1 and c[0].bottom <= s.top + 0.5
             and header_role(c[0].text) in SUB_ROLES]
    if not above:
        return None
    parent = min(above, key=lambda p: abs(p.cx - s.cx))
    whole = _whole_label(s.text, parent.text)
    if whole is None:
        return None
    s.text, s.starts, s.half_of = whole, (), parent     # (the segment itself: the header's own)
    return s


def _stacked_header(lines: list[list[Seg]], i: int) -> tuple[list[list[Seg]], int] | None:
    """Header labels stacked over two or three lines (一级 over 指标, a one-line label set
    between them): the segments of lines i.. that overlap in x are one label, top to bottom.
    Returns the header cells (of the window naming the most columns) and the index of the
    line after them, or None."""
    size = median(s.size for s in lines[i])
    best: tuple[int, list[list[Seg]], int] | None = None
    for n in range(2, 9):      # up to 8: a label set a character or two a line in a narrow column
        window = lines[i:i + n]
        if len(window) < n or min(s.top for s in window[-1]) - max(s.bottom for s in window[0]) \
                > (n - 1) * 1.6 * size:
            continue
        if any(_context_label(line[0].text) is not None for line in window):
            return None           # a context line (项目名称：…) above the header
        cells: list[list[Seg]] = []
        # (a spanning label over the labels, 绩效指标 over 一级/二级/三级指标, is none of them, nor
        # is the heading above a table, 四、绩效指标)
        for seg in sorted((s for line in window for s in line
                           if norm(OUTLINE.sub("", s.text, count=1)) not in _lex().block_labels),
                          key=lambda s: s.x0):
            for cell in cells:
                if _overlap(min(t.x0 for t in cell), max(t.x1 for t in cell), seg.x0, seg.x1) > 0:
                    cell.append(seg)
                    break
            else:
                cells.append([seg])
        texts = [cell_text(c) for c in cells]
        # (a window that starts on the last line of the text above the header, 制。 over 一级指标,
        # spoils the label under it: the header starts a line lower)
        top_ids = {id(s) for s in window[0]}
        if any(header_role(t) is None and any(id(s) in top_ids for s in c)
               and any(id(s) not in top_ids and header_role(s.text) is not None for s in c)
               for c, t in zip(cells, texts)):
            return None
        if is_header(texts):
            roles = {r for r in roles_of(texts) if r}
            alone = [{r for r in roles_of([s.text for s in line]) if r} for line in window
                     if is_header([s.text for s in line])]
            # a third line that only continues labels above it belongs to the header too
            more = best is not None and len(roles) == best[0] and all(
                any(_overlap(min(t.x0 for t in c), max(t.x1 for t in c), seg.x0, seg.x1) > 0
                    for c in best[1]) for seg in window[-1])
            if all(len(roles) > len(one) for one in alone) and (
                    best is None or len(roles) > best[0] or more):
                best = (len(roles), cells, i + n)
    return (best[1], best[2]) if best else None


def _within_header(header: list[list[Seg]] | None, body: list[Seg], size: float
                   ) -> tuple[list[list[Seg]] | None, list[Seg]]:
    """A printed page's side menu beside an unruled table: text on the header's line left of
    all its labels that is no label (项目绩效目标 beside 一级指标), and the text under it on the
    table's lines (绩效自评结果, 专项资金), is no part of the table. (Category labels set left
    in a wide column under a centred label are kept: no text stands beside that header.)

    >>> seg = lambda text, x0, top: Seg(text, x0, x0 + 10 * len(text), top, top + 10, 10.0)
    >>> head = [[seg("项目绩效目标", 30, 200)], [seg("一级指标", 150, 200)],
    ...         [seg("三级指标", 300, 200)], [seg("指标值", 450, 200)]]
    >>> body = [seg("专项资金", 30, 230), seg("产出指标", 150, 230), seg("培训人次", 260, 230)]
    >>> kept, inside = _within_header(head, body, 10.0)
    >>> [cell_text(c) for c in kept], [s.text for s in inside]
    (['一级指标', '三级指标', '指标值'], ['产出指标', '培训人次'])
    """
    cells = header or []
    roles = [header_role(cell_text(cell)) for cell in cells]
    labelled = [cell for cell, r in zip(cells, roles) if r not in (None, "block")]
    if len(labelled) < 3:
        return header, body
    first = min(s.x0 for cell in labelled for s in cell)
    menu = [cell for cell, r in zip(cells, roles) if r is None and max(s.x1 for s in cell) < first - size]
    if not menu:
        return header, body
    edge = max(s.x1 for cell in menu for s in cell) + size
    beside = {id(s) for s in body if s.x0 < edge and s.x1 < first - size}
    return [c for c in cells if not any(c is m for m in menu)], [s for s in body if id(s) not in beside]


@functools.lru_cache(maxsize=1)
def _value_start() -> re.Pattern:
    return re.compile(value_start())


def _cells_apart(by_col: list[list[Seg]], size: float) -> list[list[Seg]]:
    """Two cells set so close that their text runs on as one segment (a converter that drops
    the cells' padding: 农作物耕种收综合机械化率≥78%): a segment that runs more than a character
    past where the next column's text starts is cut at that character, where a value starts
    or a whole class name ends. Where the next column's text starts is told by text on a line
    with other cells: a line of its own under the table (the department's sign-off set right)
    is no cell.

    >>> name = Seg("机械化率≥78%", 240, 320, 0, 10, 10.0, (240, 250, 260, 270, 280, 288, 296, 304))
    >>> cols = _cells_apart([[name, Seg("受益率", 240, 270, 20, 30, 10.0)],
    ...                      [Seg("≥95%", 280, 312, 20, 30, 10.0)]], 4.0)
    >>> [[s.text for s in col] for col in cols]
    [['机械化率', '受益率'], ['≥95%', '≥78%']]
    """
    out = [list(col) for col in by_col]
    alone = {id(line[0]) for line in seg_lines([s for col in out for s in col]) if len(line) == 1}
    for k in range(len(out) - 1):
        if not out[k + 1]:
            continue
        edge = min((s.x0 for s in out[k + 1] if id(s) not in alone),
                   default=min(s.x0 for s in out[k + 1]))
        for s in list(out[k]):
            if not s.starts or s.x0 >= edge - size or s.x1 <= edge + size:
                continue
            at = next((i for i, x in enumerate(s.starts) if x >= edge - 1), None)
            if not at or not (_value_start().match(s.text, at) or _class_head(s.text[:at])
                              or _gap_before(s, at) >= 0.3 * s.size):
                continue          # only where the cut-off text starts a value (≥78%, 100%),
                #                   follows a whole class name (经济成本指标|生物防火林带建设成本)
                #                   or stands apart from the character before (…监测机制 长效运行)
            left = Seg(s.text[:at], s.x0, s.starts[at], s.top, s.bottom, s.size, s.starts[:at])
            right = Seg(s.text[at:], s.starts[at], s.x1, s.top, s.bottom, s.size, s.starts[at:])
            out[k][out[k].index(s)] = left
            out[k + 1].append(right)
    return out


def _gap_before(s: Seg, at: int) -> float:
    """The blank between character at-1 and character at of a segment of Chinese text (whose
    characters are a font size wide and touch): a cell's padding where two cells ran on."""
    prev = s.text[at - 1] if 0 < at <= len(s.text) and at < len(s.starts) else ""
    if not prev or not ("\u3400" <= prev <= "\u9fff") or len(s.starts) != len(s.text):
        return 0.0
    return s.starts[at] - s.starts[at - 1] - s.size


def _class_head(text: str) -> bool:
    """A whole class name (产出指标, 社会效益指标) where a segment is cut; not a wrapped label's
    last piece (指标)."""
    return len(text) >= 4 and category_level(text) is not None


def _labels_apart(by_col: list[list[Seg]], size: float) -> list[list[Seg]]:
    """A class label set so close to the cell after it that the two run on as one segment,
    which starts left of where that column's cells start (社会效益指标受威胁群众安全转移 in a
    sheet printed without borders): the label, a whole class name or a piece of a wrapped one
    set off by a cell's padding, goes back to the column before."""
    out = [list(col) for col in by_col]
    for k in range(1, len(out)):
        if len(out[k]) < 2:
            continue
        edge = median(s.x0 for s in out[k])            # where the column's cells start
        before = median(s.x0 for s in out[k - 1]) if out[k - 1] else float("inf")
        for s in list(out[k]):
            if not s.starts or s.x0 >= edge - size:
                continue
            at = next((i for i, x in enumerate(s.starts) if x >= edge - 0.5 * size), None)
            head = s.text[:at] if at else ""
            # (a shorter piece too where a cell's padding stands before the cut and the piece is
            # a class name or starts where the column before starts its text: 满意度 | 服务对象满,
            # 满意度指 | 服务对象满意度 in columns too narrow for a label on one line)
            if not head:
                continue
            padded = _gap_before(s, at) >= 0.3 * s.size
            if not (_class_head(head) or padded and (
                    category_level(head) is not None or abs(s.x0 - before) <= 0.5 * s.size)):
                continue
            out[k][out[k].index(s)] = Seg(s.text[at:], s.starts[at], s.x1, s.top, s.bottom, s.size,
                                          s.starts[at:])
            out[k - 1].append(Seg(head, s.x0, s.starts[at], s.top, s.bottom, s.size, s.starts[:at]))
    return out


def _without_block_label(header: list[list[Seg]] | None) -> list[list[Seg]] | None:
    """A two-line header's spanning label (绩效指标 over 一级/二级/三级指标) is no column where
    the labels under it name the columns: left in, it takes the names set left under it."""
    if not header:
        return header
    roles = [header_role(cell_text(cell)) for cell in header]
    if "name" not in roles:
        return header
    return [cell for cell in header if norm(cell_text(cell)) not in _lex().block_labels] or header


def _columns(header: list[list[Seg]], body: list[Seg], size: float
             ) -> list[tuple[float, float, int | None]]:
    """Column x-ranges (left, right, header cell index or None): the blocks of x no text
    crosses, split between two header labels that fall in one block."""
    spans = [(min(s.x0 for s in cell), max(s.x1 for s in cell)) for cell in header]
    spans += [(s.x0, s.x1) for s in body]
    spans.sort()
    blocks: list[list[float]] = []
    for x0, x1 in spans:
        if blocks and x0 <= blocks[-1][1] + 0.4 * size:
            blocks[-1][1] = max(blocks[-1][1], x1)
        else:
            blocks.append([x0, x1])
    centres = [((min(s.x0 for s in cell) + max(s.x1 for s in cell)) / 2, i)
               for i, cell in enumerate(header)]
    cols: list[tuple[float, float, int | None]] = []
    for x0, x1 in blocks:
        inside = sorted((cx, i) for cx, i in centres if x0 <= cx <= x1)
        if len(inside) <= 1:
            cols.append((x0, x1, inside[0][1] if inside else None))
            continue
        left = x0
        for (cx, i), (_, j) in zip(inside, inside[1:]):
            right_edge = max(s.x1 for s in header[i])
            left_next = min(s.x0 for s in header[j])
            cut = _column_start(body, right_edge, left_next) or (right_edge + left_next) / 2
            cols.append((left, cut, i))
            left = cut
        cols.append((left, x1, inside[-1][1]))
    cols = _merge_unnamed(cols, body)
    # the gutters between columns belong half to each side
    out = []
    for k, (x0, x1, i) in enumerate(cols):
        lo = (cols[k - 1][1] + x0) / 2 if k else float("-inf")
        hi = (x1 + cols[k + 1][0]) / 2 if k + 1 < len(cols) else float("inf")
        out.append((lo, hi, i))
    return out


def _column_start(body: list[Seg], lo: float, hi: float) -> float | None:
    """Where a column starts between two header labels whose text runs into one block (a long
    class label wrapped to its cell's edge beside names set flush left): the x at which three
    or more body lines start together, just left of it; None when no x is shared so."""
    starts = sorted(s.x0 for s in body if lo < s.x0 < hi)
    best, count = None, 0
    for k, x in enumerate(starts):
        n = sum(1 for y in starts[k:] if y - x <= 1.5)
        if n > count:
            best, count = x, n
    return best - 0.5 if best is not None and count >= 3 else None


def _merge_unnamed(cols: list[tuple[float, float, int | None]], body: list[Seg]
                   ) -> list[tuple[float, float, int | None]]:
    """Text under no header label belongs to a labelled column next to it: body cells are
    mostly left-aligned under a centred label, so text whose lines all start at one x starts
    a column (it joins the column on its right), text whose lines all end at one x ends one
    (it joins the column on its left), else it joins the nearer label. A lone block label
    (自评表's 绩效指标 merged down the left) stays a column of its own."""
    out = list(cols)
    changed = True
    while changed:
        changed = False
        for k, (x0, x1, i) in enumerate(out):
            if i is not None:
                continue
            segs = [s for s in body if x0 <= s.cx <= x1]
            if segs and norm(cell_text(segs)) in _lex().block_labels:
                continue
            left = next((j for j in range(k - 1, -1, -1) if out[j][2] is not None), None)
            right = next((j for j in range(k + 1, len(out)) if out[j][2] is not None), None)
            if left is None and right is None:
                return out
            starts = segs and max(s.x0 for s in segs) - min(s.x0 for s in segs) <= 1.5
            ends = segs and max(s.x1 for s in segs) - min(s.x1 for s in segs) <= 1.5
            if right is not None and (starts or left is None):
                side = right
            elif left is not None and (ends or right is None):
                side = left
            else:
                cx = (x0 + x1) / 2
                side = min((j for j in (left, right) if j is not None),
                           key=lambda j: abs((out[j][0] + out[j][1]) / 2 - cx))
            lo, hi = min(x0, out[side][0]), max(x1, out[side][1])
            merged = (lo, hi, out[side][2])
            a, b = sorted((k, side))
            out = out[:a] + [merged] + out[b + 1:]
            changed = True
            break
    return out


def _col_of(cols: list[tuple[float, float, int | None]], s: Seg) -> int:
    for k, (lo, hi, _) in enumerate(cols):
        if lo <= s.cx < hi:
            return k
    return len(cols) - 1


def _row_threshold(gaps: list[float], size: float) -> tuple[float, float]:
    """Two vertical gaps: across one up to the first, two runs of text are one row; across
    one wider than the second, two rows. A cell's wrapped lines are set at one pitch, rows a
    cell padding further apart, so the gaps fall in groups: a step between sorted gaps of at
    least 1 pt and 10% of the font size, below it a gap no wider than 0.8 of the font size
    (a line gap). One step: both cuts in it. More steps (pixel rounding blurs a thin
    padding): the gaps between the first and the last are left to _rows_of. None: every gap
    is between rows."""
    gaps = sorted(g for g in gaps if g > -0.5 * size)
    if not gaps:
        return 0.0, 0.0
    # (a page set with a tall line height, 1.9 or 2, has line gaps near the font size: one is
    # still a line gap when the rows are set at least twice as far apart)
    cuts = [(a + b) / 2 for a, b in zip(gaps, gaps[1:])
            if b - a >= max(1.0, 0.1 * size) and (a <= 0.8 * size or (a <= 1.2 * size and b >= 2 * a))]
    if not cuts:
        return min(gaps) - 0.01, min(gaps) - 0.01
    return cuts[0], cuts[-1]


def _full(seg: Seg, widest: float) -> bool:
    """A line that reaches its column's widest line (within a character): where a cell's
    text wraps."""
    return seg.x1 - seg.x0 >= widest - 1.1 * seg.size


def _rows_of(runs: list[list[Seg]], low: float, thr: float, col_of: dict[int, int],
             by_col: list[list[Seg]], size: float, name_col: int | None) -> list[list[Seg]]:
    """Runs of text joined into rows: across a gap up to ``low``; across one up to ``thr``
    unless a column has a line on both sides of it and the line above is not full (text
    wraps only a full line). When the gaps tell nothing (no padding between rows), two runs
    are one row where one of them lacks the cells most rows have (a value) and the other's
    lines before the gap are full: a name wrapped onto a line of its own."""
    widest = [max((s.x1 - s.x0 for s in segs), default=0.0) for segs in by_col]
    counts: dict[int, int] = {}
    for run in runs:
        for k in {col_of[id(s)] for s in run}:
            counts[k] = counts.get(k, 0) + 1
    usual = {k for k, n in counts.items() if k != name_col and n >= 0.5 * len(runs)}
    out: list[list[Seg]] = []
    for run in runs:
        if not out:
            out.append(list(run))
            continue
        above = out[-1]
        gap = min(s.top for s in run) - max(s.bottom for s in above)
        bottom = max(s.bottom for s in above)
        top = min(s.top for s in run)
        last: dict[int, Seg] = {}
        for s in above:
            if s.bottom >= bottom - 0.6 * size:
                k = col_of[id(s)]
                if k not in last or s.bottom > last[k].bottom:
                    last[k] = s
        nxt: dict[int, Seg] = {}
        for s in run:
            if s.top <= top + 0.6 * size:
                nxt.setdefault(col_of[id(s)], s)
        shared = set(last) & set(nxt)
        wraps = bool(shared) and all(_full(last[k], widest[k]) for k in shared)
        if _numbered_label(run) or _numbered_label(above):
            join = False         # (a group's heading, 3.时效指标, is a row of its own however close)
        elif gap <= low:
            join = True
        elif gap <= thr:
            join = wraps
        elif thr == low and gap <= thr + 1.0 and gap <= 1.2 * size and usual:
            cols_a = {col_of[id(s)] for s in above}
            cols_b = {col_of[id(s)] for s in run}
            partial = not (usual <= cols_a) or not (usual <= cols_b)
            join = wraps and partial and not (usual & cols_a & cols_b)
        else:
            join = False
        if join:
            above.extend(run)
        else:
            out.append(list(run))
    return out


def _numbered_label(segs: list[Seg]) -> bool:
    """One segment holding a numbered class label alone (（一）产出指标, 3.时效指标): a group's
    heading line inside a table with no class columns (a numbered name, 3.服务对象满意度, does
    not end in 指标)."""
    if len(segs) != 1:
        return False
    text = fold(segs[0].text)
    m = OUTLINE.match(text)
    return bool(m and m.end() < len(text)) and text.endswith("指标") and category_level(text) is not None


def _runs(segs: list[Seg], thr: float) -> list[list[Seg]]:
    """Segments in vertical runs: a run ends where the next starts more than thr below."""
    runs: list[list[Seg]] = []
    bottom = None
    for s in sorted(segs, key=lambda s: s.top):
        if runs and bottom is not None and s.top - bottom <= thr:
            runs[-1].append(s)
            bottom = max(bottom, s.bottom)
        else:
            runs.append([s])
            bottom = s.bottom
    return runs


def unruled_fragments(segs: list[Seg], page_no: int, carry: dict | None
                      ) -> tuple[list[Any], dict | None]:
    """The items of an unruled page in order: ('line', segments, location) for text outside tables
    and Fragment for each table part. ``carry`` is the column layout of a table left open at
    the bottom of the page before (its rows go on at the top of this page)."""
    lines = seg_lines(segs)
    items: list[Any] = []
    i = 0
    state = carry
    first_content = True
    while i < len(lines):
        line = lines[i]
        texts = [s.text for s in line]
        stacked = None if is_header(texts) else _stacked_header(lines, i)
        if stacked is not None or is_header(texts):
            header = stacked[0] if stacked else _header_band(line, segs)
            used = {id(s) for cell in header for s in cell}
            bottom = max(s.bottom for cell in header for s in cell)
            j = stacked[1] if stacked else i + 1
            while j < len(lines) and all(id(s) in used for s in lines[j]):
                j += 1
            # the header repeated over the part a page before left open keeps that part's
            # columns (learned from more rows than the few this page may hold)
            again = state if first_content and state is not None and _same_header(header, state) else None
            frag, i = _unruled_table(lines, j, page_no, header, used, bottom, again,
                                     continues_above=first_content)
            items.append(frag)
            frag, i = _block_rows_under_header(lines, i, page_no, frag, items)
            frag, i = _parts_under_headings(lines, i, page_no, frag, items)
            state = frag.layout if frag.continues_below else None
            first_content = False
            continue
        if state is not None and first_content and _context_label(" ".join(texts)) is None:
            frag, i = _unruled_table(lines, i, page_no, None, set(), None, state,
                                     continues_above=True)
            items.append(frag)
            frag, i = _parts_under_headings(lines, i, page_no, frag, items)
            state = frag.layout if frag.continues_below else None
            first_content = False
            continue
        items.append(("line", line, {"page": page_no, "line": i + 1}))
        first_content = False
        state = None
        i += 1
    return items, state


def _same_header(header: list[list[Seg]], layout: dict) -> bool:
    """Whether a header is the one a layout was learned under, its labels in the same columns."""
    labels = [(k, h) for k, h in enumerate(layout.get("header") or []) if h]
    if len(labels) != len(header) or len(labels) < 3:
        return False
    return all(cell_text(cell) == h and _col_of(layout["cols"], cell[0]) == k
               for (k, h), cell in zip(labels, header))


def _block_rows_under_header(lines: list[list[Seg]], i: int, page_no: int, frag: "Fragment",
                             items: list[Any]) -> tuple["Fragment", int]:
    """The project's facts set as rows under the header (项目名称 | …, 主管部门 | …: a budget
    system's export), the indicator rows after them: the facts are lines of the page, and the
    table goes on under them in the header's columns."""
    if frag.body or frag.layout is None:
        return frag, i
    k = i
    while k < len(lines) and k - i < 6 and lines[k] and _context_label(lines[k][0].text) is not None:
        k += 1
    if k == i or k >= len(lines) or is_header([s.text for s in lines[k]]):
        return frag, i
    items += [("line", lines[m], {"page": page_no, "line": m + 1}) for m in range(i, k)]
    more, end = _unruled_table(lines, k, page_no, None, set(), None, frag.layout, continues_above=False)
    if not more.body:
        del items[-(k - i):]
        return frag, i
    items.append(more)
    return more, end


def _parts_under_headings(lines: list[list[Seg]], i: int, page_no: int, frag: "Fragment",
                          items: list[Any]) -> tuple["Fragment", int]:
    """A table's group headings on rows of their own (一、产出指标 across the table, a shaded row):
    each is a line of its own, and the rows under it go on in the table's columns, unless a
    header follows it (the heading of the next table, split per 一级指标)."""
    while i < len(lines) and len(lines[i]) == 1 and numbered_class_heading(fold(lines[i][0].text)):
        items.append(("line", lines[i], {"page": page_no, "line": i + 1}))
        i += 1
        if i >= len(lines) or is_header([s.text for s in lines[i]]) or _stacked_header(lines, i) \
                or _context_label(_line_text(lines[i])) is not None:
            break
        frag, i = _unruled_table(lines, i, page_no, None, set(), None, frag.layout,
                                 continues_above=False)
        items.append(frag)
    return frag, i


def _unruled_table(lines: list[list[Seg]], start: int, page_no: int,
                   header: list[list[Seg]] | None, used: set[int], header_bottom: float | None,
                   layout: dict | None, continues_above: bool) -> tuple[Fragment, int]:
    """One unruled table part: from ``start`` to the first line that is context or sign-off
    (or the page's end)."""
    end = start
    signed = signoff_lines([fold(_line_text(line)) for line in lines], blank_after=False)   # 2⽉: 月
    while end < len(lines):
        line = [s for s in lines[end] if id(s) not in used]
        if end in signed:
            break                 # 某某局 over 2025年2月14日: the table has ended
        if len(line) == 1 and numbered_class_heading(fold(line[0].text)):
            break                 # 二、效益指标 over the next table: a heading, no row's label
        if line and ((len(line) <= 2 and not indicator_prefixed(fold(line[0].text))
                      and (_context_label(line[0].text) is not None
                           or _context_label(_line_text(line)) is not None))
                     or is_header([s.text for s in line])):
            break
        end += 1
    # (a site's footer under a short table, 主办：… ICP备…, is in no row)
    body = [s for line in lines[start:end] if not is_furniture(fold(_line_text(line)))
            for s in line if id(s) not in used]
    sizes = [s.size for s in body] or [s.size for cell in (header or []) for s in cell] or [10.0]
    size = median(sizes)
    if layout is None:
        header = _without_block_label(header)
        body = _beside_table(header, body, size)
        header, body = _within_header(header, body, size)
        cols = _columns(header or [], body, size)
        head_cells = [cell_text(header[i]) if i is not None else "" for _, _, i in cols] \
            if header else []
        roles = roles_of(head_cells)
        layout = {"cols": cols, "header": head_cells, "roles": roles}
    cols, head_cells, roles = layout["cols"], layout["header"], layout["roles"]
    by_col: list[list[Seg]] = [[] for _ in cols]
    for s in body:
        by_col[_col_of(cols, s)].append(s)
    by_col = _labels_apart(_cells_apart(by_col, size), size)
    # an unnamed column holding only a block label (自评表's 绩效指标 merged down the left)
    head_cells = list(head_cells)
    roles = list(roles)
    for k, segs_k in enumerate(by_col):
        if not head_cells[k] if k < len(head_cells) else True:
            text = cell_text(segs_k)
            if segs_k and norm(text) in _lex().block_labels:
                head_cells[k] = text
                roles[k] = "block"
                by_col[k] = []
    cat = [k for k, r in enumerate(roles) if r in CATEGORY]
    data = [s for k, segs_k in enumerate(by_col) if k not in cat and roles[k] != "block"
            for s in segs_k]
    # rows: vertical runs of the data columns' text
    data_cols = {id(s): k for k, segs_k in enumerate(by_col) for s in segs_k}
    first = _runs(data, 0.0)
    gaps = [min(s.top for s in b) - max(s.bottom for s in a) for a, b in zip(first, first[1:])]
    low, thr = _row_threshold(gaps, size)
    if len(gaps) >= 2:
        layout["pitch"] = (low, thr)
    elif "pitch" in layout:
        low, thr = layout["pitch"]    # a page that carries one row on: the table's own spacing
    name_col = roles.index("name") if "name" in roles else None
    runs = _rows_of(first, low, thr, data_cols, by_col, size, name_col)
    rows = [(min(s.top for s in r), max(s.bottom for s in r)) for r in runs]
    frag = Fragment(page_no, [head_cells] if header else [], [], roles)
    frag.continues_above = continues_above
    frag.continues_below = end >= len(lines)
    frag.layout = layout
    body_cells: list[list[str]] = []
    for (top, bottom) in rows:
        row = []
        for k, segs_k in enumerate(by_col):
            if k in cat:
                row.append("")
                continue
            inside = [s for s in segs_k if top - 0.1 <= s.cy <= bottom + 0.1]
            row.append(cell_text(inside))
        body_cells.append(row)
    frag.body = body_cells
    frag.body_locations = [{"page": page_no, "row": r + 1} for r in range(len(body_cells))]
    # a class label's own lines are a line apart; when no data cell wraps, `low` only knows the
    # rows' spacing, and a label on every row would run on into the next row's
    join = min(low, 1.1 * size) if gaps else 1.1 * size      # (one row: nothing to go by)
    blocks_of = {k: [part for run in _runs(by_col[k], join) for part in _label_parts(run)] for k in cat}
    if rows:
        # text under the table's last row in a class column (（绩效目标经县财政局审核批复）) is a
        # note of the page: a merged label stands beside its rows, never below them all
        # (a line of it, too, when a wide row spacing runs it on from the last label)
        # (but the last line of a label wrapped a character or two a line and centred on a
        # short last row, 可持 / 续影 / 响指 / 标, is the label's: without it no class is named)
        floor = rows[-1][1] + size
        blocks_of = {k: [_above_floor(b, floor) for b in blocks if min(s.top for s in b) <= floor]
                     for k, blocks in blocks_of.items()}
    spans_of = {k: [(min(s.top for s in b), max(s.bottom for s in b)) for b in blocks_of[k]]
                for k in cat}
    # a PDF places a merged label to the point: half a row off its group's centre is a misfit
    prefer = _alignment(rows, list(spans_of.values()), continues_above, frag.continues_below,
                        uncovered=0.5)
    for k in cat:
        blocks, spans = blocks_of[k], spans_of[k]
        group, lead, trail, _ = _assign_groups(
            rows, spans, open_above=continues_above, open_below=frag.continues_below,
            prefer=prefer, uncovered=0.5)
        texts = [cell_text(b) for b in blocks]
        frag.labels[k] = [texts[g] if g is not None else None for g in group]
        frag.open_top[k] = lead if continues_above else 0
        frag.open_bottom[k] = trail if frag.continues_below else 0
    return frag, end


def _above_floor(block: list[Seg], floor: float) -> list[Seg]:
    """A class column's block without its lines below `floor`, unless only the whole block
    names a class."""
    kept = [s for s in block if s.top <= floor]
    if len(kept) < len(block) and category_level(cell_text(kept)) is None \
            and category_level(cell_text(block)) is not None:
        return block
    return kept


def _beside_table(header: list[list[Seg]] | None, body: list[Seg], size: float) -> list[Seg]:
    """The body without a side menu printed beside the table (政务公开 · 通知公告 left of 序号,
    its lines between the rows): text ending more than a character left of the header's first
    label that is neither a figure (序号) nor a class label is no part of the table."""
    if not header:
        return body
    left = min(s.x0 for cell in header for s in cell) - size
    return [s for s in body if s.x1 >= left or _BARE_FIGURE.fullmatch(s.text)
            or category_level(s.text) is not None]


_BARE_FIGURE = re.compile(r"\s*\d{1,3}\s*[.、]?\s*")


def _label_parts(run: list[Seg]) -> list[list[Seg]]:
    """A run of a class column's lines as the labels it holds: two labels each wrapped in its
    row's cell and set close enough to run on as one (可持续影响指 / 标 / 服务对象满意 / 度指标)
    are two, cut between lines where both parts are whole class names."""
    lines = sorted(run, key=lambda s: s.top)
    if len(lines) < 2 or category_level(cell_text(lines)) is not None:
        return [run]
    for cut in range(1, len(lines)):
        head, rest = lines[:cut], lines[cut:]
        if category_level(cell_text(head)) is not None and category_level(cell_text(rest)) is not None:
            return [head] + _label_parts(rest)
    return [run]


# ------------------------------------------------------------------------------ together
def _split_row(a: Fragment, b: Fragment) -> bool:
    """Whether the first body row of b is the rest of a's last row, cut by the page break:
    the row's cells other than the name (value, unit, 指标属性 …: one line each, so on one
    side of the break) are filled on one side only, and b's row starts no category group of
    its own. A table with names only cannot tell, and keeps both rows."""
    if not a.body or not b.body or "name" not in a.roles:
        return False
    last, first = a.body[-1], b.body[0]
    for c, labels in b.labels.items():
        if labels and labels[0] is not None and b.open_top.get(c, 0) == 0:
            if not (a.labels.get(c) and a.labels[c][-1] == labels[0]):
                return False
    cols = [c for c, r in enumerate(a.roles)
            if r not in ("name", "block", "packed", *CATEGORY) and c not in a.labels]
    filled_a = {c for c in cols if c < len(last) and last[c]}
    filled_b = {c for c in cols if c < len(first) and first[c]}
    return not (filled_a & filled_b) and bool(filled_a) != bool(filled_b)


def resolve(frags: list[Fragment]) -> None:
    """A table over several pages as one: a row cut by a page break joined again; rows a part
    leaves open at its bottom take the category label the next part starts with; rows open
    at its top carry the label the part before ended with."""
    for a, b in zip(frags, frags[1:]):
        if not (a.continues_below and b.continues_above and len(a.roles) == len(b.roles)):
            continue
        b.follows = True
        _label_cut_made_whole(a, b)
        if _split_row(a, b):
            a.body[-1] = [join_lines([x, y]) for x, y in zip(a.body[-1], b.body[0])]
            del b.body[0]
            if b.body_locations:
                del b.body_locations[0]
            for c in b.labels:
                if b.labels[c]:
                    first = b.labels[c].pop(0)
                    if a.labels.get(c) and a.labels[c][-1] is None and first is not None:
                        a.labels[c][-1] = first
                if b.open_top.get(c):
                    b.open_top[c] -= 1
        for c in a.labels:
            if c not in b.labels:
                continue
            n_a = len(a.body)
            if a.open_bottom.get(c) and b.labels[c] and b.open_top.get(c, 0) == 0 \
                    and b.labels[c][0] is not None:
                for r in range(n_a - a.open_bottom[c], n_a):
                    a.labels[c][r] = b.labels[c][0]
            last = a.labels[c][-1] if a.labels[c] else None
            if last is not None:
                for r in range(min(b.open_top.get(c, 0), len(b.body))):
                    if b.labels[c][r] is None:
                        b.labels[c][r] = last
        _level1_carried(a, b)


def _level1_carried(a: Fragment, b: Fragment) -> None:
    """The first rows of a table's next part whose level-2 labels belong to the level-1 the
    part before ended with (质量指标, 成本指标 under 产出指标) keep that level-1, where the
    part's own first level-1 label (效益指标, centred on its group lower down the page) was
    spread up over them: a level-2 class has one parent."""
    if "level1" not in b.roles or "level2" not in b.roles:
        return
    k1, k2 = b.roles.index("level1"), b.roles.index("level2")
    ended = (a.labels.get(k1) or [None])[-1]
    first = (b.labels.get(k1) or [None])[0]
    if not ended or not first or ended == first:
        return
    up = declared_codes(ended, None)[0]
    if up is None or up == declared_codes(first, None)[0]:
        return
    parent = lexicon.taxonomy().level2_parent
    for r, label2 in enumerate(b.labels.get(k2) or []):
        if b.labels[k1][r] != first or not label2 or parent.get(declared_codes(None, label2)[1]) != up:
            break
        b.labels[k1][r] = ended


def _label_cut_made_whole(a: Fragment, b: Fragment) -> None:
    """A merged class cell's label cut by the page break, its first line on one page and the
    rest on the next (LibreOffice centres it on the whole cell: 产出指 at the foot of one page,
    标 in the middle of the cell's part on the next): both parts' rows get the whole label."""
    for c, labels_b in b.labels.items():
        labels_a = a.labels.get(c)
        if not labels_a or not labels_b or not labels_a[-1] or not labels_b[0]:
            continue
        head, rest = labels_a[-1], labels_b[0]
        whole = head + rest
        # (the first part may read as a class by itself: 产出 / 指标, in a column so narrow
        # that the label is set a character or two a line)
        level = category_level(whole)
        if level is not None and category_level(rest) is None and category_level(head) in (None, level):
            for labels, piece in ((labels_a, head), (labels_b, rest)):
                labels[:] = [whole if x == piece else x for x in labels]


def _boxes_of_the_page(frag: Fragment, headed: Fragment | None) -> bool:
    """A ruled part under a table that is none of it (the boxes round a page's share bar or
    footer, which LibreOffice rules): no header, no column roles taken over from the part
    before, and either other columns than the table's and not continued from the page above,
    or nothing in it but the page's furniture (分享到… 【打印本页】, 网站标识码…)."""
    if frag.kind != "ruled" or headed is None or any(frag.roles):
        return False
    return (not frag.continues_above and len(frag.roles) != len(headed.roles)) or \
        all(is_furniture(" ".join(c for c in row if c)) for row in frag.body if any(row))


def to_rows(items: list[Any]) -> list[Row]:
    """Rows for TableReader: lines outside tables as one row each (cells = segments), a
    table's header once (the same header again right after the table's rows, as a table
    continued on the next page repeats it, is dropped), body rows with every category cell
    filled."""
    rows: list[Row] = []
    last_header: tuple | None = None
    # the page below the last table, where its cells are ruled (attachments, 【打印】, the
    # site's footer): text of the page, no rows of the table. Under an unruled table the
    # lines may still be its last rows.
    last_table = max((k for k, item in enumerate(items) if not isinstance(item, tuple)), default=-1)
    if last_table < 0 or items[last_table].kind != "ruled":
        last_table = len(items)
    # lines between a table and the next one's header (附表2, the next table's title, its
    # project's lines): the page's text, no rows of the table above
    before_header: set[int] = set()
    for k, item in enumerate(items):
        if not isinstance(item, tuple) and item.header:
            j = k - 1
            while j >= 0 and isinstance(items[j], tuple):
                j -= 1
            if j >= 0:                               # lines above the first table: as they are
                before_header.update(range(j + 1, k))
    # a signature block (某某局 over 2025年3月5日) under the last table, ruled or not
    # (a region of the page's footer pdfplumber took for a table, one long cell a row or the
    # footer's own text in cells, 主办单位 | 网站标识码 | ICP备案号, is none)
    last_any = max((k for k, item in enumerate(items) if not isinstance(item, tuple) and (
        item.header or any(sum(1 for c in row if c) >= 2 and not is_furniture(fold("".join(row)))
                           for row in item.body))), default=len(items))
    tail = [k for k in range(last_any + 1, len(items)) if isinstance(items[k], tuple)]
    texts = [fold(" ".join(s.text for s in items[k][1])) for k in tail]
    signed = [tail[i] for i in signoff_lines(texts, blank_after=False)]
    page_from = min(signed, default=len(items))      # the block and what follows it
    headed: Fragment | None = None
    width: tuple[int, int] | None = None     # the page and columns of the table part just read
    for k, item in enumerate(items):
        if isinstance(item, tuple):
            width = None
            _, line, location = item
            cells = [s.text for s in line]
            last_header = None
            if k > last_table or k in before_header or k >= page_from:
                location = {**location, "after_table": True}
            rows.append(Row(cells, location, raw=" ".join(cells), aligned=False))
            continue
        frag: Fragment = item
        # grid rows over this part's header at the top of a page go on the table of the page
        # before; where that table's grid had other columns (several tables drawn as one grid
        # there, its last one with columns of its own), their cells are placed by what they hold
        carried = width is not None and frag.page > width[0]
        for cells in frag.pre:
            if any(cells):
                last_header = None
                if carried and len(cells) != width[1]:
                    rows.append(Row([c for c in cells if c], {"page": frag.page}, raw=" ".join(cells),
                                    aligned=False))
                else:
                    carried = False
                    rows.append(Row(list(cells), {"page": frag.page}))
        if frag.header:
            key = tuple(tuple(norm(c) for c in cells) for cells in frag.header)
            if key != last_header:
                rows += [Row(list(cells), {"page": frag.page}) for cells in frag.header]
            last_header = key
        locs = frag.body_locations or [{"page": frag.page}] * len(frag.body)
        if frag.header:
            headed = frag
        elif _boxes_of_the_page(frag, headed):
            locs = [{**loc, "after_table": True} for loc in locs]
        for r, cells in enumerate(frag.body):
            cells = list(cells)
            # (a header inside the grid, the next table's drawn on as part of it, is as printed)
            for c, labels in ({} if is_header(cells) else frag.labels).items():
                if c < len(cells):
                    cells[c] = labels[r] or ""
            if any(cells):
                if _context_label(" ".join(c for c in cells if c)) is not None or \
                        (cells[0] and _lex().context_key.get(norm(cells[0]))):
                    last_header = None
                rows.append(Row(cells, dict(locs[r])))
        if frag.body:
            width = (frag.page, len(frag.body[-1]))
    return rows
