# WattIf — the two commands: `make run` and `make test` (each creates .venv on demand).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.wattif-installed

.PHONY: run test bench lint screenshots package clean

# Reinstall whenever the dependency declaration changes. The install is editable, so new
# modules are picked up without reinstalling.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m wattif.gui.app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	@mkdir -p build
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

screenshots: $(STAMP)
	$(PY) packaging/screenshots.py

clean:
	rm -rf build dist *.egg-info
