from django.urls import path

from grants import views

app_name = "grants"


def pages(prefix, name, list_view, detail, edit, history):
    """The list, add, detail, edit and history pages of one reference model."""
    return [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"),
        path(f"{prefix}/add/", edit.as_view(), name=f"{name}-add"),
        path(f"{prefix}/<int:pk>/", detail.as_view(), name=f"{name}-detail"),
        path(f"{prefix}/<int:pk>/edit/", edit.as_view(), name=f"{name}-edit"),
        path(f"{prefix}/<int:pk>/history/", history.as_view(), name=f"{name}-history"),
    ]


v = views
urlpatterns = [
    path("", views.SummaryView.as_view(), name="home"),
    path("school/<int:school>/<int:year>/", views.SchoolYearView.as_view(), name="school-year"),
    path("school/<int:school>/<int:year>/add/", views.ExpenditureQuickAddView.as_view(), name="expenditure-add"),
    path("school/<int:school>/<int:year>/import/", views.ExpenditureImportView.as_view(), name="expenditure-import"),
    path("school/<int:school>/<int:year>/period/", views.PeriodOpenView.as_view(), name="period-open"),
    path("expenditures/", views.ExpenditureListView.as_view(), name="expenditure-list"),
    path("expenditures/<int:pk>/", views.ExpenditureDetailView.as_view(), name="expenditure-detail"),
    path("expenditures/<int:pk>/edit/", views.ExpenditureEditView.as_view(), name="expenditure-edit"),
    path("expenditures/<int:pk>/delete/", views.ExpenditureDeleteView.as_view(), name="expenditure-delete"),
    path("expenditures/<int:pk>/history/", views.ExpenditureHistoryView.as_view(), name="expenditure-history"),
    path("expenditures/<int:pk>/receipt/", views.ReceiptView.as_view(), name="receipt"),
    path("expenditures/<int:pk>/receipt/preview/", views.ReceiptPreviewView.as_view(), name="receipt-preview"),
    path("queue/", views.QueueView.as_view(), name="queue"),
    path("periods/", views.PeriodListView.as_view(), name="period-list"),
    path("periods/<int:pk>/", views.PeriodDetailView.as_view(), name="period-detail"),
    path("periods/<int:pk>/submit/", views.PeriodSubmitView.as_view(), name="period-submit"),
    path("periods/<int:pk>/<str:action>/", views.PeriodTransitionView.as_view(), name="period-transition"),
    path("allocations/import/", views.AllocationImportView.as_view(), name="allocation-import"),
    *pages("fiscal-years", "fiscalyear", v.FiscalYearListView, v.FiscalYearDetailView, v.FiscalYearEditView,
           v.FiscalYearHistoryView),
    *pages("programmes", "programme", v.ProgrammeListView, v.ProgrammeDetailView, v.ProgrammeEditView,
           v.ProgrammeHistoryView),
    *pages("categories", "category", v.CategoryListView, v.CategoryDetailView, v.CategoryEditView,
           v.CategoryHistoryView),
    *pages("allocations", "allocation", v.AllocationListView, v.AllocationDetailView, v.AllocationEditView,
           v.AllocationHistoryView),
    *pages("transfers", "transfer", v.TransferListView, v.TransferDetailView, v.TransferEditView,
           v.TransferHistoryView),
    *pages("plan-lines", "planline", v.PlanLineListView, v.PlanLineDetailView, v.PlanLineEditView,
           v.PlanLineHistoryView),
]
