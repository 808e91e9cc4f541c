"""The reviewer's checks (../REVIEW-RULES.md, features/review_rules.yaml) over normalised rows.

Rows are the dicts :mod:`zhibiao.normalize` builds: the indicator's fields plus its parsed
targets (``annual_targets``, ``period_targets``), the predicted class and the effective class
(declared code, else predicted). Row checks add to ``row["flags"]``; project checks return
one list of flags per project. Every flag is ``{"rule", "severity", "reason"}``; wording,
word lists and thresholds come from the YAML file, not from here.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Any, Callable, Iterable, Sequence

from . import lexicon
from .display import OP_SIGNS
from .records import make_flag

ProjectKey = tuple[str, str]          # (source file, project)

_RULE_NUMBER = re.compile(r"\d+")
_PLACEHOLDER = re.compile(r"[≥≤<>=]?\s*\*+\s*%?")          # ≥**%: a template never filled in
_YEAR = re.compile(r"\d{4}")
_NAME_LIKE = re.compile(r"率|\(%\)|（%）|数$|量$")          # a period cell holding a name
TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]\s*$")    # 满意度(%) -> unit note


def flag(check: str, **fields: Any) -> dict[str, str]:
    rule = lexicon.review_rules().rules[check]
    number = _RULE_NUMBER.match(check)
    return make_flag(number.group() if number else check, rule["reason"].format(**fields),
                     rule["severity"])


def _has_word(text: str, key: str) -> bool:
    """Whether any word of review_rules.yaml's list `key` occurs in `text`."""
    return _word_patterns()[key].search(text) is not None


def _word_patterns() -> dict[str, re.Pattern]:
    """One pattern a word list of review_rules.yaml, compiled once (not looked up by the whole
    tuple of words on every row), again when the rules were loaded again (a test's own)."""
    rr = lexicon.review_rules()
    if _WORD_PATTERNS[0] is not rr:
        _WORD_PATTERNS[:] = [rr, {k: _any_of(tuple(w)) for k, w in rr.words.items()
                                  if isinstance(w, (list, tuple))}]
    return _WORD_PATTERNS[1]


_WORD_PATTERNS: list[Any] = [None, {}]      # [the ReviewRules they were compiled from, patterns]


@functools.lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")   # (?!): never


def _sign(op: str) -> str:
    """An operator as a reviewer writes it in a reason (≥, ≤, 约), not the key (>=, <=, approx)."""
    return OP_SIGNS.get(op, op)


def _family(unit: str | None) -> str | None:
    return lexicon.units().family_of(unit) if unit else None


