"""A minimal PDF writer for test fixtures: Chinese text in the standard STSong-Light CID font
(not embedded; pdfminer maps it back through the Adobe-GB1 tables it ships), each row's cells
placed in columns, optionally ruled as a grid so pdfplumber finds a table."""
from pathlib import Path

COLUMN_WIDTHS = (90, 110, 150, 90, 90, 90)


def make_pdf(rows: list[list[str]], path: Path, ruled_rows: tuple = (None, None),
             row_h: int = 22) -> Path:
    """Rows first..last (inclusive, 0-based) are ruled as a grid; (None, None): no grid."""
    first, last = ruled_rows
    ops = []
    for i, cells in enumerate(rows):
        y, x = 800 - (i + 1) * row_h, 40
        for j, text in enumerate(cells):
            w = COLUMN_WIDTHS[j]
            if text:
                ops.append(f"BT /F1 9 Tf {x + 3} {y + 7} Td <{text.encode('utf-16-be').hex()}> Tj ET")
            if first is not None and first <= i <= last:
                ops.append(f"{x} {y} {w} {row_h} re S")
            x += w
    content = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        b"/FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    return write_objects(objs, path)


def write_objects(objs: list[bytes], path: Path) -> Path:
    """A PDF file of these objects (object 1 the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path
