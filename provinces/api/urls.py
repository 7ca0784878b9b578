from rest_framework.routers import SimpleRouter

from provinces.api import views

router = SimpleRouter()
router.register("provinces", views.ProvinceViewSet)
router.register("districts", views.DistrictViewSet)
urlpatterns = router.urls
