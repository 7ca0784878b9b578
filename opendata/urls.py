from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [path("", views.OpenDataPage.as_view(), name="index")]
