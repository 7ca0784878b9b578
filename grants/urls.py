from django.urls import path

from grants import views

app_name = "grants"


def _crud(prefix, name, view_set):
    list_view, detail, edit, history = view_set
    return [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"),
        path(f"{prefix}/add/", edit.as_view(), name=f"{name}-add"),
        path(f"{prefix}/<int:pk>/", detail.as_view(), name=f"{name}-detail"),
        path(f"{prefix}/<int:pk>/edit/", edit.as_view(), name=f"{name}-edit"),
        path(f"{prefix}/<int:pk>/history/", history.as_view(), name=f"{name}-history"),
    ]


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
    path("periods/", views.PeriodListView.as_view(), name="period-list"),
    path("periods/<int:pk>/", views.PeriodDetailView.as_view(), name="period-detail"),
    path("periods/<int:pk>/<str:action>/", views.PeriodTransitionView.as_view(), name="period-transition"),
    path("allocations/import/", views.AllocationImportView.as_view(), name="allocation-import"),
    *_crud("fiscal-years", "fiscalyear", views.FISCAL_YEAR_VIEWS),
    *_crud("programmes", "programme", views.PROGRAMME_VIEWS),
    *_crud("categories", "category", views.CATEGORY_VIEWS),
    *_crud("allocations", "allocation", views.ALLOCATION_VIEWS),
    *_crud("transfers", "transfer", views.TRANSFER_VIEWS),
    *_crud("plan-lines", "planline", views.PLAN_LINE_VIEWS),
]
