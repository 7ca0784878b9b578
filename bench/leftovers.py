"""What earlier runs wrote into a reused database, removed before measuring.

Each run imports 50,000 rows into a school of its own and POSTs a few rows on the busiest school; with
--reuse they stayed, so the "100,000" database held 250,000 expenditures after three runs, and the raw
GROUP BY the portal is compared with, which reads the whole table, grew slower with them. The rows
are all in the current fiscal year (the measured year is the one before): they are deleted with the
audit triggers off (bench data, not a record anyone keeps), and that year's rollups are rebuilt.
"""

from django.db import connection, transaction

IMPORT_SCHOOLS = "SELECT id FROM schools_pilotschool WHERE name_en LIKE 'Import %%'"  # People.fresh_import_school
POSTED = "description LIKE 'Benchmark purchase %%'"  # Bench.expenditure_post


def remove(log, current_year):
    from grants.models import FiscalYear
    from grants.services import rebuild_rollups

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(IMPORT_SCHOOLS)
        schools = [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT count(*) FROM grants_expenditure WHERE school_id = ANY(%s) OR {POSTED}", [schools])
        rows = cursor.fetchone()[0]
        if not rows and not schools:
            return
        # Replica mode: no audit events for these deletes, and no foreign-key triggers, so every table that
        # names the schools is emptied of them here.
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(f"DELETE FROM grants_expenditure WHERE {POSTED}")
        cursor.execute(f"DELETE FROM grants_expenditureevent WHERE {POSTED}")
        cursor.execute("""SELECT table_name FROM information_schema.columns
                          WHERE column_name = 'school_id' AND table_schema = current_schema()""")
        for (table,) in cursor.fetchall():
            cursor.execute(f'DELETE FROM "{table}" WHERE school_id = ANY(%s)', [schools])
        cursor.execute("DELETE FROM schools_pilotschool WHERE id = ANY(%s)", [schools])
        cursor.execute("SET LOCAL session_replication_role = origin")
        rebuild_rollups(FiscalYear.objects.get(year=current_year))
    with connection.cursor() as cursor:  # FULL: a plain VACUUM leaves the pages, and a sequential scan reads them
        cursor.execute("VACUUM FULL ANALYZE grants_expenditure")
    log(f"  removed {rows:,} rows and {len(schools)} import schools left by earlier runs")
