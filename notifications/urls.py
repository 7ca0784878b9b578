from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.InboxView.as_view(), name="inbox"),
    path("<int:pk>/", views.OpenView.as_view(), name="open"),
    path("read-all/", views.ReadAllView.as_view(), name="read-all"),
    path("bell/", views.BellView.as_view(), name="bell"),
    path("preferences/", views.PreferencesView.as_view(), name="preferences"),
    path("line-groups/", views.LineGroupListView.as_view(), name="linegroup-list"),
    path("line-groups/add/", views.LineGroupEditView.as_view(), name="linegroup-add"),
    path("line-groups/<int:pk>/", views.LineGroupDetailView.as_view(), name="linegroup-detail"),
    path("line-groups/<int:pk>/edit/", views.LineGroupEditView.as_view(), name="linegroup-edit"),
    path("line-groups/<int:pk>/delete/", views.LineGroupDeleteView.as_view(), name="linegroup-delete"),
    path("line-groups/<int:pk>/history/", views.LineGroupHistoryView.as_view(), name="linegroup-history"),
]
