"""Page text where each indicator is a card of labelled lines (mobile pages, WeChat articles,
self-evaluation forms printed a record at a time):

    一级指标：产出指标          一级指标　产出指标
    二级指标：数量指标          二级指标　数量指标
    三级指标：受益学生人数      三级指标　受益学生人数
    指标值：≥21400人            指标值　　≥21400人
    分值：5　　得分：5          （a card may give its class once, for the cards that follow）

A label is any column header of features/headers.yaml; the cards are read as the table they
show: one synthetic header of the labels in the order first seen, a row a card. A card
starts where a label comes back that the card already holds. A class a card does not state
is the one of the card before (a merged cell, written once), unless a new level-1 started.
Lines that are no label (page chrome, "● 指标3", "点击展开") are kept as context rows before
the table, so the project's own labels (项目名称：…) are read as they are elsewhere.

>>> rows = record_rows("三级指标：培训人次\\n指标值：≥500人次\\n三级指标：合格率\\n指标值：95%")
>>> [r.cells for r in rows]
[['三级指标', '指标值'], ['培训人次', '≥500人次'], ['合格率', '95%']]
"""
from __future__ import annotations

import re

from .. import lexicon
from ..categories import category_level, class_pair
from .grid import Row


__all__ = ["record_rows"]

# a label and its value: `label：value`, or `label` and the value after a run of spaces
_PAIR = re.compile(r"^\s*(?P<label>[^:：\s]{1,12}?)\s*(?:[:：]|[ \u3000]{1,})\s*(?P<value>\S.*?)\s*$")
_SEGMENTS = re.compile(r"(?:[ \u00a0]{2,}|\t|\u3000{2,})")     # several pairs on one line
_NUMBERING = re.compile(r"^(?:\d{1,3}\s*[.、．)）]|[(（]\s*\d{1,3}\s*[)）]|[①-⑳]|[-*•·●▪])\s*(?=\S+?\s*[:：])")
_WORDLIKE = re.compile(r"[^\W_]")                # a value holds a letter or digit
_CLASS_ROLES = ("level1", "level2")
_OPENING = ("level1", "level2", "name")        # a card's first labels: one after a name opens the next
# labels of the project, not of an indicator (项目名称：…, 预算金额：…): context, as in any table
_PROJECT_ROLES = frozenset({"project", "amount", "money", "goal", "packed"})
_MIN_CARDS = 2
# the header a card's roles are read under (a card's own label may name another role over a
# table: 绩效指标 spans the levels there, 指标分类 is a class column of either level)
_CANONICAL = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "value": "指标值"}


def _role(label: str) -> str | None:
    return lexicon.headers().column_role.get(lexicon.norm_header(label))


def _is_context(label: str) -> bool:
    """A label that also names the project's context (年度目标 is a value column's header and
    the project's goal): before any card it is the project's."""
    return lexicon.norm_header(label) in lexicon.headers().context_key


def _card_role(label: str, value: str) -> str | None:
    """A label's role in a card. A card holds one field a label, so a 绩效指标 label (over a
    table, the header spanning the three levels) names the indicator, and a label of the class
    (指标分类：数量指标, 指标类型：产出指标) is the level its value names."""
    role = _role(label)
    if role == "packed" and not class_pair(value):
        return "name"
    if role == "category":
        level = category_level(value)
        return f"level{level}" if level else role
    return role


def _pairs(line: str) -> list[tuple[str, str, str]] | None:
    """The (role, label, value) pairs of a line, or None when the line is no labelled line."""
    text = _NUMBERING.sub("", line.strip())       # `1. 一级指标：产出指标`: a card's number
    if not text:
        return None
    pieces = [p for p in _SEGMENTS.split(text) if p.strip()]
    if len(pieces) == 2 and _role(pieces[0]) and not _role(pieces[1]):
        pieces = [f"{pieces[0]}：{pieces[1]}"]            # `label　　value` set apart by spaces
    out = []
    for piece in pieces:
        m = _PAIR.match(piece)
        if not m:
            return None
        role = _card_role(m.group("label"), m.group("value"))
        if role is None or role in _PROJECT_ROLES or _role(m.group("value")) \
                or not _WORDLIKE.search(m.group("value")):   # `一级指标 |`: a cell a line
            return None                                     # no label, the project's, or a header line
        out.append((role, m.group("label"), m.group("value")))
    return out


def is_records(text: str) -> bool:
    """Whether the text holds at least two cards: two labelled names and two labelled values."""
    names = values = 0
    for line in text.splitlines():
        for role, _, _ in _pairs(line) or ():
            names += role == "name"
            values += role == "value"
    return names >= _MIN_CARDS and values >= _MIN_CARDS


def record_rows(text: str) -> list[Row]:
    """The context lines, then a synthetic header and a row a card (see the module doc)."""
    context: list[Row] = []
    cards: list[tuple[dict[str, str], int]] = []
    card: dict[str, str] = {}
    labels: dict[str, str] = {}               # role -> the label first seen for it
    start = 0
    for i, line in enumerate(text.splitlines(), 1):
        pairs = _pairs(line)
        if pairs and not card and pairs[0][0] not in _OPENING and _is_context(pairs[0][1]):
            pairs = None                  # 年度目标：… before the first card: the project's goal
        if pairs is None:
            if line.strip() and not cards and not card:
                context.append(Row([line.strip()], {"line": i}, raw=line.rstrip(), aligned=False))
            continue
        for role, label, value in pairs:
            # the label comes back, or a class or name follows the card's name: a new card
            if "name" in card and (role in card or role in _OPENING):
                cards.append((card, start))
                card = {}
            if not card:
                start = i
            labels.setdefault(role, label)
            card.setdefault(role, value)
    if card:
        cards.append((card, start))
    cards = [(c, s) for c, s in cards if "name" in c]
    order = [r for r in ("level1", "level2", "name") if r in labels] + \
        [r for r in labels if r not in ("level1", "level2", "name")]
    header = [_CANONICAL.get(r, labels[r]) for r in order]
    rows = context + [Row(header, {"line": cards[0][1] if cards else 0}, aligned=True)]
    carried: dict[str, str] = {}
    for c, line in cards:
        if "level1" in c and c["level1"] != carried.get("level1"):
            carried.pop("level2", None)                      # a new level-1: its own level-2s
        for role in _CLASS_ROLES:
            if role in c:
                carried[role] = c[role]
        full = {**carried, **c}
        rows.append(Row([full.get(r, "") for r in order], {"line": line}, aligned=True))
    return rows
