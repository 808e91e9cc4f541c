"""Context labels of a table's surroundings (项目名称, 主管部门, 审核意见 …, features/headers.yaml):
which one a cell starts with. Shared by the page-text readers."""
from __future__ import annotations

import re

from .. import lexicon

__all__ = ["context_label"]


def context_label(text: str) -> str | None:
    """What a cell's leading label sets (project, department, amount, signoff …), or None:
    the cell is the label itself, or the label followed by a colon and its value."""
    lex = lexicon.headers()
    key = lex.context_key.get(lexicon.norm_header(text)) if text else None
    if key is None:
        m = re.match(r"^\s*([^:：]{1,12})[:：]", text or "")
        if m:
            key = lex.context_key.get(lexicon.norm_header(m.group(1)))
    return key
