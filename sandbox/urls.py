from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from sandbox import health, private_files, search_select

api_patterns = [
    path("", include("provinces.api.urls")),
    path("", include("schools.api.urls")),
    path("", include("committees.api.urls")),
    path("", include("grants.api.urls")),
    path("", include("reports.api.urls")),
    path("", include("accounts.api_urls")),
    path("", include("notifications.api_urls")),
    path("", include("webhooks.api_urls")),
    path("", include("supervision.api.urls")),
    path("", include("opendata.api_urls")),
]

urlpatterns = [
    path("", include("provinces.home_urls")),
    path("provinces/", include("provinces.urls")),
    path("schools/", include("schools.urls")),
    path("committees/", include("committees.urls")),
    path("grants/", include("grants.urls")),
    path("reports/", include("reports.urls")),
    path("notifications/", include("notifications.urls")),
    path("webhooks/", include("webhooks.urls")),
    path("supervision/", include("supervision.urls")),
    path("open-data/", include("opendata.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/", include("accounts.urls")),
    path("audit/", include("accounts.audit_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_patterns)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("files/<path:path>", private_files.serve, name="private-file"),
    path("choices/", search_select.choices, name="choices"),
    path("healthz", health.healthz, name="healthz"),
    path("healthz/live", health.live, name="healthz-live"),
]

# No /media/ route in any profile: every file goes through private_files.serve and its access check.
