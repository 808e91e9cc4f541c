"""Page text (.txt, text pasted out of a browser or a PDF) and its encodings.

DESIGN.md lists three shapes of the same table in page text, all read here:
- one row a line, cells separated by ' | ' (or tabs); merged cells blank or missing;
- one row a line, cells separated by runs of spaces; merged and empty cells missing;
- one cell a line ending in ' |', rows separated by lines of bare '|' or '||'.
A one-project-a-row table whose cells wrap over lines (PDF text) goes to wrapped.py.

>>> rows = text_rows("一级指标 | 三级指标 | 指标值\\n产出指标 | 培训人次 | ≥500人次\\n | 合格率 | 95%")
>>> [r.cells for r in rows][2]
['', '合格率', '95%']
>>> [r.cells for r in text_rows("三级指标 |\\n指标值 |\\n||\\n合格率 |\\n95% |\\n|")]
[['三级指标', '指标值'], ['合格率', '95%']]
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from charset_normalizer import from_bytes

from .. import lexicon
from .clean import fold
from .grid import Row
from .labels import is_furniture
from .layout import display_width, layout_rows, side_menu_blanked
from .tokens import RUNS
from .wikitext import wiki_plain
from .wrapped import is_wrapped_project_list, wrapped_rows

__all__ = ["decode", "text_rows", "detect_shape"]

_SPACES = RUNS                 # cells set apart by a run of spaces, a tab or an ideographic space
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_CHINESE_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "big5", "cp936", "euc_cn"}


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes are UTF-16 that lost its BOM: the zero high
    bytes of its ASCII (commas, digits, line ends) all fall on one side."""
    sample = data[:65536]
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    half = max(len(sample) // 2, 1)
    for zeros, other, enc in ((zeros_odd, zeros_even, "utf-16-le"), (zeros_even, zeros_odd, "utf-16-be")):
        if zeros >= 0.05 * half and other <= 0.1 * zeros:
            try:
                sample[: len(sample) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            return enc
    return None


def encoding_of(data: bytes, complete: bool = True) -> str:
    """The codec of text whose encoding is not stated, from its bytes (or its first bytes when
    not `complete`): a BOM, UTF-16 without one, UTF-8, GB18030 (the superset of GB2312 and GBK)
    when the bytes are valid in it, else what charset-normalizer finds."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return enc
    if b"\x00" in data[:65536] and (enc16 := utf16_without_bom(data)):
        return enc16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(data) - 3:     # only the last character was cut
            return "utf-8"
    try:                 # mainland exports that are not UTF-8 are GBK: its superset decodes them
        data[: len(data) if complete else max(len(data) - 4, 0)].decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits")
    enc = best.encoding.lower().replace("-", "_")
    if enc in _CHINESE_FAMILY and enc != "big5":
        return "gb18030"
    return enc


def decode(data: bytes) -> str:
    """Text of a file whose encoding is not stated (see encoding_of). NUL characters, which
    some exporters leave in cells, are removed."""
    try:                   # most files are UTF-8: decoded once, not judged and then decoded
        text = None if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or ("\x00" in text and utf16_without_bom(data)):
        enc = encoding_of(data)
        text = data.decode(enc, errors="replace" if enc == "gb18030" else "strict")
    return text.replace("\x00", "") if "\x00" in text else text


def detect_shape(lines: list[str]) -> str:
    """'cells' (one cell a line), 'pipe', 'tab' or 'spaces'."""
    filled = [l.strip() for l in lines if l.strip()]
    if not filled:
        return "spaces"
    bare = sum(1 for l in filled if l in ("|", "||"))
    ending = sum(1 for l in filled if l.endswith("|") and l.count("|") == 1 and l != "|")
    if bare and ending + bare >= 0.5 * len(filled):
        return "cells"
    tabs = sum(1 for l in lines if "\t" in l.strip("\n"))
    pipes = sum(1 for l in filled if l.strip("|").count("|") >= 1)
    if tabs >= 0.2 * len(filled) and tabs >= pipes:
        return "tab"
    if pipes >= 0.2 * len(filled):
        return "pipe"
    return "spaces"


def _split_pipe(line: str) -> list[str]:
    # "| a | b |" (markdown) has outer pipes; " | b" is a blank first cell (a merged one)
    text = line.rstrip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [c.strip() for c in text.split("|")]


def _cell_lines(lines: list[str]) -> list[Row]:
    rows: list[Row] = []
    cells: list[str] = []
    raw: list[str] = []
    pending = ""          # a cell wrapped over lines, until the line that ends in '|'
    start = 0

    def flush() -> None:
        nonlocal pending
        if pending:
            cells.append(pending)
            pending = ""
        if cells:
            rows.append(Row(list(cells), {"line": start}, raw="\n".join(raw), aligned=False))
        cells.clear()
        raw.clear()

    for i, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        if text in ("|", "||"):
            flush()
            continue
        if not text.endswith("|") and not cells and not pending:
            # a line outside the cell grid (a title): a row of its own
            rows.append(Row([text], {"line": i}, raw=line.rstrip(), aligned=False))
            continue
        if not cells and not pending:
            start = i
        raw.append(line.rstrip())
        if text.endswith("|"):
            cells.append((pending + text[:-1]).strip())
            pending = ""
        else:
            pending += text
    flush()
    return rows


def text_rows(text: str) -> list[Row]:
    """The rows of page text in whichever shape it has: cells and rows found by content
    (stream.py), but for a one-project-a-row list, read line by line."""
    if is_wrapped_project_list(text) and detect_shape(text.splitlines()) == "spaces":
        return wrapped_rows(text)
    from .boxes import box_rows
    text = wiki_plain(fold(text))      # (zero-width characters would split cells)
    if "|===" in text:                 # before box tables: its fences are no box's rules
        text = _asciidoc_plain(text)
    # box-drawn tables first: the steps below would take their rules for a tree's branches
    if (boxed := box_rows(text, _unboxed_rows)) is not None:
        return boxed
    return _unboxed_rows(text)


def _unboxed_rows(text: str) -> list[Row]:
    """text_rows of (folded) text that holds no box-drawn table."""
    from .columns import column_major_rows
    from .runon import join_wrapped_runon
    from .rowfit import rows_run_on
    from .runon_wraps import join_wrapped_rows
    from .ruled import has_rule
    from .spacewraps import join_space_wraps
    text = _spaced_cells_barred(_edge_bars_dropped(_OCR_BAR.sub("|", _OCR_EDGE.sub(r"\1 ", text))))
    text = _spaced_numbered_rows_apart(_bars_between_links_dropped(text))
    text = _join_broken_tab_header(_tab_quotes_joined(_edge_tabs_dropped(text)))
    # bold labels over a pandoc rule of dashes: the marks become spaces, so that the labels
    # keep their columns; elsewhere they go
    ruled = has_rule(text)
    text = _MARKDOWN_STRONG.sub(r"  \1  " if ruled else r"\1", text)
    if "]{" in text:                   # pandoc's spans [产出指标]{style="…"}: their text (as wide)
        text = _PANDOC_SPAN.sub(lambda m: _as_wide(m.group(1), m.group()) if ruled else m.group(1), text)
    text = _MARKDOWN_HEADING.sub("", text)
    if "](" in text:                   # [首页](/) -> 首页; a picture ![logo](/a.png) goes
        text = _MARKDOWN_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)
    text = _nested_markdown_rows_apart(text)
    text = _unquoted(text)
    if _MARKDOWN_ESCAPE.search(text):
        text = _markdown_unescaped(text)
    if "<br" in text or "<BR" in text:
        text = _html_breaks_joined(text)
    text = join_wrapped_rows(join_wrapped_runon(_join_preview_wraps(join_space_wraps(text)), rows_run_on))
    text = _join_fixed_width_wraps(text)
    text = _join_wrapped_pipe_cells(text)
    text = _join_broken_tab_cells(text)
    text = _tree_as_indent(text)
    if (by_column := column_major_rows(text, _rows_of)) is not None:
        return by_column
    return _rows_of(text)


_LONG_CELL = 120          # characters: a table's cell is shorter; a whole page's text is not


@functools.lru_cache(maxsize=1)
def _spaced_header() -> re.Pattern:
    """Three or more header words in a row, set apart by spaces (序号 一级指标 二级指标…)."""
    from .runon import _header_words
    word = "|".join(map(re.escape, _header_words()))
    return re.compile(rf"(?:{word})(?:[ \u3000]+(?:{word})){{2,}}")


def _bars_between_links_dropped(text: str) -> str:
    """A page's whole text on one line (html-text without layout) keeps the bars between its
    links (网站首页 | 无障碍 | 长者版 … 关于我们 | 网站地图): where one piece between the bars is
    long and holds an indicator header set out by spaces, the bars are no table's columns and
    each piece goes on a line of its own (the links themselves are page furniture and go)."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) < _LONG_CELL or " | " not in line:
            continue
        pieces = line.split(" | ")
        if any(len(p) >= _LONG_CELL and _spaced_header().search(p) for p in pieces):
            lines[k] = "\n".join(_tail_apart(p.strip()) for p in pieces
                                 if len(p) >= _LONG_CELL or not is_furniture(p))
    return "\n".join(lines)


_NOTE = re.compile(r"(注|说明|备注|附注)\s*[:：]")


def _spaced_numbered_rows_apart(text: str) -> str:
    """A long line holding a header set out by spaces that starts with 序号, and its rows after
    it on the same line (a page's text taken with get_text(" ")): each row starts at its number
    (1, 2, 3… in turn, standing alone), so each goes on a line of its own; a note (注：…) or the
    page's footer after the last row goes on a line of its own too."""
    from .runon import _role, value_at_start
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) < _LONG_CELL:
            continue
        m = _spaced_header().search(line)
        if not m or _role(m.group().split()[0]) != "index":
            continue
        words = line[m.end():].split(" ")
        rows: list[list[str]] = []
        expected = 1
        for n, w in enumerate(words):
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if w == str(expected) and nxt and not nxt[:1].isdigit() and not value_at_start(nxt):
                rows.append([])
                expected += 1
            if rows:
                rows[-1].append(w)
        if len(rows) < 3:
            continue
        # the page's text before the header on a line of its own, then the header
        head = line[:m.start()].rstrip() + "\n" + m.group() + " " + " ".join(words[:len(words) - sum(map(len, rows))])
        last = rows[-1]
        cut = next((n for n, w in enumerate(last) if n > 2 and (_NOTE.match(w) or is_furniture(w))), None)
        tail = [" ".join(last[cut:])] if cut is not None else []
        if cut is not None:
            rows[-1] = last[:cut]
        lines[k] = "\n".join([head.rstrip()] + [" ".join(r) for r in rows] + tail)
    return "\n".join(lines)


# (a link's text may wrap onto a second line, as pandoc writes a long one)
_MARKDOWN_LINK = re.compile(r"(!?)\[((?:[^\]\n]{0,200}\n)?[^\]\n]{0,200})\]\((?:[^()\n]|\([^()\n]*\)){0,500}\)")
_INNER_ROW_BREAK = re.compile(r"(?<= )\| \|(?= )")      # | a | b | | c | d |: a row ends, one starts
_INNER_RULE = re.compile(r"\| *-{3,} *\|")


def _nested_markdown_rows_apart(text: str) -> str:
    """A table nested in a layout table, turned into Markdown (markdownify): the inner table's
    rows all in one cell of the outer row, on one line, each row ending ` | |` where the next
    begins (an empty cell is `|  |`, two spaces). Such a line is cut into one line a row."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) < _LONG_CELL or not _INNER_RULE.search(line, 1) or not _INNER_ROW_BREAK.search(line):
            continue
        parts = [p.strip().strip("|").strip() for p in _INNER_ROW_BREAK.split(line)]
        lines[k] = "\n".join("| " + p + " |" for p in parts if p.strip(" |-"))
    return "\n".join(lines)


def _edge_tabs_dropped(text: str) -> str:
    """One cell a line, each wrapped in tabs (get_text("\\t") of a page whose every cell is its
    own block: `\\t进场交易项目\\t`, lines of a lone tab between): where nearly every line
    holding a tab holds one piece of text at most, the tabs separate no cells and go."""
    lines = text.split("\n")
    tabbed = [line for line in lines if "\t" in line]
    if len(tabbed) < 8:
        return text
    single = sum(1 for line in tabbed if sum(1 for c in line.split("\t") if c.strip()) <= 1)
    # (a tree indented by tabs has them before its items only: its items do not end in one)
    wrapped = [line for line in tabbed if line.strip()]
    closed = sum(1 for line in wrapped if line.startswith("\t") and line.rstrip(" ").endswith("\t"))
    # …or the page's source indentation kept (w3lib's remove_tags): every cell at one depth,
    # the lines of tabs alone between rows less deep (a tree's items stand at several depths)
    depths = Counter(len(line) - len(line.lstrip("\t")) for line in wrapped)
    indented = bool(depths) and depths.most_common(1)[0][1] >= 0.9 * len(wrapped) and \
        not any(line.rstrip(" ").endswith("\t") for line in wrapped) and len(wrapped) >= 8
    if single < 0.9 * len(tabbed) or (closed < 0.9 * len(wrapped) and not indented):
        return text
    # a line of several pieces is one cell whose spans the tool set apart (2025 | 年 | 3 | 月)
    return "\n".join(_spans_joined(line.strip("\t").split("\t")) if "\t" in line else line
                     for line in lines)


def _spans_joined(pieces: list[str]) -> str:
    out = ""
    for p in (p.strip() for p in pieces if p.strip()):
        out += _joint(out, p) + p
    return out


def _tail_apart(piece: str) -> str:
    """A piece without the page's footer words after the table's last row (… ≥90% 某某县文化和
    旅游局 关于我们) and without the office that signs the page: no cells of that row (page
    furniture is dropped wherever it stands)."""
    from .labels import is_issuer
    from .runon import value_at_start
    words = piece.split(" ")
    while len(words) > 1 and is_furniture(words[-1]):
        words.pop()
    # an office's name right after a value signs the page (a row's name would not follow its
    # value on the same row): it goes, as a signature line does
    if len(words) > 2 and is_issuer(words[-1]) and value_at_start(words[-2]):
        words.pop()
    return " ".join(words)


def _rows_of(text: str) -> list[Row]:
    """text_rows of a text whose shapes are read line by line (no table read by column)."""
    from .lists import is_list, list_rows
    from .records import is_records, record_rows
    from .ruled import ruled_rows
    from .stream import stream_rows
    if is_records(text):
        return record_rows(text)
    if (ruled := ruled_rows(text)) is not None:
        return ruled
    if is_list(text) and (listed := list_rows(text, [], [])):
        return listed
    text = side_menu_blanked(text)
    if _space_aligned(text):
        if (laid := layout_rows(text)) is not None:
            return laid
    rows = stream_rows(text)
    if _space_aligned(text, chrome_bars=True) and (laid := layout_rows(text)) is not None \
            and _classed(laid) > _classed(rows or []):
        # a text browser's dump whose page chrome holds a bar or two (无障碍浏览 | 长者模式):
        # read as laid out where that gives more rows their classes (labels printed in the
        # middle of their groups), else by content
        return laid
    if rows is not None:
        return rows
    return _line_rows(text)


def _classed(rows: list[Row]) -> int:
    """How many indicators the rows give with a name, a value and both declared classes."""
    import copy

    from .table import TableReader
    got = TableReader("").feed(copy.deepcopy(rows))      # (a reader may fill cells in place)
    return sum(1 for r in got if r.name and r.annual_value and r.declared_level1 and r.declared_level2)


_QUOTED_BREAK = re.compile(r'(?:^|\t)"[^"\t\n]*(?:""[^"\t\n]*)*\n', re.M)


# OCR reads a table's ruling line as 丨 (U+4E28, an ideograph no table cell holds on its own):
# standing alone between spaces or at a line's end, it is the cell boundary a person sees
_OCR_BAR = re.compile(r"(?:^|(?<=\s))丨(?=\s|$)", re.M)
# …and the table's left edge read as 丨 glued to the first cell (丨产出指标): a space, so that
# columns set out by spaces stay where they were
_OCR_EDGE = re.compile(r"^(\s*)丨(?=[^\s丨|])", re.M)


# A scanned table's left (and right) border read as a bar before cells set out by spaces
# (|        新增更新新能源公交车辆      4O辆 |; OCR may read the bar as l): no cell boundary.
_EDGE_BAR_LINE = re.compile(r"^(\s*)[|丨l](\s{2,}[^\s|丨][^|丨]*?)(\s*[|丨])?\s*$")


def _edge_bars_dropped(text: str) -> str:
    """Lines whose only bars are the table's border, in a text with two or more of them
    beginning with a bar proper (| or 丨), their cells set out by spaces: the bars go."""
    lines = text.split("\n")
    edged = [i for i, line in enumerate(lines) if _EDGE_BAR_LINE.match(line) and "  " in line.strip()[1:]]
    if sum(1 for i in edged if lines[i].lstrip()[:1] in "|丨") < 2:
        return text
    for i in edged:
        m = _EDGE_BAR_LINE.match(lines[i])
        lines[i] = m.group(1) + " " + m.group(2)
    # …and a right border alone after cells set out by spaces (乘客满意度       ≥9O%    |)
    lines = [_RIGHT_EDGE.sub("", line) if line.count("|") + line.count("丨") == 1 else line
             for line in lines]
    return "\n".join(lines)


_RIGHT_EDGE = re.compile(r"(?<=\S)\s{2,}[|丨]\s*$")


_LOST_BAR = re.compile(r"(?<=\S) {3,}(?=[^\s|])")
_L_BAR = re.compile(r"(?:^|(?<=\s))l(?=\s|[\u4e00-\u9fff]|$)")


def _spaced_cells_barred(text: str) -> str:
    """A scanned table where OCR kept some ruling lines as bars and lost others: its header
    barred (| 一级指标 | 二级指标 | … |) but rows whose cells stand apart by wide runs of
    spaces inside a bar's cell (|  | 空气质量自动监测站运维数量      6           个). There a run
    of three spaces or more between two texts is the lost bar. Only where the bars do not
    account for the header's columns on some row."""
    lines = text.split("\n")
    head = next((line for line in lines if line.count("|") >= 4 and _is_header_line(line)), None)
    if head is None:
        return text
    heads = {head}
    width = head.strip().strip("|").count("|") + 1
    # OCR reads a ruling line as l too: alone between spaces, or glued before a cell's text
    lines = [_L_BAR.sub("|", line) if "|" in line else line for line in lines]
    rows = [i for i, line in enumerate(lines) if "|" in line and line not in heads]
    short = [i for i in rows if lines[i].strip().strip("|").count("|") + 1 < width
             and _LOST_BAR.search(lines[i].strip())]
    if len(short) < 2:
        return "\n".join(lines)
    for i in short:
        lines[i] = _LOST_BAR.sub(" | ", lines[i])
    return "\n".join(lines)


def _is_header_line(line: str) -> bool:
    from .table import column_role
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return sum(1 for c in cells if column_role(c) is not None) >= 3


# **产出指标** inside a line (a Markdown conversion): its text; a pair around two or more
# characters of Chinese text, not inside a word, so a template's placeholders (≥**%, (**月**日前))
# stay as written
# a pandoc Markdown span: [text]{attributes} (a Word page's <span lang=EN-US style="…">)
_PANDOC_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{[^{}\n]*\}")


def _as_wide(text: str, whole: str) -> str:
    """`text` padded with spaces to the display width of `whole`, which it stands for in a
    table whose columns are set by position."""
    return text + " " * (display_width(whole) - display_width(text))


_MARKDOWN_STRONG = re.compile(r"(?<![\u3400-\u9fff(（])\*\*(?=[^*\n]*[\u3400-\u9fff])"
                              r"([^*\s\n][^*\n]*?[^*\s\n])\*\*(?![\u3400-\u9fff])")


# `### 二、效益指标` (a Markdown conversion): the heading's text
_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)


