from django.urls import path

from webhooks import views

app_name = "webhooks"

urlpatterns = [
    path("", views.SubscriptionListView.as_view(), name="list"),
    path("add/", views.SubscriptionEditView.as_view(), name="add"),
    path("<int:pk>/", views.SubscriptionDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.SubscriptionEditView.as_view(), name="edit"),
    path("<int:pk>/delete/", views.SubscriptionDeleteView.as_view(), name="delete"),
    path("<int:pk>/rotate-secret/", views.RotateSecretView.as_view(), name="rotate-secret"),
    path("<int:pk>/ping/", views.PingView.as_view(), name="ping"),
]
