import json

from zhibiao.cli import main


def test_parse_prints_json_lines(capsys):
    assert main(["parse", "≥90%", "8000件以上"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["text"] for x in lines] == ["≥90%", "8000件以上"]
    assert lines[1]["targets"][0]["op"] == ">=" and lines[1]["targets"][0]["unit"] == "件"
