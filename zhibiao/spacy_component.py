"""A spaCy component that finds quantified targets in free text (绩效目标 paragraphs).

    import spacy
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zhibiao")
    doc = nlp("律师每月到村开展法律咨询时间不少于8小时")
    doc.spans["targets"][0]._.target.to_dict()   # {'kind': 'number', 'op': '>=', ...}

The factory is registered with spaCy through the `spacy_factories` entry point, so
`nlp.add_pipe("zhibiao")` works after `pip install zhibiao` without importing it first.
Spans are cut to token boundaries (jieba may join an operator word to the text before it);
the Target keeps the exact text it was read from.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .values import find_targets

if not Span.has_extension("target"):
    Span.set_extension("target", default=None)


class TargetFinder:
    """Puts every target of the text in doc.spans["targets"], each with span._.target."""

    def __init__(self, key: str = "targets"):
        self.key = key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for target, start, end in find_targets(doc.text):
            span = doc.char_span(start, end, label=target.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.target = target
            spans.append(span)
        doc.spans[self.key] = spans
        return doc


@Language.factory("zhibiao", default_config={"key": "targets"})
def make_component(nlp: Language, name: str, key: str) -> TargetFinder:
    return TargetFinder(key=key)
