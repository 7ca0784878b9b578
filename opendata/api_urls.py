from django.urls import path

from opendata import api

urlpatterns = [
    path("open-data/", api.IndexView.as_view(), name="opendata-index"),
    path("open-data/spending/", api.SpendingView.as_view(), name="opendata-spending"),
]
