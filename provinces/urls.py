from django.urls import path

from provinces import views

app_name = "provinces"

urlpatterns = [
    path("", views.ProvinceListView.as_view(), name="list"),
    path("<str:pk>/", views.ProvinceDetailView.as_view(), name="detail"),
    path("<str:pk>/history/", views.ProvinceHistoryView.as_view(), name="history"),
]
