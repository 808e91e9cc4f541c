"""Streaming normalisation for batches too large for memory (the command line's path).

Pass 1 normalises records in chunks cut where a project ends (so every project check sees a
whole project) and spills the finished rows to a temporary file next to the output, keeping
only small per-project and per-table facts; pass 2 reads the spill back and adds the table-level
flags and the grades, so the rows equal :func:`zhibiao.normalize.normalize_records`'s.

With ``jobs`` > 1 the chunks of pass 1 are normalised in worker processes (one model load
each) while this process reads on; their results are taken back in input order, so the spill,
and therefore the output, is byte for byte the one ``jobs=1`` writes.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import os
import pickle
import signal
import tempfile
import threading
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import checks, lexicon, table_classifier
from .classifier import TaxonomyModel, resolve_model
from .normalize import (_as_dict, _classify, _key, _parsed, _ProjectWords, _ValueCache, collector_paused,
                        accept_thresholds, to_output_row)
from .records import Indicator
from .values import Target

__all__ = ["NormalizedStream", "default_jobs", "normalize_stream"]


CHUNK_ROWS = 10_000        # rows normalised together; a chunk ends where a project ends
CHUNK_CAP = 2              # x CHUNK_ROWS: a longer project is cut, and its checks redone at the end
CACHE_LIMIT = 200_000      # distinct cells, pairs and names kept before a cache starts over
MEMBER_BATCH = 200_000     # rows of cut projects held at once while their checks are redone
IN_FLIGHT = 2              # x jobs: chunks sent to workers and not yet taken back (memory)
START_METHOD = "forkserver"  # workers start from a clean process, not a fork of one with threads


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a
    container's cpuset), else all the machine has."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:                      # not on Linux
        return os.cpu_count() or 1


class _TableFacts:
    """What the table-level checks (rules 8, 13, 26) need to know of a whole table."""
    __slots__ = ("rows", "text_only", "has_basis", "has_explanation", "flags", "grade")

    def __init__(self) -> None:
        self.rows = self.text_only = 0
        self.has_basis = self.has_explanation = False
        self.flags: list[dict[str, str]] = []
        self.grade = ""


class _ProjectFacts:
    """What a project's grade needs once its rows have gone to disk."""
    __slots__ = ("first", "chunk", "rows", "row_severities", "project_severities", "no_basis",
                 "weak_basis", "unexplained")

    def __init__(self, chunk: int) -> None:
        self.first = self.chunk = chunk           # the first and the last chunk it is in
        self.rows = 0
        self.row_severities: set[str] = set()
        self.project_severities: set[str] = set()
        self.no_basis = self.weak_basis = self.unexplained = False


def _grade_of(severities: Iterable[str]) -> str:
    return checks.grade({"severity": s} for s in severities)


