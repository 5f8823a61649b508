# Two commands on a fresh machine:
#   make demo   set up .venv, ingest the bundled sample articles, write the HTML map, summarise
#   make test   set up .venv (and the headless browser the tests use), run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint format browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/geokg demo --output geokg-demo.html --store geokg-demo-data

# Debian's chromium for the browser tests; skipped when it is already there.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

# Benchmarks print ratios against baselines measured in the same run; results are appended to
# bench/RESULTS.md. Not part of `make test`.
bench: $(STAMP)
	cd bench && ../$(BIN)/python run.py --articles 400

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) geokg-data geokg-demo-data geokg-demo.html geokg-map.html *.egg-info
