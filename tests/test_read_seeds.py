"""The two seed tables against expectations typed by hand from the documents
(corpus/gold/seeds-expected.jsonl), one test per indicator with its name as the id."""
from collections import defaultdict

import pytest

import zhibiao
from conftest import GOLD, ROOT, load_jsonl

EXPECTED = load_jsonl(GOLD / "seeds-expected.jsonl")
TABLES = [r for r in EXPECTED if r["kind"] == "table"]
ROWS = [r for r in EXPECTED if r["kind"] == "indicator"]
FIELDS = ("project", "project_amount", "declared_level1", "declared_level2", "declared_level1_code",
          "declared_level2_code", "name", "period_value", "annual_value")


@pytest.fixture(scope="module")
def read():
    cache = {}

    def get(file):
        if file not in cache:
            cache[file] = zhibiao.read_table(ROOT / "corpus" / file)
        return cache[file]
    return get


def test_seed_totals():
    assert sum(t["projects"] for t in TABLES) == 27
    assert sum(t["indicators"] for t in TABLES) == 107 == len(ROWS)


@pytest.mark.parametrize("table", TABLES, ids=[t["file"] for t in TABLES])
def test_seed_counts_and_sums(read, table):
    records = read(table["file"])
    assert len(records) == table["indicators"]
    amounts = {}
    for ind in records:
        amounts.setdefault(ind.project, ind.project_amount)
        assert ind.department == table["department"]
        assert not [f for f in ind.flags if f["rule"] == "28"], "amounts add up: no rule-28 flag"
    assert len(amounts) == table["projects"]
    assert round(sum(amounts.values()), 2) == table["total"]
    # never reordered: projects and items come out in the order the document has them
    expected = [(r["project"], r["item"]) for r in ROWS if r["file"] == table["file"]]
    got = [(ind.project, ind.location["item"]) for ind in records]
    assert got == expected


def _by_key(read):
    index = defaultdict(dict)
    for t in TABLES:
        for ind in read(t["file"]):
            index[t["file"]][(ind.project, ind.location["item"])] = ind
    return index


@pytest.mark.parametrize("row", ROWS, ids=[f'{r["project"]}#{r["item"]}:{r["name"]}' for r in ROWS])
def test_seed_indicator(read, row):
    ind = _by_key(read)[row["file"]][(row["project"], row["item"])]
    assert {k: getattr(ind, k) for k in FIELDS} == {k: row[k] for k in FIELDS}
    rules = {f["rule"] for f in ind.flags}
    assert set(row["flag_rules"]) <= rules
    assert ind.name and (ind.annual_value or ind.period_value) and ind.raw
    # a valid declared code, or a rule-7 flag saying why not
    assert (ind.declared_level1_code and ind.declared_level2_code) or "7" in rules


def test_amount_mismatch_is_flagged(tmp_path):
    text = (ROOT / "corpus/raw/000_188fc333b3979449.txt").read_text(encoding="utf-8")
    path = tmp_path / "zengcheng.txt"
    path.write_text(text.replace("社区矫正工作项目经费\t8.22", "社区矫正工作项目经费\t9.22"),
                    encoding="utf-8")
    records = zhibiao.read_table(path)
    flagged = [ind for ind in records if any(f["rule"] == "28" for f in ind.flags)]
    assert len(flagged) == len(records) == 37
    reason = next(f for f in flagged[0].flags if f["rule"] == "28")
    assert reason["severity"] == "error"
    # 8.22 -> 9.22: the projects now add up to 1 万元 more than the table's 合计
    assert reason["reason"] == "各项目资金合计为 1,296.82，表中“合计”为 1,295.82"
