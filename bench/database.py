"""Drop and create the benchmark database (never the one the portal or the tests use)."""

from urllib.parse import urlparse

import psycopg


def recreate(url):
    parts = urlparse(url)
    name = parts.path.lstrip("/")
    if not name.startswith("sandbox_bench"):
        raise SystemExit(f"refusing to drop {name!r}: the benchmark database must be named sandbox_bench*")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
