"""Settings of the Celery worker subprocess the tests start (tests/worker.py).

It reads the test database and media folder from the environment and listens on the test's own
queue, so no other worker takes its jobs; a short visibility timeout lets a restarted worker take
over a job whose worker was killed.
"""

import os

from sandbox.settings import *  # noqa: F403

CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": float(os.environ.get("REPORTS_VISIBILITY_TIMEOUT", 3600))}
REPORTS_QUEUE = os.environ.get("REPORTS_QUEUE") or None
