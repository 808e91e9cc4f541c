"""PDFs without ruling lines, from geometry written by hand: which rows a merged category label
covers (zhibiao/readers/groups.py; rows 15 pt apart, 10 pt of text each), and what makes the
header of an unruled table (zhibiao/readers/pdfwords.py)."""
from zhibiao.readers.groups import alignment as _alignment
from zhibiao.readers.groups import assign_groups as _assign_groups

ROWS = [(15.0 * r, 15.0 * r + 10.0) for r in range(8)]


def _label_over(first: int, last: int) -> tuple[float, float]:
    """A one-line label set in the middle of rows first..last (Chromium's merged cell)."""
    centre = (ROWS[first][0] + ROWS[last][1]) / 2
    return centre - 5.0, centre + 5.0


def test_a_label_in_the_middle_of_the_last_rows_does_not_cover_the_rows_above():
    # 满意度指标 over the last two rows; the level-1 cells above it are empty in the table
    group, lead, _, starts = _assign_groups(ROWS, [_label_over(6, 7)], open_above=False,
                                            open_below=False)
    assert group == [None] * 6 + [0, 0]
    assert lead == 6 and not starts


def test_rows_above_a_centred_label_stay_uncovered_when_it_sits_off_their_centre():
    # six rows; 效益指标 centred on rows 2-3, 满意度指标 on rows 4-5, rows 0-1 declare no
    # level 1: stretching 效益 over rows 0-3 puts it 12.5 pt off centre; a PDF sets it to the point
    rows = ROWS[:6]
    blocks = [_label_over(2, 3), _label_over(4, 5)]
    group, lead, *_ = _assign_groups(rows, blocks, open_above=False, open_below=False,
                                     uncovered=0.5)
    assert group == [None, None, 0, 0, 1, 1] and lead == 2
    stretched, *_ = _assign_groups(rows, blocks, open_above=False, open_below=False, uncovered=2.0)
    assert stretched[0] == 0          # where leaving rows out costs more, the label stretches


def test_a_label_covering_every_row_still_covers_every_row():
    group, *_ = _assign_groups(ROWS, [_label_over(0, 7)], open_above=False, open_below=False)
    assert group == [0] * 8


def test_the_table_s_alignment_decides_a_column_that_fits_both_ways():
    # level 2: 数量 on row 0 alone, 质量 on row 2 (rows 1-3 centred there, or rows 2-3 from the
    # top), then one label a row; level 1: 产出 between rows 3 and 4 (rows 0-7 centred): only
    # middle alignment explains it, so level 2 is read the same way.
    level2 = [ROWS[0], ROWS[2], ROWS[4], ROWS[5], ROWS[6], ROWS[7]]
    level1 = [_label_over(0, 7)]
    prefer = _alignment(ROWS, [level1, level2], open_above=False, open_below=False)
    assert prefer == "middle"
    group, *_ = _assign_groups(ROWS, level2, open_above=False, open_below=False, prefer=prefer)
    assert group == [0, 1, 1, 1, 2, 3, 4, 5]
    top_read, *_ = _assign_groups(ROWS, level2, open_above=False, open_below=False)
    assert top_read == [0, 0, 1, 1, 2, 3, 4, 5]


def test_labels_on_their_first_row_read_top_aligned():
    # labels on rows 0 and 5 with nothing centred: a docx-style top-aligned table
    blocks = [ROWS[0], ROWS[5]]
    assert _alignment(ROWS, [blocks], open_above=False, open_below=False) == "top"
    group, *_ = _assign_groups(ROWS, blocks, open_above=False, open_below=False, prefer="top")
    assert group == [0] * 5 + [1] * 3


# --------------------------------------------------------- the header of an unruled table
from zhibiao.readers.pdfwords import Seg, unruled_fragments


def _line(y: float, *cells: tuple[float, str]) -> list[Seg]:
    """One line of text: (x, text) per cell, 10 pt characters, 12 pt high."""
    return [Seg(t, x, x + 10.0 * len(t), y, y + 10.0, 10.0) for x, t in cells]


def _table(segs: list[Seg]):
    items, _ = unruled_fragments(segs, 1, None)
    return next(i for i in items if not isinstance(i, tuple))


def test_a_context_line_above_the_header_is_no_column():
    # 项目名称 and its project just above a two-label header; short names fall left of the
    # centred 指标内容 label, where 项目名称 stands
    segs = (_line(80, (20, "项目名称"), (150, "某县基本公共卫生服务"))
            + _line(100, (90, "指标内容"), (300, "年度指标值"))
            + _line(118, (20, "孕产妇系统服务率"), (310, "≥90%"))
            + _line(136, (20, "以乡镇为单位适龄儿童国家免疫规划接种率"), (310, "≥95%")))
    frag = _table(segs)
    assert frag.roles == ["name", "value"]
    assert [row[0] for row in frag.body] == ["孕产妇系统服务率", "以乡镇为单位适龄儿童国家免疫规划接种率"]


def test_a_block_label_centred_on_the_first_row_is_no_header_cell():
    # 绩效指标 merged down the left of a 自评表, set on the first row's line, just under the header
    segs = (_line(100, (90, "一级指标"), (180, "二级指标"), (270, "指标内容"), (450, "年度目标值"))
            + _line(114, (20, "绩效指标"), (270, "享受医疗待遇人数"), (450, "≥728人"))
            + _line(128, (90, "产出指标"), (180, "数量指标"))
            + _line(142, (270, "补助资金发放数"), (450, "222.91万元")))
    frag = _table(segs)
    names = [row[frag.roles.index("name")] for row in frag.body if row[frag.roles.index("name")]]
    assert names == ["享受医疗待遇人数", "补助资金发放数"]


def test_a_header_set_a_character_a_line_in_narrow_columns_is_one_header():
    # 一 / 级 / 指 / 标 down a narrow first column, 二级 / 指标 down the second, the wide labels
    # centred on the middle lines: seven lines of header
    segs = (_line(100, (20, "一"))
            + _line(112, (20, "级"), (50, "二级"))
            + _line(124, (20, "指"), (50, "指标"), (110, "三级指标"), (320, "年度目标值"))
            + _line(136, (20, "标"))
            + _line(160, (20, "产"), (50, "数量"), (110, "修缮建筑面积"), (320, "6000平方米"))
            + _line(172, (20, "出"), (50, "指标"))
            + _line(184, (20, "指"), (110, "验收通过率"), (320, "100%"))
            + _line(196, (20, "标")))
    frag = _table(segs)
    assert frag.roles == ["level1", "level2", "name", "value"]
    names = [row[2] for row in frag.body if row[2]]
    assert names == ["修缮建筑面积", "验收通过率"]


def test_a_long_layout_table_with_centred_labels_reads_every_row(tmp_path):
    # 1,500 groups of three rows, each label on its group's middle line: the fitting must not
    # recurse once per label (it hit Python's recursion limit) nor drop the table
    import zhibiao
    lines = ["一级指标    二级指标        三级指标                        指标值"]
    for g in range(1500):
        label = "数量指标" if g % 2 else "质量指标"
        lines.append(f"                            名称{g}甲                       {g}个")
        lines.append(f"            {label}        名称{g}乙                       {g}个")
        lines.append(f"                            名称{g}丙                       {g}个")
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    rows = zhibiao.read_table(path)
    assert len(rows) == 4500
    assert [r.declared_level2_code for r in rows[:6]] == ["12", "12", "12", "11", "11", "11"]
    assert rows[-1].declared_level2_code == "11" and rows[-1].name == "名称1499丙"
