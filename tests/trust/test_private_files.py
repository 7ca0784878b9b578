"""Issue 17 item 1: one private store for every file, served only through access-checked views in every
profile; the production settings serve a report another process (the worker) wrote."""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from provinces.models import Milestone
from reports.models import JobStatus, ReportJob
from tests.trust.conftest import spend
from tests.worker import database_url

PDF = b"%PDF-1.4\n%%EOF\n"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def milestone(world):
    row = Milestone.objects.create(province=world.own.province, kind="gazette", date=datetime.date(2024, 1, 5))
    row.document.save("order.pdf", ContentFile(PDF))
    return row


@pytest.mark.django_db
def test_documents_are_stored_privately_and_served_after_the_access_check(client, world, milestone):
    path = Path(default_storage.path(milestone.document.name))
    assert path.is_file() and Path(settings.MEDIA_ROOT) not in path.parents
    url = milestone.document.url
    assert url.startswith("/files/provinces/milestones/")
    assert client.get(url).status_code == 302  # anonymous: to the sign-in page
    client.force_login(world.users["no_role"])
    assert client.get(url).status_code == 404
    client.force_login(world.users["school_staff"])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert response["Cache-Control"] == "private, no-store"


def test_no_media_route_in_development(settings):
    """The URLconf as development loads it (DEBUG on) routes no /media/ path."""
    import importlib

    from django.urls import Resolver404
    from django.urls.resolvers import RoutePattern, URLResolver

    settings.DEBUG = True
    try:
        development = importlib.reload(importlib.import_module("sandbox.urls"))
        resolver = URLResolver(RoutePattern(""), development.urlpatterns)
        with pytest.raises(Resolver404):
            resolver.resolve("media/provinces/milestones/2024/order.pdf")
        assert resolver.resolve("files/provinces/milestones/2024/order.pdf").url_name == "private-file"
    finally:
        settings.DEBUG = False
        importlib.reload(importlib.import_module("sandbox.urls"))


@pytest.mark.django_db
def test_a_path_no_row_holds_is_not_served(client, world, milestone):
    default_storage.save("provinces/milestones/2024/stray.pdf", ContentFile(PDF))
    client.force_login(world.users["sbn_admin"])
    assert client.get("/files/provinces/milestones/2024/stray.pdf").status_code == 404
    assert client.get("/files/../secret").status_code == 404


@pytest.mark.django_db
def test_a_receipt_through_the_file_route_keeps_the_receipt_rule(client, world, grants):
    from tests.factories import user_with_role

    row = spend(grants.own)
    row.receipt.save("r.pdf", SimpleUploadedFile("r.pdf", PDF))
    outsider = user_with_role("school_director", world.other.school, username="outsider")
    client.force_login(outsider)
    assert client.get(row.receipt.url).status_code == 404
    client.force_login(world.users["agency_supervisor"])
    assert client.get(row.receipt.url).status_code == 200


def test_compose_mounts_one_private_volume_into_web_and_worker():
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    private = compose["x-portal"]["environment"]["PRIVATE_MEDIA_ROOT"]
    for service in ("web", "worker"):
        mounts = compose["services"][service]["volumes"]
        assert f"private-files:{private}" in mounts, service
    assert "private-files" in compose["volumes"]


def _production(script, private_root, *args):
    env = {**os.environ, "SANDBOX_ENV": "production", "DATABASE_URL": database_url(),
           "REDIS_URL": settings.REDIS_URL, "SECRET_KEY": "production-settings-test-" + "x" * 40,
           "ALLOWED_HOSTS": "portal.example", "PRIVATE_MEDIA_ROOT": str(private_root),
           "DJANGO_SETTINGS_MODULE": "sandbox.settings"}
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


WORKER = """
import json, sys, django
django.setup()
from reports.models import ReportJob
from reports.services import _store
job = ReportJob.objects.get(pk=int(sys.argv[1]))
_store(job, {"pdf": ("report.pdf", b"%PDF-1.4 worker\\n%%EOF\\n")})
print(json.dumps({"name": ReportJob.objects.get(pk=job.pk).pdf.name}))
"""

WEB = """
import json, sys, django
django.setup()
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
client = Client(SERVER_NAME="portal.example", **{"wsgi.url_scheme": "https"})
client.force_login(get_user_model().objects.get(pk=int(sys.argv[2])))
response = client.get(f"/reports/{sys.argv[1]}/download/pdf/", secure=True)
body = b"".join(response.streaming_content) if response.status_code == 200 else b""
from django.urls import Resolver404, resolve
try:
    resolve("/media/reports/" + sys.argv[1] + "/report.pdf")
    media = "routed"
except Resolver404:
    media = 404
print(json.dumps({"debug": settings.DEBUG, "status": response.status_code, "body": body.decode("latin-1"),
                  "media": media}))
"""


@pytest.mark.django_db(transaction=True)
def test_production_settings_serve_a_report_the_worker_wrote(world, tmp_path):
    officer = world.users["province_officer"]
    job = ReportJob.objects.create(kind="province_spending", parameters={}, title="t", language="th",
                                   requested_by=officer, status=JobStatus.RUNNING)
    shared = tmp_path / "private-files"  # the compose volume both containers mount
    written = _production(WORKER, shared, job.pk)
    assert (shared / "reports" / written["name"]).is_file()
    served = _production(WEB, shared, job.pk, officer.pk)
    assert served["debug"] is False
    assert served["status"] == 200 and served["body"].startswith("%PDF-1.4 worker")
    assert served["media"] == 404
