from rest_framework.routers import SimpleRouter

from committees.api import views

router = SimpleRouter()
router.register("committees", views.CommitteeViewSet)
router.register("committee-people", views.PersonViewSet)
router.register("committee-members", views.MembershipViewSet)
router.register("committee-meetings", views.MeetingViewSet)
router.register("committee-agenda-items", views.AgendaItemViewSet)
router.register("committee-attendance", views.AttendanceViewSet)
router.register("committee-resolutions", views.ResolutionViewSet)
router.register("committee-nominations", views.NominationViewSet)
urlpatterns = router.urls
