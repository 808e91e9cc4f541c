"""Writing a normalised batch: .xlsx (indicators, review and summary sheets), .csv (UTF-8
with BOM so Excel opens it), .jsonl, .parquet. The format follows OUT's extension."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from .normalize import records_frame

SEVERITY_ORDER = {"error": 0, "warning": 1, "hint": 2}
FORMATS = (".xlsx", ".csv", ".jsonl", ".parquet")
LIST_COLUMNS = ("targets", "period_targets", "flags", "project_flags")


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists of dicts as JSON text, for formats that hold only scalars."""
    out = frame.copy()
    for col in LIST_COLUMNS:
        if col in out.columns:
            out[col] = [json.dumps(v, ensure_ascii=False) for v in out[col]]
    return out


def review_rows(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """What a reviewer must look at, worst first: one line per flag (project flags once per
    project), with the reason."""
    lines = []
    seen_projects = set()
    for i, r in enumerate(rows):
        key = (r.get("source"), r.get("project"))
        items = [("indicator", f) for f in r["flags"]]
        if key not in seen_projects:
            seen_projects.add(key)
            items += [("project", f) for f in r["project_flags"]]
        for scope, f in items:
            lines.append({
                "severity": f["severity"], "rule": f["rule"], "reason": f["reason"], "scope": scope,
                "row": i + 1, "source": r.get("source"), "department": r.get("department"),
                "project": r.get("project"), "name": r.get("name") if scope == "indicator" else "",
                "annual_value": r.get("annual_value") if scope == "indicator" else "",
                "class_confidence": r.get("class_confidence"),
                "value_confidence": r.get("value_confidence"),
            })
    frame = pd.DataFrame(lines, columns=["severity", "rule", "reason", "scope", "row", "source",
                                         "department", "project", "name", "annual_value",
                                         "class_confidence", "value_confidence"])
    if len(frame):
        frame = frame.sort_values(by=["severity", "row"], key=lambda s: s.map(SEVERITY_ORDER)
                                  if s.name == "severity" else s, kind="stable")
    return frame


def department_summary(rows: list[dict[str, Any]]) -> pd.DataFrame:
    out: dict[str, dict[str, Any]] = {}
    projects: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        dep = r.get("department") or "(未注明)"
        d = out.setdefault(dep, {"department": dep, "projects": 0, "indicators": 0, "amount_万元": 0.0,
                                 "errors": 0, "warnings": 0, "hints": 0, "优": 0, "良": 0, "中": 0})
        d["indicators"] += 1
        for f in r["flags"]:
            d[f["severity"] + "s"] += 1
        key = (r.get("source"), r.get("project"))
        if key not in projects:
            projects[key] = r
            d["projects"] += 1
            d["amount_万元"] += r.get("project_amount") or 0.0
            for f in r["project_flags"]:
                d[f["severity"] + "s"] += 1
            if r.get("grade") in ("优", "良", "中"):
                d[r["grade"]] += 1
    return pd.DataFrame(list(out.values()))


def write(rows: list[dict[str, Any]], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = records_frame(rows)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _xlsx(frame, rows, path)
    elif suffix == ".csv":
        _flat(frame).to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    elif suffix == ".parquet":
        _flat(frame).to_parquet(path, index=False)
    else:
        raise ValueError(f"{path}: unknown output format (use .xlsx, .csv, .jsonl or .parquet)")
    return path


def _xlsx(frame: pd.DataFrame, rows: list[dict[str, Any]], path: Path) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheets = {"indicators": _flat(frame), "review": review_rows(rows),
              "summary": department_summary(rows)}
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for title, data in sheets.items():
            data.to_excel(xw, sheet_name=title, index=False)
            ws = xw.sheets[title]
            ws.freeze_panes = "A2"
            if ws.max_row > 1:
                ws.auto_filter.ref = ws.dimensions
            for cell in ws[1]:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="DDEBF7")
                cell.alignment = Alignment(vertical="top")
            for i, col in enumerate(data.columns, 1):
                sample = [str(col)] + [str(v) for v in data[col].head(200)]
                width = min(60, max(8, max(len(s) for s in sample) + 2))
                ws.column_dimensions[get_column_letter(i)].width = width
        review = xw.sheets["review"]
        fills = {"error": "F8CBAD", "warning": "FFE699", "hint": "E2EFDA"}
        for row in review.iter_rows(min_row=2, max_col=1):
            color = fills.get(row[0].value)
            if color:
                row[0].fill = PatternFill("solid", fgColor=color)
