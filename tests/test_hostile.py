"""Files a bureau really receives, and hostile ones (issue 17): each case of
tests/fixtures/hostile.jsonl is built by tests/hostile.py and read through the public API.
A case either reads to the rows written there by hand, or fails with one ReadError line that
names the file and says the cause (never the readers' catch-all net, never a traceback)."""
import re

import pytest

from conftest import ROOT, load_jsonl
from hostile import BUILDERS
from test_readers import assert_chinese
from zhibiao import ReadError, read_table
from zhibiao.readers import guard

CASES = load_jsonl(ROOT / "tests" / "fixtures" / "hostile.jsonl")


def _squash(text):
    return re.sub(r"\s+", "", text or "")


@pytest.fixture
def limits(monkeypatch):
    def apply(values):
        for key, value in (values or {}).items():
            monkeypatch.setitem(guard.LIMITS, key, value)
    return apply


@pytest.mark.parametrize("case", CASES, ids=[c["build"] for c in CASES])
def test_hostile_file(case, tmp_path, limits):
    limits(case.get("limits"))
    path = BUILDERS[case["build"]](tmp_path)
    if "error" in case:
        with pytest.raises(ReadError) as info:
            read_table(path)
        message = str(info.value)
        assert "\n" not in message and path.name in message
        assert not info.value.unexpected, message
        for words in case["error"]:
            assert words in message, message
        assert_chinese(info.value.reason)
        return
    records = read_table(path)
    assert [_squash(r.name) for r in records] == case["names"]
    for field, expected in case.get("fields", {}).items():
        assert [getattr(r, field) for r in records] == expected, field
    for i, text in case.get("raw", {}).items():
        assert records[int(i)].raw == text
    for i, rule in case.get("flags", {}).items():
        assert rule in [f["rule"] for f in records[int(i)].flags]


@pytest.mark.parametrize("length", [309, 2000])
def test_a_cell_of_hundreds_of_numerals_goes_through_every_entry_point(length):
    """A cell of ~300+ Chinese numerals once overflowed a float in parse_value, classify and
    the spaCy component (issue 17; fixed with the linear-time parser of issue 12, so this
    test guards against its return)."""
    import spacy
    import zhibiao
    cell = "九" * length
    (target,) = zhibiao.parse_value(cell + "件")
    assert target.kind == "text"
    c = zhibiao.classify(cell, cell + "件")
    assert c.level1_code in {"1", "2", "3"} and 0.0 <= c.confidence <= 1.0
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zhibiao")
    doc = nlp(f"培训人次{cell}件")
    assert doc.text.endswith("件")
