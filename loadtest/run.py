"""`make load`: 100 simulated people for 60 s against gunicorn on the benchmark database.

Loopback only (127.0.0.1:8108), bounded in time. Builds the bench dataset first if it is
absent (python -m bench.run --build-only), starts gunicorn with this machine's PostgreSQL and
Redis DB 7, runs locust headless, prints the figures with p99 and writes
artifacts/load/results.json; exits non-zero if any request failed.

    python -m loadtest.run [--users 100] [--seconds 60] [--workers 4]
"""

import argparse
import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench import settings_env

settings_env.apply()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent
PORT = int(os.environ.get("LOAD_PORT", 8108))


def wait_for_port(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise SystemExit(f"gunicorn did not listen on 127.0.0.1:{port}")


def dataset_ready():
    import psycopg

    try:
        with psycopg.connect(settings_env.BENCH_DATABASE_URL) as conn:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM grants_expenditure)").fetchone()[0]
    except psycopg.Error:
        return False


def people(path, directors=60):
    """Sessions for directors of busy schools, their affiliation offices' supervisors, and SBN."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.db.models import Count
    from django.utils import timezone

    from grants.models import Allocation, Category, Expenditure, FiscalYear
    from sandbox.access import Role
    from sandbox.formatting import fiscal_year_of
    from sandbox.models import RoleAssignment

    def user(username, role, **scope):
        account, created = get_user_model().objects.get_or_create(username=username)
        if created:
            account.set_unusable_password()
            account.save()
            RoleAssignment.objects.create(user=account, role=role, **scope)
        session = SessionStore()
        session.update({SESSION_KEY: str(account.pk), HASH_SESSION_KEY: account.get_session_auth_hash(),
                        BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend"})
        session.create()
        return session.session_key

    today = timezone.localdate()
    current = FiscalYear.objects.get(year=fiscal_year_of(today))
    schools = (Expenditure.objects.filter(fiscal_year__year=current.year - 1).values("school", "school__agency")
               .annotate(n=Count("id")).order_by("-n")[:directors])
    allocations = dict(Allocation.objects.filter(fiscal_year=current, school__in=[s["school"] for s in schools])
                       .values_list("school", "pk"))
    data = {
        "today": today.isoformat(), "current_year": current.year, "full_year": current.year - 1,
        "category": Category.objects.get(code="materials").pk,
        "sbn": {"session": user("load.sbn", Role.SBN_ADMIN)},
        "directors": [{"school": s["school"], "allocation": allocations[s["school"]],
                       "session": user(f"load.director.{s['school']}", Role.SCHOOL_DIRECTOR, school_id=s["school"])}
                      for s in schools],
        "supervisors": [{"agency": agency, "session": user(f"load.supervisor.{agency}", Role.AGENCY_SUPERVISOR,
                                                           agency_id=agency)}
                        for agency in sorted({s["school__agency"] for s in schools})],
    }
    path.write_text(json.dumps(data))
    return data


def summary(prefix):
    with open(f"{prefix}_stats.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = {}
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "ALL"
        result[name] = {"method": row["Type"], "requests": int(row["Request Count"]),
                        "failures": int(row["Failure Count"]), "median_ms": float(row["Median Response Time"]),
                        "p95_ms": float(row["95%"]), "p99_ms": float(row["99%"]),
                        "rps": round(float(row["Requests/s"]), 1)}
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    if not dataset_ready():
        print("The benchmark dataset is absent; building it (python -m bench.run --build-only) …", flush=True)
        subprocess.run([sys.executable, "-m", "bench.run", "--build-only"], cwd=ROOT, check=True)
    out = ROOT / "artifacts" / "load"  # git-ignored
    out.mkdir(parents=True, exist_ok=True)
    people(out / "people.json")

    env = {**os.environ, "LOAD_PEOPLE": str(out / "people.json"), "CACHE_PREFIX": f"load-{int(time.time())}"}
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "sandbox.wsgi:application", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(args.workers), "--timeout", "60", "--graceful-timeout", "10",
         "--error-logfile", str(out / "gunicorn.log")],
        cwd=ROOT, env=env, start_new_session=True)
    try:
        wait_for_port(PORT)
        prefix = out / "locust"
        started = time.monotonic()
        locust = subprocess.run(
            [str(BIN / "locust"), "-f", str(HERE / "locustfile.py"), "--headless", "--only-summary",
             "-u", str(args.users), "-r", str(max(1, args.users // 10)), "-t", f"{args.seconds}s",
             "--stop-timeout", "10", "--host", f"http://127.0.0.1:{PORT}", "--csv", str(prefix),
             "--loglevel", "WARNING"],
            cwd=ROOT, env=env, timeout=args.seconds + 120)
        elapsed = time.monotonic() - started
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    figures = summary(prefix)
    total = figures["ALL"]
    result = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "nproc": os.cpu_count(), "users": args.users,
              "seconds": args.seconds, "gunicorn_workers": args.workers, "wall_seconds": round(elapsed, 1),
              "load_average_1_5_15": os.getloadavg(), "locust_exit": locust.returncode,
              "error_rate": round(total["failures"] / max(1, total["requests"]), 4), "endpoints": figures}
    (out / "results.json").write_text(json.dumps(result, indent=2))
    print(f"\n{'endpoint':<42} {'reqs':>6} {'fail':>5} {'med':>6} {'p95':>6} {'p99':>6} ms")
    for name, row in figures.items():
        print(f"{name:<42} {row['requests']:>6} {row['failures']:>5} {row['median_ms']:>6.0f} "
              f"{row['p95_ms']:>6.0f} {row['p99_ms']:>6.0f}")
    print(f"\n{args.users} users, {args.seconds} s: {total['requests']} requests, {total['rps']} req/s, "
          f"error rate {result['error_rate']:.2%}, p99 {total['p99_ms']:.0f} ms (artifacts/load/results.json)")
    return 0 if total["failures"] == 0 and locust.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
