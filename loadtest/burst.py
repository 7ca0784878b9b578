"""A burst of concurrent requests against a running portal (`make run`), loopback only.

Signs in as the demo director, gets an API token, then sends ROUNDS bursts of CONCURRENCY requests
at once (reads of lists, pages and summaries, and expenditure writes), each with a 30 s timeout,
while it samples how many connections the portal holds in PostgreSQL. It prints the statuses, the
latency and the highest connection count, and exits non-zero if any request failed or got a 5xx.

    python -m loadtest.burst [--url http://127.0.0.1:8000] [--concurrency 100] [--rounds 3]
                             [--database-url postgresql://...]   (default: make run's embedded server)
"""

import argparse
import datetime
import http.cookiejar
import json
import os
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg

from sandbox.demo_accounts import DEMO_PASSWORD

TIMEOUT = 30
ROOT = Path(__file__).resolve().parent.parent
READ_PATHS = [
    "/api/v1/expenditures/?page_size=100",
    "/api/v1/allocations/?page_size=100",
    "/api/v1/schools/",
    "/api/v1/provinces/",
    "/api/v1/periods/",
    "/api/v1/fiscal-years/",
]


def default_database_url():
    local = Path(os.environ.get("SANDBOX_LOCAL_DIR") or ROOT / ".local")
    return f"postgresql://postgres@/postgres?host={local / 'pgdata'}"


def _loopback(url):
    host = urllib.parse.urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"burst sends traffic to loopback addresses only, not {host}")


def sign_in_token(base, username):
    """A session through the sign-in form, then an API token made with it."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base}/accounts/login/", timeout=TIMEOUT).read()
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    form = urllib.parse.urlencode({"username": username, "password": DEMO_PASSWORD,
                                   "csrfmiddlewaretoken": csrf}).encode()
    opener.open(urllib.request.Request(f"{base}/accounts/login/", data=form,
                                       headers={"Referer": f"{base}/accounts/login/"}), timeout=TIMEOUT).read()
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    request = urllib.request.Request(
        f"{base}/api/v1/tokens/", data=json.dumps({"name": f"burst-{time.time():.0f}"}).encode(),
        headers={"Content-Type": "application/json", "X-CSRFToken": csrf, "Referer": f"{base}/"})
    return json.loads(opener.open(request, timeout=TIMEOUT).read())["key"]


def call(base, token, method="GET", path="/", body=None):
    """(status, seconds); a timeout or a refused connection is status 0."""
    headers = {"Authorization": f"Token {token}", "Accept-Language": "th"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def write_target(base, token):
    """The director's own allocation of the latest year and a day of that year on which to spend (every
    school's allocations are readable: the first page of them need not hold the director's)."""
    _, me = _get_json(base, token, "/api/v1/me/")
    school = me["schools"][0]["id"]
    _, allocations = _get_json(base, token, f"/api/v1/allocations/?school={school}&page_size=100")
    allocation = max(allocations["results"], key=lambda row: int(row["fiscal_year"]))
    _, categories = _get_json(base, token, "/api/v1/spending-categories/")
    be_year = int(allocation["fiscal_year"])
    year_end = datetime.date(be_year - 543, 9, 30)
    # the portal's today (Bangkok): the demo's months that have ended there are submitted and locked
    day = min(datetime.datetime.now(ZoneInfo("Asia/Bangkok")).date(), year_end)
    return {"allocation": allocation["id"], "category": categories["results"][0]["code"], "date": day.isoformat()}


def _get_json(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": f"Token {token}"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return response.status, json.loads(response.read())


class ConnectionSampler(threading.Thread):
    """The highest number of client connections PostgreSQL reports while the burst runs."""

    def __init__(self, database_url):
        super().__init__(daemon=True)
        self.database_url = database_url
        self.highest = 0
        self.done = threading.Event()

    def run(self):
        with psycopg.connect(self.database_url, autocommit=True) as connection:
            while not self.done.is_set():
                count = connection.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                    "AND pid <> pg_backend_pid()").fetchone()[0]
                self.highest = max(self.highest, count)
                time.sleep(0.05)


def burst(base, token, target, concurrency, rounds):
    jobs = []
    for index in range(concurrency * rounds):
        if index % 5 in (0, 3):  # two in five are writes
            body = {**target, "amount": "1.00", "description": f"burst {index}", "payee": "ร้านทดสอบ",
                    "receipt_number": f"B-{time.time_ns()}-{index}"}
            jobs.append(("POST", "/api/v1/expenditures/", body))
        else:
            jobs.append(("GET", READ_PATHS[index % len(READ_PATHS)], None))
    results = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for start in range(0, len(jobs), concurrency):
            batch = jobs[start:start + concurrency]
            results += pool.map(lambda job: (job[0], *call(base, token, *job)), batch)
    return results


def run(base, concurrency=100, rounds=3, database_url=None, username="buriram.director"):
    _loopback(base)
    token = sign_in_token(base, username)
    target = write_target(base, token)
    sampler = ConnectionSampler(database_url or default_database_url())
    sampler.start()
    time.sleep(0.2)
    try:
        results = burst(base, token, target, concurrency, rounds)
    finally:
        sampler.done.set()
        sampler.join(5)
    statuses = {}
    for method, status, _ in results:
        statuses[f"{method} {status}"] = statuses.get(f"{method} {status}", 0) + 1
    seconds = sorted(s for _, _, s in results)
    return {
        "requests": len(results),
        "statuses": dict(sorted(statuses.items())),
        "failed": sum(1 for _, status, _ in results if status == 0 or status >= 500),
        "median_s": round(statistics.median(seconds), 3),
        "p95_s": round(seconds[int(len(seconds) * 0.95) - 1], 3),
        "max_s": round(seconds[-1], 3),
        "highest_connections": sampler.highest,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    result = run(args.url.rstrip("/"), args.concurrency, args.rounds, args.database_url)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    sys.exit(1 if result["failed"] else 0)


if __name__ == "__main__":
    main()