class NormalizedStream:
    """:func:`normalize_records` for inputs of any size, in bounded memory.

    ``feed`` (pass 1) normalises the records in chunks of about ``chunk_rows`` rows, each cut
    where a project ends, so that the per-project checks see whole projects, and spills the
    finished rows to a temporary file in ``workdir`` while keeping only small per-project and
    per-table facts. ``rows()`` (pass 2) reads the spill back and yields the output rows
    (:func:`to_output_row`) in input order, with the table-level flags, the project and
    table grades filled in: the same rows :func:`normalize_records` gives. A project cut over
    chunks (longer than ``CHUNK_CAP`` chunks, or its rows not together) has its checks redone
    over all its rows before pass 2. Use it as a context manager: ``close()`` removes the
    spill.

    ``jobs`` > 1 (None: :func:`default_jobs`) normalises the chunks in that many worker
    processes, each loading the model once, while this process reads on; at most
    ``IN_FLIGHT`` x jobs chunks are out at a time, and their results are taken back in input
    order, so the rows are byte for byte those of ``jobs=1`` (which stays in this process).
    An error in a worker is raised here, from ``feed`` or ``rows``, with its message;
    ``close()`` (or an error, or Ctrl-C in a ``with`` block) stops the workers.

    >>> from zhibiao.records import Indicator
    >>> from zhibiao.normalize import normalize_records
    >>> recs = [Indicator(source="t", project="p", name="培训人次", annual_value="≥500人次"),
    ...         Indicator(source="t", project="p", name="满意度", annual_value="≥90%")]
    >>> with NormalizedStream() as stream:
    ...     stream.feed(recs)
    ...     rows = list(stream.rows())
    2
    >>> [(r["name"], r["op"], r["number"], r["unit"]) for r in rows]
    [('培训人次', '>=', 500.0, '人次'), ('满意度', '>=', 90.0, '%')]
    >>> rows == [to_output_row(r) for r in normalize_records(recs)]
    True
    """

    def __init__(self, model: TaxonomyModel | str | None = None, workdir: str | os.PathLike | None = None,
                 chunk_rows: int | None = None, progress: bool = False, jobs: int | None = 1) -> None:
        tm = resolve_model(model)                       # a model that does not load fails here
        # what a worker loads: a folder (or None, the shipped model) it loads itself, once;
        # a model object is sent to it
        self._model_arg = tm if isinstance(model, TaxonomyModel) else (None if model is None else str(model))
        self._jobs = default_jobs() if jobs is None else int(jobs)
        if self._jobs < 1:
            raise ValueError(f"jobs={jobs!r}: 应为正整数")
        self._work = _ChunkNormaliser(tm) if self._jobs == 1 else None
        self._pool: ProcessPoolExecutor | None = None   # started at the first chunk
        self._pending: deque[Future] = deque()         # chunks out to workers, in input order
        self._chunk_rows = max(1, int(chunk_rows or CHUNK_ROWS))
        self._progress = progress
        fd, name = tempfile.mkstemp(prefix=".zhibiao-", suffix=".spill", dir=workdir)
        self._spill_path: Path | None = Path(name)
        self._spill = os.fdopen(fd, "wb")
        self._buf: list[Indicator | dict[str, Any]] = []
        self._last_key: checks.ProjectKey | None = None
        self._run = 0                                   # rows of the current project so far
        self._chunks = 0
        self._offsets: list[int] = []                   # where each chunk starts in the spill
        self.count = 0                                  # rows fed so far
        self._tables: dict[str, _TableFacts] = {}
        self._projects: dict[checks.ProjectKey, _ProjectFacts] = {}
        self._split: set[checks.ProjectKey] = set()
        self._grades: dict[checks.ProjectKey, str] | None = None
        self._split_flags: dict[checks.ProjectKey, list[dict[str, str]]] = {}
        self._summary = _SummaryCounter(tm.card)
        self._done = False

    # -- pass 1
    def feed(self, indicators: Iterable[Indicator | dict[str, Any]]) -> int:
        """Normalise records (any iterable, consumed once); returns how many were fed."""
        from tqdm import tqdm

        if self._grades is not None:
            raise RuntimeError("NormalizedStream.feed() after rows()")
        n = 0
        cap = self._chunk_rows * CHUNK_CAP
        for ind in tqdm(indicators, desc="normalising", unit="row", disable=not self._progress,
                        leave=False):
            source = ind.source if isinstance(ind, Indicator) else ind.get("source")
            project = ind.project if isinstance(ind, Indicator) else ind.get("project")
            key = (source or "", project or "")
            self._run = self._run + 1 if key == self._last_key else 1
            # a long project is cut only between the runs the table path decodes together
            if len(self._buf) >= self._chunk_rows and (
                    key != self._last_key or
                    (len(self._buf) >= cap and (self._run - 1) % table_classifier.MAX_CHAIN == 0)):
                self._flush()
            self._buf.append(ind)
            self._last_key = key
            n += 1
        self.count += n
        return n

    def _flush(self, last: bool = False) -> None:
        """Send the buffered chunk to be normalised: here (jobs=1), or to a worker, keeping
        at most IN_FLIGHT x jobs chunks out so memory is bounded by chunks, not input. An
        input of one chunk (`last` and no worker started) is normalised here: starting
        workers would cost more than it saves."""
        chunk, self._buf = self._buf, []
        if not chunk:
            return
        if self._jobs == 1 or (last and self._pool is None):
            if self._work is None:
                self._work = _ChunkNormaliser(self._model_arg)
            self._account(*self._work(chunk))
            return
        if self._pool is None:
            self._pool = _start_pool(self._jobs, self._model_arg)
        self._pending.append(self._pool.submit(_normalise_in_worker, chunk))
        del chunk
        while len(self._pending) >= IN_FLIGHT * self._jobs:
            self._take()

    def _take(self) -> None:
        """Account for the oldest chunk out (results come back in input order); a worker's
        error is raised here, as it would have been in this process."""
        self._account(*self._pending.popleft().result())

    def _drain(self) -> None:
        while self._pending:
            self._take()
        self._stop_pool(cancel=False)

    def _account(self, spilled: bytes, projects: dict[checks.ProjectKey, _ProjectFacts],
                 tables: dict[str, _TableFacts]) -> None:
        """Add a normalised chunk's facts to those of the chunks before it, and its rows to
        the spill. Chunks arrive in input order, so the numbering (which tells a project cut
        over chunks) and the order of the facts are those of one process."""
        self._chunks += 1
        for source, t in tables.items():
            table = self._tables.get(source)
            if table is None:
                self._tables[source] = t
                continue
            table.rows += t.rows
            table.text_only += t.text_only
            table.has_basis |= t.has_basis
            table.has_explanation |= t.has_explanation
        for key, p in projects.items():
            facts = self._projects.get(key)
            if facts is None:
                p.first = p.chunk = self._chunks
                self._projects[key] = p
                continue
            self._split.add(key)                        # seen in an earlier chunk: cut
            facts.chunk = self._chunks
            facts.rows += p.rows
            facts.row_severities |= p.row_severities
            facts.project_severities = p.project_severities   # this chunk's part; redone if cut
            facts.no_basis |= p.no_basis
            facts.weak_basis |= p.weak_basis
            facts.unexplained |= p.unexplained
        self._offsets.append(self._spill.tell())
        # the rows were pickled where they were normalised (in a worker: this process only
        # copies the bytes); the spill holds them as one bytes record a chunk
        pickle.dump(spilled, self._spill, protocol=pickle.HIGHEST_PROTOCOL)

    def _stop_pool(self, cancel: bool = True) -> None:
        """Shut the workers down; with `cancel` (an error, Ctrl-C, close() before the end)
        without waiting for chunks still out: they are stopped, none is left running."""
        pool, self._pool = self._pool, None
        self._pending.clear()
        if pool is None:
            return
        if cancel:
            # Python 3.11 has no public way to stop a busy worker (3.14: terminate_workers);
            # shutdown() forgets the processes, so they are taken first
            procs = list((getattr(pool, "_processes", None) or {}).values())
            # a chunk half-written to a worker that is stopped would block the queue's feeder
            # thread for ever, and the shutdown that waits for that thread
            queue = getattr(pool, "_call_queue", None)
            if queue is not None:
                queue.cancel_join_thread()
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.join(10)
        pool.shutdown(wait=True)

    # -- between the passes
    def _spilled(self, first: int = 1, last: int | None = None) -> Iterator[list[tuple]]:
        """The spilled chunks, all or those from `first` to `last` (numbered from 1)."""
        assert self._spill_path is not None, "NormalizedStream is closed"
        last = self._chunks if last is None else last
        with open(self._spill_path, "rb") as fh:
            if first > 1:
                fh.seek(self._offsets[first - 1])
            for _ in range(first, last + 1):
                yield pickle.loads(pickle.load(fh))

    def _members(self, keys: set[checks.ProjectKey]) -> Iterator[tuple[checks.ProjectKey, dict[str, Any]]]:
        """The rows of these projects as the project checks read them, from the spill (only
        the chunks between the first and the last they are in)."""
        first = min(self._projects[k].first for k in keys)
        last = max(self._projects[k].chunk for k in keys)
        for chunk in self._spilled(first, last):
            for out, *_ in chunk:
                key = (out["source"] or "", out["project"] or "")
                if key in keys:
                    yield key, {
                        "source": out["source"], "project": out["project"], "year": out["year"],
                        "project_amount": out["project_amount"], "name": out["name"],
                        "level1_effective": out["level1_effective"],
                        "level2_effective": out["level2_effective"],
                        "annual_targets": [Target(**t) for t in out["targets"][:1]]}

    def _redo_split(self) -> None:
        """Project checks again, over all their rows, for projects cut over chunks."""
        counts = {k: self._projects[k].rows for k in self._split}
        batches: list[list[checks.ProjectKey]] = [[]]
        size = 0
        for key, n in counts.items():
            if n > MEMBER_BATCH:
                continue
            if size + n > MEMBER_BATCH:
                batches.append([])
                size = 0
            batches[-1].append(key)
            size += n
        for keys in batches:
            if not keys:
                continue
            members: dict[checks.ProjectKey, list[dict[str, Any]]] = {k: [] for k in keys}
            for key, m in self._members(set(keys)):
                members[key].append(m)
            for key, rows in members.items():
                self._split_flags[key] = checks.project_flags(rows)
        for key, n in counts.items():
            if n > MEMBER_BATCH:          # one long project: read from disk as it is checked
                self._split_flags[key] = checks.project_flags(_SpilledProject(self, key, n))
        for key, flags in self._split_flags.items():
            self._projects[key].project_severities = {f["severity"] for f in flags}

    def _finish(self) -> None:
        self._flush(last=True)
        self._drain()
        self._spill.close()
        self._redo_split()
        sev = {c: checks.flag(c, basis="")["severity"] for c in ("13", "13b", "26")}
        share = lexicon.review_rules().thresholds["text_share_table"]
        by_table: dict[str, set[str]] = {}
        self._grades = {}
        for key, p in self._projects.items():
            table = self._tables[key[0]]
            severities = p.row_severities | p.project_severities
            if table.has_basis and p.no_basis:
                severities.add(sev["13"])
            if table.has_basis and p.weak_basis:
                severities.add(sev["13b"])
            if table.has_explanation and p.unexplained:
                severities.add(sev["26"])
            self._grades[key] = _grade_of(severities)
            by_table.setdefault(key[0], set()).update(severities)
        self._projects = {}
        for source, table in self._tables.items():
            table.grade = _grade_of(by_table.get(source, ()))
            if table.rows and table.text_only / table.rows > share:
                table.flags = [checks.flag("8t", share=table.text_only / table.rows)]

    # -- pass 2
    def rows(self) -> Iterator[dict[str, Any]]:
        """The output rows, in input order (once: the stream is read from disk as it goes)."""
        from tqdm import tqdm

        if self._done:
            raise RuntimeError("NormalizedStream.rows() can be read once")
        self._done = True
        if self._grades is None:
            self._finish()
        bar = tqdm(total=self.count, desc="writing", unit="row", disable=not self._progress, leave=False)
        try:
            for chunk in self._spilled():
                for out, n_reader, has_basis, basis, explained, quantitative in chunk:
                    source = out["source"] or ""
                    key = (source, out["project"] or "")
                    table = self._tables[source]
                    added = checks.column_flags(table.has_basis, table.has_explanation,
                                                basis if has_basis else None, quantitative, explained)
                    if added:
                        out["flags"][n_reader:n_reader] = added
                    project_flags = self._split_flags.get(key, out["project_flags"])
                    out["project_flags"] = project_flags + table.flags
                    out["grade"] = self._grades[key]
                    out["table_grade"] = table.grade
                    self._summary.add(out)
                    yield out
                bar.update(len(chunk))
        finally:
            bar.close()

    def summary(self, files: int | None = None) -> dict[str, Any]:
        """:func:`summary` of the rows, once ``rows()`` has been read to the end."""
        return self._summary.result(files)

    def close(self) -> None:
        self._stop_pool()
        if not self._spill.closed:
            self._spill.close()
        if self._spill_path is not None:
            self._spill_path.unlink(missing_ok=True)
            self._spill_path = None

    def __enter__(self) -> "NormalizedStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SpilledProject(Sequence):
    """The rows of one long project, read from the spill each time they are walked."""

    def __init__(self, stream: NormalizedStream, key: checks.ProjectKey, n: int) -> None:
        self._stream, self._key, self._n = stream, key, n

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for _, member in self._stream._members({self._key}):
            yield member

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice) or not -self._n <= i < self._n:
            raise IndexError(i)
        i %= self._n
        for k, member in enumerate(self):
            if k == i:
                return member
        raise IndexError(i)


