"""The workbook's 说明 sheet: what a reviewer needs to read the other three sheets.

Written from the project's data, never from a copy of it: the grades from
features/review_rules.yaml, the auto-accept thresholds from the model card and the value
model, the columns from features/output_columns.yaml, the rules with their sources from
features/review_rules.yaml and features/rule_sources.yaml. English headings with ``lang="en"``
(the column meanings and rule reasons are Chinese data either way).
"""
from __future__ import annotations

import re
from typing import Any

from . import lexicon

_TEXT = {
    "title": {"zh": "zhibiao 审核工作簿说明", "en": "About this zhibiao workbook"},
    "sheets": {"zh": "一、各工作表", "en": "1. The sheets"},
    "grades": {"zh": "二、评级（优 / 良 / 中）", "en": "2. Grades (优 / 良 / 中)"},
    "confidence": {"zh": "三、置信度", "en": "3. Confidence"},
    "accept": {"zh": "四、可免审", "en": "4. Auto-accepted rows"},
    "review": {"zh": "五、审核栏怎么填", "en": "5. Filling in the review columns"},
    "caveats": {"zh": "六、注意", "en": "6. Caveats"},
    "columns": {"zh": "七、列说明", "en": "7. Columns"},
    "rules": {"zh": "八、审核规则及依据", "en": "8. Review rules and their sources"},
    "column_head": {"zh": ["列名", "键名（.jsonl/.csv/.parquet）", "含义"],
                    "en": ["header", "key (.jsonl/.csv/.parquet)", "meaning"]},
    "rule_head": {"zh": ["规则", "严重程度", "原因（模板）", "依据"],
                  "en": ["rule", "severity", "reason (template)", "source"]},
}

_SHEETS = [
    ("indicators", "每行一个三级指标：原文、解析出的目标值（可读文字）、模型的分类和置信度、本行的审核意见，"
                   "最后四列（黄色表头）由审核人填写。"),
    ("review", "每条审核意见一行，错误在前、警告次之、提示最后；“指标明细行号”就是该指标在“指标明细”"
               "工作表中的行号（与 Excel 左侧的行号一致）。项目意见每个项目只列一次。"),
    ("summary", "按主管部门汇总：项目数、指标数、项目资金合计（都未填写资金时为空，不是 0）、"
                "错误/警告/提示条数和各评级的项目数。"),
    ("notes", "本说明。"),
]

_CONFIDENCE = [
    ("分类置信度", "模型判断的二级指标正确的概率。经过校准：在从未见过的表上（按来源表分组的交叉验证），"
              "置信度 0.9 左右的行约九成判断正确。模型结合整张表来判断：同一项目内指标的顺序、"
              "申报的一级指标都会用上。"),
    ("单行分类置信度", "只看这一行的名称和指标值时的判断和概率；与整表判断不同时，值得看一眼。"),
    ("次选二级代码 / 次选置信度", "模型的第二选择及其概率；两者接近时，分类本身就有疑问。"),
    ("取值置信度", "指标值解析正确（运算符、数值、单位都对）的概率，同样经过校准；"
              "一格有多个目标时取其中最低的。"),
]

_REVIEW = [
    ("审核结论", "填 采纳（同意本行采用的分类和解析出的目标值）、修改（按后两栏改正）或 待定；"
              "单元格带下拉列表。"),
    ("改为二级指标", "二级指标错了时填正确的名称或代码，如“质量指标”或 12；一级指标随之确定。"),
    ("改为指标值", "目标值解析错了（或原表填错）时填正确的指标值，如“≥95%”，按指标值的规则解析。"),
    ("审核备注", "任意说明。"),
    ("之后", "保存工作簿，用 zhibiao train 审核后的工作簿.xlsx -o models/新模型 训练新模型：审核人的改正"
           "作为标注，优先于表中申报的分类；再用 zhibiao evaluate 比较新旧模型。"),
]

_CAVEATS = [
    "工作簿中的目标值和审核意见是给人看的文字；程序读取请用 .jsonl / .csv / .parquet 输出（键名见第七部分）。",
    "工作簿单元格会去掉 XML 无法保存的控制字符（如 ESC、NUL）；以 = 或 # 开头的文字仍按文字保存，不会变成公式。",
    "一个工作表最多 1,048,576 行，超出的指标续写在“指标明细_2”等工作表中。",
    "在 pandas 中调用 zhibiao.normalize(frame) 时，若输入表已有同名的列（如 op、flags），"
    "zhibiao 添加的列改名为 zhibiao_op、zhibiao_flags 等，原有列保持不变。",
]


def _t(key: str, lang: str) -> Any:
    return _TEXT[key]["en" if lang == "en" else "zh"]


