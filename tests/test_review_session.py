"""The review page's session and server without a browser (issue 15): which rows are listed and
in what order, the filters, decisions written into the file and nowhere else, and the server's
guards (127.0.0.1 only, Host, Origin, session token)."""
from __future__ import annotations

import http.client
import json
from pathlib import Path

import openpyxl
import pytest

from zhibiao import writers
from zhibiao.normalize import normalize_records
from zhibiao.readers import read_table
from zhibiao.review.server import serve
from zhibiao.review.session import ReviewError, Session

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
RANK = {"error": 0, "warning": 1, "hint": 2}


@pytest.fixture(scope="module")
def normalised():
    return normalize_records([r for f in sorted(RAW.iterdir()) for r in read_table(f)])


@pytest.fixture()
def jsonl(normalised, tmp_path):
    return writers.write(normalised, tmp_path / "out.jsonl")


@pytest.fixture()
def xlsx(normalised, tmp_path):
    return writers.write(normalised, tmp_path / "审核.xlsx")


def test_flagged_rows_worst_first(jsonl):
    lines = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    flagged = [r for r in lines if r["flags"]]
    session = Session(jsonl)
    assert len(session.rows) == len(flagged) > 0
    worst = [min(RANK[f["severity"]] for f in r["flags"]) for r in session.rows]
    assert worst == sorted(worst)                                   # errors, then warnings, then hints
    assert {r["name"] for r in session.rows} == {r["name"] for r in flagged}


def test_workbook_and_jsonl_list_the_same_rows_with_rules(jsonl, xlsx):
    a, b = Session(jsonl), Session(xlsx)
    assert [(r["name"], r["worst"]) for r in a.rows] == [(r["name"], r["worst"]) for r in b.rows]
    assert [sorted(f["rule"] for f in r["flags"]) for r in a.rows] == \
           [sorted(f["rule"] for f in r["flags"]) for r in b.rows]   # rules read from 审核意见


def test_filters(jsonl):
    session = Session(jsonl)
    by_rule = session.query(rule="18", limit=1000)
    assert by_rule["total"] == sum(any(f["rule"] == "18" for f in r["flags"]) for r in session.rows) > 0
    dep = session.rows[0]["department"]
    assert all(r["department"] == dep for r in session.query(department=dep, limit=1000)["rows"])
    low = session.query(max_confidence=0.5, limit=1000)["rows"]
    assert all(r["class_confidence"] <= 0.5 for r in low)
    assert session.query(text="满意", limit=5)["rows"][0]["name"].find("满意") >= 0 or \
        "满意" in session.query(text="满意", limit=5)["rows"][0]["raw"]


def test_decisions_go_into_the_jsonl_and_nowhere_else(jsonl):
    before = jsonl.read_text(encoding="utf-8").splitlines()
    session = Session(jsonl)
    row = session.rows[0]
    session.decide(row["id"], level2="12")                          # a code: kept as the class name
    after = jsonl.read_text(encoding="utf-8").splitlines()
    changed = [i for i, (x, y) in enumerate(zip(before, after)) if x != y]
    assert len(after) == len(before) and changed == [row["line"] - 1]
    got = json.loads(after[row["line"] - 1])
    assert (got["review_decision"], got["review_level2"]) == ("修改", "质量指标")
    assert {k: v for k, v in got.items() if not k.startswith("review_")} == \
           {k: v for k, v in json.loads(before[row["line"] - 1]).items() if not k.startswith("review_")}


def test_decisions_go_into_the_workbook_review_cells(xlsx):
    session = Session(xlsx)
    row = session.rows[1]
    session.decide(row["id"], decision="采纳", note="已核对")
    ws = openpyxl.load_workbook(xlsx)[row["sheet"]]
    header = [c.value for c in ws[1]]
    got = {h: ws.cell(row=row["excel_row"], column=header.index(h) + 1).value
           for h in ("审核结论", "改为二级指标", "改为指标值", "审核备注")}
    assert got == {"审核结论": "采纳", "改为二级指标": None, "改为指标值": None, "审核备注": "已核对"}
    assert Session(xlsx).rows[1]["review_note"] == "已核对"          # read back


@pytest.mark.parametrize("kwargs, words", [
    ({"level2": "不存在的类"}, "不是标准的二级指标"),
    ({"decision": "同意"}, "不是 采纳 / 修改 / 待定 之一"),
])
def test_bad_decisions_are_refused_and_nothing_is_written(jsonl, kwargs, words):
    before = jsonl.read_bytes()
    session = Session(jsonl)
    with pytest.raises(ReviewError, match=words):
        session.decide(session.rows[0]["id"], **kwargs)
    assert jsonl.read_bytes() == before


def test_a_file_that_is_not_an_output_is_refused(tmp_path):
    other = tmp_path / "x.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(ReviewError, match="不是 zhibiao normalize 输出的工作簿"):
        Session(other)
    with pytest.raises(ReviewError, match="不存在"):
        Session(tmp_path / "none.jsonl")


def _request(server, method, path, headers, body=None):
    c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse()
    return r.status, json.loads(r.read() or b"{}")


def test_server_listens_on_loopback_and_guards_writes(jsonl):
    server = serve(str(jsonl))
    server.start()
    try:
        assert server.server_address[0] == "127.0.0.1"
        host = {"Host": f"127.0.0.1:{server.port}"}
        origin = {"Origin": f"http://127.0.0.1:{server.port}", "Content-Type": "application/json"}
        body = json.dumps({"id": server.session.rows[0]["id"], "decision": "采纳"})
        assert _request(server, "GET", "/api/facets", host)[0] == 200
        assert _request(server, "GET", "/api/facets", {"Host": "attacker.example"})[0] == 403     # DNS rebinding
        before = jsonl.read_bytes()
        assert _request(server, "POST", "/api/decision", {**host, **origin, "X-Zhibiao-Token": "wrong"}, body)[0] == 403
        assert _request(server, "POST", "/api/decision", {**host, "Origin": "http://attacker.example",
                                                          "Content-Type": "application/json",
                                                          "X-Zhibiao-Token": server.token}, body)[0] == 403
        assert jsonl.read_bytes() == before                          # nothing written by a refused request
        status, answer = _request(server, "POST", "/api/decision",
                                  {**host, **origin, "X-Zhibiao-Token": server.token}, body)
        assert status == 200 and answer["row"]["review_decision"] == "采纳"
    finally:
        server.shutdown()
        server.server_close()


def test_a_file_that_cannot_be_written_gives_one_chinese_line(jsonl, monkeypatch):
    import os

    session = Session(jsonl)
    before = jsonl.read_bytes()

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ReviewError, match="无法写入.*没有写入权限.*决定未保存"):
        session.decide(session.rows[0]["id"], decision="采纳")
    assert jsonl.read_bytes() == before
    assert not [p for p in jsonl.parent.iterdir() if p.name.endswith(".part")]
