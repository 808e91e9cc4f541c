"""Target values: "≥90%", "不低于80%", "8000件以上", "收到诉状之日起15日内" -> operator + number + unit.

The grammar is hand-written (no library keeps comparison words and counters together); the
words it knows come from ``features/operators.yaml`` and ``features/units.yaml``; Chinese
numerals go through cn2an. Everything is compiled once, on first use.

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
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from typing import Any

import cn2an

from . import confidence, lexicon, segment
from .lexicon import FULLWIDTH

__all__ = ["Target", "parse_value", "find_targets"]


@dataclass(slots=True)
class Target:
    """One stated target of a value cell (DESIGN.md "Public API")."""

    kind: str                       # number | boolean | date | text
    op: str                         # = >= > <= < between approx
    value: Any                      # float, bool, ISO date string, or the key phrase
    upper: Any = None               # upper bound of a between
    unit: str | None = None         # canonical unit the text states
    subject: str | None = None      # the measure, when a cell holds several targets
    text: str = ""                  # the part of the cell this target was read from
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "op": self.op, "value": self.value, "upper": self.upper,
                "unit": self.unit, "subject": self.subject, "text": self.text,
                "confidence": self.confidence}

    def key(self) -> tuple:
        """What exact-match evaluation compares (kind, op, value, upper, unit)."""
        return (self.kind, self.op, self.value, self.upper, self.unit)


# --------------------------------------------------------------------------- the grammar
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"


def _alt(words) -> str:
    """Regex alternation, longest word first so 不高于 wins over 高于. A word ending in a
    Latin letter must end there (M is 米, but not the M of Mbps)."""
    return "|".join(re.escape(w) + ("(?![A-Za-z])" if w[-1:].isascii() and w[-1:].isalpha() else "")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    core: re.Pattern
    unit: re.Pattern
    comp: re.Pattern
    pre_adj: re.Pattern
    pre_phrase: re.Pattern
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


@functools.lru_cache(maxsize=None)
def _grammar() -> _Grammar:
    units, ops = lexicon.units(), lexicon.operators()
    unit_words = [w.translate(FULLWIDTH) for w in units.by_word]
    unit_alt = _alt(unit_words)
    mult_alt = _alt(units.multipliers)
    seps = _alt(s.translate(FULLWIDTH) for s in ops.range_separators)
    num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+,\d{4}(?=\s*[万亿])|\d+(?:\.\d+)?"
    cn = f"[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?"
    year = r"(?:19|20)\d{2}"
    mday = r"(?:(?P<{d}>\d{{1,2}})\s*[日号]|(?P<{e}>底|末))"
    half_year_alt = _alt(units.half_year) or "(?!)"
    quarter = re.escape(units.quarter_word)
    ratio_alt = _alt(units.ratio_separators) or "(?!)"
    prod_alt = _alt(units.product_signs) or "(?!)"
    time_alt = _alt(w for w, u in units.by_word.items() if u.family == "time") or "(?!)"
    half = re.escape(units.half)
    firsts = re.escape("".join(sorted({w[0] for w in (*units.half_year, *units.fraction_words)})))
    fraction_alt = _alt(units.fraction_words) or "(?!)"
    q_not = re.escape(units.quarter_not_after) or "\x00"
    half_not = re.escape(units.half_not_after) or "\x00"
    half_tail = _alt(units.half_not_followed_by) or "(?!)"
    core = rf"""
      (?=[\d{_CN_DIGITS}±+年第{half}{firsts}])           # cheap first-character filter
      (?:(?P<ymd>                                   # 2022年12月31日, 2023年1月-12月, 2019年6月底
        (?P<y1>{year})\s*年\s*(?P<m1>\d{{1,2}})\s*月(?:份)?\s*{mday.format(d="d1", e="e1")}?
        (?:\s*(?:{seps})\s*(?:(?P<y2>{year})\s*年)?\s*(?P<m2>\d{{1,2}})\s*月(?:份)?\s*
           {mday.format(d="d2", e="e2")}?)?
      )
      | (?P<yend>(?P<y3>{year})\s*年\s*(?:年底|年末|底|末))          # 2025年底
      | (?P<yall>(?P<y4>{year})\s*年\s*(?:全年|年内|度内|内(?!容)))      # 2023年全年, 2024年内
      | (?P<ymm>(?P<y8>{year})\s*年\s*(?P<m8>\d{{1,2}})\s*(?:{seps})\s*(?P<m9>\d{{1,2}})\s*月)  # 2024年3-6月
      | (?P<eoy>(?<!\d)(?:年底|年末)(?=\s*(?:之前|以前|前)))          # 年底前 (no year)
      | (?P<yy>(?P<ya>{year})\s*年?\s*(?:{seps})\s*(?P<yb>{year})\s*年)     # 2023-2025年
      | (?P<dot>                                 # 2022.03-2022.11, 2021.1.1-12.31
        (?P<y5>{year})[./-](?P<m5>\d{{1,2}})(?:[./-](?P<d5>\d{{1,2}}))?
        (?:\s*(?:{seps})\s*(?:(?P<y6>{year})[./-])?(?P<m6>\d{{1,2}})(?:[./-](?P<d6>\d{{1,2}}))?)?
        (?![\d%万亿元.])
      )
      | (?P<md>                                  # 12月31日, 6月底, 9月前
        (?P<m7>\d{{1,2}})\s*月\s*(?:{mday.format(d="d7", e="e7")}|(?=\s*(?:之前|以前|前|份)))
      )
      | (?P<pct>(?P<pw>{fraction_alt})(?P<pn>{cn}|\d+(?:\.\d+)?))   # 百分之九十五, 千分之三
      | (?P<hy>(?:(?P<yh>{year})\s*年\s*(?:度\s*)?)?(?P<hs>{half_year_alt})(?P<he>末|底)?)   # 2024年上半年
      | (?P<qtr>(?<![{q_not}])                                             # 2024年第三、四季度末
        (?:(?P<yq>{year})\s*年\s*(?:度\s*)?)?第?\s*(?P<qn>[1-4一二三四])(?:\s*{quarter})?
        (?:\s*(?:、|和|及|至|到|-|—|~)\s*第?\s*(?P<qn2>[1-4一二三四]))?\s*{quarter}\s*(?P<qe>末|底)?)
      | (?P<ratio>(?P<ra>{num})\s*(?:{ratio_alt})\s*(?P<rb>{num})(?P<rm>{mult_alt})?)   # 师生比1:15
      | (?P<prod>(?P<pa>\d+(?:\.\d+)?)\s*(?:天|日)?\s*(?:{prod_alt})\s*(?P<pb>\d+(?:\.\d+)?)  # 7×24小时
        (?=\s*(?:{time_alt})))
      | (?P<halfplus>(?:(?P<hn>\d+(?:\.\d+)?)|(?P<hc>{cn}))\s*                    # 两个半小时, 1年半
        (?:个\s*{half}\s*(?P<hu1>{time_alt})|(?P<hu2>年|个月|小时|天){half}))
      | (?P<qty>
        (?P<pm>±|\+-|\+/-)?
        (?:(?P<n1>{num})|(?P<c1>{cn}|(?<![{half_not}]){half}(?=\s*(?:{time_alt})(?!{half_tail}))))
        (?:\s*(?:±|\+-|\+/-)\s*(?P<tol>{num}))?                      # 45±2人
        (?:\s*(?P<u1>{unit_alt}))?
        (?:\s*(?P<sep>{seps})\s*(?:(?P<n2>{num})|(?P<c2>{cn})))?
      ))
    """
    unit = rf"""\s*(?P<more>余|多)?(?P<mult>{mult_alt})?
        (?:(?P<word>{unit_alt})|(?P<latin>[A-Za-z]{{1,6}}[²³23]?(?![A-Za-z]))|(?P<cjk>[\u4e00-\u9fff]))?"""
    comp_seps = _alt(s.translate(FULLWIDTH) for s in units.compound_separators)
    comp = rf"(?:{comp_seps})\s*(?P<cn>\d+)?\s*(?P<cw>{unit_alt}|[A-Za-z]{{1,6}}[²³23]?(?![A-Za-z]))"
    adj = {w.translate(FULLWIDTH): op for w, op in ops.prefix_adjacent.items()}
    phr = {w.translate(FULLWIDTH): op for w, op in ops.prefix_phrase.items()}
    suf = {w.translate(FULLWIDTH): op for w, op in ops.suffix.items()}
    dsuf = {w.translate(FULLWIDTH): op for w, op in ops.date_suffix.items()}
    gap = r"[^\d\s,;。:、()!?《》\[\]]{0,6}?"
    return _Grammar(
        core=re.compile(core, re.X),
        unit=re.compile(unit, re.X),
        comp=re.compile(comp),
        pre_adj=re.compile(rf"(?P<w>{_alt(adj)})\s*$"),
        pre_phrase=re.compile(rf"(?P<w>{_alt(phr)}){gap}\s*$"),
        suffix=re.compile(rf"\s*(?:{_alt(suf)})(?!容|部|涵|科|地|存)"),
        date_suffix=re.compile(rf"\s*(?:{_alt(dsuf)})"),
        paren=re.compile(r"\s*[(\[][^()\[\]]{0,80}[)\]]"),
        not_qty=re.compile(rf"\s*(?:{_alt(units.not_quantity_suffixes)})"),
        clause_sep=re.compile(r"[,;。!?\n]"),
        title=re.compile(r"《[^》]*》"),
        units=units,
        ops=ops,
        adj=adj, phr=phr, suf=suf, dsuf=dsuf,
        not_numbers=tuple(units.not_numbers),
        not_ops=tuple(w.translate(FULLWIDTH) for w in ops.not_operators),
        simple=re.compile(rf"""\s*(?P<op>{_alt([*adj, *phr])})?\s*(?P<n>\d+(?:\.\d+)?)\s*
            (?P<mult>{mult_alt})?(?P<u>{unit_alt})?\s*(?P<suf>{_alt(suf)})?\s*[。.]?\s*$""", re.X),
        quantityless=re.compile(rf"[\d{_CN_DIGITS}{half}]|年底|年末"),
        budget=re.compile(_alt(ops.budget_ceiling)),
        paren_tail=re.compile(r"\s*[(\[][^()\[\]]{0,80}[)\]]\s*$"),
        cn_quantity=re.compile(rf"[{_CN_DIGITS}]+\s*(?:{unit_alt})"),
        zero_clause=re.compile(rf"(?:^|[,;。、\n])\s*(?P<c>(?:{_alt(z for z in ops.zero_phrases if z != '零') or '(?!)'})"
                               rf"[^\d,;。、\n]{{1,24}}?)\s*(?=$|[,;。、\n])"),
    )


# ----------------------------------------------------------------------------- numbers
def _num(text: str | None) -> float | None:
    """Arabic number with thousands commas; "1038,8772" (a comma before four digits, a typo
    of the seed tables) reads as a decimal point."""
    if text is None:
        return None
    if "," in text:
        head, _, tail = text.partition(",")
        if len(tail) == 4 and tail.isdigit():
            return float(f"{head}.{tail}")
        text = text.replace(",", "")
    return float(text)


def _cn(text: str | None) -> float | None:
    if text is None:
        return None
    if text.startswith(("百", "千")):   # 百分之百: a bare 百 is one hundred
        text = "一" + text
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _ymd(y: str | None, m: str | None, d: str | None, end: str | None) -> str | None:
    month = int(m) if m else None
    if month is not None and not 1 <= month <= 12:
        return None
    if d:
        day = int(d)
        if not 1 <= day <= 31:
            return None
    elif end and month:
        # 月底: last day of the month (a year without one is taken as common, not leap).
        day = calendar.monthrange(int(y) if y else 2001, month)[1]
    else:
        day = None
    parts = ([y] if y else []) + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day else [])
    return "-".join(parts) if parts else None


# ------------------------------------------------------------------------------ parsing
@dataclass(slots=True)
class _Hit:
    start: int          # where the target's text starts (operator included)
    end: int
    target: Target


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
    norm = text.translate(FULLWIDTH)
    if norm.strip():
        simple = _simple(norm, text, _grammar())
        if simple is not None:
            return confidence.score_plain(norm, simple)
    targets, covered = parse_unscored(text, norm)
    return confidence.score(norm, targets, covered)


def parse_unscored(text: str, norm: str) -> tuple[list[Target], int]:
    """The targets of a cell before confidence, and how many of its characters the parse
    explained (a confidence feature). `norm` is `text` folded to half-width."""
    if not norm.strip():
        return [], 0
    g = _grammar()
    simple = _simple(norm, text, g)
    if simple is not None:
        return simple, len(norm)
    return _parse_general(text, norm, g)


def find_targets(text: str) -> list[tuple[Target, int, int]]:
    """Every quantified target stated in free text, with its character span: for the
    绩效目标 paragraphs, where the rest of the text is prose, not a qualitative target, and a
    bare number with neither unit nor operator is a name (12348热线), not a target.

    >>> [(t.op, t.value, t.unit, s, e) for t, s, e in find_targets("律师每月到村开展法律咨询时间不少于8小时")]
    [('>=', 8.0, '小时', 14, 20)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_targets() takes a str, not {type(text).__name__}")
    norm = text.translate(FULLWIDTH)
    g = _grammar()
    hits, covered = _scan(norm, text, g) if g.quantityless.search(norm) else ([], 0)
    # in prose a bare number with neither unit nor operator names something (12348热线)
    hits = [h for h in hits if not (h.target.kind == "number" and h.target.unit is None
                                    and h.target.op == "=")]
    if len(hits) > 1:
        _subjects(norm, text, hits)
    confidence.score(norm, [h.target for h in hits], covered)
    return [(h.target, h.start, h.end) for h in hits]


def _simple(norm: str, text: str, g: _Grammar) -> list[Target] | None:
    """Fast path for the bulk of cells ("≥90%", "100%", "95%以上", "5次"): one symbol
    operator, one plain number, one listed unit, one 以上/以下 word. Anything else (and a
    4-digit number before 年, which may be a year) goes through the full grammar, which gives
    the same answer for these forms (tests/test_values_api.py checks that)."""
    m = g.simple.match(norm)
    if m is None or (m["u"] == "年" and len(m["n"]) == 4 and not m["mult"]) or \
            m["u"] == g.units.quarter_word:
        return None
    unit = g.units.by_word[m["u"]] if m["u"] else None
    scale = (unit.scale if unit else 1.0) * (g.units.multipliers[m["mult"]] if m["mult"] else 1.0)
    op_word, suf = m.group("op", "suf")
    op = _combine(g.adj.get(op_word) or g.phr.get(op_word), g.suf[suf] if suf else None)
    return [Target("number", op, _clean(float(m["n"]) * scale), None,
                   unit.canonical if unit else None, text=text.strip())]


def _parse_general(text: str, norm: str, g: _Grammar) -> tuple[list[Target], int]:
    stripped = norm.strip().rstrip("。.")
    word = _boolean_word(stripped, g)
    if word is not None:
        return [Target("boolean", "=", g.ops.boolean[word], text=text.strip())], len(stripped)
    hits, covered = _scan(norm, text, g) if g.quantityless.search(norm) else ([], 0)
    if not hits:
        return [_text_target(text, norm)], 0
    hits = _with_zero_clauses(norm, text, g, hits)
    targets = [h.target for h in hits]
    if len(targets) > 1:
        _subjects(norm, text, hits)
    if any(t.unit == "元" and t.op == "=" for t in targets) and g.budget.search(norm):
        for t in targets:
            if t.unit == "元" and t.op == "=":
                t.op = "<="
    return targets, covered


def _with_zero_clauses(norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> list[_Hit]:
    """A clause that states an absence (无安全事故, 未发生责任事故) beside numbers is a target of
    its own: one text target in its place. Other clauses without a number are context."""
    extra = []
    for m in g.zero_clause.finditer(norm):
        s, e = m.span("c")
        if norm.startswith(g.ops.not_zero_phrases, s) or \
                not any(w in norm[s:e] for w in g.ops.absence_objects):
            continue
        if not any(h.start < e and s < h.end for h in hits):
            phrase = text[s:e].strip()
            word = next((z for z in sorted(g.ops.zero_phrases, key=len, reverse=True)
                         if norm.startswith(z, s)), "")
            extra.append(_Hit(s, e, Target("text", "=", phrase, subject=phrase[len(word):] or None,
                                           text=phrase)))
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _boolean_word(stripped: str, g: _Grammar) -> str | None:
    """是 / 否（未发生） / 是，按期完成: a yes-no cell, with at most an explanation in brackets
    or a clause that restates it without a quantity."""
    if stripped in g.ops.boolean:
        return stripped
    bare = g.paren_tail.sub("", stripped).strip()
    if bare in g.ops.boolean:
        return bare
    head, sep, rest = stripped.partition(",") if "," in stripped else stripped.partition(";")
    if sep and head.strip() in g.ops.boolean and not g.quantityless.search(rest):
        return head.strip()
    return None


def _text_target(text: str, norm: str) -> Target:
    """A cell with no quantity: one text target, its value the first phrase as written."""
    g = _grammar()
    pos = 0
    for part in g.clause_sep.split(norm):
        phrase = text[pos:pos + len(part)].strip()
        pos += len(part) + 1
        if phrase:
            return Target("text", "=", phrase, text=text.strip())
    return Target("text", "=", text.strip(), text=text.strip())


def _scan(norm: str, text: str, g: _Grammar) -> tuple[list[_Hit], int]:
    hits: list[_Hit] = []
    covered = 0
    titles = [m.span() for m in g.title.finditer(norm)] if "《" in norm else []
    pos = 0
    n = len(norm)
    while pos < n:
        m = g.core.search(norm, pos)
        if m is None:
            break
        s, e = m.span()
        pos = e if e > s else s + 1
        if titles and any(a <= s < b for a, b in titles):
            continue
        kind = m.lastgroup
        if kind == "qty":
            hit = _quantity(m, norm, text, g, hits)
        elif kind == "pct":
            value = _cn(m["pn"]) if not m["pn"][0].isdigit() else float(m["pn"])
            unit = g.units.fraction_words[m["pw"]]
            hit = _finish(m, norm, text, g, hits, value, None, unit) if value is not None else None
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
        covered += hit.end - hit.start
        pos = hit.end
        # An explanation in brackets right after a target adds no target: 100%（本年度应发放…）;
        # a bracket stating a quantity of its own is read on (≥3次（每学期不少于1次）).
        p = g.paren.match(norm, pos)
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
    return bool(numbers) and (opens_part or any(t.op != "=" for t in numbers))


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


def _is_year(m: re.Match, norm: str) -> bool:
    n1 = m["n1"]
    return bool(n1 and len(n1) == 4 and n1[:2] in ("19", "20") and norm.startswith("年", m.end("n1")))


def _prefix_op(norm: str, core: int, floor: int, g: _Grammar) -> tuple[str | None, int]:
    """The comparison word before a number: touching it, or a few words before it.

    Of the two readings the longer word wins (大于等于 over 等于); a verb that only contains
    an operator character (下达, 到达) is no operator.
    """
    start = max(floor, core - 12)
    window = norm[start:core]
    best: tuple[str | None, int] = (None, core)
    for pattern, words in ((g.pre_phrase, g.phr), (g.pre_adj, g.adj)):
        m = pattern.search(window)
        if not m or start + m.start() >= best[1]:
            continue
        word = m["w"]
        at = start + m.start()
        around = norm[max(0, at - 2):at + len(word) + 2]
        if any(v in around for v in g.not_ops):
            continue
        best = (words[word], at)
    return best


def _suffix_op(norm: str, end: int, g: _Grammar) -> tuple[str | None, int]:
    suf = g.suf
    m = g.suffix.match(norm, end)
    if m:
        return suf[m.group().strip()], m.end()
    return None, end


def _floor(hits: list[_Hit]) -> int:
    """Operators are looked for after the previous target only."""
    return hits[-1].end if hits else 0


def _quantity(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    s = m.start()
    n1, c1, u1, sep, n2, c2, pm = m.group("n1", "c1", "u1", "sep", "n2", "c2", "pm")
    before = norm[s - 1] if s else ""
    if before == "第" or (c1 and before and before in g.units.numeral_not_after) or _is_year(m, norm):
        return None               # 第一年, 周一: ordinals and weekdays are no quantities
    if n1 and (before.isdigit() or before == "." or (before.isascii() and before.isalpha())):
        return None               # inside another number or an identifier (PM2.5, 5G网络)
    if g.not_qty.match(norm, m.end("n1") if n1 else m.end("c1")):
        return None
    if c1 and (c1.strip("百千万亿") == "" or norm.startswith(g.not_numbers, s)):
        return None
    canonical, scale, uend, more, unit_word = _read_unit(m, u1, sep, norm, g)
    # a minus sign, not a range dash, when nothing number-like stands before it: -5%, ≤-5%
    neg = bool(n1 and before and before in "-－" and
               (s < 2 or not (norm[s - 2].isascii() and norm[s - 2].isalnum() or norm[s - 2] in "%)）")))
    op_pre, start = _prefix_op(norm, s - 1 if neg else s, _floor(hits), g)
    op_suf, send = _suffix_op(norm, uend, g)
    zero = False
    if c1:
        # Chinese numerals are common words too (一村一法律顾问, 十分重要): count one only
        # when a known unit or an operator vouches for it, and a lone 一 only with an
        # operator, a 未发生 before it, or nothing else in the cell.
        has_op = op_pre is not None or op_suf is not None
        # 零投诉, 零事故: a 零 that opens a clause is a zero target (the measure follows)
        head = norm[:s].rstrip()
        opens = c1 == "零" and (not head or head[-1] in ",;、。") and \
            not _quantity_follows(norm, uend, g)
        if not (has_op or unit_word in g.units.by_word or opens):
            return None
        zero = _zero_phrase(norm, s, g)
        whole = not norm[:s].strip() and not norm[uend:].strip(" 。.")
        if c1 in ("一", "两", "一一") and not (has_op or whole or zero):
            return None
    if c1 == g.units.half and _quantity_follows(norm, uend, g):
        return None               # 半年考核1次: a frequency, the count is the target
    v1 = 0.0 if zero else (_num(n1) if n1 else 0.5 if c1 == g.units.half else _cn(c1))
    v2 = (_num(n2) if n2 else _cn(c2)) if sep else None
    if v1 is None or (sep and v2 is None):
        return None
    if neg:
        v1 = -v1
    if pm:
        op, lo, hi = "between", -v1 * scale, v1 * scale
    elif m["tol"]:
        op, lo, hi = "between", (v1 - _num(m["tol"])) * scale, (v1 + _num(m["tol"])) * scale
    elif sep:
        op, lo, hi = "between", v1 * scale, v2 * scale
    else:
        op, lo, hi = (">" if more else _combine(op_pre, op_suf)), v1 * scale, None
    end_all = max(send, uend)
    t = Target("number", op, _clean(lo), _clean(hi) if hi is not None else None, canonical,
               text=text[start:end_all].strip())
    return _Hit(start, end_all, t)


def _read_unit(m: re.Match, u1: str | None, sep: str | None, norm: str, g: _Grammar
               ) -> tuple[str | None, float, int, bool, str | None]:
    """(canonical unit, scale, end, 余/多 seen, unit word) of the unit after a number."""
    end = m.end()
    more = mult = tail = None
    if u1 and not sep:
        uend = end                      # 8000件: the unit was read with the number
    else:
        # after the (range of) number(s); 3天至5天 keeps the first number's unit
        u = g.unit.match(norm, end)
        more, mult, word, latin, cjk = u.group("more", "mult", "word", "latin", "cjk")
        tail = word or latin or (cjk if cjk and _unknown_unit_ok(norm, u, g) else None)
        if tail:
            uend = u.end()
        elif mult:
            uend = u.end("mult")
        else:
            uend, more = end, None
    unit_word = tail or u1
    scale = g.units.multipliers[mult] if mult else 1.0
    canonical = None
    if unit_word:
        unit = g.units.by_word.get(unit_word)
        canonical = unit.canonical if unit else unit_word
        scale *= unit.scale if unit else 1.0
        if canonical == "个" and (noun := _counted_noun(norm, uend, g)):
            canonical, uend = noun, uend + len(noun)
    # compound units: 元/人, 元/月/人, 12万/年, ≤500元/100km
    c = g.comp.match(norm, uend)
    while c and not (c.group()[0] == "、" and (c["cn"] or _word_goes_on(norm, c.end(), g))):
        # a denominator keeps its own multiplier as written (5人/10万人): it scales nothing
        part = g.units.by_word.get(c["cw"])
        name = part.canonical if part and part.scale == 1 else c["cw"]
        sep = c.group().strip()[0]
        sep = sep if sep in g.units.compound_kept_as_written else "/"
        canonical = f"{canonical or ''}{sep}{c['cn'] or ''}{name}"
        uend = c.end()
        c = g.comp.match(norm, uend)
    if canonical and canonical.startswith("人/次"):
        canonical = "人次" + canonical[3:]
    return canonical, scale, uend, bool(more), unit_word


def _counted_noun(norm: str, at: int, g: _Grammar) -> str | None:
    """3个乡镇 -> 乡镇: the word counted after 个 is the unit (DESIGN: counters without a
    leading 个), when it ends there (end of cell, a bracket, a separator or 以上)."""
    nxt = norm[at:at + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in g.units.not_unit_characters \
            or g.suffix.match(norm, at):
        return None
    word = segment.tokenizer().lcut(norm[at:at + 8])[0]
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
    if ch in g.units.not_unit_characters or ch in _CN_DIGITS:
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
    return float(round(x, 10))


def _finish(m, norm, text, g, hits, value, upper, unit) -> _Hit:
    s = m.start()
    op_pre, start = _prefix_op(norm, s, _floor(hits), g)
    op_suf, send = _suffix_op(norm, m.end(), g)
    t = Target("number", _combine(op_pre, op_suf), value, upper, unit)
    end = max(send, m.end())
    t.text = text[start:end].strip()
    return _Hit(start, end, t)


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
    return _finish(m, norm, text, g, hits, _clean(_num(a) / right), None, g.units.ratio_unit)


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
    hit = _finish(m, norm, text, g, hits, _clean(value), None, unit.canonical)
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
    return _finish(m, norm, text, g, hits, _clean((n + 0.5) * unit.scale), None, unit.canonical)


def _period(m: re.Match, norm: str, text: str, g: _Grammar, hits: list[_Hit]) -> _Hit | None:
    """A half year or a quarter named by words: 2024年上半年, 三季度前, 第四季度末.

    With a year the whole period is `between` its first and last month; with no year and no
    deadline word it is no target (text, as DESIGN reads 全年). Before it (前, 以前, 内) is
    `<=` its last month (or last day with 末/底): by its end, since 一季度前 read as before
    January would precede the year."""
    if m.lastgroup == "hy":
        year, (first, last), end = m["yh"], g.units.half_year[m["hs"]], m["he"]
    else:
        q1 = _quarter_number(m["qn"])
        q2 = _quarter_number(m["qn2"]) if m["qn2"] else q1
        if q2 < q1:
            return None
        year, first, last, end = m["yq"], 3 * q1 - 2, 3 * q2, m["qe"]
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
    t = Target("date", op, value, upper, None)
    t.text = text[start:e].strip()
    return _Hit(start, e, t)


def _quarter_number(text: str) -> int:
    return int(text) if text.isdigit() else int(_cn(text))


def _clause_rest(norm: str, end: int, g: _Grammar) -> str:
    sep = g.clause_sep.search(norm, end)
    return norm[end:sep.start() if sep else len(norm)]


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
        value, month_end = f"{m['y3']}-12-31", True
    elif kind == "yall":
        value, upper, month_end = f"{m['y4']}-01", f"{m['y4']}-12", False
    elif kind == "ymm":
        value, upper, month_end = _ymd(m["y8"], m["m8"], None, None), _ymd(m["y8"], m["m9"], None, None), False
    elif kind == "yy":
        value, upper, month_end = m["ya"], m["yb"], False
    elif kind == "eoy":
        value, month_end = "12-31", True
    elif kind == "dot":
        value = _ymd(m["y5"], m["m5"], m["d5"], None)
        if m["m6"]:
            upper = _ymd(m["y6"] or m["y5"], m["m6"], m["d6"], None)
        month_end = False
    else:  # md
        # 2024年9月底前完成招标，12月底前完工: a cell's earlier year carries over
        year = next((h.target.value[:4] for h in reversed(hits) if h.target.kind == "date"
                     and isinstance(h.target.value, str) and h.target.value[:2] in ("19", "20")
                     and h.target.value[4:5] == "-"), None)
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
    t = Target("date", op, value, upper, None)
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
            nxt = _LIST_SEP.search(norm, h.end)
            h.target.subject = text[h.end:nxt.start() if nxt else len(text)].strip(" ,、。") or None
            prev_end, prev_subject = h.end, h.target.subject
            continue
        seg_start = prev_end
        for m in g.clause_sep.finditer(norm, prev_end, h.start):
            seg_start = m.end()
        raw = text[seg_start:h.start].strip()
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
            nxt = g.clause_sep.search(norm, h.end)
            raw = text[h.end:nxt.start() if nxt else len(text)].strip(" ,、。")
        h.target.subject = raw or None
        prev_subject = h.target.subject
        prev_end = h.end
