"""Write features/radicals.tsv: CJK radical code points (and Extension A ideographs drawn with a
common ideograph's glyph) -> the ideograph they print as.

PDF makers (Chromium among them) write the Kangxi radical (⼀ U+2F00) or the CJK radicals
supplement code point (⻋ U+2ECB) where the page shows the ideograph (一, 车): the font draws
both with one glyph, and the PDF's ToUnicode table names the radical. Unicode's
EquivalentUnifiedIdeograph data lists the ideograph each radical stands for; this script
rebuilds that list from the same fact a PDF relies on: in a simplified-Chinese CJK font, the
radical and its ideograph share one glyph. Kangxi radicals are checked against NFKC as well.
Run once by hand where Noto Sans CJK is installed (Debian: fonts-noto-cjk); the .tsv is data,
reviewed and committed; nothing reads fonts at run time.

    python tools/build_radicals.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTCollection

OUT = Path(__file__).resolve().parent.parent / "features" / "radicals.tsv"
# radicals the font draws with a glyph of their own but Unicode's EquivalentUnifiedIdeograph
# data equates with an ideograph that occurs alone in tables
MANUAL = {0x2EC4: "西", 0x2EC1: "虎", 0x2EA9: "王", 0x2E9D: "月", 0x2EAE: "竹"}
RADICALS = [*range(0x2E80, 0x2EFA), *range(0x2F00, 0x2FD6)]


def ideograph(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF


def main(font_path: str) -> int:
    collection = TTCollection(font_path)
    font = next(f for f in collection.fonts if "SC" in f["name"].getDebugName(1))
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[int]] = {}
    for cp, glyph in cmap.items():
        if ideograph(cp):
            by_glyph.setdefault(glyph, []).append(cp)
    lines = ["# radical\tideograph\tname (tools/build_radicals.py; glyph shared in Noto Sans CJK SC)"]
    missing = []
    for cp in RADICALS:
        ch = chr(cp)
        try:
            name = unicodedata.name(ch)
        except ValueError:
            continue
        target = None
        glyph = cmap.get(cp)
        if glyph and by_glyph.get(glyph):
            target = min(by_glyph[glyph])
        nfkc = unicodedata.normalize("NFKC", ch)
        if target is None and cp in MANUAL:
            target = ord(MANUAL[cp])
        if target is None and nfkc != ch and len(nfkc) == 1 and ideograph(ord(nfkc)):
            target = ord(nfkc)
        if target is None:
            missing.append(f"U+{cp:04X} {name}")
            continue
        lines.append(f"{ch}\t{chr(target)}\t{name}")
    # an ideograph of Extension A drawn with the glyph of a common one (㬵 U+3B35 is 胶 U+80F6 in
    # this font): a PDF's ToUnicode may name the lower code point, the page shows the common one
    shared = 0
    for glyph, cps in sorted(by_glyph.items()):
        common = [cp for cp in cps if 0x4E00 <= cp <= 0x9FFF]
        for cp in cps:
            if 0x3400 <= cp <= 0x4DBF and common:
                lines.append(f"{chr(cp)}\t{chr(min(common))}\t{unicodedata.name(chr(cp), 'CJK UNIFIED IDEOGRAPH')}")
                shared += 1
    print(f"{shared} Extension A ideographs drawn as a common one")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} radicals written to {OUT}; {len(missing)} with no ideograph: "
          + ", ".join(missing[:8]) + (" ..." if len(missing) > 8 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else
                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
