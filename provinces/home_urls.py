"""The portal's home page, mounted at the site root by the project URLconf."""

from django.urls import path

from provinces.views import HomeView

urlpatterns = [path("", HomeView.as_view(), name="home")]
