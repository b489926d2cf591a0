"""docker-compose.yml validated client-side (no Docker engine here): Debian's docker-compose."""

import shutil
import subprocess

import pytest
import yaml

from conftest import ROOT


def compose_config(*args: str, env: dict | None = None) -> dict:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is needed to validate the compose file: apt-get install docker-compose"
    out = subprocess.run([binary, "-f", str(ROOT / "docker-compose.yml"), *args, "config"],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    return yaml.safe_load(out.stdout)


def test_default_is_local_executor_without_celery_services():
    config = compose_config()
    services = config["services"]
    assert {"postgres", "airflow-init", "newsetl-migrate", "airflow-apiserver", "airflow-scheduler",
            "airflow-dag-processor", "airflow-triggerer"} <= set(services)
    # only started with --profile celery (docker-compose 1.x lists them in `config` regardless)
    assert services["airflow-worker"]["profiles"] == ["celery"] == services["redis"]["profiles"]
    assert all("profiles" not in spec for name, spec in services.items()
               if name not in {"airflow-worker", "redis"})
    assert services["airflow-scheduler"]["environment"]["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert services["newsetl-migrate"]["command"] == ["newsetl", "db", "upgrade"]


def test_celery_profile_adds_scalable_workers_and_redis():
    import os
    env = {**os.environ, "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor"}
    services = compose_config("--profile", "celery", env=env)["services"]
    assert {"redis", "airflow-worker"} <= set(services)
    worker = services["airflow-worker"]
    assert worker["command"] == ["airflow", "celery", "worker"]
    assert worker["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert "container_name" not in worker  # a fixed name would forbid --scale


@pytest.mark.parametrize("service", ["airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                                     "airflow-triggerer", "newsetl-migrate"])
def test_airflow_services_run_the_project_image_with_the_warehouse_connection(service):
    spec = compose_config()["services"][service]
    assert spec["image"] == "newsetl:local" and "build" in spec
    env = spec["environment"]
    assert env["AIRFLOW_CONN_NEWS_WAREHOUSE"].startswith("postgresql://")
    assert env["NEWSETL_DATABASE_URL"] == env["AIRFLOW_CONN_NEWS_WAREHOUSE"]


def test_image_installs_the_lock_file():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "requirements/lock.txt" in dockerfile and "-e ." in dockerfile


def test_airflow_waits_for_the_warehouse_migrations():
    services = compose_config()["services"]
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"):
        assert services[name]["depends_on"]["newsetl-migrate"]["condition"] == "service_completed_successfully"
