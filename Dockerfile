FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 SANDBOX_ENV=production \
    STATIC_ROOT=/app/staticfiles PRIVATE_MEDIA_ROOT=/data/private
# WeasyPrint renders PDFs with Pango; the Thai fonts are the project's own (static/vendor/fonts).
# pg_dump/pg_restore of PostgreSQL 18 (the compose server's major version) from the PostgreSQL apt
# repository, for manage.py backup and restore.
RUN apt-get update && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
      libharfbuzz-subset0 curl postgresql-common \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends postgresql-client-18 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN pip install --no-cache-dir .
COPY . .
RUN SECRET_KEY=build-only DATABASE_URL=postgresql://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    python manage.py collectstatic --no-input \
 && useradd --system --home /app portal && mkdir -p /data/private /backups && chown -R portal /data /backups
USER portal
EXPOSE 8000
CMD ["gunicorn", "sandbox.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]
