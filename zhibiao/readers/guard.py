"""The resource guard every reader goes through: a file that would take the machine's memory or
hours is refused with one line, before it is read.

Each limit is a documented setting (README, "Limits"): ``LIMITS`` holds the defaults, and an
environment variable ``ZHIBIAO_<NAME>`` (the key in capitals) overrides one for a run, e.g.
``ZHIBIAO_MAX_FILE_BYTES=4000000000 zhibiao normalize big/ -o out.xlsx``.
"""
from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from ..records import ReadError

__all__ = ["LIMITS", "limit", "check_size", "check_zip", "check_inflated", "check_cells",
           "readable_copy", "sandboxed"]

LIMITS: dict[str, int] = {
    # any input file, and what is read from a pipe: 1 GiB (a million-row csv is ~150 MB)
    "max_file_bytes": 1 << 30,
    # formats read whole into memory (page text, html, pdf, docx): 200 MB
    "max_text_bytes": 200 << 20,
    # one part of a zip container (a sheet's XML) once inflated: 4 GiB
    "max_part_bytes": 4 << 30,
    # a part that inflates more than this many times its stored size is a zip bomb
    # (real sheets inflate 5-40 times; the check applies to parts above 20 MB)
    "max_inflate_ratio": 200,
    # cells that hold something, over all sheets of one streamed workbook (.xlsx)
    "max_cells": 60_000_000,
    # cells of one sheet of the workbooks read whole into memory (.xls, .ods)
    "max_cells_in_memory": 4_000_000,
    # memory and time of a reader that runs in its own process (.xls, .ods, .pdf: their
    # libraries can ask for gigabytes, or abort the process, on one damaged length field)
    "max_reader_bytes": 1536 << 20,
    "max_reader_seconds": 300,
}
_RATIO_FLOOR = 20 << 20


def limit(name: str) -> int:
    """The limit in force: ZHIBIAO_<NAME> from the environment, else LIMITS[name]."""
    env = os.environ.get("ZHIBIAO_" + name.upper())
    if env:
        try:
            return int(float(env))
        except ValueError:
            raise ValueError(f"ZHIBIAO_{name.upper()}={env!r}：不是数字") from None
    return LIMITS[name]


def _mb(n: int) -> str:
    return f"{n / (1 << 20):,.0f} MB" if n >= 1 << 20 else f"{n / 1024:,.0f} KB"


def check_size(path: Path, size: int, key: str = "max_file_bytes") -> None:
    cap = limit(key)
    if size > cap:
        raise ReadError(path, f"拒绝读取：文件大小 {_mb(size)}，超过上限 {_mb(cap)}"
                              f"（设置项 ZHIBIAO_{key.upper()}）")


