"""Page text as pandoc's writers make it: the html pages of the held-out page-text sets (their
`src/NN_topic.html`) turned into text by `pandoc -f html -t WRITER`, read back with
zhibiao.read_table and scored against the set's gold rows (the rows of the set's text file for
the same page, `NN_…`). A development check of converters' shapes the sets' own text files do not
all show (pandoc Markdown's fenced divs and spans, headerless simple tables, grid tables with
directives, wiki tables); the pages are development data once their set has been scored.

    python benchmarks/reader_pandoc.py                           # sets 41-44, nine writers
    python benchmarks/reader_pandoc.py --sets 43 --writers gfm rst --failures

Needs pandoc on PATH (not part of make test). The text goes to out/pandoc-text/.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import reader_pagetext as rp  # noqa: E402

WRITERS = ["plain", "markdown", "gfm", "commonmark", "rst", "org", "asciidoc", "mediawiki", "jira"]


def pages(s: int) -> list[tuple[Path, list[dict]]]:
    """(html page, its gold rows) of held-out set s."""
    gold = [json.loads(x) for x in (ROOT / "corpus" / "gold" / f"pagetext-heldout{s}.jsonl")
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for html in sorted((ROOT / "benchmarks" / "pagetext-sets" / f"heldout{s}" / "src").glob("[0-9][0-9]_*.html")):
        rows = [g for g in gold if g["file"].startswith(html.name[:2] + "_")]
        if rows:
            out.append((html, rows))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", type=int, nargs="+", default=[41, 42, 43, 44])
    ap.add_argument("--writers", nargs="+", default=WRITERS)
    ap.add_argument("--failures", action="store_true", help="list the pages not read in full")
    args = ap.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("reader_pandoc.py: pandoc is not installed (apt-get install pandoc)")
    folder = ROOT / "out" / "pandoc-text"
    folder.mkdir(parents=True, exist_ok=True)
    for writer in args.writers:
        right = total = 0
        misses = []
        for s in args.sets:
            for html, rows in pages(s):
                txt = folder / f"{s}_{html.stem}_{writer}.txt"
                made = subprocess.run(["pandoc", "-f", "html", "-t", writer, str(html)], capture_output=True)
                txt.write_bytes(made.stdout)
                got, err = rp.read_rows(txt)
                ok = sum(rp.check(exp, ind)[0] for exp, ind in zip(rows, rp.align(rows, got)))
                right, total = right + ok, total + len(rows)
                if ok < len(rows):
                    misses.append(f"  {txt.name}: {ok}/{len(rows)} {err or ''}".rstrip())
        print(f"{writer:12s} {right}/{total} = {100 * right / max(total, 1):.1f}%")
        if args.failures:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
