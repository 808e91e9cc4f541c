"""zhibiao: Chinese budget performance-target tables into clean, comparable data.

>>> import zhibiao
>>> [(t.op, t.value, t.unit) for t in zhibiao.parse_value("不低于80%")]
[('>=', 80.0, '%')]

The public names are imported on first use (PEP 562), so that ``import zhibiao`` and the
command's ``--help`` and ``parse`` do not wait for pandas, scikit-learn or jieba. The pandas
accessor (``frame.zhibiao.normalize()``) is registered as soon as both zhibiao and pandas are
imported, in either order.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types
from typing import Any

__all__ = ["Target", "parse_value", "Indicator", "ReadError", "read_table", "Classification",
           "classify", "classify_many", "classify_table", "load_model", "normalize"]
__version__ = "0.1.0"

_WHERE = {"Target": "values", "parse_value": "values", "Indicator": "records",
          "ReadError": "records", "read_table": "readers", "Classification": "classifier",
          "classify": "classifier", "classify_many": "classifier", "classify_table": "classifier",
          "load_model": "classifier", "normalize": "normalize"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'zhibiao' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``zhibiao.normalize`` is the function, also once the submodule of the same name is
    imported (the import system then sets the package's attribute to the module)."""

    @property
    def normalize(self):
        return importlib.import_module(".normalize", __name__).normalize

    @normalize.setter
    def normalize(self, value: Any) -> None:
        pass                       # the submodule being bound: the property answers instead


sys.modules[__name__].__class__ = _Package
globals().pop("normalize", None)


class _AfterPandas(importlib.abc.MetaPathFinder):
    """Registers the DataFrame accessor once pandas is imported after zhibiao."""

    def find_spec(self, name, path, target=None):
        if name != "pandas":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec("pandas")
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            importlib.import_module(".normalize", __name__)     # registers frame.zhibiao

        spec.loader.exec_module = exec_module
        return spec


if "pandas" in sys.modules:
    importlib.import_module(".normalize", __name__)
else:
    sys.meta_path.insert(0, _AfterPandas())
