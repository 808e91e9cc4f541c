"""PDF text of a one-project-a-row table whose cells wrap over several lines (the Huadu seed).

    项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标
    合计 1,413.42 1,413.42
    广州市花都区司法局 1,413.42 1,413.42
        花都区解决司法社工项          <- a project starts indented; its name wraps
    目体系经费
    266.00 266.00                   <- amounts end the name
    通过政府购买服务项目方式，…       <- the goal, wrapped
    1、1-产出指标；11-数量指标；…     <- the packed indicators from "1、" on, wrapped

The page header (title, 部门名称, column header, 合计, department row) repeats on every page
and is skipped. Each project becomes one logical row for TableReader: name, amounts, goal
and packed indicators, every wrapped piece joined without a separator (Chinese text).
"""
from __future__ import annotations

import re

from .. import lexicon
from .grid import Row

__all__ = ["is_wrapped_project_list", "wrapped_rows"]

_AMOUNTS = re.compile(r"^(?P<name>.*?)\s*(?P<amounts>(?:-?\d[\d,]*\.\d{2}\s*)+)$")
_ITEM_START = re.compile(r"^\s*1\s*、\s*\d{1,2}\s*-")
_INDENT = re.compile(r"^[ \u3000]{2,}\S")


def _is_header(line: str) -> bool:
    """A project-list header: its words name a project, an amount and a packed column."""
    if len(line) > 120 or "\t" in line or "|" in line:
        return False
    roles = lexicon.headers().column_role
    found = {roles.get(lexicon.norm_header(word)) for word in line.split()}
    return {"project", "amount", "packed"} <= found


def is_wrapped_project_list(text: str) -> bool:
    """A project-list header written as one line of space-separated words (no tabs/pipes)."""
    return any(_is_header(line) for line in text.splitlines())


def wrapped_rows(text: str) -> list[Row]:
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if _is_header(line))
    rows: list[Row] = []
    for i, line in enumerate(lines[:head], 1):
        if line.strip():
            rows.append(Row([line.strip()], {"page": 1, "line": i}, aligned=False))
    rows.append(Row(lines[head].split(), {"page": 1, "line": head + 1}, raw=lines[head].strip()))
    indented = any(_INDENT.match(line) for line in lines[head + 1:])
    page_header = {line.strip() for line in lines[:head + 1] if line.strip()}
    title = next((line.strip() for line in lines[:head] if line.strip()), None)
    page, block = 1, None
    for i, line in enumerate(lines[head + 1:], head + 2):
        text_ = line.strip()
        if not text_:
            continue
        if text_ in page_header:
            page += text_ == title
            continue
        amounts = _AMOUNTS.match(text_)
        if indented:
            starts = bool(_INDENT.match(line))
        else:   # no indentation to go by: a project follows a finished indicator block
            starts = block is None or (block["state"] == "ind" and block["ind"][-1].endswith("。"))
        if block is None and (not starts or text_.startswith(("合计", "总计"))):
            # 合计 and department rows before the first project: one row each
            cells = [amounts.group("name"), *amounts.group("amounts").split()] if amounts else [text_]
            rows.append(Row(cells, {"page": page, "line": i}, raw=text_, aligned=False))
            page_header.add(text_)
            continue
        if starts:
            if block:
                rows.append(_block_row(block))
            block = _new_block(page, i)
        block["raw"].append(text_)
        if block["state"] == "name":
            if amounts:
                block["name"].append(amounts.group("name"))
                block["amounts"] = amounts.group("amounts").split()
                block["state"] = "goal"
            else:
                block["name"].append(text_)
        elif block["state"] == "goal" and _ITEM_START.match(text_):
            block["state"] = "ind"
            block["ind"].append(text_)
        elif block["state"] == "goal" and amounts and not indented:
            # what looked like a goal was the next project's name: the block was a unit row
            rows.append(_block_row(block, unit=True))
            block = _new_block(page, i)
            block.update(name=[*block["goal"], amounts.group("name")], state="goal",
                         amounts=amounts.group("amounts").split(), raw=[text_])
        elif block["state"] == "goal":
            block["goal"].append(text_)
        else:
            block["ind"].append(text_)
    if block:
        rows.append(_block_row(block))
    return rows


def _new_block(page: int, line: int) -> dict:
    return {"name": [], "amounts": None, "goal": [], "ind": [], "state": "name",
            "loc": {"page": page, "line": line}, "raw": []}


def _block_row(block: dict, unit: bool = False) -> Row:
    amounts = (block["amounts"] or []) + ["", ""]
    goal = "" if unit else "".join(block["goal"])
    cells = ["".join(block["name"]), amounts[0], amounts[1], "", "", goal, "".join(block["ind"])]
    return Row(cells, dict(block["loc"]), raw="\n".join(block["raw"]))
