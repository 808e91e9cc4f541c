"""Batch normalisation: indicator records or a DataFrame in, one clean row per indicator out.

Each distinct value string is parsed once and each distinct (name, value) pair classified
once, in one vectorised call; then the reviewer's checks run over the rows and their
projects. Nothing is dropped or reordered, and every row keeps its original text.

>>> import pandas as pd
>>> out = normalize(pd.DataFrame({"三级指标": ["服务对象满意度", "培训人次"], "指标值": ["≥90%", "500人次以上"]}))
>>> out[["三级指标", "level1_code", "op", "number", "unit"]].values.tolist()
[['服务对象满意度', '3', '>=', 90.0, '%'], ['培训人次', '1', '>=', 500.0, '人次']]
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import re
from collections import Counter
from typing import Any, Iterable, Sequence

import numpy as np
import pandas as pd

from . import checks, lexicon, table_classifier
from .categories import declared_codes
from .classifier import TaxonomyModel, resolve_model
from .records import Indicator
from .values import Target, cell_error, confidence, parse_unscored


_DIGIT_LEFT = re.compile(r"\d")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_CONTEXT_YEAR = re.compile(r"(19|20)\d{2}\s*年度?")
_NAME_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]\s*$")
_LEFTOVER_DROP = re.compile(r"[\s,;。:、()\[\]（）《》%‰.·/\-~～]+")


# ------------------------------------------------------------------------------ values
class _ValueCache:
    """Parse each distinct cell once per batch; keep what the parse left unexplained."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[list[Target], str, tuple[str, str] | None]] = {}

    def get(self, text: str | None) -> tuple[list[Target], str, tuple[str, str] | None]:
        """(the cell's targets, digits the parse left unexplained, its cell_error)."""
        text = text or ""
        hit = self.seen.get(text)
        if hit is None:
            norm = text.translate(lexicon.FULLWIDTH)
            targets, covered = parse_unscored(text, norm)
            confidence.score(norm, targets, covered)
            hit = (targets, _unexplained_number(text, targets), cell_error(text))
            self.seen[text] = hit
        # copies, so that per-row edits never leak between rows sharing a string
        return [Target(t.kind, t.op, t.value, t.upper, t.unit, t.subject, t.text, t.confidence)
                for t in hit[0]], hit[1], hit[2]


def _unexplained_number(text: str, targets: list[Target]) -> str:
    """Digits the parse did not read (a number left in the text, not a target): worth a look."""
    if not targets or all(t.kind in ("text", "boolean") for t in targets):
        return ""
    rest = text
    for t in targets:
        rest = rest.replace(t.text, " ", 1) if t.text else rest
    rest = _BRACKETED.sub(" ", rest)                 # explanations in brackets
    rest = _CONTEXT_YEAR.sub(" ", rest)              # years that date the context
    return _LEFTOVER_DROP.sub(" ", rest).strip() if _DIGIT_LEFT.search(rest) else ""


def name_unit(name: str | None) -> str | None:
    """The unit an indicator name announces: '(万元)', '…率' -> '%', '…人次' -> '人次'."""
    if not name:
        return None
    # only a name ending in a bracket can hold '(万元)': the rest are not folded at all
    closes = name.rstrip()[-1:].translate(lexicon.FULLWIDTH) in (")", "）")
    m = _NAME_UNIT.search(name.translate(lexicon.FULLWIDTH)) if closes else None
    if m and not m.group(1).startswith(("≥", "≤", ">", "<", "*")):
        unit = lexicon.units().by_word.get(m.group(1))
        return unit.canonical if unit else m.group(1)
    bare = checks.TRAILING_BRACKET.sub("", name).strip()
    hints = lexicon.review_rules().words["unit_hints"]
    if not bare.endswith(tuple(hints)):          # most names: one test, not one a word
        return None
    for word, family in hints.items():
        if bare.endswith(word):
            return {"percent": "%", "money": "元"}.get(family, word.replace("数", "") or word)
    return None


