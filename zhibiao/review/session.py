"""One review session: the flagged rows of one output file of ``zhibiao normalize`` (its
workbook, or its .jsonl), filtered as the reviewer asks, and the reviewer's decisions written
back into that file and nowhere else.

A row is *flagged* when it has a flag of its own (the 审核意见 of its 指标明细 row). Rows come
worst first: errors, then warnings, then hints; within a severity the least sure class first.
A decision is written to the file before :meth:`Session.decide` returns (decisions that arrive
while a write is under way go out together in the next one), so a crash or a closed tab loses
at most the row being edited. In a workbook only the four review cells of the row change
(:mod:`zhibiao.review.xlsxpatch`); a .jsonl is rewritten whole with the row's review keys set.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from .. import lexicon
from ..display import targets_text
from ..normalize import REVIEW_FIELDS
from ..reviewed import cell_code, level2_code

__all__ = ["Session", "ReviewError", "SEVERITY_RANK"]

SEVERITY_RANK = {"error": 0, "warning": 1, "hint": 2}
_SEVERITY_OF = {"错误": "error", "警告": "warning", "提示": "hint",
                "error": "error", "warning": "warning", "hint": "hint"}
# "【警告】reason；【提示】reason" (Chinese workbook) or "[warning] reason; [hint] reason"
_FLAG_TEXT = re.compile(r"(?:^|；|; )(?:【(错误|警告|提示)】|\[(error|warning|hint)\] )")
_SHOWN = ("department", "project", "name", "annual_value", "targets", "raw", "source",
          "level1_effective", "level2_effective", "level2_code", "level2_name", "class_confidence",
          "runner_up_level2_code", "runner_up_confidence", "row_level2_code", "row_class_confidence",
          "value_confidence", "declared_level1", "declared_level2")


class ReviewError(ValueError):
    """A file or a decision the review page cannot take (one line, in Chinese)."""


class Session:
    """The flagged rows of `path` and the decisions written into it."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        if not self.path.is_file():
            raise ReviewError(f"{self.path}: 文件不存在")
        self.kind = self.path.suffix.lower()
        if self.kind not in (".xlsx", ".jsonl"):
            raise ReviewError(f"{self.path}: 只能审核 zhibiao normalize 输出的 .xlsx 或 .jsonl")
        self._write_lock = threading.Lock()      # one write of the file at a time
        self._pending_lock = threading.Lock()
        self._pending: dict[int, dict[str, str | None]] = {}
        self._asked = self._written = 0          # decision generations queued / on disk
        self.rows = self._load()
        self.rows.sort(key=lambda r: (r["worst"], r["class_confidence"] if r["class_confidence"] is not None
                                      else 1.0, r["order"]))
        self._by_id = {r["id"]: r for r in self.rows}
        self.taxonomy = lexicon.taxonomy()

    # ------------------------------------------------------------------------------ reading
    def _load(self) -> list[dict[str, Any]]:
        return self._load_xlsx() if self.kind == ".xlsx" else self._load_jsonl()

    def _load_xlsx(self) -> list[dict[str, Any]]:
        from ..reviewed import ReviewedError, is_output_workbook, read_reviewed

        if not is_output_workbook(self.path):
            raise ReviewError(f"{self.path}: 不是 zhibiao normalize 输出的工作簿（没有“指标明细”和审核栏）")
        try:
            rows = list(read_reviewed(self.path))
        except ReviewedError as exc:
            raise ReviewError(str(exc)) from None
        lines = self._review_lines()
        self._columns = self._review_columns()
        out = []
        for order, r in enumerate(rows):
            first_sheet = r["sheet"] == rows[0]["sheet"]
            flags = lines.get(r["excel_row"]) if first_sheet and lines is not None else None
            if flags is None:
                flags = _parse_flags(r.get("flags"))
            if flags:
                out.append(self._row(order, r, flags, {"sheet": r["sheet"], "excel_row": r["excel_row"]}))
        return out

    def _review_lines(self) -> dict[int, list[dict[str, str]]] | None:
        """The rule of each row's flags, from the 审核意见 sheet (the 指标明细 sheet shows only
        the reasons): excel row -> [{severity, rule, reason}]; None without that sheet."""
        import openpyxl

        cols = lexicon.output_columns()
        wb = openpyxl.load_workbook(self.path, read_only=True)
        try:
            title = next((t for t in wb.sheetnames if t in (cols.sheets["review"], "review")), None)
            if title is None:
                return None
            it = wb[title].iter_rows(values_only=True)
            header = next(it, ())
            names = {entry["zh"]: key for key, entry in cols.review.items()} | {k: k for k in cols.review}
            keys = [names.get(str(h)) for h in header]
            out: dict[int, list[dict[str, str]]] = {}
            scopes = {v: k for k, v in cols.scopes.items()} | {k: k for k in cols.scopes}
            for values in it:
                line = dict(zip(keys, values))
                if scopes.get(line.get("scope")) != "indicator" or not isinstance(line.get("row"), int):
                    continue
                out.setdefault(line["row"], []).append(
                    {"severity": _SEVERITY_OF.get(str(line.get("severity")), "hint"),
                     "rule": str(line.get("rule") or ""), "reason": str(line.get("reason") or "")})
            return out
        finally:
            wb.close()

    def _review_columns(self) -> dict[str, dict[str, int]]:
        """sheet -> review field -> its column (1-based), from each indicators sheet's header."""
        from ..reviewed import columns_of

        out = {}
        for title, at in columns_of(self.path).items():
            missing = [f for f in REVIEW_FIELDS if f not in at]
            if missing:
                raise ReviewError(f"{self.path}: 工作表“{title}”缺少审核栏 "
                                  f"{'、'.join(lexicon.output_columns().header(f) for f in missing)}")
            out[title] = {f: at[f] for f in REVIEW_FIELDS}
        return out

    def _load_jsonl(self) -> list[dict[str, Any]]:
        out = []
        with self.path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    raise ReviewError(f"{self.path}, 第 {n} 行: 不是 JSON") from None
                if not isinstance(r, dict) or "name" not in r:
                    raise ReviewError(f"{self.path}, 第 {n} 行: 不是 zhibiao normalize 输出的行")
                flags = [{"severity": f.get("severity", "hint"), "rule": str(f.get("rule", "")),
                          "reason": f.get("reason", "")} for f in r.get("flags") or []]
                if flags:
                    r = dict(r, targets=targets_text(r.get("targets")))
                    out.append(self._row(n, r, flags, {"line": n}))
        return out

    def _row(self, order: int, r: dict[str, Any], flags: list[dict[str, str]],
             where: dict[str, Any]) -> dict[str, Any]:
        row = {k: r.get(k) for k in _SHOWN}
        for k in ("class_confidence", "runner_up_confidence", "row_class_confidence", "value_confidence"):
            row[k] = _number(row[k])
        for k in ("level2_effective", "level2_code", "runner_up_level2_code", "row_level2_code", "level1_effective"):
            row[k] = cell_code(row[k])
        row.update({f: r.get(f) for f in REVIEW_FIELDS})
        row.update(id=order, order=order, flags=flags,
                   worst=min(SEVERITY_RANK.get(f["severity"], 2) for f in flags), **where)
        return row

    # ------------------------------------------------------------------------------ queries
    def facets(self) -> dict[str, Any]:
        """What the filters offer: departments, projects and rules with their row counts."""
        def count(values):
            out: dict[str, int] = {}
            for v in values:
                if v:
                    out[v] = out.get(v, 0) + 1
            return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))
        return {"departments": count(r["department"] for r in self.rows),
                "projects": count(r["project"] for r in self.rows),
                "rules": count(f["rule"] for r in self.rows for f in {f["rule"]: f for f in r["flags"]}.values()),
                "rows": len(self.rows), "file": self.path.name,
                "classes": [{"code": c, "name": n} for c, n in self.taxonomy.level2_names.items()],
                "decisions": list(lexicon.output_columns().decisions)}

    def query(self, department: str | None = None, project: str | None = None, rule: str | None = None,
              max_confidence: float | None = None, text: str | None = None, undecided: bool = False,
              offset: int = 0, limit: int = 200) -> dict[str, Any]:
        """The flagged rows that pass every filter given, worst first: {total, rows}."""
        found = [r for r in self.rows
                 if (not department or r["department"] == department)
                 and (not project or r["project"] == project)
                 and (not rule or any(f["rule"] == rule for f in r["flags"]))
                 and (max_confidence is None or (r["class_confidence"] or 0.0) <= max_confidence)
                 and (not undecided or not r.get("review_decision"))
                 and (not text or any(text in str(r.get(k) or "") for k in ("name", "annual_value", "raw", "project")))]
        return {"total": len(found), "rows": found[offset:offset + limit]}

    # ---------------------------------------------------------------------------- decisions
    def decide(self, row_id: int, decision: str | None = None, level2: str | None = None,
               value: str | None = None, note: str | None = None) -> dict[str, Any]:
        """Set a row's four review fields (None or "" clears one) and write them into the file
        before returning the row as it now is."""
        row = self._by_id.get(row_id)
        if row is None:
            raise ReviewError(f"没有第 {row_id} 行（页面与文件不一致，请刷新）")
        decision = (decision or "").strip() or None
        if decision is not None and decision not in lexicon.output_columns().decisions:
            raise ReviewError(f"审核结论“{decision}”不是 {' / '.join(lexicon.output_columns().decisions)} 之一")
        level2 = self._level2(level2)
        value = (value or "").strip() or None
        if (level2 or value) and decision is None:
            decision = "修改"                   # a correction is a 修改 even if not said
        fields = {"review_decision": decision, "review_level2": level2, "review_value": value,
                  "review_note": (note or "").strip() or None}
        self._write(row, fields)
        row.update(fields)
        return row

    def _level2(self, text: str | None) -> str | None:
        """A corrected level-2 as the workbook keeps it: the class's name (质量指标), from a
        code (12), a name or an alias; anything else is refused."""
        text = (text or "").strip()
        if not text:
            return None
        code = level2_code(text)
        if code is None:
            raise ReviewError(f"“{text}”不是标准的二级指标（写名称或代码，如 质量指标 或 12）")
        return self.taxonomy.level2_names[code]

    def _write(self, row: dict[str, Any], fields: dict[str, str | None]) -> None:
        with self._pending_lock:
            self._pending[row["id"]] = fields
            self._asked += 1
            mine = self._asked
        with self._write_lock:
            if self._written >= mine:
                return                          # an earlier write took this decision along
            with self._pending_lock:
                batch, self._pending = self._pending, {}
                generation = self._asked
            try:
                if self.kind == ".xlsx":
                    self._write_xlsx(batch)
                else:
                    self._write_jsonl(batch)
            except ValueError as exc:            # xlsxpatch.PatchError: a sheet it cannot edit safely
                raise ReviewError(str(exc)) from None
            except OSError as exc:               # locked by Excel, read-only, disk full
                from ..writers import os_reason
                raise ReviewError(f"{self.path}: 无法写入（{os_reason(exc)}），决定未保存") from None
            self._written = generation

    def _write_xlsx(self, batch: dict[int, dict[str, str | None]]) -> None:
        from .xlsxpatch import set_cells

        by_sheet: dict[str, dict[tuple[int, int], str | None]] = {}
        for row_id, fields in batch.items():
            row = self._by_id[row_id]
            cols = self._columns[row["sheet"]]
            cells = by_sheet.setdefault(row["sheet"], {})
            for f, v in fields.items():
                cells[(row["excel_row"], cols[f])] = v
        for sheet, cells in by_sheet.items():
            set_cells(self.path, sheet, cells)

    def _write_jsonl(self, batch: dict[int, dict[str, str | None]]) -> None:
        by_line = {self._by_id[i]["line"]: fields for i, fields in batch.items()}
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out, self.path.open(encoding="utf-8") as src:
                for n, line in enumerate(src, 1):
                    if n in by_line:
                        line = json.dumps({**json.loads(line), **by_line[n]}, ensure_ascii=False) + "\n"
                    out.write(line)
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


def _parse_flags(text: Any) -> list[dict[str, str]]:
    """Flags from the 指标明细 sheet's text ("【警告】…；【提示】…"), without rule numbers."""
    if not text:
        return []
    parts = _FLAG_TEXT.split(str(text))
    out = []
    # split gives ['', zh, en, reason, zh, en, reason, ...]
    for i in range(1, len(parts) - 2, 3):
        severity = _SEVERITY_OF.get(parts[i] or parts[i + 1] or "", "hint")
        out.append({"severity": severity, "rule": "", "reason": parts[i + 2].strip()})
    return out


def _number(v: Any) -> float | None:
    try:
        return None if v is None or v == "" else float(v)
    except (TypeError, ValueError):
        return None


