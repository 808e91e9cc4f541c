"""Exact-match scoring of parsed targets against gold annotations (shared by tests and reports)."""
from __future__ import annotations

from typing import Any, Iterable

from .values import Target


def _norm_value(kind: str, value: Any) -> Any:
    if kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


def gold_key(target: dict[str, Any]) -> tuple:
    """(kind, op, value, upper, unit) of an annotated target, numbers compared as floats."""
    kind = target["kind"]
    return (kind, target["op"], _norm_value(kind, target["value"]),
            _norm_value(kind, target.get("upper")), target.get("unit"))


def target_key(target: Target) -> tuple:
    return gold_key(target.to_dict())


def exact(predicted: Iterable[Target], gold: Iterable[dict[str, Any]]) -> bool:
    """Whole target lists agree, in order, on kind, op, value, upper and unit."""
    return [target_key(t) for t in predicted] == [gold_key(g) for g in gold]


def value_exact_match(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Exact match of whole target lists per gold set ("seed", "tables", ...), and the rows
    still wrong."""
    from .values import parse_value

    by_set: dict[str, list[int]] = {}
    wrong = []
    for row in rows:
        ok = exact(parse_value(row["value_text"]), row["targets"])
        tally = by_set.setdefault(row.get("set", "all"), [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            wrong.append({"id": row.get("id"), "value_text": row["value_text"],
                          "why": row.get("xfail", "")})
    return {"exact_match": {k: {"right": r, "rows": n, "rate": round(r / n, 4)}
                            for k, (r, n) in by_set.items()},
            "wrong": wrong}
