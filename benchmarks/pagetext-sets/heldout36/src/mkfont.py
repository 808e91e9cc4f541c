# -*- coding: utf-8 -*-
"""(Set 14's mkfont.py, copied unchanged but for this line; the characters are those of set 36's src/*.py.)
A TrueType (glyf) font for the makers that cannot read CFF-flavoured OpenType (xhtml2pdf /
ReportLab, matplotlib's Type 42 output, PyMuPDF insert_text): Noto Sans CJK SC Regular from this
machine, subset to the characters of tables.py plus ASCII and common punctuation, outlines
converted from cubic to quadratic.  Run with the private venv (fontTools):
    python mkfont.py OUT.ttf [sans|serif|sans-bold|serif-bold]"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SRCS = {'sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'Noto Sans CJK SC'),
        'serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'Noto Serif CJK SC'),
        'sans-bold': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 'Noto Sans CJK SC'),
        'serif-bold': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 'Noto Serif CJK SC')}


def sc_font(style):
    src, family = SRCS[style]
    for f in TTCollection(src).fonts:
        if f['name'].getDebugName(1) == family:
            return f
    raise SystemExit(family + ' not in ' + src)


def to_quadratic(font):
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    del font['CFF ']
    for tag in ('VORG',):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font['hmtx']
    for name in order:
        g = glyf.glyphs[name]
        adv, _lsb = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, 'xMin', 0))
    maxp = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for k in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font['maxp'] = maxp
    font['head'].glyphDataFormat = 0
    font['head'].indexToLocFormat = 0
    post = font['post']
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = '\x00\x01\x00\x00'
    maxp.recalc(font)


def main(out, style='sans'):
    import glob
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    text = ''.join(open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(here, '*.py')))
    text = ''.join(ch for ch in text if not 0x2E80 <= ord(ch) <= 0x2FDF)   # no radicals (check.py's fold table)
    chars = set(text) | {chr(c) for c in range(0x20, 0x7f)} | set('第页共－—…·、。，；：？！“”‘’（）《》【】≥≤＝％‰℃㎡～●')
    font = sc_font(style)
    name = os.path.splitext(os.path.basename(out))[0]
    opts = subset.Options()
    opts.name_IDs = ['*']
    opts.notdef_outline = True
    opts.desubroutinize = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in chars if ord(c) >= 0x20])
    sub.subset(font)
    # a CID-keyed CFF: flatten to named glyphs before drawing
    cff = font['CFF '].cff
    top = cff.topDictIndex[0]
    if hasattr(top, 'ROS'):
        cff.desubroutinize()
    to_quadratic(font)
    for rec in font['name'].names:
        if rec.nameID in (1, 4):
            rec.string = name
        elif rec.nameID == 6:
            rec.string = name
    font.save(out)
    print('wrote', out, len(font.getGlyphOrder()), 'glyphs')


if __name__ == '__main__':
    main(*sys.argv[1:3])