# -------------------------------------------------------------------------- the pipeline
@contextlib.contextmanager
def collector_paused():
    """Python's cycle collector held off for the length of a batch, as it was after.

    A batch makes a few hundred thousand small dicts and lists; every 700 of them the
    collector runs, and every few runs it walks every object the process holds, the loaded
    model's vocabularies and jieba's dictionary included: about a quarter of the time of
    a batch. The batch itself leaves almost no cycles (tens of objects a 20,000 rows), which
    the first collection after the batch frees."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def normalize_records(indicators: Sequence[Indicator | dict[str, Any]],
                      model: TaxonomyModel | str | None = None,
                      progress: bool = False) -> list[dict[str, Any]]:
    """One output row per indicator (same order), with targets, classes and flags.
    `progress` shows a bar over the rows (for the command line on a terminal)."""
    with collector_paused():
        return _normalize_records(indicators, model, progress)


def _normalize_records(indicators: Sequence[Indicator | dict[str, Any]],
                       model: TaxonomyModel | str | None, progress: bool) -> list[dict[str, Any]]:
    from tqdm import tqdm

    values = _ValueCache()
    rows: list[dict[str, Any]] = []
    for ind in tqdm(indicators, desc="parsing", unit="row", disable=not progress, leave=False):
        rows.append(_parsed(_as_dict(ind), values))
    keys = [_key(d) for d in rows]
    _classify(rows, model, keys=keys)
    project_flags = checks.check_projects(rows)
    project_words = _ProjectWords()
    name_words: dict[str, set[str]] = {}
    worst: dict[checks.ProjectKey, list[dict[str, str]]] = {k: list(v) for k, v in project_flags.items()}
    for d, key in zip(rows, keys):
        flags = d["flags"]
        flags += checks.check_row(d)
        related = checks.relatedness_flag(d, project_words, name_words)
        if related:
            flags.append(related)
        d["project_flags"] = project_flags.get(key, []) + d.pop("table_flags", [])
        worst.setdefault(key, []).extend(flags)
    grades = {key: checks.grade(flags) for key, flags in worst.items()}
    by_table: dict[str, list[dict[str, str]]] = {}
    for (source, _), flags in worst.items():      # a table is graded by all its flags
        by_table.setdefault(source, []).extend(flags)
    table_grades = {source: checks.grade(flags) for source, flags in by_table.items()}
    for d, key in zip(rows, keys):
        d["grade"] = grades.get(key, "")
        d["table_grade"] = table_grades.get(key[0], "")
    return rows


_FIELDS = tuple(f.name for f in dataclasses.fields(Indicator))


def _as_dict(ind: Indicator | dict[str, Any]) -> dict[str, Any]:
    """Indicator.to_dict(), without dataclasses.asdict's generic deep copy (a fifth of the
    time of a row): its containers (location, extra, flags) are copied one level down."""
    if not isinstance(ind, Indicator):
        return dict(ind)
    d = {f: getattr(ind, f) for f in _FIELDS}
    d["location"], d["extra"] = dict(d["location"]), dict(d["extra"])
    d["flags"] = [dict(f) for f in d["flags"]]
    return d


def _parsed(d: dict[str, Any], values: "_ValueCache") -> dict[str, Any]:
    """A record with its value cells parsed (the first step of every row)."""
    d["flags"] = list(d.get("flags") or [])
    # cell_error: #DIV/0!, =SUM(…): no value at all
    d["annual_targets"], d["unexplained"], d["cell_error"] = values.get(d.get("annual_value"))
    d["period_targets"] = values.get(d["period_value"])[0] if d.get("period_value") else []
    return d


def _key(row: dict[str, Any]) -> checks.ProjectKey:
    return (row.get("source") or "", row.get("project") or "")


class _ProjectWords:
    """Content words of a row's project name and goal, segmented on first need (only rows
    the model is unsure of are checked for relatedness) and once per distinct text."""

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {}

    def __call__(self, row: dict[str, Any]) -> set[str]:
        from .segment import words
        out: set[str] = set()
        for text in (row.get("project") or "", row.get("goal") or ""):
            if text not in self.seen:
                self.seen[text] = {w for w in words(text) if len(w) > 1}
            out |= self.seen[text]
        return out


def _classify(rows: list[dict[str, Any]], model, cache: dict | None = None,
              keys: list[checks.ProjectKey] | None = None) -> None:
    """Read the rows as a table (zhibiao/table_classifier.py): each distinct (name, value)
    gets its per-row probabilities once, then each project's rows are decoded in order,
    restricted to the level-1 they declare. Sets the reading in context (``predicted_*``,
    ``class_confidence``), the row read alone (``row_*``) and the effective classes.
    `cache` (a dict kept by the caller) carries per-row probabilities over to later batches;
    `keys` are the rows' project keys when the caller has them."""
    if not rows:
        return
    tax = lexicon.taxonomy()
    cache = {} if cache is None else cache
    tm = resolve_model(model)
    pairs = [(r.get("name") or "", r.get("annual_value") or "") for r in rows]
    distinct = {p: i for i, p in enumerate(dict.fromkeys(pairs))}
    todo = [p for p in distinct if p not in cache]
    if todo:
        parsed = {p: r.get("annual_targets") for p, r in zip(pairs, rows)}
        new = tm.row_vectors([{"name": n, "value_text": v, "targets": parsed[(n, v)]} for n, v in todo])
        cache.update(zip(todo, new))
    # one matrix of the distinct pairs, indexed by row: stacking a small array a row costs
    # more than all of the table path's arithmetic
    table = new if len(todo) == len(distinct) else np.stack([cache[p] for p in distinct])
    proba, up = tm.split_vectors(table[[distinct[p] for p in pairs]])
    masks = _masks(rows, tm.classes_)
    accept = accept_thresholds(tm.card)
    # two alternatives a row: the reading and its runner-up are all a row keeps
    keys = [_key(r) for r in rows] if keys is None else keys
    readings, _ = tm.classify_table(pairs, keys, masks, top=2, proba=proba, up=up)
    for r, c, mask in zip(rows, readings, masks):
        r["predicted_level1_code"], r["predicted_level2_code"] = c.level1_code, c.level2_code
        r["predicted_level1_name"], r["predicted_level2_name"] = c.level1_name, c.level2_name
        r["class_confidence"], r["level1_confidence"] = c.confidence, c.level1_confidence
        r["class_in_context"] = mask is not None      # read under a declared level-1
        r["order_probability"] = c.order_probability
        alone = c.per_row or {}
        r["row_level1_code"], r["row_level2_code"] = alone.get("level1_code"), alone.get("level2_code")
        r["row_class_confidence"] = alone.get("confidence")
        r["row_level1_confidence"] = alone.get("level1_confidence")
        second = c.alternatives[1] if len(c.alternatives) > 1 else {}
        r["runner_up_level2_code"] = second.get("level2_code")
        r["runner_up_confidence"] = second.get("probability")
        declared2 = r.get("declared_level2_code")
        declared1 = r.get("declared_level1_code") or (tax.level2_parent.get(declared2) if declared2 else None)
        r["level1_effective"] = declared1 or c.level1_code
        r["level2_effective"] = declared2 or c.level2_code
        vconf = [t.confidence for t in r["annual_targets"]]
        r["value_confidence"] = min(vconf) if vconf else None
        r["auto_accepted"] = bool(vconf) and r["value_confidence"] >= accept["value"] and c.confidence >= \
            accept["class" if mask is not None else "class_without_declared_level1"]


