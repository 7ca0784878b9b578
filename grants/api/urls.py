from django.urls import path
from rest_framework.routers import SimpleRouter

from grants.api import views

router = SimpleRouter()
router.register("fiscal-years", views.FiscalYearViewSet)
router.register("grant-programmes", views.ProgrammeViewSet)
router.register("spending-categories", views.CategoryViewSet)
router.register("allocations", views.AllocationViewSet)
router.register("transfers", views.TransferViewSet)
router.register("plan-lines", views.PlanLineViewSet)
router.register("expenditures", views.ExpenditureViewSet)
router.register("periods", views.PeriodViewSet)
urlpatterns = router.urls + [
    path("spending-summary/", views.SpendingSummaryView.as_view(), name="spending-summary"),
    path("completeness/", views.CompletenessView.as_view(), name="completeness"),
]
