from django.urls import path

from committees import views
from committees.models import AgendaItem, Attendance, Resolution
from sandbox.views import ObjectHistoryView

app_name = "committees"


def crud(prefix, name, edit, delete, history, detail=None):
    """add/, <pk>/, <pk>/edit/, <pk>/delete/, <pk>/history/ for one model."""
    patterns = [
        path(f"{prefix}add/", edit.as_view(), name=f"{name}add"),
        path(f"{prefix}<int:pk>/edit/", edit.as_view(), name=f"{name}edit"),
        path(f"{prefix}<int:pk>/delete/", delete.as_view(), name=f"{name}delete"),
        path(f"{prefix}<int:pk>/history/", history, name=f"{name}history"),
    ]
    if detail:
        patterns.append(path(f"{prefix}<int:pk>/", detail.as_view(), name=f"{name}detail"))
    return patterns


urlpatterns = [
    path("", views.CommitteeListView.as_view(), name="list"),
    path("<int:pk>/roster.<str:kind>", views.RosterExportView.as_view(), name="roster"),
    *crud("", "", views.CommitteeEditView, views.CommitteeDeleteView, views.CommitteeHistoryView.as_view(),
          views.CommitteeDetailView),
    path("people/", views.PersonListView.as_view(), name="person-list"),
    *crud("people/", "person-", views.PersonEditView, views.PersonDeleteView, views.PersonHistoryView.as_view(),
          views.PersonDetailView),
    path("members/", views.MembershipListView.as_view(), name="member-list"),
    *crud("members/", "member-", views.MembershipEditView, views.MembershipDeleteView,
          views.MembershipHistoryView.as_view(), views.MembershipDetailView),
    path("meetings/", views.MeetingListView.as_view(), name="meeting-list"),
    *crud("meetings/", "meeting-", views.MeetingEditView, views.MeetingDeleteView,
          views.MeetingHistoryView.as_view(), views.MeetingDetailView),
    *crud("agenda/", "agenda-", views.AgendaItemEditView, views.AgendaItemDeleteView,
          ObjectHistoryView.as_view(model=AgendaItem)),
    *crud("attendance/", "attendance-", views.AttendanceEditView, views.AttendanceDeleteView,
          ObjectHistoryView.as_view(model=Attendance)),
    path("resolutions/", views.ResolutionListView.as_view(), name="resolution-list"),
    *crud("resolutions/", "resolution-", views.ResolutionEditView, views.ResolutionDeleteView,
          ObjectHistoryView.as_view(model=Resolution)),
    path("nominations/", views.NominationListView.as_view(), name="nomination-list"),
    *crud("nominations/", "nomination-", views.NominationEditView, views.NominationDeleteView,
          views.NominationHistoryView.as_view(), views.NominationDetailView),
    path("nominations/<int:pk>/approve/", views.NominationDecisionView.as_view(decision="approve"),
         name="nomination-approve"),
    path("nominations/<int:pk>/return/", views.NominationDecisionView.as_view(decision="return"),
         name="nomination-return"),
]
