"""Domain knowledge loaded from ``features/``: the one place that reads the lexicon files.

The files are edited by domain experts (see the comments at the top of each); this module
loads them once, checks them, and hands out plain Python structures. A broken file raises
:class:`LexiconError` naming the file and the entry.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import opencc
import yaml

__all__ = ["LexiconError", "features_dir", "radicals", "units", "operators", "taxonomy", "headers", "Unit",
           "Taxonomy", "HeaderLexicon", "norm_header"]

OPS = (">=", ">", "<=", "<", "=", "approx", "between")


class LexiconError(ValueError):
    """A file under features/ is malformed."""


def features_dir() -> Path:
    """The lexicon folder: inside the installed package (wheel), else the checkout's features/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "features", here.parent / "features"):
        if (candidate / "units.yaml").is_file():
            return candidate
    raise LexiconError(f"no features/ folder found next to {here}")


def model_file(name: str) -> Path:
    """A trained model's file: inside the installed package (zhibiao/models), else the
    checkout's models/ (where train.py writes it, and where it is looked for when missing)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent / "models"):
        if (candidate / name).is_file():
            return candidate / name
    return here.parent / "models" / name


def _load(name: str) -> Any:
    path = features_dir() / name
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from None


def _word_list(value: Any, where: str) -> tuple[str, ...]:
    """A list of words from the YAML, or a LexiconError naming the key (a plain string would
    otherwise be read as its characters)."""
    if value is None:
        return ()
    if not isinstance(value, list) or any(isinstance(w, (dict, list)) or w is None for w in value):
        raise LexiconError(f"{where}: needs a list of words")
    return tuple(str(w) for w in value)


def _mapping(value: Any, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: needs a mapping (key: value lines)")
    return value


def _text(value: Any, where: str, default: str) -> str:
    if value is None:
        return default
    if not isinstance(value, (str, int)):
        raise LexiconError(f"{where}: needs one word")
    return str(value)


# ----------------------------------------------------------------------------------- units
@dataclass(frozen=True)
class Unit:
    word: str
    canonical: str
    scale: float
    family: str


FAMILIES = {"percent", "money", "time", "date_part", "count", "length", "area", "volume",
            "mass", "score", "other"}


@dataclass(frozen=True)
class UnitLexicon:
    by_word: dict[str, Unit]
    multipliers: dict[str, float]
    compound_separators: tuple[str, ...]
    not_quantity_suffixes: tuple[str, ...]
    not_numbers: tuple[str, ...]
    not_unit_characters: frozenset[str]
    ratio_separators: tuple[str, ...]
    ratio_unit: str
    clock_words: tuple[str, ...]
    product_signs: tuple[str, ...]
    half_year: dict[str, tuple[int, int]]
    quarter_word: str
    half: str
    fraction_words: dict[str, str]
    numeral_not_after: str
    half_not_after: str
    half_not_followed_by: tuple[str, ...]
    quarter_not_after: str
    period_verbs: tuple[str, ...]
    compound_kept_as_written: tuple[str, ...]
    # numbers beyond the tables (DESIGN.md "Values beyond the tables")
    numerals: str
    formal_numerals: str
    numeral_aliases: dict[str, str]
    floor_words: tuple[str, ...]
    money_parts: dict[str, float]
    money_whole: tuple[str, ...]
    currency_before: dict[str, str]
    fraction_infix: str
    minus_signs: str
    negative_words: tuple[str, ...]
    plus_minus_words: tuple[str, ...]
    range_closers: tuple[str, ...]
    range_joiners: tuple[str, ...]
    range_openers: tuple[str, ...]
    half_unit_families: tuple[str, ...]
    numeral_word_tags: tuple[str, ...]
    max_digits: int
    max_numerals: int

    def family_of(self, canonical: str | None) -> str | None:
        """Family of a canonical unit (compound units take their first part's family)."""
        if not canonical:
            return None
        return self.family_by_canonical.get(canonical.split("/")[0] or canonical, "other")

    @functools.cached_property
    def family_by_canonical(self) -> dict[str, str]:
        """Canonical unit -> family, built once (family_of runs for every parsed target)."""
        out: dict[str, str] = {}
        for unit in self.by_word.values():
            out.setdefault(unit.canonical, unit.family)
        return out


@functools.lru_cache(maxsize=None)
def units() -> UnitLexicon:
    data = _load("units.yaml")
    uw = "features/units.yaml:"
    by_word: dict[str, Unit] = {}
    for i, entry in enumerate(data.get("units") or []):
        where = f"features/units.yaml: units[{i}]"
        if not isinstance(entry, dict) or not entry.get("word") or not entry.get("canonical"):
            raise LexiconError(f"{where}: needs 'word' and 'canonical'")
        word = str(entry["word"])
        if word.translate(FULLWIDTH) in by_word:
            raise LexiconError(f"{where}: duplicate word {word!r}")
        family = entry.get("family", "other")
        if family not in FAMILIES:
            raise LexiconError(f"{where}: unknown family {family!r}")
        scale = float(entry.get("scale", 1))
        if scale <= 0:
            raise LexiconError(f"{where}: scale must be positive")
        # keyed as the grammar sees it: half-width (人（次） and 人(次) are one word)
        by_word[word.translate(FULLWIDTH)] = Unit(word, str(entry["canonical"]), scale, family)
    mult = {str(k): float(v) for k, v in (data.get("multipliers") or {}).items()}
    return UnitLexicon(
        by_word=by_word,
        multipliers=mult,
        compound_separators=tuple(data.get("compound_separators") or ()),
        not_quantity_suffixes=tuple(data.get("not_quantity_suffixes") or ()),
        not_numbers=tuple(str(w) for w in data.get("not_numbers") or ()),
        not_unit_characters=frozenset(str(data.get("not_unit_characters") or "")),
        ratio_separators=_word_list(data.get("ratio_separators"), f"{uw} ratio_separators"),
        ratio_unit=_text(data.get("ratio_unit"), f"{uw} ratio_unit", "比"),
        clock_words=_word_list(data.get("clock_words"), f"{uw} clock_words"),
        product_signs=_word_list(data.get("product_signs"), f"{uw} product_signs"),
        half_year=_half_year(_mapping(data.get("half_year"), f"{uw} half_year")),
        quarter_word=_text(data.get("quarter_word"), f"{uw} quarter_word", "季度"),
        half=_text(data.get("half"), f"{uw} half", "半"),
        fraction_words=_fractions(_mapping(data.get("fraction_words"), f"{uw} fraction_words")),
        numeral_not_after=_text(data.get("numeral_not_after"), f"{uw} numeral_not_after", "第"),
        half_not_after=_text(data.get("half_not_after"), f"{uw} half_not_after", ""),
        half_not_followed_by=_word_list(data.get("half_not_followed_by"), f"{uw} half_not_followed_by"),
        quarter_not_after=_text(data.get("quarter_not_after"), f"{uw} quarter_not_after", ""),
        period_verbs=_word_list(data.get("period_verbs"), f"{uw} period_verbs"),
        compound_kept_as_written=_word_list(data.get("compound_kept_as_written"),
                                            f"{uw} compound_kept_as_written"),
        numerals=_text(data.get("numerals"), f"{uw} numerals", "零〇一二两三四五六七八九十百千万亿"),
        formal_numerals=_text(data.get("formal_numerals"), f"{uw} formal_numerals", ""),
        numeral_aliases={str(k): str(v) for k, v in
                         _mapping(data.get("numeral_aliases"), f"{uw} numeral_aliases").items()},
        floor_words=_word_list(data.get("floor_words"), f"{uw} floor_words"),
        money_parts=_factors(_mapping(data.get("money_parts"), f"{uw} money_parts"), f"{uw} money_parts"),
        money_whole=_word_list(data.get("money_whole"), f"{uw} money_whole"),
        currency_before={str(k): str(v) for k, v in
                         _mapping(data.get("currency_before"), f"{uw} currency_before").items()},
        fraction_infix=_text(data.get("fraction_infix"), f"{uw} fraction_infix", "分之"),
        minus_signs=_text(data.get("minus_signs"), f"{uw} minus_signs", ""),
        negative_words=_word_list(data.get("negative_words"), f"{uw} negative_words"),
        plus_minus_words=_word_list(data.get("plus_minus_words"), f"{uw} plus_minus_words"),
        range_closers=_word_list(data.get("range_closers"), f"{uw} range_closers"),
        range_joiners=_word_list(data.get("range_joiners"), f"{uw} range_joiners"),
        range_openers=_word_list(data.get("range_openers"), f"{uw} range_openers"),
        half_unit_families=_word_list(data.get("half_unit_families"), f"{uw} half_unit_families"),
        numeral_word_tags=_word_list(data.get("numeral_word_tags"), f"{uw} numeral_word_tags"),
        max_digits=_count(data.get("max_digits"), f"{uw} max_digits", 20),
        max_numerals=_count(data.get("max_numerals"), f"{uw} max_numerals", 30),
    )


def _factors(section: dict, where: str) -> dict[str, float]:
    """角: 0.1 -> each word needs a positive number."""
    out = {}
    for word, factor in section.items():
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor <= 0:
            raise LexiconError(f"{where}[{word!r}]: needs a positive number")
        out[str(word)] = float(factor)
    return out


def _count(value: Any, where: str, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise LexiconError(f"{where}: needs a positive whole number")
    return value


def _fractions(section: dict) -> dict[str, str]:
    """百分之 -> %: each word needs the unit it means."""
    for word, unit in section.items():
        if not isinstance(unit, str) or not unit:
            raise LexiconError(f"features/units.yaml: fraction_words[{word!r}]: needs a unit")
    return {str(k): v for k, v in section.items()}


def _half_year(section: dict) -> dict[str, tuple[int, int]]:
    out = {}
    for word, months in section.items():
        if not (isinstance(months, list) and len(months) == 2
                and all(isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12 for m in months)
                and months[0] <= months[1]):
            raise LexiconError(f"features/units.yaml: half_year[{word!r}]: needs [first, last] months, first <= last")
        out[str(word)] = (months[0], months[1])
    return out


# ------------------------------------------------------------------------------- operators
@dataclass(frozen=True)
class OperatorLexicon:
    prefix_adjacent: dict[str, str]   # word -> op
    prefix_phrase: dict[str, str]
    suffix: dict[str, str]
    date_suffix: dict[str, str]
    range_separators: tuple[str, ...]
    budget_ceiling: tuple[str, ...]
    boolean: dict[str, bool]
    zero_phrases: tuple[str, ...]
    not_operators: tuple[str, ...]
    not_zero_phrases: tuple[str, ...]
    absence_objects: tuple[str, ...]
    bracket_part_words: tuple[str, ...]
    subject_before_number: tuple[str, ...]
    subject_at_start: tuple[str, ...]
    comparative_marker: str               # 比X大 -> > X
    comparative_after: dict[str, str]
    cell_errors: dict[str, str]           # Excel error value -> what it means
    formula_cell: str                     # what a formula left without a value is called


def _word_map(section: Any, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for op, words in (section or {}).items():
        if op not in OPS:
            raise LexiconError(f"features/operators.yaml: {where}: unknown operator {op!r}")
        for word in words:
            word = str(word)
            if word in out and out[word] != op:
                raise LexiconError(
                    f"features/operators.yaml: {where}: {word!r} is both {out[word]} and {op}")
            out[word] = op
    return out


@functools.lru_cache(maxsize=None)
def operators() -> OperatorLexicon:
    data = _load("operators.yaml")
    prefix = data.get("prefix") or {}
    O = "features/operators.yaml: "
    fillers = _mapping(data.get("subject_fillers"), f"{O}subject_fillers")
    comparative = _mapping(data.get("comparative"), f"{O}comparative")
    boolean: dict[str, bool] = {}
    for key, words in (data.get("boolean") or {}).items():
        flag = str(key).lower() == "true"
        for word in words:
            boolean[str(word)] = flag
    return OperatorLexicon(
        prefix_adjacent=_word_map(prefix.get("adjacent"), "prefix.adjacent"),
        prefix_phrase=_word_map(prefix.get("phrase"), "prefix.phrase"),
        suffix=_word_map(data.get("suffix"), "suffix"),
        date_suffix=_word_map(data.get("date_suffix"), "date_suffix"),
        range_separators=tuple(str(s) for s in data.get("range_separators") or ()),
        budget_ceiling=tuple(str(s) for s in data.get("budget_ceiling") or ()),
        boolean=boolean,
        zero_phrases=tuple(str(s) for s in data.get("zero_phrases") or ()),
        not_operators=tuple(str(s) for s in data.get("not_operators") or ()),
        not_zero_phrases=_word_list(data.get("not_zero_phrases"), f"{O}not_zero_phrases"),
        absence_objects=_word_list(data.get("absence_objects"), f"{O}absence_objects"),
        bracket_part_words=_word_list(data.get("bracket_part_words"), f"{O}bracket_part_words"),
        subject_before_number=_word_list(fillers.get("before_number"), f"{O}subject_fillers.before_number"),
        subject_at_start=_word_list(fillers.get("at_start"), f"{O}subject_fillers.at_start"),
        comparative_marker=_text(comparative.get("marker"), f"{O}comparative.marker", "比"),
        comparative_after=_op_map(_mapping(comparative.get("after"), f"{O}comparative.after"),
                                  f"{O}comparative.after"),
        cell_errors={str(k): str(v) for k, v in
                     _mapping(data.get("cell_errors"), f"{O}cell_errors").items()},
        formula_cell=_text(data.get("formula_cell"), f"{O}formula_cell", "公式"),
    )


def _op_map(section: dict, where: str) -> dict[str, str]:
    """word -> operator, each operator one of OPS."""
    for word, op in section.items():
        if op not in OPS:
            raise LexiconError(f"{where}[{word!r}]: unknown operator {op!r}")
    return {str(k): str(v) for k, v in section.items()}


# -------------------------------------------------------------------------------- taxonomy
_WEIGHT = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]$")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 14)     # class cells repeat on every row of a table
def norm_class_name(text: str) -> str:
    """How category names are compared: half-width, no spaces, no '(50分)' weight."""
    text = _SPACE.sub("", text.translate(FULLWIDTH))
    return _WEIGHT.sub("", text)


@dataclass(frozen=True)
class Taxonomy:
    level1_names: dict[str, str]          # code -> canonical name
    level2_names: dict[str, str]
    level2_parent: dict[str, str]         # level-2 code -> level-1 code
    level1_alias: dict[str, str]          # normalised name -> code
    level2_alias: dict[str, str]
    cost_level1: frozenset[str]

    def level1_code(self, text: str | None) -> str | None:
        return self.level1_alias.get(norm_class_name(text)) if text else None

    def level2_code(self, text: str | None) -> str | None:
        return self.level2_alias.get(norm_class_name(text)) if text else None


@functools.lru_cache(maxsize=None)
def taxonomy() -> Taxonomy:
    data = _load("taxonomy.yaml")
    l1_names: dict[str, str] = {}
    l1_alias: dict[str, str] = {}
    l2_names: dict[str, str] = {}
    l2_alias: dict[str, str] = {}
    parent: dict[str, str] = {}

    def add(alias_map: dict[str, str], name: str, code: str, where: str) -> None:
        key = norm_class_name(name)
        if alias_map.get(key, code) != code:
            raise LexiconError(f"features/taxonomy.yaml: {where}: alias {name!r} already "
                               f"names {alias_map[key]}")
        alias_map[key] = code

    for code, entry in (data.get("level1") or {}).items():
        code = str(code)
        l1_names[code] = entry["name"]
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            add(l1_alias, name, code, f"level1 {code}")
    for code, entry in (data.get("level2") or {}).items():
        code = str(code)
        up = str(entry.get("level1"))
        if up not in l1_names:
            raise LexiconError(f"features/taxonomy.yaml: level2 {code}: unknown level1 {up!r}")
        l2_names[code] = entry["name"]
        parent[code] = up
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            add(l2_alias, name, code, f"level2 {code}")
    return Taxonomy(l1_names, l2_names, parent, l1_alias, l2_alias,
                    frozenset(norm_class_name(n) for n in data.get("cost_level1") or ()))


# --------------------------------------------------------------------------------- headers
_HINT = re.compile(r"[(（][^()（）]*[)）]$")


@functools.lru_cache(maxsize=1 << 14)     # labels and class cells repeat on every row
def norm_header(text: str) -> str:
    """How header and context labels are compared: half-width, no spaces, no trailing
    bracketed hint ("项目资金（万元）" -> "项目资金"), no trailing colon."""
    text = _SPACE.sub("", str(text).translate(FULLWIDTH))
    text = text.rstrip(":").lstrip("*")      # "*指标值": a required field's star
    stripped = _HINT.sub("", text)
    return stripped or text


@dataclass(frozen=True)
class HeaderLexicon:
    column_role: dict[str, str]       # normalised header word -> column role
    block_labels: frozenset[str]
    op_not_joined: frozenset[str]
    context_key: dict[str, str]       # normalised context label -> what it sets
    period_labels: tuple[str, ...]    # packed cells: label of the 实施周期指标值
    annual_labels: tuple[str, ...]    # packed cells: label of the 年度指标值
    category_endings: tuple[str, ...] # packed cells: how "13-时效指标" ends
    class_endings: tuple[str, ...]    # a cell naming a class of its own: 投入目标
    annual_amount_labels: frozenset[str]   # the year's column among amounts
    indicator_prefixes: frozenset[str]     # 其中: an indicator inside a table, not context
    page_noise: tuple[str, ...]            # regexes of page furniture lines in page text
    runon_operators: tuple[str, ...]       # run-together rows: words that start a value
    runon_text_values: tuple[str, ...]     # run-together rows: qualitative values at the end
    runon_value_verbs: tuple[str, ...]     # words of change (提高, 下降): 由0.52提高到0.55
    runon_value_prefixes: tuple[str, ...]  # words a recurring deadline starts with (每月)
    value_hedges: tuple[str, ...]          # words a value may start with before its comparison (一般)
    runon_compared_with: tuple[str, ...]   # words a value compared with a base starts with (较)
    value_words: frozenset[str]            # page-text cells that are values without a digit
    value_units: frozenset[str]            # the "unit" tables write beside them (是/否)
    basis_values: frozenset[str]           # what a 指标值设定依据 column holds (计划标准)
    table_title_words: tuple[str, ...]     # a fragment's title line names a table, not a project
    explanation_starts: tuple[str, ...] = ()   # run-together rows: how a 指标解释 cell starts (反映…)
    value_tails: tuple[str, ...] = ()      # how a value's end wrapped onto the next line reads (工作日内)
    split_operators: tuple[str, ...] = ()  # a name with its value run on in one cell: where to split
    value_starts: tuple[str, ...] = ()     # a list line: how a value starts (≥, 不低于, 是$ …)
    framework_classes: frozenset[str] = frozenset()   # 决策, 项目立项: an evaluation framework's classes
    name_endings: tuple[str, ...] = ()   # how an indicator's name ends: 人数, 覆盖率
    document_endings: tuple[str, ...] = ()   # how a document's title ends: 自评报告, 目标表
    label_endings: tuple[str, ...] = ()   # how a column label the lexicon lacks ends: 项目类别
    clause_openers: tuple[str, ...] = ()   # a value cell ending so waits for its figure (开学后 / 30日内)
    project_title_endings: tuple[str, ...] = ()   # a title naming its project ends so: 绩效目标表
    sub_label_parents: tuple[str, ...] = ()   # 实施期 under 指标值 is 实施期指标值
    owner_endings: tuple[str, ...] = ()    # a place or department before the year in a title ends so
    generic_title_words: tuple[str, ...] = ()   # a title of only these (and a year) names no project
    annex_labels: tuple[str, ...] = ()     # 附件1：, 附表2 before a title
    total_rows: frozenset[str] = frozenset()   # 总分, 合计: a table's total row, no indicator
    direction_words: frozenset[str] = frozenset()   # 正向, 反向: of op_not_joined, the directions


HEADER_ROLES = {"index", "level1", "level2", "category", "name", "value", "period", "op", "unit", "actual",
                "weight", "score", "direction", "basis", "explanation", "remark", "project",
                "amount", "goal", "packed", "money"}
CONTEXT_KEYS = {"project", "department", "spending_unit", "amount", "goal", "total", "other",
                "signoff"}


def _role_map(section: Any, allowed: set[str], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for role, words in (section or {}).items():
        if role not in allowed:
            raise LexiconError(f"features/headers.yaml: {where}: unknown key {role!r}")
        for word in words or ():
            key = norm_header(word)
            if out.get(key, role) != role:
                raise LexiconError(f"features/headers.yaml: {where}: {word!r} is both "
                                   f"{out[key]} and {role}")
            out[key] = role
    return out


def _words(section: Any, where: str) -> tuple[str, ...]:
    words = tuple(str(w) for w in section or ())
    if not words:
        raise LexiconError(f"features/headers.yaml: {where}: needs at least one word")
    return words


@functools.lru_cache(maxsize=None)
def frame_columns() -> dict[str, tuple[str, ...]]:
    """Role -> column headers of a DataFrame or labelled file (features/headers.yaml)."""
    where = "features/headers.yaml: frame_columns"
    data = _mapping((_load("headers.yaml") or {}).get("frame_columns"), where)
    out = {str(role): _word_list(words, f"{where}.{role}") for role, words in data.items()}
    if not all(out.values()):
        raise LexiconError(f"{where}: every role needs at least one header")
    missing = {"name", "value", "level1", "level2", "source"} - set(out)
    if missing:
        raise LexiconError(f"features/headers.yaml: frame_columns lacks {sorted(missing)}")
    return out


@functools.lru_cache(maxsize=None)
def headers() -> HeaderLexicon:
    data = _load("headers.yaml")
    packed = data.get("packed_cells") or {}
    return HeaderLexicon(
        column_role=_role_map(data.get("columns"), HEADER_ROLES, "columns"),
        block_labels=frozenset(norm_header(w) for w in data.get("block_labels") or ()),
        op_not_joined=frozenset(norm_header(w) for w in data.get("op_not_joined") or ()),
        context_key=_role_map(data.get("context"), CONTEXT_KEYS, "context"),
        period_labels=_words(packed.get("period_labels"), "packed_cells.period_labels"),
        annual_labels=_words(packed.get("annual_labels"), "packed_cells.annual_labels"),
        category_endings=_words(packed.get("category_endings"), "packed_cells.category_endings"),
        class_endings=_words(data.get("class_endings"), "class_endings"),
        label_endings=_word_list(data.get("label_endings"), "features/headers.yaml: label_endings"),
        document_endings=_word_list(data.get("document_endings"), "features/headers.yaml: document_endings"),
        project_title_endings=_word_list(data.get("project_title_endings"),
                                         "features/headers.yaml: project_title_endings"),
        owner_endings=_word_list(data.get("owner_endings"), "features/headers.yaml: owner_endings"),
        sub_label_parents=_word_list(data.get("sub_label_parents"), "features/headers.yaml: sub_label_parents"),
        generic_title_words=_word_list(data.get("generic_title_words"),
                                       "features/headers.yaml: generic_title_words"),
        annex_labels=_word_list(data.get("annex_labels"), "features/headers.yaml: annex_labels"),
        name_endings=_word_list(data.get("name_endings"), "features/headers.yaml: name_endings"),
        framework_classes=frozenset(norm_header(w) for w in _word_list(
            data.get("framework_classes"), "features/headers.yaml: framework_classes")),
        annual_amount_labels=frozenset(norm_header(w) for w in _word_list(
            data.get("annual_amount_labels"), "features/headers.yaml: annual_amount_labels")),
        indicator_prefixes=frozenset(norm_header(w) for w in _word_list(
            data.get("indicator_prefixes"), "features/headers.yaml: indicator_prefixes")),
        page_noise=_patterns(data.get("page_noise"), "features/headers.yaml: page_noise"),
        runon_operators=_word_list(data.get("runon_operators"), "features/headers.yaml: runon_operators"),
        runon_text_values=_runon_text_values(data),
        runon_value_verbs=_word_list(data.get("runon_value_verbs"), "features/headers.yaml: runon_value_verbs"),
        runon_value_prefixes=_word_list(data.get("runon_value_prefixes"),
                                        "features/headers.yaml: runon_value_prefixes"),
        value_hedges=_word_list(data.get("value_hedges"), "features/headers.yaml: value_hedges"),
        runon_compared_with=_word_list(data.get("runon_compared_with"),
                                       "features/headers.yaml: runon_compared_with"),
        value_words=frozenset(_word_list(data.get("value_words"), "features/headers.yaml: value_words")),
        value_units=frozenset(norm_header(w) for w in _word_list(
            data.get("value_units"), "features/headers.yaml: value_units")),
        basis_values=frozenset(_word_list(data.get("basis_values"), "features/headers.yaml: basis_values")),
        table_title_words=_word_list(data.get("table_title_words"), "features/headers.yaml: table_title_words"),
        explanation_starts=_word_list(data.get("explanation_starts"),
                                      "features/headers.yaml: explanation_starts"),
        value_tails=_word_list(data.get("value_tails"), "features/headers.yaml: value_tails"),
        split_operators=_word_list(data.get("split_operators"), "features/headers.yaml: split_operators"),
        value_starts=_word_list(data.get("value_starts"), "features/headers.yaml: value_starts"),
        clause_openers=_word_list(data.get("clause_openers"), "features/headers.yaml: clause_openers"),
        total_rows=frozenset(norm_header(w) for w in _word_list(
            data.get("total_rows"), "features/headers.yaml: total_rows")),
        direction_words=frozenset(norm_header(w) for w in _word_list(
            data.get("direction_words"), "features/headers.yaml: direction_words")),
    )


def _runon_text_values(data: dict[str, Any]) -> tuple[str, ...]:
    """The listed values in words, and every degree word paired with every word of change."""
    where = "features/headers.yaml"
    listed = _word_list(data.get("runon_text_values"), f"{where}: runon_text_values")
    adverbs = _word_list(data.get("runon_value_adverbs"), f"{where}: runon_value_adverbs")
    verbs = _word_list(data.get("runon_value_verbs"), f"{where}: runon_value_verbs")
    paired = (a + v for a in adverbs for v in verbs)
    return tuple(dict.fromkeys([*listed, *paired]))


def _patterns(section: Any, where: str) -> tuple[str, ...]:
    patterns = _word_list(section, where)
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise LexiconError(f"{where}: {p!r} is not a regular expression ({exc})") from None
    return patterns


def _traditional_to_simplified() -> dict[int, str]:
    """Traditional characters folded to simplified (數量指標 -> 数量指标, 不低於 -> 不低于), so
    tables copied from traditional-script pages match the lexicons. Character by character
    through OpenCC's t2s table, keeping only one-to-one mappings: positions stay positions.
    The characters go through in one call, a line each (no phrase of the table spans a line
    break): the same table as one call a character, in a sixth of the time of every start."""
    convert = opencc.OpenCC("t2s").convert
    chars = [chr(cp) for cp in range(0x3400, 0xA000)]
    outs = convert("\n".join(chars)).split("\n")
    if len(outs) != len(chars):                   # (never seen: then a character at a time)
        outs = [convert(ch) for ch in chars]
    return {ord(ch): out for ch, out in zip(chars, outs) if out != ch and len(out) == 1}


# Full-width forms tables mix with half-width ones, and traditional characters with
# simplified. One character to one character, so positions in the normalised text are
# positions in the original.
FULLWIDTH = {**_traditional_to_simplified(), **str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%", "．": ".", "，": ",", "；": ";", "：": ":", "（": "(", "）": ")",
    "＜": "<", "＞": ">", "＝": "=", "═": "=", "﹦": "=", "≧": "≥", "≦": "≤", "～": "~", "∶": ":", "＊": "*",
    "／": "/", "－": "-", "＋": "+", "　": " ", "\u00a0": " ", "【": "[", "】": "]",
})}


# ------------------------------------------------------------------- segmentation and cues
def userdict_path() -> Path:
    """The jieba user dictionary (features/userdict.txt: word, frequency, part of speech)."""
    return features_dir() / "userdict.txt"


@functools.lru_cache(maxsize=None)
def name_prefix() -> re.Pattern:
    """The numbering written before some indicator names (features/cues.yaml name_prefix)."""
    pattern = _text((_load("cues.yaml") or {}).get("name_prefix"), "features/cues.yaml: name_prefix",
                    r"(?!)")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LexiconError(f"features/cues.yaml: name_prefix: {exc}") from None


@functools.lru_cache(maxsize=None)
def cues() -> dict[str, tuple[str, ...]]:
    """Level-2 code -> name words that point to it, in the file's order (features/cues.yaml)."""
    data = _load("cues.yaml") or {}
    known = set(taxonomy().level2_names)
    out: dict[str, tuple[str, ...]] = {}
    for code, words in (data.get("cues") or {}).items():
        code = str(code)
        if code not in known:
            raise LexiconError(f"features/cues.yaml: unknown level-2 code {code!r}")
        out[code] = tuple(str(w) for w in words)
    return out


# ---------------------------------------------------------------------------- review rules
@dataclass(frozen=True)
class ReviewRules:
    rules: dict[str, dict[str, str]]        # check id -> {severity, reason template}
    words: dict[str, Any]
    thresholds: dict[str, Any]
    grades: dict[str, str]


@functools.lru_cache(maxsize=None)
def review_rules() -> ReviewRules:
    """The reviewer's checks as data (features/review_rules.yaml), validated."""
    data = _load("review_rules.yaml") or {}
    rules = {}
    for key, entry in (data.get("rules") or {}).items():
        if not isinstance(entry, dict) or entry.get("severity") not in ("error", "warning", "hint") \
                or not entry.get("reason"):
            raise LexiconError(f"features/review_rules.yaml: rule {key!r} needs a severity "
                               "(error/warning/hint) and a reason")
        rules[str(key)] = {"severity": entry["severity"], "reason": str(entry["reason"])}
    words = _mapping(data.get("words"), "features/review_rules.yaml: words")
    thresholds = _mapping(data.get("thresholds"), "features/review_rules.yaml: thresholds")
    for section, have, need in (("words", words, REVIEW_WORDS), ("thresholds", thresholds, REVIEW_THRESHOLDS)):
        if missing := sorted(need - set(have)):
            raise LexiconError(f"features/review_rules.yaml: {section} lacks {', '.join(missing)}")
    return ReviewRules(rules, dict(words), dict(thresholds),
                       {str(k): str(v) for k, v in (data.get("grades") or {}).items()})


# what the checks read from review_rules.yaml (a missing key is an error on load, not a traceback)
REVIEW_WORDS = {"bases", "completion_rates", "effect_words", "grade_words", "input_process",
                "internal_projects", "name_unit_conflicts", "placeholders", "quality_like",
                "satisfaction_marks", "satisfaction_words", "trivial_completion", "unit_hints"}
REVIEW_THRESHOLDS = {"class_disagree_confident", "class_disagree_floor", "cost_rule_year",
                     "duplicate_names_listed", "level1_disagree_confident", "level1_disagree_floor",
                     "low_class_confidence", "low_completion_pct", "low_value_confidence",
                     "min_indicators", "relatedness_confidence", "text_length"}


@functools.lru_cache(maxsize=None)
def radicals() -> dict[str, str]:
    """CJK radical -> the ideograph a page shows for it (features/radicals.tsv: 'radical<TAB>
    ideograph<TAB>name' a line, built by tools/build_radicals.py)."""
    path = features_dir() / "radicals.tsv"
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or len(parts[0]) != 1 or len(parts[1]) != 1:
            raise LexiconError(f"features/radicals.tsv: line {n}: needs 'radical<TAB>ideograph'")
        out[parts[0]] = parts[1]
    return out


# ------------------------------------------------------------------------- output columns
@dataclass(frozen=True)
class OutputColumns:
    """features/output_columns.yaml: each output key with its 中文列名 and meaning, per sheet."""
    indicators: dict[str, dict[str, Any]]    # key -> {zh, meaning, people}
    review: dict[str, dict[str, Any]]
    summary: dict[str, dict[str, Any]]
    severities: dict[str, str]               # error -> 错误 …
    scopes: dict[str, str]
    decisions: tuple[str, ...]               # what a reviewer may write in 审核结论
    sheets: dict[str, str]                   # indicators -> 指标明细 …

    def header(self, key: str, lang: str = "zh", sheet: str = "indicators") -> str:
        """The header a sheet shows for `key`: its 中文列名, or the key itself in English."""
        if lang != "zh":
            return key
        return getattr(self, sheet).get(key, {}).get("zh", key)


@functools.lru_cache(maxsize=None)
def output_columns() -> OutputColumns:
    where = "features/output_columns.yaml"
    data = _load("output_columns.yaml") or {}

    def section(name: str) -> dict[str, dict[str, Any]]:
        out = {}
        for key, entry in _mapping(data.get(name), f"{where}: {name}").items():
            if not isinstance(entry, dict) or not entry.get("zh") or not entry.get("meaning"):
                raise LexiconError(f"{where}: {name}.{key} needs a zh header and a meaning")
            out[str(key)] = {"zh": str(entry["zh"]), "meaning": str(entry["meaning"]),
                             "people": bool(entry.get("people", False))}
        return out

    return OutputColumns(section("columns"), section("review_columns"), section("summary_columns"),
                         {str(k): str(v) for k, v in _mapping(data.get("severities"), where).items()},
                         {str(k): str(v) for k, v in _mapping(data.get("scopes"), where).items()},
                         _word_list(data.get("decisions"), f"{where}: decisions"),
                         {str(k): str(v) for k, v in _mapping(data.get("sheets"), where).items()})


@functools.lru_cache(maxsize=None)
def rule_sources() -> dict[str, dict[str, Any]]:
    """features/rule_sources.yaml: {"sources": key -> description, "rules": rule -> [keys]}."""
    where = "features/rule_sources.yaml"
    data = _load("rule_sources.yaml") or {}
    sources = {str(k): str(v) for k, v in _mapping(data.get("sources"), f"{where}: sources").items()}
    rules = {}
    for rule, refs in _mapping(data.get("rules"), f"{where}: rules").items():
        refs = [str(r) for r in (refs or [])]
        if unknown := [r for r in refs if r not in sources]:
            raise LexiconError(f"{where}: rule {rule} cites unknown sources {', '.join(unknown)}")
        rules[str(rule)] = refs
    return {"sources": sources, "rules": rules}


# A scanned table's figures read by OCR: O or o for 0, l or I for 1 (≥9O%, ≥l.2万人次, 2O25年)
_OCR_LETTER = re.compile(r"[OolI]")
# a run of digits and those letters (with . and ,) holding one of each, no Latin letter beside it
_OCR_FIGURE = re.compile(r"(?<![A-Za-z])(?=[OolI\d.,]*\d)(?=[\d.,]*[OolI])"
                         r"[OolI\d][OolI\d.,]*(?<![.,])(?![A-Za-z])")
_OCR_FOLD = str.maketrans("OolI", "0011")


def ocr_digits(norm: str) -> str:
    """`norm` with the letters OCR reads for digits inside a figure read as digits, one
    character for one (a figure: digits with O, o, l or I among them, no other Latin letter
    next to it, so CO2, PM2.5 and 5G stay as they are).

    >>> ocr_digits("≥9O%"), ocr_digits("≥l.2万人次"), ocr_digits("CO2排放"), ocr_digits("5G基站")
    ('≥90%', '≥1.2万人次', 'CO2排放', '5G基站')
    """
    if not _OCR_LETTER.search(norm):
        return norm
    return _OCR_FIGURE.sub(lambda m: m.group().translate(_OCR_FOLD), norm)
