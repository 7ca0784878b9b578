"""`make run`'s runner on a fresh folder: it serves 100 concurrent requests with no 5xx on a bounded
number of database connections, and a plain kill of its process group, at any step, leaves none of
the processes it started behind."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from loadtest import burst

pytestmark = pytest.mark.slow

ROOT = Path(settings.BASE_DIR)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Runner:
    """`python -m sandbox.devrun serve` with its own folder and ports, as a terminal job (own group)."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        outside = ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "MEDIA_ROOT")
        env = {k: v for k, v in os.environ.items() if k not in outside}
        env.update(SANDBOX_LOCAL_DIR=str(folder / "local"), PORT=str(self.port), EMBEDDED_REDIS_PORT=str(free_port()),
                   WEB_WORKERS="2", WEB_THREADS="4", CELERY_CONCURRENCY="1")
        self.log = open(folder / "runner.log", "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "sandbox.devrun", "serve"], cwd=ROOT, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def tail(self):
        return (self.folder / "runner.log").read_text(errors="replace")[-4000:]

    def wait_until_serving(self, timeout=300):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.tail()
            try:
                # 200 once the database, Redis and a Celery worker all answer
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=5):
                    return
            except OSError:
                pass
            time.sleep(1)
        raise AssertionError(f"the portal did not come up\n{self.tail()}")

    def kill_group(self, signum=signal.SIGTERM):
        os.killpg(self.process.pid, signum)
        self.process.wait(90)
        self.log.close()

    def leftovers(self):
        """Processes still running that this runner started: its folder is in their command line or
        environment (the embedded servers, gunicorn, the Celery worker)."""
        marker = str(self.folder).encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
                environ = (entry / "environ").read_bytes()
                state = (entry / "stat").read_text().split(") ")[-1][:1]
            except OSError:
                continue
            if state != "Z" and (marker in cmdline or marker in environ):
                found.append(cmdline.replace(b"\0", b" ").decode(errors="replace")[:200])
        return found


@pytest.fixture
def runner(tmp_path):
    started = []

    def start():
        started.append(Runner(tmp_path))
        return started[-1]

    yield start
    for item in started:
        if item.process.poll() is None:
            item.kill_group(signal.SIGTERM)  # the runner itself stops what it started


def test_make_run_answers_a_burst_with_bounded_connections_and_stops_whole(runner):
    portal = runner()
    portal.wait_until_serving()
    result = burst.run(portal.url, concurrency=100, rounds=1,
                       database_url=f"postgresql://postgres@/postgres?host={portal.folder / 'local' / 'pgdata'}")
    assert result["requests"] == 100
    assert result["failed"] == 0, result
    assert result["statuses"].get("POST 201", 0) == 40, result
    # gunicorn's 2 x 4 threads, the Celery worker and beat: the burst cannot open more.
    assert result["highest_connections"] <= 2 * 4 + 4, result
    portal.kill_group(signal.SIGTERM)
    assert portal.leftovers() == []


def test_a_kill_during_set_up_leaves_nothing_behind(runner):
    portal = runner()
    deadline = time.monotonic() + 120
    while not (portal.folder / "local" / "pgdata" / "postmaster.pid").exists():
        assert time.monotonic() < deadline, portal.tail()
        time.sleep(0.2)
    time.sleep(1)  # migrating by now
    portal.kill_group(signal.SIGINT)
    assert portal.leftovers() == []
