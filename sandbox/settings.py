"""Settings come from the environment; see README for the variables.

SANDBOX_ENV selects the profile: "production" (the default, safe) or "development"
(what `make run` and `make test` use).
"""

import os
from pathlib import Path

import dj_database_url
import pghistory
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from sandbox.row_version import AnyChangeButVersion

BASE_DIR = Path(__file__).resolve().parent.parent
# Where `make run` keeps the embedded servers' data, uploaded files and mail (git-ignored).
LOCAL_DIR = Path(os.environ.get("SANDBOX_LOCAL_DIR") or BASE_DIR / ".local")
ENV = os.environ.get("SANDBOX_ENV", "production")
PRODUCTION = ENV == "production"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=not PRODUCTION)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production.")
    SECRET_KEY = "development-only-key-never-used-in-production-0123456789abcdef"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "pgtrigger",
    "pghistory",
    "pghistory.admin",
    "axes",
    "sandbox",
    "provinces",
    "schools",
    "committees",
    "grants",
    "reports",
    "accounts",
    "notifications",
    "webhooks",
    "supervision",
]

# `manage.py seed_demo` runs these in order: offices and schools first, then the users scoped to them,
# then each app's rows (which may name those users).
DEMO_SEEDS = [
    "schools.demo_offices.seed",
    "accounts.demo.seed",
    "provinces.demo.seed",
    "schools.demo.seed",
    "committees.demo.seed",
    "grants.demo.seed",
    "supervision.demo.seed",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sandbox.middleware.HostileInputMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sandbox.middleware.RequestContextMiddleware",
    "sandbox.middleware.NoRoleGateMiddleware",
    "sandbox.middleware.ApiErrorsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

# WhiteNoise serves the static files in every profile: `make run` serves through gunicorn too.
MIDDLEWARE.insert(2, "whitenoise.middleware.WhiteNoiseMiddleware")
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

ROOT_URLCONF = "sandbox.urls"

# A form's choice among more rows than this is found by typing, not picked from a select (sandbox.search_select).
CHOICES_SEARCH_FROM = 200
WSGI_APPLICATION = "sandbox.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sandbox.context_processors.portal",
                "notifications.context_processors.bell",
            ],
            "builtins": ["sandbox.templatetags.portal"],
        },
    }
]

# The embedded PostgreSQL of `make run` is started by sandbox.devrun, which sets DATABASE_URL.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if not DATABASE_URL:
    if PRODUCTION:
        raise ImproperlyConfigured("DATABASE_URL must be set in production.")
    DATABASE_URL = f"postgresql://postgres:@/postgres?host={LOCAL_DIR / 'pgdata'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
# Every query the portal sends is short; PostgreSQL's JIT compiles a query whose cost estimate is large
# (a dashboard's per-plan-line sums) for about 300 ms before running it in 10.
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if not REDIS_URL:
    if PRODUCTION:
        raise ImproperlyConfigured("REDIS_URL must be set in production.")
    REDIS_URL = "redis://127.0.0.1:6390/0"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_PREFIX", "sandbox"),
        "TIMEOUT": 300,
        # The portal must keep serving pages when Redis is away; the cache is an accelerator only.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 8 * 3600))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated): behind
# one, lockouts key on the client's address, not the proxy's that every client shares.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "sandbox.middleware.client_ip"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Failed sign-ins are kept (not only counted) so that each user can see them on their account page.
AXES_ENABLE_ACCESS_FAILURE_LOG = True

LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Bangkok"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", LOCAL_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", LOCAL_DIR / "media"))
# Every uploaded or produced file is private (sandbox.uploads.PrivateStorage): in production one
# volume mounted by web and worker (docker-compose.yml), served only through access-checked views.
PRIVATE_MEDIA_ROOT = Path(os.environ["PRIVATE_MEDIA_ROOT"]) if os.environ.get("PRIVATE_MEDIA_ROOT") else None
STORAGES = {
    "default": {"BACKEND": "sandbox.uploads.PrivateStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_BYTES", 10 * 1024 * 1024))
# CSV/XLSX imports (sandbox.tabular): refused above this size before a byte is parsed.
TABULAR_MAX_BYTES = int(os.environ.get("TABULAR_MAX_BYTES", 40 * 1024 * 1024))

