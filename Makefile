# make run   - install into .venv, then normalise the shipped seed tables and show the result
# make test  - install into .venv with the test extras, then run the whole test suite
# make browser - Debian's chromium and a CJK font (apt-get) for the review page's browser test;
#                .ci/run calls it before make test (without it that test skips and says why)
# make bench - throughput and memory benchmarks (figures to quote come from here)
# make train - retrain the shipped models from corpus/ (a few minutes; writes models/)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench install clean train

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/zhibiao normalize corpus/raw -o out/seeds.xlsx

test: $(STAMP)
	$(PY) -m pytest

train: $(STAMP)
	$(PY) train.py

bench: $(STAMP)
	$(PY) benchmarks/bench_values.py
	$(PY) benchmarks/bench_normalize.py
	$(PY) benchmarks/bench_start.py
	$(PY) benchmarks/bench_review.py

clean:
	rm -rf $(VENV) build dist *.egg-info out

# make evaluate   - the evaluation report of the shipped models under grouped cross-validation
#                   (reports/evaluation.html + reports/metrics.json; a minute or two)
# make screenshot - docs/report.png: that report rendered by headless Chromium (installs
#                   Debian's chromium and a CJK font with apt-get when missing; not part of test)
.PHONY: evaluate screenshot
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

evaluate: $(STAMP)
	$(PY) evaluate.py report

screenshot: $(STAMP)
	test -f reports/evaluation.html || $(PY) evaluate.py report
	command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	fc-list :lang=zh | grep -q . || $(SUDO) apt-get install -y fonts-noto-cjk
	mkdir -p docs
	profile=$$(mktemp -d) && \
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	  --no-first-run --disable-component-update --disable-sync --disable-quic \
	  --user-data-dir=$$profile --hide-scrollbars --window-size=1400,9200 \
	  --screenshot=docs/report.png file://$(CURDIR)/reports/evaluation.html 2>$$profile.log; \
	status=$$?; [ $$status = 0 ] || tail -20 $$profile.log; rm -rf $$profile $$profile.log; \
	exit $$status

# make pdfs - development PDFs of published tables (tools/make_pdfs.py): Chromium-printed pages
#             (ruled, unruled, three-page) and LibreOffice-converted .xlsx/.docx, each with its
#             expected rows, into out/pdfs/ (installs chromium, LibreOffice and a CJK font with
#             apt-get when missing; not part of test). Then: $(PY) benchmarks/reader_pdf.py
#             `make pdfs PDF_ARGS=--fixtures` also refreshes tests/fixtures/pdf/.
.PHONY: pdfs
pdfs: $(STAMP)
	command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	command -v soffice >/dev/null || { $(SUDO) apt-get update && \
	  $(SUDO) apt-get install -y libreoffice-calc libreoffice-writer; }
	fc-list :lang=zh | grep -q . || $(SUDO) apt-get install -y fonts-noto-cjk
	$(PY) tools/make_pdfs.py --out out/pdfs $(PDF_ARGS)

# make fuzz - coverage-guided fuzzing (atheris) of every reader and of parse_value, FUZZ_SECONDS
#             each (default 600), one after the other, then a table of the figures (inputs
#             tried, crashes, unexpected errors, slowest input, peak RSS). Crashing inputs are
#             kept in tests/fixtures/fuzz/<reader>/ as regression files; work files in out/fuzz/.
#             FUZZ_TARGETS="xlsx csv" runs only those (tools/fuzz.py; not part of test)
.PHONY: fuzz
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= all
fuzz: $(STAMP)
	$(PY) -c "import atheris" 2>/dev/null || $(PY) -m pip install -q -e '.[test,fuzz]'
	$(PY) tools/fuzz.py $(FUZZ_TARGETS) --seconds $(FUZZ_SECONDS)

# make bench-million - 1,000,000 indicator rows (a generated csv) through `zhibiao normalize` to
#                      .jsonl and .xlsx under /usr/bin/time -v: rows in/out, seconds, peak memory
#                      (about 20 minutes; not part of test). BENCH_ARGS="--rows 20000" for a quick run.
.PHONY: bench-million
bench-million: $(STAMP)
	$(PY) benchmarks/bench_million.py $(BENCH_ARGS)

# make workbook-screenshots - docs/workbook-*.png: the seed tables' workbook as LibreOffice
#                             prints it, the first page of each sheet (not part of test)
.PHONY: workbook-screenshots
workbook-screenshots: $(STAMP)
	command -v soffice >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libreoffice-calc; }
	fc-list :lang=zh | grep -q . || $(SUDO) apt-get install -y fonts-noto-cjk
	$(PY) tools/workbook_screenshots.py

.PHONY: browser
browser:
	command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	fc-list :lang=zh 2>/dev/null | grep -q . || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq fonts-noto-cjk; }

# make review-screenshot - docs/review.png: the review page on the seeds' workbook (needs make browser)
.PHONY: review-screenshot
review-screenshot: $(STAMP) browser
	$(PY) tools/review_screenshot.py
