"""The `zhibiao` command. Thin: parses arguments and calls package functions."""
from __future__ import annotations

import argparse
import json
import sys

from pathlib import Path

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
        raise ValueError("<stdin>: not text in any known encoding") from None


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
    from .readers import ReadError, read_table

    status = 0
    for path in args.files:
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
        print(f"zhibiao corpus build: skipped {problem}", file=sys.stderr)
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
    from .streaming import normalize_stream
    from .readers import ReadError, iter_table

    out = Path(args.output)
    if out.suffix.lower() not in writers.FORMATS:
        print(f"zhibiao normalize: {args.output}: unknown output format (use "
              f"{', '.join(writers.FORMATS)})", file=sys.stderr)
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
        print("zhibiao normalize: no files to read; nothing written", file=sys.stderr)
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
                kept = f" (the {passed:,} rows read before it are kept)" if passed else ""
                print(f"zhibiao normalize: {reason}{kept}", file=sys.stderr)
                failed += 1

    notes: list[str] = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with normalize_stream(records(), progress=not quiet, workdir=out.parent,
                              jobs=args.jobs) as stream:
            writers.write_rows(stream.rows(), out, notes=notes)
            report = stream.summary(files=len(files))
    except writers.WriteError as exc:
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
    return 1 if failed else 0


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
    report.write(figures, args.report, args.metrics)
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


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} 不是正整数")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhibiao",
        description="Turn Chinese budget performance-target tables (绩效目标表) into clean data.")
    parser.add_argument("--version", action="version", version=f"zhibiao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse", help="parse target values into operator + number + unit (JSON lines)",
        description="Parse each VALUE (or each line of standard input) into its targets and "
                    "print one JSON object a line: {\"text\": VALUE, \"targets\": [...]}, each "
                    "target with kind, op, value, upper, unit, subject, text and confidence.",
        epilog="example: zhibiao parse \"≥90%\" \"8000件以上\" \"收到诉状之日起15日内\"")
    p.add_argument("values", nargs="*", metavar="VALUE", help="value cells to parse")
    p.set_defaults(func=_cmd_parse)

    r = sub.add_parser(
        "read", help="read tables (xlsx/xls/csv/docx/html/pdf/txt) into indicator records",
        description="Read each FILE (format detected from its content) and print its indicator "
                    "rows: JSON lines with the Indicator fields, or a short table.",
        epilog="example: zhibiao read corpus/raw/002_2db091fa1eb2cfa6.txt --format table")
    r.add_argument("files", nargs="+", metavar="FILE")
    r.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    r.set_defaults(func=_cmd_read)

    c = sub.add_parser("corpus", help="build the training corpus")
    csub = c.add_subparsers(dest="corpus_command", required=True)
    b = csub.add_parser(
        "build", help="write corpus/indicators.jsonl from corpus/raw/ and corpus/published/",
        description="Read every table in ROOT/raw/ and the rows in ROOT/published/*.jsonl and "
                    "write ROOT/indicators.jsonl; prints the counts.")
    b.add_argument("--root", default="corpus", help="corpus folder (default: corpus)")
    b.set_defaults(func=_cmd_corpus_build)

    n = sub.add_parser(
        "normalize", help="read tables, classify and parse every indicator, check, write OUT",
        description="Read every table in INPUT (files, or folders searched recursively), "
                    "assign each indicator to the taxonomy, parse its target values, run the "
                    "reviewer's checks and write one row per indicator to OUT (.xlsx with "
                    "indicators/review/summary sheets, .csv, .jsonl or .parquet). A file that "
                    "cannot be read is reported on one line; the others still run, and the exit "
                    "code is 1.",
        epilog="example: zhibiao normalize corpus/raw -o out/seeds.xlsx")
    n.add_argument("inputs", nargs="+", metavar="INPUT")
    n.add_argument("-o", "--output", required=True, metavar="OUT")
    n.add_argument("--quiet", action="store_true", help="no progress bar")
    n.add_argument("--json", action="store_true", help="print the summary on one line")
    n.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                   help="worker processes that normalise (default: the cores this process may "
                        "use; 1: no workers); the output is the same whatever N is")
    n.set_defaults(func=_cmd_normalize)

    k = sub.add_parser(
        "classify", help="assign indicator names to the taxonomy (JSON lines)",
        description="Predict level-1/level-2 of each NAME (or each line of standard input) with "
                    "a calibrated confidence and ranked alternatives.",
        epilog="example: zhibiao classify 服务对象满意度 --value ≥90%")
    k.add_argument("names", nargs="*", metavar="NAME")
    k.add_argument("--value", default=None, help="the target value, used as a feature")
    k.add_argument("--model", default=None, help="model folder (default: the shipped model)")
    k.set_defaults(func=_cmd_classify)

    t = sub.add_parser(
        "train", help="train a taxonomy model on your own labelled tables or reviewed workbooks",
        description="Train on labelled rows from each INPUT (files, or folders searched for "
                    ".xlsx/.xls/.csv/.docx/.jsonl): your own tables with 一级指标/二级指标 "
                    "columns (merged category cells are filled, any encoding; the declared "
                    "categories are the labels, each file one table for cross-validation), a "
                    "workbook written by `zhibiao normalize` that a reviewer filled in (审核结论 "
                    "采纳 accepts the adopted class; 改为二级指标 and 改为指标值 override what the "
                    "table declared), or the corpus .jsonl. Writes the model and its card to "
                    "MODEL_DIR and prints how many labels came from each kind "
                    "(declared / accepted / corrected).",
        epilog="example: zhibiao train 已审核.xlsx corpus/indicators.jsonl -o my-model")
    t.add_argument("inputs", nargs="*", metavar="INPUT")
    t.add_argument("--corpus", nargs="+", default=[], metavar="DIR_OR_FILE",
                   help="more inputs (the older spelling of INPUT)")
    t.add_argument("-o", "--output", required=True, metavar="MODEL_DIR")
    t.add_argument("--no-library", action="store_true",
                   help="do not add the curated indicator library of features/")
    t.add_argument("--evaluate", action="store_true",
                   help="also measure grouped cross-validation and record it in the card")
    t.set_defaults(func=_cmd_train)

    e = sub.add_parser(
        "evaluate", help="score the models on your labelled rows: HTML report + metrics JSON",
        description="Apply the classifier (the shipped one, or --model) and the value parser to "
                    "LABELLED and write a self-contained HTML report and the same figures as "
                    "JSON. LABELLED is a .jsonl in the corpus gold format, a table (.xlsx/.csv/"
                    ".docx…, read as `zhibiao read` reads it: merged category cells filled) with "
                    "三级指标, 指标值, 一级指标, 二级指标 and optionally a targets column, or a "
                    "workbook from `zhibiao normalize` that a reviewer corrected (the corrections "
                    "are the truth). Values are scored against targets where given, otherwise "
                    "the share of value cells the parser reads is reported; the output says how "
                    "many rows went unscored and why. --baseline puts another model (default: "
                    "the shipped one) beside --model on the same rows.",
        epilog="example: zhibiao evaluate 已审核.xlsx --model my-model --baseline "
               "--report report.html --metrics metrics.json")
    e.add_argument("labelled", metavar="LABELLED")
    e.add_argument("--report", required=True, metavar="REPORT.html")
    e.add_argument("--metrics", required=True, metavar="METRICS.json")
    e.add_argument("--model", default=None, help="model folder (default: the shipped model)")
    e.add_argument("--baseline", nargs="?", const="", default=None, metavar="OLD_MODEL_DIR",
                   help="also score this model folder (no folder: the shipped model) on the same "
                        "rows and compare")
    e.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:          # `zhibiao read … | head`: the reader went away
        sys.stderr.close()
        return 0
    except (ValueError, OSError) as exc:   # bad input: one line naming the file, no traceback
        print(f"zhibiao {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
