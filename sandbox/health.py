import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from sandbox.celery import app as celery_app


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis():
    redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1).ping()


def _worker():
    replies = celery_app.control.ping(timeout=1.0)
    if not replies:
        raise RuntimeError("no worker answered")


@never_cache
def healthz(request):
    """Database, Redis and Celery worker status; 503 when any of them is down."""
    checks = {}
    for name, check in (("database", _database), ("redis", _redis), ("worker", _worker)):
        if name == "worker" and checks.get("redis", {}).get("ok") is False:
            checks[name] = {"ok": False, "error": "broker unavailable"}
            continue
        try:
            check()
            checks[name] = {"ok": True}
        except Exception as exc:  # any failure is a failed check, reported by name
            checks[name] = {"ok": False, "error": str(exc)[:200]}
    healthy = all(c["ok"] for c in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", "checks": checks},
                        status=200 if healthy else 503)


def live(request):
    return JsonResponse({"status": "ok"})
