"""A batch as a user runs it (issue 17): whatever one input is, the others are read and
written, every problem is one stderr line naming its file, and no input is ever overwritten."""
import errno
import io
import json
import os
import sys
import threading
from pathlib import Path

import pytest

from hostile import BUILDERS, HEADER, ROWS
from zhibiao.cli import main

NAMES = [r[2] for r in ROWS]


def _good(folder: Path, name: str = "good.csv") -> Path:
    path = folder / name
    path.write_text("".join(",".join(r) + "\n" for r in [HEADER, *ROWS]), encoding="utf-8")
    return path


def _names(jsonl: Path) -> list[str]:
    return [json.loads(line)["name"] for line in jsonl.read_text(encoding="utf-8").splitlines()]


def _one_line_each(err: str, count: int) -> list[str]:
    lines = [x for x in err.splitlines() if x.strip()]
    assert "Traceback" not in err and len(lines) == count, err
    return lines


def test_damaged_files_do_not_stop_the_batch(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    _good(src, "a.csv")
    BUILDERS["xlsx_sheet_xml_cut_short"](src)
    BUILDERS["xls_truncated"](src)
    (src / "z.csv").write_bytes(_good(tmp_path).read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(src), "-o", str(out), "--quiet", "--json"]) == 1
    assert _names(out) == NAMES + NAMES
    err = capsys.readouterr().err
    lines = _one_line_each(err, 2)
    assert any(x.endswith("cut.xlsx") for x in [y.split(": ")[1] for y in lines])
    assert any(x.endswith("cut.xls") for x in [y.split(": ")[1] for y in lines])


