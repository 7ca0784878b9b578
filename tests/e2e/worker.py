"""A real Celery worker process for the browser journeys, on the test database and Redis."""

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.db import connection

CELERY = str(Path(sys.executable).with_name("celery"))


def database_url():
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgresql://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    def __init__(self, log_path):
        self.queue = f"e2e-reports-{uuid.uuid4().hex[:8]}"
        self.log_path = log_path
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.e2e.worker_settings",
            "SANDBOX_ENV": "development",
            "DATABASE_URL": database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "REPORTS_QUEUE": self.queue,
        }
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen(
            [CELERY, "-A", "sandbox", "worker", "--pool=solo", "-Q", self.queue, "--without-mingle",
             "--without-gossip", "--without-heartbeat", "--loglevel=INFO"],
            cwd=settings.BASE_DIR, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def tail(self):
        return Path(self.log_path).read_text(errors="replace")[-3000:]

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self.log.close()