def _masks(rows: list[dict[str, Any]], classes: list[str]) -> list[Any]:
    """The classes each row's table allows it, worked out once per distinct declaration."""
    seen: dict[tuple, Any] = {}
    out = []
    for r in rows:
        key = (r.get("declared_level1"), r.get("declared_level1_code"),
               r.get("declared_level2"), r.get("declared_level2_code"))
        if key not in seen:
            seen[key] = table_classifier.allowed_classes(classes, *table_classifier.declared_scope(r))
        out.append(seen[key])
    return out


def accept_thresholds(card: dict[str, Any]) -> dict[str, float]:
    """Auto-accept thresholds of the model with this card: the class confidence under a
    declared level-1 ("class") or without one, and every value target's confidence ("value")."""
    return {"class": class_accept_threshold(card, True),
            "class_without_declared_level1": class_accept_threshold(card, False),
            "value": confidence.accept_threshold()}


def class_accept_threshold(card: dict[str, Any], in_context: bool) -> float:
    """The class confidence from which a row is accepted without a look: the 99%-precision
    threshold of the table path under grouped CV (given a declared level-1, or without),
    else of the per-row model (a model card from before the table path)."""
    table = card.get("table_path", {}).get("metrics_grouped_cv", {}).get("all_tables", {})
    reading = table.get("table" if in_context else "table_free") or {}
    thr = reading.get("level2_threshold_at_99_precision")
    if thr is None:
        thr = card.get("metrics_grouped_cv", {}).get("with_library", {}).get("level2_threshold_at_99_precision")
    return 1.01 if thr is None else float(thr)