def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    _good(src, "a.csv")
    odd = os.fsdecode(bytes(src) + b"/" + "表.csv".encode("gbk"))
    _good(Path(odd).parent, Path(odd).name)
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(src), "-o", str(out), "--quiet", "--json"]) == 0
    sources = [json.loads(x)["source"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(sources) == 6 and sources[3].endswith("表.csv")


@pytest.mark.parametrize("spelling", ["same", "dotted", "link"])
def test_the_output_never_overwrites_an_input(tmp_path, capsys, spelling):
    src = tmp_path / "in"
    src.mkdir()
    table = src / "t.xlsx"
    BUILDERS["xlsx_one_project_per_sheet"](src).rename(table)
    before = table.read_bytes()
    output = {"same": table, "dotted": src / ".." / "in" / "t.xlsx", "link": tmp_path / "l.xlsx"}[spelling]
    if spelling == "link":
        output.symlink_to(table)
    assert main(["normalize", str(table), "-o", str(output), "--quiet"]) == 2
    assert table.read_bytes() == before
    assert "t.xlsx" in _one_line_each(capsys.readouterr().err, 1)[0]


def test_an_output_inside_an_input_folder_is_refused(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    _good(src)
    hidden = src / ".result.csv"
    hidden.write_text("留着", encoding="utf-8")
    assert main(["normalize", str(src), "-o", str(hidden), "--quiet"]) == 2
    assert hidden.read_text(encoding="utf-8") == "留着"


def test_the_same_file_given_twice_is_read_once(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    good = _good(src)
    out = tmp_path / "out.jsonl"
    again = str(src / ".." / "in" / "good.csv")
    assert main(["normalize", str(good), again, str(src), "-o", str(out), "--quiet", "--json"]) == 0
    assert _names(out) == NAMES
    lines = _one_line_each(capsys.readouterr().err, 2)
    assert all("只读一次" in x for x in lines)


def test_an_empty_folder_is_said_and_is_no_success(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out.xlsx"
    assert main(["normalize", str(empty), "-o", str(out), "--quiet"]) != 0
    assert not out.exists()
    assert "empty" in capsys.readouterr().err


def _feed(path: str, data: bytes) -> threading.Thread:
    def write():
        with open(path, "wb") as fh:
            fh.write(data)
    t = threading.Thread(target=write, daemon=True)
    t.start()
    return t


def _within(seconds, fn, *args):
    """fn(*args) in a thread: a hang fails the test instead of stopping the suite."""
    result = []
    t = threading.Thread(target=lambda: result.append(fn(*args)), daemon=True)
    t.start()
    t.join(seconds)
    assert result, f"still running after {seconds} s"
    return result[0]


def test_a_fifo_is_read_once_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "table.csv"
    os.mkfifo(fifo)
    data = "".join(",".join(r) + "\n" for r in [HEADER, *ROWS]).encode("gbk")
    writer = _feed(str(fifo), data)
    assert _within(30, main, ["read", str(fifo)]) == 0
    writer.join(5)
    got = [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()]
    assert got == NAMES


def test_a_pipe_keeps_its_head(tmp_path, capsys):
    """`zhibiao read <(cat a.csv)`: the shell passes /dev/fd/N, a pipe read only once."""
    r, w = os.pipe()
    data = "".join(",".join(r) + "\n" for r in [HEADER, *ROWS]).encode("utf-8")

    def write():
        with os.fdopen(w, "wb") as fh:
            fh.write(data)
    t = threading.Thread(target=write, daemon=True)
    t.start()
    try:
        assert _within(30, main, ["read", f"/dev/fd/{r}"]) == 0
    finally:
        os.close(r)
    t.join(5)
    assert [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()] == NAMES


@pytest.mark.parametrize("command,line", [
    (["parse"], "≥90%"),
    (["classify"], "服务对象满意度"),
])
def test_gbk_on_standard_input(monkeypatch, capsys, command, line):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((line + "\n").encode("gbk"))))
    assert main(command) == 0
    got = json.loads(capsys.readouterr().out.splitlines()[0])
    assert got.get("text", got.get("name")) == line


LABELLED_BAD = [
    ("bad.jsonl", '{"name": "培训人次", "value_text": "≥500人次"}\n{"name": 培训\n'.encode(), ["bad.jsonl", "line 2"]),
    ("word.docx", None, ["word.docx", "docx"]),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 0x30 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2048,
     ["locked.xlsx", "密码"]),
]


@pytest.mark.parametrize("name,data,says", LABELLED_BAD, ids=[x[0] for x in LABELLED_BAD])
def test_evaluate_names_the_file_and_line(tmp_path, capsys, name, data, says):
    path = tmp_path / name
    if data is None:
        BUILDERS["docx_truncated"](tmp_path)
        import docx
        docx.Document().save(path)
    else:
        path.write_bytes(data)
    code = main(["evaluate", str(path), "--report", str(tmp_path / "r.html"),
                 "--metrics", str(tmp_path / "m.json")])
    assert code == 2
    line = _one_line_each(capsys.readouterr().err, 1)[0]
    assert all(s in line for s in says), line
    assert not (tmp_path / "m.json").exists() and not (tmp_path / "r.html").exists()


def test_train_names_the_bad_line(tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"name": "培训人次", "level2_code": "11"}\n[1, 2]\n', encoding="utf-8")
    assert main(["train", "--corpus", str(path), "-o", str(tmp_path / "m")]) == 2
    line = _one_line_each(capsys.readouterr().err, 1)[0]
    assert "rows.jsonl" in line and "line 2" in line


def test_evaluate_reads_a_gbk_csv(tmp_path, capsys):
    path = tmp_path / "mine.csv"
    path.write_bytes("三级指标,指标值,一级指标,二级指标\n培训人次,≥500人次,产出指标,数量指标\n"
                     "服务对象满意度,≥95%,满意度指标,服务对象满意度指标\n".encode("gbk"))
    assert main(["evaluate", str(path), "--report", str(tmp_path / "r.html"),
                 "--metrics", str(tmp_path / "m.json")]) == 0
    figures = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert figures["about"]["rows"] == 2 and figures["about"]["class_rows"] == 2


def test_evaluate_on_a_full_disk_leaves_nothing(tmp_path, capsys, monkeypatch):
    path = tmp_path / "mine.csv"
    path.write_text("三级指标,指标值,一级指标,二级指标\n培训人次,≥500人次,产出指标,数量指标\n", encoding="utf-8")
    real = Path.write_text

    def full(self, *a, **k):
        if self.name.endswith(".tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *a, **k)
    monkeypatch.setattr(Path, "write_text", full)
    code = main(["evaluate", str(path), "--report", str(tmp_path / "r.html"),
                 "--metrics", str(tmp_path / "m.json")])
    assert code == 2
    line = _one_line_each(capsys.readouterr().err, 1)[0]
    assert "No space left" in line or "space" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.csv"]


def test_a_file_that_fails_half_way_gives_no_rows(tmp_path, capsys):
    """The xlsx is cut after its first rows: a reader could give those and then fail; the
    batch keeps all of a file or none of it, so the output never holds half a table."""
    import openpyxl
    src = tmp_path / "in"
    src.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for i in range(400):
        wb.active.append([ROWS[0][0], ROWS[0][1], f"培训人次{i}", ROWS[0][3]])
    wb.save(tmp_path / "whole.xlsx")
    import zipfile
    with zipfile.ZipFile(tmp_path / "whole.xlsx") as zin, zipfile.ZipFile(src / "half.xlsx", "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, data[: len(data) * 3 // 4] if name == "xl/worksheets/sheet1.xml" else data)
    _good(src, "z.csv")
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(src), "-o", str(out), "--quiet", "--json"]) == 1
    assert _names(out) == NAMES
    assert "half.xlsx" in _one_line_each(capsys.readouterr().err, 1)[0]


def test_a_copy_under_another_name_is_read_and_said(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    _good(src, "a.csv")
    _good(src, "b.csv")
    (src / "c.csv").write_text("".join(",".join(r) + "\n" for r in [HEADER, ROWS[0]]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(src), "-o", str(out), "--quiet", "--json"]) == 0
    assert _names(out) == NAMES + NAMES + NAMES[:1]
    line = _one_line_each(capsys.readouterr().err, 1)[0]
    assert "b.csv" in line and "a.csv" in line and "copy" in line
