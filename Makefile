# make run   - install into .venv, then normalise the shipped seed tables and show the result
# make test  - install into .venv with the test extras, then run the whole test suite
# make bench - throughput and memory benchmarks (figures to quote come from here)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/zhibiao parse "≥90%" "不低于80%" "8000件以上" "收到诉状之日起15日内" "2025年10月底前"

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/bench_values.py

clean:
	rm -rf $(VENV) build dist *.egg-info out
