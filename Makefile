# Only Python 3.12+ and make are needed; everything else comes into .venv.
PYTHON ?= $(shell command -v python3.12 >/dev/null 2>&1 && python3.12 -c 'import sys' >/dev/null 2>&1 && echo python3.12 || \
	ls $$HOME/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.1[2-9] /usr/local/bin/python3.1[2-9] 2>/dev/null | head -1)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench load faults messages clean-local shell backup restore

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is required"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m sandbox.devrun serve

test: $(STAMP)
	$(PY) -m sandbox.devrun test -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Production settings must pass Django's deployment checklist.
check: $(STAMP)
	SANDBOX_ENV=production SECRET_KEY=check-only-$$(date +%s)-a-long-random-value-for-the-deploy-check-xyz \
	DATABASE_URL=postgresql://check@127.0.0.1/check REDIS_URL=redis://127.0.0.1:6379/0 ALLOWED_HOSTS=portal.example \
	$(PY) manage.py check --deploy --fail-level WARNING

shell: $(STAMP)
	$(PY) -m sandbox.devrun manage shell

messages: $(STAMP)
	$(PY) -m sandbox.devrun manage makemessages -l th --ignore '.venv/*' --ignore '.local/*'
	$(PY) -m sandbox.devrun manage compilemessages --ignore '.venv/*'

# A consistent PostgreSQL dump and the private files, into BACKUP_DIR; restore brings them back into
# an empty database. pg_dump/pg_restore are the embedded server's own (the same major version).
BACKUP_DIR ?= .local/backups/$(shell date +%Y%m%d-%H%M%S)
backup: $(STAMP)
	$(PY) -m sandbox.devrun manage backup $(BACKUP_DIR)

restore: $(STAMP)
	@test -n "$(FROM)" || { echo "make restore FROM=<backup folder> (into an empty database)"; exit 1; }
	$(PY) -m sandbox.devrun manage restore $(FROM)

clean-local:
	rm -rf .local

# Proof at national scale (not run in CI: minutes each). They use this machine's PostgreSQL on
# 127.0.0.1:5432 (database sandbox_bench, dropped and made anew) and Redis DB 7; see bench/README.md.
bench: $(STAMP)
	$(PY) -m bench.run $(BENCH_ARGS)

load: $(STAMP)
	$(PY) -m loadtest.run $(LOAD_ARGS)

faults: $(STAMP)
	$(PY) -m faults.run $(FAULT_ARGS)
