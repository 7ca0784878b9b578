from rest_framework.routers import SimpleRouter

from schools.api import views

router = SimpleRouter()
router.register("agencies", views.AgencyViewSet)
router.register("schools", views.PilotSchoolViewSet)
urlpatterns = router.urls
