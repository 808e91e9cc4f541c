"""The evaluation report: one HTML file, plots inline, nothing fetched from a network.

Every number on the page is read from the figures dict of zhibiao.evaluation, the same dict
that is written as the metrics JSON, so the page and the file cannot disagree.

The page is in Chinese by default (lang="zh") and in English with lang="en". Every word of it
is in TEXT below (key -> {"zh": ..., "en": ...}), nowhere else; the metrics JSON keeps its
snake_case keys in both languages. Each headline figure, each table and each plot carries a
one-line 说明: what it is, how it was measured and whether higher is better.
"""
from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path
from typing import Any

from . import __version__, plots

__all__ = ["LANGS", "TEXT", "HEADLINE", "render", "write", "text"]

SOURCES_SHOWN = 40      # longer source lists are cut on the page (the JSON keeps them all)
LISTED = 25             # fixed/broken rows the figures list (zhibiao.evaluation.WORST)
LANGS = ("zh", "en")
HTML_LANG = {"zh": "zh-CN", "en": "en"}

# The headline figures in page order: key of figures["headline"], how it is printed.
# "baseline" (the keyword baseline's figures) is the table's third column, not a row.
HEADLINE = (("level1_accuracy", "pct"), ("level2_accuracy", "pct"), ("level2_macro_f1", "num"),
            ("level2_ece", "num"), ("level1_ece", "num"),
            ("level2_coverage_at_99_precision", "pct"), ("level2_threshold_at_99_precision", "num4"),
            ("level1_coverage_at_99_precision", "pct"),
            ("value_exact_match", "pct"), ("value_ece", "num"),
            ("value_coverage_at_99_precision", "pct"))

