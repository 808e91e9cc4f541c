"""Integrity of the domain lexicons in features/ (edited by hand, so guarded here)."""
import pytest
import yaml

from zhibiao import lexicon


def _raw(name):
    return yaml.safe_load((lexicon.features_dir() / name).read_text(encoding="utf-8"))


def test_unit_words_unique_and_canonical_forms_known():
    words = [e["word"] for e in _raw("units.yaml")["units"]]
    assert len(words) == len(set(words)), "duplicate unit word"
    units = lexicon.units()
    assert units.by_word["万元"].canonical == "元" and units.by_word["万元"].scale == 1e4
    for unit in units.by_word.values():
        assert unit.family in lexicon.FAMILIES
        assert unit.scale > 0


def test_operator_words_map_to_known_operators_once():
    ops = lexicon.operators()
    for table in (ops.prefix_adjacent, ops.prefix_phrase, ops.suffix, ops.date_suffix):
        assert table and set(table.values()) <= set(lexicon.OPS)
    # Civil Code art. 1259: 以上/以下/以内 include the number; 不满/超过 exclude it
    assert ops.suffix["以上"] == ">=" and ops.suffix["以下"] == "<=" and ops.suffix["以内"] == "<="
    assert ops.prefix_phrase["不满"] == "<" and ops.prefix_phrase["超过"] == ">"


def test_taxonomy_aliases_resolve_and_pairs_are_consistent():
    tax = lexicon.taxonomy()
    assert set(tax.level1_names) == {"1", "2", "3"}
    for code, up in tax.level2_parent.items():
        assert up in tax.level1_names and code.startswith(up)
    for alias, code in tax.level2_alias.items():
        assert code in tax.level2_names, alias
    assert tax.level1_code("社会公众或服务对象满意度指标") == "3"
    assert tax.level2_code("社会效益") == "22"
    assert tax.level2_code("生态环境成本指标") == "14"
    assert tax.level1_code("产出指标(50分)") == "1"


def test_no_alias_names_two_classes():
    raw = _raw("taxonomy.yaml")
    for level in ("level1", "level2"):
        seen = {}
        for code, entry in raw[level].items():
            for name in [entry["name"], *entry.get("aliases", [])]:
                key = lexicon.norm_class_name(name)
                assert seen.setdefault(key, code) == code, f"{name} in {seen[key]} and {code}"


def test_broken_lexicon_is_reported_with_its_file(tmp_path, monkeypatch):
    (tmp_path / "units.yaml").write_text("units:\n  - {word: 元}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "features_dir", lambda: tmp_path)
    lexicon.units.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"units\.yaml"):
            lexicon.units()
    finally:
        lexicon.units.cache_clear()


WRONG_SHAPES = [
    # (file, text a domain expert might write by mistake, loader, words the error names)
    ("units.yaml", "units:\n  - {word: 元, canonical: 元}\nhalf_year: [上半年, 下半年]\n", "units", "half_year"),
    ("units.yaml", "units:\n  - {word: 元, canonical: 元}\nhalf_year: {上半年: [6, 1]}\n", "units", "first <= last"),
    ("units.yaml", "units:\n  - {word: 元, canonical: 元}\nfraction_words: [百分之]\n", "units", "fraction_words"),
    ("units.yaml", "units:\n  - {word: 元, canonical: 元}\nperiod_verbs: 完成\n", "units", "period_verbs"),
    ("operators.yaml", "subject_fillers: [要, 需]\n", "operators", "subject_fillers"),
    ("headers.yaml", "frame_columns: {name: 指标名称, value: [指标值], level1: [一级指标], "
                     "level2: [二级指标], source: [来源]}\n", "frame_columns", "frame_columns.name"),
    ("cues.yaml", "name_prefix: [指标]\n", "name_prefix", "name_prefix"),
]


@pytest.mark.parametrize("name,text,loader,words", WRONG_SHAPES)
def test_wrong_shape_is_a_lexicon_error_naming_the_key(tmp_path, monkeypatch, name, text, loader, words):
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "features_dir", lambda: tmp_path)
    load = getattr(lexicon, loader)
    load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=words):
            load()
    finally:
        load.cache_clear()


def test_every_review_word_and_threshold_the_checks_read_is_listed():
    """The required keys of review_rules.yaml are the ones zhibiao/checks.py reads."""
    import re
    from pathlib import Path
    code = "".join((Path(lexicon.__file__).parent / f).read_text(encoding="utf-8")
                   for f in ("checks.py", "training.py"))
    read = (set(re.findall(r'words\["(\w+)"\]', code)) | set(re.findall(r'_has_word\(\w+, "(\w+)"\)', code))
            | set(re.findall(r'\bhas\["(\w+)"\]', code)))          # has = _word_patterns()
    assert read == lexicon.REVIEW_WORDS
    assert set(re.findall(r'th\["(\w+)"\]', code)) == lexicon.REVIEW_THRESHOLDS
