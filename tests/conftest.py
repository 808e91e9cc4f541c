import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_params(name: str) -> list:
    """One pytest param per gold row, the raw string as its id; rows with an `xfail`
    reason are strict xfails, so fixing one turns the suite red until the mark is removed."""
    params = []
    for row in load_jsonl(GOLD / name):
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row.get("xfail") else []
        params.append(pytest.param(row, id=row["value_text"], marks=marks))
    return params
