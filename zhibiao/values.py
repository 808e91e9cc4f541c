"""Target values: "≥90%", "不低于80%", "8000件以上", "收到诉状之日起15日内" -> operator + number + unit.

The grammar is hand-written (no library keeps comparison words and counters together); the
words it knows come from ``features/operators.yaml`` and ``features/units.yaml``; Chinese
numerals go through cn2an. Everything is compiled once, on first use.

Time is linear in the length of a cell: whitespace is folded first (a run of spaces is one
space, and none between two Chinese characters), every repetition in the patterns is bounded,
and a number longer than ``max_digits`` digits or ``max_numerals`` numerals is no number.

>>> [t.to_dict()["op"] for t in parse_value("不少于1项")], parse_value("不少于1项")[0].unit
(['>='], '项')
>>> t = parse_value("8000件以上")[0]; (t.op, t.value, t.unit)
('>=', 8000.0, '件')
>>> t = parse_value("2.5万平方米")[0]; (t.value, t.unit)
(25000.0, '平方米')
>>> t = parse_value("收到法院诉状之日起15日内")[0]; (t.op, t.value, t.unit)
('<=', 15.0, '天')
>>> t = parse_value("2025年10月底前")[0]; (t.kind, t.op, t.value)
('date', '<=', '2025-10-31')
>>> t = parse_value("持续发挥作用，效果良好")[0]; (t.kind, t.value)
('text', '持续发挥作用')
>>> t = parse_value("人民币壹拾万元整")[0]; (t.value, t.unit)
(100000.0, '元')
>>> t = parse_value("从8500到3万")[0]; (t.op, t.value, t.upper)
('between', 8500.0, 30000.0)
"""
from __future__ import annotations

import bisect
import calendar
import contextlib
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from . import confidence, lexicon, segment
from .lexicon import FULLWIDTH

__all__ = ["Target", "parse_value", "find_targets", "cell_error"]


@dataclass(slots=True)
class Target:
    """One stated target of a value cell (DESIGN.md "Public API").

    `rules` names the grammar rules that read it (``qty``, ``neg``, ``floor``, ``formal``...):
    what the confidence model looks at; it is not part of `to_dict()`."""

    kind: str                       # number | boolean | date | text
    op: str                         # = >= > <= < between approx
    value: Any                      # float, bool, ISO date string, or the key phrase
    upper: Any = None               # upper bound of a between
    unit: str | None = None         # canonical unit the text states
    subject: str | None = None      # the measure, when a cell holds several targets
    text: str = ""                  # the part of the cell this target was read from
    confidence: float = 0.0
    rules: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "op": self.op, "value": self.value, "upper": self.upper,
                "unit": self.unit, "subject": self.subject, "text": self.text,
                "confidence": self.confidence}

    def key(self) -> tuple:
        """What exact-match evaluation compares (kind, op, value, upper, unit)."""
        return (self.kind, self.op, self.value, self.upper, self.unit)


