"""The evaluation report: one HTML file, plots inline, nothing fetched from a network.

Every number on the page is read from the figures dict of zhibiao.evaluation, the same dict
that is written as the metrics JSON, so the page and the file cannot disagree.
"""
from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from typing import Any

from . import __version__, plots

__all__ = ["render", "write"]

SOURCES_SHOWN = 40      # longer source lists are cut on the page (the JSON keeps them all)

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1.5em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.n{text-align:right;font-variant-numeric:tabular-nums}
.about{background:#f7f9fc;border-left:4px solid #1f77b4;padding:.6em 1em}
.plots{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
.muted{color:#777;font-size:.9em} img{max-width:100%}
.bad{color:#b00} .good{color:#070}
pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:.85em}
"""


def _pct(v: Any) -> str:
    return "—" if v is None else f"{v:.1%}"


def _num(v: Any, digits: int = 3) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def _table(header: list[str], rows: list[list[Any]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{escape(str(c))}</td>' if i in numeric else f"<td>{escape(str(c))}</td>"
        for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _img(uri: str, alt: str) -> str:
    return f'<img src="{uri}" alt="{escape(alt)}">'


def _headline(f: dict[str, Any]) -> str:
    h, base = f["headline"], f["headline"]["baseline"] or {}
    rows = [
        ["level-1 accuracy (一级指标)", _pct(h["level1_accuracy"]), _pct(base.get("level1_accuracy"))],
        ["level-2 accuracy (二级指标)", _pct(h["level2_accuracy"]), _pct(base.get("level2_accuracy"))],
        ["level-2 macro-F1", _num(h["level2_macro_f1"]), _num(base.get("level2_macro_f1"))],
        ["level-2 ECE (calibration error)", _num(h["level2_ece"]), "— (no confidence)"],
        ["level-2 coverage at 99% precision", _pct(h["level2_coverage_at_99_precision"]), "—"],
        ["level-1 coverage at 99% precision", _pct(h["level1_coverage_at_99_precision"]), "—"],
        ["value exact match (指标值)", _pct(h["value_exact_match"]), "—"],
        ["value ECE", _num(h["value_ece"]), "—"],
        ["value coverage at 99% precision", _pct(h["value_coverage_at_99_precision"]), "—"],
    ]
    return ('<section id="headline"><h2>Headline figures</h2>'
            + _table(["figure", "model", "keyword baseline"], rows, {1, 2})
            + '<p class="muted">The keyword baseline takes the first class whose cue word '
              '(features/cues.yaml) is in the name, else 11. ECE: the gap between confidence '
              'and share right, averaged over ten confidence bins. Coverage at 99% precision: '
              'the share of rows that can be accepted unseen, most confident first, while 99% '
              'of the accepted ones are right.</p></section>')


def _classes(f: dict[str, Any]) -> str:
    c = f["classes"]
    if c is None:
        return ('<section id="classes"><h2>Classifier</h2><p>No row of this file has a '
                'level-2 code, so the classifier is not scored.</p></section>')
    names = c["names"]
    per = [[code, names.get(code, ""), _num(m["precision"]), _num(m["recall"]), _num(m["f1"]),
            m["support"]] for code, m in c["per_class"].items()]
    legend = "; ".join(f"{k} {v}" for k, v in names.items())
    return (
        _readings(c.get("readings"))
        + '<section id="confusion"><h2>Confusion matrix (level 2)</h2>'
        + _img(plots.confusion(c["confusion"]), "confusion matrix")
        + f'<p class="muted">Codes: {escape(legend)}.</p></section>'
        + '<section id="per-class"><h2>Per-class precision, recall, F1</h2>'
        + _table(["code", "class", "precision", "recall", "F1", "gold rows"], per, {2, 3, 4, 5})
        + "</section>")


def _readings(r: dict[str, Any] | None) -> str:
    """The same rows read alone and read as tables (training.READINGS), side by side."""
    if not r:
        return ""
    head = ["reading", "what it is", "rows", "level 2", "level 1", "level-2 ECE",
            "level-2 coverage at 99%"]
    parts = []
    for subset, title in (("all_tables", "all tables"),
                          ("without_bureau", f"without {r.get('bureau_left_out', '')}")):
        rows = [[k, r["what"].get(k, ""), m["rows"], _num(m["level2_accuracy"]),
                 _num(m["level1_accuracy"]), _num(m["level2_ece"]),
                 _pct(m["level2_coverage_at_99_precision"])]
                for k, m in r.get(subset, {}).items()]
        if rows and rows[0][2]:
            parts.append(f"<h3>{escape(title)}</h3>" + _table(head, rows, {2, 3, 4, 5, 6}))
    return ('<section id="readings"><h2>Rows alone and tables as tables</h2>'
            '<p>The same labelled rows read five ways. "table" is what normalize does: each '
            'row restricted to the level-1 its table declares and each project decoded in '
            'order; "table_shuffled" is the same with the rows of every project shuffled, where '
            'the order guard must fall back to the rows alone.</p>' + "".join(parts) + "</section>")


def _calibration(f: dict[str, Any]) -> str:
    c, v = f["classes"], f["values"]
    figs = []
    if c:
        figs.append(_img(plots.reliability(c["reliability"], "classifier, level 2", c["level2_ece"]),
                         "classifier reliability"))
    if v:
        figs.append(_img(plots.reliability(v["reliability"], "value parser, per target", v["ece"]),
                         "value parser reliability"))
    curves = []
    if c:
        curves += [("level 2", c["precision_coverage"], c["level2_coverage_at_99_precision"]),
                   ("level 1", c["precision_coverage_level1"], c["level1_coverage_at_99_precision"])]
    if v:
        curves.append(("values (per target)", v["precision_coverage"], v["coverage_at_99_precision"]))
    thresholds = []
    if c:
        thresholds.append(f"level 2 from confidence {_num(c['level2_threshold_at_99_precision'], 4)}, "
                          f"level 1 from {_num(c['level1_threshold_at_99_precision'], 4)}")
    if v:
        thresholds.append(f"values from {_num(v['threshold_at_99_precision'], 4)}")
    return (
        '<section id="reliability"><h2>Reliability diagrams</h2>'
        '<p>Of the predictions given a confidence near x, the share that is right. Bars on the '
        'diagonal mean the confidence can be taken at its word; the small numbers are how many '
        'predictions sit in each bin.</p>'
        f'<div class="plots">{"".join(figs)}</div></section>'
        '<section id="precision-coverage"><h2>Precision against coverage</h2>'
        + (_img(plots.precision_coverage(curves), "precision vs coverage") if curves else "")
        + f'<p>Accepted without review at 99% precision: {escape("; ".join(thresholds))}.</p>'
          '</section>')


def _values(f: dict[str, Any]) -> str:
    v = f["values"]
    if v is None:
        return ('<section id="values"><h2>Value parser</h2><p>No row of this file has gold '
                'targets, so the value parser is not scored.</p></section>')
    tables = "".join(
        f"<div><h3>by {escape(what.replace('_', ' '))}</h3>"
        + _table([what, "right", "gold targets", "accuracy"],
                 [[k, g["right"], g["targets"], _pct(g["accuracy"])] for k, g in groups.items()],
                 {1, 2, 3}) + "</div>"
        for what, groups in v["by"].items())
    return (
        '<section id="values"><h2>Value accuracy by kind, operator and unit family</h2>'
        f'<p>{v["exact_rows"]} of {v["rows"]} cells parsed exactly ({_pct(v["exact_match"])}); '
        f'{_pct(v["target_accuracy"])} of {v["targets"]} parsed targets right. A gold target '
        'counts as right when the cell gives as many targets as the gold and this one agrees on '
        'kind, operator, value, upper bound and unit.</p>'
        + _img(plots.value_breakdown(v["by"]), "value accuracy breakdown")
        + f'<div class="plots">{tables}</div></section>')


def _worst(f: dict[str, Any]) -> str:
    w = f["worst_errors"]
    out = ['<section id="worst-errors"><h2>Worst errors</h2>'
           '<p>Wrong answers, the most confident first: these are the ones a confidence '
           'threshold would let through.</p>']
    if w["classes"]:
        out.append("<h3>Classifier (level 2)</h3>" + _table(
            ["indicator (三级指标)", "value", "gold", "predicted", "confidence", "source"],
            [[e["name"], e["value_text"], f'{e["gold"]} {e["gold_name"]}',
              f'{e["predicted"]} {e["predicted_name"]}', _num(e["confidence"]), e["source"] or ""]
             for e in w["classes"]], {4}))
    if w["values"]:
        out.append("<h3>Value parser (whole cell)</h3>" + _table(
            ["value (指标值)", "indicator", "gold", "predicted", "confidence", "source"],
            [[e["value_text"], e["name"], e["gold"], e["predicted"], _num(e["confidence"]),
              e["source"] or ""] for e in w["values"]], {4}))
    if not (w["classes"] or w["values"]):
        out.append("<p>No errors.</p>")
    return "".join(out) + "</section>"


def _sources(f: dict[str, Any]) -> str:
    s = f["per_source"]
    if not s:
        return ""
    rows = [[e["source"], e["class_rows"], _pct(e["level2_accuracy"]), e["value_rows"],
             _pct(e["value_exact_match"])] for e in s[:SOURCES_SHOWN]]
    more = (f'<p class="muted">{len(s) - SOURCES_SHOWN} more sources in the metrics JSON.</p>'
            if len(s) > SOURCES_SHOWN else "")
    return ('<section id="per-source"><h2>Per source</h2>'
            + _table(["source", "class rows", "level-2 accuracy", "value rows", "value exact match"],
                     rows, {1, 2, 3, 4}) + more + "</section>")


def _card_table(card: dict[str, Any], keys: tuple[str, ...]) -> str:
    rows = [[k, json.dumps(card[k], ensure_ascii=False) if isinstance(card[k], (dict, list))
             else card[k]] for k in keys if k in card]
    full = escape(json.dumps(card, ensure_ascii=False, indent=2))
    return (_table(["field", "value"], rows)
            + f"<details><summary>the whole card</summary><pre>{full}</pre></details>")


def _card(f: dict[str, Any]) -> str:
    return ('<section id="model-card"><h2>Model card</h2><h3>Taxonomy classifier</h3>'
            + _card_table(f["model_card"] or {}, ("model", "trained", "corpus_sha256",
                                                  "model_sha256", "rows", "tables",
                                                  "library_rows", "versions"))
            + "<h3>Value parser confidence</h3>"
            + _card_table(f.get("value_model_card") or {}, ("model", "trained_on",
                                                            "weights_sha256", "versions"))
            + "</section>")


def render(f: dict[str, Any]) -> str:
    """The report page for a figures dict (zhibiao.evaluation.figures)."""
    a = f["about"]
    about = (f'<div class="about" id="about"><p><b>Labelled rows:</b> {escape(a["labelled"])} — '
             f'{a["rows"]} rows: {a["class_rows"]} scored for classes, {a["value_rows"]} for '
             f'values, {a["unscored_rows"]} with nothing to score.<br><b>Model:</b> '
             f'{escape(a["model"])} (sha256 {escape(str(a.get("model_sha256") or "—")[:16])}…)'
             f'<br>{escape(a["how"])}</p></div>')
    body = "".join([about, _headline(f), _classes(f), _calibration(f), _values(f), _worst(f),
                    _sources(f), _card(f)])
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{escape(a["title"])}</title><style>{CSS}</style></head><body>'
            f'<h1>{escape(a["title"])}</h1><p class="muted">zhibiao {__version__}</p>'
            f'{body}</body></html>\n')


def write(f: dict[str, Any], report: str | Path, metrics: str | Path) -> None:
    """Write the metrics JSON and the HTML page from the same figures dict."""
    page = render(f)               # rendered before anything is written: both files or neither
    text = json.dumps(f, ensure_ascii=False, indent=2) + "\n"
    written: list[Path] = []
    try:
        for path, content in ((Path(report), page), (Path(metrics), text)):
            _write_whole(path, content)
            written.append(path)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _write_whole(path: Path, text: str) -> None:
    """Write through a temporary file renamed into place: a full disk leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, f"{path}: cannot write ({exc.strerror or exc})") from None
