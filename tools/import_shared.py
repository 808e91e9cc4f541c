"""One-off import of the team's shared annotations into corpus/ (run from the checkout).

    python tools/import_shared.py ../shared

Writes corpus/gold/values.jsonl: one gold value row per annotated value string, each with
where it came from. Rows whose annotation disagreed with DESIGN.md are corrected in
FIXES below, with the reason kept in the row's `note`. The corpus is the source of truth after
the import: edit corpus/gold/values.jsonl directly to add a hard case.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

# (value_text, field, new targets, reason)
FIXES = {
    "44,561": ([{"kind": "number", "op": "=", "value": 44561, "upper": None, "unit": None,
                 "subject": None}],
               "fixed: read alone the string is the number 44561 (thousands comma); that it is a "
               "leaked Excel serial date is only visible from the column, which is the reader's "
               "business, not the value parser's"),
    "≤500元/100km": ([{"kind": "number", "op": "<=", "value": 500, "upper": None,
                       "unit": "元/100公里", "subject": None}],
                      "fixed: DESIGN.md makes each listed part of a compound unit canonical "
                      "(km -> 公里)"),
    "400元/人、天": ([{"kind": "number", "op": "=", "value": 400, "upper": None,
                      "unit": "元/人/天", "subject": None}],
                     "fixed: compound unit parts are joined with '/', as 元/人.每天 in the same "
                     "data (元/人/天), so the two spellings compare equal"),
}


def main(shared: Path, out: Path) -> None:
    rows = []
    for line in (shared / "data" / "values-seed.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rows.append({"set": "seed", "source_id": d["source"], "url": None,
                     "field": d["field"], "indicator": d["indicator"],
                     "value_text": d["value_text"], "targets": d["targets"],
                     **({"note": d["note"]} if d.get("note") else {})})
    for path in sorted((shared / "data" / "tables").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            value = d.get("value_joined") or d.get("value_text")
            if value is None or d.get("targets") is None:
                continue
            rows.append({"set": "tables", "source_id": d["source_id"], "url": d["url"],
                         "field": "value_joined" if d.get("value_joined") else "value_text",
                         "indicator": d["name"], "value_text": value, "targets": d["targets"],
                         **({"note": d["note"]} if d.get("note") else {})})
    for row in rows:
        fix = FIXES.get(row["value_text"])
        if fix:
            row["targets"], reason = fix
            row["note"] = reason + ((" | was: " + row["note"]) if row.get("note") else "")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            fh.write(json.dumps({"id": i, **row}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"), Path("corpus/gold/values.jsonl"))
