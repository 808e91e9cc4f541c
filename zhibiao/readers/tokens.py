"""Page text -> a stream of cell tokens, each with what separates it from the token before.

Real page text loses the grid in many ways (DESIGN.md "Layouts seen in the wild"): cells split
by pipes, tabs, runs of spaces or one space, one cell a line with or without `|` markers and
blank lines, merged cells left out, rows padded with `||||`, a cell wrapped over lines, a
whole table on one line, cells run together with no separator at all. Whatever the shape,
the text becomes one sequence of tokens; what stood between two tokens (a separator on the
line, a line break, a blank line, a marker line) is kept as the token's ``gap``, so that
stream.py can decide by content where cells and rows begin.

>>> [(t.text, t.gap) for t in tokenize("一级指标 | 三级指标\\n产出指标 | 培训人次 | ||||")][:4]
[('一级指标', 'hard'), ('三级指标', 'sep'), ('产出指标', 'eol'), ('培训人次', 'sep')]
>>> [t.text for t in tokenize("产出指标\\n\\n数量指标\\n\\n培训人次\\n\\n≥500人次")]
['产出指标', '数量指标', '培训人次', '≥500人次']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize", "line_shape", "GAPS", "RUNS"]

# what stands before a token, from weakest to strongest as a cell boundary
#   wsep: one space on a line of single-space-separated cells (may be inside a name)
#   nl:   a line break with no separator beside it (a cell wrapped over lines, or the next
#         cell of a one-cell-a-line text)
#   blank: one or more blank lines (one cell a line with blank lines between)
#   sep:  a separator on the line (pipe, tab, run of spaces)
#   eol:  a line break after a line of several cells (a row ends here, as a rule)
#   hard: a line of bare pipes (`|`, `||`, `|||`) or the start of the text: a row boundary
GAPS = ("wsep", "nl", "blank", "sep", "eol", "hard")

_MARKER = re.compile(r"^\|{1,}$")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
RUNS = re.compile(r"(?:[ \u00a0]{2,}|\t|\u3000+)")   # a run of spaces, a tab, ideographic spaces


@dataclass
class Token:
    text: str
    gap: str          # what separates it from the token before (see GAPS)
    line: int         # 1-based line number where the token starts
    blank: bool = False   # an explicitly empty cell (`| |`, a lone space on its line)


def line_shape(line: str) -> str:
    """How one line separates its cells: pipe, tab, runs (2+ spaces), single, none."""
    text = line.strip()
    if "|" in text:
        return "pipe"
    if "\t" in line.strip("\n"):
        return "tab"
    if RUNS.search(text):
        return "runs"
    if " " in text:
        return "single"
    return "none"


def _file_shape(lines: list[str]) -> str:
    """The separator the table rows use, by majority over lines with more than one cell."""
    counts = {"pipe": 0, "tab": 0, "runs": 0, "single": 0}
    for line in lines:
        shape = line_shape(line)
        if shape in counts and not _MARKER.match(line.strip()):
            counts[shape] += 1
    best = max(counts, key=lambda k: (counts[k], k == "pipe"))
    filled = sum(1 for line in lines if line.strip())
    # a few cells holding a space ("=2 个") do not make a one-cell-a-line text space-separated
    if best in ("runs", "single") and counts[best] < 0.25 * filled:
        return "none"
    return best if counts[best] else "none"


def _split(line: str, shape: str, outer: bool = True) -> tuple[list[tuple[str, bool]], bool, bool]:
    """(cells as (text, blank)), whether the line starts / ends with a separator. ``outer``:
    the page writes rows between outer pipes (| a | b |); where it does not, a leading pipe
    stands after an empty first cell."""
    text = line.strip("\r\n")
    if shape == "pipe" and "|" in text:
        # "| a | b |" has outer pipes; " | b" is a blank first cell (a merged one)
        stripped = text.rstrip()
        starts, ends = stripped.startswith("|"), stripped.endswith("|")
        if starts and not outer:
            stripped, starts = " " + stripped, False
        body = stripped[1:] if starts else stripped
        body = body[:-1] if ends and body else body
        parts = body.split("|")
        return [(p.strip(), not p.strip()) for p in parts], starts, ends
    if shape == "tab" and "\t" in text:
        parts = text.strip(" ").split("\t")
        return [(p.strip(), not p.strip()) for p in parts], False, False
    stripped = text.strip()
    if shape in ("runs", "tab", "pipe") or (shape == "single" and RUNS.search(stripped)):
        parts = [p for p in RUNS.split(stripped) if p.strip()]
        return [(p.strip(), False) for p in parts], False, False
    if shape == "single":
        return [(p, False) for p in stripped.split(" ") if p], False, False
    return [(stripped, False)], False, False


def tokenize(text: str) -> list[Token]:
    """The tokens of page text (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    shape = _file_shape(lines)
    piped = [l.rstrip() for l in lines if "|" in l and not _MARKER.match(l.strip())]
    outer = sum(1 for l in piped if l.startswith("|")) >= 0.5 * len(piped) if piped else True
    # one cell a line with a lone `|` after each cell and `||||` after each row: the lone pipe
    # separates cells (where cells end in ` |` themselves, a lone pipe ends a row instead)
    content = [l.strip() for l in lines if l.strip() and not _MARKER.match(l.strip())]
    lone = sum(1 for l in lines if l.strip() == "|")
    lone_sep = bool(content) and lone >= 0.3 * len(content) and sum(
        1 for l in content if l.endswith("|")) < 0.2 * len(content)
    tokens: list[Token] = []
    pending = "hard"          # the gap before the next token
    prev_multi = False        # the last line held several cells (its end is a row end)
    prev_ends_sep = False
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            if line in (" ", "\u3000") and tokens and pending in ("nl", "blank"):
                # a lone space on its line, between one-cell lines: an explicitly empty cell
                tokens.append(Token("", "blank", n, blank=True))
            elif pending not in ("hard", "eol"):
                pending = "blank"
            continue
        if lone_sep and stripped == "|":
            if pending == "sep" and tokens:
                tokens.append(Token("", "sep", n, blank=True))   # | then |: an empty cell
            elif pending != "hard":
                pending = "sep"       # a pipe on its own line between cells: the cell ends
            continue
        if _MARKER.match(stripped) or _MD_RULE.match(stripped):
            pending = "hard"
            prev_multi = False
            continue
        own = line_shape(line)
        if own != shape and not (shape == "pipe" and own == "none"):
            # a line of another shape (a whole table on one line among label lines)
            own = own if own != "single" or stripped.count(" ") >= 3 else "none"
        else:
            own = shape
        if own == "pipe" and stripped.count("|") == 2 and stripped.startswith("|") \
                and stripped.endswith("|") and " " in stripped[1:-1].strip():
            # `| 产出指标 数量指标 培训人次 ≥500人次 |`: bars round a row whose cells are set
            # apart by spaces (OCR, a scan's text): the row's own separator splits it
            line = stripped[1:-1].strip()
            own = line_shape(line)
        cells, starts, ends = _split(line, own, outer)
        multi = len(cells) > 1
        if pending != "hard":
            if (prev_multi or multi) and not (pending == "blank" and not multi):
                pending = "eol"          # a line break between rows of cells; a blank line
                                         # before a one-cell line (a title) stays
            elif (prev_ends_sep or starts) and pending != "blank":
                pending = "sep"          # `a |` then `b |`: the pipe closed the cell
        for i, (cell, blank) in enumerate(cells):
            gap = pending if i == 0 else ("wsep" if own == "single" else "sep")
            tokens.append(Token(cell, gap, n, blank=blank))
        prev_multi = multi
        prev_ends_sep = ends
        pending = "nl"
    return tokens
