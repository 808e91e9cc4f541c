"""The `zhibiao` command. Thin: parses arguments and calls package functions."""
from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .values import parse_value


def _cmd_parse(args: argparse.Namespace) -> int:
    texts = args.values or [line.rstrip("\n") for line in sys.stdin]
    for text in texts:
        targets = [t.to_dict() for t in parse_value(text)]
        print(json.dumps({"text": text, "targets": targets}, ensure_ascii=False))
    return 0


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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
