"""The README's examples are the program's real output (issue 14): every ```python block is
run as a doctest (ELLIPSIS: `...` stands for text left out), and every `zhibiao …` console
example and the table of output columns are compared with what the program gives now
(tools/readme_examples.py; `python tools/readme_examples.py --write` regenerates them)."""
from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "tools" / "readme_examples.py")
readme_examples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readme_examples)

BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def test_readme_python_examples_run_as_shown(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert BLOCKS
    parser, globs = doctest.DocTestParser(), {}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(BLOCKS):
        test = parser.get_doctest(block, globs, f"README.md python block {i + 1}", "README.md", 0)
        runner.run(test, clear_globs=False)          # later blocks use earlier imports
    assert runner.failures == 0, f"{runner.failures} README example(s) differ (see the output above)"


def test_readme_console_examples_and_columns_table_are_current():
    problems = readme_examples.check(README)
    assert problems == [], "\n".join(problems)


def test_every_console_example_is_checked_or_shows_usage_only():
    """A zhibiao command with output under it is compared; the check cannot silently skip one."""
    shown = readme_examples.examples(README)
    assert len(shown) >= 3
    assert {argv[0] for (argv, _), _, _ in shown} >= {"normalize", "read", "parse"}
