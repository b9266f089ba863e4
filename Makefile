# cxscore developer tasks. `make help` lists them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PIP := $(PY) -m pip --disable-pip-version-check -q

.DEFAULT_GOAL := help
.PHONY: help install run test lint typecheck check bench train evaluate eval-structure eval-remix examples corpus clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "cxscore needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip 2>/dev/null || true
	$(PIP) install -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install cxscore with its dev tools

EXAMPLES := $(filter-out examples/README.md,$(sort $(wildcard examples/*)))

run: $(STAMP) ## Install if needed, then score the bundled example résumés
	$(VENV)/bin/cxscore scan $(EXAMPLES)

test: $(STAMP) ## Install if needed, then run the test suite
	$(PY) -m pytest

lint: $(STAMP) ## Ruff lint
	$(VENV)/bin/ruff check cxscore tests scripts
	$(VENV)/bin/ruff format --check cxscore tests

typecheck: $(STAMP) ## Mypy type check
	$(VENV)/bin/mypy cxscore

check: lint typecheck test ## Lint, type check and test

bench: $(STAMP) ## Print speed figures: reading, cold start, structure, skills, batch, stages
	$(PY) scripts/bench.py
	$(PY) scripts/bench_batch.py
	$(PY) scripts/bench_stages.py

train: $(STAMP) ## Retrain models/default from training_data/ (seed 0) and record its figures
	$(VENV)/bin/cxscore train --out models/default --seed 0 \
		--heldout corpora/structure/test/gold.jsonl --skills-heldout corpora/skills/test.jsonl

evaluate: $(STAMP) ## Customer-service figures of the shipped model on the held-out résumés
	$(VENV)/bin/cxscore evaluate --data corpora/structure/test/gold.jsonl
	$(VENV)/bin/cxscore evaluate --data corpora/wild/test/gold.jsonl
	$(VENV)/bin/cxscore evaluate --data corpora/wild4/test/gold.jsonl
	$(VENV)/bin/cxscore evaluate --data corpora/wild5/test/gold.jsonl

eval-remix: $(STAMP) ## Extraction on the dev résumés re-rendered in other dev layouts (corpora/remix)
	for n in 1 3 4; do \
		$(PY) corpora/remix/remix$$n.py .remix/w$$n 4 1 >/dev/null && \
		$(VENV)/bin/cxscore evaluate-structure --corpus .remix/w$$n --split dev | head -8; \
	done

eval-structure: $(STAMP) ## Entry extraction scores on every labelled corpus, dev and test splits
	$(VENV)/bin/cxscore evaluate-structure --split dev
	$(VENV)/bin/cxscore evaluate-structure --split test
	set -e; for corpus in $$(ls -d corpora/wild corpora/wild[0-9]* | sort -V); do \
		for split in dev test; do \
			if [ -d $$corpus/$$split ]; then \
				$(VENV)/bin/cxscore evaluate-structure --corpus $$corpus --split $$split; \
			fi; \
		done; \
	done

corpus: $(STAMP) ## Regenerate the labelled structure corpus
	$(PY) scripts/make_structure_corpus.py

examples: $(STAMP) ## Regenerate the bundled example résumés
	$(PY) scripts/make_examples.py

clean: ## Remove the venv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench *.egg-info
