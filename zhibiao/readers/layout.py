"""Space-aligned layout text (a PDF's text laid out, `pdftotext -layout`, a fixed-width print):
columns are where the characters stand.

A header whose labels stand over their columns (and may be stacked over two lines: 一级 over
指标) gives each column a span of display positions (a CJK character is two wide). Each body
line's words go to the column whose span they start in; a line that only continues a cell
(the second line of a wrapped name, with nothing in the value columns) joins the row above.
Lines of page furniture and context lines are left to stream.py's rules.

>>> text = "一级指标  三级指标      指标值\\n产出指标  培训人次      ≥500人次\\n          培训合格率    95%"
>>> [r.cells for r in layout_rows(text)][1:]
[['产出指标', '培训人次', '≥500人次'], ['', '培训合格率', '95%']]
"""
from __future__ import annotations

import functools
import re
import unicodedata

from .. import lexicon
from .centred import names_on_anchors
from .grid import Row
from .labels import signoff_lines

__all__ = ["char_width", "display_width", "glue", "layout_rows", "side_menu_blanked"]

_WORD = re.compile(r"\S+")
_WEIGHT = re.compile(r"^[(（]?\s*\d+(?:\.\d+)?\s*分\s*[)）]?$")      # （50分）: a merged label's weight
_RUN = re.compile(r"[ \u3000]{2,}")


def char_width(ch: str) -> int:
    """Display columns of a character in fixed-width print: a CJK character is two."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of non-space text, positions in display columns."""
    out = []
    col = 0
    text = line.replace("\t", "    ")
    cols = []
    for ch in text:
        cols.append(col)
        col += char_width(ch) if ch != "\u3000" else 2
    cols.append(col)
    for m in _WORD.finditer(text):
        out.append((cols[m.start()], cols[m.end()], m.group()))
    return out


_CELL_RUN = re.compile(r"\S+(?: \S+)*")        # a cell: words one space apart


def _starts(line: str, wide: bool) -> list[int]:
    """Where the cells of a line start, counting a CJK character two columns or one."""
    text, col, at = line.replace("\t", "    "), 0, []
    for ch in text:
        at.append(col)
        col += (char_width(ch) if ch != "\u3000" else 2) if wide else 1
    return [at[m.start()] for m in _CELL_RUN.finditer(text)]


def _spread(lines: list[str]) -> tuple[int, int, int]:
    """(cells after CJK text, where the two counts differ; the places they start at counting
    a character one wide; counting a CJK character two wide): columns that line up start
    at few places."""
    narrow: set[int] = set()
    wide: set[int] = set()
    n = 0
    for line in lines:
        for a, b in zip(_starts(line, False), _starts(line, True)):
            if a != b:
                n += 1
                narrow.add(a)
                wide.add(b)
    return n, len(narrow), len(wide)


def one_wide_as_two(text: str) -> str:
    """Layout text whose maker counted every character one column wide (pdftotext -layout
    and other PDF-to-text tools put a character per cell of their grid, CJK too) set again
    with each cell at twice its column, so that display columns (a CJK character two wide)
    line its columns up as the page did; any other text as it is. Chosen by which count
    lines up more cells across lines."""
    if not any("\u2e80" <= ch <= "\u9fff" for ch in text[:20000]):
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    sample = [l for l in lines if _RUN.search(l.strip())][:400]
    cells, narrow, wide = _spread(sample)
    if cells < 8 or wide < 1.5 * narrow + 2:
        return text
    out = []
    for line in lines:
        plain = line.replace("\t", "    ")
        new = ""
        # word by word: a word one space after the cell before may stand at a column of its
        # own (服务对象满意度指标 项目区农户满意度: the label wider than its column)
        for m in _WORD.finditer(plain):
            new += " " * max(2 * m.start() - display_width(new), 1 if new else 0) + m.group()
        out.append(new)
    return "\n".join(out)


_SIDE_GAP = 8        # spaces between a side menu's item and the table's edge, at least


def side_menu_blanked(text: str) -> str:
    """The text with a side menu beside its table blanked (see _side_menu_blanked)."""
    lines = text.split("\n")
    out = _side_menu_blanked(lines)
    return text if out is lines else "\n".join(out)


