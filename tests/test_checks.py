"""The reviewer's checks, one test per hand-written case in corpus/gold/checks.jsonl: each case
is a small project and the rule numbers that must (expect) or must not (absent) be flagged."""
import pytest

from conftest import GOLD, load_jsonl
from zhibiao import checks
from zhibiao.normalize import normalize_records

CASES = load_jsonl(GOLD / "checks.jsonl")


def _rules(case):
    records = [{"source": "case.xlsx", "project": "测试项目", "location": {"row": i},
                "project_amount": case.get("project_amount"), "year": case.get("year"),
                "raw": r["name"], **r} for i, r in enumerate(case["rows"])]
    rows = normalize_records(records)
    flags = [f for r in rows for f in r["flags"] + r["project_flags"]]
    for f in flags:
        assert f["severity"] in ("error", "warning", "hint") and f["reason"]
    return {f["rule"] for f in flags}


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_case(case):
    rules = _rules(case)
    assert set(case.get("expect", [])) <= rules, rules
    assert not (set(case.get("absent", [])) & rules), rules


def test_grades_follow_the_worst_severity():
    assert checks.grade([{"severity": "hint"}]) == "优"
    assert checks.grade([{"severity": "hint"}, {"severity": "warning"}]) == "良"
    assert checks.grade([{"severity": "error"}, {"severity": "warning"}]) == "中"
    assert checks.grade([]) == "优"


def test_a_table_is_graded_by_its_worst_project():
    good = [{"name": n, "annual_value": v, "declared_level1_code": l1, "declared_level2_code": l2}
            for n, v, l1, l2 in [("培训人次", "≥500人次", "1", "11"), ("培训合格率", "≥95%", "1", "12"),
                                 ("群众法律意识", "明显提升", "2", "22"), ("参训人员满意度", "≥90%", "3", "31")]]
    bad = [{"name": "服务对象满意度", "annual_value": "≥90%", "declared_level1_code": "3",
            "declared_level2_code": "31"}]                    # no 产出, no 效益: rule 2 errors
    records = [{"source": "t.xlsx", "project": p, "location": {"row": i}, "raw": r["name"], **r}
               for i, (p, r) in enumerate([("甲", r) for r in good] + [("乙", r) for r in bad])]
    rows = normalize_records(records)
    assert {r["project"]: r["grade"] for r in rows}["乙"] == "中"
    assert {r["table_grade"] for r in rows} == {"中"}


def test_repeated_names_are_listed_up_to_ten_then_counted():
    """Every row carries its project's flags: one flag per repeated name would make a big
    table's output grow with the square of its rows (issue 17)."""
    from zhibiao.normalize import normalize_records
    rows = [{"source": "t.xlsx", "project": "p", "name": f"培训人次{i % 30}", "annual_value": "≥5人次"}
            for i in range(90)]
    flags = [f for f in normalize_records(rows)[0]["project_flags"] if f["rule"] == "27"]
    assert len(flags) == 11
    assert "另有 20 个" in flags[-1]["reason"]
