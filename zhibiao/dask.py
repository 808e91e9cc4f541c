"""``zhibiao.normalize`` over a Dask DataFrame: the recipe for a year of tables on a cluster.

Each partition goes through :func:`zhibiao.normalize` in a worker (one model load per worker
process, kept for its later partitions). The reviewer's checks need a project's rows together
and the table checks a table's, so partition by table: every table (its ``source_id``/``来源``
column, or the whole partition when there is none) must lie in one partition. Then the rows,
their order and every added column are what single-machine ``normalize`` gives on the same
frame (tests/test_dask.py checks it on a local cluster)::

    import dask.dataframe as dd, zhibiao.dask
    ddf = dd.read_parquet("tables/")       # one file a table: one partition a table
    zhibiao.dask.normalize(ddf).to_parquet("normalised/")

Spark is the same idea with ``mapInPandas`` over a DataFrame repartitioned by table::

    spark_df.repartition("source_id").mapInPandas(
        lambda frames: (zhibiao.normalize(f) for f in frames), schema=...)

Dask is an optional extra (``pip install zhibiao[dask]``), not a dependency of the core.
"""
from __future__ import annotations

from typing import Any

__all__ = ["normalize"]


def normalize(ddf: Any, name: str | None = None, value: str | None = None,
              model: str | None = None) -> Any:
    """A Dask DataFrame of ``ddf``'s rows, each partition normalised as one pandas frame.

    `model` is a model folder (a path string, so that workers load it themselves; None: the
    shipped model)."""
    from .normalize import normalize as normalize_frame

    meta = normalize_frame(ddf._meta_nonempty.head(1), name=name, value=value, model=model).iloc[:0]
    return ddf.map_partitions(normalize_frame, name=name, value=value, model=model, meta=meta)
