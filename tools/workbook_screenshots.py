"""Screenshots of the reviewer's workbook (docs/workbook-*.png), made the way a reviewer would
see it printed: `zhibiao normalize` on the shipped seed tables, LibreOffice converts the
workbook to PDF, and the first page of each sheet is rendered (pdfplumber's renderer) and its
top part kept.

    python tools/workbook_screenshots.py            # needs soffice (make workbook-screenshots)
    python tools/workbook_screenshots.py --lang en  # the English workbook
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# a word that first appears on each sheet's first printed page, in sheet order
MARKS = {"zh": [("indicators", "三级指标"), ("review", "严重程度"), ("summary", "项目资金合计"),
                ("notes", "审核工作簿说明")],
         "en": [("indicators", "annual_value"), ("review", "severity"), ("summary", "amount_"),
                ("notes", "About this zhibiao workbook")]}
KEEP = {"indicators": 0.5, "review": 0.5, "summary": 0.3, "notes": 1.0}   # share of the page height kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=["zh", "en"], default="zh")
    ap.add_argument("--out", default=str(ROOT / "docs"))
    args = ap.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("workbook_screenshots: LibreOffice (soffice) is not installed: "
              "apt-get install -y libreoffice-calc fonts-noto-cjk", file=sys.stderr)
        return 2
    import pdfplumber

    from zhibiao import writers
    from zhibiao.normalize import normalize_records
    from zhibiao.readers import read_table

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "seeds.xlsx"
        records = [r for f in sorted((ROOT / "corpus" / "raw").iterdir()) for r in read_table(f)]
        writers.write(normalize_records(records), book, lang=args.lang)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(book)],
                       check=True, capture_output=True, timeout=300)
        with pdfplumber.open(Path(tmp) / "seeds.pdf") as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            start = 0
            for key, mark in MARKS[args.lang]:
                page = next(i for i in range(start, len(texts)) if mark in texts[i])
                start = page + 1
                image = pdf.pages[page].to_image(resolution=150).original
                keep = image.crop((0, 0, image.width, int(image.height * KEEP[key])))
                suffix = "" if args.lang == "zh" else "-en"
                path = out / f"workbook-{key}{suffix}.png"
                keep.save(path)
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                      f"page {page + 1} of {len(texts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
