"""Settings for the Celery worker that the report tests start as a subprocess.

The worker reads the test database (DATABASE_URL from the test) and listens on the test's own
queue; a short visibility timeout lets a restarted worker take over a job whose worker was killed.
"""

import os

from sandbox.settings import *  # noqa: F403

CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": float(os.environ.get("REPORTS_VISIBILITY_TIMEOUT", 3600))}
REPORTS_QUEUE = os.environ.get("REPORTS_QUEUE") or None
