"""`make faults`: the portal under three faults, each asserted; exits non-zero if any fails.

1. PostgreSQL restarted while requests flow: the running gunicorn recovers by itself.
2. Redis stopped: pages still serve; a report request says clearly that it is queued or that
   reporting is unavailable; once Redis is back, every report accepted meanwhile is produced.
3. The Celery worker killed in the middle of a report: another worker produces it, once.

Everything runs on private services (PostgreSQL 55432, Redis 56379, gunicorn 8109) started
here, never on the machine's shared ones. Logs go to artifacts/faults/.

    python -m faults.run [--only pg,redis,worker] [--rows 400000]
"""

import argparse
import os
import re
import sys
import threading
import time
import traceback
import uuid

import requests

from faults import services

os.environ.update({k: v for k, v in services.environment().items() if k in (
    "SANDBOX_ENV", "DEBUG", "DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS", "LOG_LEVEL", "MEDIA_ROOT")})
os.environ["DJANGO_SETTINGS_MODULE"] = "faults.worker_settings"

BASE = f"http://127.0.0.1:{services.WEB_PORT}"


class Failed(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


class Context:
    """Database contents and people, made once in the private cluster."""

    def __init__(self, rows):
        import django

        django.setup()
        from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
        from django.contrib.sessions.backends.db import SessionStore
        from django.core.management import call_command
        from django.utils import timezone

        from accounts.models import ApiToken
        from bench import dataset
        from grants.models import Allocation, Expenditure
        from sandbox.access import Role
        from sandbox.formatting import fiscal_year_of
        from sandbox.models import RoleAssignment

        call_command("migrate", verbosity=0)
        call_command("load_reference", verbosity=0)
        if not Expenditure.objects.exists():
            dataset.generate(log=lambda m: print(m, flush=True), expenditures=rows)

        def person(username, role, **scope):
            user, created = get_user_model().objects.get_or_create(username=username)
            if created:
                user.set_unusable_password()
                user.save()
                RoleAssignment.objects.create(user=user, role=role, **scope)
            session = SessionStore()
            session.update({SESSION_KEY: str(user.pk), HASH_SESSION_KEY: user.get_session_auth_hash(),
                            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend"})
            session.create()
            return user, session.session_key, ApiToken.issue(user, "faults")[1]

        self.current = fiscal_year_of(timezone.localdate())
        self.full = self.current - 1
        self.allocation = Allocation.objects.filter(fiscal_year__year=self.current).order_by("school_id").first()
        self.school = self.allocation.school_id
        self.sbn, self.sbn_session, self.sbn_token = person("faults.sbn", Role.SBN_ADMIN)
        _, _, self.director_token = person("faults.director", Role.SCHOOL_DIRECTOR, school_id=self.school)
        self.today = timezone.localdate()

    def pages(self):
        session = requests.Session()
        session.cookies.set("sessionid", self.sbn_session)
        session.headers["Accept-Language"] = "en"
        return session

    def api(self, token=None):
        session = requests.Session()
        session.headers.update({"Authorization": f"Token {token or self.sbn_token}", "Accept-Language": "en"})
        return session

    def page_urls(self):
        return ["/healthz/live", "/", "/schools/", f"/grants/school/{self.school}/{self.current}/",
                f"/reports/dashboards/national/?fiscal_year={self.full}", f"/grants/?fiscal_year={self.full}"]

    def jobs(self, **filters):
        from reports.models import ReportJob

        return ReportJob.objects.filter(**filters)


def post_expenditure(ctx, note):
    return ctx.api(ctx.director_token).post(f"{BASE}/api/v1/expenditures/", timeout=20, json={
        "allocation": ctx.allocation.pk, "date": ctx.today.isoformat(), "amount": "15.00", "category": "materials",
        "description": f"Fault test {note}", "payee": "Shop"})


# --- 1. PostgreSQL restarted -----------------------------------------------------------------------
def postgres_restart(ctx, pg, env):
    server = services.gunicorn(env, "faults-unused")
    try:
        pages = ctx.pages()
        for url in ctx.page_urls():
            response = pages.get(BASE + url, timeout=30)
            check(response.status_code == 200, f"before the restart {url} answered {response.status_code}")
        log, stop = [], threading.Event()

        def traffic():
            client = ctx.pages()
            while not stop.is_set():
                for url in ctx.page_urls()[:4]:
                    try:
                        status = client.get(BASE + url, timeout=15).status_code
                    except requests.RequestException as exc:
                        status = type(exc).__name__
                    log.append((time.monotonic(), status))

        thread = threading.Thread(target=traffic, daemon=True)
        thread.start()
        time.sleep(2)
        restarted_at = time.monotonic()
        pg.restart()
        back_at = time.monotonic()
        time.sleep(8)
        stop.set()
        thread.join(30)
        during = [s for t, s in log if restarted_at <= t <= back_at + 1]
        after = [s for t, s in log if t > back_at + 3]
        print(f"  restart took {back_at - restarted_at:.1f} s; {len(log)} requests, during the restart "
              f"{sum(1 for s in during if s != 200)} of {len(during)} failed; after it "
              f"{sum(1 for s in after if s == 200)}/{len(after)} ok", flush=True)
        check(after and all(s == 200 for s in after),
              f"requests still failing after PostgreSQL came back: {sorted(set(map(str, after)))}")
        response = post_expenditure(ctx, "after restart")
        check(response.status_code == 201, f"a write after the restart answered {response.status_code}: "
                                           f"{response.text[:300]}")
        check(server.process.poll() is None, "gunicorn died during the restart")
    finally:
        server.stop()


# --- 2. Redis stopped ---------------------------------------------------------------------------
def redis_stopped(ctx, redis, env):
    queue = f"faults-{uuid.uuid4().hex[:6]}"
    server = services.gunicorn(env, queue)
    worker = None
    try:
        started = time.time()
        redis.stop()
        pages, problems = ctx.pages(), []
        for url in ctx.page_urls():
            t0 = time.monotonic()
            response = pages.get(BASE + url, timeout=30)
            seconds = time.monotonic() - t0
            print(f"  Redis down: {url} → {response.status_code} in {seconds:.2f} s", flush=True)
            if response.status_code != 200 or seconds >= 5:
                problems.append(f"with Redis down {url} answered {response.status_code} in {seconds:.1f} s")
        api = ctx.api()
        t0 = time.monotonic()
        response = api.post(f"{BASE}/api/v1/reports/", timeout=60, json={
            "kind": "national_summary", "parameters": {"fiscal_year": ctx.full}})
        seconds = time.monotonic() - t0
        body = response.text[:400]
        print(f"  Redis down: report request → {response.status_code} in {seconds:.1f} s: {body}", flush=True)
        accepted = response.status_code == 202 and re.search(r"queu", body, re.I)
        unavailable = response.status_code == 503 and re.search(r"unavailable|try again", body, re.I)
        if not (accepted or unavailable):
            problems.append("with Redis down a report request must answer 202 saying it is queued or 503 saying "
                            f"reporting is unavailable; it answered {response.status_code}: {body}")
        redis.start()
        worker = services.worker({**env, "REPORTS_QUEUE": queue}, queue, name="worker-redis")
        from datetime import UTC, datetime

        since = datetime.fromtimestamp(started, tz=UTC)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            pending = list(ctx.jobs(created__gte=since).exclude(status__in=["done", "failed"])
                           .values_list("pk", "status"))
            if not pending:
                break
            time.sleep(1)
        jobs = list(ctx.jobs(created__gte=since).values_list("pk", "status"))
        print(f"  Redis back: jobs accepted during the outage {jobs}", flush=True)
        if pending:
            problems.append(f"reports accepted while Redis was down were never produced: {pending}")
        if not all(status == "done" for _, status in jobs):
            problems.append(f"reports failed after Redis came back: {jobs}")
        check(not problems, "; ".join(problems))
    finally:
        if worker:
            worker.stop()
        server.stop()
        if not services.port_open(services.REDIS_PORT):
            redis.start()


# --- 3. Worker killed mid-report --------------------------------------------------------------------
def worker_killed(ctx, env):
    queue = f"faults-{uuid.uuid4().hex[:6]}"
    server = services.gunicorn(env, queue)
    first = services.worker({**env, "REPORTS_QUEUE": queue}, queue, name="worker-killed")
    second = None
    try:
        response = ctx.api().post(f"{BASE}/api/v1/reports/", timeout=30, json={
            "kind": "national_expenditures", "parameters": {"fiscal_year": ctx.full}})
        check(response.status_code == 202, f"report request answered {response.status_code}: {response.text}")
        job_id = response.json()["id"]
        job = ctx.jobs(pk=job_id)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not job.filter(status="running", progress__gt=0).exists():
            time.sleep(0.1)
        state = job.values("status", "progress", "attempts").get()
        check(state["status"] == "running", f"the report never started: {state}\n{first.tail()}")
        first.kill()
        print(f"  worker killed with the report at {state['progress']}%", flush=True)
        second = services.worker({**env, "REPORTS_QUEUE": queue}, queue, name="worker-replacement")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not job.filter(status__in=["done", "failed"]).exists():
            time.sleep(1)
        final = job.values("status", "progress", "attempts", "xlsx", "error").get()
        print(f"  after the replacement worker: {final}", flush=True)
        check(final["status"] == "done", f"the report did not complete: {final}\n{second.tail()}")
        check(final["attempts"] == 2, f"expected exactly one restart of the report, got {final['attempts']}")
        from reports.storage import report_storage

        storage = report_storage()
        _, files = storage.listdir(os.path.dirname(final["xlsx"]))
        check([f for f in files if f.endswith(".xlsx")] == [os.path.basename(final["xlsx"])],
              f"expected the one XLSX file {final['xlsx']}, found {files}")
        check(storage.size(final["xlsx"]) > 10_000, "the XLSX file is empty")
    finally:
        for process in (first, second):
            if process:
                process.stop()
        server.stop()


SCENARIOS = {"pg": postgres_restart, "redis": redis_stopped, "worker": worker_killed}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="pg,redis,worker")
    parser.add_argument("--rows", type=int, default=400_000)
    args = parser.parse_args()
    pg, redis = services.Postgres(), services.Redis()
    outcomes = {}
    try:
        print("Starting private PostgreSQL (55432) and Redis (56379) …", flush=True)
        pg.start()
        redis.start()
        ctx = Context(args.rows)
        env = services.environment()
        for name in args.only.split(","):
            print(f"\n[{name}]", flush=True)
            from django.db import connection

            connection.close()  # a scenario may have restarted the server under this connection
            try:
                if name == "pg":
                    postgres_restart(ctx, pg, env)
                elif name == "redis":
                    redis_stopped(ctx, redis, env)
                else:
                    worker_killed(ctx, env)
                outcomes[name] = "passed"
            except Exception as exc:  # each scenario is reported, then the next one runs
                outcomes[name] = f"FAILED: {exc}"
                if not isinstance(exc, Failed):
                    traceback.print_exc()
            print(f"[{name}] {outcomes[name]}", flush=True)
    finally:
        redis.stop() if redis.process else None
        pg.stop()
    print("\nFaults:", ", ".join(f"{k} {v.split(':')[0]}" for k, v in outcomes.items()))
    return 0 if outcomes and all(v == "passed" for v in outcomes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
