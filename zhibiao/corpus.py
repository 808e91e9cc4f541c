"""The training corpus: every indicator row the project holds, one JSON object a line.

``build_corpus(root)`` reads ``root/raw/`` (the seed tables and any table a user drops there)
with :func:`zhibiao.read_table`, adds the rows of published tables already copied into
``root/published/*.jsonl`` (each with its source URL and declared codes), and writes
``root/indicators.jsonl``. Every row has the :class:`~zhibiao.Indicator` fields plus
``origin`` (raw | published), ``source_id``, ``group`` (tables that must stay on one side
of a cross-validation split: one source, or one site's family of pages), ``url``, ``region``,
``form`` and ``targets`` (the hand annotation of the value, published rows only).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .readers import read_table
from .records import Indicator, ReadError

__all__ = ["build_corpus", "published_rows", "raw_rows"]

EXTRA_KEYS = ("op_col", "direction_col", "category", "indicator_attr", "note")


def raw_rows(raw_dir: Path, problems: list[str]) -> list[dict[str, Any]]:
    out = []
    for path in sorted(p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            records = read_table(path)
        except ReadError as exc:
            problems.append(str(exc))
            continue
        for ind in records:
            d = ind.to_dict()
            d["source"] = f"raw/{path.name}"
            out.append({"origin": "raw", "source_id": path.stem, "group": path.stem,
                        "url": None, "region": None,
                        "form": "目标表", **d, "targets": None})
    return out


def published_rows(published_dir: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(published_dir.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            ind = Indicator(
                source=f"published/{path.name}", location={"line": n},
                department=d.get("department"), project=d.get("project"), year=d.get("year"),
                declared_level1=d.get("level1"), declared_level2=d.get("level2"),
                declared_level1_code=d.get("level1_code"),
                declared_level2_code=d.get("level2_code"), name=d.get("name"),
                annual_value=d.get("value_joined") or d.get("value_text"),
                unit_column=d.get("unit_col"),
                extra={k: d[k] for k in EXTRA_KEYS if d.get(k) is not None},
                raw=" | ".join(str(d[k]) for k in ("level1", "level2", "name", "value_text")
                               if d.get(k) is not None))
            out.append({"origin": "published", "source_id": d.get("source_id"),
                        "group": d.get("group") or d.get("source_id"),
                        "url": d.get("url"), "region": d.get("region"), "form": d.get("form"),
                        **ind.to_dict(), "targets": d.get("targets")})
    return out


def build_corpus(root: Path) -> dict[str, Any]:
    """Write root/indicators.jsonl; return counts (rows, sources, per class, problems)."""
    problems: list[str] = []
    rows = raw_rows(root / "raw", problems) if (root / "raw").is_dir() else []
    rows += published_rows(root / "published") if (root / "published").is_dir() else []
    out = root / "indicators.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {
        "path": str(out), "rows": len(rows),
        "sources": len({(r["origin"], r["source_id"]) for r in rows}),
        "by_origin": dict(Counter(r["origin"] for r in rows)),
        "by_level1": dict(sorted(Counter(str(r["declared_level1_code"]) for r in rows).items())),
        "by_level2": dict(sorted(Counter(str(r["declared_level2_code"]) for r in rows).items())),
        "problems": problems,
    }
