"""Issue 17 item 8: a backup restores into a fresh, empty database with the same row counts and the same
money totals, and the private files come back with it."""

import uuid
from decimal import Decimal

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from sandbox import backup
from tests.trust.conftest import spend
from tests.worker import connection_params, database_url

TABLES = ("grants_expenditure", "grants_allocation", "grants_spendingrollup", "grants_monthlyrollup",
          "grants_expenditureevent", "schools_pilotschool", "sandbox_roleassignment")


def figures(url):
    with psycopg.connect(url) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        money = conn.execute("SELECT coalesce(sum(amount), 0) FROM grants_expenditure").fetchone()[0]
        rollup = conn.execute("SELECT coalesce(sum(total), 0) FROM grants_spendingrollup").fetchone()[0]
    return counts, money, rollup


@pytest.fixture
def fresh_database():
    params = connection_params()
    name = f"trust_restore_{uuid.uuid4().hex[:8]}"
    admin = {**params, "dbname": "postgres"}
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = database_url().replace(f"/{params['dbname']}", f"/{name}", 1)
    yield url
    with psycopg.connect(**admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_with_the_same_rows_money_and_files(world, grants, tmp_path, fresh_database):
    spend(grants.own, "5775.61")
    spend(grants.other, "1.00")
    default_storage.save("committees/orders/2024/order.pdf", ContentFile(b"%PDF-1.4 order\n"))
    source = database_url()
    before = figures(source)
    assert before[1] == Decimal("5776.61")
    folder = backup.backup(tmp_path / "backup", url=source)
    restored_files = tmp_path / "restored-files"
    backup.restore(folder, url=fresh_database, files_root=restored_files)
    assert figures(fresh_database) == before
    assert (restored_files / "committees/orders/2024/order.pdf").read_bytes() == b"%PDF-1.4 order\n"
    with pytest.raises(backup.BackupError):  # never into a database that already holds data
        backup.restore(folder, url=fresh_database, files_root=restored_files)


@pytest.mark.django_db
def test_a_mismatched_pg_dump_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no PostgreSQL tools of any version on the PATH
    monkeypatch.setattr(backup, "_candidate_dirs", lambda: iter([tmp_path]))
    with pytest.raises(backup.BackupError, match="PG_BIN"):
        backup.tool("pg_dump", backup.server_major())
