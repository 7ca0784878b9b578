from rest_framework.routers import SimpleRouter

from accounts.api import RoleAssignmentViewSet, TokenViewSet
from accounts.audit_search import AuditViewSet

router = SimpleRouter()
router.register("tokens", TokenViewSet, basename="token")
router.register("role-assignments", RoleAssignmentViewSet, basename="role-assignment")
router.register("audit", AuditViewSet, basename="audit")
urlpatterns = router.urls
