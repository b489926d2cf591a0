# newsetl — the two commands: `make demo` (the main job on the offline demo site)
# and `make test` (the whole suite against the local PostgreSQL).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PG_URL ?= postgresql://postgres@127.0.0.1:5432

export NEWSETL_DATABASE_URL ?= $(PG_URL)/newsetl
export NEWSETL_SOURCES ?= $(CURDIR)/sources.yaml
export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN ?= postgresql+psycopg2://postgres@127.0.0.1:5432/newsetl_airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__EXECUTOR ?= LocalExecutor
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION := False
export AIRFLOW_CONN_NEWS_WAREHOUSE ?= $(NEWSETL_DATABASE_URL)

.PHONY: install lock tools airflow-init demo test ui parser-bench clean
.DEFAULT_GOAL := demo

install: $(VENV)/.installed
$(VENV)/.installed: requirements/lock.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q uv==0.13.9
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements/lock.txt
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $@

lock:  ## re-resolve requirements/requirements.in into the lock file
	$(BIN)/uv pip compile requirements/requirements.in --python-version 3.11 --no-header -o requirements/lock.txt

tools:  ## client-side docker-compose, used by the tests to validate docker-compose.yml
	@command -v docker-compose >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; }

airflow-init: install  ## metadata database, schema, pool; idempotent
	mkdir -p $(AIRFLOW_HOME)
	$(BIN)/newsetl db create --dsn "$${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN/+psycopg2/}"
	$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (tail -30 $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	$(BIN)/airflow pools set news_fetch 4 "newsetl: concurrent fetch tasks across runs" > /dev/null
	$(BIN)/newsetl db upgrade

demo: airflow-init  ## serve the offline demo site and run news_daily through Airflow for 3 days
	$(BIN)/python -m scrapers.demo --days 2025-03-03 2025-03-04 2025-03-05

test: tools airflow-init  ## the whole suite against the real PostgreSQL
	$(BIN)/pytest -q $(PYTEST_ARGS)

ui: airflow-init  ## the Airflow UI on http://127.0.0.1:8080, login admin / admin (local only)
	printf '{"admin": "admin"}' > $(AIRFLOW_HOME)/passwords.json
	AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS=admin:admin \
	AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE=$(AIRFLOW_HOME)/passwords.json \
	PATH="$(BIN):$$PATH" $(BIN)/airflow standalone

parser-bench:  ## bench only: rules + a UD parser's frames, in a side environment (.venv-parser)
	test -x .venv-parser/bin/python || $(PYTHON) -m venv .venv-parser
	.venv-parser/bin/python -m pip install -q -r bench/parser-requirements.txt
	.venv-parser/bin/python bench/parser_frames.py $(or $(SETS),nw_texts,aeb_texts,s8_texts)

clean:
	rm -rf $(VENV) .venv-parser $(AIRFLOW_HOME) var
