"""Regenerate the README's generated parts, or check them (tests/test_docs.py calls `check`).

Two kinds of generated text:

* the table of output columns (key, 中文列名, meaning), between ``<!-- columns:start -->`` and
  ``<!-- columns:end -->``, from features/output_columns.yaml;
* the output of every ``console`` example whose command is a ``zhibiao …`` command (``$ make
  run  # = zhibiao …`` runs what follows ``# =``): the lines after the command are its output.
  A line ``...`` in the README stands for lines left out, and ``...`` inside a line for text
  left out (doctest's ELLIPSIS), so long outputs can be shown in part.

    python tools/readme_examples.py           # check: exit 1 and a diff when the README is stale
    python tools/readme_examples.py --write   # rewrite the generated parts (columns table; console
                                              # examples without an ellipsis)
"""
from __future__ import annotations

import contextlib
import difflib
import doctest
import io
import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
sys.path.insert(0, str(ROOT))

_COLUMNS = re.compile(r"(<!-- columns:start -->\n)(.*?)(<!-- columns:end -->)", re.S)
_CONSOLE = re.compile(r"```console\n(.*?)```", re.S)


def columns_table() -> str:
    from zhibiao import lexicon

    cols = lexicon.output_columns()
    lines = ["| key | 中文列名 | meaning / 含义 |", "|---|---|---|"]
    for key, entry in cols.indicators.items():
        lines.append(f"| `{key}` | {entry['zh']} | {entry['meaning'].replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def _command(line: str) -> tuple[list[str], int | None] | None:
    """(the zhibiao argv of a README command line, lines kept by a `| head -N`), or None for
    other commands (make targets, pipes into anything but head)."""
    text = line[2:]
    if "# = " in text:
        text = text.split("# = ", 1)[1]
    text = text.split("  #", 1)[0].strip()
    words = shlex.split(text)
    head = None
    if "|" in words:
        at = words.index("|")
        tail, words = words[at + 1:], words[:at]
        if len(tail) != 2 or tail[0] != "head" or not re.fullmatch(r"-\d+", tail[1]):
            return None
        head = int(tail[1][1:])
    return (words[1:], head) if words and words[0] == "zhibiao" else None


def run(argv: list[str], head: int | None = None) -> str:
    """stdout of `zhibiao ARGV` (its first `head` lines), run in this process from the
    repository's root."""
    from zhibiao.cli import main

    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            main(argv)
    finally:
        os.chdir(cwd)
    text = out.getvalue()
    return text if head is None else "".join(text.splitlines(True)[:head])


def examples(text: str) -> list[tuple[tuple[list[str], int | None], str, str]]:
    """((argv, head), expected output, the command line) of each zhibiao command in console
    blocks that shows its output (a command with no lines under it only shows usage)."""
    found = []
    for block in _CONSOLE.findall(text):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if lines[i].startswith("$ "):
                j = i + 1
                while j < len(lines) and not lines[j].startswith("$ "):
                    j += 1
                command = _command(lines[i])
                if command is not None and j > i + 1:
                    found.append((command, "\n".join(lines[i + 1:j]) + "\n", lines[i]))
                i = j
            else:
                i += 1
    return found


def matches(expected: str, got: str) -> bool:
    checker = doctest.OutputChecker()
    return checker.check_output(expected, got, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)


def check(text: str | None = None) -> list[str]:
    """What is stale in the README (empty when all is current)."""
    text = README.read_text(encoding="utf-8") if text is None else text
    problems = []
    m = _COLUMNS.search(text)
    if not m:
        problems.append("README: no <!-- columns:start --> … <!-- columns:end --> table")
    elif m.group(2) != columns_table():
        problems.append("README: the columns table differs from features/output_columns.yaml:\n" +
                        "".join(difflib.unified_diff(m.group(2).splitlines(True),
                                                     columns_table().splitlines(True))))
    for command, expected, line in examples(text):
        got = run(*command)
        if not matches(expected, got):
            problems.append(f"README: `{line[2:]}` now prints:\n{got}")
    return problems


def write() -> None:
    text = README.read_text(encoding="utf-8")
    text = _COLUMNS.sub(lambda m: m.group(1) + columns_table() + m.group(3), text)
    for command, expected, line in examples(text):
        if "..." in expected:
            continue                    # shown in part: edit by hand, checked with the ellipsis
        got = run(*command)
        text = text.replace(f"{line}\n{expected}", f"{line}\n{got}", 1)
    README.write_text(text, encoding="utf-8")


def main() -> int:
    if "--write" in sys.argv[1:]:
        write()
    problems = check()
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