def _grade_lines() -> list[tuple[str, str]]:
    grades = lexicon.review_rules().grades
    return [
        ("项目评级", f"看项目的全部审核意见（各指标行的和项目本身的）：有错误 → {grades.get('error', '中')}；"
                 f"只有警告 → {grades.get('warning', '良')}；只有提示或没有意见 → {grades.get('hint', '优')}。"
                 "对应财政部门审核结果的 优/良/中（良：沟通后修改；中：退回修改后再报）。"),
        ("表评级", "同样的规则，按整张表（一个文件）的全部审核意见计算。"),
        ("严重程度", "错误：审核时会被退回修改；警告：很可能被质询；提示：建议。"),
    ]


def _accept_lines() -> list[tuple[str, str]]:
    from .classifier import resolve_model
    from .normalize import accept_thresholds

    try:
        thr = accept_thresholds(resolve_model(None).card)
    except Exception:               # no model card at hand: explain without the figures
        thr = {}

    def shown(v: Any) -> str:
        return "无（该模型没有给出）" if v is None or v > 1 else f"{v:.3f}"

    return [("可免审", "“是”表示本行模型的分类和取值都足够可靠，可不经人工复核直接采用：分类置信度和每个目标的"
                    "取值置信度都达到各自的免审阈值。阈值是交叉验证中精确率达到 99% 处的置信度，"
                    "即这样的行约 99% 判断正确。审核意见（如缺少满意度指标）与此无关，仍需看。"),
            ("当前阈值", f"分类（表中申报了一级指标时）{shown(thr.get('class'))}；分类（未申报一级指标时）"
                     f"{shown(thr.get('class_without_declared_level1'))}；取值 {shown(thr.get('value'))}。")]


def _rule_rows() -> list[list[str]]:
    rules = lexicon.review_rules().rules
    sources = lexicon.rule_sources()
    cols = lexicon.output_columns()
    out = []
    for key, rule in rules.items():
        number = re.match(r"\d+", key)
        base = number.group() if number else key.rstrip("h")
        refs = sources["rules"].get(base) or sources["rules"].get(key) or []
        out.append([key, cols.severities.get(rule["severity"], rule["severity"]), rule["reason"],
                    "；".join(sources["sources"].get(r, r) for r in refs)])
    out.append(["read.*", "错误/提示", "读表时的问题（某行无法拆分成单元格、单位栏有数字等）",
                sources["sources"].get("house", "")])
    return out


def write_notes(wb: Any, title: str, lang: str = "zh") -> None:
    """Add the 说明 sheet to an xlsxwriter workbook."""
    ws = wb.add_worksheet(title)
    bold = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "valign": "top"})
    section = wb.add_format({"bold": True, "font_size": 12})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 70)
    ws.set_column(3, 3, 50)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    row = 0

    def heading(text: str, fmt: Any = section) -> None:
        nonlocal row
        row += 1 if row else 0
        ws.write_string(row, 0, text, fmt)
        row += 1

    def pairs(items: list[tuple[str, str]]) -> None:
        nonlocal row
        for left, right in items:
            ws.write_string(row, 0, left, head)
            ws.merge_range(row, 1, row, 3, right, wrap)
            ws.set_row(row, 15 * max(1, len(right) // 60 + 1))
            row += 1

    cols = lexicon.output_columns()
    names = cols.sheets if lang != "en" else {k: k for k in cols.sheets}
    heading(_t("title", lang), bold)
    heading(_t("sheets", lang))
    pairs([(names[k], text) for k, text in _SHEETS])
    heading(_t("grades", lang))
    pairs(_grade_lines())
    heading(_t("confidence", lang))
    pairs(_CONFIDENCE)
    heading(_t("accept", lang))
    pairs(_accept_lines())
    heading(_t("review", lang))
    pairs(_REVIEW)
    heading(_t("caveats", lang))
    pairs([(str(i), text) for i, text in enumerate(_CAVEATS, 1)])
    heading(_t("columns", lang))
    for sheet in ("indicators", "review", "summary"):
        ws.write_string(row, 0, names[sheet], section)
        row += 1
        for i, h in enumerate(_t("column_head", lang)):
            ws.write_string(row, i, h, head)
        row += 1
        for key, entry in getattr(cols, sheet).items():
            ws.write_string(row, 0, cols.header(key, lang, sheet))
            ws.write_string(row, 1, key)
            ws.write_string(row, 2, entry["meaning"], wrap)
            row += 1
    heading(_t("rules", lang))
    for i, h in enumerate(_t("rule_head", lang)):
        ws.write_string(row, i, h, head)
    row += 1
    for values in _rule_rows():
        for i, v in enumerate(values):
            ws.write_string(row, i, v, wrap)
        row += 1