def _side_menu_blanked(lines: list[str]) -> list[str]:
    """A page's side menu set out beside the table on the same lines (inscriptis's text of an old
    layout page: 信息公开 … 一级指标 二级指标…, 联系我们 … 产出指标 数量指标…): where a header line's
    labels start far right of a short item at the margin, every such item from the page's top to
    the table's end (short, at the margin, ending well before the table's edge; no class, label or
    header word) is blanked, so that the table's columns are the table's own."""
    from ..categories import category_level
    from .labels import context_label
    from .table import column_role
    edge = None
    for k, line in enumerate(lines):
        cells = _cells(line)
        if len(cells) >= 4 and cells[0][0] == 0 and len(cells[0][2]) <= 8 and cells[1][0] >= 16 \
                and column_role(cells[0][2]) is None and sum(1 for c in cells[1:] if column_role(c[2])) >= 3 \
                and line[len(cells[0][2]):].startswith(" " * _SIDE_GAP):
            edge = cells[1][0]
            break
    if edge is None:
        return lines
    out = []
    for line in lines:
        cells = _cells(line)
        first = cells[0] if cells else None
        if first and first[0] == 0 and first[1] <= edge - _SIDE_GAP and len(cells) >= 1 \
                and len(first[2]) <= 8 and column_role(first[2]) is None \
                and category_level(first[2]) is None and context_label(first[2]) is None:
            n = len(first[2])
            line = " " * display_width(first[2]) + line[n:]
        out.append(line)
    return out


def _header_at(lines: list[str], i: int):
    from .stream import header_roles
    from .table import column_role
    first = _cells(lines[i])
    if len(first) >= 3 and not _RUN.search(lines[i].strip()):
        return _narrow_header(lines, i, first)
    # two labels may start a stacked header (一级 二级 over 指标 指标 三级指标 指标值); a header
    # of one line needs three
    if len(first) < 2 or not _RUN.search(lines[i].strip()):
        return None
    second = _cells(lines[i + 1]) if i + 1 < len(lines) else []
    cols = [[s, e, t] for s, e, t in first]
    used_second = False
    def above(s: int, e: int) -> str:
        return next((t for fs, fe, t in first if s < fe + 2 and e > fs - 2), "")

    # a piece of the second line is a label, short, or the rest of the label above it
    # (偏差原因分析 / 及改进措施)
    if second and not any(re.search(r"[:：]", t) for _, _, t in first) \
            and not any(re.search(r"\d", t) for _, _, t in second) and all(
            column_role(t) is not None or len(t) <= 3 or column_role(above(s, e) + t) is not None
            for s, e, t in second):
        under: dict[int, list[list]] = {}
        extra = []
        for s, e, t in second:          # stacked labels: the pieces under each label
            k = next((k for k, c in enumerate(cols) if s < c[1] + 2 and e > c[0] - 2), None)
            (under.setdefault(k, []) if k is not None else extra).append([s, e, t])
        out = []
        for k, (s, e, t) in enumerate(cols):
            pieces = under.get(k, [])
            if len(pieces) >= 2:        # 指标值 over 实施期目标 | 年度目标: sub-columns
                out += pieces
            elif pieces:
                ps, pe, pt = pieces[0]
                joined = t + pt
                label = joined if column_role(joined) or not column_role(pt) else pt
                out.append([min(s, ps), max(e, pe), label])
            else:
                out.append([s, e, t])
        cols = sorted(out + extra)
        used_second = True
    if len(cols) < 3:
        return None
    labels = [c[2] for c in cols]
    roles = header_roles(labels)
    known = {r for r in roles if r}
    if not ({"name"} & known) or len(known) < 2 or sum(1 for r in roles if r) < len(roles) - 1:
        if used_second and len(first) >= 3:   # try the first line alone
            labels = [t for _, _, t in first]
            roles = header_roles(labels)
            known = {r for r in roles if r}
            if not ({"name"} & known) or len(known) < 2 or sum(1 for r in roles if r) < len(roles) - 1:
                return None
            return [[s, e, t] for s, e, t in first], roles, i + 1
        return None
    return cols, roles, i + (2 if used_second else 1)


def _value_goes_on(before: str, piece: str) -> bool:
    """A value cell's line that ends the value above: a short tail with no figure (2024年12月 /
    前), the rest of a value in words, or the figure a clause waits for (每学期开学后 / 30日内)."""
    if not re.search(r"\d", piece):
        return len(piece) <= 4 or not re.search(r"\d", before)
    # 每学期开学后 / 30日内, 较上年提高 / 2个百分点
    return not re.search(r"\d", before) and before.endswith(lexicon.headers().clause_openers)