# ------------------------------------------------------------------------------ outputs
# what a reviewer fills in (the workbook's last four columns; zhibiao train reads them back):
# empty from normalize unless the input row carried them (a reviewed workbook read again)
REVIEW_FIELDS = ("review_decision", "review_level2", "review_value", "review_note")

OUTPUT_COLUMNS = [
    "source", "location", "department", "project", "project_amount", "year",
    "declared_level1", "declared_level2", "declared_level1_code", "declared_level2_code",
    "name", "annual_value", "period_value", "unit_column", "name_unit",
    "level1_code", "level2_code", "level1_name", "level2_name", "class_confidence",
    "runner_up_level2_code", "runner_up_confidence", "row_level1_code", "row_level2_code",
    "row_class_confidence", "level1_effective", "level2_effective",
    "kind", "op", "number", "upper", "unit", "subject", "value_confidence", "auto_accepted",
    "targets", "period_targets", "flags", "project_flags", "grade", "table_grade", "raw",
    *REVIEW_FIELDS,
]


_FIRST_TARGET_COLUMNS = ("kind", "op", "number", "upper", "unit", "subject")


def _first_target_columns(targets: list[Target]) -> dict[str, Any]:
    t = targets[0] if targets else None
    number = t.value if t and t.kind == "number" else None
    return {"kind": t.kind if t else None, "op": t.op if t else None,
            "number": number if number is None else float(number),
            "upper": t.upper if t and t.kind == "number" else None,
            "unit": t.unit if t else None, "subject": t.subject if t else None}


def to_output_row(r: dict[str, Any]) -> dict[str, Any]:
    """The flat row of the batch output (targets and flags as lists of dicts)."""
    loc = r.get("location") or {}
    out = {
        "source": r.get("source"), "location": ",".join(f"{k}={v}" for k, v in loc.items()),
        "department": r.get("department"), "project": r.get("project"),
        "project_amount": r.get("project_amount"), "year": r.get("year"),
        "declared_level1": r.get("declared_level1"), "declared_level2": r.get("declared_level2"),
        "declared_level1_code": r.get("declared_level1_code"),
        "declared_level2_code": r.get("declared_level2_code"),
        "name": r.get("name"), "annual_value": r.get("annual_value"),
        "period_value": r.get("period_value"), "unit_column": r.get("unit_column"),
        "name_unit": name_unit(r.get("name")),
        "level1_code": r["predicted_level1_code"], "level2_code": r["predicted_level2_code"],
        "level1_name": r["predicted_level1_name"], "level2_name": r["predicted_level2_name"],
        "class_confidence": r["class_confidence"],
        "runner_up_level2_code": r["runner_up_level2_code"],
        "runner_up_confidence": r["runner_up_confidence"],
        "row_level1_code": r["row_level1_code"], "row_level2_code": r["row_level2_code"],
        "row_class_confidence": r["row_class_confidence"],
        "level1_effective": r["level1_effective"], "level2_effective": r["level2_effective"],
        **_first_target_columns(r["annual_targets"]),
        "value_confidence": r["value_confidence"], "auto_accepted": r.get("auto_accepted"),
        "targets": [t.to_dict() for t in r["annual_targets"]],
        "period_targets": [t.to_dict() for t in r["period_targets"]],
        "flags": r["flags"], "project_flags": r["project_flags"], "grade": r["grade"],
        "table_grade": r["table_grade"],
        "raw": r.get("raw") or "",
        **{k: _review_field(r, k) for k in REVIEW_FIELDS},
    }
    return out


