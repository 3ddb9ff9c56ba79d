# Quick start: `make demo` (creates .venv, installs, runs the main job on the bundled example) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("dateline needs Python >= 3.11") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/dateline extract examples/page.txt --fetched-at 2026-03-02T09:30:00Z --format json -o out/page.json
	$(BIN)/dateline extract examples/page.txt --fetched-at 2026-03-02T09:30:00Z --format text
	$(BIN)/dateline ingest examples/page.txt --db out/demo.db --fetched-at 2026-03-02T09:30:00Z
	@echo "Full JSON output: out/page.json"
	@echo "Browse what was stored: $(BIN)/dateline serve --db out/demo.db   (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .pytest_cache
