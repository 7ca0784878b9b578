"""Each measurement of `make bench`: server time through the whole Django stack (the test
client calls the WSGI handler in-process, so no network is counted), SQL query counts, and
for the report a real worker-like child process with its peak RSS."""

import cProfile
import datetime
import io
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

PROFILES = Path(__file__).resolve().parent / "profiles"


def stats(times_ms):
    ordered = sorted(times_ms)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"n": len(ordered), "median_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2),
            "max_ms": round(ordered[-1], 2)}


def timed(call, runs, warmup=3):
    for _ in range(warmup):
        call()
    times = []
    for i in range(runs):
        started = time.perf_counter()
        call(i)
        times.append((time.perf_counter() - started) * 1000)
    return stats(times)


def profile(name, call, top=25):
    """Where one call spends its time: cProfile of the project's own functions (cumulative) and
    the slowest SQL statements it ran, saved to bench/profiles/<name>.txt and returned."""
    PROFILES.mkdir(exist_ok=True)
    statements = []

    def timing(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            statements.append(((time.perf_counter() - started) * 1000, sql))

    profiler = cProfile.Profile()
    with connection.execute_wrapper(timing):
        profiler.enable()
        started = time.perf_counter()
        call()
        total = (time.perf_counter() - started) * 1000
        profiler.disable()
    out = io.StringIO()
    out.write(f"{name}: {total:.0f} ms in all, {len(statements)} SQL statements taking "
              f"{sum(t for t, _ in statements):.0f} ms\n\nSlowest SQL:\n")
    for ms, sql in sorted(statements, key=lambda item: item[0], reverse=True)[:6]:
        out.write(f"  {ms:8.1f} ms  {' '.join(sql.split())[:400]}\n")
    out.write("\nProject functions by cumulative time (cProfile):\n")
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(
        r"/(grants|reports|sandbox|schools|provinces)/[a-z_/]*\.py", top)
    text = out.getvalue()
    (PROFILES / f"{name}.txt").write_text(text)
    return text


def ok(response, status=200):
    assert response.status_code == status, (response.status_code, response.content[:500])
    return response


class Bench:
    def __init__(self, people, runs=60):
        self.people = people
        self.runs = runs
        self.api = Client(HTTP_AUTHORIZATION=f"Token {people.sbn_token}", HTTP_ACCEPT_LANGUAGE="en")
        self.director_api = Client(HTTP_AUTHORIZATION=f"Token {people.director_token}", HTTP_ACCEPT_LANGUAGE="en")
        self.pages = Client(HTTP_ACCEPT_LANGUAGE="th")
        self.pages.force_login(people.sbn)
        self.results = {}
        self._calls = {}

    # --- expenditures list -------------------------------------------------------------------
    def expenditure_list(self, year):
        school = self.people.busiest_school
        params = {"school": school.pk, "fiscal_year": year, "page_size": 100}
        pages = max(1, min(20, self.people.rows_of(school, year) // 100))

        def call(i=0):
            ok(self.api.get("/api/v1/expenditures/", {**params, "page": i % pages + 1}))

        timing = timed(call, self.runs)
        queries = {}
        for size in (10, 100, 500):
            with CaptureQueriesContext(connection) as captured:
                body = ok(self.api.get("/api/v1/expenditures/", {**params, "page_size": size})).json()
            assert len(body["results"]) == min(size, body["count"])
            queries[size] = len(captured)
        self.results["expenditure_list"] = {**timing, "school_rows_in_year": self.people.rows_of(school, year),
                                            "queries_by_page_size": queries,
                                            "constant_queries": len(set(queries.values())) == 1}
        return call

    def national_list(self, year):
        """SBN's list of a whole year, 100 per page, and a province's year, 500 per page."""
        self.results["national_list"] = self._list("national_list", {"fiscal_year": year, "page_size": 100})
        province = self.people.busiest_province
        self.results["province_list"] = self._list("province_list", {"fiscal_year": year, "province": province,
                                                                     "page_size": 500})
        return self._calls["national_list"]

    def _list(self, name, params):
        count = ok(self.api.get("/api/v1/expenditures/", params)).json()["count"]
        pages = max(1, min(20, count // params["page_size"]))

        def call(i=0):
            ok(self.api.get("/api/v1/expenditures/", {**params, "page": i % pages + 1}))

        self._calls[name] = call
        timing = timed(call, self.runs)
        queries = {}
        for size in (10, 100, 500):
            with CaptureQueriesContext(connection) as captured:
                ok(self.api.get("/api/v1/expenditures/", {**params, "page_size": size}))
            queries[size] = len(captured)
        return {**timing, "rows": count, "queries_by_page_size": queries,
                "constant_queries": len(set(queries.values())) == 1}

    # --- national summary and dashboard -------------------------------------------------------
    def summary(self, year):
        def call(i=0):
            ok(self.api.get("/api/v1/spending-summary/", {"fiscal_year": year, "group_by": "province"}))

        self.results["national_summary_api"] = timed(call, self.runs)
        from grants import summaries

        def direct(i=0):
            summaries.spending_summary(year, "province")

        self.results["national_summary_function"] = timed(direct, self.runs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM grants_fiscalyear WHERE year = %s", [year])
            year_id = cursor.fetchone()[0]

        def raw(i=0):
            with connection.cursor() as cursor:
                cursor.execute(RAW_SUMMARY, [year_id, year_id])
                cursor.fetchall()

        self.results["national_summary_raw_sql"] = timed(raw, max(10, self.runs // 3), warmup=2)
        raw_median = self.results["national_summary_raw_sql"]["median_ms"]
        self.results["summary_ratio_portal_over_raw"] = {
            "api": round(self.results["national_summary_api"]["median_ms"] / raw_median, 3),
            "function": round(self.results["national_summary_function"]["median_ms"] / raw_median, 3),
        }
        return call

    def dashboard(self, year):
        def call(i=0):  # refresh=1: computed anew each time, not served from the cache
            ok(self.pages.get("/reports/dashboards/national/", {"fiscal_year": year, "refresh": 1}))

        self.results["dashboard_uncached"] = timed(call, max(20, self.runs // 2))
        from grants import summaries

        def figures(i=0):
            summaries.dashboard_figures(year, "nation")

        self.results["dashboard_function"] = timed(figures, self.runs)

        def cached(i=0):
            ok(self.pages.get("/reports/dashboards/national/", {"fiscal_year": year}))

        self.results["dashboard_cached"] = timed(cached, self.runs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM grants_fiscalyear WHERE year = %s", [year])
            year_id = cursor.fetchone()[0]

        def raw(i=0):
            with connection.cursor() as cursor:
                cursor.execute(RAW_DASHBOARD, [year_id, year_id])
                cursor.fetchall()

        self.results["dashboard_raw_sql"] = timed(raw, max(10, self.runs // 3), warmup=2)
        raw_median = self.results["dashboard_raw_sql"]["median_ms"]
        self.results["dashboard_ratio_portal_over_raw"] = {
            "page": round(self.results["dashboard_uncached"]["median_ms"] / raw_median, 3),
            "function": round(self.results["dashboard_function"]["median_ms"] / raw_median, 3),
        }
        return call

    # --- expenditure POST ---------------------------------------------------------------------
    def expenditure_post(self):
        allocation = self.people.post_allocation
        today = timezone.localdate()

        def call(i=0):
            ok(self.director_api.post("/api/v1/expenditures/", {
                "allocation": allocation.pk, "date": today.isoformat(), "amount": "12.50", "category": "materials",
                "description": f"Benchmark purchase {i}", "payee": "Bench shop"}, content_type="application/json"),
               201)

        self.results["expenditure_post"] = {**timed(call, self.runs), "allocation_rows":
                                            allocation.expenditures.count()}
        return call

    # --- national XLSX in a worker-like child process -----------------------------------------
    def national_xlsx(self, year, profile_to=None):
        from reports.models import ReportJob, ReportKind

        job = ReportJob.objects.create(kind=ReportKind.NATIONAL_EXPENDITURES, parameters={"fiscal_year": year},
                                       title=f"Bench national expenditures {year}", language="th",
                                       requested_by=self.people.sbn)
        rows = self.people.rows_in_year(year)
        started = time.monotonic()
        # The child reads its own high-water mark (VmHWM of its own address space): the rusage of a
        # child forked from this process would report this process's peak, not the report's.
        extra = [str(profile_to)] if profile_to else []
        child = subprocess.run([sys.executable, "-c", XLSX_CHILD, str(job.pk), *extra], cwd=settings.BASE_DIR,
                               env=dict(os.environ), capture_output=True, text=True, start_new_session=True)
        seconds = time.monotonic() - started
        job.refresh_from_db()
        size = job.xlsx.size if job.xlsx else None
        peak = [line.split()[1] for line in child.stdout.splitlines() if line.startswith("peak_kb")]
        self.results["national_xlsx"] = {"rows": rows, "seconds": round(seconds, 1), "status": job.status,
                                         "peak_rss_mb": round(int(peak[-1]) / 1024, 1) if peak else None,
                                         "file_bytes": size, "exit": child.returncode,
                                         "output": (child.stdout + child.stderr)[-500:]}

    # --- CSV import ---------------------------------------------------------------------------
    def csv_import(self, rows=50_000):
        """One file of `rows` rows POSTed to the school-year upload page (not a dry run), into a school
        made for this run, so every run starts alike."""
        from grants.models import FiscalYear

        year = FiscalYear.objects.get(year=self.people.current_year)
        school = self.people.fresh_import_school(year)
        today = timezone.localdate()
        month = today.replace(day=1)  # earlier months are submitted and locked in the dataset
        span = max(1, (today - month).days + 1)
        lines = ["date,amount,category,description,payee,receipt_number"]
        lines += [f"{(month + datetime.timedelta(days=i % span)).isoformat()},{100 + i % 900}.{i % 100:02d},"
                  f"materials,Imported purchase {i},Supplier {i % 300},IMP{i}" for i in range(rows)]
        content = ("\n".join(lines) + "\n").encode()

        def call(i=0):
            from grants.models import Expenditure

            before = Expenditure.objects.filter(school=school).count()
            upload = SimpleUploadedFile("spending.csv", content, content_type="text/csv")
            ok(self.pages.post(f"/grants/school/{school.pk}/{year.year}/import/", {"file": upload, "dry_run": ""}))
            imported = Expenditure.objects.filter(school=school).count() - before
            assert imported == rows, f"{imported} of {rows} rows imported"

        started = time.monotonic()
        call()
        seconds = time.monotonic() - started
        self.results["csv_import"] = {"rows": rows, "seconds": round(seconds, 1), "measured": True,
                                      "file_bytes": len(content), "school": school.code,
                                      "ms_per_row": round(seconds * 1000 / rows, 3)}
        self._calls["csv_import"] = call


RAW_SUMMARY = """
    SELECT s.province_id, count(DISTINCT e.school_id), sum(e.amount), a.allocated
    FROM grants_expenditure e
    JOIN schools_pilotschool s ON s.id = e.school_id
    JOIN (SELECT s2.province_id, sum(al.amount) AS allocated FROM grants_allocation al
          JOIN schools_pilotschool s2 ON s2.id = al.school_id WHERE al.fiscal_year_id = %s
          GROUP BY s2.province_id) a ON a.province_id = s.province_id
    WHERE e.fiscal_year_id = %s
    GROUP BY s.province_id, a.allocated
"""

RAW_DASHBOARD = """
    SELECT s.province_id, e.category_id, date_trunc('month', e.date), sum(e.amount), count(DISTINCT e.school_id),
           (SELECT sum(amount) FROM grants_allocation WHERE fiscal_year_id = %s)
    FROM grants_expenditure e
    JOIN schools_pilotschool s ON s.id = e.school_id
    WHERE e.fiscal_year_id = %s
    GROUP BY GROUPING SETS ((s.province_id), (e.category_id), (date_trunc('month', e.date)))
"""

XLSX_CHILD = """
import cProfile, io, pstats, sys, django
django.setup()
from reports import services
profiler = cProfile.Profile() if len(sys.argv) > 2 else None
if profiler:
    profiler.enable()
print("status", services.run_job(int(sys.argv[1])))
if profiler:
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    open(sys.argv[2], "w").write(out.getvalue())
with open("/proc/self/status") as status:
    print("peak_kb", next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def peak_rss_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
