"""PDFs as users get them (tests/fixtures/pdf, made by tools/make_pdfs.py from published
tables): Chromium-printed pages with and without ruling lines, a table over three pages,
LibreOffice-converted workbooks and documents; one invented table of held-out PDF set 8
(benchmarks/pdf-sets/heldout8) whose rows are shaded in turn with no line between its cells
(reportlab); an invented department table printed by wkhtmltopdf over two pages, the first
page's grid also cut by the lines of the block above the header (P902, from its .source.html);
an invented table drawn as text with PyMuPDF, 绩效指标 spanning the level labels of a two-line
header and a sign-off right under the last row (P903, from its .source.txt, a PyMuPDF script);
one whose second page carries only the last row, its class labels wrapped around it (P904);
an invented table LibreOffice Calc printed from xlsx whose merged level-2 cell a page break cut
has its label drawn at the cell's centre, below the first page's print area (P905); a ruled
two-row header (指标值 over 实施期 | 年度, the level labels merged down) repeated on page 2 (P906).
Four PDFs of held-out PDF set 13 (benchmarks/pdf-sets/heldout13), copied after it was scored:
Chromium's zebra rows with rules across and none down, an unshaded row's name and value one
cell of the grid, and 其中： names (P907, ZD08); a Chromium table whose row carried onto page 2
has its column lines but no line across its top, 满意度指标 merged over both class columns (P908,
ZD06); LibreOffice docx and xlsx whose class label 可持续影响指标 is written from two subsets of
one font (P909, P910, ZD01). Five of held-out PDF set 14 (benchmarks/pdf-sets/heldout14), copied
after it was scored: a three-line table whose header writes 实施期 | 年度 under a spanning 指标值,
the site's footer under it (P911, ZE02); dashed borders (P912, ZE12); a layui table whose
browser footer prints file:/// with the ligature ﬁ (P913, ZE07); zebra rows with rules across
only, re-distilled by Ghostscript, the second page without its header (P914, ZE03); LibreOffice
printing a saved page whose 满意度指标 and 服务对象满意度指标 run together (P915, ZE01). A table drawn
with PyMuPDF as a sheet printed without borders shows it (P916, from its .source.txt): a level-2
label that fills its column runs on into the name, and two labels wrapped in neighbouring rows
run on into one. A bootstrap table-striped page of held-out set 36 (benchmarks/pagetext-sets/heldout36),
copied after it was scored, whose grid pdfplumber finds round the header and first row only (P917).
An invented page printed by WeasyPrint (P918, from its .source.html): two unruled tables under
二、项目名称 lines, cells that never wrap so a name runs on into the value beside it and a class
label into the name, a site menu printed left of the table between its rows. A sheet printed by
LibreOffice without fitting it to the page (P919, from its .source.txt, an openpyxl script): the
names on page 1, the 指标值 | 计量单位 columns on page 2, row for row. A Chromium page (P920, from its
.source.html) whose unruled table has group rows 一、产出指标 across it, a 计算符号 column before a
figure in words (≥ | 百分之九十) and a rate's unit (例/10万), and a note under it in the class column.
A ruled table drawn with PyMuPDF as LibreOffice prints a saved page (P921, from its .source.txt):
the share bar's shaded boxes under it have edges within pdfplumber's snap distance of a column
line, which moved that line off the page's rule, and their text is the page's, no row.
A table shaded row by row as Chromium prints it (P922): a shaded header over 绩效指标 and stacked
labels, one shaded row box on the page, a line height of 1.9 (wrapped lines almost a font size
apart), 产出指 / 标 wrapped on every row and a note under the last row. A table without borders
as a report export or LibreOffice prints it (P923): a centred class label reaching the names set
flush left, a short name on its label's line, a value in words half a character after a long name.
A portal page as Chromium prints it (P924): a search box's boxes above an unruled table whose
header wraps 序 / 号 and 一级指 / 标 under a heading 四、绩效指标, a level-1 label wrapped on every row
beside one-line cells, the table going on over the page break without its header, one row left on
page 2. Two tables as a budget system exports them through xhtml2pdf, which never wraps (P925): the
project's facts as rows under the header, a name printed on over its value, a value printed on
past the grid's right edge, and a table with no ruling but a line under its header. A table shaded
row by row over two pages with tall rows (P926): page 2's repeated header and first shaded row make
one grid, the rows under it stand more than two lines below it. A sheet as LibreOffice prints an
xlsx whose rows are one line high (P927): two-line names and labels centred on their cells spill
over the rule above or below, over the text of the next cell or past the table's last rule. A
page on a white panel that pdfplumber takes for a grid (P928): the table has lines under its
cells only, and its header is stacked over three lines right under the paragraph above. An
unruled table as LibreOffice prints a saved page (P929), over two pages: a value centred over two
lines on its row, the last row's class label wrapped a few characters a line and running on
below that row, the sign-off and share bar in boxes of their own. A ruled table with a
watermark drawn across it at a slant and class labels written top to bottom in two columns
(P930). A table without lines over white boxes no one sees (P931: the page's white panel, the
header's and every other row's cells, as Chromium prints a zebra table without backgrounds):
read from its words.
Each PDF's expected rows (X.expected.jsonl)
come from the corpus annotations of the table it shows, not from the reader."""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

