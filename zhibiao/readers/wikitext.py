"""Page text written as wiki markup, or with a page's markup left in it, made plain for the
text reader: what converters write when a page is saved as a wiki page (pandoc's mediawiki,
dokuwiki and jira writers) and what a tag stripper leaves of a page (its style sheet, tags).

- MediaWiki tables (``{|`` … ``|-`` … ``|}``, cells after ``|`` or ``!`` at a line's start or
  ``||``/``!!`` within it, a cell's text going on over the lines below) become one row a line,
  cells between `` | ``, empty cells kept (a merged cell left blank);
- DokuWiki header rows (``^ 一级指标 ^ 二级指标 ^``) and Jira header rows (``|| 一级指标 ||``)
  become pipe rows like their bodies;
- links become their text: ``[[url|text]]`` (MediaWiki, DokuWiki), ``[text|url]`` (Jira);
- heading marks (``= 标题 =``, ``h1.``), emphasis (``''189''``) and macros (``{anchor:…}``) go, and
  so do pandoc Markdown's fenced divs (``::: ant-table-wrapper``) and attributes (``{#id .cls}``)
  and reStructuredText's directive lines (``.. container:: desc``);
- a style sheet (``.nav{color:#fff}``, ``@media print{}``) and html tags (``<div class="cell">``)
  go; a ``<br>`` stays for the text reader, which joins what it broke.

>>> print(wiki_plain("{|\\n! 三级指标\\n! 指标值\\n|-\\n| 培训人次\\n| ≥500人次\\n|}"))
| 三级指标 | 指标值 |
| 培训人次 | ≥500人次 |
>>> wiki_plain("^ 三级指标 ^ 指标值 ^")
'| 三级指标 | 指标值 |'
>>> wiki_plain("分享到：[微信|#] [[/zw/|政务公开]]")
'分享到：微信 政务公开'
"""
from __future__ import annotations

import re

from .layout import glue

__all__ = ["wiki_plain"]

_TABLE_OPEN = re.compile(r"^[ \t]*\{\|", re.M)
# a cell's attributes before its text: | style="width:30%" | text
_ATTRS = re.compile(r"^\s*(?:[a-zA-Z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)\s*)+\|(?!\|)")
_DOKU_HEADER = re.compile(r"^[ \t]*\^(?:[^^\n]*\^){2,}[ \t]*$", re.M)
# (cells with text: a line of bare bars between rows stays as it is)
_JIRA_HEADER = re.compile(r"^[ \t]*\|\|(?:[^|\n]*[^|\s][^|\n]*\|\|){2,}[ \t]*$", re.M)
_DOUBLE_LINK = re.compile(r"\[\[([^\[\]|\n]*)\|([^\[\]\n]*)\]\]")
_BARE_LINK = re.compile(r"\[\[([^\[\]|\n]+)\]\]")
# [text|url]: the part after the bar is an address (a path, an anchor, a scheme)
_JIRA_LINK = re.compile(r"(?<!\[)\[([^\[\]|\n]+)\|((?:https?:|javascript:|mailto:|/|#|\.{0,2}/)[^\[\]|\s]*)\](?!\])")
# (its text starts with no "=": a reStructuredText table's rule ==== ==== is no heading)
_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\s].*?)[ \t]*\1[ \t]*$", re.M)
_JIRA_HEADING = re.compile(r"^[ \t]*h[1-6]\.[ \t]+", re.M)
_MACRO = re.compile(r"\{(?:anchor|color|noformat|panel|quote)(?::[^{}\n]*)?\}|\{_\}")
_EMPHASIS = re.compile(r"'{2,5}(?=\S)([^'\n]+?)'{2,5}")
# a style sheet's rule: selectors (ASCII) then { property: value; … } (or nothing: @media print{})
_CSS_RULE = re.compile(r"(?:^|(?<=[\s};]))(?:@[\w-]+[^{}\n]*|[.#*:a-zA-Z][\w.#*:>~+,\s\[\]=\"'()-]*)"
                       r"\{(?:[^{}\n]*:[^{}\n]*|\s*)\}",
                       re.A | re.M)  # (selectors are ASCII and start a line or follow a rule or a space)
