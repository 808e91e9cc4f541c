"""The batch feature steps (zhibiao/vectorize.py) must give exactly the matrices of the fitted
scikit-learn vectorizers they stand in for: the model was trained on those. Compared branch
by branch on every name and value of the corpus and the gold sets, on hand-picked awkward text,
and on generated text; and the classifier's probabilities through both paths."""
from __future__ import annotations

import json
from pathlib import Path

import joblib
import numpy as np
import pytest

from zhibiao import vectorize
from zhibiao.classifier import default_model_dir, load_model

CORPUS = Path(__file__).parent.parent / "corpus"

# Text that trips a vectorizer: empty, runs of whitespace (folded to one space), a NUL before
# a character (must not pass for the shorter n-gram), full-width and upper-case letters
# (lower-cased), a character whose lower case is two characters, astral-plane characters.
AWKWARD = ["", " ", "  ", "a  b\tc\n\nd", "\x00满", "\x00\x00意", "ＡＢc", "İstanbul", "满意度满意度",
           "𠀀𠀁满意", "\ud800满", "≥90%", "培训人次 ≥ 500 人次", "x" * 300, "\u3000\u3000受益"]


def _rows() -> list[dict]:
    rows = []
    for path in [CORPUS / "indicators.jsonl", *sorted((CORPUS / "gold").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"name": str(r.get("name") or ""),
                             "value_text": str(r.get("value_text") or r.get("annual_value") or "")})
    rows += [{"name": t, "value_text": t} for t in AWKWARD]
    return rows


@pytest.fixture(scope="module")
def fitted():
    """The shipped pipeline as scikit-learn fitted it (not compiled)."""
    return joblib.load(default_model_dir() / "taxonomy.joblib").base_


def _branches(pipeline):
    for name, branch in pipeline.named_steps["features"].transformer_list:
        yield name, branch.steps[0][1], branch.steps[-1][1]


def test_every_branch_of_the_shipped_model_compiles(fitted):
    assert [name for name, _, v in _branches(fitted) if not vectorize.compilable(v)] == []


def test_batch_steps_equal_sklearn_on_the_corpus(fitted):
    rows = _rows()
    assert len(rows) > 3000
    for name, field, v in _branches(fitted):
        inputs = field.transform(rows)
        expected = v.transform(inputs)
        got = (vectorize.BatchDict if hasattr(v, "separator") else vectorize.BatchTfidf
               ).from_fitted(v).transform(inputs)
        assert got.shape == expected.shape, name
        assert (abs(got - expected) > 1e-12).nnz == 0, name


def test_loaded_model_gives_the_probabilities_of_the_fitted_one(fitted):
    rows = _rows()
    model = load_model()
    swapped = [type(v).__name__ for _, _, v in _branches(model.estimator.base_)]
    assert "TfidfVectorizer" not in swapped and "DictVectorizer" not in swapped
    assert np.allclose(model.estimator.base_.predict_proba(rows), fitted.predict_proba(rows),
                       rtol=0, atol=1e-12)


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# mostly characters of the vocabulary (so n-grams hit), plus whitespace and any code point
_TEXT = st.text(st.one_of(st.sampled_from(list("满意度培训人次合格率项目验收 \t\n%≥0123")),
                          st.characters()), max_size=40)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=8))
def test_char_ngrams_equal_sklearn_on_generated_text(fitted, texts):
    for name, _, v in _branches(fitted):
        if getattr(v, "analyzer", None) == "char":
            expected = v.transform(texts)
            got = vectorize.BatchTfidf.from_fitted(v).transform(texts)
            assert (abs(got - expected) > 1e-12).nnz == 0, (name, texts)
