"""The project's URLs plus one API route that fails as an unexpected bug would."""

from django.urls import path

from sandbox.urls import urlpatterns as project_urlpatterns


def broken_endpoint(request):
    raise RuntimeError("an unexpected failure")


urlpatterns = [path("api/v1/broken/", broken_endpoint), *project_urlpatterns]
