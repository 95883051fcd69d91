# quizapp: `make run` serves the app, `make test` runs every test. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
SEEDS := ../shared/seeds
SHIPPED := questions/ukraine-peace-talks.json
export FLASK_APP := quizapp

.PHONY: install run test test-fast questions bench clean help

help: ## List the targets.
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

install: $(BIN)/.installed static/vendor/.installed ## Set up: venv, packages, front-end files, database, shipped sets, demo users.
	$(BIN)/quizapp db upgrade
	$(BIN)/quizapp load-shipped
	$(BIN)/quizapp seed-demo --if-empty

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# htmx and Pico come from npm at pinned versions; the copies in static/vendor are git-ignored.
static/vendor/.installed: node_modules/.installed
	mkdir -p static/vendor
	cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx.min.js
	cp node_modules/@picocss/pico/css/pico.min.css static/vendor/pico.min.css
	touch $@

# One process with threads: login rate limits are counted in memory (memory://) and must be
# shared by every request; several processes need QUIZAPP_RATELIMIT_STORAGE_URI=redis://…
run: install ## Serve at http://127.0.0.1:$(PORT) (PORT overrides).
	$(BIN)/gunicorn --workers 1 --threads 8 --bind 127.0.0.1:$(PORT) --access-logfile - 'quizapp:create_app()'

test: install ## Run the whole test suite (on PostgreSQL too when TEST_DATABASE_URL is set).
	$(BIN)/python -m pytest

questions: $(BIN)/.installed ## Regenerate the shipped set from the two seed articles.
	$(BIN)/quizapp generate $(SEEDS)/000_1c237266802da37c.txt $(SEEDS)/003_f2731ebbe4b0bcde.txt \
		--title "Ukraine peace talks: Zelensky, Trump and Western troops" -o $(SHIPPED)

bench: install ## Print the generator and play benchmarks.
	$(BIN)/python bench/generator.py
	$(BIN)/python bench/play.py

clean: ## Remove the venv, node_modules and the vendored copies (keeps instance/).
	rm -rf $(VENV) node_modules static/vendor