import zhibiao
from zhibiao.readers.pdfwords import join_lines

pytest.importorskip("pdfplumber")

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
PDFS = sorted(FIXTURES.glob("*.pdf"))


def expected(pdf: Path) -> list[tuple]:
    rows = [json.loads(line) for line in
            pdf.with_suffix(".expected.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [(r["name"], r["value"], r["level1_code"], r["level2_code"]) for r in rows]


def got(records) -> list[tuple]:
    return [(r.name, r.annual_value, r.declared_level1_code, r.declared_level2_code)
            for r in records]


def test_fixtures_cover_every_maker():
    makers = {p.stem.split("-", 1)[1] for p in PDFS}
    assert makers == {"chromium-ruled", "chromium-unruled", "chromium-multipage",
                      "libreoffice-xlsx", "libreoffice-docx", "reportlab-unruled", "wkhtmltopdf",
                      "pymupdf-text", "libreoffice-html", "weasyprint"}
    # (small drawn pages: 46 PDFs and their sources in 3.2 MB; a budget, so that no big file slips in)
    assert sum(p.stat().st_size for p in FIXTURES.iterdir()) <= 3_300_000


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_pdf_rows_match_the_annotated_table(pdf):
    records = zhibiao.read_table(pdf)
    assert got(records) == expected(pdf)
    projects = [json.loads(line).get("project") for line in
                pdf.with_suffix(".expected.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert [r.project for r in records] == projects    # None: a 部门整体 table names no project
    for r in records:       # page furniture (print date, URL, 1/3, 第 1 页) is never a row
        assert not re.search(r"https?://|\d+/\d+/\d+|第\s*\d+\s*页", r.raw or "")
        assert r.location.get("page")


def test_table_over_three_pages_keeps_its_categories_across_breaks():
    """Header repeated on every page, a category group cut by a page break: one table."""
    pdf = FIXTURES / "L004-chromium-multipage.pdf"
    records = zhibiao.read_table(pdf)
    pages = [r.location["page"] for r in records]
    assert len(set(pages)) >= 3
    cut = [(a, b) for a, b in zip(records, records[1:])
           if a.location["page"] != b.location["page"]
           and a.declared_level2 == b.declared_level2 and a.declared_level2]
    assert cut, "no category group runs over a page break in this fixture"


def test_reading_says_nothing_on_stderr_or_the_log(capfd, caplog):
    """pdfminer's 'Could not get FontBBox from font descriptor…' warnings (Chromium's CID
    fonts) stay inside the reader; its loggers are as they were afterwards."""
    before = logging.getLogger("pdfminer").level
    with caplog.at_level(logging.DEBUG):
        for pdf in PDFS:
            zhibiao.read_table(pdf)
    err = capfd.readouterr().err
    assert "FontBBox" not in err and err == ""
    assert not [r for r in caplog.records if r.name.startswith(("pdfminer", "pdfplumber"))]
    assert logging.getLogger("pdfminer").level == before


def test_a_scan_without_text_layer_says_so(tmp_path):
    Image = pytest.importorskip("PIL.Image")
    ImageDraw = pytest.importorskip("PIL.ImageDraw")
    image = Image.new("RGB", (1240, 1754), "white")       # an A4 page at 150 dpi
    draw = ImageDraw.Draw(image)
    for i in range(12):                                    # the lines of a scanned grid
        draw.line((100, 200 + 80 * i, 1140, 200 + 80 * i), fill="black", width=3)
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=150)
    with pytest.raises(zhibiao.ReadError) as info:
        zhibiao.read_table(path)
    message = str(info.value)
    assert "scan.pdf" in message and "\n" not in message
    assert "没有文字层" in message and "扫描" in message and "OCR" in message


def test_wrapped_cell_lines_join_without_a_space_between_cjk():
    assert join_lines(["出入境人员/行李/货物/集装箱/交通工", "具/特殊物品"]) == \
        "出入境人员/行李/货物/集装箱/交通工具/特殊物品"
    assert join_lines(["进水BOD浓度高于100mg/L的城市生", "活污水处理厂"]) == \
        "进水BOD浓度高于100mg/L的城市生活污水处理厂"
    assert join_lines(["standard GB", "2312"]) == "standard GB 2312"
    assert join_lines(["摸清风险隐患,", "并建立数字化档案"]) == "摸清风险隐患,并建立数字化档案"


def test_zebra_stripes_beside_merged_cells_are_no_grids():
    """Shaded rows drawn as boxes of one row each: those beside a merged category cell are
    narrower (they start right of it) but end where the full-width stripes end; none of them is
    a grid to read by its lines (held-out PDF set 11, ZB02). A real two-row grid is kept."""
    from types import SimpleNamespace as T

    from zhibiao.readers.portable import _grids

    def box(x0, x1, rows, cols):
        return T(bbox=(x0, 0, x1, 10), rows=[0] * rows, columns=[0] * cols)

    stripes = [box(203, 575, 1, 5), box(344, 575, 1, 2), box(281, 575, 1, 3), box(281, 575, 1, 3),
               box(203, 575, 1, 5)]
    grid = box(40, 560, 6, 4)
    assert _grids(stripes + [grid]) == [grid]
    assert len(_grids([box(344, 575, 1, 2)])) == 1          # a lone band of two cells stays
