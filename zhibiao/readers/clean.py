"""The one place where text read from any file is cleaned before it is interpreted.

- CJK radicals -> the ideograph the page shows: PDF makers (Chromium among them) write the
  Kangxi radical ⼀ (U+2F00) or the radicals-supplement ⻋ (U+2ECB) where the table prints 一
  or 车, because the font draws both with one glyph (and 㬵 U+3B35 for 胶: an Extension A
  ideograph drawn with a common one's glyph) (features/radicals.tsv, built by
  tools/build_radicals.py, loaded by lexicon.radicals). NFKC is not used: it would also fold full-width punctuation and
  digits, which the value parser reads as written, and it maps ⼾ to the traditional 戶.
- zero-width characters (U+200B…, soft hyphen, BOM) removed: they split numbers (≥9\u200b0%).
- Latin ligatures (ﬁ U+FB01, ﬂ …) -> their letters: Chromium prints file:/// in a page's footer
  with ﬁ, which no URL pattern matches.
- the two- and three-em dashes (⸺ U+2E3A, ⸻ U+2E3B) -> —— and ———: Chromium writes one of them
  for the pair of em dashes a Chinese dash (破折号, 6——9个月) is made of; the horizontal bar ―
  (U+2015) -> the em dash — (U+2014): GB2312's dash (A1AA) is mapped to either, so a font's
  ToUnicode table (Chromium's CJK fonts) or a GBK text gives ― where the page typed — (20—30处).

>>> fold("项⽬⾦额⻓期 ≥9\u200b0%"), fold("示例⸺会议"), fold("ﬁle:///a.html"), fold("20―30处")
('项目金额长期 ≥90%', '示例——会议', 'file:///a.html', '20—30处')
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator

from .. import lexicon
from .grid import Row

__all__ = ["fold", "fold_rows"]

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = {"\u2e3a": "\u2014" * 2, "\u2e3b": "\u2014" * 3, "\u2015": "\u2014"}
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_NEEDS = re.compile(f"[\u2e80-\u2fdf\u2e3a\u2e3b\u2015\ufb00-\ufb06\u3400-\u4dbf{_ZERO_WIDTH}]")   # \u3400-: Extension A


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _ZERO_WIDTH}
    table.update({ord(radical): ideograph for radical, ideograph in lexicon.radicals().items()})
    table.update({ord(dash): pair for dash, pair in _DASHES.items()})
    table.update({ord(ligature): letters for ligature, letters in _LIGATURES.items()})
    return table


def fold(text: str) -> str:
    """The text with radicals folded to ideographs and zero-width characters removed."""
    if not text or not _NEEDS.search(text):
        return text
    return text.translate(_table())


def fold_rows(rows: Iterable[Row]) -> Iterator[Row]:
    """Every cell and raw text of every row folded, in place, one row at a time."""
    for row in rows:
        row.cells = [fold(c) if isinstance(c, str) else c for c in row.cells]
        row.raw = fold(row.raw)
        yield row
