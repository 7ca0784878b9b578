"""Private services for the fault scripts, on their own ports so that the machine's shared
PostgreSQL (5432) and Redis (6379) are never stopped: a PostgreSQL cluster on 55432, a Redis
on 56379, gunicorn on 8109 and Celery workers, all started and stopped here."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "artifacts" / "faults"  # git-ignored: logs and the private cluster's data
BIN = Path(sys.executable).parent
PG_BIN = Path(os.environ.get("PG_BIN", sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
                             if Path("/usr/lib/postgresql").exists() else "/usr/bin"))
PG_PORT, REDIS_PORT, WEB_PORT = 55432, 56379, 8109
DATABASE_URL = f"postgresql://postgres@127.0.0.1:{PG_PORT}/sandbox_faults"
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"


def port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise RuntimeError(f"timed out waiting for {what}")


def _as_postgres(args):
    """PostgreSQL refuses to run as root; run its tools as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class Postgres:
    def __init__(self):
        self.data = WORK / "pgdata"
        self.log = WORK / "postgres.log"

    def pg_ctl(self, *args):
        return subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                                            "-w", "-t", "60", *args]), check=True, capture_output=True)

    def start(self):
        WORK.mkdir(parents=True, exist_ok=True)
        if port_open(PG_PORT):
            raise RuntimeError(f"port {PG_PORT} is busy; stop whatever listens there first")
        if self.data.exists():
            shutil.rmtree(self.data)
        self.data.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(WORK, "postgres")
            shutil.chown(self.data, "postgres")
            self.log.touch()
            shutil.chown(self.log, "postgres")
        subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                                     "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                       check=True, capture_output=True)
        self.pg_ctl("-o", f"-p {PG_PORT} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off", "start")
        subprocess.run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres",
                        "sandbox_faults"], check=True)

    def restart(self):
        self.pg_ctl("-m", "fast", "restart")

    def stop(self):
        if self.data.exists() and port_open(PG_PORT):
            self.pg_ctl("-m", "fast", "stop")


class Redis:
    def __init__(self):
        self.process = None

    def start(self):
        if port_open(REDIS_PORT):
            raise RuntimeError(f"port {REDIS_PORT} is busy")
        self.process = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT),
             "--save", "", "--appendonly", "no", "--dir", str(WORK)],
            stdout=open(WORK / "redis.log", "ab"), stderr=subprocess.STDOUT, start_new_session=True)
        wait(lambda: port_open(REDIS_PORT), 20, "redis")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        wait(lambda: not port_open(REDIS_PORT), 10, "redis to stop")


def environment(**extra):
    return {**os.environ, "SANDBOX_ENV": "development", "DEBUG": "0", "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL, "ALLOWED_HOSTS": "127.0.0.1,localhost", "LOG_LEVEL": "WARNING",
            "MEDIA_ROOT": str(WORK / "media"), "CACHE_PREFIX": f"faults-{uuid.uuid4().hex[:6]}", **extra}


class Process:
    """A child in its own process group, logged under artifacts/faults/."""

    def __init__(self, name, args, env):
        self.name = name
        self.log_path = WORK / f"{name}.log"
        self.process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=open(self.log_path, "ab"),
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def kill(self, sig=signal.SIGKILL):
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(20)

    def stop(self):
        try:
            self.kill(signal.SIGTERM)
        except subprocess.TimeoutExpired:
            self.kill()

    def tail(self):
        return self.log_path.read_text(errors="replace")[-2000:]


def gunicorn(env, queue):
    env = {**env, "DJANGO_SETTINGS_MODULE": "faults.worker_settings", "REPORTS_QUEUE": queue}
    server = Process("gunicorn", [str(BIN / "gunicorn"), "sandbox.wsgi:application", "--bind",
                                  f"127.0.0.1:{WEB_PORT}", "--workers", "2", "--timeout", "60"], env)
    wait(lambda: port_open(WEB_PORT), 60, "gunicorn")
    return server


def worker(env, queue, name="worker"):
    return Process(name, [str(BIN / "celery"), "-A", "sandbox", "worker", "--pool=solo", "-Q", queue,
                          "--without-mingle", "--without-gossip", "--loglevel=INFO"],
                   {**env, "DJANGO_SETTINGS_MODULE": "faults.worker_settings", "REPORTS_QUEUE": queue})
