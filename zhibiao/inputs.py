"""The files a batch reads: folders searched, each distinct file once, and an output that can
never overwrite an input.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.csv").write_text("x")
>>> found = collect([str(d), str(d / "a.csv")], output=str(d.parent / "out.xlsx"))
>>> [p.name for p in found.files], found.notes[0].endswith("与 " + shown(d / "a.csv") + " 是同一个文件，只读一次")
(['a.csv'], True)
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["collect", "Inputs", "shown", "OutputIsInput"]


class OutputIsInput(ValueError):
    """The output would overwrite a file the batch reads."""


def shown(path: str | os.PathLike[str]) -> str:
    """A path as a person can read it, also when its bytes are not UTF-8 (names unpacked from a
    zip made on a Chinese Windows are GBK): never a string that cannot be printed."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
        for enc in ("gb18030", "big5"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                continue
        return raw.decode("utf-8", "backslashreplace")


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)      # one line each, for stderr
    missing: int = 0                                    # inputs that do not exist
    skipped: list[Path] = field(default_factory=list)   # earlier outputs of zhibiao normalize


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / n for n in sorted(names) if not n.startswith(".")]
    return found


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _digest(path: Path) -> str | None:
    try:
        h = hashlib.sha1()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


def collect(inputs: list[str], output: str | None = None) -> Inputs:
    """Every file named or found in a folder (hidden ones skipped), in order, each distinct
    file once (another spelling, a link, or a file inside a folder also given is said once on
    stderr); copies with the same content are read, and said. Raises OutputIsInput when the
    output is one of them or would overwrite a file in an input folder."""
    out = Inputs()
    seen: dict[tuple[int, int], Path] = {}
    folders: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            folders.append(p)
            found = _walk(p)
            if not found:
                out.notes.append(f"{shown(p)}: 空文件夹（没有可读的文件）")
            candidates = found
        elif p.exists() or p.is_symlink():
            candidates = [p]
        else:
            out.notes.append(f"{shown(p)}: 文件或文件夹不存在")
            out.missing += 1
            continue
        for f in candidates:
            ident = _identity(f)
            if ident is not None and ident in seen:
                out.notes.append(f"{shown(f)}: 与 {shown(seen[ident])} 是同一个文件，只读一次")
                continue
            if is_own_output(f):
                out.notes.append(f"{shown(f)}: 是 zhibiao normalize 的输出文件，跳过")
                out.skipped.append(f)
                continue
            if ident is not None:
                seen[ident] = f
            out.files.append(f)
    _say_copies(out)
    if output is not None:
        _check_output(Path(output), out.files, folders, seen)
    return out


def _say_copies(out: Inputs) -> None:
    """A copy under another name is read (it may be meant), and said: files are hashed only
    where another file has the same size, so a batch is not read twice to find them."""
    by_size: dict[int, list[Path]] = {}
    for f in out.files:
        size = _size(f)
        if size is not None:
            by_size.setdefault(size, []).append(f)
    for same in by_size.values():
        first: dict[str, Path] = {}
        for f in same if len(same) > 1 else ():
            digest = _digest(f)
            if digest in first:
                out.notes.append(f"{shown(f)}: 与 {shown(first[digest])} 内容相同"
                                 "（副本；两个都读）")
            elif digest:
                first[digest] = f


def _check_output(output: Path, files: list[Path], folders: list[Path],
                  seen: dict[tuple[int, int], Path]) -> None:
    ident = _identity(output)
    if ident is not None and ident in seen:
        raise OutputIsInput(f"{shown(output)}: 输出文件就是本批的输入文件"
                            f"（{shown(seen[ident])}），请写到另一个文件")
    if is_own_output(output):
        return          # an earlier run's output, skipped as an input: replaced when this one is done
    target = output.resolve()
    for folder in folders:
        if output.exists() and target.is_relative_to(folder.resolve()):
            raise OutputIsInput(f"{shown(output)}: 输出会覆盖输入文件夹 {shown(folder)} 中的文件，"
                                "请写到别处")


_OUTPUT_KEYS = {"level2_effective", "targets", "flags", "raw"}     # keys every output row has


def is_own_output(path: Path) -> bool:
    """Whether `path` is a file zhibiao normalize wrote (a workbook with its marker property,
    or a .jsonl/.csv/.parquet whose columns are the output keys): running normalize again on
    the folder it wrote into must not read its own output as a table."""
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            return False
        if suffix == ".xlsx":
            import zipfile
            with zipfile.ZipFile(path) as z:
                if "docProps/custom.xml" not in z.namelist():
                    return False
                return b"zhibiao_output" in z.read("docProps/custom.xml")[:65536]
        if suffix in (".jsonl", ".csv"):
            with path.open("rb") as fh:
                head = fh.read(65536).decode("utf-8-sig", "replace").split("\n", 1)[0]
            if suffix == ".jsonl":
                import json
                first = json.loads(head)
                return isinstance(first, dict) and _OUTPUT_KEYS <= set(first)
            return _OUTPUT_KEYS <= {c.strip().strip('"') for c in head.split(",")}
        if suffix == ".parquet":
            import pyarrow.parquet as pq
            return _OUTPUT_KEYS <= set(pq.read_schema(path).names)
    except Exception:           # unreadable, not a zip, not JSON: not ours; the reader says why
        return False
    return False