# ----------------------------------------------------------------------------- row checks
def check_row(row: dict[str, Any]) -> list[dict[str, str]]:
    """Flags of one indicator row (rules that need only the row itself)."""
    rr = lexicon.review_rules()
    words, th = rr.words, rr.thresholds
    out: list[dict[str, str]] = []
    name = row.get("name") or ""
    value = (row.get("annual_value") or "").strip()
    targets = row["annual_targets"]
    l1, l2 = row.get("level1_effective"), row.get("level2_effective")
    numbers = [t for t in targets if t.kind == "number"]
    first = numbers[0] if numbers else None

    if not value or value in words["placeholders"] or _PLACEHOLDER.fullmatch(value):
        out.append(flag("1", value=value or "空"))
        return out + _class_flags(row)                    # nothing else to read in the value
    if row.get("cell_error"):                             # #DIV/0!, =SUM(…): no value either
        cell, meaning = row["cell_error"]
        out.append(flag("cell", cell=cell, meaning=meaning))
        return out + _class_flags(row)
    if targets and all(t.kind == "text" for t in targets):
        out.append(flag("8"))
        if len(value) > th["text_length"] and not _has_word(value, "grade_words"):
            out.append(flag("9", length=len(value)))
    if l2 == "14":
        if first and _family(first.unit) != "money" and first.unit is not None:
            out.append(flag("6u", unit=first.unit))
        if first and first.op in (">=", ">"):
            out.append(flag("6o", op=_sign(first.op)))
    budget = (row.get("project_amount") or 0) * 1e4
    for t in numbers:
        if budget and t.unit == "元" and isinstance(t.value, float) and t.value > budget * 1.0001:
            out.append(flag("10", amount=t.value, budget=budget))
            break
    out += _period_flags(row)
    year = row.get("year")
    if l2 == "13" and year:
        for t in targets:
            if t.kind == "date" and isinstance(t.value, str) and _YEAR.match(t.value) \
                    and int(t.value[:4]) != int(year):
                out.append(flag("12", date=t.value, year=year))
                break
    has = _word_patterns()
    if l1 == "2" and has["quality_like"].search(name):
        out.append(flag("15q", name=name))
    if l1 == "1" and has["effect_words"].search(name):
        out.append(flag("15e", name=name))
    if l1 not in (None, "3") and has["satisfaction_marks"].search(name):
        out.append(flag("16"))
    if l1 == "3" and not has["satisfaction_words"].search(name):
        out.append(flag("16n"))
    if l1 == "3" and first:
        if first.unit not in ("%", "分") or first.op not in (">=", ">"):
            out.append(flag("18", op=_sign(first.op), unit=first.unit or "无单位"))
        if first.unit == "%" and first.op in ("=", ">=") and first.value == 100:
            out.append(flag("18h", op="=" if first.op == "=" else "≥"))
    if has["input_process"].search(name):
        out.append(flag("19", name=name))
    if first and first.unit == "%" and first.op == "=" and first.value == 100 \
            and has["trivial_completion"].search(name):
        out.append(flag("20"))
    elif first and first.unit == "%" and has["completion_rates"].search(name) \
            and isinstance(first.value, float) and first.value < th["low_completion_pct"] \
            and first.op in ("=", ">=", ">"):
        out.append(flag("20l", value=f"{first.value:g}"))
    out += _unit_flags(row, name, first, targets)
    subjects = [t.subject for t in targets if t.subject]
    if len(set(subjects)) > 1:
        out.append(flag("24", subjects="、".join(dict.fromkeys(subjects))))
    if row.get("unexplained"):
        out.append(flag("parse", text=row["unexplained"]))
    return out + _class_flags(row)


def _period_flags(row: dict[str, Any]) -> list[dict[str, str]]:
    period = row.get("period_targets") or []
    annual = row["annual_targets"]
    if not period:
        return []
    p, a = period[0], (annual[0] if annual else None)
    if p.kind == "text" and (_NAME_LIKE.search(str(p.value)) or
                             len(row.get("period_value") or "") > 25):
        return [flag("11m")]
    if a and p.kind == a.kind == "number" and a.unit == p.unit and \
            _family(a.unit) in ("count", "money") and a.value > p.value:
        return [flag("11", annual=a.text, period=p.text)]
    return []


def _unit_flags(row, name: str, first, targets) -> list[dict[str, str]]:
    rr = lexicon.review_rules()
    out = []
    bare = TRAILING_BRACKET.sub("", name).strip()
    stated = [t.unit for t in targets if t.kind == "number" and t.unit]
    if first and not stated and not (row.get("unit_column") or "").strip() \
            and not TRAILING_BRACKET.search(name) and _hinted(bare):
        for word, family in rr.words["unit_hints"].items():
            if bare.endswith(word) or (len(word) > 1 and word in bare):
                unit = {"percent": "%", "money": "元"}.get(family, word[:2])
                out.append(flag("21", unit=unit))
                break
    l2 = row.get("level2_effective")
    fam = _family(first.unit) if first else None
    if l2 == "11" and fam == "percent":
        out.append(flag("22q"))
    if l2 == "13" and targets and not any(
            t.kind == "date" or _family(t.unit) in ("time", "percent") for t in targets) \
            and not all(t.kind in ("text", "boolean") for t in targets):
        out.append(flag("22t"))
    conflicts = rr.words["name_unit_conflicts"]
    for ending, bad in (conflicts.items() if fam and bare.endswith(tuple(conflicts)) else ()):
        if bare.endswith(ending) and fam in bad:
            out.append(flag("23", name=name, unit=first.unit))
            break
    return out


def _hinted(bare: str) -> bool:
    """Whether a name ends in a unit hint word of review_rules.yaml or holds one of two or more
    characters (the test rule 21's loop makes, at once: most names hold none)."""
    hints = tuple(lexicon.review_rules().words["unit_hints"])
    return bare.endswith(hints) or _any_of(tuple(w for w in hints if len(w) > 1)).search(bare) is not None


