"""`make bench`: build the national-scale dataset at 100,000 and at 1,000,000 expenditures, each in its
own database, measure both, print them side by side and write bench/results.json.

    python -m bench.run [--scales 100000,1000000] [--reuse] [--runs 60] [--skip xlsx,import,uploads]

Each scale is measured in a process of its own (python -m bench.run --scale N), so the two share
no connection, cache or memory peak. --reuse keeps existing databases (a dataset is built only when
absent). The exit status is 1 when any target is missed: the timings at 1,000,000 and the portal ÷
raw SQL ratios at every scale.
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

HERE = Path(__file__).resolve().parent
FULL = 1_000_000
PAGES = ("page_home", "page_expenditures_all_years", "page_transfer_form", "page_school_year", "page_queue",
         "page_grants_summary", "page_audit")  # bench/pages.py
TARGETS = {  # metric -> (key, limit, unit); judged at the full scale
    "expenditure_list": ("p95_ms", 50, "ms"),
    "national_list": ("p95_ms", 50, "ms"),
    "province_list": ("p95_ms", 50, "ms"),
    "national_summary_api": ("p95_ms", 150, "ms"),
    "dashboard_uncached": ("p95_ms", 150, "ms"),
    "expenditure_post": ("p95_ms", 80, "ms"),
    "national_xlsx": ("seconds", 30, "s"),
    "national_xlsx_memory": ("peak_rss_mb", 300, "MB"),
    "csv_import": ("seconds", 20, "s"),
    **{metric: ("p95_ms", 150, "ms") for metric in PAGES},
}
RATIOS = {  # judged at every scale: the portal must beat the raw GROUP BY over the expenditures
    "summary (function) ÷ raw": ("summary_ratio_portal_over_raw", "function"),
    "summary (API) ÷ raw": ("summary_ratio_portal_over_raw", "api"),
    "dashboard (page) ÷ raw": ("dashboard_ratio_portal_over_raw", "page"),
    "dashboard (function) ÷ raw": ("dashboard_ratio_portal_over_raw", "function"),
}
JUDGED_RATIOS = {"summary (function) ÷ raw", "dashboard (page) ÷ raw"}


def log(message):
    print(message, flush=True)


def database_url(scale):
    base = settings_env.BENCH_DATABASE_URL
    return base if scale == FULL else f"{base}_{scale // 1000}k"


def machine():
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    return {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "nproc": os.cpu_count(), "free_h": memory,
            "load_average_1_5_15": os.getloadavg(),
            "cpu": platform.processor() or platform.machine(), "python": platform.python_version()}


# --- one scale, in its own process ----------------------------------------------------------------

def build(reuse, scale):
    import django

    from bench import database

    if not reuse:
        log(f"Recreating {settings_env.BENCH_DATABASE_URL.rsplit('/', 1)[-1]} …")
    database.recreate(settings_env.BENCH_DATABASE_URL, keep=reuse)
    django.setup()
    from django.core.management import call_command

    from bench import dataset

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    call_command("load_reference", verbosity=0)
    log(f"  migrate and reference data: {time.monotonic() - started:.1f} s")
    from grants.models import Expenditure

    if not Expenditure.objects.exists():
        started = time.monotonic()
        dataset.generate(log, expenditures=scale)
        log(f"Dataset generated in {time.monotonic() - started:.1f} s: {dataset.counts()}")
    else:
        from django.utils import timezone

        from bench import leftovers
        from sandbox.formatting import fiscal_year_of

        leftovers.remove(log, fiscal_year_of(timezone.localdate()))
        dataset.add_audit_trail(log)
    return dataset.counts()


def measure_scale(args):
    settings_env.apply()
    counts = build(args.reuse, args.scale)
    from bench.measure import PROFILES, Bench, profile, timed
    from bench.pages import page_calls
    from bench.people import People

    people = People.create()
    bench = Bench(people, runs=args.runs)
    year = people.full_year
    skip = set(filter(None, args.skip.split(",")))
    log(f"Measuring {args.scale:,} expenditures (year {year}, {args.runs} runs each) …")
    calls = {"expenditure_list": bench.expenditure_list(year), "national_list": bench.national_list(year)}
    calls["province_list"] = bench._calls["province_list"]
    calls["national_summary_api"] = bench.summary(year)
    calls["dashboard_uncached"] = bench.dashboard(year)
    calls["expenditure_post"] = bench.expenditure_post()
    for metric, call in page_calls(people, year).items():
        bench.results[metric] = timed(call, args.runs)
        calls[metric] = call
    if "xlsx" not in skip:
        log("  national XLSX in a process of its own …")
        # Profiled only when asked: cProfile roughly doubles the time of a million cells.
        bench.national_xlsx(year, PROFILES / f"national_xlsx-{args.scale // 1000}k.txt" if args.profile_xlsx else None)
        bench.results["national_xlsx_memory"] = bench.results["national_xlsx"]
    if "import" not in skip:
        log(f"  CSV import of {args.import_rows:,} rows through the upload page …")
        bench.csv_import(rows=args.import_rows)
    if "uploads" not in skip:
        from bench import uploads

        log("  refused uploads (issue 17 item 5), each in a process of its own …")
        bench.results.update(uploads.measure(log))
    for metric, (key, limit, _unit) in TARGETS.items():
        value = bench.results.get(metric, {}).get(key)
        if value is not None and value >= limit and metric in calls:
            profile(f"{metric}-{args.scale // 1000}k", calls[metric])
    for ratio, metric in (("summary_ratio_portal_over_raw", "national_summary_api"),
                          ("dashboard_ratio_portal_over_raw", "dashboard_uncached")):
        if max(bench.results.get(ratio, {}).values(), default=0) >= 1:  # a ratio missed: where the time goes
            profile(f"{metric}-{args.scale // 1000}k", calls[metric])
    from django.db import connection

    with connection.cursor() as cursor:  # with the default 128 MB, a host that reclaims page cache makes every read IO
        cursor.execute("SHOW shared_buffers")
        shared_buffers = cursor.fetchone()[0]
    Path(args.out).write_text(json.dumps({"dataset": counts, "fiscal_year": year, "shared_buffers": shared_buffers,
                                          "results": bench.results},
                                         indent=2, ensure_ascii=False, default=str))
    return 0


# --- both scales ----------------------------------------------------------------------------------

def run_scales(args):
    scales = [int(s) for s in args.scales.split(",")]
    measured = {}
    for scale in scales:
        out = HERE.parent / ".local" / "bench" / f"results-{scale // 1000}k.json"  # git-ignored
        out.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "bench.run", "--scale", str(scale), "--out", str(out), "--runs",
                   str(args.runs), "--skip", args.skip, "--import-rows", str(args.import_rows)]
        if args.profile_xlsx:
            command.append("--profile-xlsx")
        if args.reuse:
            command.append("--reuse")
        env = {**os.environ, "BENCH_DATABASE_URL": database_url(scale)}
        if subprocess.run(command, env=env, cwd=HERE.parent).returncode != 0:
            log(f"The run at {scale:,} failed.")
            return 2
        measured[scale] = json.loads(out.read_text())
    verdicts = judge(measured)
    results = {"machine": machine(), "scales": measured, "verdicts": verdicts}
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    print(table(results))
    return 0 if all(v["met"] for v in verdicts) else 1


def judge(measured):
    verdicts = []
    full = measured.get(FULL)
    if full:
        for metric, (key, limit, unit) in TARGETS.items():
            result = full["results"].get(metric)
            if result is None or result.get(key) is None:
                continue
            met = result[key] < limit
            if "queries_by_page_size" in result:
                met = met and result["constant_queries"]
            verdicts.append({"what": metric, "scale": FULL, "value": result[key], "unit": unit,
                             "target": f"< {limit}", "met": met})
    for scale, data in measured.items():
        for label in JUDGED_RATIOS:
            group, key = RATIOS[label]
            if group in data["results"]:
                value = data["results"][group][key]
                verdicts.append({"what": label, "scale": scale, "value": value, "unit": "", "target": "< 1",
                                 "met": value < 1})
    return verdicts


def _cell(result, metric):
    r = result.get(metric)
    if r is None:
        return "–"
    if "p95_ms" in r:
        return f"{r['median_ms']} / {r['p95_ms']} ms"
    if metric == "csv_import":
        return f"{r['seconds']} s ({r['rows']:,} rows)"
    if metric == "national_xlsx":
        return f"{r['seconds']} s, {r['peak_rss_mb']} MB ({r['rows']:,} rows)"
    if metric.startswith("upload_refused"):
        from bench import uploads

        return uploads.cell(r)
    return str(r)


def table(results):
    scales = sorted(results["scales"])
    lines = ["", f"Benchmark {results['machine']['date']}, {results['machine']['nproc']} cores, load "
                 f"{results['machine']['load_average_1_5_15']}, PostgreSQL shared_buffers "
                 f"{', '.join(str(results['scales'][s].get('shared_buffers')) for s in scales)}", "",
             "| measurement (median / p95) | " + " | ".join(f"{s:,} expenditures" for s in scales) + " |",
             "|---|" + "---|" * len(scales)]
    metrics = ["expenditure_list", "national_list", "province_list", "national_summary_api",
               "national_summary_function", "national_summary_raw_sql", "dashboard_uncached", "dashboard_function",
               "dashboard_cached", "dashboard_raw_sql", "expenditure_post", *PAGES, "national_xlsx", "csv_import",
               "upload_refused_csv_38mb", "upload_refused_xlsx_long_string", "upload_refused_xlsx_1m_rows"]
    for metric in metrics:
        lines.append(f"| {metric} | " + " | ".join(_cell(results["scales"][s]["results"], metric) for s in scales)
                     + " |")
    for label, (group, key) in RATIOS.items():
        lines.append(f"| {label} | " + " | ".join(
            str(results["scales"][s]["results"].get(group, {}).get(key, "–")) for s in scales) + " |")
    for metric in ("expenditure_list", "national_list", "province_list"):
        lines.append(f"| {metric} queries by page size | " + " | ".join(
            str(results["scales"][s]["results"].get(metric, {}).get("queries_by_page_size", "–")) for s in scales)
            + " |")
    lines += ["", "Verdicts:"]
    for v in results["verdicts"]:
        lines.append(f"  {'ok  ' if v['met'] else 'MISS'} {v['what']:<28} at {v['scale']:>9,}: {v['value']} "
                     f"{v['unit']} (target {v['target']})")
    lines.append("results: bench/results.json; profiles of misses: bench/profiles/")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default=f"100000,{FULL}")
    parser.add_argument("--scale", type=int, help="Measure this one scale (the child process).")
    parser.add_argument("--out", help="Where the child writes its results.")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--skip", default="")
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--build-only", action="store_true", help="Make the datasets (if absent) and stop.")
    parser.add_argument("--profile-xlsx", action="store_true", help="Run the XLSX report under cProfile.")
    args = parser.parse_args()
    if args.build_only:
        for scale in [int(s) for s in args.scales.split(",")]:
            env = {**os.environ, "BENCH_DATABASE_URL": database_url(scale)}
            subprocess.run([sys.executable, "-c", f"from bench import run; run.build_only({scale}, {args.reuse})"],
                           env=env, cwd=HERE.parent, check=True)
        return 0
    if args.scale:
        return measure_scale(args)
    return run_scales(args)


def build_only(scale, reuse):
    settings_env.apply()
    build(reuse, scale)


if __name__ == "__main__":
    sys.exit(main())
