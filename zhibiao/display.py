"""What a person reads in place of a machine value: targets as "≥ 90 %；≤ 15 天", flags as
their reasons, a location as "工作表 Sheet1 第 5 行". The workbook shows these; .jsonl, .csv
and .parquet keep the machine values (lists of dicts), which pipelines read.
"""
from __future__ import annotations

from typing import Any, Iterable

import numpy as np

from . import lexicon

OP_SIGNS = {"=": "=", ">=": "≥", ">": ">", "<=": "≤", "<": "<", "approx": "约"}
_LOCATION_WORDS = {"zh": {"sheet": "工作表 {}", "row": "第 {} 行", "page": "第 {} 页", "line": "第 {} 行",
                          "table": "第 {} 个表格", "item": "第 {} 项"},
                   "en": {"sheet": "sheet {}", "row": "row {}", "page": "page {}", "line": "line {}",
                          "table": "table {}", "item": "item {}"}}
_BOOLEAN = {"zh": {True: "是", False: "否"}, "en": {True: "yes", False: "no"}}


def number_text(v: Any) -> str:
    """A number as written by hand: no exponent, no trailing zeros (12000000, 0.5, 90).

    >>> number_text(1.2e7), number_text(90.0), number_text(0.25), number_text(10388771.999999998)
    ('12000000', '90', '0.25', '10388772')
    """
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    # 12 significant digits: a 万元 amount turned into 元 (10388771.999999998) reads as written
    return np.format_float_positional(float(f"{float(v):.12g}"), trim="-")


def target_text(t: dict[str, Any], lang: str = "zh") -> str:
    """One target (Target.to_dict()) as a reviewer would write it.

    >>> target_text({"kind": "number", "op": ">=", "value": 90.0, "unit": "%"})
    '≥ 90 %'
    >>> target_text({"kind": "number", "op": "between", "value": 80.0, "upper": 90.0, "unit": "%"})
    '80–90 %'
    """
    kind, op, value, unit = t.get("kind"), t.get("op") or "=", t.get("value"), t.get("unit")
    if kind == "boolean":
        body = _BOOLEAN.get(lang, _BOOLEAN["zh"]).get(bool(value), str(value))
    elif kind == "text":
        body = str(value or t.get("text") or "")
    else:
        shown = number_text(value) if kind == "number" else str(value)
        if op == "between":
            upper = number_text(t.get("upper")) if kind == "number" else str(t.get("upper"))
            body = f"{shown}–{upper}"
        else:
            sign = OP_SIGNS.get(op, op)
            body = shown if sign == "=" else f"{sign} {shown}"
        if unit:
            body = f"{body} {unit}"
    subject = t.get("subject")
    return f"{subject} {body}" if subject else body


def targets_text(targets: Iterable[dict[str, Any]] | None, lang: str = "zh") -> str:
    """Every target of a cell, joined by "；"."""
    return "；".join(target_text(t, lang) for t in targets or [])


def severity_name(severity: str, lang: str = "zh") -> str:
    return lexicon.output_columns().severities.get(severity, severity) if lang == "zh" else severity


def flags_text(flags: Iterable[dict[str, Any]] | None, lang: str = "zh") -> str:
    """Flags as their reasons, each with its severity: "【警告】…；【提示】…"."""
    if lang == "zh":
        return "；".join(f"【{severity_name(f['severity'])}】{f['reason']}" for f in flags or [])
    return "; ".join(f"[{f['severity']}] {f['reason']}" for f in flags or [])


def location_text(location: str | dict[str, Any] | None, lang: str = "zh") -> str:
    """The output's location ("sheet=Sheet1,row=5", or a dict) in words."""
    if not location:
        return ""
    if isinstance(location, str):
        parts = dict(p.split("=", 1) for p in location.split(",") if "=" in p)
        if not parts:
            return location
    else:
        parts = location
    words = _LOCATION_WORDS.get(lang, _LOCATION_WORDS["zh"])
    shown = [words[k].format(v) if k in words else f"{k} {v}" for k, v in parts.items()]
    return " ".join(shown) if lang == "zh" else ", ".join(shown)


def yes_no(v: Any, lang: str = "zh") -> str | None:
    if v is None:
        return None
    return _BOOLEAN.get(lang, _BOOLEAN["zh"])[bool(v)]
