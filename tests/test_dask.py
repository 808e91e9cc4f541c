"""zhibiao.dask on a local Dask cluster (2 worker processes): the same rows, in the same order,
with the same added columns, as single-machine zhibiao.normalize on the whole frame."""
import json

import pandas as pd
import pytest

import zhibiao

dd = pytest.importorskip("dask.dataframe", reason="dask is an optional extra (pip install zhibiao[dask])")
distributed = pytest.importorskip("distributed")

# three tables written by hand, each with projects and declared level-1
TABLES = {
    "t1": [("项目甲", "产出指标", "培训人次", "≥500人次"), ("项目甲", "产出指标", "培训合格率", "≥95%"),
           ("项目甲", "效益指标", "群众法治意识", "明显提升"), ("项目甲", "满意度指标", "受训人员满意度", "≥90%"),
           ("项目乙", "产出指标", "设备采购数量", "8台"), ("项目乙", "产出指标", "完成时间", "2024年12月底前")],
    "t2": [("项目丙", "产出指标", "发放补贴户数", "300余户"), ("项目丙", "成本指标", "人均补助标准", "≤800元/人"),
           ("项目丙", "效益指标", "困难群众生活水平", "有所提高"), ("项目丙", "满意度指标", "服务对象满意度", "95%以上")],
    "t3": [("项目丁", "产出指标", "宣传活动次数", "≥12次"), ("项目丁", "效益指标", "工作机制", "逐步完善"),
           ("项目丁", "效益指标", "宣传效果", "良好"), ("项目丁", "满意度指标", "群众满意率", "≥85%")],
}


def _frame(source, rows):
    return pd.DataFrame([{"来源": source, "项目名称": p, "一级指标": l1, "三级指标": n, "指标值": v}
                         for p, l1, n, v in rows])


def _plain(frame):
    return json.loads(frame.to_json(orient="records", force_ascii=False))


def test_dask_partitions_by_table_give_the_single_machine_rows():
    parts = [_frame(s, rows) for s, rows in TABLES.items()]
    whole = pd.concat(parts, ignore_index=True)
    expected = zhibiao.normalize(whole)
    ddf = dd.from_map(lambda i: parts[i].set_axis(range(sum(map(len, parts[:i])),
                                                        sum(map(len, parts[:i + 1])))), range(len(parts)))
    import zhibiao.dask as zd
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = zd.normalize(ddf).compute()
    assert len(got) == len(whole) and list(got.index) == list(expected.index)
    assert list(got.columns) == list(expected.columns)
    assert _plain(got) == _plain(expected)
