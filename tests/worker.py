"""A real Celery worker subprocess on the test's own database, broker, queue and media folder.

Whatever database the suite runs on (the embedded server's Unix socket or a TCP server), the
worker is handed the very connection the test uses, so it reads and writes the test's rows.
"""

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

CELERY = str(Path(sys.executable).with_name("celery"))


def connection_params():
    """libpq keywords of the test database as the suite's own connection uses them."""
    params = connection.get_connection_params()
    return {key: params[key] for key in ("dbname", "user", "password", "host", "port") if params.get(key)}


def database_url():
    """DATABASE_URL for the test database; a socket directory goes in the query string."""
    params = connection_params()
    user = quote(params.get("user", ""), safe="")
    password = f":{quote(params['password'], safe='')}" if params.get("password") else ""
    host = params.get("host", "127.0.0.1")
    port = params.get("port", 5432)
    if host.startswith("/"):
        return f"postgresql://{user}{password}@/{params['dbname']}?host={quote(host)}&port={port}"
    return f"postgresql://{user}{password}@{host}:{port}/{params['dbname']}"


def new_queue(prefix="reports-test"):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class Worker:
    """`celery -A sandbox worker` listening only on `queue`, its output appended to `log_path`."""

    def __init__(self, queue, log_path, visibility_timeout=3600):
        self.queue = queue
        self.log_path = Path(log_path)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "SANDBOX_ENV": "development",
            "DATABASE_URL": database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "REPORTS_QUEUE": queue,
            "REPORTS_VISIBILITY_TIMEOUT": str(visibility_timeout),
        }
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [CELERY, "-A", "sandbox", "worker", "--pool=solo", "-Q", queue, "--without-mingle",
             "--without-gossip", "--without-heartbeat", "--loglevel=INFO"],
            cwd=settings.BASE_DIR, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def tail(self):
        return self.log_path.read_text(errors="replace")[-3000:]

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
