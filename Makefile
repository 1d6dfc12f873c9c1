# WattIf — the two commands: `make run` and `make test` (each creates .venv on demand).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.wattif-installed

.PHONY: run test bench lint screenshots package calibrate data-cache clean

# Reinstall whenever the dependency declaration changes. The install is editable, so new
# modules are picked up without reinstalling.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m wattif.gui.app

# on every core, a test module per worker (its module-scoped fixtures are built once); a
# crashed worker ends the run at once (a replaced one was seen to wait for ever)
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist loadscope --max-worker-restart=0

bench: $(STAMP)
	@mkdir -p build
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Refit the constants of decode physics v2 on resources/data/measurements.csv; writes
# resources/data/decode_fit.toml and docs/calibration.md (+ its scatter plot).
calibrate: $(STAMP)
	@$(PY) -c "import matplotlib" 2>/dev/null || $(PY) -m pip install --quiet -e ".[test,calibrate]"
	$(PY) -m wattif.core.calibrate

# After editing a TOML file in resources/data, or the line items (core/lineitems.py,
# core/_np_model.py): refresh what a start reads instead of parsing and generating them (a stale
# copy is never used, only slower; a test says when one is stale)
data-cache: $(STAMP)
	$(PY) -c "from wattif.core.data import write_toml_cache; print('wrote', write_toml_cache())"
	$(PY) -c "from wattif.core._np_model import write_generated; print('wrote', write_generated())"

screenshots: $(STAMP)
	$(PY) packaging/screenshots.py

# Desktop bundle for this system (PyInstaller does not cross-build: Windows and macOS bundles
# come from the same target on those systems). Built from a regular install in .venv-package.
package:
	@test -x .venv-package/bin/python || $(PYTHON) -m venv .venv-package
	@.venv-package/bin/python -m pip install --quiet --upgrade pip
	@.venv-package/bin/python -m pip install --quiet ".[package]"
	cd packaging && ../.venv-package/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath ../dist --workpath ../build/pyinstaller wattif.spec
	QT_QPA_PLATFORM=offscreen WATTIF_USER_DIR=build/smoke-user WATTIF_STATE_DIR=build/smoke-state \
		dist/WattIf/WattIf --smoke-test
	tar -czf dist/WattIf-$$(uname -s)-$$(uname -m).tar.gz -C dist WattIf
	@echo "Bundle: dist/WattIf/WattIf  (archive in dist/)"

clean:
	rm -rf build dist *.egg-info .venv-package