class _ChunkNormaliser:
    """Pass 1's work on one chunk, with the caches it keeps from chunk to chunk. Each worker
    process has its own: the caches only save work (a parse, a row's probabilities, a
    segmentation are the same whichever chunk computed them), so the rows do not depend on
    which process normalised a chunk."""

    def __init__(self, model: TaxonomyModel | str | None) -> None:
        self.model = resolve_model(model)
        self.values = _ValueCache()
        self.classes: dict = {}                        # per-row probabilities by (name, value)
        self.project_words = _ProjectWords()
        self.name_words: dict[str, set[str]] = {}
        self.roles: dict[str, str | None] = {}

    def _table_row(self, d: dict[str, Any]) -> tuple[bool, Any, bool]:
        """(has a basis column, its first basis cell, has an explanation column) of a row:
        what checks._table_flags and checks.column_flags read of it."""
        has_basis, basis, explained = False, None, False
        for label, v in (d.get("extra") or {}).items():
            role = self.roles.get(label, "?")
            if role == "?":
                role = self.roles[label] = lexicon.headers().column_role.get(lexicon.norm_header(label))
            if role == "basis" and not has_basis:
                has_basis, basis = True, v
            elif role == "explanation":
                explained = True
        return has_basis, basis, explained

    def __call__(self, chunk: list[Indicator | dict[str, Any]]
                 ) -> tuple[bytes, dict[checks.ProjectKey, _ProjectFacts], dict[str, _TableFacts]]:
        """The chunk's spilled rows (pickled, as the spill stores them) and the facts of its
        projects and tables, in the order they first appear, for NormalizedStream._account."""
        with collector_paused():
            return self._normalize(chunk)

    def _normalize(self, chunk: list[Indicator | dict[str, Any]]
                   ) -> tuple[bytes, dict[checks.ProjectKey, _ProjectFacts], dict[str, _TableFacts]]:
        rows = [_parsed(_as_dict(ind), self.values) for ind in chunk]
        del chunk
        _classify(rows, self.model, self.classes)
        groups: dict[checks.ProjectKey, list[dict[str, Any]]] = {}
        for d in rows:
            groups.setdefault(_key(d), []).append(d)
        project_flags = {key: checks.project_flags(members) for key, members in groups.items()}
        del groups
        projects: dict[checks.ProjectKey, _ProjectFacts] = {}
        tables: dict[str, _TableFacts] = {}
        spilled = []
        for d in rows:
            key = _key(d)
            n_reader = len(d["flags"])
            d["flags"] += checks.check_row(d)
            related = checks.relatedness_flag(d, self.project_words, self.name_words)
            if related:
                d["flags"].append(related)
            has_basis, basis, explained = self._table_row(d)
            targets = d["annual_targets"]
            quantitative = any(t.kind == "number" for t in targets)
            table = tables.get(key[0])
            if table is None:
                table = tables[key[0]] = _TableFacts()
            table.rows += 1
            table.text_only += bool(targets) and all(t.kind == "text" for t in targets)
            table.has_basis |= has_basis
            table.has_explanation |= explained
            facts = projects.get(key)
            if facts is None:
                facts = projects[key] = _ProjectFacts(0)
                facts.project_severities = {f["severity"] for f in project_flags[key]}
            facts.rows += 1
            facts.row_severities.update(f["severity"] for f in d["flags"])
            if not has_basis:
                facts.no_basis = True
            elif not checks.known_basis(basis):
                facts.weak_basis = True
            if quantitative and not explained:
                facts.unexplained = True
            d["project_flags"] = project_flags[key]
            d["grade"] = d["table_grade"] = ""
            spilled.append((to_output_row(d), n_reader, has_basis, basis, explained, quantitative))
        for cache in (self.values.seen, self.classes, self.project_words.seen, self.name_words):
            if len(cache) > CACHE_LIMIT:
                cache.clear()
        return pickle.dumps(spilled, protocol=pickle.HIGHEST_PROTOCOL), projects, tables