def _review_field(r: dict[str, Any], key: str) -> Any:
    """A reviewer's entry the input row carried (as a field or among its extra columns)."""
    v = r.get(key)
    if v is None:
        v = (r.get("extra") or {}).get(key)
    return None if v in ("", None) else v



def summary(rows: list[dict[str, Any]], files: int | None = None,
            model: TaxonomyModel | str | None = None) -> dict[str, Any]:
    """Counts a reviewer reads first, and the share the models would auto-accept at their
    99%-precision thresholds (both class and every value target above threshold); `model`
    is the one that read the rows (its thresholds are reported)."""
    thr = accept_thresholds(resolve_model(model).card)
    flags = Counter(f"{f['rule']} {f['severity']}" for r in rows for f in r["flags"])
    projects = {_key(r): r for r in rows}
    for key, r in projects.items():
        for f in r["project_flags"]:
            flags[f"{f['rule']} {f['severity']}"] += 1
    accepted = sum(1 for r in rows if r.get("auto_accepted"))
    return {
        "files": files if files is not None else len({r.get("source") for r in rows}),
        "departments": len({r.get("department") for r in rows if r.get("department")}),
        "projects": len(projects), "indicators": len(rows),
        "flags_by_rule": dict(sorted(flags.items(), key=lambda kv: (-kv[1], kv[0]))),
        "errors": sum(v for k, v in flags.items() if k.endswith("error")),
        "warnings": sum(v for k, v in flags.items() if k.endswith("warning")),
        "hints": sum(v for k, v in flags.items() if k.endswith("hint")),
        "grades": dict(Counter(r["grade"] for r in projects.values())),
        "table_grades": {source: r["table_grade"] for (source, _), r in projects.items()},
        "auto_accepted_share": round(accepted / len(rows), 4) if rows else 0.0,
        "auto_accept_thresholds": thr,
    }


def _find_column(frame: pd.DataFrame, given: str | None, headers: Iterable[str], what: str) -> str:
    if given is not None:
        if given not in frame.columns:
            raise KeyError(f"normalize(): no column {given!r}")
        return given
    cols = {str(c).strip(): c for c in frame.columns}
    for h in headers:
        if h in cols:
            return cols[h]
    raise KeyError(f"normalize(): no {what} column found (looked for {', '.join(headers)}); "
                   f"pass {what}=COLUMN")


# the columns normalize() adds to a frame (with a zhibiao_ prefix where the frame has one)
FRAME_COLUMNS = ["level1_code", "level2_code", "level1_name", "level2_name", "class_confidence",
                 "runner_up_level2_code", "row_level1_code", "row_level2_code", "row_class_confidence",
                 "declared_level1_code", "declared_level2_code",
                 "level1_effective", "level2_effective", "kind", "op", "number", "upper", "unit",
                 "subject", "targets", "value_confidence", "auto_accepted", "name_unit", "flags", "grade"]