def check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse a zip container (xlsx, docx, ods) whose parts inflate beyond the limits, before
    a single part is inflated: the sizes are the archive's own directory (zipfile stops reading
    a part at its declared size, so a lying directory cannot inflate more)."""
    cap, ratio = limit("max_part_bytes"), limit("max_inflate_ratio")
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > cap:
            raise ReadError(path, f"拒绝读取：部件 {info.filename} 解压后为 {_mb(info.file_size)}，"
                                  f"超过上限 {_mb(cap)}（设置项 ZHIBIAO_MAX_PART_BYTES）")
        stored = max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and info.file_size / stored > ratio:
            raise ReadError(path, f"拒绝读取：部件 {info.filename} 解压后膨胀 {info.file_size // stored:,} 倍"
                                  f"（{_mb(stored)} 解压为 {_mb(info.file_size)}），疑为压缩炸弹"
                                  f"（zip bomb；设置项 ZHIBIAO_MAX_INFLATE_RATIO）")
    if total > 2 * cap:
        raise ReadError(path, f"拒绝读取：各部件解压后共 {_mb(total)}，超过上限"
                              f"（设置项 ZHIBIAO_MAX_PART_BYTES）")


def check_inflated(path: Path, key: str = "max_text_bytes") -> None:
    """A zip document read whole (.docx): its parts once inflated are what memory must hold."""
    with zipfile.ZipFile(path) as zf:
        total = sum(info.file_size for info in zf.infolist())
    cap = limit(key)
    if total > cap:
        raise ReadError(path, f"拒绝读取：各部件解压后共 {_mb(total)}，超过整份读取的文档上限 "
                              f"{_mb(cap)}（设置项 ZHIBIAO_{key.upper()}）")


def check_cells(path: Path, cells: int, key: str = "max_cells") -> None:
    cap = limit(key)
    if cells > cap:
        raise ReadError(path, f"拒绝读取：共 {cells:,} 个单元格，超过上限 {cap:,} 个"
                              f"（设置项 ZHIBIAO_{key.upper()}）")


def _spool(path: Path, dest: Path) -> None:
    """Copy a pipe or device once, up to the file limit (it cannot be read twice)."""
    cap = limit("max_file_bytes")
    copied = 0
    with path.open("rb") as src, dest.open("wb") as out:
        while chunk := src.read(1 << 20):
            copied += len(chunk)
            if copied > cap:
                raise ReadError(path, f"拒绝读取：从管道读入的内容超过 {_mb(cap)}"
                                      f"（设置项 ZHIBIAO_MAX_FILE_BYTES）")
            out.write(chunk)


@contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """The path itself for a regular file; for a pipe (a FIFO, ``<(cat a.csv)``) a temporary
    copy read once, since format detection reads the head and then reads again."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ReadError(path, f"无法打开（{exc.strerror or exc}）") from None
    if stat.S_ISDIR(mode):
        raise ReadError(path, "这是文件夹，不是文件")
    if stat.S_ISREG(mode):
        check_size(path, path.stat().st_size)
        yield path
        return
    folder = Path(tempfile.mkdtemp(prefix="zhibiao-"))
    try:
        copy = folder / ("input" + path.suffix)
        _spool(path, copy)
        try:
            yield copy
        except ReadError as exc:          # name the user's path, not the copy
            raise ReadError(path, exc.reason, exc.row) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _child(read: Callable[[Path], Any], path: Path, conn: Any, budget: int) -> None:
    """In the forked process: cap the address space, read, send the rows or the reason."""
    try:
        import resource
        devnull = os.open(os.devnull, os.O_WRONLY)   # a library's abort prints a backtrace:
        os.dup2(devnull, 2)                          # the parent's one line says it all
        pages = int(Path("/proc/self/statm").read_text().split()[0])
        cap = pages * os.sysconf("SC_PAGE_SIZE") + budget
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        conn.send(("rows", read(path)))
    except ReadError as exc:
        conn.send(("error", exc.reason))
    except MemoryError:
        conn.send(("error", f"文件已损坏：读取需要超过 {_mb(budget)} 的内存"
                            f"（MemoryError；设置项 ZHIBIAO_MAX_READER_BYTES）"))
    except Exception as exc:       # the parent's net marks it unexpected, as inline
        conn.send(("unexpected", f"{type(exc).__name__}: {str(exc)[:120]}"))
    finally:
        conn.close()


def sandboxed(read: Callable[[Path], Any], path: Path) -> Any:
    """read(path) in a forked process whose memory is capped: a library that would take the
    machine's memory, or abort on a failed allocation (calamine does), ends in one ReadError
    and the batch goes on. Where fork is not available, read(path) runs here."""
    if sys.platform != "linux":
        return read(path)
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    budget, seconds = limit("max_reader_bytes"), limit("max_reader_seconds")
    proc = ctx.Process(target=_child, args=(read, path, send, budget), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(seconds):
            raise ReadError(path, f"拒绝读取：读取时间超过 {seconds} 秒"
                                  f"（设置项 ZHIBIAO_MAX_READER_SECONDS）")
        kind, payload = recv.recv()
    except EOFError:               # the child died without a word: an abort or the cap
        proc.join(5)
        raise ReadError(path, f"文件已损坏：读取程序中途停止（所需内存超过 {_mb(budget)}，"
                              f"或程序库异常退出；退出码 {proc.exitcode}）") from None
    finally:
        recv.close()
        proc.join(1)
        if proc.is_alive():
            proc.kill()
            proc.join()
    if kind == "rows":
        return payload
    if kind == "unexpected":
        raise RuntimeError(payload)
    raise ReadError(path, payload)
