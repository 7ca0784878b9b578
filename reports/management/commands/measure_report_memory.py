"""Measure the worker's peak memory while writing the national expenditure XLSX.

Generates synthetic expenditures in a scratch fiscal year (development databases only), then
produces the report in a fresh child process and prints that process's peak RSS next to the
RSS of an idle process that has loaded the same code, so the figure is the report's own cost.

    manage.py measure_report_memory --rows 1000000 [--year 2560] [--keep]
"""

import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

CHILD = """
import resource, sys, time, django
django.setup()
from reports.builders import listing, spending, national  # the code a worker has loaded
import weasyprint, xlsxwriter
mode, job_id = sys.argv[1], int(sys.argv[2])
if mode == "run":
    from reports import services
    started = time.monotonic()
    status = services.run_job(job_id)
    print("status", status, "seconds", round(time.monotonic() - started, 1))
print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


class Command(BaseCommand):
    help = "Generate synthetic expenditures and measure peak RSS while the national XLSX is written."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=1_000_000)
        parser.add_argument("--year", type=int, default=2560, help="A scratch fiscal year (BE) to fill.")
        parser.add_argument("--keep", action="store_true", help="Keep the synthetic rows afterwards.")

    def handle(self, rows, year, keep, **options):
        if settings.PRODUCTION:
            raise CommandError("This writes synthetic grant data; run it on a development database only.")
        from django.contrib.auth import get_user_model

        from reports.models import ReportJob, ReportKind

        fiscal_year = self.generate(rows, year)
        admin = get_user_model().objects.filter(is_superuser=True).first() or get_user_model().objects.first()
        job = ReportJob.objects.create(kind=ReportKind.NATIONAL_EXPENDITURES, parameters={"fiscal_year": year},
                                       title=f"memory measurement {year}", requested_by=admin, language="th")
        idle = self.child("idle", job.pk)
        started = time.monotonic()
        run = self.child("run", job.pk)
        elapsed = time.monotonic() - started
        job.refresh_from_db()
        size = job.xlsx.size if job.xlsx else 0
        self.stdout.write(
            f"rows={rows:,} status={job.status} file={size / 1e6:.1f} MB time={elapsed:.0f} s "
            f"peak_rss={run / 1024:.0f} MB idle_rss={idle / 1024:.0f} MB report_cost={(run - idle) / 1024:.0f} MB")
        if not keep:
            self.cleanup(fiscal_year, job)

    def child(self, mode, job_id):
        result = subprocess.run([sys.executable, "-c", CHILD, mode, str(job_id)], capture_output=True, text=True,
                                check=False)
        if result.returncode:
            raise CommandError(result.stderr[-3000:])
        values = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
        if mode == "run":
            self.stdout.write(result.stdout.strip().splitlines()[0])
        return int(values["maxrss_kb"])

    def generate(self, rows, year):
        """Spread `rows` expenditures over the allocations of a scratch year, in one SQL statement.

        Audit triggers are switched off for this session only: these rows are measurement data.
        """
        from grants.models import Allocation, Category, FiscalYear, Programme
        from schools.models import PilotSchool

        schools = list(PilotSchool.objects.values_list("pk", flat=True))
        categories = list(Category.objects.values_list("pk", flat=True))
        programme = Programme.objects.first()
        if not schools or not categories or programme is None:
            raise CommandError("Load the demo data first (manage.py seed_demo).")
        with transaction.atomic():
            fiscal_year, _ = FiscalYear.objects.get_or_create(year=year)
            for school in schools:
                Allocation.objects.get_or_create(school_id=school, fiscal_year=fiscal_year, programme=programme,
                                                 defaults={"amount": 10_000_000})
            allocations = list(Allocation.objects.filter(fiscal_year=fiscal_year).values_list("pk", "school_id"))
            started = time.monotonic()
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL session_replication_role = replica")
                cursor.execute("""
                    INSERT INTO grants_expenditure (created, updated, allocation_id, school_id, fiscal_year_id,
                        date, amount, category_id, description, payee, receipt_number, receipt, receipt_token,
                        receipt_type)
                    SELECT now(), now(), a.alloc, a.school, %(fy)s, %(start)s::date + (g %% 365),
                        ((g %% 9000) + 100)::numeric + 0.25, (%(cats)s::bigint[])[1 + g %% %(ncat)s],
                        'ซื้อวัสดุอุปกรณ์การเรียนรู้ นวัตกรรมการศึกษา รายการที่ ' || g, 'ร้านค้าตัวอย่าง ' || (g %% 500),
                        'RC-' || g, '', '', ''
                    FROM generate_series(1, %(rows)s) AS g
                    JOIN (SELECT row_number() OVER () - 1 AS n, alloc, school
                          FROM unnest(%(allocs)s::bigint[], %(schools)s::bigint[]) AS t(alloc, school)) a
                      ON a.n = g %% %(nalloc)s
                """, {"fy": fiscal_year.pk, "start": fiscal_year.start, "cats": categories, "ncat": len(categories),
                      "rows": rows, "allocs": [a for a, _s in allocations], "schools": [s for _a, s in allocations],
                      "nalloc": len(allocations)})
        self.stdout.write(f"generated {rows:,} expenditures in {time.monotonic() - started:.0f} s")
        return fiscal_year

    def cleanup(self, fiscal_year, job):
        from grants.models import Allocation, Expenditure

        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
            Expenditure.objects.filter(fiscal_year=fiscal_year)._raw_delete(connection.alias)
            Allocation.objects.filter(fiscal_year=fiscal_year)._raw_delete(connection.alias)
        for _fmt, field in job.files():
            field.delete(save=False)
        job.delete()
        fiscal_year.delete()

