"""The portal's database sessions as PostgreSQL sees them."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_sessions_run_without_jit():
    """A dashboard's per-line sums carry a large cost estimate; compiled by the JIT they took 450 ms, not 120."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('jit')")
        assert cursor.fetchone()[0] == "off"