def _widest_names(cols, roles, lines: list[str], learned: dict[int, int]) -> int:
    """The display width of the widest line of the name column: where its cells wrap."""
    if "name" not in roles:
        return 0
    k = roles.index("name")
    widths = []
    for line in lines:
        placed = [(s, e, _column(cols, s, e, learned)) for s, e, _ in _cells(line)]
        if any(roles[c] in _VALUE_ROLES for _, _, c in placed):     # a table row, not a title
            widths += [e - s for s, e, c in placed if c == k]
    return max(widths, default=0)


def _wrapped_name(prev: Row, cells: list[str], roles, widest: int) -> bool:
    """Whether a line of name text goes on the row above: not where that row's name stops short
    of the width at which the column wraps while this line reaches it (资金发放时间 / 学生资助信息
    系统数据 over 更新及时性 …: the line starts the next row's name)."""
    if "name" not in roles or not widest:
        return True
    k = roles.index("name")
    if not cells[k] or not prev.cells[k]:
        return True
    last = prev.raw.split("\n")[-1]
    width = max((e - s for s, e, t in _cells(last) if prev.cells[k].endswith(t)), default=widest)
    # a remainder is short; a line as wide as the column is a name's first line, which wrapped
    return width >= 0.75 * widest or display_width(cells[k]) < 0.75 * widest


def _body_line(line: str, cols) -> bool:
    """A line of a headerless fragment's table: two cells or more, standing where columns do."""
    from .labels import context_label, is_furniture
    cells = _cells(line)
    if len(cells) < 2 or is_furniture(line.strip()) or context_label(cells[0][2]) is not None:
        return False
    starts = [c[0] for c in cols]
    return sum(1 for s, _, _ in cells if any(abs(s - x) <= 2 for x in starts)) >= 2


def _inferred_header(lines: list[str]):
    """Columns of a headerless space-aligned fragment, or None: the positions where cells start
    on many lines, each given the role its cells show (row numbers, class names, values, and
    the longest text as the names). Needs a name column and a value column."""
    from ..categories import category_level
    from .labels import is_furniture
    from .lists import looks_like_value
    filled = [_cells(line) for line in lines if line.strip() and not is_furniture(line.strip())]
    body = [cells for cells in filled if len(cells) >= 2]
    if len(body) < 3 or len(body) < 0.6 * len(filled):
        return None               # mostly one cell a line: an indented tree or a list, no grid
    starts: dict[int, list[str]] = {}
    for cells in body:
        for s, _, t in cells:
            at = next((x for x in starts if abs(x - s) <= 2), s)
            starts.setdefault(at, []).append(t)
    # a column is where cells start on a quarter of the lines; class labels, merged down
    # their groups, stand on few lines: two of them make a column
    cols = sorted((x, texts) for x, texts in starts.items() if len(texts) >= max(2, 0.25 * len(body))
                  or (len(texts) >= 2 and all(category_level(t) is not None for t in texts)))
    roles: list[str | None] = []
    for _, texts in cols:
        if sum(1 for t in texts if re.fullmatch(r"\d{1,3}", t)) >= 0.8 * len(texts):
            roles.append("index")       # row numbers (a sign-off line may start there too)
        elif sum(1 for t in texts if category_level(t) is not None) >= 0.4 * len(texts):
            levels = {category_level(t) for t in texts} - {None}
            roles.append("level1" if 1 in levels and "level1" not in roles else "level2")
        elif sum(1 for t in texts if looks_like_value(t)) >= 0.6 * len(texts):
            roles.append("value" if "value" not in roles else None)
        else:
            roles.append(None)
    free = [k for k, r in enumerate(roles) if r is None]
    if not free or "value" not in roles or not {"index", "level1", "level2"} & set(roles):
        return None       # a grid shows row numbers or class cells beside its names (a tree does not)
    name = max(free, key=lambda k: sum(len(t) for t in cols[k][1]))
    roles[name] = "name"
    if roles.index("name") > roles.index("value"):
        return None
    from .labels import label_of
    spans = [[x, x + max(display_width(t) for t in texts), label_of(r, "columns") if r else ""]
             for (x, texts), r in zip(cols, roles)]
    return spans, roles


def display_width(text: str) -> int:
    """Columns a text takes in fixed-width print: a CJK character is two."""
    return sum(char_width(ch) for ch in text)


