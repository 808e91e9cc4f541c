"""Streaming normalisation for batches too large for memory (the command line's path).

Pass 1 normalises records in chunks cut where a project ends (so every project check sees a
whole project) and spills the finished rows to a temporary file next to the output, keeping
only small per-project and per-table facts; pass 2 reads the spill back and adds the table-level
flags and the grades, so the rows equal :func:`zhibiao.normalize.normalize_records`'s.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import checks, lexicon, table_classifier
from .classifier import TaxonomyModel, resolve_model
from .normalize import (_as_dict, _classify, _key, _parsed, _ProjectWords, _ValueCache,
                        class_accept_threshold, to_output_row)
from .records import Indicator
from .values import Target, confidence

__all__ = ["NormalizedStream", "normalize_stream"]


CHUNK_ROWS = 10_000        # rows normalised together; a chunk ends where a project ends
CHUNK_CAP = 2              # x CHUNK_ROWS: a longer project is cut, and its checks redone at the end
CACHE_LIMIT = 200_000      # distinct cells, pairs and names kept before a cache starts over
MEMBER_BATCH = 200_000     # rows of cut projects held at once while their checks are redone


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
                 chunk_rows: int | None = None, progress: bool = False) -> None:
        self._model = resolve_model(model)
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
        self._values = _ValueCache()
        self._classes: dict = {}
        self._project_words = _ProjectWords()
        self._name_words: dict[str, set[str]] = {}
        self._roles: dict[str, str | None] = {}
        self._tables: dict[str, _TableFacts] = {}
        self._projects: dict[checks.ProjectKey, _ProjectFacts] = {}
        self._split: set[checks.ProjectKey] = set()
        self._grades: dict[checks.ProjectKey, str] | None = None
        self._split_flags: dict[checks.ProjectKey, list[dict[str, str]]] = {}
        self._summary = _SummaryCounter()
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

    def _table_row(self, d: dict[str, Any]) -> tuple[bool, Any, bool]:
        """(has a basis column, its first basis cell, has an explanation column) of a row:
        what checks._table_flags and checks.column_flags read of it."""
        has_basis, basis, explained = False, None, False
        for label, v in (d.get("extra") or {}).items():
            role = self._roles.get(label, "?")
            if role == "?":
                role = self._roles[label] = lexicon.headers().column_role.get(lexicon.norm_header(label))
            if role == "basis" and not has_basis:
                has_basis, basis = True, v
            elif role == "explanation":
                explained = True
        return has_basis, basis, explained

    def _flush(self) -> None:
        chunk, self._buf = self._buf, []
        if not chunk:
            return
        self._chunks += 1
        rows = [_parsed(_as_dict(ind), self._values) for ind in chunk]
        del chunk
        _classify(rows, self._model, self._classes)
        groups: dict[checks.ProjectKey, list[dict[str, Any]]] = {}
        for d in rows:
            groups.setdefault(_key(d), []).append(d)
        project_flags = {key: checks.project_flags(members) for key, members in groups.items()}
        del groups
        bases = lexicon.review_rules().words["bases"]
        spilled = []
        for d in rows:
            key = _key(d)
            n_reader = len(d["flags"])
            d["flags"] += checks.check_row(d)
            related = checks.relatedness_flag(d, self._project_words, self._name_words)
            if related:
                d["flags"].append(related)
            has_basis, basis, explained = self._table_row(d)
            targets = d["annual_targets"]
            quantitative = any(t.kind == "number" for t in targets)
            table = self._tables.get(key[0])
            if table is None:
                table = self._tables[key[0]] = _TableFacts()
            table.rows += 1
            table.text_only += bool(targets) and all(t.kind == "text" for t in targets)
            table.has_basis |= has_basis
            table.has_explanation |= explained
            facts = self._projects.get(key)
            if facts is None:
                facts = self._projects[key] = _ProjectFacts(self._chunks)
            elif facts.chunk != self._chunks:           # seen in an earlier chunk: cut
                self._split.add(key)
                facts.chunk = self._chunks
            facts.rows += 1
            facts.row_severities.update(f["severity"] for f in d["flags"])
            facts.project_severities = {f["severity"] for f in project_flags[key]}
            if not has_basis:
                facts.no_basis = True
            elif not any(w in basis for w in bases):
                facts.weak_basis = True
            if quantitative and not explained:
                facts.unexplained = True
            d["project_flags"] = project_flags[key]
            d["grade"] = d["table_grade"] = ""
            spilled.append((to_output_row(d), n_reader, has_basis, basis, explained, quantitative))
        self._offsets.append(self._spill.tell())
        pickle.dump(spilled, self._spill, protocol=pickle.HIGHEST_PROTOCOL)
        for cache in (self._values.seen, self._classes, self._project_words.seen, self._name_words):
            if len(cache) > CACHE_LIMIT:
                cache.clear()

    # -- between the passes
    def _spilled(self, first: int = 1, last: int | None = None) -> Iterator[list[tuple]]:
        """The spilled chunks, all or those from `first` to `last` (numbered from 1)."""
        assert self._spill_path is not None, "NormalizedStream is closed"
        last = self._chunks if last is None else last
        with open(self._spill_path, "rb") as fh:
            if first > 1:
                fh.seek(self._offsets[first - 1])
            for _ in range(first, last + 1):
                yield pickle.load(fh)

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
        self._flush()
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


def normalize_stream(indicators: Iterable[Indicator | dict[str, Any]],
                     model: TaxonomyModel | str | None = None, progress: bool = False,
                     workdir: str | os.PathLike | None = None,
                     chunk_rows: int | None = None) -> NormalizedStream:
    """Feed `indicators` to a :class:`NormalizedStream` (pass 1) and return it; read its
    ``rows()`` once, then ``close()`` it (or use it in a ``with`` block)."""
    stream = NormalizedStream(model=model, workdir=workdir, chunk_rows=chunk_rows, progress=progress)
    try:
        stream.feed(indicators)
    except BaseException:
        stream.close()
        raise
    return stream


class _SummaryCounter:
    """:func:`summary` counted one output row at a time (the same figures)."""

    def __init__(self) -> None:
        self.rows = self.accepted = 0
        self.flags: Counter = Counter()
        self.sources: set = set()
        self.departments: set = set()
        self.projects: set = set()
        self.grades: Counter = Counter()
        self.table_grades: dict[str, str] = {}
        card = resolve_model(None).card
        self.class_thr = {True: class_accept_threshold(card, True),
                          False: class_accept_threshold(card, False)}
        self.value_thr = confidence.accept_threshold()

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
        targets = out["targets"]
        in_context = bool(out.get("declared_level1_code") or out.get("declared_level2_code"))
        if out["class_confidence"] >= self.class_thr[in_context] and targets and \
                all(t["confidence"] >= self.value_thr for t in targets):
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
            "auto_accept_thresholds": {"class": self.class_thr[True],
                                       "class_without_declared_level1": self.class_thr[False],
                                       "value": self.value_thr},
        }


# ------------------------------------------------------------------------- DataFrame API
