"""The command line as a reviewer meets it (issue 14): every command's --help says in Chinese
what it does and shows an example; argparse's own errors are Chinese; `zhibiao read` takes
folders; Ctrl-C ends with one line, not a traceback."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from zhibiao import cli
from zhibiao.cli import build_parser, main

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
COMMANDS = ["parse", "read", "normalize", "classify", "train", "evaluate", "review", "corpus"]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _help(argv, capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv + ["--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself_in_chinese_with_an_example(command, capsys):
    text = _help([command], capsys)
    assert text.startswith("用法：zhibiao " + command)
    assert "例：" in text and f"zhibiao {command}" in text.split("例：", 1)[1]
    description = text.split("\n\n")[1]
    assert len(_CJK.findall(description)) > 10          # plain words, not a one-line English phrase
    assert "show this help message" not in text and "positional arguments" not in text


def test_the_top_level_help_lists_every_command(capsys):
    text = _help([], capsys)
    for command in COMMANDS:
        assert f"    {command}" in text
    assert set(COMMANDS) <= set(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("argv, words", [
    (["bogus"], ["错误", "bogus", "无效"]),
    (["normalize", "x"], ["错误", "缺少参数", "--output"]),
    (["normalize", "x", "-o", "y.xlsx", "--lang", "fr"], ["错误", "--lang", "fr"]),
    (["normalize", "x", "-o", "y.xlsx", "--jobs", "0"], ["错误", "不是正整数"]),
    (["read", "a", "--nope"], ["错误", "无法识别的参数", "--nope"]),
])
def test_argument_errors_are_one_chinese_line(argv, words, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert all(w in last for w in words), last


def test_read_takes_a_folder(tmp_path, capsys):
    folder = tmp_path / "表"
    shutil.copytree(RAW, folder)
    assert main(["read", str(folder)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 107                             # both seed tables: 37 + 70 rows
    assert main(["read", str(tmp_path / "没有这个文件夹")]) == 1
    assert "不存在" in capsys.readouterr().err


def test_ctrl_c_is_one_line(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "_cmd_parse", interrupted)
    assert main(["parse", "≥90%"]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["zhibiao parse: 已中断，未写出结果"]
