"""zhibiao: Chinese budget performance-target tables into clean, comparable data.

>>> import zhibiao
>>> [(t.op, t.value, t.unit) for t in zhibiao.parse_value("不低于80%")]
[('>=', 80.0, '%')]
"""
from .classifier import Classification, classify, classify_many, classify_table, load_model
from .normalize import normalize
from .readers import read_table
from .records import Indicator, ReadError
from .values import Target, parse_value

__all__ = ["Target", "parse_value", "Indicator", "ReadError", "read_table", "Classification",
           "classify", "classify_many", "classify_table", "load_model", "normalize"]
__version__ = "0.1.0"
