# Two commands do all the set-up: `make demo` reviews sample_submissions/, `make test` runs the tests.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Exit status 1 means some files could not be read; sample_submissions/_bad/ holds such files on purpose.
demo: $(STAMP)
	@$(VENV)/bin/consortium-review run sample_submissions --out review_out; rc=$$?; \
	if [ $$rc -eq 1 ]; then echo "sample_submissions/_bad/ 中的文件和缺少实施方案的样例材料包（建德市/浙江省生物基可降解材料创新联合体）按设计无法读取，已列入 review_out/汇总表.xlsx 的“未能读取”页。"; \
	elif [ $$rc -ne 0 ]; then exit $$rc; fi; \
	echo "审查结果：review_out/index.html，汇总表：review_out/汇总表.xlsx"

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) bench/run_bench.py

clean:
	rm -rf $(VENV) review_out work