def _narrow_header(lines: list[str], i: int, first):
    """A header whose labels stand one space apart over a body laid out in wide columns (w3m's
    dump of a table whose header row is short: 一级指标 二级指标 三级指标 指标值 over rows set
    out at 0, 11, 30, 59): each label takes the body's columns in turn, found where the body's
    cells start (every label a header word, as many labels as the body has columns)."""
    from .stream import header_roles
    labels = [t for _, _, t in first]
    roles = header_roles(labels)
    if any(r is None for r in roles) or "name" not in roles:
        return None
    body = []
    for line in lines[i + 1:i + 40]:
        if not line.strip() or _header_like(line):
            break
        body.append(line)
    if len(body) < 3 or not all(_RUN.search(line.strip()) or len(_cells(line)) == 1 for line in body):
        return None
    starts = _aligned_starts([[k, k, t] for k, t in enumerate(labels)], body, ordered=False)
    if not starts:
        return None
    begin = {k: min(s for s, c in starts.items() if c == k) for k in range(len(labels))}
    cols = [[begin[k], (begin[k + 1] - 1 if k + 1 < len(labels) else begin[k] + 200), labels[k]]
            for k in range(len(labels))]
    return cols, roles, i + 1


def _header_like(line: str) -> bool:
    from .table import column_role
    words = line.split()
    return len(words) >= 3 and all(column_role(w) is not None for w in words)


def _learned_starts(cols, lines: list[str]) -> dict[int, int]:
    """Where each column's cells start, learned from the words under a header that overlap
    exactly one label (a name column's cells all start left of its centred label): a start
    seen twice and only for one column (the lines after the header are given)."""
    seen: dict[int, set[int]] = {}
    counts: dict[int, int] = {}
    for line in lines:
        for s, e, _ in _cells(line):
            over = [k for k, (cs, ce, _) in enumerate(cols) if min(ce, e) > max(cs, s)]
            if len(over) == 1:
                seen.setdefault(s, set()).add(over[0])
                counts[s] = counts.get(s, 0) + 1
    return {s: next(iter(ks)) for s, ks in seen.items() if len(ks) == 1 and counts[s] >= 2}


def _aligned_starts(cols, lines: list[str], ordered: bool = True) -> dict[int, int]:
    """Where each column's cells start when the body sets every column flush left at its own
    place and the header's labels stand centred further right (pdftotext -layout: 三级指标
    over names that start under 二级指标): the body's starts grouped where they lie within
    two places of each other (a group seen on two lines or more), one group a label in
    order, each label at or right of its group's start and left of the next group's. Empty
    when they do not line up so (with ordered=False the labels' places are not checked: a
    header narrower than its body)."""
    counts: dict[int, int] = {}
    for line in lines:
        for s, _, _ in _cells(line):
            counts[s] = counts.get(s, 0) + 1
    groups: list[list[int]] = []
    for s in sorted(counts):
        if groups and s - groups[-1][-1] <= 2:
            groups[-1].append(s)
        else:
            groups.append([s])
    groups = [g for g in groups if sum(counts[s] for s in g) >= 2]
    if len(groups) != len(cols) or len(cols) < 3:
        return {}
    for k, (label, _, _) in enumerate(cols if ordered else ()):
        if not groups[k][0] <= label + 2 or (k + 1 < len(cols) and label >= groups[k + 1][0]):
            return {}
    return {s: k for k, group in enumerate(groups) for s in group}


def _column(cols, start: int, end: int, learned: dict[int, int] | None = None) -> int:
    """The column a word belongs to: cells are set flush left under their labels, so the
    last column that starts at or before the word (a little slack for centred labels)."""
    near = [k for k, (s, e, _) in enumerate(cols) if abs(s - start) <= 2]
    if near:
        return near[0]                   # set flush under its label
    if learned and start in learned:
        return learned[start]            # where the column's other cells start
    overlapping = [k for k, (s, e, _) in enumerate(cols) if min(e, end) > max(s, start)]
    if len(overlapping) == 1:
        return overlapping[0]            # under a label centred over a wider column
    starts = [k for k, (s, e, _) in enumerate(cols) if s <= start + 2]
    if starts:
        k = max(starts, key=lambda k: cols[k][0])
        # a label centred over a wide column starts right of its cells: the column before
        # it only if the word reaches under this label's span
        return k
    return 0


