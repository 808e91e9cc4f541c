import sys, pypdfium2 as pdfium, os
for p in sys.argv[1:]:
    doc = pdfium.PdfDocument(p)
    base = os.path.basename(p)[:-4]
    print(base, len(doc), 'pages')
    for i in range(len(doc)):
        doc[i].render(scale=1.1).to_pil().save(f'/tmp/pdf6/png/{base}-{i+1}.png')
