from rest_framework.routers import SimpleRouter

from supervision.api import views

router = SimpleRouter()
router.register("follow-up-visits", views.FollowUpVisitViewSet)
router.register("follow-up-actions", views.FollowUpActionViewSet)
router.register("competency-rounds", views.CompetencyRoundViewSet)
router.register("competency-criteria", views.CompetencyCriterionViewSet)
router.register("competency-components", views.CompetencyComponentViewSet)
router.register("competency-assessments", views.CompetencyAssessmentViewSet)
router.register("support-records", views.SupportRecordViewSet)
router.register("events", views.EventViewSet)
router.register("event-stations", views.EventStationViewSet)
router.register("partners", views.PartnerViewSet)
router.register("partner-cooperations", views.CooperationViewSet)
urlpatterns = router.urls
