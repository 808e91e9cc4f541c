"""Run-together lines in a stream of page-text tokens: where a text holds a run-together header
(一级指标二级指标三级指标指标值), its header is split into its words and each run-together line
after it into its cells: read from both ends under the header where the lines are a row each
(readers/rowfit.py), else cut at class names and values (readers/runon.py). A long text holding
a whole preview (header and rows on one line) is cut the same way.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from .rowfit import _STRONG, Layout, fit_row, layout_of, one_row_a_line, rows_run_on
from .runon import (_ITEM_NUMBER, _ITEM_START, _class_names, _explanation_apart, _last_role,
                    _peel_unit, _role, _split_row, _tail_words, header_then_classes, header_then_rows,
                    leading_classes, split_runon_header, split_text, value_at_start)
from .tokens import Token

__all__ = ["split_runon"]


def split_runon(tokens: list[Token]) -> list[Token]:
    """Tokens with run-together headers split, and, in a text that has one, every
    run-together line split into its cells."""
    runon = False
    explained = False             # the header has a 指标解释 column: names end where it starts
    tail: list[str] = []          # what the header's last column holds (units, 正向…)
    layout: Layout | None = None  # the header's columns, where its lines are a row each
    indexed = False               # the header starts with 序号: a line's leading number is its cell
    ends = False                  # the line before was a row that ended with its value
    heads_only = False            # the line before held class names and nothing else
    out: list[Token] = []
    for i, t in enumerate(tokens):
        alone = t.gap not in ("sep", "wsep")
        words = split_runon_header(t.text) if alone and len(t.text) >= 8 else None
        opened: list[str] = []            # the first row's classes run on after the header
        if alone and words is None and len(t.text) >= 8 and (both := header_then_classes(t.text)):
            words, opened = both
        # a long line that is a header (with the first row's classes perhaps) is no preview's
        # whole text; a preview's text, or a header with its first row, is cut as one
        parts = split_text(t.text) if not (len(t.text) >= 40 and words) and (
            len(t.text) >= 40 or (alone and header_then_rows(t.text))) else None
        if parts:
            runon = True
            explained = explained or any(_role(c) == "explanation" for c, _ in parts)
            if explained:
                parts = [(piece, new_line and n == 0) for c, new_line in parts
                         for n, piece in enumerate(_explanation_apart(c))]
            out += [Token(c, t.gap if k == 0 else ("eol" if new_line else "sep"), t.line)
                    for k, (c, new_line) in enumerate(parts)]
            continue
        if words and len(words) > 3 and lexicon.norm_header(words[0]) in lexicon.headers().block_labels:
            words = words[1:]     # 绩效指标 over 一级指标二级指标…: the block's label, no column
        if words:
            runon = True
            indexed = _role(words[0]) == "index"
            explained = any(_role(w) == "explanation" for w in words)
            tail = _tail_words(_last_role(words))
            layout = _row_layout(words, tokens[i + 1:])
            out += [Token(w, t.gap if k == 0 else "sep", t.line) for k, w in enumerate(words)]
            out += [Token(c, "eol" if k == 0 else "sep", t.line) for k, c in enumerate(opened)]
            heads_only = bool(opened)
            continue
        if runon and alone and len(t.text) >= 4:
            fitted = fit_row(t.text, layout) if layout and not rows_run_on(t.text) else None
            ended, ends = ends, bool(fitted)
            if layout and not fitted and not rows_run_on(t.text):
                fitted = _classes_and_name(t.text, layout)     # a row whose value is blank
            if fitted:
                # after a row that ended with its value, or at a numbered item, a line starts
                # a row; after a line without one it may be the rest of a wrapped name; after a
                # line of class names alone (质量指标 on its own line), the row those classes open
                starts = ended or _ITEM_START.match(t.text) or _class_names().match(t.text)
                gap = "eol" if t.gap == "nl" and starts else t.gap
                if heads_only and t.gap == "nl" and not _class_names().match(t.text):
                    gap = "sep"
                heads_only = len(fitted) <= layout.classes and all(_class_names().fullmatch(c) for c in fitted)
                out += [Token(c, gap if k == 0 else "sep", t.line, blank=not c)
                        for k, c in enumerate(fitted)]
                continue
            heads_only = False
            number, text = _row_number(t.text) if indexed else ("", t.text)
            cells = (_peel_unit(text, tail) if tail else None) or _split_row(text)
            if not rows_run_on(text):
                cells = _figures_in_name(cells)
            if number and cells and cells[0] != number:
                cells = [number] + cells
            if explained:
                cells = [piece for c in cells for piece in _explanation_apart(c)]
            # a line holding several rows: a cell after a value starts the next row
            starts = _row_starts(cells) if rows_run_on(t.text) else set()
            out += [Token(c, t.gap if k == 0 else ("eol" if k in starts else "sep"), t.line)
                    for k, c in enumerate(cells)]
            continue
        out.append(t)
    return out


_NUMBER_FIRST = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff“（(])")


def _row_number(text: str) -> tuple[str, str]:
    """A run-together row's 序号 and the rest (2建设防火隔离带≥36公里: 2); no number where the
    figure is the start of a quantity or a name (30日内, 12个, 2025年, 3号楼)."""
    m = _NUMBER_FIRST.match(text)
    if not m:
        return "", text
    rest = text[m.end():]
    if _class_names().match(rest):
        return m.group(1), rest           # 4时效指标…: a class starts the row
    if any(rest.startswith(w) for w in _quantity_words() if w[:1] == rest[:1]):
        return "", text
    return m.group(1), rest


@functools.lru_cache(maxsize=1)
def _quantity_words() -> tuple[str, ...]:
    """What makes a leading number part of the text (features/units.yaml): a unit word (30日内,
    12个, 2025年) or a suffix that names a thing (3号楼)."""
    units = lexicon.units()
    return (*units.by_word, *units.not_quantity_suffixes)


def _figures_in_name(cells: list[str]) -> list[str]:
    """A row's cells with a figure inside its name joined back (火情 | 24小时 | 扑灭率 | ≥95%:
    火情24小时扑灭率): a figure with no comparison, percentage or deadline in it, between two
    pieces of text that are no values or classes, with a clear value after them (≥95%; not
    4辆 | 含水罐消防车 | 2辆, a value and a note that holds a figure)."""
    out = list(cells)
    k = 1
    while k + 2 < len(out):
        before, figure, after = out[k - 1], out[k], out[k + 1]
        if value_at_start(figure) and not _STRONG.search(figure) and not value_at_start(before) \
                and not value_at_start(after) and not _class_names().fullmatch(before) \
                and not _class_names().fullmatch(after) \
                and any(value_at_start(c) and _STRONG.search(c) for c in out[k + 2:]):
            out[k - 1:k + 2] = [before + figure + after]
            continue
        k += 1
    return out


def _row_starts(cells: list[str]) -> set[int]:
    """Where rows start within one line's cells: at a cell that is no value after a value."""
    flags = [value_at_start(c) for c in cells]
    return {k for k in range(1, len(cells)) if flags[k - 1] and not flags[k]}


def _classes_and_name(text: str, layout: Layout) -> list[str]:
    cells, rest = leading_classes(_ITEM_NUMBER.sub("", text.strip()), layout.classes)
    return cells + [rest] if rest else cells


def _row_layout(words: list[str], after: list[Token]) -> Layout | None:
    """The header's layout where the run-together lines after it are one row each."""
    layout = layout_of(words)
    lines = [t.text for t in after if t.gap not in ("sep", "wsep")]
    return layout if layout and one_row_a_line(lines) else None
