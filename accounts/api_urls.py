from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api import RoleAssignmentViewSet, TokenViewSet
from accounts.audit_search import AuditViewSet
from accounts.me import MeView

router = SimpleRouter()
router.register("tokens", TokenViewSet, basename="token")
router.register("role-assignments", RoleAssignmentViewSet, basename="role-assignment")
router.register("audit", AuditViewSet, basename="audit")
urlpatterns = [path("me/", MeView.as_view(), name="me"), *router.urls]