_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def _unquoted(text: str) -> str:
    """A table forwarded in an e-mail's quoted lines (`> 产出指标\t数量指标…`): the lines
    without their quote marks, where a good part of the text is quoted."""
    lines = [line for line in text.splitlines() if line.strip()]
    quoted = sum(1 for line in lines if line.lstrip().startswith(">"))
    if quoted < 3 or quoted < 0.3 * len(lines):
        return text
    return _QUOTE_MARK.sub("", text)


# a Markdown converter's escapes (\*\*, \<, \~, \_): the characters as the page wrote them; an
# escaped bar inside a pipe table's cell is a bar of the text, no cell boundary (a full-width one)
_MARKDOWN_ESCAPE = re.compile(r"\\([*_<>~`#\[\]()|+!%$@^&=\"'-])")   # pandoc escapes % and $ too (≥95\\%)


def _markdown_unescaped(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(lambda m: "｜" if m.group(1) == "|" else m.group(1), text)


# AsciiDoc (a converter's output): the table's |=== fences and [cols=…] line, a cell's span
# (.7+|产出指标: merged over 7 rows, the rows below leave it out as a web page does) and headings
_ASCIIDOC_FURNITURE = re.compile(r"^[ \t]*(?:\|={3,}|\[(?:cols|options|%)[^\]]*\]|={1,6}(?=[ \t]+\S))[ \t]*", re.M)
_ASCIIDOC_SPAN = re.compile(r"(?:(?<=^)|(?<=[ \t]))(?:\d+\.\d+|\.?\d+)\+[<^>]?(?:\.[<^>])?(?=\|)", re.M)


def _asciidoc_plain(text: str) -> str:
    return _ASCIIDOC_SPAN.sub("", _ASCIIDOC_FURNITURE.sub("", text))


_HTML_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)