# Every word on the page. Values may hold {placeholders} (filled with escaped text) and the
# few tags written here by hand (<b>, <code>).
TEXT: dict[str, dict[str, str]] = {
    # -- page and about box
    "title_cv": {"zh": "指标分类与指标值解析评估报告：随附模型（按来源表分组交叉验证）",
                 "en": "zhibiao evaluation: the shipped models under grouped cross-validation"},
    "title_file": {"zh": "指标分类与指标值解析评估报告：{name}",
                   "en": "zhibiao evaluation: {name}"},
    "about": {"zh": "<b>标注数据：</b>{labelled}<br>共 {rows} 行：{class_rows} 行检验分类（带二级指标代码），"
                    "{value_rows} 行检验指标值解析（带金标准目标），{unscored_rows} 行两者皆无、不计分。"
                    "<br><b>模型：</b>{model}（sha256 {sha}…）",
              "en": "<b>Labelled rows:</b> {labelled}<br>{rows} rows: {class_rows} scored for classes "
                    "(with a level-2 code), {value_rows} for values (with gold targets), "
                    "{unscored_rows} with nothing to score.<br><b>Model:</b> {model} (sha256 {sha}…)"},
    "how_cv": {"zh": "<b>怎么测的：</b>按来源表分组的 5 折交叉验证——每一行都由一个<b>没有见过该行所在表</b>的模型来预测"
                     "（分类模型每折用其余表的语料行加上指标库训练；指标值解析的置信度模型用其余来源重新拟合），"
                     "所以下面的数字接近模型遇到一张新表时的表现。指标值检验行取自金标准集，分类检验行取自语料。",
               "en": "<b>How it was measured:</b> 5-fold cross-validation grouped by source table: each row "
                     "is predicted by a model <b>trained without its table</b> (classifier: corpus rows "
                     "plus the curated library in every training fold; value parser: its confidence "
                     "model refitted on the other sources), so the figures are close to what the model "
                     "does on a new table. Value rows come from the gold sets, class rows from the corpus."},
    "how_file": {"zh": "<b>怎么测的：</b>模型原样用于本文件的各行。{training}指标值的置信度来自随附的指标值解析模型。",
                 "en": "<b>How it was measured:</b> the model was applied as it is to the rows of this "
                       "file. {training}Value confidences are those of the shipped value parser."},
    # whether the rows scored for classes were training rows of a model (its card's
    # training_pairs: name and value of every training row, hashed)
    "who_model": {"zh": "本模型", "en": "the model"},
    "who_baseline": {"zh": "对照模型", "en": "the baseline model"},
    "training_none": {
        "zh": "参与分类检验的 {rows} 行都不是{who}的训练行（按名称与指标值核对模型卡记录的训练行），"
              "所以分类的数字是在{who}没见过的行上测得的。",
        "en": "None of the {rows} rows scored for classes was a training row of {who} (names and "
              "values checked against the training rows its card lists), so the class figures "
              "are on rows it did not see. "},
    "training_some": {
        "zh": "<b>参与分类检验的 {rows} 行中有 {n} 行是{who}的训练行</b>（按名称与指标值核对模型卡记录的训练行），"
              "{who}在这些行上的数字不能说明它在新表上的表现。",
        "en": "<b>{n} of the {rows} rows scored for classes were training rows of {who}</b> "
              "(names and values checked against the training rows its card lists), so its "
              "figures on them are not evidence of how it does on new tables. "},
    "training_unknown": {
        "zh": "{who}的模型卡没有记录训练用了哪些行，无法确认参与检验的行是不是训练行；若是，数字会偏高。",
        "en": "The model card of {who} does not say which rows it was trained on, so whether "
              "these rows were training rows is not known; if they were, the figures are too good. "},
    "version": {"zh": "zhibiao {version} 生成", "en": "zhibiao {version}"},
    "note": {"zh": "说明", "en": "Note"},
    # -- headline
    "h_headline": {"zh": "总体指标", "en": "Headline figures"},
    "col_figure": {"zh": "指标", "en": "figure"},
    "col_model": {"zh": "本模型", "en": "model"},
    "col_baseline": {"zh": "关键词基线", "en": "keyword baseline"},
    "col_old_model": {"zh": "对照模型", "en": "baseline model"},
    "col_delta": {"zh": "差值", "en": "difference"},
    "delta_points": {"zh": "{d} 个百分点", "en": "{d} points"},
    "old_model_note": {
        "zh": "说明：“对照模型”是用 --baseline 给出的另一个模型（如重新训练前的模型），原样用于同样的行；"
              "“差值”＝本模型减对照模型，百分比的差以百分点计。准确率、F1、免审比例的差值为正说明本模型更好，校准误差（ECE）的差值为负说明本模型更好。",
        "en": "Note: the baseline model is another model given with --baseline (e.g. the one before "
              "retraining), applied as it is to the same rows; difference = model − baseline, "
              "percentages in points. A positive difference in accuracy, F1 or coverage and a "
              "negative one in ECE favour the model."},
    "col_note": {"zh": "说明", "en": "what it means"},
    "headline_note": {
        "zh": "说明：“关键词基线”是对照用的简单方法——取名称中第一个出现的线索词（features/cues.yaml）对应的二级指标，"
              "都没有则判为 11 数量指标；模型应明显好于它。百分比都是占参与检验的行（或目标）的比例。",
        "en": "Note: the keyword baseline is a plain rule to compare with: the first class whose cue "
              "word (features/cues.yaml) is in the name, else 11. Percentages are shares of the rows "
              "(or targets) that were scored."},
    "level1_accuracy": {"zh": "一级指标准确率", "en": "level-1 accuracy (一级指标)"},
    "level1_accuracy.note": {
        "zh": "预测的一级指标（产出、效益、满意度）与标注一致的行所占比例；越高越好。",
        "en": "Share of rows whose predicted level-1 class (output, benefit, satisfaction) "
              "matches the label; higher is better."},
    "level2_accuracy": {"zh": "二级指标准确率", "en": "level-2 accuracy (二级指标)"},
    "level2_accuracy.note": {
        "zh": "预测的二级指标（如 11 数量指标、12 质量指标）与标注一致的行所占比例；越高越好。",
        "en": "Share of rows whose predicted level-2 class (e.g. 11 quantity, 12 quality) matches "
              "the label; higher is better."},
    "level2_macro_f1": {"zh": "二级指标宏平均 F1", "en": "level-2 macro-F1"},
    "level2_macro_f1.note": {
        "zh": "每个二级指标分别算 F1（查准率与查全率的调和平均）再简单平均，行少的类与行多的类同等计分；0 到 1，越高越好。",
        "en": "F1 (the harmonic mean of precision and recall) of each level-2 class, averaged "
              "with equal weight, so small classes count as much as big ones; 0 to 1, higher is better."},
    "level2_ece": {"zh": "二级指标校准误差（ECE）", "en": "level-2 ECE (calibration error)"},
    "level2_ece.note": {
        "zh": "模型自报的把握（置信度）与实际答对比例的差距，按十个置信度区间加权平均；越低越好，0 表示“说九成把握时确实九成答对”。",
        "en": "Gap between the model's confidence and the share it gets right, averaged over ten "
              "confidence bins; lower is better, 0 means “90% sure” is right 90% of the time."},
    "level1_ece": {"zh": "一级指标校准误差（ECE）", "en": "level-1 ECE (calibration error)"},
    "level1_ece.note": {
        "zh": "同上，针对一级指标的置信度；越低越好。",
        "en": "The same for the level-1 confidence; lower is better."},
    "level2_coverage_at_99_precision": {"zh": "二级指标免审比例（99% 正确）",
                                        "en": "level-2 coverage at 99% precision"},
    "level2_coverage_at_99_precision.note": {
        "zh": "按置信度从高到低直接采纳，在采纳部分至少 99% 正确的前提下，最多可以不经人工复核的行所占比例；越高越好。",
        "en": "Share of rows that can be accepted without review, most confident first, while "
              "99% of the accepted ones are right; higher is better."},
    "level2_threshold_at_99_precision": {"zh": "二级指标免审置信度门槛",
                                         "en": "level-2 confidence threshold at 99% precision"},
    "level2_threshold_at_99_precision.note": {
        "zh": "达到上一行的免审比例所用的置信度下限：二级指标置信度不低于此值的行可直接采纳；它是一个门槛，无所谓高低好坏。",
        "en": "The lowest confidence accepted for the coverage above: rows at or above it can be "
              "taken as they are; a threshold, neither higher nor lower is better."},
    "level1_coverage_at_99_precision": {"zh": "一级指标免审比例（99% 正确）",
                                        "en": "level-1 coverage at 99% precision"},
    "level1_coverage_at_99_precision.note": {
        "zh": "同二级指标免审比例，只看一级指标是否正确；越高越好。",
        "en": "As the level-2 coverage, with only the level-1 class judged; higher is better."},
    "value_exact_match": {"zh": "指标值完全解析率", "en": "value exact match (指标值)"},
    "value_exact_match.note": {
        "zh": "整格解析结果与金标准完全一致（目标个数、类型、比较符、数值、上限、单位都对）的单元格所占比例；越高越好。",
        "en": "Share of value cells whose whole parse (number of targets, kind, operator, value, "
              "upper bound, unit) equals the gold; higher is better."},
    "value_ece": {"zh": "指标值校准误差（ECE）", "en": "value ECE"},
    "value_ece.note": {
        "zh": "指标值解析的置信度与实际答对比例的差距，按每个目标计；越低越好。",
        "en": "Gap between the value parser's confidence and the share right, per target; "
              "lower is better."},
    "value_coverage_at_99_precision": {"zh": "指标值免审比例（99% 正确）",
                                       "en": "value coverage at 99% precision"},
    "value_coverage_at_99_precision.note": {
        "zh": "按置信度从高到低直接采纳解析出的目标，在采纳部分至少 99% 正确的前提下可免于复核的目标所占比例；越高越好。",
        "en": "Share of parsed targets that can be accepted without review, most confident first, "
              "while 99% of the accepted ones are right; higher is better."},
    "no_confidence": {"zh": "—（无置信度）", "en": "— (no confidence)"},
    # -- readings
    "h_readings": {"zh": "逐行读与按表读", "en": "Rows alone and tables as tables"},
    "readings_note": {
        "zh": "说明：同一批标注行用五种读法分类，比较“一行一行地读”与“整张表按顺序读”（normalize 的做法）差多少。"
              "各列：行数；二级、一级指标准确率（越高越好）；二级校准误差（越低越好）；二级免审比例（99% 正确时，越高越好）。",
        "en": "Note: the same labelled rows read five ways, to compare reading each row alone with reading "
              "a whole table in order (what normalize does). Columns: rows; level-2 and level-1 "
              "accuracy (higher is better); level-2 ECE (lower is better); level-2 coverage at 99% "
              "precision (higher is better)."},
    "col_reading": {"zh": "读法", "en": "reading"},
    "col_what": {"zh": "含义", "en": "what it is"},
    "col_rows": {"zh": "行数", "en": "rows"},
    "col_l2": {"zh": "二级准确率", "en": "level 2"},
    "col_l1": {"zh": "一级准确率", "en": "level 1"},
    "col_l2_ece": {"zh": "二级 ECE", "en": "level-2 ECE"},
    "col_l2_cov": {"zh": "二级免审比例（99%）", "en": "level-2 coverage at 99%"},
    "all_tables": {"zh": "全部来源表", "en": "all tables"},
    "without_bureau": {"zh": "去掉 {bureau} 之后（该单位模板按轮换方式填写效益类）",
                       "en": "without {bureau} (a template that files the benefit classes in rotation)"},
    "reading.per_row": {"zh": "每行单独读（classify()）", "en": "each row alone (classify())"},
    "reading.per_row_given_level1": {"zh": "每行单独读，但限定在所在表声明的一级指标内",
                                     "en": "each row alone, restricted to its table's declared level-1"},
    "reading.table": {"zh": "按表读（normalize 的做法）：用表声明的一级指标，项目内各行按顺序判断",
                      "en": "the table path: declared level-1 and the project's rows in order (normalize)"},
    "reading.table_free": {"zh": "按表读，但不用任何声明的类别（只用行的顺序）",
                           "en": "the table path without any declared class (rows in order only)"},
    "reading.table_shuffled": {"zh": "按表读，同样的表但每个项目内的行被打乱顺序",
                               "en": "the table path on the same tables, rows shuffled within each project"},
    # -- classifier
    "h_classifier": {"zh": "分类模型", "en": "Classifier"},
    "no_classes": {"zh": "本文件没有任何行带二级指标代码，因此不评估分类模型。",
                   "en": "No row of this file has a level-2 code, so the classifier is not scored."},
    "h_confusion": {"zh": "混淆矩阵（二级指标）", "en": "Confusion matrix (level 2)"},
    "alt_confusion": {"zh": "二级指标混淆矩阵", "en": "confusion matrix"},
    "confusion_note": {
        "zh": "说明：每一行是标注的二级指标（gold），每一列是模型预测的二级指标（predicted）；格中数字是行数，颜色越深表示占该标注类的比例越大。"
              "对角线越深越好，对角线以外的格子说明哪两类容易混淆。",
        "en": "Note: rows are the labelled level-2 class (gold), columns the predicted one; the "
              "numbers are rows, the colour the share of the gold row. The darker the diagonal the "
              "better; cells off it show which classes are confused."},
    "codes": {"zh": "代码：{legend}。", "en": "Codes: {legend}."},
    "h_per_class": {"zh": "各二级指标的查准率、查全率与 F1", "en": "Per-class precision, recall, F1"},
    "per_class_note": {
        "zh": "说明：查准率＝预测为该类的行中真属于该类的比例；查全率＝真属于该类的行中被找出的比例；F1 是二者的调和平均；"
              "三者都在 0 到 1 之间，越高越好。“标注行数”是该类在标注数据中的行数，行数少的类数字波动大。",
        "en": "Note: precision = share of the rows predicted as the class that are of it; recall = "
              "share of the class's rows that were found; F1 their harmonic mean; all 0 to 1, "
              "higher is better. Gold rows: the class's labelled rows (few rows, shakier figures)."},
    "col_code": {"zh": "代码", "en": "code"},
    "col_class": {"zh": "二级指标", "en": "class"},
    "col_precision": {"zh": "查准率", "en": "precision"},
    "col_recall": {"zh": "查全率", "en": "recall"},
    "col_f1": {"zh": "F1", "en": "F1"},
    "col_support": {"zh": "标注行数", "en": "gold rows"},
    # -- calibration
    "h_reliability": {"zh": "可靠性图：置信度可信吗", "en": "Reliability diagrams"},
    "reliability_note": {
        "zh": "说明：横轴是模型自报的置信度（confidence），纵轴是该置信度区间内实际答对的比例（share right）；"
              "柱子和橙线越贴近虚线对角线，置信度越可以照字面理解；柱脚的小数字是落在该区间的预测个数。"
              "左图为二级指标分类，右图为指标值解析（按目标计）。",
        "en": "Note: of the predictions given a confidence near x, the share that is right. Bars on "
              "the diagonal mean the confidence can be taken at its word; the small numbers are "
              "how many predictions sit in each bin. Left: level-2 classes; right: values, per target."},
    "alt_reliability_classes": {"zh": "分类模型（二级指标）可靠性图", "en": "classifier reliability"},
    "alt_reliability_values": {"zh": "指标值解析可靠性图", "en": "value parser reliability"},
    "h_precision_coverage": {"zh": "正确率与免审比例", "en": "Precision against coverage"},
    "precision_coverage_note": {
        "zh": "说明：按置信度从高到低逐步直接采纳，横轴是已采纳的比例（coverage），纵轴是已采纳部分的正确率（precision）；"
              "红色虚线是 99% 正确率，曲线在它上方延伸得越远，可以免于人工复核的越多，越好。",
        "en": "Note: accepting the most confident first, the x axis is the share accepted "
              "(coverage), the y axis the share of the accepted that is right (precision); the red "
              "line is 99% precision: the further a curve stays above it, the more can go unreviewed."},
    "alt_precision_coverage": {"zh": "正确率与免审比例曲线", "en": "precision vs coverage"},
    "thresholds": {"zh": "99% 正确率下可直接采纳的置信度门槛：{thresholds}。",
                   "en": "Accepted without review at 99% precision: {thresholds}."},
    "threshold_classes": {"zh": "二级指标置信度 ≥ {l2}，一级指标置信度 ≥ {l1}",
                          "en": "level 2 from confidence {l2}, level 1 from {l1}"},
    "threshold_values": {"zh": "指标值置信度 ≥ {v}", "en": "values from {v}"},
    "list_sep": {"zh": "；", "en": "; "},
    # -- values
    "h_values": {"zh": "指标值解析：按类型、比较符和单位类别", "en": "Value accuracy by kind, operator and unit family"},
    "h_values_none": {"zh": "指标值解析", "en": "Value parser"},
    "no_values": {"zh": "本文件没有任何行带金标准目标（targets），因此不评估指标值解析。",
                  "en": "No row of this file has gold targets, so the value parser is not scored."},
    "values_summary": {
        "zh": "{rows} 个单元格中 {exact_rows} 个整格解析完全正确（{exact}）；金标准的 {targets} 个目标中 {accuracy} 解析正确。"
              "一个目标算正确，须该格解析出的目标个数与金标准相同，且这个目标的类型、比较符、数值、上限和单位都一致。",
        "en": "{exact_rows} of {rows} cells parsed exactly ({exact}); {accuracy} of {targets} "
              "parsed targets right. A gold target counts as right when the cell gives as many "
              "targets as the gold and this one agrees on kind, operator, value, upper bound and unit."},
    "values_note": {
        "zh": "说明：柱高是各组金标准目标中解析正确的比例（越高越好），柱顶 n 为该组目标数；下表各列：正确数、目标数、正确率＝正确数÷目标数。",
        "en": "Note: bar height is the share of the group's gold targets parsed right (higher is "
              "better), n above a bar the group's targets; the tables give right, targets and "
              "accuracy = right / targets."},
    "alt_values": {"zh": "指标值按类型、比较符和单位类别的解析正确率", "en": "value accuracy breakdown"},
    "by.kind": {"zh": "按类型", "en": "by kind"},
    "by.op": {"zh": "按比较符", "en": "by op"},
    "by.unit_family": {"zh": "按单位类别", "en": "by unit family"},
    "col.kind": {"zh": "类型", "en": "kind"},
    "col.op": {"zh": "比较符", "en": "op"},
    "col.unit_family": {"zh": "单位类别", "en": "unit family"},
    "col_right": {"zh": "正确", "en": "right"},
    "col_targets": {"zh": "目标数", "en": "gold targets"},
    "col_accuracy": {"zh": "正确率", "en": "accuracy"},
    "kind.number": {"zh": "数值", "en": "number"},
    "kind.text": {"zh": "文字", "en": "text"},
    "kind.date": {"zh": "日期", "en": "date"},
    "kind.boolean": {"zh": "是/否", "en": "boolean"},
    "op.=": {"zh": "等于", "en": "="},
    "op.>=": {"zh": "不低于", "en": ">="},
    "op.<=": {"zh": "不高于", "en": "<="},
    "op.>": {"zh": "高于", "en": ">"},
    "op.<": {"zh": "低于", "en": "<"},
    "op.between": {"zh": "区间", "en": "between"},
    "op.approx": {"zh": "约等于", "en": "approx"},
    "unit_family.percent": {"zh": "百分比", "en": "percent"},
    "unit_family.none": {"zh": "无单位", "en": "none"},
    "unit_family.count": {"zh": "计数（人、台、次…）", "en": "count"},
    "unit_family.money": {"zh": "金额", "en": "money"},
    "unit_family.time": {"zh": "时间", "en": "time"},
    "unit_family.area": {"zh": "面积", "en": "area"},
    "unit_family.length": {"zh": "长度", "en": "length"},
    "unit_family.mass": {"zh": "重量", "en": "mass"},
    "unit_family.score": {"zh": "分值", "en": "score"},
    "unit_family.other": {"zh": "其他", "en": "other"},
    # -- worst errors
    "h_worst": {"zh": "最有把握的错误", "en": "Worst errors"},
    "worst_note": {
        "zh": "说明：模型答错的行，置信度最高的排在前面——设了置信度门槛后，这些错误最可能被直接放行，最值得人工留意。"
              "“标注”是正确答案，“预测”是模型的答案，“置信度”是模型自报的把握（0 到 1）。",
        "en": "Note: wrong answers, the most confident first: these are the ones a confidence threshold "
              "would let through. Gold is the right answer, predicted the model's, confidence its "
              "own certainty (0 to 1)."},
    "h_worst_classes": {"zh": "分类（二级指标）", "en": "Classifier (level 2)"},
    "h_worst_values": {"zh": "指标值解析（整格）", "en": "Value parser (whole cell)"},
    "col_name": {"zh": "三级指标（名称）", "en": "indicator (三级指标)"},
    "col_value": {"zh": "指标值", "en": "value"},
    "col_value_first": {"zh": "指标值", "en": "value (指标值)"},
    "col_indicator": {"zh": "三级指标", "en": "indicator"},
    "col_gold": {"zh": "标注", "en": "gold"},
    "col_predicted": {"zh": "预测", "en": "predicted"},
    "col_confidence": {"zh": "置信度", "en": "confidence"},
    "col_source": {"zh": "来源表", "en": "source"},
    "no_errors": {"zh": "没有错误。", "en": "No errors."},
    # -- per source
    "h_per_source": {"zh": "按来源表", "en": "Per source"},
    "per_source_note": {
        "zh": "说明：每张来源表单独统计，看是否有个别表拉低整体。各列：分类检验行数、二级指标准确率、指标值检验行数、指标值完全解析率（准确率越高越好；行数少的表数字波动大）。",
        "en": "Note: each source table on its own, to see whether a few tables pull the whole down. "
              "Columns: class rows, level-2 accuracy, value rows, value exact match (higher is "
              "better; few rows, shakier figures)."},
    "col_class_rows": {"zh": "分类检验行数", "en": "class rows"},
    "col_value_rows": {"zh": "指标值检验行数", "en": "value rows"},
    "col_l2_accuracy": {"zh": "二级指标准确率", "en": "level-2 accuracy"},
    "col_value_exact": {"zh": "指标值完全解析率", "en": "value exact match"},
    "no_source": {"zh": "（未注明来源）", "en": "(no source)"},
    "more_sources": {"zh": "另有 {n} 个来源表见 metrics JSON。", "en": "{n} more sources in the metrics JSON."},
    # -- the baseline model: rows fixed and broken
    "h_old_model": {"zh": "与对照模型逐行比较", "en": "Row by row against the baseline model"},
    "old_model_about": {"zh": "<b>对照模型：</b>{model}（sha256 {sha}…）。{training}",
                        "en": "<b>Baseline model:</b> {model} (sha256 {sha}…). {training}"},
    "fixed_broken": {
        "zh": "本模型改对了 {fixed} 行（对照模型判错、本模型判对），改错了 {broken} 行（对照模型判对、本模型判错）；下表各列出最多 {shown} 行。",
        "en": "The model fixed {fixed} rows (wrong under the baseline, right now) and broke {broken} "
              "(right under the baseline, wrong now); each table lists at most {shown}."},
    "fixed_broken_note": {
        "zh": "说明：只看二级指标是否与标注一致。改对的行越多、改错的行越少越好；改错的行值得逐条看一看，新模型是否学偏了。",
        "en": "Note: judged on the level-2 class against the label. The more fixed and the fewer "
              "broken the better; look at each broken row: did the new model learn something wrong?"},
    "h_fixed": {"zh": "改对的行", "en": "Rows fixed"},
    "h_broken": {"zh": "改错的行", "en": "Rows broken"},
    "col_this_model": {"zh": "本模型", "en": "model"},
    "none_rows": {"zh": "没有。", "en": "None."},
    # -- where the labels came from, rows not scored, value coverage
    "h_labels": {"zh": "标注从哪里来", "en": "Where the labels come from"},
    "labels_line": {
        "zh": "带二级指标的 {total} 行中：申报 {declared} 行（表中原有的二级指标），审核采纳 {accepted} 行（审核人采纳模型的分类），"
              "审核改正 {corrected} 行（审核人改正的二级指标）。",
        "en": "Of the {total} rows with a level-2 class: {declared} declared (the class in the "
              "table), {accepted} accepted (the reviewer took the model's class), {corrected} "
              "corrected (the reviewer changed it)."},
    "labels_note": {
        "zh": "说明：标注是检验的标准答案。审核采纳的行原本就是模型的答案，在这些行上模型几乎必然判对，所以这类行多时准确率偏高；审核改正的行最能说明问题。",
        "en": "Note: the labels are the answers the model is checked against. Accepted rows were the "
              "model's own answer, so it is almost always right on them and many of them flatter "
              "the figures; corrected rows tell the most."},
    "h_unscored": {"zh": "未计分的行", "en": "Rows not scored"},
    "unscored_line": {"zh": "分类未计分 {class_rows} 行：{class_reasons}。指标值未计分 {value_rows} 行：{value_reasons}。",
                      "en": "Not scored for classes: {class_rows} rows ({class_reasons}). Not "
                            "scored for values: {value_rows} rows ({value_reasons})."},
    "reason_count": {"zh": "{what} {n} 行", "en": "{what}: {n}"},
    "no_reason": {"zh": "无", "en": "none"},
    "unscored_note": {
        "zh": "说明：没有标准答案的行不参与计分，按原因分别计数；两者都未计分的行数见页首。未计分的行多时，上面的数字只代表其余的行。",
        "en": "Note: rows without an answer to check against are not scored, counted here by "
              "reason; rows scored for neither are counted at the top. With many unscored rows "
              "the figures speak only for the rest."},
    "unscored.no_label": {"zh": "没有填写二级指标", "en": "no level-2 class"},
    "unscored.label_not_in_taxonomy": {"zh": "二级指标不是标准分类（名称或代码无法识别）",
                                       "en": "a level-2 class not in the taxonomy"},
    "unscored.pending_review": {"zh": "审核结论为“待定”", "en": "review says 待定 (pending)"},
    "unscored.not_reviewed": {"zh": "未经审核，原表也没有申报二级指标",
                              "en": "not reviewed and no declared level-2"},
    "unscored.no_targets_column": {"zh": "文件没有 targets 列（只统计指标值的解析覆盖率）",
                                   "en": "the file has no targets column (value coverage only)"},
    "unscored.no_targets": {"zh": "该行 targets 为空", "en": "no targets in the row"},
    "h_value_coverage": {"zh": "指标值解析覆盖率（没有金标准时）", "en": "Value coverage (no gold targets)"},
    "value_coverage_line": {
        "zh": "{rows} 行中 {with_value} 行填了指标值（{empty} 行为空）。其中 {quantified} 行（{quantified_share}）解析出可量化的目标，"
              "{confident} 行（{confident_share}）每个目标的置信度都不低于 {threshold}、可直接采纳。首个目标的类型：{kinds}。",
        "en": "{with_value} of {rows} rows have a value ({empty} empty). {quantified} of them "
              "({quantified_share}) parse to a quantified target, {confident} ({confident_share}) "
              "with every target's confidence at least {threshold}, accepted without review. "
              "Kind of the first target: {kinds}."},
    "value_coverage_note": {
        "zh": "说明：文件没有金标准目标时，无法判断解析对不对，只能看解析器读懂了多少：可量化的比例和可直接采纳的比例越高，需要人工复核的越少；这不是正确率。",
        "en": "Note: without gold targets the parse cannot be checked, only how much of the value "
              "column the parser reads: the higher the quantified and accepted shares, the less to "
              "review; neither is an accuracy."},
    # -- model card
    "h_card": {"zh": "模型卡", "en": "Model card"},
    "card_note": {
        "zh": "说明：被评估模型的来历——模型做法、训练时间、训练数据与模型文件的 sha256 校验值、所用库的版本；"
              "用来核对本报告评估的正是正在使用的模型（校验值一致即为同一模型）。",
        "en": "Note: where the scored models come from: method, training time, sha256 of the "
              "training data and the model file, library versions; matching checksums show the "
              "report is about the model in use."},
    "h_card_classes": {"zh": "分类模型", "en": "Taxonomy classifier"},
    "h_card_values": {"zh": "指标值解析置信度模型", "en": "Value parser confidence"},
    "col_field": {"zh": "字段", "en": "field"},
    "col_field_value": {"zh": "内容", "en": "value"},
    "whole_card": {"zh": "完整模型卡（JSON）", "en": "the whole card"},
    "field.model": {"zh": "模型做法", "en": "model"},
    "field.trained": {"zh": "训练时间", "en": "trained"},
    "field.trained_on": {"zh": "训练数据", "en": "trained_on"},
    "field.corpus_sha256": {"zh": "训练语料校验值", "en": "corpus_sha256"},
    "field.model_sha256": {"zh": "模型文件校验值", "en": "model_sha256"},
    "field.weights_sha256": {"zh": "权重校验值", "en": "weights_sha256"},
    "field.rows": {"zh": "训练行数", "en": "rows"},
    "field.tables": {"zh": "训练表数", "en": "tables"},
    "field.library_rows": {"zh": "指标库行数", "en": "library_rows"},
    "field.versions": {"zh": "库版本", "en": "versions"},
    "field.training_pairs_count": {"zh": "记录的训练行数（名称与指标值的校验值）", "en": "training_pairs_count"},
}

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;margin:2em auto;max-width:1200px;padding:0 1.5em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3;white-space:nowrap} td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.note{color:#444;font-size:.92em;max-width:40em}
.about{background:#f7f9fc;border-left:4px solid #1f77b4;padding:.6em 1em;overflow-wrap:anywhere}
.plots{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
.note{color:#444} p.note{background:#fafafa;border-left:3px solid #bbb;padding:.3em .8em}
.muted{color:#777;font-size:.9em} img{max-width:100%}
pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:.85em}
"""


def _check(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"报告语言只能是 zh 或 en，收到 {lang!r}"
                         f" (report language must be one of {', '.join(LANGS)}, got {lang!r})")
    return lang


def text(key: str, lang: str = "zh", **fill: Any) -> str:
    """The page's text `key` in `lang`; {placeholders} are filled with escaped values."""
    s = TEXT[key][_check(lang)]
    return s.format(**{k: escape(str(v)) for k, v in fill.items()}) if fill else s


def _fill(key: str, lang: str, raw: dict[str, str], **fill: Any) -> str:
    """text() with some placeholders filled with page HTML written here (`raw`, not escaped)."""
    s = TEXT[key][_check(lang)]
    return s.format(**{k: escape(str(v)) for k, v in fill.items()}, **raw)


def _label(prefix: str, key: str, lang: str) -> str:
    """A data key (a class of the figures, e.g. unit family "percent") for people: in Chinese
    its Chinese name with the key beside it (the plots are labelled with the keys)."""
    entry = TEXT.get(f"{prefix}.{key}")
    if entry is None or lang == "en" or entry["zh"] == key:
        return key if entry is None else entry[lang]
    return f"{entry['zh']}（{key}）"


def _pct(v: Any) -> str:
    return "—" if v is None else f"{v:.1%}"


def _num(v: Any, digits: int = 3) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def _fmt(v: Any, how: str) -> str:
    return _pct(v) if how == "pct" else _num(v, 4 if how == "num4" else 3)


def _table(header: list[str], rows: list[list[Any]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{escape(str(c))}</td>' if i in numeric else f"<td>{escape(str(c))}</td>"
        for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _img(uri: str, alt: str) -> str:
    return f'<img src="{uri}" alt="{escape(alt)}">'


def _note(key: str, lang: str, **fill: Any) -> str:
    return f'<p class="note">{text(key, lang, **fill)}</p>'


def _delta(v: Any, how: str, lang: str) -> str:
    """model − baseline: a percentage's difference in points, signed."""
    if not isinstance(v, (int, float)):
        return "—"
    digits = 1 if how == "pct" else 4 if how == "num4" else 3
    shown = v * 100 if how == "pct" else v
    d = f"{shown:+.{digits}f}" if round(shown, digits) else f"{0:.{digits}f}"   # no sign on 0
    return text("delta_points", lang, d=d) if how == "pct" else d


def _headline(f: dict[str, Any], lang: str) -> str:
    """One row per headline figure, each with its 说明 (a figure evaluation.py adds later and
    TEXT lacks is shown under its key with an empty note: tests/test_report.py catches it).
    With a baseline model (figures["baseline_model"]) its figure and the difference stand
    beside the model's."""
    h, base = f["headline"], f["headline"]["baseline"] or {}
    old = f.get("baseline_model")
    order = [k for k, _ in HEADLINE] + [k for k in h if k != "baseline" and k not in dict(HEADLINE)]
    how = dict(HEADLINE)
    rows = []
    for key in order:
        if key in ("level2_ece", "level1_ece"):
            b = text("no_confidence", lang)
        else:
            b = _fmt(base.get(key), how.get(key, "num")) if key in base else "—"
        label = TEXT[key][lang] if key in TEXT else key
        note = TEXT[f"{key}.note"][lang] if f"{key}.note" in TEXT else ""
        fmt = how.get(key, "num")
        cells = [_fmt(h.get(key), fmt)]
        if old:
            cells += [_fmt(old["headline"].get(key), fmt), _delta(old["delta"].get(key), fmt, lang)]
        cells.append(b)
        rows.append(f'<tr data-key="{escape(key)}"><td>{escape(label)}</td>'
                    + "".join(f'<td class="n">{escape(c)}</td>' for c in cells)
                    + f'<td class="note">{escape(note)}</td></tr>')
    cols = ["col_figure", "col_model"] + (["col_old_model", "col_delta"] if old else []) \
        + ["col_baseline", "col_note"]
    head = "".join(f"<th>{escape(text(k, lang))}</th>" for k in cols)
    return (f'<section id="headline"><h2>{text("h_headline", lang)}</h2>'
            f'<table><tr>{head}</tr>{"".join(rows)}</table>'
            + (f'<p class="note" data-key="baseline_model">{text("old_model_note", lang)}</p>'
               if old else "")
            + f'<p class="note" data-key="baseline">{text("headline_note", lang)}</p></section>')


def _training(n: Any, rows: int, who: str, lang: str) -> str:
    """Whether the rows scored for classes were training rows of a model: `n` is
    figures["about"]["training_rows"] (or the baseline's), None when its card does not say."""
    who = text(who, lang)
    if n is None:
        return text("training_unknown", lang, who=who)
    if not rows:
        return ""
    return text("training_some", lang, n=n, rows=rows, who=who) if n else \
        text("training_none", lang, rows=rows, who=who)


def _old_model(f: dict[str, Any], lang: str) -> str:
    """The baseline model (zhibiao evaluate --baseline): which it is, whether the rows were
    its training rows, and the rows the model fixed and broke."""
    old = f.get("baseline_model")
    if not old:
        return ""
    from .lexicon import taxonomy
    names = taxonomy().level2_names

    def code(c: Any) -> str:
        return f"{c} {names.get(str(c), '')}".strip()

    cols = [text(k, lang) for k in ("col_name", "col_value", "col_gold", "col_this_model",
                                    "col_old_model", "col_source")]
    parts = []
    for key in ("fixed", "broken"):
        rows = [[e["name"], e.get("value_text") or "", code(e["gold"]), code(e["model"]),
                 code(e["baseline"]), e.get("source") or ""] for e in old.get(key) or []]
        parts.append(f'<h3>{text("h_" + key, lang)}</h3>'
                     + (_table(cols, rows) if rows else f'<p>{text("none_rows", lang)}</p>'))
    training = _training(old.get("training_rows"), f["about"].get("class_rows", 0),
                         "who_baseline", lang)
    return (f'<section id="baseline-model"><h2>{text("h_old_model", lang)}</h2>'
            + "<p>" + _fill("old_model_about", lang, {"training": training},
                            model=old.get("model", ""), sha=str(old.get("model_sha256") or "—")[:16])
            + "</p>"
            + _note("fixed_broken_note", lang)
            + "<p>" + text("fixed_broken", lang, fixed=old.get("fixed_rows", 0),
                           broken=old.get("broken_rows", 0), shown=LISTED) + "</p>"
            + "".join(parts) + "</section>")


def _labels(f: dict[str, Any], lang: str) -> str:
    """Where the class labels came from: declared, accepted or corrected by a reviewer."""
    lab = f.get("labels")
    if not lab:
        return ""
    n = {k: lab.get(k, 0) for k in ("declared", "accepted", "corrected")}
    return (f'<section id="labels"><h2>{text("h_labels", lang)}</h2>'
            f'<p>{text("labels_line", lang, total=sum(n.values()), **n)}</p>'
            + _note("labels_note", lang) + "</section>")


def _reasons(counts: dict[str, int], what: dict[str, str], lang: str) -> str:
    shown = [text("reason_count", lang, n=n,
                  what=TEXT[f"unscored.{k}"][lang] if f"unscored.{k}" in TEXT else what.get(k, k))
             for k, n in counts.items() if n]
    return text("list_sep", lang).join(shown) or text("no_reason", lang)


def _unscored(f: dict[str, Any], lang: str) -> str:
    """One line: the rows not scored for classes and for values, by reason."""
    u = f.get("unscored")
    if not u:
        return ""
    what = u.get("what") or {}
    line = _fill("unscored_line", lang,
                 {"class_reasons": _reasons(u.get("class") or {}, what, lang),
                  "value_reasons": _reasons(u.get("value") or {}, what, lang)},
                 class_rows=u.get("class_rows", 0), value_rows=u.get("value_rows", 0))
    return (f'<section id="unscored"><h2>{text("h_unscored", lang)}</h2><p>{line}</p>'
            + _note("unscored_note", lang) + "</section>")


def _value_coverage(f: dict[str, Any], lang: str) -> str:
    """Without gold targets (figures["values"] None): how much of the value column parses."""
    c = f.get("value_coverage")
    if not c or f.get("values") is not None:
        return ""
    kinds = text("list_sep", lang).join(f"{_label('kind', k, lang)} {n}"
                                        for k, n in (c.get("first_target_kind") or {}).items())
    line = text("value_coverage_line", lang, rows=c["rows"], with_value=c["with_value"],
                empty=c["empty_value"], quantified=c["quantified"],
                quantified_share=_pct(c["quantified_share"]), confident=c["confident"],
                confident_share=_pct(c["confident_share"]),
                threshold=_num(c.get("confidence_threshold"), 4),
                kinds=kinds or text("no_reason", lang))
    return (f'<section id="value-coverage"><h2>{text("h_value_coverage", lang)}</h2>'
            f'<p>{line}</p>' + _note("value_coverage_note", lang) + "</section>")


def _classes(f: dict[str, Any], lang: str) -> str:
    c = f["classes"]
    if c is None:
        return (f'<section id="classes"><h2>{text("h_classifier", lang)}</h2>'
                f'<p>{text("no_classes", lang)}</p></section>')
    names = c["names"]
    per = [[code, names.get(code, ""), _num(m["precision"]), _num(m["recall"]), _num(m["f1"]),
            m["support"]] for code, m in c["per_class"].items()]
    legend = text("list_sep", lang).join(f"{k} {v}" for k, v in names.items())
    cols = [text(k, lang) for k in ("col_code", "col_class", "col_precision", "col_recall",
                                    "col_f1", "col_support")]
    return (
        _readings(c.get("readings"), lang)
        + f'<section id="confusion"><h2>{text("h_confusion", lang)}</h2>'
        + _img(plots.confusion(c["confusion"]), text("alt_confusion", lang))
        + _note("confusion_note", lang)
        + f'<p class="muted">{text("codes", lang, legend=legend)}</p></section>'
        + f'<section id="per-class"><h2>{text("h_per_class", lang)}</h2>'
        + _note("per_class_note", lang)
        + _table(cols, per, {2, 3, 4, 5})
        + "</section>")


def _readings(r: dict[str, Any] | None, lang: str) -> str:
    """The same rows read alone and read as tables (training.READINGS), side by side."""
    if not r:
        return ""
    head = [text(k, lang) for k in ("col_reading", "col_what", "col_rows", "col_l2", "col_l1",
                                    "col_l2_ece", "col_l2_cov")]
    parts = []
    for subset in ("all_tables", "without_bureau"):
        title = text(subset, lang, bureau=r.get("bureau_left_out", ""))
        rows = [[k, TEXT[f"reading.{k}"][lang] if f"reading.{k}" in TEXT else r["what"].get(k, ""),
                 m["rows"], _num(m["level2_accuracy"]), _num(m["level1_accuracy"]),
                 _num(m["level2_ece"]), _pct(m["level2_coverage_at_99_precision"])]
                for k, m in r.get(subset, {}).items()]
        if rows and rows[0][2]:
            parts.append(f"<h3>{title}</h3>" + _table(head, rows, {2, 3, 4, 5, 6}))
    return (f'<section id="readings"><h2>{text("h_readings", lang)}</h2>'
            + _note("readings_note", lang) + "".join(parts) + "</section>")


def _calibration(f: dict[str, Any], lang: str) -> str:
    # plot titles and axes stay ASCII (zhibiao/plots.py: no CJK font needed); the notes say
    # in the page's language what the axes are
    c, v = f["classes"], f["values"]
    figs = []
    if c:
        figs.append(_img(plots.reliability(c["reliability"], "classifier, level 2", c["level2_ece"]),
                         text("alt_reliability_classes", lang)))
    if v:
        figs.append(_img(plots.reliability(v["reliability"], "value parser, per target", v["ece"]),
                         text("alt_reliability_values", lang)))
    curves = []
    if c:
        curves += [("level 2", c["precision_coverage"], c["level2_coverage_at_99_precision"]),
                   ("level 1", c["precision_coverage_level1"], c["level1_coverage_at_99_precision"])]
    if v:
        curves.append(("values (per target)", v["precision_coverage"], v["coverage_at_99_precision"]))
    thresholds = []
    if c:
        thresholds.append(text("threshold_classes", lang,
                               l2=_num(c["level2_threshold_at_99_precision"], 4),
                               l1=_num(c["level1_threshold_at_99_precision"], 4)))
    if v:
        thresholds.append(text("threshold_values", lang, v=_num(v["threshold_at_99_precision"], 4)))
    return (
        f'<section id="reliability"><h2>{text("h_reliability", lang)}</h2>'
        + _note("reliability_note", lang)
        + f'<div class="plots">{"".join(figs)}</div></section>'
        f'<section id="precision-coverage"><h2>{text("h_precision_coverage", lang)}</h2>'
        + _note("precision_coverage_note", lang)
        + (_img(plots.precision_coverage(curves), text("alt_precision_coverage", lang))
           if curves else "")
        + f'<p>{text("thresholds", lang).format(thresholds=text("list_sep", lang).join(thresholds))}</p>'
        '</section>')


def _values(f: dict[str, Any], lang: str) -> str:
    v = f["values"]
    if v is None:
        return (f'<section id="values"><h2>{text("h_values_none", lang)}</h2>'
                f'<p>{text("no_values", lang)}</p></section>')
    head = [text("col_right", lang), text("col_targets", lang), text("col_accuracy", lang)]
    tables = "".join(
        f"<div><h3>{escape(TEXT[f'by.{what}'][lang] if f'by.{what}' in TEXT else what)}</h3>"
        + _table([TEXT[f"col.{what}"][lang] if f"col.{what}" in TEXT else what] + head,
                 [[_label(what, k, lang), g["right"], g["targets"], _pct(g["accuracy"])]
                  for k, g in groups.items()], {1, 2, 3}) + "</div>"
        for what, groups in v["by"].items())
    summary = text("values_summary", lang, rows=v["rows"], exact_rows=v["exact_rows"],
                   exact=_pct(v["exact_match"]), targets=v["targets"],
                   accuracy=_pct(v["target_accuracy"]))
    return (
        f'<section id="values"><h2>{text("h_values", lang)}</h2><p>{summary}</p>'
        + _note("values_note", lang)
        + _img(plots.value_breakdown(v["by"]), text("alt_values", lang))
        + f'<div class="plots">{tables}</div></section>')


def _worst(f: dict[str, Any], lang: str) -> str:
    w = f["worst_errors"]
    t = lambda *keys: [text(k, lang) for k in keys]  # noqa: E731
    out = [f'<section id="worst-errors"><h2>{text("h_worst", lang)}</h2>' + _note("worst_note", lang)]
    if w["classes"]:
        out.append(f"<h3>{text('h_worst_classes', lang)}</h3>" + _table(
            t("col_name", "col_value", "col_gold", "col_predicted", "col_confidence", "col_source"),
            [[e["name"], e["value_text"], f'{e["gold"]} {e["gold_name"]}',
              f'{e["predicted"]} {e["predicted_name"]}', _num(e["confidence"]), e["source"] or ""]
             for e in w["classes"]], {4}))
    if w["values"]:
        out.append(f"<h3>{text('h_worst_values', lang)}</h3>" + _table(
            t("col_value_first", "col_indicator", "col_gold", "col_predicted", "col_confidence",
              "col_source"),
            [[e["value_text"], e["name"], e["gold"], e["predicted"], _num(e["confidence"]),
              e["source"] or ""] for e in w["values"]], {4}))
    if not (w["classes"] or w["values"]):
        out.append(f"<p>{text('no_errors', lang)}</p>")
    return "".join(out) + "</section>"


def _sources(f: dict[str, Any], lang: str) -> str:
    s = f["per_source"]
    if not s:
        return ""
    rows = [[text("no_source", lang) if e["source"] == "(no source)" else e["source"],
             e["class_rows"], _pct(e["level2_accuracy"]), e["value_rows"],
             _pct(e["value_exact_match"])] for e in s[:SOURCES_SHOWN]]
    more = (f'<p class="muted">{text("more_sources", lang, n=len(s) - SOURCES_SHOWN)}</p>'
            if len(s) > SOURCES_SHOWN else "")
    cols = [text(k, lang) for k in ("col_source", "col_class_rows", "col_l2_accuracy",
                                    "col_value_rows", "col_value_exact")]
    return (f'<section id="per-source"><h2>{text("h_per_source", lang)}</h2>'
            + _note("per_source_note", lang)
            + _table(cols, rows, {1, 2, 3, 4}) + more + "</section>")


def _card_table(card: dict[str, Any], keys: tuple[str, ...], lang: str) -> str:
    rows = [[_label("field", k, lang),
             json.dumps(card[k], ensure_ascii=False) if isinstance(card[k], (dict, list)) else card[k]]
            for k in keys if k in card]
    full = escape(json.dumps(card, ensure_ascii=False, indent=2))
    return (_table([text("col_field", lang), text("col_field_value", lang)], rows)
            + f"<details><summary>{text('whole_card', lang)}</summary><pre>{full}</pre></details>")


def _card(f: dict[str, Any], lang: str) -> str:
    return (f'<section id="model-card"><h2>{text("h_card", lang)}</h2>' + _note("card_note", lang)
            + f'<h3>{text("h_card_classes", lang)}</h3>'
            + _card_table(f["model_card"] or {}, ("model", "trained", "corpus_sha256",
                                                  "model_sha256", "rows", "tables",
                                                  "library_rows", "training_pairs_count",
                                                  "versions"), lang)
            + f'<h3>{text("h_card_values", lang)}</h3>'
            + _card_table(f.get("value_model_card") or {}, ("model", "trained_on",
                                                            "weights_sha256", "versions"), lang)
            + "</section>")


def _title(a: dict[str, Any], lang: str) -> str:
    """The page title: about["method"] "grouped_cv" is evaluate.py's report of the shipped
    models; otherwise the report is of one labelled file (zhibiao evaluate)."""
    if a.get("method") == "grouped_cv":
        return text("title_cv", lang)
    return text("title_file", lang, name=Path(str(a.get("labelled", ""))).name)


def render(f: dict[str, Any], lang: str = "zh") -> str:
    """The report page for a figures dict (zhibiao.evaluation.figures), in Chinese ("zh",
    the default) or English ("en"); any other lang is a ValueError."""
    _check(lang)
    a = f["about"]
    if a.get("method") == "grouped_cv":
        how = text("how_cv", lang)
    else:
        how = _fill("how_file", lang, {"training": _training(a.get("training_rows"),
                                                              a.get("class_rows", 0),
                                                              "who_model", lang)})
    about = ('<div class="about" id="about"><p>'
             + text("about", lang, labelled=a["labelled"], rows=a["rows"],
                    class_rows=a["class_rows"], value_rows=a["value_rows"],
                    unscored_rows=a["unscored_rows"], model=a["model"],
                    sha=str(a.get("model_sha256") or "—")[:16])
             + f"<br>{how}</p></div>")
    body = "".join([about, _headline(f, lang), _old_model(f, lang), _labels(f, lang),
                    _unscored(f, lang), _classes(f, lang), _calibration(f, lang),
                    _values(f, lang), _value_coverage(f, lang), _worst(f, lang),
                    _sources(f, lang), _card(f, lang)])
    title = _title(a, lang)
    return (f'<!DOCTYPE html><html lang="{HTML_LANG[lang]}"><head><meta charset="utf-8">'
            f'<title>{title}</title><style>{CSS}</style></head><body>'
            f'<h1>{title}</h1><p class="muted">{text("version", lang, version=__version__)}</p>'
            f'{body}</body></html>\n')


def write(f: dict[str, Any], report: str | Path, metrics: str | Path, lang: str = "zh") -> None:
    """Write the metrics JSON and the HTML page (in `lang`, zh or en) from the same figures
    dict. The JSON is the same in both languages."""
    page = render(f, lang)         # rendered before anything is written: both files or neither
    text_ = json.dumps(f, ensure_ascii=False, indent=2) + "\n"
    written: list[Path] = []
    try:
        for path, content in ((Path(report), page), (Path(metrics), text_)):
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
