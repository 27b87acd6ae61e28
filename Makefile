# Two commands do all the set-up: `make demo` reviews sample_submissions/, `make test` runs the tests.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo demo-system test lint bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Reading the sample .doc plans needs LibreOffice: installed here when this may (root with apt-get), else named.
# Exit status 1 of `run` means some files could not be read; sample_submissions/_bad/ holds such files on purpose,
# and the closing lines (from review_out/run.json) tell those apart from any other file that failed, and why.
DEMO_PACKAGES := libreoffice-writer-nogui fonts-noto-cjk
demo: demo-system $(STAMP)
	@$(VENV)/bin/consortium-review run sample_submissions --out review_out; rc=$$?; \
	if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	$(PY) -m flows.last_run review_out --expected sample_submissions/truth/_bad.json sample_submissions/truth/_files.json sample_submissions/truth/_packages.json

# Before the virtualenv is built: what the demo needs from the system, installed or named.
demo-system:
	@if ! command -v soffice >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "正在安装读取 .doc 所需的 LibreOffice 和中文字体（$(DEMO_PACKAGES)）…"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEMO_PACKAGES) || exit 1; \
	  else \
	    echo "读取样例中的 .doc 方案需要 LibreOffice，请先运行：sudo apt-get install -y --no-install-recommends $(DEMO_PACKAGES)，再运行 make demo"; \
	    exit 1; \
	  fi; \
	fi

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) bench/run_bench.py

clean:
	rm -rf $(VENV) review_out work
