"""Writing a normalised batch: .xlsx (the reviewer's workbook), .csv (UTF-8 with BOM so Excel
opens it), .jsonl, .parquet. The format follows OUT's extension.

The workbook is for people, in Chinese unless asked for English (``lang="en"``): 指标明细 (one
row an indicator; targets and flags as readable text; four columns the reviewer fills in:
审核结论 / 改为二级指标 / 改为指标值 / 审核备注, which ``zhibiao train`` reads back), 审核意见 (a
line a flag, worst first, with the 指标明细 row it is on), 汇总 (by department) and 说明 (the
grades, confidences, auto-accept and rules explained). Headers come from
features/output_columns.yaml. .jsonl, .csv and .parquet are for pipelines: the stable
snake_case keys, targets and flags as JSON.

Every format is written row by row, so a batch of any size goes out in bounded memory: .jsonl
and .csv a line at a time, .parquet in row groups, .xlsx through XlsxWriter's constant-memory
sheets (a sheet holds at most 1,048,576 rows; the rows after that go on in ``指标明细_2``…
and likewise ``审核意见_2``…). The review lines wait on disk, one file per
severity, until the indicators are written. Output goes to a temporary file in OUT's folder,
renamed to OUT only when complete: a failure (a full disk) leaves no partial file behind and
raises :class:`WriteError`, whose one-line message names OUT.

Only the .xlsx cells lose the characters XML cannot hold (control characters such as ESC,
vertical tab, NUL); .jsonl, .csv and .parquet keep every text exactly.
"""
from __future__ import annotations

import csv
import errno
import io
import json
import math
import os
import pickle
import re
import secrets
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from . import display, lexicon
from .normalize import OUTPUT_COLUMNS, REVIEW_FIELDS, to_output_row

SEVERITY_ORDER = {"error": 0, "warning": 1, "hint": 2}
FORMATS = (".xlsx", ".csv", ".jsonl", ".parquet")
LIST_COLUMNS = ("targets", "period_targets", "flags", "project_flags")
REVIEW_COLUMNS = ["severity", "rule", "reason", "scope", "row", "source", "department", "project",
                  "name", "annual_value", "class_confidence", "value_confidence"]
SUMMARY_COLUMNS = ["department", "projects", "indicators", "amount_万元", "errors", "warnings",
                   "hints", "优", "良", "中"]
MAX_SHEET_ROWS = 1_048_576          # rows of one xlsx sheet, header included (Excel's limit)
MAX_CELL_CHARS = 32_767             # characters of one xlsx cell (Excel's limit)
PARQUET_ROW_GROUP = 50_000
_FLOAT_COLUMNS = ("project_amount", "class_confidence", "runner_up_confidence", "row_class_confidence",
                  "number", "upper",
                  "value_confidence")
_INT_COLUMNS = ("year",)
_FILLS = {"error": "F8CBAD", "warning": "FFE699", "hint": "E2EFDA"}


class WriteError(OSError):
    """The output could not be written (nothing was left behind). One line naming the file."""


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists of dicts as JSON text, for formats that hold only scalars."""
    out = frame.copy()
    for col in LIST_COLUMNS:
        if col in out.columns:
            out[col] = [json.dumps(v, ensure_ascii=False) for v in out[col]]
    return out


# --------------------------------------------------------------------- review and summary
def _review_lines(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One line per flag (project flags once per project), in row order."""
    seen_projects = set()
    for i, r in enumerate(rows):
        key = (r.get("source"), r.get("project"))
        items = [("indicator", f) for f in r["flags"]]
        if key not in seen_projects:
            seen_projects.add(key)
            items += [("project", f) for f in r["project_flags"]]
        for scope, f in items:
            yield {
                "severity": f["severity"], "rule": f["rule"], "reason": f["reason"], "scope": scope,
                "row": i + 1, "source": r.get("source"), "department": r.get("department"),
                "project": r.get("project"), "name": r.get("name") if scope == "indicator" else "",
                "annual_value": r.get("annual_value") if scope == "indicator" else "",
                "class_confidence": r.get("class_confidence"),
                "value_confidence": r.get("value_confidence"),
            }


