"""What a start costs: `import zhibiao`, `zhibiao --help` and `zhibiao parse` load none of the
heavy libraries (the time itself is measured by benchmarks/bench_start.py in `make bench`, never asserted), and the
lazy names still behave as the eager ones did."""
import json
import subprocess
import sys

import pytest

HEAVY = ["pandas", "sklearn", "scipy", "jieba", "rjieba", "spacy", "matplotlib", "pdfplumber",
         "joblib", "openpyxl"]
PROBE = "import sys, json; {code}; print(json.dumps(sorted(m for m in {heavy} if m in sys.modules)))"


def _loaded(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(code=code, heavy=HEAVY)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("code", [
    "import zhibiao",
    "import zhibiao.cli as c; sys.argv = ['zhibiao', '--help']\ntry:\n    c.main()\nexcept SystemExit:\n    pass",
    "import zhibiao.cli as c; c.main(['parse', '≥90%'])",
    "import zhibiao; zhibiao.parse_value('收到诉状之日起15日内')",
])
def test_a_light_start_loads_no_heavy_library(code):
    assert _loaded(code) == []


def test_accessor_whichever_is_imported_first():
    for code in ("import zhibiao, pandas as pd", "import pandas as pd, zhibiao"):
        script = code + "; print(hasattr(pd.DataFrame, 'zhibiao'))"
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "True"


def test_normalize_stays_the_function_once_its_module_is_imported():
    import zhibiao
    import zhibiao.streaming  # noqa: F401  (imports the submodule zhibiao.normalize)
    assert callable(zhibiao.normalize) and zhibiao.normalize.__name__ == "normalize"
    from zhibiao import classify_table, normalize
    assert normalize is zhibiao.normalize and callable(classify_table)