def _class_flags(row: dict[str, Any]) -> list[dict[str, str]]:
    """The declared category against the model's readings, and low confidence.

    Level-2 ("class"): the declared level-2 against the reading in context (the table's
    declared level-1, the project's order and the row itself), saying which signal points
    elsewhere. Level-1 ("class1"): the declared level-1 against the row read alone, which
    no declared class restricts: the one reading that can say a declared level-1 looks wrong."""
    th = lexicon.review_rules().thresholds
    tax = lexicon.taxonomy()
    out = []
    declared, predicted = row.get("declared_level2_code"), row.get("predicted_level2_code")
    conf = row.get("class_confidence") or 0.0
    alone = row.get("row_level2_code")
    if declared and predicted and declared != predicted and conf >= th["class_disagree_floor"]:
        check = "class" if conf >= th["class_disagree_confident"] else "classh"
        signal = ("指标名称与表内位置都指向它" if alone in (None, predicted) else
                  f"主要依据表内位置（单看指标名称为 {alone} {tax.level2_names.get(alone, '')}）")
        out.append(flag(check, declared=f"{declared} {tax.level2_names.get(declared, '')}",
                        predicted=f"{predicted} {tax.level2_names.get(predicted, '')}",
                        confidence=conf, signal=signal))
    declared1 = row.get("declared_level1_code") or (tax.level2_parent.get(declared) if declared else None)
    alone1, conf1 = row.get("row_level1_code"), row.get("row_level1_confidence") or 0.0
    if declared1 and alone1 and alone1 != declared1 and conf1 >= th["level1_disagree_floor"]:
        check = "class1" if conf1 >= th["level1_disagree_confident"] else "class1h"
        out.append(flag(check, declared=tax.level1_names.get(declared1, declared1),
                        predicted=tax.level1_names.get(alone1, alone1), confidence=conf1))
    vconf = row.get("value_confidence")
    if conf < th["low_class_confidence"] or (vconf is not None and vconf < th["low_value_confidence"]):
        out.append(flag("confidence", class_confidence=conf,
                        value_confidence=1.0 if vconf is None else vconf))
    return out


