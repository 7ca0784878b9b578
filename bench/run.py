"""`make bench`: build the national-scale dataset in its own database, measure, print a table
and write bench/results.json.

    python -m bench.run [--reuse] [--runs 60] [--skip xlsx,import]

--reuse keeps an existing sandbox_bench database (its dataset is rebuilt only when absent).
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench import settings_env

settings_env.apply()

import django  # noqa: E402

HERE = Path(__file__).resolve().parent
TARGETS = {  # metric -> (key, limit, unit)
    "expenditure_list": ("p95_ms", 50, "ms"),
    "national_summary_api": ("p95_ms", 150, "ms"),
    "dashboard_uncached": ("p95_ms", 150, "ms"),
    "expenditure_post": ("p95_ms", 80, "ms"),
    "national_xlsx": ("seconds", 60, "s"),
    "national_xlsx_memory": ("peak_rss_mb", 300, "MB"),
    "csv_import": ("seconds", 30, "s"),
}


def log(message):
    print(message, flush=True)


def machine():
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    return {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "nproc": os.cpu_count(), "free_h": memory,
            "load_average_1_5_15": os.getloadavg(),
            "cpu": platform.processor() or platform.machine(), "python": platform.python_version()}


def build(reuse):
    from bench import database, dataset

    if not reuse:
        log(f"Recreating {settings_env.BENCH_DATABASE_URL.rsplit('/', 1)[-1]} …")
        database.recreate(settings_env.BENCH_DATABASE_URL)
    django.setup()
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    call_command("load_reference", verbosity=0)
    log(f"  migrate and reference data: {time.monotonic() - started:.1f} s")
    from grants.models import Expenditure

    if not Expenditure.objects.exists():
        started = time.monotonic()
        dataset.generate(log)
        log(f"Dataset generated in {time.monotonic() - started:.1f} s: {dataset.counts()}")
    return dataset.counts()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--skip", default="")
    parser.add_argument("--import-rows", type=int, default=0,
                        help="Import this many rows for real (50000 takes long); 0 projects from samples.")
    parser.add_argument("--build-only", action="store_true", help="Make the dataset (if absent) and stop.")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    counts = build(args.reuse)
    if args.build_only:
        return 0
    from bench.measure import Bench, profile
    from bench.people import People

    people = People.create()
    bench = Bench(people, runs=args.runs)
    year = people.full_year
    calls = {}
    log(f"Measuring (year {year}, {args.runs} runs each) …")
    calls["expenditure_list"] = bench.expenditure_list(year)
    calls["national_summary_api"] = bench.summary(year)
    calls["dashboard_uncached"] = bench.dashboard(year)
    calls["expenditure_post"] = bench.expenditure_post()
    calls["csv_import"] = lambda: bench._import(500, 500)
    if "xlsx" not in skip:
        log("  national XLSX in a child process …")
        bench.national_xlsx(year)
        bench.results["national_xlsx_memory"] = bench.results["national_xlsx"]
    if "import" not in skip:
        log("  CSV import …")
        bench.csv_import(rows=args.import_rows)

    verdicts = {}
    for metric, (key, limit, unit) in TARGETS.items():
        if metric not in bench.results:
            continue
        value = bench.results[metric][key]
        verdicts[metric] = {"value": value, "target": limit, "unit": unit, "met": value < limit}
        if value >= limit and metric in calls:
            verdicts[metric]["profile"] = f"bench/profiles/{metric}.txt"
            profile(metric, calls[metric])
    results = {"machine": machine(), "dataset": counts, "fiscal_year": year, "results": bench.results,
               "targets": verdicts}
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    print_table(results)
    return 0 if all(v["met"] for v in verdicts.values()) else 1


def print_table(results):
    r = results["results"]
    rows = []
    for metric, verdict in results["targets"].items():
        extra = ""
        if metric == "expenditure_list":
            extra = f"median {r[metric]['median_ms']} ms; queries {r[metric]['queries_by_page_size']}"
        elif metric.startswith("national_summary"):
            extra = (f"median {r[metric]['median_ms']} ms; portal/raw SQL = "
                     f"{r['summary_ratio_portal_over_raw']['api']} (API), "
                     f"{r['summary_ratio_portal_over_raw']['function']} (function)")
        elif metric == "dashboard_uncached":
            extra = f"median {r[metric]['median_ms']} ms; cached p95 {r['dashboard_cached']['p95_ms']} ms"
        elif metric == "expenditure_post":
            extra = f"median {r[metric]['median_ms']} ms; {r[metric]['allocation_rows']} rows on the allocation"
        elif metric.startswith("national_xlsx"):
            extra = f"{r['national_xlsx']['rows']} rows, status {r['national_xlsx']['status']}"
        elif metric == "csv_import":
            extra = f"{r[metric]['files']} files of ≤{r[metric]['max_rows_per_file']} rows: " \
                    f"{r[metric]['seconds_per_file']} s"
        mark = "ok " if verdict["met"] else "MISS"
        rows.append(f"{mark} {metric:<22} {verdict['value']:>10} {verdict['unit']:<3} (target < {verdict['target']})"
                    f"  {extra}")
    print("\n".join(["", f"Benchmark {results['machine']['date']}, {results['machine']['nproc']} cores, "
                     f"dataset {results['dataset']}", *rows, "", f"raw SQL summary median "
                     f"{r['national_summary_raw_sql']['median_ms']} ms", "results: bench/results.json"]))


if __name__ == "__main__":
    sys.exit(main())
