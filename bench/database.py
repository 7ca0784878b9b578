"""Drop and create the benchmark database (never the one the portal or the tests use), or create it when
absent (--reuse on a machine that has none yet)."""

from urllib.parse import urlparse

import psycopg


def recreate(url, keep=False):
    """A new empty database; with keep=True an existing one is left as it is."""
    parts = urlparse(url)
    name = parts.path.lstrip("/")
    if not name.startswith("sandbox_bench"):
        raise SystemExit(f"refusing to drop {name!r}: the benchmark database must be named sandbox_bench*")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if keep and exists:
            return
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
