"""Run-together rows, one a line, whose end wrapped onto the next line.

Text copied out of a PDF or a document preview keeps a table's rows a line each with nothing
between the cells (一级指标二级指标三级指标指标值 over 产出指标数量指标新建渠道长度≥42.5公里), but
where a cell was too narrow its end comes on a line of its own: the last character of a name
with the value after it (渠道衬砌单元工程优良 / 率≥85%), a unit or a date's last word
(≤380万元/公 / 里, 2025年11月30日 / 前), or the figure a value ends with (由0.52提高到 / 0.55).
A person joins such a piece to the line before; this module does so before the lines are cut
into cells. Only under a run-together header, and only pieces no row could be: a row has a
name of its own, so a line that is one to three characters of a name and a value (率≥85%)
follows a line that did not end with its value, and a piece of three characters or fewer
with no figure (前, 里, 以上) is never a row.

>>> join_wrapped_rows("一级指标二级指标三级指标指标值\\n产出指标质量指标渠道衬砌单元工程优良\\n率≥85%")
'一级指标二级指标三级指标指标值\\n产出指标质量指标渠道衬砌单元工程优良率≥85%'
"""
from __future__ import annotations

import functools
import re

from .rowfit import rows_run_on
from .runon import (_SEPARATED, _class_names, _ends_with_value, _value_at_end, leading_classes,
                    split_runon_header, value_start)

__all__ = ["join_wrapped_rows"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")         # 前, 里, 以上: no row by itself
_NAME_END = 3          # at most this many characters of a name wrapped before the value
_WRAPPED_NAME = 8      # a name cut by its cell's width is long: the cut piece follows this many


def join_wrapped_rows(text: str) -> str:
    """Text with each wrapped piece of a run-together row joined to the line before."""
    lines = text.split("\n")
    out: list[str] = []
    table = False                 # after a header run together (a page number between is no end)
    for line in lines:
        bare = line.strip()
        separated = bool(_SEPARATED.search(bare))
        if not separated and split_runon_header(bare) is not None:
            table = True          # (a header set out with spaces is no run)
            out.append(line)
            continue
        if table and out and bare and not separated and _is_piece(out[-1].strip(), bare):
            out[-1] = out[-1].rstrip() + bare
            continue
        out.append(line)
    return "\n".join(out)


def _is_piece(before: str, line: str) -> bool:
    """Whether `line` is the wrapped end of the run-together row `before`."""
    if not before or _SEPARATED.search(before) or _class_names().match(line) \
            or split_runon_header(before) is not None or not _HAN.search(before):
        return False
    if _TAIL_WORD.fullmatch(line):
        return True               # 前, 里: the end of a value or a name
    if _ends_with_value(before) or rows_run_on(before) or rows_run_on(line):
        return False              # the row before is whole; a preview's lines of several rows
    _, name = leading_classes(before, 2)
    if _value_at_end().search(line) is None:
        return False
    # 0.55 after 由0.52提高到; 率≥85% (准比例100%100%) after a name cut at its cell's width
    start = _start().search(line)
    at = start.start() if start else len(line)
    return at == 0 or (at <= _NAME_END and len(name) >= _WRAPPED_NAME)


@functools.lru_cache(maxsize=1)
def _start() -> re.Pattern:
    return re.compile(value_start())
