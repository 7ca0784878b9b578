from django.urls import path

from reports import brief_views, dashboards, views

app_name = "reports"

urlpatterns = [
    path("", views.JobListView.as_view(), name="list"),
    path("<int:pk>/", views.JobDetailView.as_view(), name="detail"),
    path("<int:pk>/row/", views.JobRowView.as_view(), name="row"),
    path("<int:pk>/download/<str:fmt>/", views.DownloadView.as_view(), name="download"),
    path("policy-brief/", brief_views.PolicyBriefView.as_view(), name="policy-brief"),
    path("dashboards/national/", dashboards.NationalDashboardView.as_view(), name="dashboard-national"),
    path("dashboards/provinces/<str:code>/", dashboards.ProvinceDashboardView.as_view(),
         name="dashboard-province"),
    path("dashboards/agencies/<int:pk>/", dashboards.AgencyDashboardView.as_view(), name="dashboard-agency"),
]
