"""Reading back a workbook that ``zhibiao normalize`` wrote, after a reviewer filled in its
review columns (审核结论 / 改为二级指标 / 改为指标值 / 审核备注).

The indicators sheet (指标明细, or ``indicators`` in an English workbook, and their
continuations ``_2``, ``_3``…) is found by its headers, Chinese or English
(features/output_columns.yaml), so a reviewer may reorder, hide or add columns. Each row comes
back under the output keys (``name``, ``annual_value``, ``level2_effective``…,
``review_decision``…), with ``sheet`` and ``excel_row`` saying where it is.

:func:`labels_of` turns a reviewed row into training labels: a corrected level-2 overrides
what the table declared; 采纳 accepts the class the workbook shows as adopted (declared, else
the model's); a row nobody reviewed keeps only what its table declared.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from . import lexicon
from .categories import declared_codes

__all__ = ["is_output_workbook", "read_reviewed", "columns_of", "labels_of", "level2_code", "cell_code", "ReviewedError"]


class ReviewedError(ValueError):
    """A reviewed workbook that cannot be used (one line naming the file and row)."""


def _header_keys() -> dict[str, str]:
    """Header text (Chinese or the key itself) -> output key, for the indicators sheet."""
    cols = lexicon.output_columns()
    out = {key: key for key in cols.indicators}
    out.update({entry["zh"]: key for key, entry in cols.indicators.items()})
    return out


def _indicator_sheets(wb: Any) -> list[str]:
    names = {lexicon.output_columns().sheets["indicators"], "indicators"}
    return [t for t in wb.sheetnames if re.sub(r"_\d+$", "", t) in names]


def is_output_workbook(path: str | Path) -> bool:
    """Whether `path` is an .xlsx that zhibiao normalize wrote (its indicators sheet with the
    name and review columns)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx" or not path.is_file():
        return False
    try:
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True)
    except Exception:
        return False
    try:
        sheets = _indicator_sheets(wb)
        if not sheets:
            return False
        header = next(wb[sheets[0]].iter_rows(max_row=1, values_only=True), ())
        keys = {_header_keys().get(str(h).strip()) for h in header if h is not None}
        return {"name", "review_decision"} <= keys
    finally:
        wb.close()


def columns_of(path: str | Path) -> dict[str, dict[str, int]]:
    """Each indicators sheet's columns: sheet -> output key -> column (1-based), from its
    header (what a writer into the reviewed workbook needs; the reviewer may have moved them)."""
    import openpyxl

    known = _header_keys()
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        out = {}
        for title in _indicator_sheets(wb):
            header = next(wb[title].iter_rows(max_row=1, values_only=True), ())
            out[title] = {known[str(h).strip()]: i + 1 for i, h in enumerate(header)
                          if h is not None and str(h).strip() in known}
        return out
    finally:
        wb.close()


def read_reviewed(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a reviewed output workbook, in sheet order, under the output keys."""
    import openpyxl

    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ReviewedError(f"{path}: 无法打开工作簿（{type(exc).__name__}）") from None
    try:
        sheets = _indicator_sheets(wb)
        if not sheets:
            raise ReviewedError(f"{path}: 没有“指标明细”工作表，不是 zhibiao normalize 输出的工作簿")
        known = _header_keys()
        for title in sheets:
            rows = wb[title].iter_rows(values_only=True)
            header = next(rows, ())
            keys = [known.get(str(h).strip()) if h is not None else None for h in header]
            if "name" not in keys:
                raise ReviewedError(f"{path}: 工作表“{title}”第 1 行没有“三级指标”列")
            for n, values in enumerate(rows, start=2):
                row = {k: _cell(v) for k, v in zip(keys, values) if k}
                if not any(v is not None for v in row.values()):
                    continue                          # a blank line the reviewer left
                row["sheet"], row["excel_row"] = title, n
                yield row
    finally:
        wb.close()


def _cell(v: Any) -> Any:
    """A cell as written (text keeps its spaces: the original text must come back whole);
    an empty or blank text cell is None."""
    if isinstance(v, str) and not v.strip():
        return None
    return v


def labels_of(row: dict[str, Any], where: str = "") -> dict[str, Any]:
    """The training labels a reviewed row gives: ``level1_code``, ``level2_code`` (None when
    the row gives none), ``value_text`` (the corrected value, else the original) and
    ``corrected`` (what the reviewer changed). Unreviewed rows keep the declared classes only:
    the model's own reading is a label only where a reviewer accepted it (采纳). A corrected level-2 that is not a class of the
    taxonomy is an error naming `where` (file and row)."""
    decision = _text(row.get("review_decision"))
    corrected: list[str] = []
    if decision == "采纳":               # the reviewer accepts the class the row shows as adopted
        level1, level2 = cell_code(row.get("level1_effective")), cell_code(row.get("level2_effective"))
    else:                               # unreviewed: what the table declared, never the model's own guess
        level1, level2 = cell_code(row.get("declared_level1_code")), cell_code(row.get("declared_level2_code"))
    if decision not in (None, "", *lexicon.output_columns().decisions):
        raise ReviewedError(f"{where}: 审核结论“{decision}”不是 "
                            f"{' / '.join(lexicon.output_columns().decisions)} 之一")
    new2 = _text(row.get("review_level2"))
    if new2:
        c2 = level2_code(new2)
        if c2 is None:
            raise ReviewedError(f"{where}: 改为二级指标“{new2}”不是标准的二级指标（名称或代码，如 质量指标 或 12）")
        level1, level2 = lexicon.taxonomy().level2_parent.get(c2), c2
        corrected.append("level2")
    value = row.get("annual_value")
    if _text(row.get("review_value")):
        value = _text(row["review_value"])
        corrected.append("value")
    if decision == "待定":
        level1 = level2 = None                   # the reviewer has not decided: no label
    return {"level1_code": level1, "level2_code": level2, "value_text": value,
            "corrected": corrected, "decision": decision}


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)                      # 12 typed into a cell comes back as 12.0
    return str(v).strip() or None


def level2_code(text: str) -> str | None:
    """The level-2 class a reviewer wrote in 改为二级指标: a bare code (12), a name or alias
    (质量指标, 质量) or both (12-质量指标); None when it is no class of the taxonomy."""
    names = lexicon.taxonomy().level2_names
    text = text.strip()
    code = text if text in names else declared_codes(None, text)[1]
    return code if code in names else None


def cell_code(v: Any) -> str | None:
    """A class code as a cell holds it ("12", or 12.0 once Excel has seen it) -> "12"."""
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)