# --------------------------------------------------------------------------- the grammar
def _alt(words) -> str:
    """Regex alternation, longest word first so 不高于 wins over 高于. A word ending in a
    Latin letter must end there (M is 米, but not the M of Mbps)."""
    return "|".join(re.escape(w) + ("(?![A-Za-z])" if w[-1:].isascii() and w[-1:].isalpha() else "")
                    for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


_HAN = re.compile(r"[\u4e00-\u9fff]")
_WS = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_OP_SYMBOLS = "<>=≤≥"
_BRACKET_START = frozenset("([ ")
_SIMPLE_LONGEST = 24    # longer cells skip the fast path (the full grammar reads them the same)
_CLAUSE_WINDOW = 80     # how far a clause is read on after a target (bounded: linear time)
_SUBJECT_WINDOW = 60    # the longest subject taken before a target


@dataclass(frozen=True)
class _Grammar:
    core: "_CoreVariants"
    unit: re.Pattern
    comp: re.Pattern
    suffix: re.Pattern
    date_suffix: re.Pattern
    paren: re.Pattern
    not_qty: re.Pattern
    clause_sep: re.Pattern
    title: re.Pattern
    units: lexicon.UnitLexicon
    ops: lexicon.OperatorLexicon
    adj: dict[str, str]            # operator words, full-width folded, -> canonical op
    phr: dict[str, str]
    suf: dict[str, str]
    dsuf: dict[str, str]
    not_numbers: tuple[str, ...]
    not_ops: tuple[str, ...]
    simple: re.Pattern
    quantityless: re.Pattern     # a match means the cell may hold a quantity
    budget: re.Pattern
    zero_clause: re.Pattern      # a clause stating an absence: 无安全事故
    cn_quantity: re.Pattern      # a Chinese numeral with a unit: 一次, 两场
    paren_tail: re.Pattern       # a bracket ending the cell
    numerals: str                # characters of Chinese numerals (大写 included)
    numeral_chars: frozenset[str]
    formal: frozenset[str]       # 大写 numerals
    fold: dict[int, str]         # minus signs -> "-" (one character to one)
    money_tail: re.Pattern       # 伍角陆分整 after 元
    closer: re.Pattern           # 之间 after a range
    too_long: re.Pattern         # a run of digits or numerals too long to be a number
    formula: re.Pattern          # an Excel formula left without a value
    cell_error_in: re.Pattern    # an Excel error after an operator sign
    cell_errors: dict[str, str]  # upper-cased Excel error -> its meaning
    half_units: frozenset[str]   # unit words 半 may stand before or after
    places: dict[str, float]     # multipliers, longest first
    needs_prep: re.Pattern       # whitespace or a minus sign to fold
    unit_mult: dict[str, float]  # unit word -> the multiplier it starts with (万元 -> 1e4)
    negative_words: tuple[str, ...]
    currency_words: tuple[str, ...]
    bool_first: frozenset[str]   # first characters of the boolean words
    op_chars: re.Pattern         # a character that ends some operator word
    zero_any: re.Pattern         # a word that may open an absence clause
    phr_by_first: dict[str, tuple[str, ...]]   # phrase operator words by first character, longest first
    phr_longest: int
    adj_lengths: tuple[int, ...]               # lengths of the adjacent operator words, longest first
    money_first: frozenset[str]  # what may start 伍角陆分 / 整 after 元
    not_qty_first: frozenset[str]


class _CoreVariants:
    """The core pattern: one alternation of every form a target starts with (dates, periods,
    fractions, ratios, products, quantities). A cell is searched with the alternation
    compiled without the forms it cannot hold (no 年/月/./-: no date; no 分之: no fraction...),
    which gives the same matches in less time; variants are compiled on first use."""

    def __init__(self, head: str, parts: list[tuple[str, str]], triggers: dict[str, str]):
        self.head, self.parts = head, parts
        self.flags_of_char: dict[str, set[str]] = {}
        for flag, chars in triggers.items():             # "/" may start a date or a fraction
            for ch in chars:
                self.flags_of_char.setdefault(ch, set()).add(flag)
        self.chars = frozenset(self.flags_of_char)
        self.by_chars: dict[frozenset, re.Pattern] = {}
        self.variants: dict[frozenset, re.Pattern] = {}

    def for_cell(self, norm: str) -> re.Pattern:
        present = self.chars.intersection(norm)
        pattern = self.by_chars.get(present)
        if pattern is None:
            flags = frozenset().union(*(self.flags_of_char[ch] for ch in present))
            pattern = self.variants.get(flags)
            if pattern is None:
                kept = [text for flag, text in self.parts if flag == "qty" or flag in flags]
                pattern = re.compile(self.head + "(?:" + "\n|".join(kept) + "\n)", re.X)
                self.variants[flags] = pattern
            self.by_chars[present] = pattern
        return pattern


_OVERRIDE: list[_Grammar] = []


def _grammar() -> _Grammar:
    """The grammar of the shipped lexicons (or, inside grammar_from(), of others)."""
    return _OVERRIDE[-1] if _OVERRIDE else _default_grammar()


@functools.lru_cache(maxsize=None)
def _default_grammar() -> _Grammar:
    return _compile(lexicon.units(), lexicon.operators())


@contextlib.contextmanager
def grammar_from(units: lexicon.UnitLexicon, ops: lexicon.OperatorLexicon):
    """Parse with other lexicons inside the block. Training uses it to see how the parse of a
    cell looks when the grammar does not know its form (value_model: lexicons with a family
    of words taken out), so that the confidence model learns what a wrong parse looks like."""
    _OVERRIDE.append(_compile(units, ops))
    try:
        yield
    finally:
        _OVERRIDE.pop()


def _compile(units: lexicon.UnitLexicon, ops: lexicon.OperatorLexicon) -> _Grammar:
    unit_words = [w.translate(FULLWIDTH) for w in units.by_word]
    unit_alt = _alt(unit_words)
    mult_alt = _alt(units.multipliers)
    numerals = units.numerals
    cnc = f"[{re.escape(numerals)}]"
    seps = _alt(s.translate(FULLWIDTH) for s in ops.range_separators)
    joiners = _alt(units.range_joiners)
    closers = _alt(units.range_closers)
    maxd, maxn = units.max_digits, units.max_numerals
    # numbers: every repetition bounded, and no number starts or ends inside another
    num = (rf"(?<![\d.])(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}(?:\.\d{{1,10}})?(?![\d,])"
           rf"|\d{{1,{maxd}}},\d{{4}}(?=\s?[万亿])"
           rf"|\d{{1,{maxd}}}(?:\.\d{{1,10}})?(?:[eE][+-]?\d{{1,3}}(?![\dA-Za-z]))?(?!\d|\.\d))")
    plain = rf"(?<![\d.])\d{{1,{maxd}}}(?:\.\d{{1,10}})?(?!\d|\.\d)"
    # digits mixed with multipliers: 3万4000, 1亿2000万, 1千 (not where a unit word starts: 5千米)
    mpart = rf"(?!(?:{unit_alt}))(?:{mult_alt})"
    mtail = rf"(?:{mpart}){{1,2}}(?:零?\d{{1,4}}(?:{mult_alt})?){{0,3}}(?!\d)"
    cn = rf"(?<!{cnc}){cnc}{{1,{maxn}}}(?:点{cnc}{{1,12}})?(?!{cnc})"
    year = r"(?:(?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})"   # 二〇二四 too
    cmonth = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"                      # 十二月 too
    mday = r"(?:(?P<{d}>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]|(?P<{e}>底|末))"
    clock = r"(?:\s?T?\s?\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?"
    half_year_alt = _alt(units.half_year)
    quarter = re.escape(units.quarter_word)
    ratio_alt = _alt(units.ratio_separators)
    prod_alt = _alt(units.product_signs)
    time_alt = _alt(w for w, u in units.by_word.items() if u.family == "time")
    half_units = frozenset(w for w, u in units.by_word.items() if u.family in units.half_unit_families)
    half_unit_alt = _alt(half_units)
    half = re.escape(units.half)
    firsts = re.escape("".join(sorted({w[0] for w in (*units.half_year, *units.fraction_words,
                                                       *units.plus_minus_words)})))
    fraction_alt = _alt(units.fraction_words)
    infix = re.escape(units.fraction_infix)
    q_not = re.escape(units.quarter_not_after) or "\x00"
    half_not = re.escape(units.half_not_after) or "\x00"
    half_tail = _alt(units.half_not_followed_by)
    pm = rf"±|\+-|\+/-|{_alt(units.plus_minus_words)}"
    core_head = rf"""
      (?=[\d{re.escape(numerals)}±+年第{half}{firsts}])           # cheap first-character filter
    """
    core_parts = [
        ("date", rf"""(?P<ymd>                                   # 2022年12月31日, 2023年1月-12月, 2019年6月底
        (?P<y1>{year})\s*年\s*(?P<m1>{cmonth})\s*月(?:份)?\s*{mday.format(d="d1", e="e1")}?
        (?:\s*(?:{seps})\s*(?:(?P<y2>{year})\s*年)?\s*(?P<m2>{cmonth})\s*月(?:份)?\s*
           {mday.format(d="d2", e="e2")}?)?
      )"""),
        ("date", rf"""(?P<yend>(?P<y3>{year})\s*年\s*(?:年底|年末|底|末))          # 2025年底"""),
        ("date", rf"""(?P<yall>(?P<y4>{year})\s*年\s*(?:全年|年内|度内|内(?!容)))      # 2023年全年, 2024年内"""),
        ("date", rf"""(?P<ymm>(?P<y8>{year})\s*年\s*(?P<m8>\d{{1,2}})\s*(?:{seps})\s*(?P<m9>\d{{1,2}})\s*月)  # 2024年3-6月"""),
        ("date", r"""(?P<eoy>(?<!\d)(?:年底|年末)(?=\s*(?:之前|以前|前)))          # 年底前 (no year)"""),
        ("date", rf"""(?P<yy>(?P<ya>{year})\s*年?\s*(?:{seps})\s*(?P<yb>{year})\s*年)     # 2023-2025年"""),
        ("date", rf"""(?P<dot>                                 # 2022.03-2022.11, 2021.1.1-12.31, 2024-12-31 00:00:00
        (?<!\d)(?P<y5>{year})[./-](?P<m5>\d{{1,2}})(?:[./-](?P<d5>\d{{1,2}}){clock})?
        (?:\s*(?:{seps})\s*(?:(?P<y6>{year})[./-])?(?P<m6>\d{{1,2}})(?:[./-](?P<d6>\d{{1,2}}))?)?
        (?![\d%万亿元.])
      )"""),
        ("date", rf"""(?P<md>                                  # 12月31日, 6月底, 9月前
        (?<![\d{re.escape(numerals)}])(?P<m7>\d{{1,2}}|(?:十[一二]?|[一二三四五六七八九])   # 十二月底前: a Chinese month only with a day or 底/末
          (?=\s*月\s*(?:底|末|(?:\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])))\s*月\s*(?:{mday.format(d="d7", e="e7")}|(?=\s*(?:之前|以前|前|份)))
      )"""),
        ("frac", rf"""(?P<pct>(?P<pw>{fraction_alt})\s?(?P<pn>{cn}|{num}))   # 百分之九十五, 千分之三, 百分之1,111"""),
        ("frac", rf"""(?P<frac>(?P<fa>{cn}|{plain})\s?{infix}\s?(?P<fb>{cn}|{plain}))   # 三分之一"""),
        ("date", rf"""(?P<hy>(?:(?P<yh>{year})\s*年\s*(?:度\s*)?)?(?P<hs>{half_year_alt})(?P<he>末|底)?)   # 2024年上半年"""),
        ("date", rf"""(?P<qtr>(?<![{q_not}])                                             # 2024年第三、四季度末
        (?:(?P<yq>{year})\s*年\s*(?:度\s*)?)?第?\s*(?P<qn>[1-4一二三四])(?:\s*{quarter})?
        (?:\s*(?:、|和|及|至|到|-|—|~)\s*第?\s*(?P<qn2>[1-4一二三四]))?\s*{quarter}\s*(?P<qe>末|底)?)"""),
        ("ratio", rf"""(?P<ratio>(?P<ra>{num})\s*(?:{ratio_alt})\s*(?P<rb>{num})(?P<rm>{mult_alt})?)   # 师生比1:15"""),
        ("prod", rf"""(?P<prod>(?P<pa>{plain})\s*(?:天|日)?\s*(?:{prod_alt})\s*(?P<pb>{plain})  # 7×24小时
        (?=\s*(?:{time_alt})))"""),
        ("half", rf"""(?P<halfplus>(?:(?P<hn>{plain})|(?P<hc>{cn}))\s*                    # 两个半小时, 1年半
        (?:个\s*{half}\s*(?P<hu1>{time_alt})|(?P<hu2>年|个月|小时|天){half}))"""),
        ("slash", rf"""(?P<slash>(?P<sa>(?<![\d./])\d{{1,6}})/(?P<sb>\d{{1,6}})(?![\d/.A-Za-z])(?!\s?(?:{unit_alt})))   # 1/2"""),
        ("qty", rf"""(?P<qty>
        (?P<pm>{pm})?
        (?:(?P<n1>{num})(?P<mt1>{mtail})?
           |(?P<c1>{cn}|(?<![{half_not}]){half}(?=\s?(?:{half_unit_alt})(?!{half_tail}))))
        (?:\s?(?:±|\+-|\+/-)\s?(?P<tol>{num}))?                      # 45±2人
        (?:\s?(?P<u1>{unit_alt}))?
        (?:\s?(?P<sep>{seps}|(?:{joiners})(?=[^,;。]{{0,20}}?(?:{closers})))\s?
           (?:(?P<n2>{num})(?P<mt2>{mtail})?|(?P<c2>{cn})))?
      )"""),
    ]
    floor_alt = _alt(units.floor_words)
    unit = rf"""\s?(?P<more>{floor_alt})?(?P<mult>{mpart})?(?P<more2>{floor_alt})?
        (?:(?P<word>{unit_alt})|(?P<latin>[A-Za-z]{{1,6}}[²³23]?(?![A-Za-z]))|(?P<cjk>[\u4e00-\u9fff]))?"""
    comp_seps = _alt(s.translate(FULLWIDTH) for s in units.compound_separators)
    # a space either side of the separator (≤6000 元 / 户: a page tool spaced the spans)
    # a denominator's own multiplier (次/百万公里) is written before its unit word
    comp_mult = _alt(sorted(units.multipliers, key=len, reverse=True))
    comp = (rf"\s?(?:{comp_seps})\s?(?P<cn>\d{{1,6}})?(?P<cm>{comp_mult})?\s?"
            rf"(?P<cw>{unit_alt}|[A-Za-z]{{1,6}}[²³23]?(?![A-Za-z]))")
    adj = {w.translate(FULLWIDTH): op for w, op in ops.prefix_adjacent.items()}
    phr = {w.translate(FULLWIDTH): op for w, op in ops.prefix_phrase.items()}
    suf = {w.translate(FULLWIDTH): op for w, op in ops.suffix.items()}
    dsuf = {w.translate(FULLWIDTH): op for w, op in ops.date_suffix.items()}
    money_parts = _alt(units.money_parts)
    places = dict(sorted(units.multipliers.items(), key=lambda kv: -len(kv[0])))
    return _Grammar(
        core=_CoreVariants(core_head, core_parts, {   # a character every such form holds
            "date": "年月" + units.quarter_word[:1] + "./-",
            "frac": units.fraction_infix[-1:],
            "ratio": "".join(w[:1] for w in units.ratio_separators),
            "prod": "".join(w[:1] for w in units.product_signs),
            "half": units.half,
            "slash": "/",
        }),
        unit=re.compile(unit, re.X),
        comp=re.compile(comp),
        suffix=re.compile(rf"\s?(?:{_alt(suf)})(?!容|部|涵|科|地|存)"),
        date_suffix=re.compile(rf"\s?(?:{_alt(dsuf)})"),
        paren=re.compile(r"\s?[(\[][^()\[\]]{0,80}[)\]]"),
        not_qty=re.compile(rf"\s?(?:{_alt(units.not_quantity_suffixes)})"),
        clause_sep=re.compile(r"[,;。!?\n]"),
        title=re.compile(r"《[^》《]{0,200}》"),
        units=units,
        ops=ops,
        adj=adj, phr=phr, suf=suf, dsuf=dsuf,
        not_numbers=tuple(units.not_numbers),
        not_ops=tuple(w.translate(FULLWIDTH) for w in ops.not_operators),
        simple=re.compile(rf"""(?P<op>{_alt([*adj, *phr])})?\s?(?P<n>\d{{1,{maxd}}}(?:\.\d{{1,10}})?)\s?
            (?P<mult>{mpart})?(?P<u>{unit_alt})?\s?(?P<suf>{_alt(suf)})?\s?[。.]?$""", re.X),
        quantityless=re.compile(rf"[\d{re.escape(numerals)}{half}]|年底|年末"),
        budget=re.compile(_alt(ops.budget_ceiling)),
        paren_tail=re.compile(r"\s?[(\[][^()\[\]]{0,80}[)\]]\s?$"),
        cn_quantity=re.compile(rf"{cnc}{{1,{maxn}}}\s?(?:{unit_alt})"),
        zero_clause=re.compile(rf"(?:^|[,;。、\n])\s?(?P<c>(?:{_alt(z for z in ops.zero_phrases if z != '零')})"
                               rf"[^\d,;。、\n]{{1,24}}?)\s?(?=$|[,;。、\n])"),
        numerals=numerals,
        numeral_chars=frozenset(numerals),
        formal=frozenset(units.formal_numerals),
        fold=str.maketrans({ch: "-" for ch in units.minus_signs}),
        money_tail=re.compile(rf"(?:(?P<a>{cnc}|\d)(?P<aw>{money_parts}))?(?:(?P<b>{cnc}|\d)(?P<bw>{money_parts}))?"
                              rf"(?P<whole>{_alt(units.money_whole)})?"),
        closer=re.compile(rf"\s?(?:{closers})"),
        too_long=re.compile(rf"\d{{{maxd + 1}}}|{cnc}{{{maxn + 1}}}|\d[eE]\+?\d{{3}}"),
        formula=re.compile(r"=\s?(?:[A-Za-z_][A-Za-z0-9_.]{0,30}\s?\(|\$?[A-Za-z]{1,3}\$?\d{1,7}(?![\d.]))"),
        cell_error_in=re.compile(rf"[\s<>=≤≥]{{0,3}}(?P<code>{_alt(ops.cell_errors)})", re.I),
        cell_errors={k.upper(): v for k, v in ops.cell_errors.items()},
        half_units=half_units,
        places=places,
        needs_prep=re.compile(rf"[\s{_ZERO_WIDTH}{re.escape(units.minus_signs)}]"),
        unit_mult={w: _unit_multiplier(w, units, places) for w in units.by_word},
        negative_words=tuple(units.negative_words),
        currency_words=tuple(units.currency_before),
        bool_first=frozenset(w[:1] for w in ops.boolean),
        phr_by_first={ch: tuple(sorted((w for w in phr if w[0] == ch), key=len, reverse=True))
                      for ch in {w[0] for w in phr}},
        phr_longest=max((len(w) for w in phr), default=0),
        adj_lengths=tuple(sorted({len(w) for w in adj}, reverse=True)),
        zero_any=re.compile(_alt(z for z in ops.zero_phrases if z != "零")),
        op_chars=re.compile("[" + re.escape("".join(sorted({w[-1] for w in (*adj, *phr)}))) + "]"),
        money_first=frozenset(numerals) | frozenset("0123456789") | frozenset(w[:1] for w in units.money_whole),
        not_qty_first=frozenset(w[:1] for w in units.not_quantity_suffixes) | frozenset(" \n"),
    )


# ----------------------------------------------------------------------------- numbers
def _num(text: str | None) -> float | None:
    """Arabic number with thousands commas; "1038,8772" (a comma before four digits, a typo
    of the seed tables) reads as a decimal point. None for a number no float holds."""
    if text is None:
        return None
    if "," in text:
        head, _, tail = text.partition(",")
        if len(tail) == 4 and tail.isdigit():
            return float(f"{head}.{tail}")
        text = text.replace(",", "")
    value = float(text)
    return value if math.isfinite(value) else None


@functools.lru_cache(maxsize=1)
def _cn2an():
    """cn2an's reader, imported on the first Chinese numeral (its import costs a quarter of a
    second that a cell of digits should not wait for)."""
    import cn2an
    return cn2an.cn2an


@functools.lru_cache(maxsize=4096)
def _cn(text: str | None) -> float | None:
    """A Chinese numeral (大写 included; 廿 and 卅 spelled out) or digits mixed with
    multipliers (3万4000), through cn2an; None when it is none or too large for a float."""
    if text is None:
        return None
    units = lexicon.units()
    for a, b in units.numeral_aliases.items():
        text = text.replace(a, b)
    if text.startswith(("百", "千", "万", "亿", "佰", "仟")):   # 百分之百: a bare 百 is one hundred
        text = "一" + text
    try:
        value = float(_cn2an()(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError):
        value = _decimal_times_place(text)
        if value is None:
            return None
    return value if math.isfinite(value) else None


_DECIMAL_PLACE = re.compile(r"(.+点.+?)([十百千万亿]+)")


def _decimal_times_place(text: str) -> float | None:
    """三点五万 -> 35000: cn2an reads a decimal numeral but not one scaled by a place after it."""
    m = _DECIMAL_PLACE.fullmatch(text)
    if not m:
        return None
    places = lexicon.units().multipliers
    try:
        value = float(_cn2an()(m[1], "smart"))
    except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError):
        return None
    for place in m[2]:
        factor = places.get(place)
        if factor is None:
            return None
        value *= factor
    return value


_MIXED_PART = re.compile(r"零|\d+(?:\.\d+)?|\D")


def _mixed(digits: str, tail: str | None, g: _Grammar) -> float | None:
    """12万 -> 120000; 3万4000 -> 34000, 1亿2000万 -> 120000000, 6千5百 -> 6500, and a
    single digit after a place is the next place down (2万5 -> 25000)."""
    value = _num(digits)
    if value is None or not tail:
        return value
    factor = g.units.multipliers.get(tail)
    if factor is not None:
        return value * factor
    places = g.units.multipliers
    total = section = 0.0
    current: float | None = value
    top = 0.0                    # the largest section marker (万, 亿) met so far
    last_place = 0.0
    zero = False
    for part in _MIXED_PART.findall(tail):
        if part == "零":
            zero = True
        elif part[0].isdigit():
            current, zero_before = float(part), zero
            zero = False
            last_digits = part
        else:
            p = places.get(part)
            if p is None:
                return None
            if p >= 1e4:                      # a section marker: 万, 亿
                val = section + (current or 0.0)
                total = (total + val) * p if p > top else total + val * p
                top = max(top, p)
                section = 0.0
            else:                             # 百, 千 inside a section
                section += (current if current is not None else 1.0) * p
            current, last_place = None, p
    if current is not None:
        if len(last_digits) == 1 and last_place >= 100 and not zero_before:
            current *= last_place / 10       # 2万5: 25000
        section += current
    return total + section


def _trailing_place(numeral: str | None, g: _Grammar) -> float:
    """The multiplier a numeral ends with (三十万 -> 1e4, 5千万 -> 1e7), 1 when none, or when
    the numeral is nothing but it."""
    if not numeral:
        return 1.0
    for word, factor in g.places.items():
        if numeral.endswith(word) and len(numeral) > len(word):
            return factor
    return 1.0


_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _date_number(x: str | None) -> int | None:
    """A year, month or day written in digits or Chinese numerals (二〇二四, 十二, 三十一)."""
    if not x or x.isdigit():
        return int(x) if x else None
    v = _cn(x)
    return int(v) if v is not None else None


def _ymd(y: str | None, m: str | None, d: str | None, end: str | None) -> str | None:
    if y and not y.isdigit():
        y = y.translate(_CN_DIGITS)              # 二〇二四 -> 2024
    month = _date_number(m)
    if month is not None and not 1 <= month <= 12:
        return None
    if d:
        day = _date_number(d)
        if day is None or not 1 <= day <= 31:
            return None
    elif end and month:
        # 月底: last day of the month (a year without one is taken as common, not leap).
        day = calendar.monthrange(int(y) if y else 2001, month)[1]
    else:
        day = None
    parts = ([y] if y else []) + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day else [])
    return "-".join(parts) if parts else None


