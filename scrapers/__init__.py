"""newsetl core: discover, fetch, extract, normalize, find statements, load.

This package never imports Airflow; the DAGs in ``dags/`` call its stage
functions, and so does the ``newsetl`` command line.
"""

__version__ = "0.1.0"
