"""The `zhibiao` command. Thin: parses arguments and calls package functions."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import __version__

READ_COLUMNS = ("location", "declared_level1", "declared_level2", "name", "annual_value",
                "period_value", "flags")


def _stdin_lines() -> list[str]:
    """Standard input as lines, in whatever encoding it came (a GBK pipe from a Windows export
    must not turn ≥ into U+FFFD)."""
    from .readers.text import decode
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        return decode(data).splitlines()
    except UnicodeDecodeError:
        raise ValueError("<stdin>: 不是可识别编码的文本") from None


def _cmd_parse(args: argparse.Namespace) -> int:
    from .values import parse_value

    texts = args.values or _stdin_lines()
    for text in texts:
        targets = [t.to_dict() for t in parse_value(text)]
        print(json.dumps({"text": text, "targets": targets}, ensure_ascii=False))
    return 0


def _cell(value: object, width: int) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _cmd_read(args: argparse.Namespace) -> int:
    from .inputs import collect
    from .readers import ReadError, read_table

    found = collect(args.files)           # folders searched; each file once; our outputs skipped
    for note in found.notes:
        print(f"zhibiao read: {note}", file=sys.stderr)
    status = 1 if found.missing else 0
    for path in found.files:
        try:
            records = read_table(path)
        except ReadError as exc:
            print(f"zhibiao read: {exc}", file=sys.stderr)
            status = 1
            continue
        for ind in records:
            d = ind.to_dict()
            if args.format == "jsonl":
                print(json.dumps(d, ensure_ascii=False))
                continue
            loc = ",".join(f"{k}={v}" for k, v in d["location"].items())
            flags = ";".join(f["rule"] for f in d["flags"])
            cells = [loc, d["declared_level1"], d["declared_level2"], d["name"],
                     d["annual_value"], d["period_value"], flags]
            print(" | ".join(_cell(c, w) for c, w in zip(cells, (22, 10, 12, 24, 18, 18, 16))))
    return status


def _cmd_corpus_build(args: argparse.Namespace) -> int:
    from .corpus import build_corpus

    summary = build_corpus(Path(args.root))
    for problem in summary["problems"]:
        print(f"zhibiao corpus build: 跳过 {problem}", file=sys.stderr)
    print(json.dumps({k: v for k, v in summary.items() if k != "problems"}, ensure_ascii=False))
    return 0


def _cmd_classify(args: argparse.Namespace) -> int:
    from .classifier import ModelError, classify_many

    names = args.names or _stdin_lines()
    try:
        results = classify_many(names, [args.value] * len(names), model=args.model)
    except ModelError as exc:
        print(f"zhibiao classify: {exc}", file=sys.stderr)
        return 2
    for name, c in zip(names, results):
        print(json.dumps({"name": name, **c.to_dict()}, ensure_ascii=False))
    return 0


def _label_note(labels: dict[str, int]) -> str:
    """训练标签来源的一句话说明。"""
    note = (f"训练标签：表中申报 {labels['declared']} 行，审核采纳 {labels['accepted']} 行，"
            f"审核改正 {labels['corrected']} 行")
    if labels.get("value_corrected"):
        note += f"（其中 {labels['value_corrected']} 行按改正后的指标值训练）"
    if labels.get("unlabelled"):
        note += f"；{labels['unlabelled']} 行没有可用的二级指标，未参与训练"
    return note + "。"


def _cmd_train(args: argparse.Namespace) -> int:
    from .training import evaluate_corpus, label_counts, read_rows, train

    inputs = list(args.inputs) + list(args.corpus or [])
    if not inputs:
        print("zhibiao train: 请给出训练数据（文件或文件夹），如 zhibiao train 已审核.xlsx -o 我的模型",
              file=sys.stderr)
        return 2
    rows = read_rows([Path(p) for p in inputs])
    labelled = [r for r in rows if r["level2_code"]]
    if len({r["group"] for r in labelled}) < 2 or len({r["level2_code"] for r in labelled}) < 2:
        print(f"zhibiao train: 有二级指标的行需来自至少两张表（文件）、至少两个二级指标，"
              f"现有 {len(labelled)} 行、{len({r['group'] for r in labelled})} 张表、"
              f"{len({r['level2_code'] for r in labelled})} 个二级指标", file=sys.stderr)
        return 2
    cv = evaluate_corpus(rows, learning_curve=False) if args.evaluate else None
    model = train(rows, Path(args.output), use_library=not args.no_library, cv=cv)
    card = {k: model.card[k] for k in ("rows", "tables", "class_counts", "model_sha256")}
    labels = label_counts(rows)
    card["labels"] = labels
    card["note"] = _label_note(labels)
    if cv:
        card["level2_accuracy_grouped_cv"] = cv["with_library"]["level2_accuracy"]
    print(json.dumps(card, ensure_ascii=False))
    return 0


WHOLE_FILE_ROWS = 50_000     # a file's rows held back until it is read through (all or none)


def _cmd_normalize(args: argparse.Namespace) -> int:
    """Read, normalise and write in bounded memory: records stream from each file into
    normalize_stream (pass 1 spills finished rows next to OUT), then the rows stream into
    the writer (pass 2), which writes a temporary file and renames it to OUT when complete."""
    from . import writers
    from .classifier import ModelError
    from .streaming import normalize_stream
    from .readers import ReadError, iter_table

    out = Path(args.output)
    if out.suffix.lower() not in writers.FORMATS:
        print(f"zhibiao normalize: {args.output}: 不支持的输出格式（请用 "
              f"{'、'.join(writers.FORMATS)}）", file=sys.stderr)
        return 2
    from .inputs import OutputIsInput, collect, shown
    try:
        found = collect(args.inputs, output=args.output)
    except OutputIsInput as exc:
        print(f"zhibiao normalize: {exc}", file=sys.stderr)
        return 2
    for note in found.notes:
        print(f"zhibiao normalize: {note}", file=sys.stderr)
    files = found.files
    if not files:
        print("zhibiao normalize: 没有可读的文件，未写出任何结果", file=sys.stderr)
        return 2
    quiet = args.quiet or not sys.stderr.isatty()
    failed = found.missing

    def records():
        """Each file's records; a file that fails gives none (it is named on stderr), unless
        it failed after WHOLE_FILE_ROWS rows already went on (memory stays bounded): then
        those rows are kept and the message says so."""
        nonlocal failed
        for path in files:
            held: list = []
            passed = 0
            try:
                for record in iter_table(path):
                    held.append(record)
                    if len(held) >= WHOLE_FILE_ROWS:
                        passed += len(held)
                        yield from held
                        held = []
                yield from held
            except (ReadError, OSError) as exc:
                reason = str(exc) if isinstance(exc, ReadError) else f"{shown(path)}: {exc.strerror or exc}"
                kept = f"（出错前已读的 {passed:,} 行保留）" if passed else ""
                print(f"zhibiao normalize: {reason}{kept}", file=sys.stderr)
                failed += 1

    notes: list[str] = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with normalize_stream(records(), model=args.model, progress=not quiet, workdir=out.parent,
                              jobs=args.jobs) as stream:
            writers.write_rows(stream.rows(), out, notes=notes, lang=args.lang)
            report = stream.summary(files=len(files))
    except (writers.WriteError, ModelError) as exc:
        print(f"zhibiao normalize: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:           # the spill next to OUT: the same disk
        print(f"zhibiao normalize: {args.output}: 写出失败，未留下不完整的文件（"
              f"{writers.os_reason(exc)}）", file=sys.stderr)
        return 2
    for note in notes:
        print(f"zhibiao normalize: {note}", file=sys.stderr)
    report["failed_files"] = failed
    report["output"] = str(args.output)
    print(json.dumps(report, ensure_ascii=False, indent=None if args.json else 2))
    if not quiet:                       # a person at a terminal: the result in one sentence
        print(f"zhibiao normalize: {_summary_line(report)}", file=sys.stderr)
    return 1 if failed else 0


def _summary_line(report: dict[str, Any]) -> str:
    grades = report.get("grades") or {}
    failed = f"，{report['failed_files']} 个文件读不了（见上）" if report.get("failed_files") else ""
    return (f"完成：{report['files']} 个文件{failed}，{report['projects']} 个项目、{report['indicators']} 个指标；"
            f"错误 {report['errors']}、警告 {report['warnings']}、提示 {report['hints']}；"
            f"项目评级 优 {grades.get('优', 0)} / 良 {grades.get('良', 0)} / 中 {grades.get('中', 0)}；"
            f"可免审 {report['auto_accepted_share']:.0%}。结果：{report['output']}")


def _unscored_note(figures: dict) -> str:
    """未计分的行数及原因，一句话。"""
    u = figures.get("unscored") or {}
    what = u.get("what", {})
    parts = []
    for key, label in (("class", "分类"), ("value", "指标值")):
        why = "，".join(f"{what.get(k, k)} {n} 行" for k, n in (u.get(key) or {}).items() if n)
        if why:
            parts.append(f"{label}未计分：{why}")
    return "；".join(parts) + "。" if parts else "每一行都计了分。"


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from . import report
    from .classifier import ModelError
    from .evaluation import evaluate_file
    from .labelled import LabelledError

    try:
        figures = evaluate_file(args.labelled, args.model, baseline_dir=args.baseline or None,
                                baseline=args.baseline is not None)
    except (ModelError, LabelledError) as exc:
        print(f"zhibiao evaluate: {exc}", file=sys.stderr)
        return 2
    report.write(figures, args.report, args.metrics, lang=args.lang)
    head = {k: v for k, v in figures["headline"].items() if v is not None}
    out = {**head, "unscored_rows": figures["unscored"]["rows"], "note": _unscored_note(figures)}
    if "baseline_model" in figures:
        b = figures["baseline_model"]
        out["baseline_model"] = {"model": b["model"], "level2_accuracy": b["headline"]["level2_accuracy"],
                                 "level1_accuracy": b["headline"]["level1_accuracy"],
                                 "delta": b["delta"], "fixed_rows": b["fixed_rows"],
                                 "broken_rows": b["broken_rows"]}
    print(json.dumps({**out, "report": args.report, "metrics": args.metrics}, ensure_ascii=False))
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    from .review.server import ReviewServer
    from .review.session import ReviewError, Session

    try:
        session = Session(args.file)
        server = ReviewServer(session, args.port)
    except ReviewError as exc:
        print(f"zhibiao review: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:                # the port is taken
        print(f"zhibiao review: 无法在 127.0.0.1:{args.port} 上启动（{exc.strerror or exc}）", file=sys.stderr)
        return 2
    print(f"zhibiao review: 审核页面 {server.url} （{len(session.rows)} 个有审核意见的指标；"
          f"每次决定立即写入 {session.path.name}；Ctrl-C 结束）", file=sys.stderr, flush=True)
    if not args.no_browser:
        import webbrowser
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:            # the decisions are already in the file
        print(f"zhibiao review: 已结束；决定都已写入 {session.path}", file=sys.stderr)
    finally:
        server.server_close()
    return 0


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} 不是正整数")
    return n


# argparse's own error messages, as a reviewer reads them (matched on argparse's English text)
_ERRORS_ZH = [
    (r"the following arguments are required: (.*)", r"缺少参数：\1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"参数 \1 的值 \2 无效（可选：\3）"),
    (r"argument (\S+): expected one argument", r"参数 \1 需要一个值"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
]


class _Parser(argparse.ArgumentParser):
    """argparse with its error line in Chinese (the usage line above it stays)."""

    def error(self, message: str):  # type: ignore[override]
        import re
        for pattern, chinese in _ERRORS_ZH:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, chinese, message)
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{message}\n")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help as a reviewer reads it: Chinese headings (argparse's own are English)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        # prefix '' is argparse building a subcommand's prog: leave that alone
        return super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


def _command(sub: Any, name: str, summary: str, description: str, examples: list[str]) -> argparse.ArgumentParser:
    """A subcommand whose --help says what it does in plain words, then examples."""
    p = sub.add_parser(name, help=summary, description=description, add_help=False,
                       formatter_class=_Formatter,
                       epilog="例：\n" + "\n".join(f"  {x}" for x in examples))
    _chinese_groups(p)
    return p


def _chinese_groups(p: argparse.ArgumentParser) -> None:
    p._positionals.title = "参数"
    p._optionals.title = "选项"
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhibiao", add_help=False, formatter_class=_Formatter,
        description="把各部门填报的项目支出绩效目标表（申报表、自评表）整理成干净、可比的数据：读表，"
                    "把每个指标归入标准分类（产出/效益/满意度及二级指标），把指标值解析成"
                    "“运算符 + 数值 + 单位”，给出置信度，标出审核人需要看的问题。",
        epilog="例：\n  zhibiao normalize 收到的表/ -o 审核.xlsx\n  zhibiao parse \"≥90%\"\n"
               "  zhibiao 命令 --help        每个命令的说明和例子")
    _chinese_groups(parser)
    parser.add_argument("--version", action="version", version=f"zhibiao {__version__}",
                        help="显示版本并退出")
    sub = parser.add_subparsers(dest="command", required=True, title="命令", metavar="<命令>",
                                parser_class=_Parser)

    p = _command(sub, "parse", "把指标值解析成运算符 + 数值 + 单位（每行一个 JSON）",
                 "解析每个 VALUE（不给时读标准输入的每一行），每个值输出一行 JSON："
                 "{\"text\": 原值, \"targets\": [...]}，每个目标有 kind（number 数值 / date 日期 / "
                 "boolean 是否 / text 定性）、op（= >= > <= < between approx）、value、upper、unit、"
                 "subject、text 和 confidence（解析正确的概率）。",
                 ["zhibiao parse \"≥90%\" \"8000件以上\" \"收到诉状之日起15日内\"",
                  "cut -f4 指标.tsv | zhibiao parse        # 每行一个指标值"])
    p.add_argument("values", nargs="*", metavar="VALUE", help="要解析的指标值")
    p.set_defaults(func=_cmd_parse)

    r = _command(sub, "read", "读表（xlsx/xls/csv/docx/html/pdf/网页文字），列出其中的指标行",
                 "读每个 FILE（文件夹则读其中全部文件；格式按内容识别，不看扩展名），输出其中的指标行："
                 "默认每行一个 JSON（指标的全部字段），--format table 为简表。读不了的文件报一行错误，"
                 "其他文件照读，退出码为 1。",
                 ["zhibiao read corpus/raw/002_2db091fa1eb2cfa6.txt --format table",
                  "zhibiao read 收到的表/ > 指标.jsonl"])
    r.add_argument("files", nargs="+", metavar="FILE", help="表格文件或文件夹")
    r.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                   help="jsonl：每行一个 JSON（默认）；table：简表")
    r.set_defaults(func=_cmd_read)

    c = _command(sub, "corpus", "维护训练语料（开发用）",
                 "训练语料的维护命令（开发者用）：build 由 corpus/raw/ 中的表和 corpus/published/ 中的行重建 corpus/indicators.jsonl。",
                 ["zhibiao corpus build --root corpus"])
    csub = c.add_subparsers(dest="corpus_command", required=True, title="子命令", metavar="<子命令>",
                            parser_class=_Parser)
    b = _command(csub, "build", "由 corpus/raw/ 和 corpus/published/ 生成 corpus/indicators.jsonl",
                 "读 ROOT/raw/ 中的每张表和 ROOT/published/*.jsonl 中的行，写出 ROOT/indicators.jsonl，"
                 "并输出各类行数。",
                 ["zhibiao corpus build --root corpus"])
    b.add_argument("--root", default="corpus", help="语料文件夹（默认 corpus）")
    b.set_defaults(func=_cmd_corpus_build)

    n = _command(sub, "normalize", "读表、分类、解析、审核，写出结果（审核工作簿或数据文件）",
                 "读 INPUT 中的每张表（文件，或文件夹及其子文件夹中的全部文件），把每个指标归入标准分类，"
                 "解析指标值，按审核规则检查，每个指标写一行到 OUT。OUT 的格式看扩展名：.xlsx 是给审核人的"
                 "中文工作簿（指标明细、审核意见、汇总、说明四个工作表，最后四列由审核人填写，"
                 "之后可用 zhibiao train 训练）；.csv、.jsonl、.parquet 给程序读（英文键名，见 README）。"
                 "读不了的文件报一行错误，其他文件照读，退出码为 1。文件夹中 zhibiao 以前的输出会跳过。"
                 "标准输出是一段 JSON 汇总。",
                 ["zhibiao normalize 收到的表/ -o 审核.xlsx",
                  "zhibiao normalize a.xlsx b.docx c.pdf -o 结果.jsonl --jobs 2",
                  "zhibiao normalize 下一批/ -o 审核.xlsx --model 我的模型",
                  "zhibiao normalize 收到的表/ -o review.xlsx --lang en"])
    n.add_argument("inputs", nargs="+", metavar="INPUT", help="表格文件或文件夹")
    n.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="输出文件：.xlsx、.csv、.jsonl 或 .parquet")
    n.add_argument("--lang", choices=("zh", "en"), default="zh",
                   help="工作簿的语言：zh 中文（默认）；en 英文表头（.csv/.jsonl/.parquet 总是英文键名）")
    n.add_argument("--model", default=None, metavar="MODEL_DIR",
                   help="分类模型文件夹（默认：随附的模型；zhibiao train 训练的模型在这里用）")
    n.add_argument("--quiet", action="store_true", help="不显示进度条和结果说明")
    n.add_argument("--json", action="store_true", help="汇总 JSON 写在一行")
    n.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                   help="并行的工作进程数（默认：本机可用的核数；1：不用工作进程）；N 不同，结果相同")
    n.set_defaults(func=_cmd_normalize)

    k = _command(sub, "classify", "判断指标名称属于哪个一级、二级指标（每行一个 JSON）",
                 "对每个 NAME（不给时读标准输入的每一行）给出一级、二级指标、校准后的置信度和备选分类。"
                 "单看名称；整张表的判断请用 normalize（它还用项目内的指标顺序和申报的一级指标）。",
                 ["zhibiao classify 服务对象满意度 --value ≥90%",
                  "zhibiao classify 培训人次 --model 我的模型"])
    k.add_argument("names", nargs="*", metavar="NAME", help="指标名称")
    k.add_argument("--value", default=None, help="指标值（作为判断的依据之一）")
    k.add_argument("--model", default=None, help="模型文件夹（默认：随附的模型）")
    k.set_defaults(func=_cmd_classify)

    t = _command(sub, "train", "用自己的表或审核过的工作簿训练分类模型",
                 "用每个 INPUT 中有标注的行训练（文件，或文件夹中的 .xlsx/.xls/.csv/.docx/.jsonl）："
                 "自己的表（有一级指标、二级指标列；合并单元格会补齐，任何编码；申报的分类就是标注，"
                 "每个文件算一张表做交叉验证）；zhibiao normalize 写出、审核人填过的工作簿"
                 "（审核结论“采纳”认可采用的分类；“改为二级指标”“改为指标值”优先于表中申报的）；"
                 "或语料 .jsonl。模型和模型卡写到 MODEL_DIR，并说明各类标注的行数（申报 / 采纳 / 改正）。",
                 ["zhibiao train 已审核.xlsx corpus/indicators.jsonl -o 我的模型",
                  "zhibiao train 各部门的表/ -o 我的模型 --evaluate"])
    t.add_argument("inputs", nargs="*", metavar="INPUT", help="有标注的文件或文件夹")
    t.add_argument("--corpus", nargs="+", default=[], metavar="DIR_OR_FILE",
                   help="更多输入（INPUT 的旧写法）")
    t.add_argument("-o", "--output", required=True, metavar="MODEL_DIR", help="模型写到这个文件夹")
    t.add_argument("--no-library", action="store_true", help="不加入 features/ 中整理的指标库")
    t.add_argument("--evaluate", action="store_true",
                   help="同时做按表分组的交叉验证，结果记入模型卡（较慢）")
    t.set_defaults(func=_cmd_train)

    e = _command(sub, "evaluate", "在有标注的行上评估模型：HTML 报告 + 指标 JSON",
                 "用分类模型（随附的，或 --model）和指标值解析器处理 LABELLED，写出一个可离线打开的 HTML "
                 "报告和同样数字的 JSON。LABELLED 可以是语料格式的 .jsonl、一张表（.xlsx/.csv/.docx…，"
                 "与 zhibiao read 一样读，合并单元格补齐；有三级指标、指标值、一级指标、二级指标列，"
                 "可另有 targets 列），或审核人改正过的 normalize 工作簿（改正即标准答案）。有 targets 时"
                 "对比解析结果，否则报告能解析的指标值的比例；并说明多少行未计分、为什么。--baseline "
                 "把另一个模型（默认随附的）放在同一批行上对比。",
                 ["zhibiao evaluate 已审核.xlsx --model 我的模型 --baseline "
                  "--report 报告.html --metrics 指标.json",
                  "zhibiao evaluate 标注.csv --report 报告.html --metrics 指标.json --lang en"])
    e.add_argument("labelled", metavar="LABELLED", help="有标注的文件")
    e.add_argument("--report", required=True, metavar="REPORT.html", help="HTML 报告写到这里")
    e.add_argument("--metrics", required=True, metavar="METRICS.json", help="指标 JSON 写到这里")
    e.add_argument("--model", default=None, help="模型文件夹（默认：随附的模型）")
    e.add_argument("--baseline", nargs="?", const="", default=None, metavar="OLD_MODEL_DIR",
                   help="同时评估这个模型（不给文件夹：随附的模型）并对比")
    e.add_argument("--lang", choices=("zh", "en"), default="zh", help="报告的语言：zh（默认）或 en")
    e.set_defaults(func=_cmd_evaluate)

    v = _command(sub, "review", "在浏览器里逐条审核有审核意见的指标，决定直接写回工作簿",
                 "在本机（127.0.0.1）打开一个审核页面：FILE（zhibiao normalize 输出的 .xlsx 或 .jsonl）中"
                 "有审核意见的指标，错误在前；可按主管部门、项目、规则、置信度筛选；每行显示原文和模型的备选分类。"
                 "用键盘采纳或改正（a 采纳，1/2/3 改为所列分类，c 改二级指标，v 改指标值，n 备注，d 待定，"
                 "j/k 上下），每个决定立即写入 FILE 的审核栏，文件的其他内容不变。之后用 zhibiao train 训练。",
                 ["zhibiao review 审核.xlsx",
                  "zhibiao review 审核.xlsx --port 8765 --no-browser"])
    v.add_argument("file", metavar="FILE", help="zhibiao normalize 输出的 .xlsx 或 .jsonl")
    v.add_argument("--port", type=int, default=0, help="端口（默认：任一空闲端口）")
    v.add_argument("--no-browser", action="store_true", help="不自动打开浏览器")
    v.set_defaults(func=_cmd_review)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:        # Ctrl-C: one line, no traceback (outputs are written whole or not at all)
        print(f"zhibiao {args.command}: 已中断，未写出结果", file=sys.stderr)
        return 130
    except BrokenPipeError:          # `zhibiao read … | head`: the reader went away
        sys.stderr.close()
        return 0
    except (ValueError, OSError) as exc:   # bad input: one line naming the file, no traceback
        print(f"zhibiao {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