# ----------------------------------------------------------------------- preparing a cell
def _prepare(text: str, norm: str, g: _Grammar) -> tuple[str, str, list[int] | None]:
    """(text, norm, positions) with whitespace folded, in one pass: zero-width characters
    and whitespace at either end go; whitespace between two Chinese characters goes (PDF
    text wraps anywhere: 百分之五 十, 个百分 点), a line break there only next to a numeral;
    between operator signs (< =) and inside a thousands group (10 000) it goes; any other run
    is one space (one line break when it holds one). `positions[i]` is where character i of
    the result stood in the cell (None when nothing changed)."""
    if not g.needs_prep.search(norm):
        return text, norm, None
    if g.fold:
        norm = norm.translate(g.fold)
    if not _WS.search(norm):
        return text, norm, None
    n = len(norm)
    out_t: list[str] = []
    out_n: list[str] = []
    pos_map: list[int] = []
    pos = 0
    for m in _WS.finditer(norm):
        a, b = m.span()
        out_t.append(text[pos:a])
        out_n.append(norm[pos:a])
        pos_map.extend(range(pos, a))
        pos = b
        keep = _kept_of_run(norm, a, b, n, g)
        if keep is not None:
            out_t.append(text[keep])
            out_n.append("\n" if norm[keep] == "\n" else " ")
            pos_map.append(keep)
    out_t.append(text[pos:])
    out_n.append(norm[pos:])
    pos_map.extend(range(pos, n))
    return "".join(out_t), "".join(out_n), pos_map


_SPACED_DIGITS = re.compile(r"\d(?: \d)* ?[%％‰]")


def _kept_of_run(norm: str, a: int, b: int, n: int, g: _Grammar) -> int | None:
    """Which character of the whitespace run norm[a:b] stays (its position), or None."""
    run = norm[a:b]
    if a == 0 or b == n or not run.strip(_ZERO_WIDTH):
        return None
    left, right = norm[a - 1], norm[b]
    newline = run.find("\n")
    if _HAN.match(left) and _HAN.match(right):
        # a line break between two Chinese characters is where the cell wrapped (500人\n次,
        # 3个工作\n日内); so are spaces (百分之五 十)
        return None
    elif newline >= 0 and left.isdigit() and right.isdigit():
        return None                  # 9\n5%: a number wrapped over lines
    elif left in _OP_SYMBOLS and right in _OP_SYMBOLS:
        return None
    elif newline < 0 and left.isdigit() and right.isdigit() and \
            norm[b:b + 4][:3].isdigit() and not norm[b + 3:b + 4].isdigit():
        k = a - 1
        while k >= 0 and norm[k].isdigit() and a - k <= 4:
            k -= 1
        if a - 1 - k <= 3 and (k < 0 or norm[k] not in ".,"):
            return None              # 10 000: a thousands group
    if newline < 0 and left.isdigit() and right.isdigit() and (a < 2 or not norm[a - 2].isdigit()) \
            and _SPACED_DIGITS.match(norm, b):
        return None                  # 9 5 %: single digits spaced apart by a PDF before a percent
    if newline >= 0:
        return a + newline
    return next(i for i in range(a, b) if norm[i] not in _ZERO_WIDTH)


def _remap(text: str, positions: list[int] | None, start: int, end: int) -> str:
    """The cell's own text of prepared span [start, end)."""
    if positions is None or end <= start:
        return ""
    return text[positions[start]:positions[end - 1] + 1].strip()


def cell_error(text: str) -> tuple[str, str] | None:
    """(what the cell holds, what it means) when a value cell is an Excel error value or a
    formula left without its value (#DIV/0!, =SUM(B2:B5)); None for any other cell.

    >>> cell_error("#DIV/0!")
    ('#DIV/0!', '除数为零')
    >>> cell_error("≥90%") is None
    True
    """
    if not isinstance(text, str):
        return None
    g = _grammar()
    stripped = text.translate(FULLWIDTH).strip()
    if "#" not in stripped[:4] and stripped[:1] != "=":
        return None
    meaning = g.cell_errors.get(stripped.upper())
    if meaning is not None:
        return stripped, meaning
    if g.formula.match(stripped):
        return stripped, g.ops.formula_cell
    # ≥#N/A, #DIV/0!%, #VALUE!（公式错误）: the error with an operator, a unit or a note
    m = g.cell_error_in.match(stripped)
    if m and not any(ch.isdigit() for ch in stripped[m.end():]):
        code = m.group("code")
        return code, g.cell_errors[code.upper()]
    return None