def normalize(frame: pd.DataFrame, name: str | None = None, value: str | None = None,
              model: TaxonomyModel | str | None = None) -> pd.DataFrame:
    """A copy of `frame` with every column and row as they were, plus level1_code,
    level2_code, class_confidence, op, number, upper, unit, targets, value_confidence, flags
    (and the other normalised fields). The name and value columns are found by their usual
    headers unless given."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"normalize() takes a pandas DataFrame, not {type(frame).__name__}")
    columns = lexicon.frame_columns()
    name_col = _find_column(frame, name, columns["name"], "name")
    value_col = _find_column(frame, value, columns["value"], "value")
    # optional columns: declared categories (一级指标/二级指标), project, department
    optional = {role: _optional_column(frame, columns.get(role, ()), {name_col, value_col})
                for role in ("level1", "level2", "project", "department", "source")}
    with collector_paused():          # the records and columns are as many small objects
        rows = _normalize_records(_frame_records(frame, name_col, value_col, optional), model, False)
        added = _frame_columns(rows)
    out = frame.copy()
    for col in FRAME_COLUMNS:
        target = col if col not in out.columns else f"zhibiao_{col}"
        out[target] = added[col]
    return out


def _texts(series: pd.Series) -> list[str]:
    """A column's cells as text ('' for a missing cell), in one pass over a plain list (a
    pyarrow-backed column iterated cell by cell costs more than the whole parse)."""
    return [_text(x) for x in series.tolist()]


def _text(x: Any) -> str:
    return "" if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA else str(x)


def _optional_column(frame: pd.DataFrame, headers: Iterable[str], taken: set) -> Any:
    cols = {str(c).strip(): c for c in frame.columns if c not in taken}
    return next((cols[h] for h in headers if h in cols), None)


def _frame_records(frame: pd.DataFrame, name_col: Any, value_col: Any,
                   optional: dict[str, Any]) -> list[dict[str, Any]]:
    """The frame's rows as indicator records: name, value, and the declared categories,
    project, department and table (source_id/source/来源: the table checks are per table) where
    the frame has those columns; each row's raw text is all its cells."""
    texts = [_texts(frame.iloc[:, i]) for i in range(frame.shape[1])]
    at = {c: i for i, c in enumerate(frame.columns)}
    empty = [""] * len(frame)
    get = {role: texts[at[col]] if col is not None else empty for role, col in optional.items()}
    names, values = texts[at[name_col]], texts[at[value_col]]
    declared: dict[tuple[str, str], tuple] = {}      # read once per distinct pair of cells
    out = []
    for i, raw in enumerate(zip(*texts)):
        l1, l2 = get["level1"][i] or None, get["level2"][i] or None
        if (l1, l2) not in declared:
            declared[(l1, l2)] = declared_codes(l1, l2)
        c1, c2, flags = declared[(l1, l2)]
        out.append({"source": get["source"][i] or "frame", "location": {"row": i}, "name": names[i],
                    "annual_value": values[i], "project": get["project"][i] or None,
                    "department": get["department"][i] or None, "declared_level1": l1,
                    "declared_level2": l2, "declared_level1_code": c1,
                    "declared_level2_code": c2, "flags": [dict(f) for f in flags],
                    "raw": " | ".join(raw)})
    return out


def _frame_columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """FRAME_COLUMNS of the normalised rows, column by column (the values to_output_row gives,
    without building the other twenty fields of every row)."""
    direct = {"level1_code": "predicted_level1_code", "level2_code": "predicted_level2_code",
              "level1_name": "predicted_level1_name", "level2_name": "predicted_level2_name"}
    out: dict[str, list[Any]] = {}
    firsts = [_first_target_columns(r["annual_targets"]) for r in rows]
    names = [r.get("name") for r in rows]
    units = {n: name_unit(n) for n in set(names)}          # one reading a distinct name
    for col in FRAME_COLUMNS:
        if col in _FIRST_TARGET_COLUMNS:
            out[col] = [f[col] for f in firsts]
        elif col == "targets":
            out[col] = [[t.to_dict() for t in r["annual_targets"]] for r in rows]
        elif col == "name_unit":
            out[col] = [units[n] for n in names]
        else:
            key = direct.get(col, col)
            out[col] = [r.get(key) for r in rows]
    return out


@pd.api.extensions.register_dataframe_accessor("zhibiao")
class ZhibiaoAccessor:
    """``frame.zhibiao.normalize()`` for pipelines."""

    def __init__(self, frame: pd.DataFrame):
        self._frame = frame

    def normalize(self, name: str | None = None, value: str | None = None,
                  model: TaxonomyModel | str | None = None) -> pd.DataFrame:
        return normalize(self._frame, name=name, value=value, model=model)


def to_json_cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
