"""Airflow glue for newsetl: the warehouse connection, the run's interval, sources.

Kept apart from ``scrapers`` (which never imports Airflow). Importable from the
plugins folder and installed as a package with the project.
"""
