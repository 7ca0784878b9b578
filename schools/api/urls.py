from rest_framework.routers import SimpleRouter

from schools.api import views

router = SimpleRouter()
router.register("agencies", views.AgencyViewSet)
router.register("schools", views.PilotSchoolViewSet)
router.register("membership-events", views.MembershipEventViewSet)
router.register("readiness-questionnaires", views.QuestionnaireViewSet)
router.register("readiness-sections", views.SectionViewSet)
router.register("readiness-questions", views.QuestionViewSet)
router.register("readiness-responses", views.ResponseViewSet)
router.register("situation-analyses", views.SituationAnalysisViewSet)
router.register("innovations", views.InnovationViewSet)
router.register("innovation-files", views.InnovationFileViewSet)
urlpatterns = router.urls
