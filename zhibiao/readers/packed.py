"""A project's indicators packed in one cell, the layout of the Guangzhou seed tables:

    1、1-产出指标:13-时效指标:项目按时完成率(%)：实施周期指标值:…，年度指标值:100%;2、…

Separators vary (':' '：' ';' '；' ',' '，' '。'), item numbers go missing ("2-质量指标:…" right
after the previous item), labels go missing ("时效性:大部分案件都在60日内办结…" has no value
label at all) and period cells hold other indicators' names. Parsing runs on a copy with
full-width forms made half-width, one character for one, so every piece is sliced from the
text as written.

>>> items = split_packed("1、1-产出指标；11-数量指标；车辆购置数；实施周期指标值:1；年度指标值:1。")
>>> [(i.level1, i.level2, i.name, i.period_value, i.annual_value) for i in items]
[('1-产出指标', '11-数量指标', '车辆购置数', '1', '1')]
>>> items = split_packed("1、1-产出指标:13-时效指标:时效性:60日内办结;")
>>> (items[0].name, items[0].annual_value, items[0].notes[0][0])
('时效性', '60日内办结', 'read.label')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import lexicon
from ..lexicon import FULLWIDTH

__all__ = ["PackedItem", "split_packed", "looks_packed"]

# An item starts at the start of the cell or after ';'/'。': "3、" (numbered) and then a
# category code "1-", or, when the number went missing, the category code alone.
@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(item start, category, value label), built from features/headers.yaml."""
    lex = lexicon.headers()
    # An item starts at the start of the cell or after ';'/'。': "3、" (numbered) and then a
    # category code "1-". An unnumbered item's code is a one-digit level-1 code ("2-质量指标"),
    # never "11-数量指标", which in ';'-separated cells is the level-2 half of the item before.
    item = re.compile(r"(?:^|(?<=[;。]))\s*(?:(?P<num>\d{1,2})\s*、\s*(?=\d{1,2}\s*-)"
                      r"|(?=\d\s*-\s*[^\d\s;:,]))")
    # "13-时效指标" followed by its separator: the declared categories at the head of an item
    endings = "|".join(map(re.escape, lex.category_endings))
    category = re.compile(r"\s*\d{1,2}\s*-\s*[^:;,。\d][^:;,。]{0,14}?(?:" + endings + r")\s*[:;,]")
    # value labels; the text up to the next label (or the end) is the value
    labels = "|".join(map(re.escape, (*lex.period_labels, *lex.annual_labels)))
    return item, category, re.compile(r"(" + labels + r")\s*:?")


# separators between pieces; a trailing '。' belongs to the text (only the item's own closing
# ';' or '。' is cut, in split_packed)
_TRIM = " \t\r\n;,:，；：\u3000"


@dataclass
class PackedItem:
    raw: str
    number: str | None = None
    level1: str | None = None
    level2: str | None = None
    name: str | None = None
    period_value: str | None = None
    annual_value: str | None = None
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # (rule, reason, severity)


def looks_packed(text: str | None) -> bool:
    """True for a cell holding packed indicators ("1、1-产出指标:…")."""
    if not text:
        return False
    norm = text.translate(FULLWIDTH)
    return bool(re.search(r"\d\s*、\s*\d{1,2}\s*-", norm)) and ("指标值" in norm or "指标" in norm)


def _trim(text: str) -> str:
    return text.strip(_TRIM)


def _parse_item(raw: str, norm: str, number: str | None) -> PackedItem:
    item = PackedItem(raw=_trim(raw), number=number)
    pos = 0
    cats: list[str] = []
    _, category, label_re = _patterns()
    while len(cats) < 2 and (m := category.match(norm, pos)):
        cats.append(_trim(raw[m.start():m.end()]))
        pos = m.end()
    if cats:
        item.level1 = cats[0]
        item.level2 = cats[1] if len(cats) > 1 else None
    labels = list(label_re.finditer(norm, pos))
    period_labels = lexicon.headers().period_labels
    head_end = labels[0].start() if labels else len(norm)
    # the head (before any label) is name, then unlabelled pieces, split on ':' and ';'
    pieces, start = [], pos
    for m in re.finditer(r"[:;]", norm[pos:head_end]):
        pieces.append((start, pos + m.start()))
        start = pos + m.end()
    pieces.append((start, head_end))
    texts = [t for t in (_trim(raw[a:b]) for a, b in pieces) if t]
    if texts:
        item.name = texts[0]
    extra = [t for t in texts[1:] if t != item.name]
    for m, nxt in zip(labels, labels[1:] + [None]):
        value = _trim(raw[m.end(): nxt.start() if nxt else len(raw)]) or None
        if m.group(1) in period_labels:
            item.period_value = value
        else:
            item.annual_value = value
    if extra:
        text = ":".join(extra)
        if not labels:
            item.annual_value = text
            item.notes.append(("read.label", f"没有指标值标签，“{text}”按指标值读取", "hint"))
        elif item.period_value is None and not any(m.group(1) in period_labels for m in labels):
            item.period_value = text
            item.notes.append(("read.label", f"无标签的“{text}”按实施周期指标值读取", "hint"))
        else:
            item.notes.append(("read.unsplit", f"无标签的文字“{text}”只保留在原文中",
                               "warning"))
    if item.name is None or (item.annual_value is None and item.period_value is None):
        item.notes.append(("read.unsplit", "该项缺少指标名称或指标值", "warning"))
    return item


def _only_categories(segment: str) -> bool:
    pos = 0
    category = _patterns()[1]
    while m := category.match(segment, pos):
        pos = m.end()
    return not segment[pos:].strip(_TRIM + "。")


def split_packed(text: str) -> list[PackedItem]:
    """Every item of a packed indicator cell, in order. A trailing fragment that is neither
    numbered nor has a name and a value ("4-社会效益指标:维护民权…") is not an indicator of its
    own: it stays in the previous item's raw text, with a flag."""
    norm = text.translate(FULLWIDTH)
    starts: list[tuple[int, int, str | None]] = []
    for m in _patterns()[0].finditer(norm):
        if m.group("num") is None and starts and _only_categories(norm[starts[-1][1]:m.start()]):
            continue          # "1、1-产出指标；2-…": still the categories of the item before
        starts.append((m.start(), m.end(), m.group("num")))
    items: list[PackedItem] = []
    if not starts:
        return items
    for (a, b, num), nxt in zip(starts, starts[1:] + [(len(norm), 0, None)]):
        end = nxt[0]
        while end > b and norm[end - 1].isspace():
            end -= 1
        if end > b and norm[end - 1] in ";。":       # the item's closing separator
            end -= 1
        item = _parse_item(text[b:end], norm[b:end], num)
        fragment = num is None and items and (item.name is None or (
            item.annual_value is None and item.period_value is None))
        if fragment:
            prev = items[-1]
            prev.raw = f"{prev.raw};{item.raw}"
            prev.notes.append(("read.unsplit", f"其后的文字“{item.raw}”没有自己的名称和指标值，"
                               "保留在本项原文中", "warning"))
            continue
        if num is None and items:
            item.notes.append(("read.number", "缺少指标序号", "hint"))
        items.append(item)
    return items
