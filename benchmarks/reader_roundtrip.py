"""Page-text round trip: compose corpus/published/*.jsonl as page text, read it back with
zhibiao.read_table, report the share of rows recovered with the right name, value and
declared codes (see zhibiao/roundtrip.py): first the three clean shapes of DESIGN.md, then each
real-page quirk on its own, then everything together.

    python benchmarks/reader_roundtrip.py [--quirk NAME ...] [--variants] [--failures]
                                          [--show SOURCE_ID]

--quirk NAME   run only this quirk or clean shape (repeatable; names: see zhibiao.roundtrip
               SHAPES and QUIRKS)
--variants     also a line for each form a quirk takes (e.g. split_header two_line/cells)
--failures     list the rows not recovered
--show ID      print the page text of source ID for each quirk run, and its expected rows
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zhibiao.roundtrip import QUIRKS, SHAPES, load_published, measure, render

ROOT = Path(__file__).resolve().parent.parent


def _line(label: str, n: int, ok: int, extra: str = "") -> str:
    share = 100 * ok / n if n else 0.0
    return f"  {label:20s} {ok:5d}/{n:<5d} = {share:6.2f}%{extra}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quirk", action="append", choices=[*SHAPES, *QUIRKS], metavar="NAME")
    ap.add_argument("--variants", action="store_true")
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--show", metavar="SOURCE_ID")
    args = ap.parse_args(argv)

    rows = load_published(ROOT / "corpus" / "published")
    sources = len({r["source_id"] for r in rows})
    chosen = args.quirk or [*SHAPES, *QUIRKS]
    if args.show:
        group = [r for r in rows if r["source_id"] == args.show]
        if not group:
            print(f"no source {args.show}", file=sys.stderr)
            return 2
        for shape in chosen:
            page = render(group, shape)
            print(f"===== {shape} ({page.variant})\n{page.text}\n----- expected")
            for want in page.expected:
                print(f"  {want.name} | {want.value} | {want.level1_code} | {want.level2_code}")
        return 0

    result = measure(rows, shapes=chosen)
    print(f"page-text round trip over {len(rows)} published rows from {sources} sources "
          "(recovered = name, value and declared codes right)")
    for family, names in (("clean shapes", [s for s in chosen if s in SHAPES]),
                          ("real-page quirks, each alone", [q for q in chosen if q in QUIRKS])):
        if not names:
            continue
        n = sum(result.by_shape[s][0] for s in names)
        ok = sum(result.by_shape[s][1] for s in names)
        print(f"{family}: {ok}/{n} = {100 * ok / n:.2f}%")
        for name in names:
            total, right = result.by_shape[name]
            print(_line(name, total, right, f"   (row count off in {result.count_off[name]}"
                                            f"/{result.sources[name]} sources)"))
            if args.variants and name in QUIRKS:
                for key, (vn, vok) in sorted(result.by_variant.items()):
                    if key.startswith(name + ":"):
                        print("  " + _line(key.split(":", 1)[1], vn, vok))
    print(f"overall ({len(chosen)} renderings): {result.right}/{result.rows} = "
          f"{100 * result.share:.2f}%")
    # the held-out benchmark's rule: rows paired by name, an extra or missing row costs itself
    an = sum(result.aligned[s][0] for s in chosen)
    ak = sum(result.aligned[s][1] for s in chosen)
    print(f"rows paired by name instead (an extra or missing row costs that row only): "
          f"{ak}/{an} = {100 * ak / an:.2f}%")
    for family, names in (("  clean shapes", [s for s in chosen if s in SHAPES]),
                          ("  real-page quirks", [q for q in chosen if q in QUIRKS])):
        n = sum(result.aligned[s][0] for s in names)
        if n:
            print(f"{family}: {sum(result.aligned[s][1] for s in names)}/{n} = "
                  f"{100 * sum(result.aligned[s][1] for s in names) / n:.2f}%  ("
                  + ", ".join(f"{s} {100 * result.aligned[s][1] / result.aligned[s][0]:.1f}%"
                              for s in names) + ")")
    # indicator libraries that list names without values read ambiguously once the grid is
    # gone (is a short phrase a class of their own or a name?): the figure without them too
    libraries = {r["source_id"] for r in rows} - {r["source_id"] for r in rows if r.get("value_text")}
    if libraries:
        per = {}
        for f in result.failures:
            if f.get("source_id") not in libraries and "want" in f:
                per[f["shape"]] = per.get(f["shape"], 0) + 1
        lib_rows = sum(1 for r in rows if r["source_id"] in libraries)
        print(f"tables with target values (without {len(libraries)} name-only indicator libraries, "
              f"{lib_rows} rows):")
        for name in chosen:
            n = len(rows) - lib_rows
            print(_line(name, n, n - per.get(name, 0), ""))
    if args.failures:
        for f in result.failures:
            if "error" in f:
                print(f"  unread {f['shape']}:{f['variant']} {f['source_id']}: {f['error']}")
            else:
                print(f"  miss {f['shape']}:{f['variant']} {f['source_id']} "
                      f"(read {f['rows_read']}/{f['rows_expected']}): want {f['want']} "
                      f"got {f['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
