"""Which rows a merged category label covers, where the grid is gone (a PDF without ruling
lines, a PDF's text laid out in columns): a label sits at the top of its group or in its middle,
and both readings are fitted to the rows' vertical extents (points on a page, or line numbers).

>>> rows = [(float(r), r + 1.0) for r in range(4)]          # four one-line rows
>>> assign_groups(rows, [(1.5, 2.5)], open_above=False, open_below=False)[0]   # centred on all
[0, 0, 0, 0]
"""
from __future__ import annotations

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
    stretched far from its rows' centre to cover them.

    A label stands inside its group, so group k holds the row nearest label k: its start lies
    after the row nearest label k-1 and its end before the row nearest label k+1. That keeps
    the search linear in the rows between labels, bottom-up, without recursion (a table of
    thousands of rows)."""
    n, b = len(rows), len(blocks)
    if not n or not b:
        return float("inf"), None
    centres = [(top + bottom) / 2 for top, bottom in blocks]
    inf = float("inf")
    near = []
    for centre in centres:          # the row nearest each label, kept strictly increasing
        k = min(range(n), key=lambda r: abs((rows[r][0] + rows[r][1]) / 2 - centre))
        near.append(max(k, near[-1] + 1) if near else k)
    if near[-1] >= n:
        return inf, None

    def after_last(s: int) -> float:
        return 0.0 if s >= n or open_below else miss

    # best[k][s]: the least misfit of blocks k.. when group k starts at row s, and its end
    best: list[dict[int, tuple[float, int]]] = [{} for _ in range(b)]
    for k in reversed(range(b)):
        last = n - 1 if k + 1 == b else near[k + 1] - 1
        for s in range(near[k - 1] + 1 if k else 0, near[k] + 1):
            if k == b - 1 and open_below and centres[k] >= (rows[s][0] + rows[n - 1][1]) / 2 - 1.0:
                best[k][s] = (0.0, n - 1)      # the last group goes on onto the next page
                continue
            cost, end = inf, near[k]
            for e in range(near[k], last + 1):
                centre = (rows[s][0] + rows[e][1]) / 2
                here = abs(centre - centres[k])
                if here >= cost:
                    if centre > centres[k]:
                        break             # longer groups only move the centre further away
                    continue
                rest = after_last(e + 1) if k + 1 == b else best[k + 1].get(e + 1, (inf, 0))[0]
                if here + rest < cost:
                    cost, end = here + rest, e
            best[k][s] = (cost, end)
    total, start = inf, None
    for s0 in range(near[0] + 1):
        cost = best[0][s0][0] + (0.0 if s0 == 0 or open_above else miss)
        if cost < total:
            total, start = cost, s0
    if start is None or total == inf:
        return inf, None
    chain, s = [], start
    for k in range(b):
        e = best[k][s][1]
        chain.append((s, e))
        s = e + 1
    return total, chain


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
