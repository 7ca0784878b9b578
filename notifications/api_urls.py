from rest_framework.routers import SimpleRouter

from notifications.api import LineGroupViewSet, NotificationViewSet

router = SimpleRouter()
router.register("notifications", NotificationViewSet, basename="notification")
router.register("line-groups", LineGroupViewSet, basename="linegroup")
urlpatterns = router.urls