_WORKER: _ChunkNormaliser | None = None


def _init_worker(model: TaxonomyModel | str | None) -> None:
    """A worker loads the model once. Ctrl-C is the main process's to handle: it stops the
    workers (no traceback from each of them). A main process killed outright (SIGTERM,
    SIGKILL) cannot: the worker then exits by itself rather than wait for chunks forever
    (its own end of the task queue keeps the queue open)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    _WORKER = _ChunkNormaliser(model)


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])       # ready when the main process is gone
    os._exit(1)


def _normalise_in_worker(chunk: list[Indicator | dict[str, Any]]
                         ) -> tuple[bytes, dict[checks.ProjectKey, _ProjectFacts], dict[str, _TableFacts]]:
    assert _WORKER is not None, "worker not initialised"
    try:
        return _WORKER(chunk)
    except ValueError as exc:
        if type(exc) is ValueError:
            raise
        # a subclass (ReadError) may not rebuild from its message on the way back: the same
        # one line, as a plain ValueError
        raise ValueError(str(exc)) from None


def _start_pool(jobs: int, model: TaxonomyModel | str | None) -> ProcessPoolExecutor:
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        # the server imports the package once; each worker forks from it with it imported.
        # Started with Ctrl-C ignored, which it and its workers keep from birth: a Ctrl-C
        # while it imports would otherwise print its traceback beside this process's
        context.set_forkserver_preload([__name__])
        main = threading.current_thread() is threading.main_thread()
        old = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            multiprocessing.forkserver.ensure_running()
        finally:
            if main:
                signal.signal(signal.SIGINT, old)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                               initargs=(model,))


def normalize_stream(indicators: Iterable[Indicator | dict[str, Any]],
                     model: TaxonomyModel | str | None = None, progress: bool = False,
                     workdir: str | os.PathLike | None = None,
                     chunk_rows: int | None = None, jobs: int | None = 1) -> NormalizedStream:
    """Feed `indicators` to a :class:`NormalizedStream` (pass 1) and return it; read its
    ``rows()`` once, then ``close()`` it (or use it in a ``with`` block). `jobs` worker
    processes normalise the chunks (1: in this process; None: the cores this process may use);
    the rows are the same whatever `jobs` is."""
    stream = NormalizedStream(model=model, workdir=workdir, chunk_rows=chunk_rows, progress=progress,
                              jobs=jobs)
    try:
        stream.feed(indicators)
    except BaseException:
        stream.close()
        raise
    return stream


class _SummaryCounter:
    """:func:`summary` counted one output row at a time (the same figures)."""

    def __init__(self, card: dict[str, Any]) -> None:
        self.rows = self.accepted = 0
        self.flags: Counter = Counter()
        self.sources: set = set()
        self.departments: set = set()
        self.projects: set = set()
        self.grades: Counter = Counter()
        self.table_grades: dict[str, str] = {}
        # the thresholds of the model that read the rows (its card), as each row's auto_accepted
        self.thresholds = accept_thresholds(card)

    def add(self, out: dict[str, Any]) -> None:
        self.rows += 1
        self.sources.add(out.get("source"))
        if out.get("department"):
            self.departments.add(out["department"])
        self.flags.update(f"{f['rule']} {f['severity']}" for f in out["flags"])
        key = (out.get("source") or "", out.get("project") or "")
        if key not in self.projects:
            self.projects.add(key)
            self.flags.update(f"{f['rule']} {f['severity']}" for f in out["project_flags"])
            self.grades[out["grade"]] += 1
            self.table_grades.setdefault(key[0], out["table_grade"])
        if out.get("auto_accepted"):
            self.accepted += 1

    def result(self, files: int | None = None) -> dict[str, Any]:
        flags = self.flags
        return {
            "files": files if files is not None else len(self.sources),
            "departments": len(self.departments),
            "projects": len(self.projects), "indicators": self.rows,
            "flags_by_rule": dict(sorted(flags.items(), key=lambda kv: (-kv[1], kv[0]))),
            "errors": sum(v for k, v in flags.items() if k.endswith("error")),
            "warnings": sum(v for k, v in flags.items() if k.endswith("warning")),
            "hints": sum(v for k, v in flags.items() if k.endswith("hint")),
            "grades": dict(self.grades),
            "table_grades": dict(self.table_grades),
            "auto_accepted_share": round(self.accepted / self.rows, 4) if self.rows else 0.0,
            "auto_accept_thresholds": self.thresholds,
        }


# ------------------------------------------------------------------------- DataFrame API