# Security. Production is strict by default; each switch can be eased from the environment
# (for example SECURE_SSL_REDIRECT=0 behind a proxy that already redirects).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", PRODUCTION)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", PRODUCTION)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.tokens.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["sandbox.api_policy.ScopedPermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "sandbox.filters.FilterBackend",
        "sandbox.api_policy.OrderingFilter",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "sandbox.api_policy.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "sandbox.api_policy.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "sandbox.api.ApiSchema",
    "EXCEPTION_HANDLER": "sandbox.api_policy.exception_handler",
    "COERCE_DECIMAL_TO_STRING": True,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Education Sandbox Portal API",
    "DESCRIPTION": "Provinces, pilot schools, committees and the innovation subsidy grant.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several models have a "kind"; each gets its own enum name in the schema.
    "ENUM_NAME_OVERRIDES": {
        "AgencyKindEnum": "schools.models.AgencyKind",
        "MembershipKindEnum": "schools.models.membership.MembershipKind",
        "InnovationKindEnum": "schools.models.innovations.InnovationKind",
        "MilestoneKindEnum": "provinces.models.designation.MilestoneKind",
        "ReportKindEnum": "reports.models.ReportKind",
        "NotificationKindEnum": "notifications.models.Kind",
        "NotificationEmailEnum": "notifications.models.Email",
        "LineGroupKindEnum": "notifications.models.LINE_KIND_CHOICES",
        "WebhookEventEnum": "webhooks.models.Event",
        "WebhookScopeEnum": "webhooks.models.Scope",
        "WebhookDeliveryStatusEnum": "webhooks.models.DeliveryStatus",
        "SituationAspectEnum": "schools.models.situation.ASPECTS",
        "CommitteeSectorEnum": "committees.models.choices.Sector",
        "PartnerSectorEnum": "supervision.models.PartnerSector",
    },
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "committees-expiring-terms": {"task": "committees.tasks.notify_expiring_terms",
                                  "schedule": crontab(hour="6", minute="30")},
    "reports-province-summaries": {"task": "reports.tasks.send_province_summaries",
                                   "schedule": crontab(day_of_month="1", hour="7", minute="0")},
    "reports-requeue-waiting": {"task": "reports.tasks.requeue_waiting_reports", "schedule": 120.0},
    "grants-reconcile-rollups": {"task": "grants.tasks.reconcile_rollups", "schedule": crontab(hour="2", minute="30")},
    "reports-unreported-reminders": {"task": "reports.tasks.remind_unreported_schools",
                                     "schedule": crontab(day_of_month="5,10", hour="8", minute="0")},
    "notifications-daily-digest": {"task": "notifications.tasks.send_daily_digests",
                                   "schedule": crontab(hour="7", minute="15")},
    "notifications-pending-email": {"task": "notifications.tasks.send_pending_emails", "schedule": 300.0},
    "supervision-overdue-actions": {"task": "supervision.tasks.announce_overdue_actions",
                                    "schedule": crontab(hour="6", minute="45")},
    "webhooks-sweep": {"task": "webhooks.tasks.sweep", "schedule": 300.0},
}

# Links in mail and LINE messages: the portal's address as people reach it.
PORTAL_URL = os.environ.get("PORTAL_URL", "").rstrip("/") or (
    f"https://{ALLOWED_HOSTS[0]}" if PRODUCTION and ALLOWED_HOSTS else "http://127.0.0.1:8000")

# LINE Messaging API: notices pushed to the LINE groups offices name; off while the token is unset.
LINE_CHANNEL_TOKEN = os.environ.get("LINE_CHANNEL_TOKEN", "")
LINE_API_URL = os.environ.get("LINE_API_URL", "https://api.line.me/v2/bot/message/push")

# Webhooks: per-attempt timeout, attempts per delivery (backoff from WEBHOOKS_RETRY_DELAY seconds,
# doubling), failed deliveries in a row that switch a subscription off, days the delivery log keeps.
WEBHOOKS_TIMEOUT = int(os.environ.get("WEBHOOKS_TIMEOUT", 10))
WEBHOOKS_MAX_ATTEMPTS = int(os.environ.get("WEBHOOKS_MAX_ATTEMPTS", 6))
WEBHOOKS_RETRY_DELAY = int(os.environ.get("WEBHOOKS_RETRY_DELAY", 30))
WEBHOOKS_DISABLE_AFTER = int(os.environ.get("WEBHOOKS_DISABLE_AFTER", 10))
WEBHOOKS_LOG_DAYS = int(os.environ.get("WEBHOOKS_LOG_DAYS", 30))
# Targets on private and loopback addresses are always refused; the tests alone allow loopback.
WEBHOOKS_ALLOW_LOOPBACK = False

# Production sends through SMTP (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD);
# development writes each message to a file under .local/mail.
if PRODUCTION:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": int(os.environ.get("EMAIL_PORT", 25)),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", True),
    }}}
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                           "OPTIONS": {"file_path": str(LOCAL_DIR / "mail")}}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@sandbox.invalid")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {name: {"level": "WARNING"} for name in ("axes", "weasyprint", "fontTools")},
}

# Audit rows are written by PostgreSQL triggers and protected against update and delete.
PGHISTORY_APPEND_ONLY = True
PGHISTORY_DEFAULT_TRACKERS = (pghistory.InsertEvent(), pghistory.UpdateEvent(condition=AnyChangeButVersion()),
                              pghistory.DeleteEvent())
PGHISTORY_ADMIN_ALL_EVENTS = False
