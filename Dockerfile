# The newsetl image: Airflow 3.3 + providers + newsetl, from the committed lock file.
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    AIRFLOW_HOME=/opt/airflow \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/newsetl/dags \
    AIRFLOW__CORE__PLUGINS_FOLDER=/opt/newsetl/plugins \
    AIRFLOW__CORE__LOAD_EXAMPLES=False \
    NEWSETL_SOURCES=/opt/newsetl/sources.yaml

WORKDIR /opt/newsetl
COPY requirements/lock.txt requirements/lock.txt
RUN pip install --no-cache-dir uv==0.13.9 \
 && uv pip install --system --no-cache -r requirements/lock.txt
COPY . .
RUN uv pip install --system --no-cache --no-deps -e . \
 && useradd --create-home --uid 50000 airflow \
 && mkdir -p /opt/airflow && chown -R airflow /opt/airflow
USER airflow
