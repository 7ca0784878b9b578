from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from sandbox import views
from schools import services
from schools.filtersets import MembershipEventFilterSet
from schools.forms import MembershipEventForm
from schools.models import MembershipEvent


class MembershipListView(views.ObjectListView):
    template_name = "schools/object_list.html"
    model = MembershipEvent
    filterset_class = MembershipEventFilterSet
    related = ("school", "school__province")
    columns = (("school", _("School")), ("kind", _("Event")), ("date", _("Date")),
               ("approved_by", _("Approving body")), ("reason", _("Reason")))
    add_url = reverse_lazy("schools:membership-add")
    export_name = "membership-events"

    def get_queryset(self):
        return super().get_queryset().order_by("-date", "-id")


class MembershipDetailView(views.ObjectDetailView):
    model = MembershipEvent
    related = ("school",)
    template_name = "schools/membership_detail.html"


class MembershipEditView(views.ObjectEditView):
    model = MembershipEvent
    form_class = MembershipEventForm
    save_with = services.save_membership_event
    parent = "school"
    anchor = "membership"


class MembershipDeleteView(views.ObjectDeleteView):
    model = MembershipEvent
    delete_with = services.delete_membership_event
    success_url = reverse_lazy("schools:membership-list")


class MembershipHistoryView(views.ObjectHistoryView):
    model = MembershipEvent
