from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views import View
from django.views.generic.detail import SingleObjectMixin

from committees import exports, forms, services
from committees.filtersets import (
    CommitteeFilterSet,
    MeetingFilterSet,
    MembershipFilterSet,
    NominationFilterSet,
    PersonFilterSet,
    ResolutionFilterSet,
)
from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Level,
    Meeting,
    Membership,
    Nomination,
    NominationStatus,
    Person,
    Resolution,
)
from committees.models.choices import OPEN_RESOLUTION_STATUSES
from sandbox import views
from sandbox.access import allows

# --- committees --------------------------------------------------------------------------


class CommitteeListView(views.ObjectListView):
    model = Committee
    filterset_class = CommitteeFilterSet
    related = ("province", "agency")
    columns = (("name_th", _lazy("Committee")), ("short_name", _lazy("Short name")), ("level", _lazy("Level")),
               ("province", _lazy("Province")), ("agency", _lazy("Affiliation office")),
               ("order_number", _lazy("Order number")), ("term_display", _lazy("Term")))
    add_url = reverse_lazy("committees:add")
    export_name = "committees"
    template_name = "committees/committee_list.html"


class CommitteeDetailView(views.ObjectDetailView):
    model = Committee
    related = ("province", "agency", "parent")
    template_name = "committees/committee_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        committee, user, now = self.object, self.request.user, timezone.now()
        meetings = committee.meetings.annotate(resolution_count=Count("resolutions"))
        context.update(
            roster=services.roster(committee),
            upcoming=meetings.filter(starts_at__gte=now).order_by("starts_at"),
            past=meetings.filter(starts_at__lt=now).order_by("-starts_at")[:20],
            open_resolutions=Resolution.objects.filter(meeting__committee=committee,
                                                       status__in=OPEN_RESOLUTION_STATUSES)
            .select_related("meeting").order_by("due_date", "id"),
            subcommittees=committee.subcommittees.all(),
            past_members=committee.memberships.filter(term_end__lt=timezone.localdate()).select_related("person"),
            can_write_children=allows(user, "change", committee),
            is_esa=committee.level == Level.ESA,
            nominations=Nomination.objects.restrict(user).filter(committee=committee).exclude(
                status=NominationStatus.APPROVED) if committee.level == Level.ESA else [],
            can_nominate=committee.level == Level.ESA and allows(user, "add", Nomination(committee=committee)),
        )
        return context


class CommitteeEditView(views.ObjectEditView):
    model = Committee
    form_class = forms.CommitteeForm


class CommitteeDeleteView(views.ObjectDeleteView):
    model = Committee
    success_url = reverse_lazy("committees:list")


class CommitteeHistoryView(views.ObjectHistoryView):
    model = Committee


class RosterExportView(views.RestrictedMixin, SingleObjectMixin, View):
    model = Committee

    def get(self, request, pk, kind):
        committee = self.get_object(self.base_queryset())
        return exports.roster_pdf(committee) if kind == "pdf" else exports.roster_xlsx(committee)


# --- people and seats ---------------------------------------------------------------------


class PersonListView(views.ObjectListView):
    model = Person
    filterset_class = PersonFilterSet
    related = ("province",)
    columns = (("display_name", _lazy("Name")), ("full_name_en", _lazy("Name (English)")),
               ("office_title", _lazy("Office held")), ("organization", _lazy("Organization")),
               ("sector", _lazy("Sector")), ("province", _lazy("Province")))
    add_url = reverse_lazy("committees:person-add")
    export_name = "committee-people"


class PersonDetailView(views.ObjectDetailView):
    model = Person
    related = ("province",)
    template_name = "committees/person_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = self.object.memberships.select_related("committee").order_by("-term_start")
        return context


class PersonEditView(views.ObjectEditView):
    model = Person
    form_class = forms.PersonForm


class PersonDeleteView(views.ObjectDeleteView):
    model = Person
    success_url = reverse_lazy("committees:person-list")


class PersonHistoryView(views.ObjectHistoryView):
    model = Person


class MembershipListView(views.ObjectListView):
    model = Membership
    filterset_class = MembershipFilterSet
    related = ("person", "committee")
    columns = (("person.display_name", _lazy("Member")), ("position", _lazy("Position")),
               ("committee", _lazy("Committee")), ("person.organization", _lazy("Organization")),
               ("term_display", _lazy("Term")))
    add_url = reverse_lazy("committees:member-add")
    export_name = "committee-members"


class MembershipDetailView(views.ObjectDetailView):
    model = Membership
    related = ("person", "committee")
    template_name = "committees/membership_detail.html"


class MembershipEditView(views.ObjectEditView):
    model = Membership
    form_class = forms.MembershipForm
    save_with = services.save_membership