# ------------------------------------------------------------------------------ parsing
@dataclass(slots=True)
class _Hit:
    start: int          # where the target's text starts (operator included)
    end: int
    target: Target


class _Hits(list):
    """The targets found so far, the year the latest dated one named (2024年9月底前完成招标，
    12月底前完工: a cell's earlier year carries over), and why numbers were refused."""
    year: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.rejected: list[str] = []


def parse_value(text: str) -> list[Target]:
    """Parse one value cell into its targets, in order.

    Never raises on a ``str``: a cell with no quantity is one ``text`` target whose value is
    its first phrase; an empty cell gives ``[]``. Anything but a ``str`` raises ``TypeError``.

    >>> [(t.op, t.value, t.unit) for t in parse_value("≥90%")]
    [('>=', 90.0, '%')]
    >>> [(t.op, t.value, t.unit) for t in parse_value("财政下达资金一周内")]
    [('<=', 7.0, '天')]
    >>> [(t.value, t.subject) for t in parse_value("调解协议履行率达97.5%,防化率100%")]
    [(97.5, '调解协议履行率'), (100.0, '防化率')]
    >>> parse_value(90)
    Traceback (most recent call last):
    TypeError: parse_value() takes a str, not int
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_value() takes a str, not {type(text).__name__}")
    g = _OVERRIDE[-1] if _OVERRIDE else _default_grammar()
    norm = text.translate(FULLWIDTH)
    if (read := lexicon.ocr_digits(norm)) != norm:
        return _parse_ocr(text, read, g)
    if g.needs_prep.search(norm):
        text2, norm, positions = _prepare(text, norm, g)
    else:
        text2, positions = text, None
    if positions is None and 0 < len(norm) <= _SIMPLE_LONGEST:   # no whitespace: try the fast path
        simple = _simple(norm, text, g)
        if simple is not None:
            return confidence.score_plain(norm, simple)
    targets, covered = _parse_prepared(text, text2, norm, positions, g,
                                       positions is None or len(norm) > _SIMPLE_LONGEST)
    return confidence.score(norm, targets, covered)


def _parse_ocr(text: str, read: str, g: _Grammar) -> list[Target]:
    """A cell whose figures OCR misread (see lexicon.ocr_digits): parsed as read, each target marked
    ``ocr_digit`` (a rule beyond the tables' grammar: the confidence model takes it as one)."""
    text2, norm, positions = _prepare(text, read, g)
    targets, covered = _parse_prepared(text, text2, norm, positions, g)
    for t in targets:
        if t.kind != "text":
            t.rules += ("ocr_digit",)
    return confidence.score(norm, targets, covered)


def parse_unscored(text: str, norm: str) -> tuple[list[Target], int]:
    """The targets of a cell before confidence, and how many of its characters the parse
    explained (a confidence feature). `norm` is `text` folded to half-width."""
    g = _grammar()
    return _parse_prepared(text, *_prepare(text, norm, g), g)


def _parse_prepared(orig: str, text: str, norm: str, positions: list[int] | None,
                    g: _Grammar, simple_tried: bool = False) -> tuple[list[Target], int]:
    if not norm.strip():
        return [], 0
    if not simple_tried and len(norm) <= 2 * _SIMPLE_LONGEST:
        simple = _simple(norm.strip(), orig, g)
        if simple is not None:
            return simple, len(norm)
    error = cell_error(orig) if "#" in norm[:8] or norm.lstrip()[:1] == "=" else None
    if error is not None:
        return [Target("text", "=", error[0], text=orig.strip(), rules=("cell_error",))], 0
    targets, covered, hits = _general(text, norm, g, orig)
    if positions is not None:
        for h in hits:
            h.target.text = _remap(orig, positions, h.start, h.end)
    return targets, covered


def _parse_general(text: str, norm: str, g: _Grammar) -> tuple[list[Target], int]:
    """The full grammar over a cell (no fast path): (targets, characters explained)."""
    text2, norm2, positions = _prepare(text, norm, g)
    if not norm2.strip():
        return [], 0
    targets, covered, hits = _general(text2, norm2, g, text)
    if positions is not None:
        for h in hits:
            h.target.text = _remap(text, positions, h.start, h.end)
    return targets, covered


def find_targets(text: str) -> list[tuple[Target, int, int]]:
    """Every quantified target stated in free text, with its character span: for the
    绩效目标 paragraphs, where the rest of the text is prose, not a qualitative target, and a
    bare number with neither unit nor operator is a name (12348热线), not a target.

    >>> [(t.op, t.value, t.unit, s, e) for t, s, e in find_targets("律师每月到村开展法律咨询时间不少于8小时")]
    [('>=', 8.0, '小时', 14, 20)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_targets() takes a str, not {type(text).__name__}")
    g = _grammar()
    orig = text
    text, norm, positions = _prepare(text, text.translate(FULLWIDTH), g)
    hits, covered = _scan(norm, text, g) if g.quantityless.search(norm) else ([], 0)
    # in prose a bare number with neither unit nor operator names something (12348热线)
    hits = [h for h in hits if not (h.target.kind == "number" and h.target.unit is None
                                    and h.target.op == "=")]
    if len(hits) > 1:
        _subjects(norm, text, hits)
    confidence.score(norm, [h.target for h in hits], covered)
    if positions is None:
        return [(h.target, h.start, h.end) for h in hits]
    out = []
    for h in hits:
        start = positions[h.start]
        end = positions[h.end - 1] + 1 if h.end > h.start else start
        h.target.text = orig[start:end].strip()
        out.append((h.target, start, end))
    return out


def _simple(norm: str, text: str, g: _Grammar) -> list[Target] | None:
    """Fast path for the bulk of cells ("≥90%", "100%", "95%以上", "5次"): one symbol
    operator, one plain number, one listed unit, one 以上/以下 word. Anything else (and a
    4-digit number before 年, which may be a year) goes through the full grammar, which gives
    the same answer for these forms (tests/test_values_api.py checks that). `norm` has no
    whitespace at its ends."""
    m = g.simple.match(norm)
    if m is None or (m["u"] == "年" and len(m["n"]) == 4 and not m["mult"]) or \
            m["u"] == g.units.quarter_word:
        return None
    unit = g.units.by_word[m["u"]] if m["u"] else None
    scale = (unit.scale if unit else 1.0) * (g.units.multipliers[m["mult"]] if m["mult"] else 1.0)
    op_word, suf = m.group("op", "suf")
    op = _combine(g.adj.get(op_word) or g.phr.get(op_word), g.suf[suf] if suf else None)
    return [Target("number", op, _clean(float(m["n"]) * scale), None,
                   unit.canonical if unit else None, text=text.strip(), rules=("simple",))]


def _general(text: str, norm: str, g: _Grammar, orig: str | None = None
             ) -> tuple[list[Target], int, list[_Hit]]:
    """The full grammar over a prepared cell: (targets, characters explained, hits)."""
    orig = text if orig is None else orig
    stripped = norm.strip().rstrip("。.")
    word = _boolean_word(stripped, g)
    if word is not None:
        return [Target("boolean", "=", g.ops.boolean[word], text=orig.strip(),
                       rules=("boolean",))], len(stripped), []
    hits, covered = _scan(norm, text, g) if g.quantityless.search(norm) else ([], 0)
    if not hits:
        t = _text_target(orig)
        if g.too_long.search(norm):
            t.rules = ("text", "number_too_long")
        elif getattr(hits, "rejected", None):
            t.rules = ("text", *(f"refused_{why}" for why in sorted(hits.rejected)))
        return [t], 0, []
    hits = _with_zero_clauses(norm, text, g, hits)
    _mark_run_ons(norm, hits, g)
    targets = [h.target for h in hits]
    if len(targets) > 1:
        _subjects(norm, text, hits)
    if "元" in norm and any(t.unit == "元" and t.op == "=" for t in targets) and g.budget.search(norm):
        for t in targets:
            if t.unit == "元" and t.op == "=":
                t.op = "<="
                t.rules += ("budget",)
    return targets, covered, hits


def _mark_run_ons(norm: str, hits: list[_Hit], g: _Grammar) -> None:
    """Rules the confidence model reads: "glued" when a few Chinese characters run on from a
    target to the end of its clause (100马力, 200件套: a word the grammar did not read),
    "run_on" when the next target starts right after it with no separator between."""
    n = len(norm)
    for i, h in enumerate(hits):
        if h.target.kind not in ("number", "date"):
            continue
        nxt = hits[i + 1].start if i + 1 < len(hits) else n
        e = h.end
        if nxt <= e + 1 and i + 1 < len(hits) and not norm[e:nxt].strip(" "):
            h.target.rules += ("run_on",)
            if "run_on" not in hits[i + 1].target.rules:
                hits[i + 1].target.rules += ("run_on",)
            continue
        k = e
        while k < n and k - e <= 4 and _HAN.match(norm[k]) and k < nxt:
            k += 1
        if k > e and k - e <= 4 and (k == n or k == nxt or g.clause_sep.match(norm, k) or not _HAN.match(norm[k])) \
                and not g.suffix.match(norm, e):
            h.target.rules += ("glued",)


def _with_zero_clauses(norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> list[_Hit]:
    """A clause that states an absence (无安全事故, 未发生责任事故) beside numbers is a target of
    its own: one text target in its place. Other clauses without a number are context."""
    if not g.zero_any.search(norm):
        return hits
    extra = []
    starts = [h.start for h in hits]
    for m in g.zero_clause.finditer(norm):
        s, e = m.span("c")
        if norm.startswith(g.ops.not_zero_phrases, s) or \
                not any(w in norm[s:e] for w in g.ops.absence_objects):
            continue
        # hits are in order and do not overlap: only the one starting last before e can reach s
        i = bisect.bisect_left(starts, e) - 1
        if i < 0 or hits[i].end <= s:
            phrase = text[s:e].strip()
            word = next((z for z in sorted(g.ops.zero_phrases, key=len, reverse=True)
                         if norm.startswith(z, s)), "")
            extra.append(_Hit(s, e, Target("text", "=", phrase, subject=phrase[len(word):] or None,
                                           text=phrase, rules=("zero_clause",))))
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _boolean_word(stripped: str, g: _Grammar) -> str | None:
    """是 / 否（未发生） / 是，按期完成: a yes-no cell, with at most an explanation in brackets
    or a clause that restates it without a quantity."""
    if stripped in g.ops.boolean:
        return stripped
    if stripped[:1] not in g.bool_first or len(stripped) > 100:
        return None
    bare = g.paren_tail.sub("", stripped).strip()
    if bare in g.ops.boolean:
        return bare
    head, sep, rest = stripped.partition(",") if "," in stripped else stripped.partition(";")
    if sep and head.strip() in g.ops.boolean and not g.quantityless.search(rest):
        return head.strip()
    return None


def _text_target(text: str) -> Target:
    """A cell with no quantity: one text target, its value the first phrase as written."""
    g = _grammar()
    norm = text.translate(FULLWIDTH)
    pos = 0
    for part in g.clause_sep.split(norm):
        phrase = text[pos:pos + len(part)].strip()
        pos += len(part) + 1
        if phrase:
            return Target("text", "=", phrase, text=text.strip(), rules=("text",))
    return Target("text", "=", text.strip(), text=text.strip(), rules=("text",))


def _scan(norm: str, text: str, g: _Grammar) -> tuple[list[_Hit], int]:
    hits: _Hits = _Hits()
    covered = 0
    titles = [m.span() for m in g.title.finditer(norm)] if "《" in norm else []
    title_starts = [a for a, _ in titles] if titles else titles
    pos = 0
    n = len(norm)
    core = g.core.for_cell(norm)
    while pos < n:
        m = core.search(norm, pos)
        if m is None:
            break
        s, e = m.span()
        pos = e if e > s else s + 1
        if titles:
            i = bisect.bisect_right(title_starts, s) - 1
            if i >= 0 and s < titles[i][1]:
                continue
        kind = m.lastgroup
        if kind == "qty":
            hit = _quantity(m, norm, text, g, hits)
        elif kind == "pct":
            value = _cn(m["pn"]) if not m["pn"][0].isdigit() else _num(m["pn"])
            unit = g.units.fraction_words[m["pw"]]
            hit = _finish(m, norm, text, g, hits, value, None, unit, "pct") if value is not None else None
            if hit is not None and not m["pn"][0].isdigit():
                hit.target.rules += ("cn",)
        elif kind == "frac":
            hit = _fraction(m, m["fa"], m["fb"], norm, text, g, hits, "frac")
        elif kind == "slash":
            hit = _fraction(m, m["sb"], m["sa"], norm, text, g, hits, "slash")
        elif kind == "ratio":
            hit = _ratio(m, norm, text, g, hits)
        elif kind == "prod":
            hit = _product(m, norm, text, g, hits)
        elif kind in ("hy", "qtr"):
            hit = _period(m, norm, text, g, hits)
        elif kind == "halfplus":
            hit = _half_plus(m, norm, text, g, hits)
        else:
            hit = _date(m, norm, text, g, hits)
        if hit is None:
            # A year that only dates the context (2023年度共计…) explains its text too.
            if (kind == "qty" and _is_year(m, norm)) or kind in ("hy", "qtr"):
                covered += e - s
            continue
        hits.append(hit)
        t = hit.target
        if t.kind == "date" and isinstance(t.value, str) and t.value[:2] in ("19", "20") \
                and t.value[4:5] == "-":
            hits.year = t.value[:4]
        covered += hit.end - hit.start
        pos = hit.end
        # An explanation in brackets right after a target adds no target: 100%（本年度应发放…）;
        # a bracket stating a quantity of its own is read on (≥3次（每学期不少于1次）).
        p = g.paren.match(norm, pos) if norm[pos:pos + 1] in _BRACKET_START else None
        if p and not _own_quantity(p, norm, text, g, hit.target):
            _unit_from_brackets(hit, p.group().strip()[1:-1], g)
            covered += p.end() - p.start()
            pos = p.end()
    return hits, covered


def _own_quantity(p: re.Match, norm: str, text: str, g: _Grammar, target: Target) -> bool:
    """Whether a bracket after a target states a quantity of its own: one with an operator,
    or a part of the total (含电子图书3000册), not the target restated (95%以上（含95%）)."""
    a, b = p.start() + p.group().index(p.group().strip()[0]) + 1, p.end() - 1
    inner, _ = _scan(norm[a:b], text[a:b], g)
    numbers = [h.target for h in inner if h.target.kind == "number"
               and (h.target.value, h.target.unit) != (target.value, target.unit)]
    opens_part = norm[a:b].lstrip().startswith(g.ops.bracket_part_words)
    # DESIGN.md: a bracket adds targets when it states quantities of its own (100%（1038人）,
    # 100%,(1038,8772万元)); one that restates the target in other words adds none
    rest = norm[a:b]
    for h in sorted(inner, key=lambda h: -h.start):
        rest = rest[:h.start] + rest[h.end:]
    bare_list = not _HAN.search(rest)          # （1038人）, （426户，315万元）: quantities only
    counted = [t for t in numbers if t.unit not in (None, "比", target.unit)]
    return bool(numbers) and (opens_part or any(t.op != "=" for t in numbers) or (bool(counted) and bare_list))


def _unit_from_brackets(hit: _Hit, inside: str, g: _Grammar) -> None:
    """3000（人）, 1.5（万元）: a bare number whose unit is written in brackets after it."""
    t = hit.target
    if t.kind != "number" or t.unit is not None:
        return
    inside = inside.strip()
    mult = next((m for m in sorted(g.units.multipliers, key=len, reverse=True)
                 if inside.startswith(m) and inside[len(m):] in g.units.by_word), None)
    unit = g.units.by_word.get(inside[len(mult):] if mult else inside)
    if unit is None:
        return
    scale = unit.scale * (g.units.multipliers[mult] if mult else 1.0)
    t.unit = unit.canonical
    t.value = _clean(t.value * scale)
    if t.upper is not None:
        t.upper = _clean(t.upper * scale)
    t.rules += ("unit_in_brackets",)


_ARTICLE_UNITS = frozenset(("个", "种", "类", "批", "些", "起", "道", "名", "家"))


def _lone_count(norm: str, uend: int, unit_word: str | None, g: _Grammar) -> bool:
    """A lone 一/两 counts before a listed counter (检查一次, 每月一期, 一年两次) that ends its
    clause or a phrase; not as an article (一个, 一种) nor in a parallel slogan (一人一档,
    一村一品, 一户一策), nor before a word that goes on (一次性)."""
    if not unit_word or unit_word in _ARTICLE_UNITS:
        return False
    unit = g.units.by_word.get(unit_word)
    if unit is None or unit.family != "count":
        return False
    if "一" in norm[uend:uend + 3] or "两" in norm[uend:uend + 3]:
        return False
    rest = norm[uend:uend + 1]
    if rest == "(":
        return False                              # 一村（社区）一法律顾问
    return not rest or not _HAN.match(rest) or g.clause_sep.match(norm, uend) is not None


def _is_year(m: re.Match, norm: str) -> bool:
    n1 = m["n1"]
    if n1 is None:
        c1 = m["c1"]          # 二〇二四年: a year in Chinese numerals
        return bool(c1 and _CN_YEAR.fullmatch(c1) and norm.startswith("年", m.end("c1")))
    return bool(n1 and len(n1) == 4 and n1[:2] in ("19", "20") and not m["mt1"]
                and norm.startswith("年", m.end("n1")))


_CN_YEAR = re.compile(r"[一二][〇零九][〇零一二三四五六七八九]{2}")


def _prefix_op(norm: str, core: int, floor: int, g: _Grammar) -> tuple[str | None, int]:
    """The comparison word before a number: touching it, or a few words before it.

    Of the two readings the longer word wins (大于等于 over 等于); a verb that only contains
    an operator character (下达, 到达) is no operator.
    """
    start = max(floor, core - 12)
    window = norm[start:core]
    best: tuple[str | None, int] = (None, core)
    if not g.op_chars.search(window):
        return best
    for found, words in ((_phrase_before(window, g), g.phr), (_adjacent_before(window, g), g.adj)):
        if found is None or start + found[1] >= best[1]:
            continue
        word = found[0]
        at = start + found[1]
        around = norm[max(0, at - 2):at + len(word) + 2]
        if any(v in around for v in g.not_ops):
            continue
        best = (words[word], at)
    return best


_GAP_STOP = frozenset(",;。:、()!?《》[]")


def _phrase_before(window: str, g: _Grammar) -> tuple[str, int] | None:
    r"""(word, start) of the leftmost operator phrase followed by at most six characters that
    are neither digits, spaces nor separators, and an optional space, to the window's end;
    the longest word where several start at one place: the regex
    (?P<w>phrase words)[^\d\s,;。:、()!?《》\[\]]{0,6}?\s?$ searched, without the search."""
    n = len(window)
    e = n - 1 if n and window[-1].isspace() else n
    k = e - 1
    while k >= 0 and not (window[k] in _GAP_STOP or window[k].isdecimal() or window[k].isspace()):
        k -= 1
    for i in range(max(k + 1, e - 6 - g.phr_longest), e):
        for w in g.phr_by_first.get(window[i], ()):
            j = i + len(w)
            if j <= e and e - j <= 6 and window.startswith(w, i):
                return w, i
    return None


def _adjacent_before(window: str, g: _Grammar) -> tuple[str, int] | None:
    r"""(word, start) of the longest adjacent operator word ending the window (before an
    optional space: the regex (?P<w>adjacent words)\s?$ searched, without the search)."""
    n = len(window)
    e = n - 1 if n and window[-1].isspace() else n
    for length in g.adj_lengths:
        if length <= e and window[e - length:e] in g.adj:
            return window[e - length:e], e - length
    return None


def _suffix_op(norm: str, end: int, g: _Grammar) -> tuple[str | None, int]:
    suf = g.suf
    m = g.suffix.match(norm, end)
    if m:
        return suf[m.group().strip()], m.end()
    return None, end


def _floor(hits: list[_Hit]) -> int:
    """Operators are looked for after the previous target only."""
    return hits[-1].end if hits else 0


def _reject(hits: list[_Hit], why: str) -> None:
    """A number the grammar read and refused: why, for the confidence of what it gives instead."""
    rejected = getattr(hits, "rejected", None)
    if rejected is not None and why not in rejected:
        rejected.append(why)
    return None


_GENERATIONS = frozenset("23456")


def _quantity(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    s = m.start()
    n1, mt1, c1, u1, sep, n2, mt2, c2, pm = m.group("n1", "mt1", "c1", "u1", "sep", "n2", "mt2", "c2", "pm")
    before = norm[s - 1] if s else ""
    if before == "第" or (c1 and before and before in g.units.numeral_not_after) or \
            (n1 and len(n1) == 4 and _is_year(m, norm)) or (c1 and len(c1) == 4 and _is_year(m, norm)):
        return None               # 第一年, 周一: ordinals and weekdays are no quantities
    if n1 and (before.isdigit() or before == "." or (before.isascii() and before.isalpha())) and \
            not (g.currency_words and norm.endswith(g.currency_words, 0, s)):
        return _reject(hits, "identifier")   # inside another number or an identifier (PM2.5, 5G网络); RMB500 is money
    num_end = m.end("mt1") if mt1 else m.end("n1") if n1 else m.end("c1")
    if n1 and not mt1 and n1 in _GENERATIONS and norm[num_end:num_end + 1] == "G" and \
            not (norm[num_end + 1:num_end + 2].isascii() and norm[num_end + 1:num_end + 2].isalnum()):
        return _reject(hits, "name")         # 5G, 5G基站: a generation's name, not 5 of a unit G
    if norm[num_end:num_end + 1] in g.not_qty_first and g.not_qty.match(norm, num_end):
        return _reject(hits, "label")        # 3号楼, 第20届人大
    bare = c1 is not None and c1.strip("百千万亿佰仟") == ""     # 千, 万: a multiplier alone
    if c1 and norm.startswith(g.not_numbers, s):
        return _reject(hits, "word")         # 十分重要, 一般
    rules = ["qty"]
    canonical, scale, mscale, uend, more, unit_word, unit_rules = _read_unit(m, u1, sep, norm, g)
    rules += unit_rules
    # the sign: -5%, ≤-5%, 负3.9%, (-)3.9 (a range dash has something number-like before it)
    neg = 0
    if not pm:
        if before == "-" and n1 and (s < 2 or not (norm[s - 2].isascii() and norm[s - 2].isalnum()
                                                   or norm[s - 2] in "%)")):
            neg = 1
        elif before == "–" and n1 and (s < 2 or norm[s - 2] in _OP_SYMBOLS):
            neg = 1                               # –5%: an en dash opening the cell is a minus
        elif before == ")" and norm.endswith("(-)", 0, s):
            neg = 3
        elif g.negative_words and norm.endswith(g.negative_words, 0, s):
            neg = next(len(w) for w in g.negative_words if norm.endswith(w, 0, s))
    s0 = s - neg
    currency = None
    if g.currency_words and norm.endswith(g.currency_words, 0, s0):
        currency = next((w, u) for w, u in g.units.currency_before.items() if norm.endswith(w, 0, s0))
    if currency:
        s0 -= len(currency[0])
        rules.append("currency_before")
    op_pre, start = _prefix_op(norm, s0, _floor(hits), g)
    start = min(start, s0)
    if bare and not (norm[num_end:num_end + 1] in g.units.floor_words or
                     (op_pre is not None and not norm[start:s0].strip(" " + "".join(g.adj) + "".join(g.phr))
                      and unit_word in g.units.by_word)):
        return _reject(hits, "word")         # 万人, 千家万户: a multiplier alone counts only after 过/近/超 (过千人)
    if sep:
        c = g.closer.match(norm, uend)            # 20和30之间
        if c:
            uend = c.end()
        opener = next((w for w in g.units.range_openers if norm.endswith(w, _floor(hits), start)), None)
        if opener:                                # 从8500到3万, 介于60%和80%之间
            start -= len(opener)
    op_suf, send = _suffix_op(norm, uend, g)
    # 一吨半 -> 1.5 吨, 3斤半 -> 3.5 斤
    half_after = not sep and unit_word in g.half_units and norm.startswith(g.units.half, uend) and \
        not _word_goes_on(norm, uend + 1, g)
    if half_after:
        uend += 1
        op_suf, send = _suffix_op(norm, uend, g)
        rules.append("half_after")
    comparative = None
    marker = g.ops.comparative_marker
    if op_pre is None and op_suf is None and marker and norm.endswith(marker, _floor(hits), start) \
            and norm[uend:uend + 1] in g.ops.comparative_after:
        comparative = g.ops.comparative_after[norm[uend]]     # 比3天短
        start -= len(marker)
        uend = send = uend + 1
        rules.append("comparative")
    zero = False
    formal = False
    if c1:
        # Chinese numerals are common words too (一村一法律顾问, 十分重要, 四川): count one only
        # when a known unit, an operator, a 大写 numeral, a currency or the cell being nothing
        # else vouches for it, and a lone 一 only with an operator, a 未发生 before it, or
        # nothing else in the cell.
        formal = any(ch in g.formal for ch in c1)
        has_op = op_pre is not None or op_suf is not None or comparative is not None
        # 零投诉, 零事故: a 零 that opens a clause is a zero target (the measure follows)
        head = norm[:s].rstrip()
        opens = c1 == "零" and (not head or head[-1] in ",;、。") and \
            not _quantity_follows(norm, uend, g)
        whole = not norm[:start].strip() and not norm[max(uend, send):].strip(" 。.")
        if not (has_op or unit_word in g.units.by_word or opens or whole or formal or currency or more):
            return _reject(hits, "unvouched")     # 十佳: no unit, no operator, not alone
        if not formal and c1 != g.units.half:
            inside = _numeral_in_word(norm, s, len(c1), g)
            if inside == "in_word":
                return _reject(hits, "word")      # 四川, 一样, 统一: a word, not a number
            if inside:
                rules.append(inside)
        zero = _zero_phrase(norm, s, g)
        if c1 in ("一", "两", "一一") and not (has_op or whole or zero or _lone_count(norm, uend, unit_word, g)):
            return _reject(hits, "lone_one")      # 一村一品, 一个: 一 is an article as often as a count
        if whole and not (has_op or unit_word in g.units.by_word or opens or formal or currency):
            rules.append("cn_alone")
    if c1 == g.units.half and _quantity_follows(norm, uend, g):
        return None               # 半年考核1次: a frequency, the count is the target
    if zero:
        v1 = 0.0
        rules.append("zero")
    elif n1:
        v1 = _mixed(n1, mt1, g)
        if mt1:
            rules.append("mult" if mt1 in g.units.multipliers else "mixed")
        if "e" in n1 or "E" in n1:
            rules.append("sci")
        if len(n1) > 8:
            rules.append("long_number")
    elif c1 == g.units.half:
        v1 = 0.5
        rules.append("half_before")
    else:
        v1 = _cn(c1)
        rules.append("formal" if formal else "cn")
        if len(c1) > 8:
            rules.append("long_number")
    if v1 is None:
        return None
    if half_after:
        v1 += 0.5
    # 叁元伍角陆分, 壹拾万元整
    if canonical == "元" and scale == 1.0 and not sep and norm[uend:uend + 1] in g.money_first:
        mt = g.money_tail.match(norm, uend)
        if mt.end() > uend and not (mt["aw"] and mt["aw"] == mt["bw"]) and not _word_goes_on(norm, mt.end(), g):
            for digit, word in ((mt["a"], mt["aw"]), (mt["b"], mt["bw"])):
                if digit:
                    part = _num(digit) if digit.isdigit() else _cn(digit)
                    if part is None:
                        return None
                    v1 += part * g.units.money_parts[word]
            uend = mt.end()
            op_suf2, send2 = _suffix_op(norm, uend, g)
            if op_suf2 and not op_suf:
                op_suf, send = op_suf2, send2
            send = max(send, uend)
            rules.append("money_parts")
    if currency and canonical is None:
        canonical = currency[1]
    if canonical is not None and g.currency_words and norm.startswith(g.currency_words, uend):
        word = next(w for w in g.currency_words if norm.startswith(w, uend))
        if g.units.currency_before[word] == canonical:        # 5万元人民币
            uend += len(word)
            send = max(send, uend)
    if neg:
        v1 = -v1
        rules.append("neg")
    if pm:
        op, lo, hi = "between", -v1 * scale, v1 * scale
        rules.append("plus_minus")
    elif m["tol"]:
        tol = _num(m["tol"])
        if tol is None:
            return None
        op, lo, hi = "between", (v1 - tol) * scale, (v1 + tol) * scale
        rules.append("tolerance")
    elif sep:
        v2 = _mixed(n2, mt2, g) if n2 else _cn(c2)
        if v2 is None:
            return None
        rules.append("range")
        if sep not in g.ops.range_separators and sep.translate(FULLWIDTH) not in g.ops.range_separators:
            rules.append("range_joiner")
        place2 = _trailing_place(n2 + mt2 if n2 and mt2 else c2, g)
        own1 = bool(mt1) or (c1 is not None and _trailing_place(c1, g) >= 1e4)
        unit1 = g.units.by_word.get(u1) if u1 else None
        base = scale / mscale
        if unit1 is not None and unit1.canonical == canonical:
            lo = v1 * unit1.scale                                     # 13天—8周: each its own
            if unit_word != u1:
                rules.append("own_unit")
        elif unit1 is not None and not pm and not m["tol"]:
            # 6个月-1年: units with no conversion between them (DESIGN converts only 周 -> 天):
            # each side keeps its own unit, the range read as a floor and a ceiling
            mid = m.end("u1")
            t1 = Target("number", ">=", _clean(v1 * unit1.scale), None, unit1.canonical,
                        text=text[start:mid].strip(), rules=tuple(rules + ["mixed_units"]))
            hits.append(_Hit(start, mid, t1))
            t2 = Target("number", "<=", _clean(v2 * scale), None, canonical,
                        text=text[m.start("sep") + len(sep):max(send, uend)].strip(),
                        rules=tuple(rules + ["mixed_units"]))
            return _Hit(m.start("sep") + len(sep), max(send, uend), t2)
        elif own1:
            lo = v1 * base                                            # 1万-5万元
        elif place2 * mscale > 1 and v1 <= v2 / place2 * (1 + 1e-9):
            lo = v1 * place2 * scale                                  # 两到三万元
            rules.append("shared_mult")
        elif place2 * mscale > 1:
            lo = v1 * base                                            # 从8500到3万
            rules.append("own_mult")
        else:
            lo = v1 * scale
        hi = v2 * scale
        op = "between"
    else:
        op, lo, hi = (">" if more else comparative or _combine(op_pre, op_suf)), v1 * scale, None
    if more:
        rules.append("floor")
    end_all = max(send, uend)
    if not (math.isfinite(lo) and (hi is None or math.isfinite(hi))):
        return None
    t = Target("number", op, _clean(lo), _clean(hi) if hi is not None else None, canonical,
               text=text[start:end_all].strip(), rules=tuple(rules))
    return _Hit(start, end_all, t)


@functools.lru_cache(maxsize=4096)
def _token_at(window: str, offset: int) -> tuple[int, int, str]:
    """(start, end, part of speech) of the jieba word covering window[offset]."""
    pos = 0
    for word, flag in segment.tagged(window):
        a, b = pos, pos + len(word)
        if a <= offset < b:
            return a, b, flag
        pos = b
    return offset, offset + 1, ""


def _numeral_in_word(norm: str, s: int, length: int, g: _Grammar) -> str:
    """Whether the Chinese numeral norm[s:s+length] is part of a longer word: "in_word" for
    a word that only contains a numeral (四川, 一样, 统一), "numeral_word" for a numeral and
    its counter written as one word (三双, 五年), "" for a numeral standing alone."""
    lo, hi = max(0, s - 3), min(len(norm), s + length + 4)
    while lo < s and not (_HAN.match(norm[lo]) or norm[lo] in g.numeral_chars):
        lo += 1                                # only the Chinese characters around it matter
    k = s + length
    while k < hi and (_HAN.match(norm[k]) or norm[k] in g.numeral_chars):
        k += 1
    window = norm[lo:k]
    a, b, flag = _token_at(window, s - lo)
    offset = s - lo
    if a < offset and (window[a:offset] in g.adj or window[a:offset] in g.phr):
        a = offset                                 # 近千, 约两千: an operator joined to the numeral
    if a == offset and b <= offset + length:
        return ""                                  # the numeral is a word (or starts one)
    if a == offset and (flag in g.units.numeral_word_tags or window[offset + length:b] in g.units.by_word):
        return "numeral_word"                      # 三双, 五年, 两千人: numeral and counter
    return "in_word"


def _read_unit(m: re.Match, u1: str | None, sep: str | None, norm: str, g: _Grammar
               ) -> tuple[str | None, float, float, int, bool, str | None, list[str]]:
    """(canonical unit, scale, the multiplier part of the scale, end, 余/多 seen, unit word,
    rules) of the unit after a number."""
    end = m.end()
    more = mult = tail = None
    rules: list[str] = []
    if u1 and not sep:
        uend = end                      # 8000件: the unit was read with the number
    else:
        # after the (range of) number(s); 3天至5天 keeps the first number's unit
        u = g.unit.match(norm, end)
        more = u["more"] or u["more2"]
        mult, word, latin, cjk = u.group("mult", "word", "latin", "cjk")
        tail = word or latin
        uend = u.end()
        if not tail and cjk:
            if more:
                cjk = None
            elif _unknown_unit_ok(norm, u, g):
                tail = cjk
                rules.append("unit_unknown")
            elif not (m["c1"] == "零" and not m["sep"]):      # 零投诉: the measure, not a unit
                tail = _unknown_word(norm, u.start("cjk"), g)
                if tail:
                    uend = u.start("cjk") + len(tail)
                    rules.append("unit_unknown_word")
        if not tail:
            last = "more2" if u["more2"] else "mult" if mult else "more" if more else None
            uend = u.end(last) if last else end
            if more and not mult and _word_goes_on(norm, uend, g):
                uend, more = end, None          # 3来自…: no floor
    unit_word = tail or u1
    mscale = g.units.multipliers[mult] if mult else 1.0
    scale = mscale
    canonical = None
    if unit_word:
        unit = g.units.by_word.get(unit_word)
        canonical = unit.canonical if unit else unit_word
        scale *= unit.scale if unit else 1.0
        mscale *= g.unit_mult.get(unit_word, 1.0)
        if canonical == "个" and (noun := _counted_noun(norm, uend, g)):
            canonical, uend = noun, uend + len(noun)
            rules.append("counted_noun")
    # compound units: 元/人, 元/月/人, 12万/年, ≤500元/100km
    c = g.comp.match(norm, uend)
    while c and not (c.group().lstrip()[0] == "、" and (c["cn"] or _word_goes_on(norm, c.end(), g))):
        # a denominator keeps its own multiplier as written (5人/10万人): it scales nothing
        part = g.units.by_word.get(c["cw"])
        name = part.canonical if part and part.scale == 1 else c["cw"]
        sep = c.group().strip()[0]
        sep = sep if sep in g.units.compound_kept_as_written else "/"
        canonical = f"{canonical or ''}{sep}{c['cn'] or ''}{c['cm'] or ''}{name}"
        uend = c.end()
        c = g.comp.match(norm, uend)
    if canonical and canonical.startswith("人/次"):
        canonical = "人次" + canonical[3:]
    return canonical, scale, mscale, uend, bool(more), unit_word, rules


def _unit_multiplier(word: str, units: lexicon.UnitLexicon, places: dict[str, float]) -> float:
    """The multiplier a unit word starts with (万元 -> 1e4, 万人次 -> 1e4; 千米 -> 1: its 千 is
    part of the word, not a multiplier)."""
    unit = units.by_word.get(word)
    if unit is None:
        return 1.0
    for prefix, factor in places.items():
        rest = units.by_word.get(word[len(prefix):]) if word.startswith(prefix) else None
        if rest is not None and rest.canonical == unit.canonical and \
                abs(rest.scale * factor - unit.scale) < 1e-9 * unit.scale:
            return factor
    return 1.0


@functools.lru_cache(maxsize=4096)
def _first_word(window: str) -> tuple[str, str]:
    """(word, part of speech) of the first jieba word of `window`."""
    return segment.tagged(window)[0]


def _unknown_word(norm: str, at: int, g: _Grammar) -> str | None:
    """A unit word the lexicon lacks, kept whole (毫升, 千瓦时): the word jieba reads at `at`,
    when a word ends after it."""
    ch = norm[at:at + 1]
    if not ch or ch in g.units.not_unit_characters or ch in g.numeral_chars:
        return None
    word, flag = _first_word(norm[at:at + 6])
    if not (2 <= len(word) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in word)) or \
            flag not in g.units.numeral_word_tags:
        return None
    if _word_goes_on(norm, at + len(word), g) or g.suffix.match(norm, at) or \
            any(c in g.units.not_unit_characters for c in word[1:2]):
        return None
    return word


@functools.lru_cache(maxsize=4096)
def _first_segment(window: str) -> str:
    return segment.cut(window)[0]


def _counted_noun(norm: str, at: int, g: _Grammar) -> str | None:
    """3个乡镇 -> 乡镇: the word counted after 个 is the unit (DESIGN: counters without a
    leading 个), when it ends there (end of cell, a bracket, a separator or 以上)."""
    nxt = norm[at:at + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in g.units.not_unit_characters \
            or g.suffix.match(norm, at):
        return None
    word = _first_segment(norm[at:at + 8])
    end = at + len(word)
    if not (1 <= len(word) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in word)):
        return None
    if _word_goes_on(norm, end, g):
        return None
    return word


def _word_goes_on(norm: str, at: int, g: _Grammar) -> bool:
    """Whether a Chinese word continues at `at` (人均…: the 人 of "41%、人均" is no unit)."""
    nxt = norm[at:at + 1]
    return bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and not g.suffix.match(norm, at)


def _unknown_unit_ok(norm: str, u: re.Match, g: _Grammar) -> bool:
    """A character the lexicon does not know is a unit (5吨, 30羽以上) only where a word ends
    after it: 12348法律服务专线 has no unit."""
    ch, after = u["cjk"], u.end()
    if ch in g.units.not_unit_characters or ch in g.numeral_chars:
        return False
    nxt = norm[after:after + 1]
    return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or bool(g.suffix.match(norm, after))


def _zero_phrase(norm: str, s: int, g: _Grammar) -> bool:
    before = norm[max(0, s - 4):s]
    return any(before.endswith(z) for z in g.ops.zero_phrases if z not in ("零",))


def _combine(pre: str | None, suf: str | None) -> str:
    """A word after the number (以上, 以内) outweighs a word before it, but not a symbol."""
    if suf and pre not in (">=", ">", "<=", "<") :
        return suf
    return pre or suf or "="


def _clean(x: float) -> float:
    return x if x.is_integer() else float(round(x, 10))


def _finish(m, norm, text, g, hits, value, upper, unit, rule) -> _Hit:
    s = m.start()
    rules = (rule,)
    # 负百分之三, -三分之一: the sign is kept
    neg = next((len(w) for w in g.negative_words if norm.endswith(w, _floor(hits), s)), 0)
    if not neg and s and norm[s - 1] == "-" and (s < 2 or not (norm[s - 2].isascii() and norm[s - 2].isalnum())):
        neg = 1
    if neg and isinstance(value, float):
        value, s, rules = -value, s - neg, (rule, "neg")
    op_pre, start = _prefix_op(norm, s, _floor(hits), g)
    start = min(start, s)
    op_suf, send = _suffix_op(norm, m.end(), g)
    t = Target("number", _combine(op_pre, op_suf), value, upper, unit, rules=rules)
    end = max(send, m.end())
    t.text = text[start:end].strip()
    return _Hit(start, end, t)


def _fraction(m: re.Match, a: str, b: str, norm: str, text: str, g: _Grammar,
              hits: list[_Hit], rule: str) -> _Hit | None:
    """三分之一 -> 0.3333, 1/2 -> 0.5: the fraction's value (b over a), no unit (never a
    score)."""
    s = m.start()
    before = norm[s - 1] if s else ""
    if rule == "slash" and before and ((before.isascii() and before.isalnum()) or before in "./"):
        return None
    if rule == "frac" and before and before in g.units.numeral_not_after:
        return None
    den = _num(a) if a[0].isdigit() else _cn(a)
    nom = _num(b) if b[0].isdigit() else _cn(b)
    if not den or nom is None:
        return None
    hit = _finish(m, norm, text, g, hits, _clean(nom / den), None, None, rule)
    if not (a[0].isdigit() and b[0].isdigit()):
        hit.target.rules += ("cn",)
    return hit


def _ratio(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    """师生比1:15 -> 1/15 with the ratio unit; a clock time (8:30前, 下午5:30) is none."""
    a, b = m["ra"], m["rb"]
    s, e = m.span()
    before = norm[s - 1] if s else ""
    if before.isdigit() or before == "." or (before.isascii() and before.isalpha()) or \
            (before and before in g.units.numeral_not_after):
        return None
    hour_minutes = len(b) == 2 and int(b) < 60 and _num(a) <= 24 and not m["rm"]
    clock = hour_minutes and (a != "1" or norm[max(0, s - 4):s].strip().endswith(g.units.clock_words)
                              or norm[e:].lstrip().startswith(g.units.clock_words))
    if clock or not _num(b):
        return None
    right = _num(b) * (g.units.multipliers[m["rm"]] if m["rm"] else 1.0)
    return _finish(m, norm, text, g, hits, _clean(_num(a) / right), None, g.units.ratio_unit, "ratio")


def _product(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    """7×24小时: days times hours, one span of time (168 小时)."""
    s = m.start()
    before = norm[s - 1] if s else ""
    if before.isdigit() or before == ".":
        return None
    u = g.unit.match(norm, m.end())
    unit = g.units.by_word.get(u["word"] or "")
    if unit is None or u["mult"]:
        return None
    value = _num(m["pa"]) * _num(m["pb"]) * unit.scale
    hit = _finish(m, norm, text, g, hits, _clean(value), None, unit.canonical, "product")
    # _finish looked for a suffix right after the numbers: take the unit and look again
    op_suf, send = _suffix_op(norm, u.end(), g)
    if op_suf:
        hit.target.op = _combine(hit.target.op if hit.target.op != "=" else None, op_suf)
    hit.end = max(send, u.end())
    hit.target.text = text[hit.start:hit.end].strip()
    return hit


def _half_plus(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    """两个半小时 -> 2.5 小时, 1年半 -> 1.5 年: a count and a half of a time unit."""
    s = m.start()
    before = norm[s - 1] if s else ""
    if before and (before.isdigit() or before == "." or before in g.units.numeral_not_after):
        return None
    n = _num(m["hn"]) if m["hn"] else _cn(m["hc"])
    unit = g.units.by_word.get(m["hu1"] or m["hu2"])
    if n is None or unit is None:
        return None
    hit = _finish(m, norm, text, g, hits, _clean((n + 0.5) * unit.scale), None, unit.canonical, "half_plus")
    if m["hc"]:
        hit.target.rules += ("cn",)
    return hit


def _period(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    """A half year or a quarter named by words: 2024年上半年, 三季度前, 第四季度末.

    With a year the whole period is `between` its first and last month; with no year and no
    deadline word it is no target (text, as DESIGN reads 全年). Before it (前, 以前, 内) is
    `<=` its last month (or last day with 末/底): by its end, since 一季度前 read as before
    January would precede the year."""
    if m.lastgroup == "hy":
        year, (first, last), end = m["yh"] and m["yh"].translate(_CN_DIGITS), g.units.half_year[m["hs"]], m["he"]
    else:
        q1 = _quarter_number(m["qn"])
        q2 = _quarter_number(m["qn2"]) if m["qn2"] else q1
        if q2 < q1:
            return None
        year, first, last, end = m["yq"] and m["yq"].translate(_CN_DIGITS), 3 * q1 - 2, 3 * q2, m["qe"]
    s, e = m.span()
    op_pre, start = _prefix_op(norm, s, _floor(hits), g)
    op = None
    ds = g.date_suffix.match(norm, e)
    if ds:
        op, e = g.dsuf[ds.group().strip()], ds.end()
    else:
        op_suf, send = _suffix_op(norm, e, g)
        if op_suf == "<=":
            op, e = op_suf, send
    op = op or op_pre
    if not _period_stands(norm, e, g):
        return None        # 第三季度完成率, 上半年完成50%: the period names the measure
    if year is None and not end and op not in ("<", "<=", ">", ">="):
        return None        # 第四季度, 上半年 with no year: text, as DESIGN reads 全年
    if op in ("<", "<="):
        # 三季度前 / 三季度以前 / 上半年内: by the end of the period (before its start would
        # put 一季度前 before the year begins)
        value, upper, op = _ymd(year, str(last), None, end), None, "<="
    elif end:
        value, upper, op = _ymd(year, str(last), None, end), None, op or "="
    elif op == ">=":
        value, upper = _ymd(year, str(first), None, None), None
    elif op == ">":
        value, upper = _ymd(year, str(last), None, None), None
    else:
        value, upper, op = _ymd(year, str(first), None, None), _ymd(year, str(last), None, None), "between"
    t = Target("date", op, value, upper, None, rules=("period",))
    t.text = text[start:e].strip()
    return _Hit(start, e, t)


def _quarter_number(text: str) -> int:
    return int(text) if text.isdigit() else int(_cn(text))


def _clause_rest(norm: str, end: int, g: _Grammar) -> str:
    """The rest of the clause after `end`, at most _CLAUSE_WINDOW characters of it (a cell is
    read in linear time)."""
    stop = min(len(norm), end + _CLAUSE_WINDOW)
    sep = g.clause_sep.search(norm, end, stop)
    return norm[end:sep.start() if sep else stop]


def _quantity_follows(norm: str, end: int, g: _Grammar) -> bool:
    """Whether the clause goes on to state a quantity after `end`: a digit, 百分之…, or a
    Chinese numeral with a unit (一次, 两场)."""
    rest = _clause_rest(norm, end, g)
    return (any(ch.isdigit() for ch in rest) or any(w in rest for w in g.units.fraction_words)
            or bool(g.cn_quantity.search(rest)))


def _period_stands(norm: str, end: int, g: _Grammar) -> bool:
    """A period is a target when nothing but a completion verb follows it in its clause
    (上半年完成, 三季度); before other words it names the measure (第三季度完成率)."""
    rest = _clause_rest(norm, end, g).strip(" 。.")
    return not rest or rest in g.units.period_verbs


def _date(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    kind = m.lastgroup
    upper = None
    if kind == "ymd":
        value = _ymd(m["y1"], m["m1"], m["d1"], m["e1"])
        if m["m2"]:
            upper = _ymd(m["y2"] or m["y1"], m["m2"], m["d2"], m["e2"])
        month_end = bool(m["e2"] or m["e1"]) if m["m2"] else bool(m["e1"])
    elif kind == "yend":
        value, month_end = f"{m['y3'].translate(_CN_DIGITS)}-12-31", True
    elif kind == "yall":
        value, upper, month_end = f"{m['y4'].translate(_CN_DIGITS)}-01", f"{m['y4'].translate(_CN_DIGITS)}-12", False
    elif kind == "ymm":
        value, upper, month_end = _ymd(m["y8"], m["m8"], None, None), _ymd(m["y8"], m["m9"], None, None), False
    elif kind == "yy":
        value, upper, month_end = m["ya"].translate(_CN_DIGITS), m["yb"].translate(_CN_DIGITS), False
    elif kind == "eoy":
        value, month_end = "12-31", True
    elif kind == "dot":
        value = _ymd(m["y5"], m["m5"], m["d5"], None)
        if m["m6"]:
            upper = _ymd(m["y6"] or m["y5"], m["m6"], m["d6"], None)
        month_end = False
    else:  # md
        # 2024年9月底前完成招标，12月底前完工: a cell's earlier year carries over
        year = getattr(hits, "year", None)
        value = _ymd(year, m["m7"], m["d7"], m["e7"])
        month_end = bool(m["e7"])
    if value is None or (upper is None and kind in ("yall", "ymm", "yy")):
        return None
    s, e = m.span()
    dsuf = g.dsuf
    op_pre, start = _prefix_op(norm, s, _floor(hits), g)
    ds = g.date_suffix.match(norm, e)
    op_suf = None
    if ds:
        word = ds.group().strip()
        op_suf = dsuf[word]
        # 年底前 / 月底前 include the day (DESIGN.md "Dates").
        if month_end and op_suf == "<":
            op_suf = "<="
        e = ds.end()
    if upper is not None:
        op = "between"
    else:
        op = op_suf or (op_pre if op_pre not in (None,) else "=")
    rules = (kind, "datetime") if kind == "dot" and m["d5"] and ":" in m.group() else (kind,)
    t = Target("date", op, value, upper, None, rules=rules)
    t.text = text[start:e].strip()
    return _Hit(start, e, t)


# ------------------------------------------------------------------------------ subjects
# words around a measure's name that are not the name: 都在/要/为 before the number, 每生每年
# (per-unit context) at its end, a year that dates the sentence at its start
_TITLE = re.compile(r"《([^》]+)》")
_LIST_SEP = re.compile(r"[,;。!?、\n]")


@functools.lru_cache(maxsize=None)
def _fillers() -> tuple[re.Pattern, re.Pattern]:
    """(end, start) patterns of the subject fillers of features/operators.yaml."""
    ops = lexicon.operators()
    end = re.compile(rf"(?:{_alt(ops.subject_before_number)}|每[\u4e00-\u9fff]{{1,2}}?)+$")
    start = re.compile(rf"^(?:{_alt(ops.subject_at_start)}|(?:19|20)\d{{2}}\s*年\s*(?:年度|度)?)+")
    return end, start


def _subjects(norm: str, text: str, hits: list[_Hit]) -> None:
    """Name the measure of each target when a cell holds several ("防化率100%")."""
    g = _grammar()
    prev_end = 0
    prev_subject = None
    for h in hits:
        if h.target.kind == "text":               # an absence clause names its own measure
            prev_end, prev_subject = h.end, h.target.subject
            continue
        if h.target.value == 0 and h.target.text.startswith("零"):   # 零投诉: the measure follows
            stop = min(len(norm), h.end + _SUBJECT_WINDOW)
            nxt = _LIST_SEP.search(norm, h.end, stop)
            h.target.subject = text[h.end:nxt.start() if nxt else stop].strip(" ,、。") or None
            prev_end, prev_subject = h.end, h.target.subject
            continue
        seg_start = prev_end
        for m in g.clause_sep.finditer(norm, prev_end, h.start):
            seg_start = m.end()
        raw = text[max(seg_start, h.start - _SUBJECT_WINDOW):h.start].strip()
        filler_end, filler_start = _fillers()
        raw = filler_start.sub("", filler_end.sub("", raw)).strip(" ,、()（）")
        title = _TITLE.search(raw)
        if title:                                 # 编印《档案馆指南》1000: the title is the measure
            raw = title.group(1)
        if raw.endswith(g.ops.zero_phrases):      # 未发生一起安全事故: the measure follows
            raw = ""
        if not raw and norm[prev_end:h.start].strip() in ("、", "和", "及") and prev_subject:
            raw = prev_subject                    # 3000元、2000元: the list shares its measure
        if not raw:                               # 于2024年2月1日前完成…: the measure follows
            stop = min(len(norm), h.end + _SUBJECT_WINDOW)
            nxt = g.clause_sep.search(norm, h.end, stop)
            raw = text[h.end:nxt.start() if nxt else stop].strip(" ,、。")
        h.target.subject = raw or None
        prev_subject = h.target.subject
        prev_end = h.end
