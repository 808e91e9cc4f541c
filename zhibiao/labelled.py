"""Reading a user's labelled rows for ``zhibiao evaluate`` and ``zhibiao train``.

Three kinds of file:

- the corpus gold format (JSONL: ``name``, ``value_text``, ``level1_code``, ``level2_code``,
  optional ``targets`` and ``source_id``);
- a table (.xlsx/.xls/.csv/.docx/.html/.pdf) with 三级指标, 指标值, 一级指标, 二级指标 and
  optionally a ``targets`` column: read by :func:`zhibiao.read_table`, so merged category
  cells are filled down, title rows skipped and any encoding read, exactly as ``normalize``
  reads it. Category cells may hold codes ("11"), names ("数量指标") or both ("11-数量指标");
  a csv/xlsx with the machine keys (``name``, ``level2_code``…) as its header is read as is;
- a workbook that ``zhibiao normalize`` wrote and a reviewer filled in
  (zhibiao.reviewed): the reviewer's corrections are the labels.

Each row comes back as ``{"name", "value_text", "level1_code", "level2_code", "targets",
"source", "project"}`` plus where it is (``where``), what kind of label it has
(``label_kind``: declared / accepted / corrected, None without one) and, for a row without
a usable label, why (``unlabelled``: one of UNLABELLED). A missing part is None and that part
is simply not scored.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from . import lexicon
from .categories import declared_codes

__all__ = ["load_labelled", "LabelledError", "csv_dicts", "jsonl_dicts", "labelled_kind",
           "UNLABELLED", "LABEL_KINDS"]

# why a row gives no class label (keys of the evaluation's "unscored" figures)
UNLABELLED = {"no_label": "没有填写二级指标",
              "label_not_in_taxonomy": "二级指标不是标准分类（名称或代码无法识别）",
              "pending_review": "审核结论为“待定”",
              "not_reviewed": "未经审核，原表也没有申报二级指标"}
# where a row's class label comes from
LABEL_KINDS = {"declared": "表中申报的二级指标", "accepted": "审核人采纳的分类",
               "corrected": "审核人改正的二级指标"}


def _aliases() -> dict[str, tuple[str, ...]]:
    """Field -> headers, first present wins (features/headers.yaml frame_columns)."""
    cols = lexicon.frame_columns()
    return {"name": cols["name"], "value_text": cols["value"], "level1": cols["level1"],
            "level2": cols["level2"], "source": cols["source"], "project": cols["project"],
            "targets": ("targets",)}


class LabelledError(ValueError):
    """The labelled file cannot be read or has no name column (one line naming the file)."""


def _pick(row: dict[str, Any], key: str) -> Any:
    for k in _aliases()[key]:
        v = row.get(k)
        if v not in (None, ""):
            return v
    return None


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():      # 11.0 from a spreadsheet cell
        v = int(v)
    return str(v).strip() or None


def _codes(l1: str | None, l2: str | None) -> tuple[str | None, str | None]:
    tax = lexicon.taxonomy()
    c1 = l1 if l1 in tax.level1_names else None      # bare codes first: "1", "11"
    c2 = l2 if l2 in tax.level2_names else None
    if (l1 and not c1) or (l2 and not c2):           # names or "11-数量指标"
        d1, d2, _ = declared_codes(None if c1 else l1, None if c2 else l2)
        c1, c2 = c1 or d1, c2 or d2
    if c2 and not c1:
        c1 = tax.level2_parent.get(c2)
    return c1, c2


def _why(level2_text: str | None, level2_code: str | None) -> str | None:
    if level2_code:
        return None
    return "label_not_in_taxonomy" if level2_text else "no_label"


def _targets(v: Any) -> list[dict] | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, str):                            # a csv/xlsx cell holding JSON
        try:
            v = json.loads(v)
        except json.JSONDecodeError:
            raise LabelledError(f"targets 列不是 JSON：{v[:60]!r}") from None
    if not isinstance(v, list):
        raise LabelledError(f"targets 列应为列表，而不是 {type(v).__name__}")
    return v


def normalise(row: dict[str, Any]) -> dict[str, Any] | None:
    """One labelled row (a dict under the machine keys or the Chinese headers) in the
    evaluation shape, or None when it has no name."""
    row = {str(k).strip(): v for k, v in row.items() if k is not None}
    name = _text(_pick(row, "name"))
    if not name:
        return None
    l2_text = _text(_pick(row, "level2"))
    c1, c2 = _codes(_text(_pick(row, "level1")), l2_text)
    return {"name": name, "value_text": _text(_pick(row, "value_text")) or "",
            "level1_code": c1, "level2_code": c2, "targets": _targets(_pick(row, "targets")),
            "source": _text(_pick(row, "source")), "project": _text(_pick(row, "project")) or None,
            "label_kind": "declared" if c2 else None, "unlabelled": _why(l2_text, c2)}


def _table_rows(header: list[Any], body: list[list[Any]]) -> list[dict[str, Any]]:
    keys = [str(h).strip() if h is not None else "" for h in header]
    return [dict(zip(keys, cells)) for cells in body if any(c not in (None, "") for c in cells)]


def _xlsx(path: Path) -> list[dict[str, Any]]:
    """The rows of the first sheet under its header (the first row naming the indicator)."""
    import zipfile
    from openpyxl import load_workbook

    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                cells = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            finally:
                wb.close()
    except (zipfile.BadZipFile, KeyError, IndexError, OSError, ValueError, SyntaxError) as exc:
        raise LabelledError(f"{path}: 工作簿损坏或无法读取（{type(exc).__name__}）") from None
    names = set(_aliases()["name"])
    for i, row in enumerate(cells[:20]):
        if names & {str(c).strip() for c in row if c is not None}:
            return _table_rows(row, cells[i + 1:])
    raise LabelledError(f"{path}: 没有含 {' / '.join(_aliases()['name'])} 的表头行")


def decoded(path: Path) -> str:
    """The text of a labelled file in whatever encoding it came (UTF-8, GBK, UTF-16...)."""
    from .readers.text import decode
    try:
        return decode(path.read_bytes())
    except UnicodeDecodeError:
        raise LabelledError(f"{path}: 不是可识别编码的文本文件") from None


def csv_dicts(path: Path) -> list[dict[str, Any]]:
    """The rows of a labelled csv as dicts keyed by its header; a malformed line is named."""
    import io
    from .readers.delimited import sniff_dialect
    text = decoded(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=sniff_dialect(text[:65536]))
    try:
        return list(reader)
    except csv.Error as exc:
        raise LabelledError(f"{path}, line {reader.line_num}: CSV 格式错误（{exc}）") from None


def jsonl_dicts(path: Path) -> list[dict[str, Any]]:
    """One JSON object a line; the first line that is not one is named."""
    rows = []
    for n, line in enumerate(decoded(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelledError(f"{path}, line {n}: 不是 JSON 对象（{exc.msg}）") from None
        if not isinstance(row, dict):
            raise LabelledError(f"{path}, line {n}: 不是 JSON 对象")
        rows.append(row)
    return rows


def labelled_kind(path: Path) -> str:
    """'jsonl', 'reviewed' (a workbook zhibiao normalize wrote) or 'table' (any format
    read_table reads), judged by content; 'xlsx'/'csv' name the table formats that may also
    carry the machine keys as their header."""
    from .readers.detect import detect
    from .records import ReadError
    from .reviewed import is_output_workbook
    try:
        fmt = detect(path)
    except ReadError as exc:
        raise LabelledError(str(exc)) from None
    if fmt == "xlsx":
        return "reviewed" if is_output_workbook(path) else "xlsx"
    if fmt in ("csv", "txt"):
        with path.open("rb") as fh:
            head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{") or path.suffix.lower() == ".jsonl":
            return "jsonl"
        return "csv" if fmt == "csv" or path.suffix.lower() == ".csv" else "table"
    return "table"


def _from_table(path: Path, kind: str) -> list[dict[str, Any]]:
    """The rows of a table as read_table reads them (merged category cells filled down);
    a csv/xlsx whose header is the machine keys (``name``, ``level2_code``…), which
    read_table does not take for an indicator table, is read under its header instead."""
    from .readers import read_table
    from .records import ReadError
    try:
        records = read_table(path)
    except ReadError as exc:
        if kind not in ("csv", "xlsx"):
            raise LabelledError(str(exc)) from None
        try:
            raw = _xlsx(path) if kind == "xlsx" else csv_dicts(path)
        except LabelledError:
            raise LabelledError(str(exc)) from None
        if not any(_pick({str(k).strip(): v for k, v in r.items() if k is not None}, "name")
                   for r in raw):
            raise LabelledError(str(exc)) from None
        return _from_dicts(path, raw, first=2)
    out = []
    for ind in records:
        if not _text(ind.name):
            continue
        where = _where(path, ind.location)
        extra = {str(k).strip(): v for k, v in (ind.extra or {}).items()}
        l1_text, l2_text = _text(ind.declared_level1), _text(ind.declared_level2)
        c1, c2 = ind.declared_level1_code, ind.declared_level2_code
        if not c2 or not c1:                 # bare codes (1, 12) the reader does not map
            d1, d2 = _codes(l1_text, l2_text)
            c1, c2 = c1 or d1, c2 or d2
        if c2 and not c1:
            c1 = lexicon.taxonomy().level2_parent.get(c2)
        try:
            targets = _targets(_pick(extra, "targets"))
        except LabelledError as exc:
            raise LabelledError(f"{where}: {exc}") from None
        out.append({"name": _text(ind.name), "value_text": _text(ind.annual_value)
                    or _text(ind.period_value) or "",
                    "level1_code": c1, "level2_code": c2, "targets": targets,
                    "source": _text(_pick(extra, "source")), "project": _text(ind.project),
                    "label_kind": "declared" if c2 else None, "unlabelled": _why(l2_text, c2),
                    "where": where})
    return out


def _where(path: Path, location: dict[str, Any]) -> str:
    parts = [str(path)]
    if location.get("sheet") and location.get("row"):
        parts.append(f"工作表“{location['sheet']}”第 {location['row']} 行")
    elif location.get("row"):
        parts.append(f"第 {location['row']} 行")
    elif location.get("line"):
        parts.append(f"第 {location['line']} 行")
    return ", ".join(parts)


def _from_dicts(path: Path, raw: list[dict[str, Any]], first: int = 1,
                unit: str = "行") -> list[dict[str, Any]]:
    rows = []
    for n, x in enumerate(raw, first):
        where = f"{path}, line {n}" if unit == "line" else f"{path}, 第 {n} {unit}"
        try:
            row = normalise(x)
        except LabelledError as exc:
            raise LabelledError(f"{where}: {exc}") from None
        if row is not None:
            rows.append(dict(row, where=where))
    return rows


def _from_reviewed(path: Path) -> list[dict[str, Any]]:
    """The rows of a reviewed workbook with the labels the reviewer gave (reviewed.labels_of)."""
    from .reviewed import ReviewedError, labels_of, read_reviewed
    out = []
    try:
        for row in read_reviewed(path):
            where = f"{path}, 工作表“{row['sheet']}”第 {row['excel_row']} 行"
            name = _text(row.get("name"))
            if not name:
                continue
            lab = labels_of(row, where)
            c2 = lab["level2_code"] if lab["level2_code"] in lexicon.taxonomy().level2_names else None
            if c2 is None:
                declared = _text(row.get("declared_level2"))
                why = ("pending_review" if lab["decision"] == "待定" else
                       "label_not_in_taxonomy" if declared else
                       "no_label" if lab["decision"] else "not_reviewed")
            else:
                why = None
            kind = ("corrected" if "level2" in lab["corrected"] else
                    "accepted" if lab["decision"] == "采纳" else "declared") if c2 else None
            out.append({"name": name, "value_text": _text(lab["value_text"]) or "",
                        "level1_code": lab["level1_code"] if c2 else None, "level2_code": c2,
                        "targets": None, "source": _text(row.get("source")),
                        "project": _text(row.get("project")), "label_kind": kind,
                        "unlabelled": why, "value_corrected": "value" in lab["corrected"],
                        "where": where})
    except ReviewedError as exc:
        raise LabelledError(str(exc)) from None
    return out


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """The labelled rows of a .jsonl file, a table (.xlsx/.csv/.docx…) or a reviewed
    workbook from zhibiao normalize."""
    path = Path(path)
    if not path.is_file():
        raise LabelledError(f"{path}: 没有这个文件")
    kind = labelled_kind(path)
    if kind == "jsonl":
        rows = _from_dicts(path, jsonl_dicts(path), unit="line")
    elif kind == "reviewed":
        rows = _from_reviewed(path)
    else:
        rows = _from_table(path, kind)
    if not rows:
        raise LabelledError(f"{path}: 没有可用的行（需要“三级指标”或 name 列）")
    return rows