# pandoc Markdown's fenced divs (::: ant-table-wrapper, ::: {.a .b}, :::) round a page's html
# blocks, and attributes after a heading or a span ({#id .class})
_FENCED_DIV = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w.-]+)?[ \t]*:*[ \t]*$", re.M)
# (not a span's: [text]{lang="EN-US"} is read where its table's columns are known)
# reStructuredText's directives round a page's blocks (.. container:: desc, .. raw:: html)
_RST_DIRECTIVE_LINE = re.compile(r"^[ \t]*\.\. [a-z-]+::.*$", re.M)
_ATTRIBUTES = re.compile(r"(?<!\])\{(?:[#.][^{}\n]*|[\w-]+=[^{}\n]*)\}(?=[ \t]*$)", re.M)
_TAG = re.compile(r"</?(?!br\b)[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>|<!DOCTYPE[^<>\n]*>|<!--.*?-->", re.I)


def wiki_plain(text: str) -> str:
    """`text` with wiki tables as pipe rows and the markup around them gone (see above);
    text without any of it comes back as it is."""
    if "{" in text and _CSS_RULE.search(text):
        text = _style_dropped(text)
    if "<" in text and _TAG.search(text):
        text = _tags_dropped(text)
    if "[" in text:
        text = _DOUBLE_LINK.sub(lambda m: m.group(2) or m.group(1), text)
        text = _BARE_LINK.sub(r"\1", text)
        text = _JIRA_LINK.sub(r"\1", text)
    if ".. " in text:
        text = _RST_DIRECTIVE_LINE.sub("", text)    # (the line stays, blank)
    if ":::" in text:
        text = _FENCED_DIV.sub("", text)           # (the line stays, blank: tables keep their lines)
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    if _TABLE_OPEN.search(text):
        text = _mediawiki_tables(text)
    if "^" in text:
        text = _DOKU_HEADER.sub(lambda m: m.group().replace("^", "|"), text)
    if "||" in text:
        text = _JIRA_HEADER.sub(lambda m: re.sub(r"\|\|", "|", m.group()), text)
    if "=" in text:
        text = _HEADING.sub(r"\2", text)
    text = _JIRA_HEADING.sub("", text)
    if "{" in text:
        text = _MACRO.sub("", text)
    if "''" in text:
        text = _EMPHASIS.sub(r"\1", text)
    return text


def _style_dropped(text: str) -> str:
    """A page's style sheet left as text: its rules go (nested ones from the inside out), and
    a line that held nothing else goes with them."""
    out = []
    for line in text.split("\n"):
        if "{" not in line:
            out.append(line)
            continue
        bare = line
        for _ in range(3):                 # @media print{ .a{…} }: the inner rule, then the outer
            bare, n = _CSS_RULE.subn(" ", bare)
            if not n:
                break
        if bare.strip() or not line.strip():
            out.append(bare.rstrip() if bare != line else line)
    return "\n".join(out)


def _tags_dropped(text: str) -> str:
    """Html tags a converter passed through as they were (<div class="cell">, </span>): the
    tags go, a line that held only tags goes."""
    out = []
    for line in text.split("\n"):
        bare = _TAG.sub("", line)
        if bare.strip() or not line.strip():
            out.append(bare)
    return "\n".join(out)


def _mediawiki_tables(text: str) -> str:
    out: list[str] = []
    rows: list[list[str]] | None = None
    for line in text.split("\n"):
        s = line.strip()
        if rows is None:
            if s.startswith("{|"):
                rows = [[]]
            else:
                out.append(line)
            continue
        if s.startswith("|}"):
            out += [_pipe_row(row) for row in rows if row]
            rows = None
        elif s.startswith("|-"):
            rows.append([])
        elif s.startswith("|+"):
            out.append(s[2:].strip())              # the table's caption: a line of its own
        elif s.startswith(("|", "!")):
            sep = "||" if s[0] == "|" else "!!"
            for cell in s[1:].split(sep):
                rows[-1].append(_ATTRS.sub("", cell, count=1))
        elif s and rows[-1]:
            rows[-1][-1] = glue(rows[-1][-1].strip(), s)     # the cell goes on
    if rows is not None:                            # a table never closed: its rows all the same
        out += [_pipe_row(row) for row in rows if row]
    return "\n".join(out)


def _pipe_row(cells: list[str]) -> str:
    """| a | b |: bars at both ends, so a blank first cell (a merged one) keeps its place."""
    return "| " + " | ".join(c.strip() for c in cells) + " |"