def review_rows(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """What a reviewer must look at, worst first: one line per flag (project flags once per
    project), with the reason."""
    frame = pd.DataFrame(list(_review_lines(rows)), columns=REVIEW_COLUMNS)
    if len(frame):
        frame = frame.sort_values(by=["severity", "row"], key=lambda s: s.map(SEVERITY_ORDER)
                                  if s.name == "severity" else s, kind="stable")
    return frame


class _DepartmentSummary:
    """The summary sheet, counted one row at a time."""

    def __init__(self) -> None:
        self.out: dict[str, dict[str, Any]] = {}
        self.projects: set = set()

    def add(self, r: dict[str, Any]) -> None:
        dep = r.get("department") or "(未注明)"
        d = self.out.get(dep)
        if d is None:
            d = self.out[dep] = {"department": dep, "projects": 0, "indicators": 0, "amount_万元": None,
                                 "errors": 0, "warnings": 0, "hints": 0, "优": 0, "良": 0, "中": 0}
        d["indicators"] += 1
        for f in r["flags"]:
            d[f["severity"] + "s"] += 1
        key = (r.get("source"), r.get("project"))
        if key not in self.projects:
            self.projects.add(key)
            d["projects"] += 1
            if r.get("project_amount") is not None:      # unknown is empty, not 0 万元
                d["amount_万元"] = (d["amount_万元"] or 0.0) + r["project_amount"]
            for f in r["project_flags"]:
                d[f["severity"] + "s"] += 1
            if r.get("grade") in ("优", "良", "中"):
                d[r["grade"]] += 1

    def lines(self) -> list[dict[str, Any]]:
        return list(self.out.values())


def department_summary(rows: list[dict[str, Any]]) -> pd.DataFrame:
    acc = _DepartmentSummary()
    for r in rows:
        acc.add(r)
    return pd.DataFrame(acc.lines())


class _ReviewSpill:
    """Review lines kept on disk, one file per severity, read back worst first."""

    BATCH = 5_000

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.buffers: dict[str, list[dict[str, Any]]] = {s: [] for s in SEVERITY_ORDER}
        self.files: dict[str, Any] = {}
        self.seen_projects: set = set()
        self.row = 0

    def add(self, r: dict[str, Any]) -> None:
        self.row += 1
        key = (r.get("source"), r.get("project"))
        first = key not in self.seen_projects
        if first:
            self.seen_projects.add(key)
        if not r["flags"] and not (first and r["project_flags"]):
            return
        view = dict(r, project_flags=r["project_flags"] if first else [])
        for line in _review_lines([view]):
            line["row"] = self.row
            buf = self.buffers.setdefault(line["severity"], [])
            buf.append(line)
            if len(buf) >= self.BATCH:
                self._dump(line["severity"])

    def _dump(self, severity: str) -> None:
        fh = self.files.get(severity)
        if fh is None:
            fh = self.files[severity] = open(os.path.join(self.folder, f"review-{severity}.pickle"), "w+b")
        pickle.dump(self.buffers[severity], fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffers[severity] = []

    def lines(self) -> Iterator[dict[str, Any]]:
        order = sorted(set(self.buffers) | set(self.files), key=lambda s: SEVERITY_ORDER.get(s, 9))
        for severity in order:
            fh = self.files.get(severity)
            if fh is not None:
                fh.flush()
                fh.seek(0)
                while True:
                    try:
                        batch = pickle.load(fh)
                    except EOFError:
                        break
                    yield from batch
            yield from self.buffers.get(severity, [])

    def close(self) -> None:
        for fh in self.files.values():
            fh.close()


# --------------------------------------------------------------------------- the file itself
class _Sink(io.RawIOBase):
    """The temporary output file. After `discard()` every write is swallowed, so that a
    half-built zip or parquet footer left for the garbage collector makes no noise."""

    def __init__(self, fh: Any) -> None:
        super().__init__()
        self._fh = fh
        self._discarding = False
        self._pos = 0

    def discard(self) -> None:
        self._discarding = True
        try:
            self._fh.close()
        except OSError:
            pass

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def write(self, data) -> int:  # type: ignore[override]
        n = memoryview(data).nbytes
        if self._discarding:
            self._pos += n
            return n
        self._fh.write(data)
        return n

    def tell(self) -> int:
        return self._pos if self._discarding else self._fh.tell()

    def seek(self, pos: int, whence: int = 0) -> int:
        if self._discarding:
            self._pos = pos if whence == 0 else self._pos + pos
            return self._pos
        return self._fh.seek(pos, whence)

    def flush(self) -> None:
        if not self._discarding and not self._fh.closed:
            self._fh.flush()

    def close(self) -> None:
        if not self._discarding and not self._fh.closed:
            self._fh.close()
        super().close()


# ------------------------------------------------------------------------------- formats
def _plain(v: Any) -> Any:
    """A value as .jsonl/.parquet hold it: NaN is null."""
    return None if isinstance(v, float) and math.isnan(v) else v


class _Jsonl:
    def __init__(self, sink: _Sink, path: Path, scratch: str, notes: list[str]) -> None:
        self.sink = sink

    def add(self, row: dict[str, Any]) -> None:
        line = json.dumps({k: _plain(row.get(k)) for k in OUTPUT_COLUMNS}, ensure_ascii=False)
        self.sink.write((line + "\n").encode("utf-8"))

    def close(self) -> None:
        pass


class _Csv:
    def __init__(self, sink: _Sink, path: Path, scratch: str, notes: list[str]) -> None:
        self.sink = sink
        self.text = io.StringIO()
        self.writer = csv.writer(self.text)
        sink.write(b"\xef\xbb\xbf")                 # BOM: Excel reads the file as UTF-8
        self._line(OUTPUT_COLUMNS)

    def _line(self, values: list[Any]) -> None:
        self.writer.writerow(values)
        self.sink.write(self.text.getvalue().encode("utf-8"))
        self.text.seek(0)
        self.text.truncate()

    def add(self, row: dict[str, Any]) -> None:
        values = []
        for col in OUTPUT_COLUMNS:
            v = row.get(col)
            if col in LIST_COLUMNS:
                v = json.dumps(v, ensure_ascii=False)
            elif v is None or (isinstance(v, float) and math.isnan(v)):
                v = ""
            values.append(v)
        self._line(values)

    def close(self) -> None:
        pass


class _Parquet:
    def __init__(self, sink: _Sink, path: Path, scratch: str, notes: list[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        fields = []
        for col in OUTPUT_COLUMNS:
            kind = pa.float64() if col in _FLOAT_COLUMNS else pa.int64() if col in _INT_COLUMNS \
                else pa.string()
            fields.append(pa.field(col, kind))
        self.schema = pa.schema(fields)
        self.writer = pq.ParquetWriter(sink, self.schema)
        self.batch: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any]) -> None:
        out = {}
        for col in OUTPUT_COLUMNS:
            v = _plain(row.get(col))
            if v is not None:
                if col in LIST_COLUMNS:
                    v = json.dumps(v, ensure_ascii=False)
                elif col in _FLOAT_COLUMNS:
                    v = float(v)
                elif col in _INT_COLUMNS:
                    v = int(v)
                elif not isinstance(v, str):
                    v = str(v)
            out[col] = v
        self.batch.append(out)
        if len(self.batch) >= PARQUET_ROW_GROUP:
            self._group()

    def _group(self) -> None:
        if self.batch:
            self.writer.write_table(self.pa.Table.from_pylist(self.batch, schema=self.schema))
            self.batch = []

    def close(self) -> None:
        self._group()
        self.writer.close()


class _Sheets:
    """One sheet of the workbook, continued in `title_2`, `title_3`… past MAX_SHEET_ROWS; the
    header bold on a blue fill (a `marked` column's on its own colour) and frozen with the
    first `freeze_columns` columns, filters on, column widths from the first rows, a drop-down
    list of `choices` in a column. Rows go to xlsxwriter's constant-memory sheets: each row
    is written out as it comes."""

    SAMPLE = 200

    def __init__(self, wb: Any, title: str, columns: list[str], fill_first: bool = False,
                 freeze_columns: int = 0, marked: dict[int, str] | None = None,
                 choices: dict[int, list[str]] | None = None, pages_wide: int = 1) -> None:
        self.wb, self.title, self.columns = wb, title, columns
        self.pages_wide = pages_wide
        self.fill_first, self.freeze_columns = fill_first, freeze_columns
        self.choices = choices or {}
        self.sample: list[tuple[list[Any], str | None, Any]] | None = []
        self.widths: list[float] = []
        self.ws: Any = None
        self.titles: list[str] = []
        self.in_sheet = 0                   # data rows in the current sheet
        self.total = 0
        self._header = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "valign": "top"})
        self._marked = {i: wb.add_format({"bold": True, "bg_color": f"#{c}", "valign": "top"})
                        for i, c in (marked or {}).items()}
        self._fills = {k: wb.add_format({"bg_color": f"#{v}", "pattern": 1}) for k, v in _FILLS.items()}

    def excel_row(self, index: int) -> int:
        """The row number Excel shows for data row `index` (0-based) of this sheet's run."""
        return index % (MAX_SHEET_ROWS - 1) + 2

    def add(self, values: list[Any], key: str | None = None, first: Any = None) -> None:
        """A data row; with `fill_first`, `key` (a severity) colours the first cell, which
        shows `first`."""
        self.total += 1
        if self.sample is not None:
            self.sample.append((values, key, first))
            if len(self.sample) >= self.SAMPLE:
                self._start()
            return
        self._append(values, key, first)

    def _start(self) -> None:
        sample, self.sample = self.sample or [], None
        for i, col in enumerate(self.columns):
            texts = [str(col)] + ["" if r[0][i] is None else str(r[0][i]) for r in sample]
            if i == 0 and self.fill_first:
                texts += [str(r[2]) for r in sample if r[2] is not None]
            self.widths.append(min(40, max(8, max(_width(s) for s in texts) + 2)))
        self._new_sheet()
        for values, key, first in sample:
            self._append(values, key, first)

    def _new_sheet(self) -> None:
        self._close_sheet()
        title = self.title if not self.titles else f"{self.title}_{len(self.titles) + 1}"
        self.titles.append(title)
        ws = self.ws = self.wb.add_worksheet(title)
        for i, width in enumerate(self.widths):
            ws.set_column(i, i, width)
        ws.freeze_panes(1, self.freeze_columns)
        # printed as a reviewer reads it: landscape, the header (and frozen columns) on every
        # page, `pages_wide` pages across
        ws.set_landscape()
        ws.set_paper(8 if self.pages_wide > 1 else 9)          # A3 for the wide sheet, else A4
        ws.repeat_rows(0)
        if self.freeze_columns:
            ws.repeat_columns(0, self.freeze_columns - 1)
        if self.pages_wide > 1:
            ws.set_print_scale(60)      # LibreOffice reads "n pages wide, any height" as one page tall
        else:
            ws.fit_to_pages(1, 0)
        for i, col in enumerate(self.columns):
            ws.write_string(0, i, _xlsx_text(str(col)), self._marked.get(i, self._header))
        for i, options in self.choices.items():
            ws.data_validation(1, i, MAX_SHEET_ROWS - 1, i, {"validate": "list", "source": options,
                                                            "ignore_blank": True, "error_type": "warning"})
        self.in_sheet = 0

    def _append(self, values: list[Any], key: str | None = None, first: Any = None) -> None:
        if self.in_sheet >= MAX_SHEET_ROWS - 1:
            self._new_sheet()
        ws, row = self.ws, self.in_sheet + 1
        for i, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, str):            # text, never a formula, number or link
                ws.write_string(row, i, v)
            elif isinstance(v, bool):
                ws.write_boolean(row, i, v)
            else:
                ws.write_number(row, i, v)
        if self.fill_first and key in self._fills:       # severity, coloured
            ws.write_string(row, 0, str(first if first is not None else values[0]), self._fills[key])
        self.in_sheet += 1

    def _close_sheet(self) -> None:
        if self.ws is not None and self.in_sheet:
            self.ws.autofilter(0, 0, self.in_sheet, len(self.columns) - 1)

    def close(self) -> None:
        if self.sample is not None:
            self._start()
        self._close_sheet()


