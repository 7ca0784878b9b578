from django.urls import path

from provinces import group_views as g
from provinces import views

app_name = "provinces"


def pages(prefix, name, list_view, detail, edit, delete, history):
    """The list, add, detail, edit, delete and history pages of one kind of row."""
    return [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"),
        path(f"{prefix}/add/", edit.as_view(), name=f"{name}-add"),
        path(f"{prefix}/<int:pk>/", detail.as_view(), name=f"{name}-detail"),
        path(f"{prefix}/<int:pk>/edit/", edit.as_view(), name=f"{name}-edit"),
        path(f"{prefix}/<int:pk>/delete/", delete.as_view(), name=f"{name}-delete"),
        path(f"{prefix}/<int:pk>/history/", history.as_view(), name=f"{name}-history"),
    ]


v = views
urlpatterns = [
    *pages("milestones", "milestone", v.MilestoneListView, v.MilestoneDetailView, v.MilestoneEditView,
           v.MilestoneDeleteView, v.MilestoneHistoryView),
    *pages("strategies", "strategy", v.StrategyListView, v.StrategyDetailView, v.StrategyEditView,
           v.StrategyDeleteView, v.StrategyHistoryView),
    *pages("summaries", "summary", v.OutcomeSummaryListView, v.OutcomeSummaryDetailView, v.OutcomeSummaryEditView,
           v.OutcomeSummaryDeleteView, v.OutcomeSummaryHistoryView),
    *pages("outcomes", "outcome", v.DesiredOutcomeListView, v.DesiredOutcomeDetailView, v.DesiredOutcomeEditView,
           v.DesiredOutcomeDeleteView, v.DesiredOutcomeHistoryView),
    *pages("kras", "kra", v.KeyResultAreaListView, v.KeyResultAreaDetailView, v.KeyResultAreaEditView,
           v.KeyResultAreaDeleteView, v.KeyResultAreaHistoryView),
    *pages("indicators", "indicator", v.IndicatorListView, v.IndicatorDetailView, v.IndicatorEditView,
           v.IndicatorDeleteView, v.IndicatorHistoryView),
    *pages("targets", "target", v.IndicatorTargetListView, v.IndicatorTargetDetailView, v.IndicatorTargetEditView,
           v.IndicatorTargetDeleteView, v.IndicatorTargetHistoryView),
    *pages("values", "value", v.IndicatorValueListView, v.IndicatorValueDetailView, v.IndicatorValueEditView,
           v.IndicatorValueDeleteView, v.IndicatorValueHistoryView),
    *pages("actions", "action", v.ActionListView, v.ActionDetailView, v.ActionEditView, v.ActionDeleteView,
           v.ActionHistoryView),
    *pages("groups", "group", g.GroupListView, g.GroupDetailView, g.GroupEditView, g.GroupDeleteView,
           g.GroupHistoryView),
    path("groups/default/", g.DefaultGroupView.as_view(), name="group-default"),
    path("summaries/status/", g.SummaryStatusView.as_view(), name="summary-status"),
    path("summaries/calls/add/", g.SummaryCallEditView.as_view(), name="call-add"),
    path("summaries/calls/<int:pk>/edit/", g.SummaryCallEditView.as_view(), name="call-edit"),
    path("values/<int:pk>/<str:step>/", g.ValueStepView.as_view(), name="value-step"),
    path("", views.ProvinceListView.as_view(), name="list"),
    path("<str:pk>/", views.ProvinceDetailView.as_view(), name="detail"),
    path("<str:pk>/history/", views.ProvinceHistoryView.as_view(), name="history"),
]
