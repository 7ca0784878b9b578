from django.urls import path

from schools import views

app_name = "schools"

urlpatterns = [
    path("", views.SchoolListView.as_view(), name="list"),
    path("add/", views.SchoolEditView.as_view(), name="add"),
    path("<int:pk>/", views.SchoolDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.SchoolEditView.as_view(), name="edit"),
    path("<int:pk>/delete/", views.SchoolDeleteView.as_view(), name="delete"),
    path("<int:pk>/history/", views.SchoolHistoryView.as_view(), name="history"),
    path("agencies/", views.AgencyListView.as_view(), name="agency-list"),
    path("agencies/add/", views.AgencyEditView.as_view(), name="agency-add"),
    path("agencies/<int:pk>/", views.AgencyDetailView.as_view(), name="agency-detail"),
    path("agencies/<int:pk>/edit/", views.AgencyEditView.as_view(), name="agency-edit"),
    path("agencies/<int:pk>/delete/", views.AgencyDeleteView.as_view(), name="agency-delete"),
    path("agencies/<int:pk>/history/", views.AgencyHistoryView.as_view(), name="agency-history"),
]
