"""The files a batch reads: folders searched, each distinct file once, and an output that can
never overwrite an input.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.csv").write_text("x")
>>> found = collect([str(d), str(d / "a.csv")], output=str(d.parent / "out.xlsx"))
>>> [p.name for p in found.files], found.notes[0].endswith("the same file as " + shown(d / "a.csv") + "; read once")
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
                out.notes.append(f"{shown(p)}: an empty folder (no files to read)")
            candidates = found
        elif p.exists() or p.is_symlink():
            candidates = [p]
        else:
            out.notes.append(f"{shown(p)}: no such file or folder")
            out.missing += 1
            continue
        for f in candidates:
            ident = _identity(f)
            if ident is not None and ident in seen:
                out.notes.append(f"{shown(f)}: the same file as {shown(seen[ident])}; read once")
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
                out.notes.append(f"{shown(f)}: the same content as {shown(first[digest])} "
                                 "(a copy; both are read)")
            elif digest:
                first[digest] = f


def _check_output(output: Path, files: list[Path], folders: list[Path],
                  seen: dict[tuple[int, int], Path]) -> None:
    ident = _identity(output)
    if ident is not None and ident in seen:
        raise OutputIsInput(f"{shown(output)}: the output is an input of this batch "
                            f"({shown(seen[ident])}); write the result to another file")
    target = output.resolve()
    for folder in folders:
        if output.exists() and target.is_relative_to(folder.resolve()):
            raise OutputIsInput(f"{shown(output)}: the output would overwrite a file in the input "
                                f"folder {shown(folder)}; write the result elsewhere")
