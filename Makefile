# Two commands for a newcomer: `make run` and `make test`. Both are safe to repeat.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install install-test messages check-deploy bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files: pip runs again only when a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-dev.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.installed

# The source roots on the venv's path (as manage.py and pytest put them), so tools run from the venv,
# `lint-imports` among them, find the first-party packages with no PYTHONPATH to remember.
$(VENV)/.source-roots: | $(PY)
	printf '%s\n%s\n' "$(CURDIR)/site" "$(CURDIR)" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/caobang-source-roots.pth"
	touch $@

install: $(VENV)/.installed $(VENV)/.source-roots
install-test: $(VENV)/.installed-test $(VENV)/.source-roots

run: install
	$(MANAGE) compilemessages
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) rebuild_search_index
	$(MANAGE) rundemo $(HOST):$(PORT)  # runserver + localstripe on 127.0.0.1:8420 (offline card payments) + db_worker (background tasks)

test: install-test
	$(MANAGE) compilemessages
	$(PY) -m pytest $(PYTEST_ARGS)

# Lint and format (ruff) and the layers contract (import-linter); settings in pyproject.toml.
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# For translators: refresh the catalogues from the source (needs GNU gettext's xgettext).
messages: install
	$(MANAGE) makemessages -l vi -l en -l lo -l zh_Hans --ignore=.venv --ignore=var --ignore=tests --no-obsolete

# The benchmark (docs/performance.md): PostgreSQL and Redis on 127.0.0.1, wrk if installed.
# Not part of `make test`. Smaller run: make bench BENCH_ARGS="--products 1000 --stories 300".
bench: install
	$(PY) -m bench.run $(BENCH_ARGS)
