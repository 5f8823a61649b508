# Two commands on a fresh machine:
#   make demo   set up .venv, ingest the bundled sample articles, write the HTML map, summarise
#   make test   set up .venv (and the browser and triple server the tests start), run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test notebook bench accuracy dictionaries places lint format services clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/geokg demo --output geokg-demo.html --store geokg-demo-data

# The exploration notebook in JupyterLab (the `notebook` extra); it reads GEOKG_STORE when set,
# else builds the sample graph in a temporary folder. The kernel runs in notebooks/, so folders
# given relative to here are made absolute first.
notebook: $(STAMP)
	$(BIN)/pip install --quiet -e ".[notebook]"
	absolute() { case "$$1" in ""|/*|http://*|https://*) echo "$$1";; *) echo "$$PWD/$$1";; esac; }; \
	GEOKG_STORE="$$(absolute "$$GEOKG_STORE")" GEOKG_WORKDIR="$$(absolute "$$GEOKG_WORKDIR")" \
	  $(BIN)/jupyter lab notebooks/explore.ipynb

# What the tests start themselves, from Debian: chromium (browser tests) and Virtuoso Open Source
# (the external triple store tests). Skipped when already there.
DEBIAN_PACKAGES := chromium:chromium virtuoso-t:virtuoso-opensource
services:
	@missing=""; for pair in $(DEBIAN_PACKAGES); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	[ -z "$$missing" ] || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	  || echo "warning: could not install$$missing; the tests that need them will be skipped"; }

test: $(STAMP) services
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

# Benchmarks print ratios against baselines measured in the same run; results are appended to
# bench/RESULTS.md. Not part of `make test`.
bench: $(STAMP)
	cd bench && ../$(BIN)/python run.py --articles 400

# Accuracy on every gold set (blind batches, development set, older gold, PETRARCH-2 unit
# records); the first score of each blind batch is recorded in bench/ACCURACY.md.
accuracy: $(STAMP)
	$(BIN)/python bench/accuracy.py

# The PETRARCH-2 / Phoenix dictionaries converted into geokg's data files (the output is
# committed; rerun after the dictionaries change):
#   make dictionaries PETRARCH=path/to/petrarch2/data/dictionaries
dictionaries: $(STAMP)
	@test -n "$(PETRARCH)" || { echo "usage: make dictionaries PETRARCH=<folder>"; exit 2; }
	$(BIN)/python -m geokg.loaders.petrarch build $(PETRARCH)

# Which country a town or province is in (GeoNames and ISO 3166-2, via the `places` extra)
# converted into ontology/gazetteer/geonames_places.tsv, with each country's continent and
# neighbours in country_regions.tsv and its capital's coordinates in country_coordinates.tsv
# (committed; rerun after an upgrade).
places: $(STAMP)
	$(BIN)/pip install --quiet -e ".[dev,places]"
	$(BIN)/python -m geokg.loaders.geonames

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) geokg-data geokg-demo-data *.checkpoints geokg-demo.html geokg-map.html *.egg-info
