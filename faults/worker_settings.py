"""Settings for the portal processes of the fault scripts: the reports' own queue, and a short
broker visibility timeout so that a job whose worker was killed is handed to another worker in
seconds (production keeps an hour: the same recovery, only later)."""

import os

from sandbox.settings import *  # noqa: F403

REPORTS_QUEUE = os.environ.get("REPORTS_QUEUE") or None
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": float(os.environ.get("FAULTS_VISIBILITY_TIMEOUT", 15))}
