from django.urls import path

from supervision import views

app_name = "supervision"


def pages(prefix, name, classes, with_list=True):
    list_view, detail, edit, delete, history = classes
    routes = [
        path(f"{prefix}/add/", edit.as_view(), name=f"{name}-add"),
        path(f"{prefix}/<int:pk>/", detail.as_view(), name=f"{name}-detail"),
        path(f"{prefix}/<int:pk>/edit/", edit.as_view(), name=f"{name}-edit"),
        path(f"{prefix}/<int:pk>/delete/", delete.as_view(), name=f"{name}-delete"),
        path(f"{prefix}/<int:pk>/history/", history.as_view(), name=f"{name}-history"),
    ]
    if with_list:
        routes.insert(0, path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"))
    return routes


v = views
urlpatterns = [
    path("", v.VISIT[0].as_view(), name="home"),
    path("actions/awaiting/", v.FollowUpQueueView.as_view(), name="action-queue"),
    path("competency/<int:pk>/results/", v.CompetencyResultsView.as_view(), name="round-results"),
    *pages("visits", "visit", v.VISIT),
    *pages("actions", "action", v.ACTION),
    *pages("competency", "round", v.ROUND),
    *pages("competency/criteria", "criterion", v.CRITERION, with_list=False),
    *pages("competency/components", "component", v.COMPONENT, with_list=False),
    *pages("competency/assessments", "assessment", v.ASSESSMENT),
    *pages("support", "support", v.SUPPORT),
    *pages("events", "event", v.EVENT),
    *pages("events/stations", "station", v.STATION, with_list=False),
    *pages("partners", "partner", v.PARTNER),
    *pages("partners/cooperations", "cooperation", v.COOPERATION),
]
