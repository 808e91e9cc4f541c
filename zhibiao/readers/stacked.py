"""Lines of a grid column whose rows are set too short for their text, each given back to its row.

A spreadsheet printed with fixed row heights (LibreOffice Calc from an xlsx whose rows were
sized by hand) sets each cell's wrapped text where the cell's vertical alignment puts it
(centred, at the top or at the bottom), whatever the row's height: the text runs over the rows
above and below and is printed over their own text (率 of one name over 供 of the next). The
row a line's centre lies in is then not its row. The page still tells: each cell's lines
stand at one place relative to their cell (the same for the whole column), and lines of one
text never lie over each other. So each cell takes, from the lines near it, the run of lines
that stands where the column's other cells stand their text.

Pure geometry: cells and lines are (top, bottom) pairs; :func:`assign` says which cell each
line belongs to.
"""
from __future__ import annotations

from statistics import median

Span = tuple[float, float]

_FIT = 1.0           # points a block may stand off where the column stands its text
_MOST_LINES = 5      # lines a cell's text may hold


def overprinted(lines: list[Span]) -> bool:
    """Whether two of a column's lines lie over each other by half a line or more."""
    ordered = sorted(lines)
    return any(_overlap(a, b) >= 0.5 * min(a[1] - a[0], b[1] - b[0])
               for a, b in zip(ordered, ordered[1:]))


def assign(cells: list[Span], lines: list[Span], now: list[int]) -> list[int] | None:
    """For each line, the index of its cell; `now` is the cell each line's centre lies in.
    None when no alignment of the column fits every cell's text (leave the lines as they are)."""
    for anchor in _anchors(cells, lines, now):
        out = _blocks(cells, lines, anchor, now)
        if out is not None:
            return out
    return None


def _anchors(cells: list[Span], lines: list[Span], now: list[int]):
    """Where the column stands a cell's text, as functions (cell, block) -> points off: centred,
    at the top, at the bottom, each with the offset the cells holding one line alone show,
    the likeliest first."""
    alone = [(cells[c], lines[i]) for i, c in enumerate(now)
             if now.count(c) == 1 and not any(_overlap(lines[i], o) > 0 for j, o in enumerate(lines) if j != i)]
    if not alone:
        return []
    ways = {
        "centre": [((l[0] + l[1]) - (c[0] + c[1])) / 2 for c, l in alone],
        "top": [l[0] - c[0] for c, l in alone],
        "bottom": [c[1] - l[1] for c, l in alone],
    }
    # the likeliest: the way most of those cells agree with (a wide merged cell's text, set
    # out across the columns, agrees with none)
    agree = {k: sum(abs(x - median(v)) <= _FIT for x in v) for k, v in ways.items()}
    out = []
    for way in sorted(ways, key=lambda k: -agree[k]):
        off = median(ways[way])
        if way == "centre":
            out.append(lambda c, b, off=off: (b[0] + b[1]) / 2 - (c[0] + c[1]) / 2 - off)
        elif way == "top":
            out.append(lambda c, b, off=off: b[0] - c[0] - off)
        else:
            out.append(lambda c, b, off=off: c[1] - b[1] - off)
    return out


def _blocks(cells: list[Span], lines: list[Span], anchor, now: list[int]) -> list[int] | None:
    """Each cell, top down, takes the run of free lines near it that stands where `anchor`
    wants it (the closest fit within _FIT); a cell no run fits stays empty. A line left over
    stays in the cell it lies in if no other line went there (a wide merged cell's text, set
    out across the columns, stands where no one column's cells stand theirs); else None."""
    order = sorted(range(len(lines)), key=lambda i: lines[i][0])
    height = median(b - a for a, b in lines)
    owner: dict[int, int] = {}
    for k, cell in enumerate(cells):
        near = [i for i in order if i not in owner
                and cell[0] - _MOST_LINES * height <= (lines[i][0] + lines[i][1]) / 2 <= cell[1] + _MOST_LINES * height]
        best = None
        for run in _runs(near, lines, height):
            block = (min(lines[i][0] for i in run), max(lines[i][1] for i in run))
            miss = abs(anchor(cell, block))
            if miss <= _FIT and (best is None or miss < best[0] - 1e-6):
                best = (miss, run)
        for i in best[1] if best else ():
            owner[i] = k
    if len(lines) - len(owner) > max(1, 0.1 * len(lines)):
        return None                                  # the way does not fit this column
    taken = set(owner.values())
    for i in range(len(lines)):
        if i not in owner:
            if now[i] in taken:
                return None
            owner[i] = now[i]
    for k in set(owner.values()) - taken:          # the lines left where they lie: one text
        if not _one_text(tuple(i for i in order if owner[i] == k), lines, height):
            return None
    return [owner[i] for i in range(len(lines))]


def _runs(near: list[int], lines: list[Span], height: float) -> list[tuple[int, ...]]:
    """Every run of up to _MOST_LINES of `near` (line indices, top down) that can be one cell's
    text, fewest lines first: grown a line at a time (each next line starts within a line of
    the last and not over it), not drawn from every combination of the lines near a cell."""
    out: list[tuple[int, ...]] = []

    def grow(run: tuple[int, ...], at: int) -> None:
        out.append(run)
        if len(run) < _MOST_LINES:
            for k in range(at, len(near)):
                if _one_text((run[-1], near[k]), lines, height):
                    grow(run + (near[k],), k + 1)

    for k in range(len(near)):
        grow((near[k],), k + 1)
    place = {i: k for k, i in enumerate(near)}
    return sorted(out, key=lambda run: (len(run), [place[i] for i in run]))


def _one_text(run: tuple[int, ...], lines: list[Span], height: float) -> bool:
    """Lines that can be one cell's text: none over another, each within a line of the next."""
    spans = [lines[i] for i in run]
    return all(_overlap(a, b) <= 0.2 * height and b[0] - a[1] <= height for a, b in zip(spans, spans[1:]))


def _overlap(a: Span, b: Span) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])