class MembershipDeleteView(views.ObjectDeleteView):
    model = Membership
    parent = "committee"


class MembershipHistoryView(views.ObjectHistoryView):
    model = Membership


# --- meetings -----------------------------------------------------------------------------


class MeetingListView(views.ObjectListView):
    model = Meeting
    filterset_class = MeetingFilterSet
    related = ("committee",)
    columns = (("title", _lazy("Meeting")), ("number", _lazy("No.")), ("committee", _lazy("Committee")),
               ("starts_display", _lazy("Starts at")), ("mode", _lazy("Mode")))
    add_url = reverse_lazy("committees:meeting-add")
    export_name = "committee-meetings"


class MeetingDetailView(views.ObjectDetailView):
    model = Meeting
    related = ("committee",)
    template_name = "committees/meeting_detail.html"

    def get_queryset(self):
        return super().get_queryset().prefetch_related(
            "agenda_items",
            Prefetch("attendances", Attendance.objects.select_related("membership__person")),
            Prefetch("resolutions", Resolution.objects.select_related("agenda_item")),
        )


class MeetingEditView(views.ObjectEditView):
    model = Meeting
    form_class = forms.MeetingForm


class MeetingDeleteView(views.ObjectDeleteView):
    model = Meeting
    parent = "committee"


class MeetingHistoryView(views.ObjectHistoryView):
    model = Meeting


class AgendaItemEditView(views.ObjectEditView):
    model = AgendaItem
    form_class = forms.AgendaItemForm


class AgendaItemDeleteView(views.ObjectDeleteView):
    model = AgendaItem
    parent = "meeting"


class AttendanceEditView(views.ObjectEditView):
    model = Attendance
    form_class = forms.AttendanceForm


class AttendanceDeleteView(views.ObjectDeleteView):
    model = Attendance
    parent = "meeting"


class ResolutionListView(views.ObjectListView):
    model = Resolution
    filterset_class = ResolutionFilterSet
    related = ("meeting__committee",)
    columns = (("text", _lazy("Resolution")), ("meeting.committee", _lazy("Committee")),
               ("meeting.starts_display", _lazy("Meeting")), ("responsible", _lazy("Responsible")),
               ("due_display", _lazy("Due date")), ("status", _lazy("Follow-up status")))
    export_name = "committee-resolutions"


class ResolutionEditView(views.ObjectEditView):
    model = Resolution
    form_class = forms.ResolutionForm


class ResolutionDeleteView(views.ObjectDeleteView):
    model = Resolution
    parent = "meeting"


# --- nominations --------------------------------------------------------------------------


class NominationListView(views.ObjectListView):
    model = Nomination
    filterset_class = NominationFilterSet
    related = ("committee", "person")
    columns = (("__str__", _lazy("Nomination")), ("position", _lazy("Proposed position")),
               ("sector", _lazy("Sector")), ("status", _lazy("Status")), ("nominated_on_display", _lazy("Nominated on")))
    add_url = reverse_lazy("committees:nomination-add")
    export_name = "nominations"


class NominationDetailView(views.ObjectDetailView):
    model = Nomination
    related = ("committee", "person", "membership", "nominated_by", "decided_by")
    template_name = "committees/nomination_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pending = self.object.status == NominationStatus.PENDING
        context["can_decide"] = pending and allows(self.request.user, "decide", self.object)
        context["return_form"] = kwargs.get("return_form") or forms.ReturnForm()
        context["can_change"] = context["can_change"] and self.object.status != NominationStatus.APPROVED
        return context


class NominationEditView(views.ObjectEditView):
    model = Nomination
    form_class = forms.NominationForm
    save_with = services.save_nomination


class NominationDeleteView(views.ObjectDeleteView):
    model = Nomination
    success_url = reverse_lazy("committees:nomination-list")
    delete_with = services.delete_nomination


class NominationDecisionView(views.RestrictedMixin, SingleObjectMixin, View):
    """POST approve/ or return/ (with a reason). Refusals come back to the nomination page."""

    model = Nomination
    decision = None

    def post(self, request, pk):
        nomination = self.get_object(self.base_queryset())
        if not allows(request.user, "decide", nomination):
            raise PermissionDenied
        try:
            if self.decision == "approve":
                services.approve_nomination(request.user, nomination)
                messages.success(request, _("Approved: the nominee is now a member of the committee."))
            else:
                services.return_nomination(request.user, nomination, request.POST.get("reason", ""))
                messages.success(request, _("Returned to the affiliation office."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(nomination.get_absolute_url())


class NominationHistoryView(views.ObjectHistoryView):
    model = Nomination