# ------------------------------------------------------------------------- project checks
def check_projects(rows: list[dict[str, Any]]) -> dict[ProjectKey, list[dict[str, str]]]:
    """Flags of each project (rules 2-5, 8 at table level, 10, 13, 14, 25-27)."""
    groups: dict[ProjectKey, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[(row.get("source") or "", row.get("project") or "")].append(row)
    out = {}
    for key, members in groups.items():
        out[key] = project_flags(members)
    _table_flags(rows)
    return out


def project_flags(rows: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """The flags of one project, from all its rows (check_projects groups a batch first)."""
    rr = lexicon.review_rules()
    th = rr.thresholds
    # which classes the project has (a set: only presence is asked)
    l1s = {r.get("level1_effective") for r in rows}
    l2s = {r.get("level2_effective") for r in rows}
    project = rows[0].get("project") or ""
    out = []
    if "1" not in l1s:
        out.append(flag("2", missing="产出"))
    if "2" not in l1s:
        out.append(flag("17") if "3" in l1s else flag("2", missing="效益"))
    if "3" not in l1s:
        out.append(flag("3h") if _has_word(project, "internal_projects") else flag("3"))
    if "1" in l1s and "11" not in l2s:
        out.append(flag("4"))
    if "1" in l1s and not ("12" in l2s or "13" in l2s):
        out.append(flag("4h"))
    if "14" not in l2s:
        year = rows[0].get("year")
        out.append(flag("5", year=th["cost_rule_year"]) if year and int(year) >= th["cost_rule_year"]
                   else flag("5h"))
    out += _money_flags(rows)
    if len(rows) < th["min_indicators"]:
        out.append(flag("25", count=len(rows), minimum=th["min_indicators"]))
    names = Counter((r.get("name") or "").strip() for r in rows if r.get("name"))
    repeated = [name for name, n in names.items() if n > 1]
    # every row carries its project's flags: one flag a name would make a big table's output
    # grow with the square of its rows, so past a few the rest are counted in one flag
    shown = int(th["duplicate_names_listed"])
    out += [flag("27", name=name) for name in repeated[:shown]]
    if len(repeated) > shown:
        out.append(flag("27n", count=len(repeated) - shown, names="”“".join(repeated[shown:shown + 3])))
    return out


def _money_flags(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    budget = (rows[0].get("project_amount") or 0) * 1e4
    if not budget:
        return []
    lo, hi = lexicon.review_rules().thresholds["nc_ratio"]
    out = []
    costs = [t.value for r in rows if r.get("level2_effective") == "14"
             for t in r["annual_targets"][:1] if t.kind == "number" and t.unit == "元"]
    if costs and sum(costs) > budget * 1.0001:
        out.append(flag("10c", total=sum(costs), budget=budget))
    counts = [t.value for r in rows if r.get("level2_effective") == "11"
              for t in r["annual_targets"][:1] if t.kind == "number" and _family(t.unit) == "count"]
    unit_costs = [t.value for r in rows for t in r["annual_targets"][:1]
                  if t.kind == "number" and t.unit and t.unit.startswith("元/")]
    if len(counts) == 1 and len(unit_costs) == 1:
        total = counts[0] * unit_costs[0]
        if not lo * budget <= total <= hi * budget:
            out.append(flag("10n", total=total, budget=budget))
    return out


def _table_flags(rows: list[dict[str, Any]]) -> None:
    """Rule 8 at table level, and 13/26 where a table has a basis or formula column
    (a row of such a table with that cell empty is flagged on the row)."""
    rr = lexicon.review_rules()
    headers = lexicon.headers()
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_source[row.get("source") or ""].append(row)
    role_of: dict[str, str | None] = {}          # a label's role, looked up once a batch

    def role(label: str) -> str | None:
        if label not in role_of:
            role_of[label] = headers.column_role.get(lexicon.norm_header(label))
        return role_of[label]

    for members in by_source.values():
        roles_seen = defaultdict(set)
        for r in members:
            for label in (r.get("extra") or {}):
                if role(label) in ("basis", "explanation"):
                    roles_seen[role(label)].add(id(r))
        # a table with neither column: rules 13 and 26 have nothing to say of its rows
        for r in (members if roles_seen else ()):
            extra = r.get("extra") or {}
            basis = next((v for k, v in extra.items() if role(k) == "basis"), None)
            r["flags"] += column_flags(bool(roles_seen["basis"]), bool(roles_seen["explanation"]),
                                       basis if id(r) in roles_seen["basis"] else None,
                                       any(t.kind == "number" for t in r["annual_targets"]),
                                       id(r) in roles_seen["explanation"])
        text_only = [r for r in members if r["annual_targets"] and
                     all(t.kind == "text" for t in r["annual_targets"])]
        if members and len(text_only) / len(members) > rr.thresholds["text_share_table"]:
            f = flag("8t", share=len(text_only) / len(members))
            for r in members:
                r["table_flags"] = [f]


def known_basis(basis: str) -> bool:
    """Whether a 指标值设定依据 cell names a basis of a known kind (计划/行业/历史… 标准)."""
    return _has_word(basis, "bases")


def column_flags(basis_column: bool, explanation_column: bool, basis: str | None,
                 quantitative: bool, explained: bool) -> list[dict[str, str]]:
    """Rules 13 and 26 for one row of a table with a 指标值设定依据 (basis) or 说明 column: the
    row's basis missing or of no known kind, a quantitative target left without explanation."""
    out = []
    if basis_column and basis is None:
        out.append(flag("13"))
    elif basis_column and not known_basis(basis):
        out.append(flag("13b", basis=basis[:20]))
    if explanation_column and quantitative and not explained:
        out.append(flag("26"))
    return out


def relatedness_flag(row: dict[str, Any], project_words: Callable[[dict[str, Any]], set[str]],
                     cache: dict[str, set[str]] | None = None) -> dict[str, str] | None:
    """Rule 14: a name sharing no content word with its project (project_words(row) gives
    them), when the model is unsure of the class."""
    th = lexicon.review_rules().thresholds
    if (row.get("class_confidence") or 1.0) >= th["relatedness_confidence"]:
        return None
    context = project_words(row)
    if not context:
        return None
    from .segment import words
    name = row.get("name") or ""
    cache = {} if cache is None else cache
    if name not in cache:
        cache[name] = {w for w in words(name) if len(w) > 1}
    mine = cache[name]
    return flag("14") if mine and not (mine & context) else None


def grade(flags: Iterable[dict[str, str]]) -> str:
    """优/良/中 from the worst severity present (REVIEW-RULES A: error -> 中, warning -> 良)."""
    grades = lexicon.review_rules().grades
    severities = {f["severity"] for f in flags}
    for level in ("error", "warning", "hint"):
        if level in severities:
            return grades[level]
    return grades["none"]
