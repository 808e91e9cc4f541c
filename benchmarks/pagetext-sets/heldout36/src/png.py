# -*- coding: utf-8 -*-
"""(Set 14's png.py, copied.) Rasterise PDF pages to /tmp/pdf36/png to look at them (honours /Rotate):  python png.py FILE.pdf [...]"""
import os
import sys

import pypdfium2 as pdfium

os.makedirs('/tmp/pdf36/png', exist_ok=True)
for path in sys.argv[1:]:
    doc = pdfium.PdfDocument(path)
    stem = os.path.basename(path)[:-4]
    print(stem, len(doc), 'pages')
    for i in range(len(doc)):
        doc[i].render(scale=1.2).to_pil().save(f'/tmp/pdf36/png/{stem}-{i + 1}.png')
