from rest_framework.routers import SimpleRouter

from provinces.api import views

router = SimpleRouter()
router.register("provinces", views.ProvinceViewSet)
router.register("districts", views.DistrictViewSet)
router.register("milestones", views.MilestoneViewSet)
router.register("strategies", views.StrategyViewSet)
router.register("outcome-summaries", views.OutcomeSummaryViewSet)
router.register("desired-outcomes", views.DesiredOutcomeViewSet)
router.register("key-result-areas", views.KeyResultAreaViewSet)
router.register("indicators", views.IndicatorViewSet)
router.register("indicator-targets", views.IndicatorTargetViewSet)
router.register("indicator-values", views.IndicatorValueViewSet)
router.register("indicator-actions", views.ActionViewSet)
router.register("province-groups", views.ProvinceGroupViewSet)
router.register("outcome-summary-calls", views.SummaryCallViewSet)
urlpatterns = router.urls