def _title(line: str) -> bool:
    """One cell on its line naming a table (…绩效目标表（续）): the title printed again at the top
    of the next page, no row."""
    cells = _cells(line)
    words = [w for w in lexicon.headers().table_title_words if len(w) >= 3]
    return len(cells) == 1 and any(w in cells[0][2] for w in words) \
        and not re.search(r"[≥≤<>%％]", cells[0][2])


def _block_label(word: str) -> bool:
    """绩效指标, or a piece of it set a character or two a line (绩 / 效 / 指 / 标)."""
    from .. import lexicon
    labels = lexicon.headers().block_labels
    key = lexicon.norm_header(word)
    return key in labels or (0 < len(key) <= 2 and any(key in label for label in labels))


def layout_rows(text: str) -> list[Row] | None:
    """Rows of space-aligned layout text, or None when the text is not laid out in columns."""
    from .labels import context_label, indicator_prefixed, is_furniture
    lines = one_wide_as_two(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[Row] = []
    cols = roles = None
    learned: dict[int, int] = {}
    widest = 0                           # the name column's widest line, display columns
    continued = False                    # the header repeated: the table goes on
    tall: dict[tuple[int, int], int] = {}  # (row, column): lines a wrapped label takes
    placed = total = 0
    aligned: dict[int, int] = {}         # where the body sets each column (see _aligned_starts)
    table: list[Row] = []                # the indicator rows under the current header
    titles: set[str] = set()
    given: dict[int, list[str]] = {}     # cells of the lines a centred table's reading decided
    # a fragment with no header line (page 2 of a preview): columns found from where its
    # cells stand and what they hold
    heads = {k: h for k in range(len(lines)) if (h := _header_at(lines, k)) is not None}
    signoff = signoff_lines(lines)
    inferred = None if heads else _inferred_header(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if i in signoff:          # 某某局 over 2025年2月14日 under the table: the page's, no row
            _names_carried_down(table, roles)
            _centred_labels(table, roles, continued, tall)
            table, cols, roles = [], None, None
            rows.append(Row([stripped], {"line": i + 1, "after_table": True}, raw=line.rstrip(), aligned=False))
            i += 1
            continue
        if cols is None and inferred is not None and _body_line(line, inferred[0]):
            cols, roles = inferred
            learned = {}
            continued = True        # a fragment goes on from a page before: its first groups too
            rows.append(Row([c[2] for c in cols], {"line": i + 1}, raw=""))
        head = heads.get(i)
        if head is not None:
            _names_carried_down(table, roles)
            _centred_labels(table, roles, continued, tall)
            continued = cols is not None and [c[2] for c in head[0]] == [c[2] for c in cols]
            table = []
            cols, roles, nxt = head
            end = min([k for k in (*heads, *signoff) if k >= nxt] + [len(lines)])
            aligned = _aligned_starts(cols, lines[nxt:end])
            learned = aligned or _learned_starts(cols, lines[nxt:nxt + 200])
            given = {nxt + k: c for k, c in names_on_anchors(
                lines[nxt:end], cols, roles, lambda s, e: _column(cols, s, e, learned), _cells,
                _value_goes_on).items()}
            for k, c in given.items():
                if not any(c):
                    lines[k] = ""              # every word of the line went to a row's line
            widest = _widest_names(cols, roles, lines[nxt:nxt + 200], learned)
            rows.append(Row([c[2] for c in cols], {"line": i + 1}, raw="\n".join(lines[i:nxt])))
            i = nxt
            continue
        if is_furniture(stripped) or (cols is not None and (stripped in titles or _title(line))):
            i += 1
            continue
        first_word = _cells(line)[0][2]
        if cols is None or (context_label(first_word) is not None and not indicator_prefixed(first_word)):
            if cols is None and len(stripped) >= 6:
                titles.add(stripped)
            cells = [c for c in _RUN.split(stripped) if c]
            rows.append(Row(cells, {"line": i + 1}, raw=line.rstrip(), aligned=False))
            if context_label(first_word) in ("project", "signoff"):
                cols = roles = None
            i += 1
            continue
        cells = [""] * len(cols)
        for s, e, t in _cells(line) if i not in given else ():
            if e <= cols[0][0] and _block_label(t):
                continue          # 绩效指标 merged down the left of a 自评表, outside every column
            k = _column(cols, s, e, learned)
            # pieces of one line keep the space between them (≥ 4.5万亩 as the page writes it)
            cells[k] = f"{cells[k]} {t}" if cells[k] else t
            # flush under its label, under a label centred over it, or the rest of a cell
            placed += abs(cols[k][0] - s) <= 4 or min(cols[k][1], e) > max(cols[k][0], s) \
                or bool(cells[k] != t) or s in aligned
            total += 1
        if i in given:
            cells = list(given[i])
        _index_apart(cells, roles)
        _value_out_of_name(cells, roles)
        # the row a wrapped label goes on from: the last one with cells (a label wrapped over
        # three lines leaves an emptied line between)
        back = next((r for r in reversed(rows) if any(r.cells) or not r.aligned), None)
        prev_row = back if back is not None and back.aligned and len(back.cells) == len(cols) else None
        if _beside_the_table(cells, roles, prev_row, lines[i - 1] if i else ""):
            # the table has ended: what follows is the page's, until a header starts the next
            _names_carried_down(table, roles)
            _centred_labels(table, roles, continued, tall)
            table, cols, roles = [], None, None
            rows.append(Row([stripped], {"line": i + 1, "after_table": True}, raw=line.rstrip(), aligned=False))
            i += 1
            continue
        for k, c in enumerate(cells):
            # the rest of a merged category label wrapped onto this line: （50分）, 度指标
            if c and roles[k] in ("level1", "level2", "category") and prev_row is not None and (
                    _WEIGHT.match(c) or (prev_row.cells[k] and not (_is_class(c) and _is_class(prev_row.cells[k]))
                                         and _is_class(prev_row.cells[k] + c))):
                prev_row.cells[k] = glue(prev_row.cells[k], c)
                cells[k] = ""
                tall[(id(prev_row), k)] = tall.get((id(prev_row), k), 1) + 1
                if not any(cells) and not prev_row.raw.endswith(line.rstrip()):
                    prev_row.raw += "\n" + line.rstrip()    # the row is a line taller
        values = {"value", "period", "op", "unit", "actual", "weight", "score"}
        only_text = all(not c or roles[k] not in values for k, c in enumerate(cells))
        prev = rows[-1] if rows and rows[-1].aligned and len(rows[-1].cells) == len(cols) else None
        # the ends of a row's value cells wrapped onto a line of their own, with the end of its
        # name beside them (…诊疗量 / 占比, 较上年提高 / 2个百分点)
        # (a class label centred in its group may stand on such a line: it stays a line of its own)
        labels = [c if c and roles[k] in ("level1", "level2", "category") and _is_class(c) else ""
                  for k, c in enumerate(cells)]
        rest = [c if not labels[k] else "" for k, c in enumerate(cells)]
        tails = prev is not None and any(
            c and roles[k] in _TAIL_ROLES for k, c in enumerate(rest)) and all(
            not c or (roles[k] in _TAIL_ROLES and prev.cells[k]
                      and not _is_class(c) and _value_goes_on(prev.cells[k], c))
            or (roles[k] == "name" and prev.cells[k] and len(c) <= 4 and not re.search(r"\d", c))
            for k, c in enumerate(rest))
        if tails:
            # the end of a value wrapped onto a line of its own (2024年12月 / 前, 万平方 / 米)
            prev.cells = [glue(p, c) for p, c in zip(prev.cells, rest)]
            prev.raw += "\n" + line.rstrip()
            if any(labels):
                rows.append(Row(labels, {"line": i + 1}, raw=line.rstrip()))
                table.append(rows[-1])
        elif prev is not None and only_text and any(cells) and _wrapped_name(prev, cells, roles, widest) and all(
                not c or roles[k] in ("name", "level1", "level2", "category") for k, c in enumerate(cells)) \
                and not any(c and roles[k] in ("level1", "level2") and _is_class(c) for k, c in enumerate(cells)):
            # the second line of a wrapped cell: joined without a space (Chinese text)
            prev.cells = [p + c for p, c in zip(prev.cells, cells)]
            prev.raw += "\n" + line.rstrip()
        else:
            rows.append(Row(cells, {"line": i + 1}, raw=line.rstrip()))
            table.append(rows[-1])
        i += 1
    if cols is None and not any(len(r.cells) > 1 for r in rows if r.aligned):
        return None
    _names_carried_down(table, roles)
    _centred_labels(table, roles, continued, tall)
    if total and placed < 0.6 * total:
        return None                      # words do not stand under the header: not a layout
    return rows if any(r.aligned for r in rows[1:]) else None


_VALUE_ROLES = ("value", "period", "op", "unit", "actual", "weight", "score")
_TAIL_ROLES = ("value", "period", "actual", "remark", "unit")     # cells whose end may wrap


def _names_carried_down(table: list[Row], roles: list[str | None] | None) -> None:
    """A name whose first line stands a line above its values (a wrapped cell centred in a
    tall row: 餐厨垃圾收运覆盖的 / 机关企事业单位 ≥95%) joins the name on the row with the
    values; the line keeps only its category labels."""
    if not table or not roles or "name" not in roles:
        return
    name = roles.index("name")
    has_value = [any(c for k, c in enumerate(r.cells) if roles[k] in _VALUE_ROLES) for r in table]
    for n in range(len(table) - 1):
        here, below = table[n], table[n + 1]
        if here.cells[name] and not has_value[n] and below.cells[name] and has_value[n + 1] \
                and (n == 0 or has_value[n - 1]):
            below.cells[name] = here.cells[name] + below.cells[name]
            below.raw = here.raw + "\n" + below.raw
            below.location = dict(here.location)        # the row starts on the name's line
            here.cells[name] = ""


def _span(row: Row) -> tuple[float, float]:
    """The lines a row stands on (a wrapped name joined into it adds its lines)."""
    top = float(row.location["line"])
    return top, top + row.raw.count("\n") + 1.0


def _centred_labels(table: list[Row], roles: list[str | None] | None,
                    continued: bool = False, tall: dict[tuple[int, int], int] | None = None) -> None:
    """Merged category cells printed in the middle of their group (a PDF without ruling
    lines): where the first indicator row under a header has no label in a category column,
    or a label has a line of its own, the labels are fitted to the rows as the centres of their groups, by line numbers
    (zhibiao/readers/groups.py), and every indicator row takes its group's label. A line that
    held only labels is emptied once its labels are given out."""
    if not table or not roles or "name" not in roles:
        return
    from .groups import alignment, assign_groups
    name = roles.index("name")
    values = [k for k, r in enumerate(roles) if r in _VALUE_ROLES]
    indicators = [r for r in table if r.cells[name] or any(r.cells[k] for k in values)]
    if not indicators:
        return
    spans = [_span(r) for r in indicators]
    # a column is centred where its first indicator row has no label, or where a label stands
    # on a line of its own (only the middle of a group puts it there)
    centred = {k: [r for r in table if r.cells[k]] for k, role in enumerate(roles)
               if role in ("level1", "level2", "category") and (
                   not indicators[0].cells[k] or any(r.cells[k] and r not in indicators for r in table))}
    tall = tall or {}
    def lines_of(r: Row, k: int, down: float = 0.0) -> tuple[float, float]:
        top = _span(r)[0] + (down if r in indicators else 0.0)
        return top, top + tall.get((id(r), k), 1)     # a label's lines (wrapped: two)

    marks_of = {k: [lines_of(r, k) for r in marks] for k, marks in centred.items() if marks}
    prefer = alignment(spans, list(marks_of.values()), open_above=continued, open_below=False)
    if prefer == "middle" or (prefer is None and not continued and not any(
            indicators[0].cells[k] for k, role in enumerate(roles) if role in ("level1", "level2", "category"))):
        # where the labels stand in their groups' middles (the first row has none in any
        # class column: no label was set on its group's first row): a label centred over an even number of lines
        # stands on the upper of the middle two (w3m, links), so one on a row's line is fitted
        # a quarter line down and its group is the one whose middle is at or just below it (a
        # label on a line of its own, between two rows, stands at its group's middle as it is)
        marks_of = {k: [lines_of(r, k, 0.25) for r in marks] for k, marks in centred.items() if marks}
    fitted = {}
    for k, marks in centred.items():
        if not marks:
            continue
        group, *_ = assign_groups(spans, marks_of[k], open_above=continued, open_below=False,
                                  prefer=prefer)
        fitted[k] = (group, [r.cells[k] for r in marks])
        for r in marks:
            if r not in indicators:
                r.cells[k] = ""
    if "level1" in roles and "level2" in roles:
        _levels_agree(fitted.get(roles.index("level1")), fitted.get(roles.index("level2")))
    for k, (group, labels) in fitted.items():
        # the label on its group's first row only, as a merged cell reads: the rows after it
        # carry it, and a level-1 label does not cut the level-2 groups under it
        for n, (r, g) in enumerate(zip(indicators, group)):
            r.cells[k] = labels[g] if g is not None and (n == 0 or group[n - 1] != g) else ""


def _levels_agree(level1, level2) -> None:
    """Text has whole lines only: a label centred over 3 or 4 rows stands on the same line, so
    where two level-1 groups meet the row between may fit either. The level-2 class of that row
    decides (成本指标 is a class of 产出指标): the row moves to the group its class belongs to."""
    if level1 is None or level2 is None:
        return
    from ..categories import declared_codes
    (g1, labels1), (g2, labels2) = level1, level2
    code1 = [declared_codes(t, None)[0] for t in labels1]
    parent_of = lexicon.taxonomy().level2_parent
    parent = [parent_of.get(declared_codes(None, t)[1] or "") for t in labels2]

    def belongs(n: int, g: int | None) -> bool:
        return g is not None and g2[n] is not None and parent[g2[n]] == code1[g]

    for n in range(1, len(g1)):
        a, b = g1[n - 1], g1[n]
        if a == b or a is None or b is None:
            continue
        if belongs(n, a) and not belongs(n, b) and (n + 1 == len(g1) or g1[n + 1] == b):
            g1[n] = a          # the first row of the next group is of this one's class
        elif belongs(n - 1, b) and not belongs(n - 1, a) and (n < 2 or g1[n - 2] == a):
            g1[n - 1] = b      # the last row of this group is of the next one's class


_NAME_THEN_NUMBER = re.compile(r"^(?P<name>\S.*?\S)\s+(?P<value>[≥≤<>＜＞=]?\s*\d[\d.,]*\s*[%％]?)$")


def _index_apart(cells: list[str], roles: list[str | None]) -> None:
    """A 序号 cell holding the next column's text too (3 满意度指标: the label written close to
    the number): the number stays, the text goes to the column after it, when that is empty."""
    if "index" not in roles:
        return
    k = roles.index("index")
    m = re.match(r"^(\S{1,3})\s+(\S.*)$", cells[k])
    if m and k + 1 < len(cells) and not cells[k + 1] and re.fullmatch(r"[\dOoIl丨]+", m.group(1)):
        cells[k], cells[k + 1] = m.group(1), m.group(2)


@functools.lru_cache(maxsize=1)
def _name_before_value() -> re.Pattern:
    """A name, a space, then a value (its comparison from features/headers.yaml, or a digit)."""
    from .runon import value_start
    return re.compile(r"^(?P<name>[^\d≥≤<>＜＞=≧≦\s][^\d≥≤<>＜＞=≧≦]*?[\u4e00-\u9fff）)])\s+"
                      rf"(?P<value>{value_start()}.*)$")


def _value_out_of_name(cells: list[str], roles: list[str | None]) -> None:
    """A figure one space after the name, under no value label (路面病害处治合格率 100, the
    value cell written too close to its name): the row's value, when its value cell is empty."""
    if "name" not in roles or "value" not in roles:
        return
    name, value = roles.index("name"), roles.index("value")
    m = _NAME_THEN_NUMBER.match(cells[name]) if not cells[value] else None
    if m:
        cells[name], cells[value] = m.group("name"), m.group("value")
    # the other way: long class labels pushed the name under the value's label
    m = _name_before_value().match(cells[value]) if not cells[name] else None
    if m:
        cells[name], cells[value] = m.group("name"), m.group("value")


def _beside_the_table(cells: list[str], roles, prev_row: Row | None, before: str) -> bool:
    """A line after a blank one with text in class columns only, none of it a class or the rest
    of the label above (▲ 表2 …, ● 监督电话：…): the page's text after the table, no row."""
    if before.strip() or not any(cells):
        return False
    for k, c in enumerate(cells):
        if not c:
            continue
        if roles[k] not in ("level1", "level2", "category") or _is_class(c) or _WEIGHT.match(c) or (
                prev_row is not None and prev_row.cells[k] and _is_class(prev_row.cells[k] + c)):
            return False
    return True


def glue(left: str, right: str) -> str:
    """Two pieces of one cell: no space between Chinese text, one between Latin words."""
    if not left:
        return right
    if re.search(r"[A-Za-z0-9%]$", left) and re.match(r"[A-Za-z0-9]", right):
        return left + " " + right
    return left + right


def _is_class(text: str) -> bool:
    from ..categories import category_level
    return category_level(text) is not None
