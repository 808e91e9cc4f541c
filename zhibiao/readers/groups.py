"""Which rows a merged category label covers, where the grid is gone (a PDF without ruling
lines, a PDF's text laid out in columns): a label sits at the top of its group or in its middle,
and both readings are fitted to the rows' vertical extents (points on a page, or line numbers).

>>> rows = [(float(r), r + 1.0) for r in range(4)]          # four one-line rows
>>> assign_groups(rows, [(1.5, 2.5)], open_above=False, open_below=False)[0]   # centred on all
[0, 0, 0, 0]
"""
from __future__ import annotations

import functools
import itertools

__all__ = ["alignment", "assign_groups", "middle_fit", "pitch", "top_fit"]


def pitch(rows: list[tuple[float, float]]) -> float:
    """The usual distance from one row's top to the next one's."""
    steps = sorted(b[0] - a[0] for a, b in itertools.pairwise(rows))
    return steps[len(steps) // 2] if steps else 12.0


def top_fit(rows: list[tuple[float, float]], blocks: list[tuple[float, float]],
             open_above: bool, miss: float) -> tuple[float, list[int]]:
    """Top alignment: a block starts the row whose text top is nearest its top. Returns the
    misfit (pt) and the first row of each block."""
    n = len(rows)
    starts = [min(range(n), key=lambda r: abs(rows[r][0] - top)) for top, _ in blocks]
    cost = sum(abs(rows[i][0] - top) for i, (top, _) in zip(starts, blocks))
    if any(b <= a for a, b in itertools.pairwise(starts)):
        return float("inf"), starts
    if starts[0] > 0 and not open_above:
        cost += miss
    return cost, starts


def middle_fit(rows: list[tuple[float, float]], blocks: list[tuple[float, float]],
               open_above: bool, open_below: bool, miss: float
               ) -> tuple[float, list[tuple[int, int]] | None]:
    """Middle alignment: each block is the centre of the rows it spans; the chain of groups
    with the least total misfit wins (a group one row longer may fit as well alone, the next
    group decides). Rows before the first block or after the last that no label covers (a
    level-1 cell left empty above 满意度指标) cost ``miss`` each end, so a label is not
    stretched far from its rows' centre to cover them."""
    n, b = len(rows), len(blocks)
    centres = [(top + bottom) / 2 for top, bottom in blocks]
    inf = float("inf")

    @functools.cache
    def best_from(k: int, s: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        """The cheapest groups for blocks k.. starting at row s."""
        if k == b:
            return (0.0 if s >= n or open_below else miss), ()
        if s >= n:
            return inf, ()
        if k == b - 1 and open_below and centres[k] >= (rows[s][0] + rows[n - 1][1]) / 2 - 1.0:
            return 0.0, ((s, n - 1),)     # the last group goes on onto the next page
        out: tuple[float, tuple[tuple[int, int], ...]] = (inf, ())
        for e in range(s, n):
            here = abs((rows[s][0] + rows[e][1]) / 2 - centres[k])
            if here >= out[0]:
                if (rows[s][0] + rows[e][1]) / 2 > centres[k]:
                    break             # longer groups only move the centre further away
                continue
            rest, chain = best_from(k + 1, e + 1)
            if here + rest < out[0]:
                out = (here + rest, ((s, e), *chain))
        return out

    first_row = min(range(n), key=lambda r: abs((rows[r][0] + rows[r][1]) / 2 - centres[0]))
    best, best_chain = inf, None
    for s0 in range(first_row + 1):
        cost, chain = best_from(0, s0)
        cost += 0.0 if s0 == 0 or open_above else miss
        if cost < best:
            best, best_chain = cost, list(chain)
    return best, best_chain


def alignment(rows: list[tuple[float, float]], columns: list[list[tuple[float, float]]],
               open_above: bool, open_below: bool, uncovered: float = 1.0) -> str | None:
    """How a table sets its merged labels, where one of its label columns shows it: 'middle'
    when some column fits middle alignment and clearly not top alignment (a label between two
    rows' lines: Chromium's default for a merged cell), 'top' for the reverse, else None.
    The other columns then read their ties the same way."""
    if not rows:
        return None
    miss = uncovered * pitch(rows)
    votes = set()
    for blocks in columns:
        if not blocks:
            continue
        top, _ = top_fit(rows, blocks, open_above, miss)
        mid, chain = middle_fit(rows, blocks, open_above, open_below, miss)
        if chain is not None and mid + 0.25 * miss < top:
            votes.add("middle")
        elif top + 0.25 * miss < mid:
            votes.add("top")
    return votes.pop() if len(votes) == 1 else None


def assign_groups(rows: list[tuple[float, float]], blocks: list[tuple[float, float]],
                   open_above: bool, open_below: bool, prefer: str | None = None,
                   uncovered: float = 1.0) -> tuple[list[int | None], int, int, bool]:
    """Which label block each row belongs to. A merged label sits at the top of its group
    or in its middle; both readings are tried and the one whose labels fit better wins (on a
    tie, the table's ``prefer``red alignment, else top). Rows left before or after every
    group cost ``uncovered`` rows' pitch: a PDF sets a label to the point (half a row), text
    laid out in lines only to the line (a whole row).
    Returns (block index per row, leading rows with none, trailing rows with none, whether
    the first block starts at row 0)."""
    n = len(rows)
    if not blocks or not n:
        return [None] * n, (n if open_above else 0), 0, False
    miss = uncovered * pitch(rows)
    cost_top, starts = top_fit(rows, blocks, open_above, miss)
    best_mid, best_chain = middle_fit(rows, blocks, open_above, open_below, miss)
    out: list[int | None] = [None] * n
    tie = abs(cost_top - best_mid) <= 0.5
    use_top = best_chain is None or (cost_top <= best_mid + 0.5 and not (tie and prefer == "middle"))
    if use_top:
        for k, s in enumerate(starts):
            e = starts[k + 1] - 1 if k + 1 < len(starts) else n - 1
            for r in range(s, e + 1):
                out[r] = k
        return out, starts[0], 0, starts[0] == 0
    for k, (s, e) in enumerate(best_chain):
        for r in range(s, e + 1):
            out[r] = k
    lead = best_chain[0][0]
    trail = n - 1 - best_chain[-1][1]
    return out, lead, trail, lead == 0
