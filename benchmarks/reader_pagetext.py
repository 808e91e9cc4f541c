"""Held-out page text: read every file of tests/fixtures/pagetext with zhibiao.read_table and
compare the rows with the hand-written expected rows in corpus/gold/pagetext-heldout.jsonl.

A row is recovered when its name, annual_value (whitespace collapsed) and both declared codes
match. Read rows are aligned to expected rows in order with difflib.SequenceMatcher on the
names, so one extra or missing row does not shift the rest. A file that raises ReadError (or
any other error) counts all its rows as missed.

    python benchmarks/reader_pagetext.py [--failures] [--file SUBSTRING]

--failures        list the expected rows not recovered, with what was read in their place
--file SUBSTRING  only the files whose name contains SUBSTRING
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import zhibiao

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pagetext"
GOLD = ROOT / "corpus" / "gold" / "pagetext-heldout.jsonl"
# every held-out set: corpus/gold/pagetext-heldoutN.jsonl read against tests/fixtures/pagetextN/
SETS = {g.stem.removeprefix("pagetext-"): (
            ROOT / "tests" / "fixtures" / ("pagetext" + g.stem.removeprefix("pagetext-heldout")), g)
        for g in sorted((ROOT / "corpus" / "gold").glob("pagetext-heldout*.jsonl"))}

_WS = re.compile(r"\s+")
# a space between two CJK / full-width characters is a line wrap, not part of the name
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"
_CJK_GAP = re.compile(rf"(?<={_CJK}) (?={_CJK})")


def norm_text(s) -> str | None:
    if s is None:
        return None
    s = _WS.sub(" ", str(s)).strip()
    return s or None


def norm_name(s) -> str | None:
    s = norm_text(s)
    return _CJK_GAP.sub("", s) if s else s


def norm_code(c) -> str | None:
    if c is None or c == "":
        return None
    return str(c).strip()


def load_gold() -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = defaultdict(list)
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                by_file[r["file"]].append(r)
    for rows in by_file.values():
        rows.sort(key=lambda r: r["n"])
    return dict(by_file)


def read_rows(path: Path) -> tuple[list[dict], str | None]:
    try:
        inds = zhibiao.read_table(path)
    except zhibiao.ReadError as e:
        return [], f"ReadError: {e}"
    except Exception as e:  # noqa: BLE001 - a crash counts the file as missed, the run goes on
        return [], f"{type(e).__name__}: {e}"
    out = []
    for ind in inds:
        d = ind.to_dict() if hasattr(ind, "to_dict") else dict(ind)
        out.append({
            "name": norm_name(d.get("name")),
            "annual_value": norm_text(d.get("annual_value")),
            "period_value": norm_text(d.get("period_value")),
            "level1_code": norm_code(d.get("declared_level1_code")),
            "level2_code": norm_code(d.get("declared_level2_code")),
        })
    return out, None


def align(expected: list[dict], got: list[dict]) -> list[dict | None]:
    """For each expected row, the read row paired with it (or None)."""
    a = [norm_name(r["name"]) or "" for r in expected]
    b = [r["name"] or "" for r in got]
    pairs: list[dict | None] = [None] * len(expected)
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                pairs[i1 + k] = got[j1 + k]
        elif tag == "replace":
            # pair the block in order, by best name similarity first
            used: set[int] = set()
            for i in range(i1, i2):
                best, best_j = 0.0, None
                for j in range(j1, j2):
                    if j in used:
                        continue
                    s = SequenceMatcher(None, a[i], b[j], autojunk=False).ratio()
                    if s > best:
                        best, best_j = s, j
                if best_j is not None and best >= 0.5:
                    used.add(best_j)
                    pairs[i] = got[best_j]
    return pairs


def check(exp: dict, got: dict | None) -> tuple[bool, list[str]]:
    if got is None:
        return False, ["not read"]
    bad = []
    if norm_name(exp["name"]) != got["name"]:
        bad.append("name")
    if norm_text(exp["annual_value"]) != got["annual_value"]:
        bad.append("annual_value")
    if norm_code(exp["level1_code"]) != got["level1_code"]:
        bad.append("level1_code")
    if norm_code(exp["level2_code"]) != got["level2_code"]:
        bad.append("level2_code")
    return not bad, bad


def _pct(ok: int, n: int) -> str:
    return f"{ok:4d}/{n:<4d} = {100 * ok / n if n else 0.0:6.2f}%"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--file", metavar="SUBSTRING")
    ap.add_argument("--set", choices=sorted(SETS), default="heldout",
                    help="which held-out set: heldout (tests/fixtures/pagetext), heldout2, … (default heldout)")
    args = ap.parse_args(argv)

    global FIXTURES, GOLD
    FIXTURES, GOLD = SETS[args.set]
    gold = load_gold()
    files = sorted(f for f in gold if not args.file or args.file in f)
    missing = [f for f in files if not (FIXTURES / f).exists()]
    if missing:
        print("fixtures missing:", ", ".join(missing), file=sys.stderr)
        return 2

    tot_n = tot_ok = 0
    per_quirk: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    field_bad: Counter = Counter()
    period_n = period_ok = 0
    failures: list[str] = []
    print("per file (recovered / expected; read = rows read_table returned)")
    for f in files:
        expected = gold[f]
        got, err = read_rows(FIXTURES / f)
        pairs = align(expected, got) if not err else [None] * len(expected)
        ok_n = 0
        for exp, g in zip(expected, pairs):
            ok, bad = check(exp, g)
            ok_n += ok
            for q in set(exp.get("quirks") or []):
                per_quirk[q][0] += 1
                per_quirk[q][1] += ok
            if err:
                field_bad["file error"] += 1
            else:
                for b in bad:
                    field_bad[b] += 1
            if exp.get("period_value") is not None:
                period_n += 1
                period_ok += bool(g) and norm_text(exp["period_value"]) == g["period_value"]
            if not ok:
                if err:
                    why = err
                elif g is None:
                    why = "not read"
                else:
                    why = (f"wrong {','.join(bad)}: got name={g['name']!r} annual={g['annual_value']!r} "
                           f"codes={g['level1_code']}/{g['level2_code']}")
                failures.append(f"  {f} #{exp['n']}: {exp['name']!r} annual={exp['annual_value']!r} "
                                f"codes={exp['level1_code']}/{exp['level2_code']} -> {why}")
        tot_n += len(expected)
        tot_ok += ok_n
        note = f"  [{err[:70]}]" if err else ""
        print(f"  {f:45s} {_pct(ok_n, len(expected))}  read {len(got):3d}{note}")

    print("\nper quirk tag (rows carrying the tag)")
    for q, (n, ok) in sorted(per_quirk.items(), key=lambda kv: (kv[1][1] / kv[1][0], kv[0])):
        print(f"  {q:24s} {_pct(ok, n)}")

    print("\nwhy expected rows were missed (a row can miss on several fields)")
    for k, v in field_bad.most_common():
        print(f"  {k:24s} {v:4d}")
    if period_n:
        print(f"\nperiod_value (informative, not scored): {_pct(period_ok, period_n)}")

    print(f"\noverall: {_pct(tot_ok, tot_n)} rows recovered in {len(files)} files")
    if args.failures and failures:
        print("\nfailures:")
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