def _html_breaks_joined(text: str) -> str:
    """A literal <br> a converter left in a cell (一级<br>指标, 收到资金后<br>30日内): the cell's
    line break, read as a person reads it (no space beside Chinese text)."""
    from .table import CHINESE_SIDE
    chinese = re.compile(f"[{CHINESE_SIDE}]")

    def joined(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return "" if chinese.match(before) or chinese.match(after) else " "
    return _HTML_BREAK.sub(joined, text)


_QUOTED_CELL = re.compile(r'(?:^|\t)"[^"\t\n]*(?:""[^"\t\n]*)*"(?=\t|$)', re.M)


def _quoted_export(text: str) -> bool:
    """A spreadsheet saved as tab-separated text with its text cells in double quotes
    ("项目名称"\t"禁毒宣传…"): most of its tabbed lines hold a quoted cell."""
    tabbed = [line for line in text.splitlines() if "\t" in line and line.strip()]
    quoted = sum(1 for line in tabbed if _QUOTED_CELL.search(line))
    return len(tabbed) >= 3 and quoted >= 0.6 * len(tabbed)


def _tab_quotes_joined(text: str) -> str:
    """Cells copied out of a spreadsheet (tab-separated) where a cell that held a line break
    comes in double quotes over several lines ("职业技能培训\n补贴人数"): each such record on
    one line again, the cell's lines joined as a person reads them, its "" a quote. A sheet
    saved as text with every text cell quoted loses its quotes the same way."""
    if "\t" not in text or not (_QUOTED_BREAK.search(text) or _quoted_export(text)):
        return text
    import csv
    import io

    from .table import unwrapped
    lines = []
    for record in csv.reader(io.StringIO(text), delimiter="\t"):
        cells = [unwrapped(c) if "\n" in c else c for c in record]
        lines.append("\t".join(cells))
    return "\n".join(lines)


# the glyphs of a drawn tree before an item (│  ├─ 数量指标, │  │  └─ 指标1：…): a line must end its
# run of glyphs in a branch (├─, └─) to count, so a table's │ cell │ rows are never touched
_TREE_LEAD = re.compile(r"^[ \t\u3000]*(?:[│┃|][ \t\u3000]*)*[├└┣┗][─━-]+[ \t\u3000]?", re.M)


def _tree_as_indent(text: str) -> str:
    """A tree drawn with box glyphs read as the indented list it shows: each line's glyphs
    become spaces of the same width, so the list reader sees classes and their items by
    their indent."""
    if "├" not in text and "└" not in text and "┣" not in text and "┗" not in text:
        return text
    return _TREE_LEAD.sub(lambda m: " " * len(m.group()), text)


_FIXED_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")


def _join_fixed_width_wraps(text: str) -> str:
    """A table drawn in fixed-width columns between bars (antiword's text of a Word table:
    |以案定补补贴 | over |案件数       |): a cell too long for its column goes on in the same
    column of the lines after. A line whose every filled cell lies under a cell that filled its
    column to the edge on the line before, and that leaves some cells empty, is the rest of that
    row: each piece joins its cell (no space between Chinese characters). A line with a cell
    under a cell that did not fill its column, or with every cell filled, is a row of its own."""
    lines = text.split("\n")
    widths = Counter(tuple(map(display_width, line.rstrip()[1:-1].split("|")))
                     for line in lines if _FIXED_ROW.match(line.rstrip()))
    if sum(widths.values()) < 4:
        return text
    # the bars stand in the same places on (nearly) every line: columns of fixed width, not
    # a Markdown table padded cell by cell
    grid, count = widths.most_common(1)[0]
    if count < 0.8 * sum(widths.values()) or len(set(grid)) == 1 and grid[0] <= 3:
        return text
    out: list[str] = []
    joined: list[str] | None = None      # the row being built, its cells
    last: list[str] | None = None        # the line before, its raw cells (padding kept)
    for line in lines:
        raw = line.rstrip()
        # (a Markdown rule |---|---| under a header is no row: the line after it never goes on it)
        cells = raw[1:-1].split("|") if _FIXED_ROW.match(raw) and not _MD_RULE.match(raw.strip()) else None
        if cells and tuple(map(display_width, cells)) != grid:
            cells = None
        if cells and last and joined and len(cells) == len(last) and _goes_on(cells, last):
            joined = [a + _joint(a, b.strip()) + b.strip() for a, b in zip(joined, cells)]
            last = cells
            continue
        if joined is not None:
            out.append("|" + "|".join(joined) + "|")
        joined, last = ([c.strip() for c in cells], cells) if cells else (None, None)
        if cells is None:
            out.append(line)
    if joined is not None:
        out.append("|" + "|".join(joined) + "|")
    return "\n".join(out)


def _goes_on(cells: list[str], above: list[str]) -> bool:
    """Some cells empty (the ones whose text fitted), every filled one under a full cell."""
    filled = [k for k, c in enumerate(cells) if c.strip()]
    return bool(filled) and len(filled) < len(cells) and all(
        display_width(above[k].rstrip()) >= display_width(above[k]) - 1 and above[k].strip()
        and display_width(cells[k]) == display_width(above[k]) for k in filled)


def _joint(a: str, b: str) -> str:
    """What goes between two pieces of a wrapped cell: nothing, but between two Latin words."""
    return " " if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha() else ""


def _join_wrapped_pipe_cells(text: str) -> str:
    """Pipe rows whose header label or class cell wraps over lines (`效益指标 | 社会效益` over
    `指标 | 特殊教育资源 | 扩大`, blank lines between the pieces too): the two lines are one row
    where the last cell of the one and the first cell of the next make a header word or a
    class name, and the row is no wider than the table's widest."""
    from ..categories import category_level
    from .table import column_role
    lines = text.split("\n")
    widest = max((line.count("|") for line in lines), default=0)
    if sum(1 for line in lines if "|" in line) < 3 or widest < 2:
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        cur = lines[i]
        while cur.strip():
            j = i + 1
            while j < len(lines) and j <= i + 2 and not lines[j].strip():
                j += 1
            if j >= len(lines) or not lines[j].strip():
                break
            nxt = lines[j].strip()
            last, first = cur.rsplit("|", 1)[-1].strip(), nxt.split("|", 1)[0].strip()
            if not last or not first or len(first) > 4 or ("|" not in cur and "|" not in nxt) \
                    or cur.count("|") + nxt.count("|") > widest:
                break
            word = last + first
            if column_role(word) is None and category_level(word) is None or re.search(r"\d", last) \
                    or len(first) >= 4 and (column_role(first) is not None or category_level(first) is not None):
                break             # 1-12月 | 成本指标…: a row of its own, no piece of a label
            cur = cur.rstrip() + first + (nxt[nxt.index("|"):] if "|" in nxt else "")
            i = j
        out.append(cur)
        i += 1
    return "\n".join(out)


def _join_broken_tab_header(text: str) -> str:
    """A browser's copy of a header whose labels hold line breaks (序<br>号, 一级<br>指标):
    `序` / `号⇥绩效指标⇥指标值⇥备` / `注` / `一级` / `指标⇥二级` / … A run of short lines
    without a figure is read as tab-separated fields; a field broken over lines is one label
    where its pieces make one, else two labels a row apart (备 注 | 一级 指标) where they make two."""
    if "\t" not in text:
        return text
    from .table import column_role
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _header_piece_line(lines[j]):
            j += 1
        # (a header is a few lines: a long run of short lines is a menu or a list, left as it is)
        if 3 <= j - i <= 24 and any("\t" in line for line in lines[i:j]):
            fixed = _broken_labels_joined("\n".join(lines[i:j]), column_role)
            if fixed is not None:
                out += fixed.split("\n")
                i = j
                continue
        out += lines[i:max(j, i + 1)]
        i = max(j, i + 1)
    return "\n".join(out)


def _header_piece_line(line: str) -> bool:
    """A line a broken header can hold: short fields of words, no figure."""
    fields = [f.strip() for f in line.strip().split("\t")]
    return bool(line.strip()) and not re.search(r"\d", line) and all(len(f) <= 8 for f in fields)


def _broken_labels_joined(region: str, role) -> str | None:
    """The region with its broken labels joined, or None where it is not a header: every
    field broken over lines must come out as one or two known labels, and some must."""
    fields = region.split("\t")
    joined = []
    changed = False
    for field in fields:
        pieces = [p.strip() for p in field.split("\n")]
        # a break at a field's edge ends a row (指标值 / ⇥⇥⇥长期目标): kept as it is
        lead = next((k for k, p in enumerate(pieces) if p), len(pieces))
        trail = next((k for k, p in enumerate(reversed(pieces)) if p), 0)
        core = pieces[lead:len(pieces) - trail]
        if len(core) <= 1 or not all(core) or len(core) > 6:
            joined.append(field)
            continue
        whole = "".join(core)
        if role(whole) is not None:
            fixed = whole
        else:
            cut = next((k for k in range(1, len(core)) if role("".join(core[:k])) is not None
                        and role("".join(core[k:])) is not None), None)
            if cut is None:
                return None
            fixed = "".join(core[:cut]) + "\n" + "".join(core[cut:])
        joined.append("\n" * lead + fixed + "\n" * trail)
        changed = True
    return "\t".join(joined) if changed else None


def _join_broken_tab_cells(text: str) -> str:
    """A browser's copy of a table whose cell held a line break (农村供水工程<br>维修养护处数):
    the cell's text goes on at the start of the next line, the rest of the row after it
    (`产出指标⇥数量指标⇥农村供水工程` / `维修养护处数⇥≥45处`). The two lines are one row when
    the first stops short of a value on a piece of a name, the next goes on with a piece of a
    name and ends on a value, and together they are no wider than the table."""
    from ..categories import category_level
    from .align import is_unit_cell
    from .lists import looks_like_value
    from .table import column_role
    from .labels import context_label
    from .stream import header_roles
    lines = text.split("\n")
    tabbed = [line for line in lines if "\t" in line.strip()]
    if len(tabbed) < 3:
        return text
    # only under a header whose last column is the value: a row there ends on its value, so
    # one that stops on a piece of text stops inside a cell
    at, header = next(((k, roles) for k, line in enumerate(lines) if "\t" in line and {"name", "value"} <= set(
        roles := header_roles([c.strip() for c in line.strip().split("\t")]))), (0, None))
    if header is None or header[-1] not in ("value", "period", "unit"):
        return text
    unit_last = header[-1] == "unit"
    widest = max(line.strip().count("\t") for line in tabbed) + 1
    lex = lexicon.headers()
    worded = tuple(w for w in (*lex.value_words, *lex.runon_text_values) if len(w) >= 2)   # 建立健全

    def valued(cell: str) -> bool:         # a target: a figure, an operator, a value in words
        cell = cell.strip()
        return bool(re.search(r"\d", cell)) or looks_like_value(cell) or cell in lex.value_words \
            or cell.endswith(worded)

    def piece(cell: str) -> bool:          # a piece of a name: no value, class or label
        cell = cell.strip()
        return bool(cell) and len(cell) <= 30 and not valued(cell) and category_level(cell) is None \
            and column_role(cell) is None and context_label(cell) is None
    out: list[str] = lines[:at + 1]
    i = at + 1                             # the rows under the header
    while i < len(lines):
        cur = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        a, b = cur.strip().split("\t"), nxt.strip().split("\t")
        filled = list(b)
        while len(filled) > 1 and not filled[-1].strip():
            filled.pop()                   # a browser keeps the empty 备注 cell as a field
        if unit_last and len(filled) >= 3 and len(filled[-1].strip()) <= 6 and not re.search(r"\d", filled[-1]):
            filled.pop()                   # ≥24⇥场: the value stands before its unit
        ends_on_unit = unit_last and is_unit_cell(a[-1])      # 清理垃圾⇥≥2400⇥吨: a whole row
        # a name cut short stands after the row's classes or its 序号, not after another name
        # (时效指标⇥档案查阅办结时限⇥当日办结: 当日办结 is the value)
        after_name = len(a) >= 2 and category_level(a[-2].strip()) is None and not a[-2].strip().isdigit()
        if ("\t" in cur.strip() or (out and "\t" in out[-1])) and not cur.endswith("\t") \
                and len(filled) >= 2 and piece(a[-1]) and not ends_on_unit and not after_name and piece(b[0]) \
                and len(a) + len(b) - 1 <= widest and valued(filled[-1]):
            out.append(cur.rstrip() + nxt.strip())
            i += 2
            continue
        out.append(cur)
        i += 1
    return "\n".join(out)


_ITEMS_START = re.compile(r"^\s*(?:绩效指标|年度绩效指标)\s*[:：]\s*1\s*、")


def _join_preview_wraps(text: str) -> str:
    """A document preview wraps run-together text at the page width, mid-word: a block of
    lines with no separators, every line but the last as wide as the widest (in display
    columns: a CJK character is two), is joined back into one line where it holds numbered
    indicators (绩效指标：1、…) or a run-together header, even one the wrap cut in two."""
    from .runon import _header_run
    lines = _chunks_joined(text.split("\n"))
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _wrap_piece(lines[j]) and (
                j == i or not re.match(r"^\s*(项目名称|主管部门|审核意见)", lines[j])):
            j += 1
        if j - i < 2:
            out.append(lines[i])
            i += 1
            continue
        block = [l.strip() for l in lines[i:j]]
        start = _wrapped_start(block, _header_run())
        if start is None:
            out += lines[i:j]
        else:
            out += lines[i:i + start]
            out.append("".join(block[start:]))
        i = j
    return "\n".join(out)


def _wrapped_start(block: list[str], header_run: re.Pattern) -> int | None:
    """Where the page-width wrap of a block begins (the lines from there on are as wide as the
    widest but the last), when the joined text holds a header run or numbered items; else None."""
    widths = [display_width(l) for l in block]
    widest = max(widths[:-1])
    start = len(block) - 1
    while start > 0 and 0.85 * widest <= widths[start - 1] <= 1.1 * widest:
        start -= 1
    from .runon import split_runon_header
    # two lines are a wrap only when the first is not a whole header line of its own
    if len(block) - start < 2 or (len(block) - start == 2 and split_runon_header(block[start]) is not None):
        return None
    # 一级指标 / 二级指标 / 三级指标 / 指标值, each a whole header label on its own line: one cell
    # a line (a mobile page), not a run of text the page width cut
    roles = lexicon.headers().column_role
    if all(roles.get(lexicon.norm_header(l)) for l in block[start:start + 3]):
        return None
    joined = "".join(block[start:])
    if header_run.search(joined) or any(_ITEMS_START.match(l) for l in block[start:]):
        return start
    return None


def _wrap_piece(line: str) -> bool:
    """A line that may be a piece of wrapped run-together text: no separators, no furniture."""
    return bool(line.strip()) and "|" not in line and not _SPACES.search(line.strip()) \
        and not is_furniture(line)


_CHUNK = re.compile(r"^\s*(\d{1,2})\s*、(?=\S)")


def _chunks_joined(lines: list[str]) -> list[str]:
    """A document site's preview cuts run-together text into numbered chunks (1、…, a blank
    line, 2、…), cutting anywhere, mid-word too: chunk N+1 is joined to chunk N, its number
    dropped, where the chunks are long lines of text with no separators."""
    out: list[str] = []
    expect = None                      # the number the next chunk would carry
    for line in lines:
        m = _CHUNK.match(line)
        long_text = len(line.strip()) >= 40 and "|" not in line and "\t" not in line \
            and not _SPACES.search(line.strip())
        if m and long_text and expect is not None and int(m.group(1)) == expect and out:
            while out and not out[-1].strip():
                out.pop()              # the blank line between two chunks
            out[-1] = out[-1].rstrip() + line[m.end():].strip()
            expect += 1
            continue
        if m and long_text and int(m.group(1)) == 1:
            out.append(line[m.end():])
            expect = 2
            continue
        if line.strip() and not long_text:
            expect = None if not out or out[-1].strip() else expect
        out.append(line)
    return out


_WIDE_GAP = re.compile(r"\S[ \u3000]{12,}\S")


def _space_aligned(text: str, chrome_bars: bool = False) -> bool:
    """Most table lines hold cells set apart by runs of spaces, and some lines start indented
    (merged cells left blank): a fixed-width layout whose columns are positions."""
    lines = [l for l in text.splitlines() if l.strip()]
    # (a bar in the page's chrome, 无障碍浏览 | 长者模式 | 繁體, makes no bar table: with
    # `chrome_bars`, a text of one or two such lines is judged on its other lines)
    piped = [l for l in lines[:200] if "|" in l or "\t" in l]
    if not lines or (piped and not chrome_bars) or len(piped) > 2 \
            or any(re.search(r"[ \u00a0]{2,}|\t", l.strip()) for l in piped):
        return False
    if chrome_bars and not piped:
        return False          # (asked for the chrome's case only: the plain case was asked)
    runs = sum(1 for l in lines if _SPACES.search(l.strip()))
    # cells set apart by one ideographic space each (a mobile page's text): the gaps carry no
    # column positions, whatever the indent of a line; the cells are read by content
    gaps_seen = [g for l in lines for g in _SPACES.findall(l.strip())]
    if gaps_seen and sum(g == "\u3000" for g in gaps_seen) >= 0.7 * len(gaps_seen):
        return False
    indented = sum(1 for l in lines if re.match(r"^[ \u3000]{4,}\S", l) and _SPACES.search(l.strip()))
    # a merged cell left blank inside a row (a 序号 column before it): a gap far wider than
    # the one between cells
    gaps = sum(1 for l in lines if _WIDE_GAP.search(l.strip()))
    # (or a block of such lines among a page's chrome of one item a line: a text browser's dump)
    streak = longest = 0
    for l in lines:
        streak = streak + 1 if _SPACES.search(l.strip()) else 0
        longest = max(longest, streak)
    if piped:
        # (with a bar in the chrome, only a text browser's dump: rows whose merged cells are
        # left blank start further in than the rows that print them)
        indents = [len(l) - len(l.lstrip(" \u3000")) for l in lines if _SPACES.search(l.strip())]
        if sum(1 for n in indents if n >= min(indents, default=0) + 4) < 2 and not _columns_line_up(lines):
            return False
    return (runs >= 0.5 * len(lines) or longest >= 8) and (indented >= 1 or gaps >= 2 or bool(piped))


def _columns_line_up(lines: list[str]) -> bool:
    """Four lines or more of three cells or more, each starting its cells at positions most
    such lines share: a text browser's dump of a table that writes every cell (class names on
    every row, no merged cell left blank), whose columns are positions all the same."""
    from .layout import _starts
    rows = [set(_starts(l, True)) for l in lines if len(_SPACES.findall(l.strip())) >= 2]
    if len(rows) < 4:
        return False
    seen = Counter(p for r in rows for p in r)
    shared = {p for p, n in seen.items() if n >= 0.5 * len(rows)}
    return len(shared) >= 3 and sum(1 for r in rows if len(r & shared) >= 3) >= 4


def _line_rows(text: str) -> list[Row]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    shape = detect_shape(lines)
    if shape == "cells":
        return _cell_lines(lines)
    rows: list[Row] = []
    for i, line in enumerate(lines, 1):
        if not line.strip() or (shape == "pipe" and _MD_RULE.match(line.strip())):
            continue
        if shape == "pipe":
            cells = _split_pipe(line) if "|" in line else [line.strip()]
        elif shape == "tab":
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        else:
            cells = [c for c in _SPACES.split(line.strip()) if c.strip()]
        rows.append(Row(cells, {"line": i}, raw=line.rstrip(), aligned=False))
    return rows