def _width(text: str) -> float:
    """Display width: a CJK character is about two Latin ones wide."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text[:80])


# characters XML 1.0 cannot hold (Excel refuses a file with them)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(v: str) -> str:
    v = _ILLEGAL.sub("", v)
    return v if len(v) <= MAX_CELL_CHARS else v[: MAX_CELL_CHARS - 1] + "…"


def _xlsx_value(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    if isinstance(v, str):
        return _xlsx_text(v)
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    if isinstance(v, (int, float)):
        return v
    return _xlsx_text(str(v))


# the indicators sheet, people first: what the row is, what zhibiao read, what to review, the
# reviewer's own four columns; then every other output column in OUTPUT_COLUMNS order
_LEAD_COLUMNS = ["project", "name", "annual_value", "targets", "declared_level1", "declared_level2",
                 "level2_name", "class_confidence", "value_confidence", "auto_accepted", "flags",
                 *REVIEW_FIELDS]
WORKBOOK_COLUMNS = _LEAD_COLUMNS + [c for c in OUTPUT_COLUMNS if c not in _LEAD_COLUMNS]
_REVIEW_FILL = "FFF2CC"


def _people_value(key: str, v: Any, lang: str) -> Any:
    """What the workbook shows a reviewer for an output value (machine values stay in
    .jsonl/.csv/.parquet)."""
    if key in ("targets", "period_targets"):
        return display.targets_text(v, lang) or None
    if key in ("flags", "project_flags"):
        return display.flags_text(v, lang) or None
    if key == "location":
        return display.location_text(v, lang) or None
    if key == "auto_accepted":
        return display.yes_no(v, lang)
    return _xlsx_value(v)


class _Xlsx:
    """The reviewer's workbook: 指标明细 (a row an indicator, readable targets and flags, four
    columns for the reviewer), 审核意见 (a line a flag, worst first), 汇总 (by department) and
    说明 (what the grades, confidences and rules mean). Chinese unless `lang` is "en"."""

    def __init__(self, sink: _Sink, path: Path, scratch: str, notes: list[str], lang: str = "zh") -> None:
        import xlsxwriter

        self.sink, self.path, self.notes, self.lang = sink, path, notes, lang
        # constant memory: each sheet's rows go to a temporary file in `scratch` as written
        self.wb = xlsxwriter.Workbook(sink, {"constant_memory": True, "tmpdir": scratch,
                                             "strings_to_numbers": False, "strings_to_formulas": False,
                                             "strings_to_urls": False})
        # a sheet of a million rows is more than 4 GB of XML before compression: ZIP64
        self.wb.use_zip64()
        self.wb.set_custom_property("zhibiao_output", "indicators")   # read_reviewed() knows it
        cols = lexicon.output_columns()
        self.sheet_names = cols.sheets if lang == "zh" else {k: k for k in cols.sheets}
        self.indicators = _Sheets(self.wb, self.sheet_names["indicators"],
                                  [cols.header(c, lang) for c in WORKBOOK_COLUMNS], freeze_columns=2,
                                  pages_wide=4,
                                  marked={WORKBOOK_COLUMNS.index(c): _REVIEW_FILL for c in REVIEW_FIELDS},
                                  choices={WORKBOOK_COLUMNS.index("review_decision"): list(cols.decisions)})
        self.review = _ReviewSpill(scratch)
        self.summary = _DepartmentSummary()

    def add(self, row: dict[str, Any]) -> None:
        self.indicators.add([_people_value(c, row.get(c), self.lang) for c in WORKBOOK_COLUMNS])
        self.review.add(row)
        self.summary.add(row)

    def close(self) -> None:
        self.indicators.close()
        cols, lang = lexicon.output_columns(), self.lang
        review = _Sheets(self.wb, self.sheet_names["review"],
                         [cols.header(c, lang, "review") for c in REVIEW_COLUMNS], fill_first=True,
                         pages_wide=2)
        for line in self.review.lines():
            line = dict(line, row=self.indicators.excel_row(line["row"] - 1))
            values = [_xlsx_value(line[c]) for c in REVIEW_COLUMNS]
            if lang == "zh":
                values[1] = line["rule"]
                values[3] = cols.scopes.get(line["scope"], line["scope"])
            review.add(values, key=line["severity"],
                       first=display.severity_name(line["severity"], lang))
        review.close()
        self.review.close()
        summary = _Sheets(self.wb, self.sheet_names["summary"],
                          [cols.header(c, lang, "summary") for c in SUMMARY_COLUMNS])
        for line in self.summary.lines():
            summary.add([_xlsx_value(line[c]) for c in SUMMARY_COLUMNS])
        summary.close()
        from .workbook_notes import write_notes

        write_notes(self.wb, self.sheet_names["notes"], lang)
        for sheets, what in ((self.indicators, "指标行"), (review, "审核意见行")):
            if len(sheets.titles) > 1:
                self.notes.append(
                    f"{self.path}: {sheets.total:,} {what}超过一个工作表的上限（{MAX_SHEET_ROWS - 1:,} 行），"
                    f"续写在工作表 {'、'.join(sheets.titles[1:])}")
        from xlsxwriter.exceptions import XlsxFileError

        try:
            self.wb.close()
        except XlsxFileError as exc:       # one line naming the file, never a traceback
            raise WriteError(f"{self.path}: 无法写出工作簿（{type(exc).__name__}: {exc}）") from None

    def abort(self) -> None:
        """Close the review spill; xlsxwriter's temporary files are in the scratch folder,
        which write_rows removes."""
        self.review.close()


def _new_file(path: Path) -> str:
    """An empty temporary file beside `path` (mode as the umask allows, like any new file)."""
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def os_reason(exc: OSError) -> str:
    plain = {errno.ENOSPC: "磁盘空间不足", errno.EACCES: "没有写入权限", errno.EROFS: "只读的文件系统",
             errno.EDQUOT: "超出磁盘配额"}.get(exc.errno)
    text = " ".join(str(exc.strerror or exc).split())
    return f"{plain}: {text}" if plain else text


_WRITERS = {".xlsx": _Xlsx, ".csv": _Csv, ".jsonl": _Jsonl, ".parquet": _Parquet}


# ----------------------------------------------------------------------------- entry points
def write_rows(rows: Iterable[dict[str, Any]], path: str | os.PathLike[str],
               notes: list[str] | None = None, lang: str = "zh") -> Path:
    """Write output rows (:func:`zhibiao.normalize.to_output_row` dicts, e.g. the rows of a
    :class:`~zhibiao.streaming.NormalizedStream`) to `path`, one at a time. The file appears
    only when complete. Lines worth telling the user (a sheet continued on another) are
    appended to `notes`. `lang` is the workbook's language: "zh" (sheet names, headers,
    severities and readable values in Chinese) or "en" (the keys as headers); the other
    formats always use the keys."""
    if lang not in ("zh", "en"):
        raise ValueError(f"unknown language {lang!r} (zh or en)")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _WRITERS:
        raise ValueError(f"{path}: unknown output format (use .xlsx, .csv, .jsonl or .parquet)")
    notes = [] if notes is None else notes
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _new_file(path)
    except OSError as exc:
        raise WriteError(f"{path}: 无法写出（{os_reason(exc)}）") from None
    sink = writer = None
    try:
        with tempfile.TemporaryDirectory(prefix=".zhibiao-", dir=path.parent) as scratch:
            sink = _Sink(open(tmp, "wb"))
            writer = (_Xlsx(sink, path, scratch, notes, lang) if suffix == ".xlsx"
                      else _WRITERS[suffix](sink, path, scratch, notes))
            for row in rows:
                writer.add(row)
            writer.close()
            sink.close()
        os.replace(tmp, path)
    except BaseException as exc:
        if sink is not None:
            sink.discard()
        if writer is not None and hasattr(writer, "abort"):
            writer.abort()
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(f"{path}: 写出失败，未留下不完整的文件（{os_reason(exc)}）") from None
        raise
    return path


def write(rows: list[dict[str, Any]], path: str | os.PathLike[str],
          notes: list[str] | None = None, lang: str = "zh") -> Path:
    """Write normalised rows (:func:`zhibiao.normalize.normalize_records`) to `path`."""
    return write_rows((to_output_row(r) for r in rows), path, notes, lang)
