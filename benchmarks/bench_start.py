"""Cold start of the command (make bench): CPU seconds and peak memory of `zhibiao --help` and
`zhibiao parse "≥90%"`, best of five runs each, and the slowest imports of each
(`python -X importtime`)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ZHIBIAO = str(Path(sys.executable).with_name("zhibiao"))
RUNS = {"help": ["--help"], "parse": ["parse", "≥90%"]}
ENTRY = "import sys; from zhibiao.cli import main; sys.exit(main(sys.argv[1:]))"


def _one(args: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one run, measured by wait4 on the child."""
    start = time.perf_counter()
    proc = subprocess.Popen([ZHIBIAO, *args], stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _slowest_imports(args: list[str], top: int = 5) -> list[str]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", ENTRY, *args],
                         capture_output=True, text=True)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    return [f"{name} {us / 1e6:.3f} s" for us, name in sorted(rows, reverse=True)[:top]]


def main() -> None:
    result = {}
    for what, args in RUNS.items():
        runs = [_one(args) for _ in range(5)]
        wall, cpu, rss = min(runs, key=lambda r: r[1])
        result[what] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "peak_rss_mb": round(rss, 1),
                        "slowest_imports_cumulative": _slowest_imports(args)}
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
