"""Settings for the Celery worker the journeys start: the test database and media folder come
from the environment, and it listens on the test's own queue so no other worker takes its jobs."""

import os

from sandbox.settings import *  # noqa: F403

REPORTS_QUEUE = os.environ.get("REPORTS_QUEUE") or None
