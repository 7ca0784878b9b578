from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from sandbox import views
from schools.filtersets import AgencyFilterSet, PilotSchoolFilterSet
from schools.forms import AgencyForm, PilotSchoolForm
from schools.models import Agency, PilotSchool

SCHOOL_COLUMNS = (
    ("name", _("School")), ("code", _("School code")), ("province", _("Province")),
    ("agency", _("Affiliation office")), ("district", _("District")), ("status", _("Status")),
)


class SchoolListView(views.ObjectListView):
    model = PilotSchool
    filterset_class = PilotSchoolFilterSet
    related = ("province", "agency", "district")
    columns = SCHOOL_COLUMNS
    add_url = reverse_lazy("schools:add")
    export_name = "pilot-schools"


class SchoolDetailView(views.ObjectDetailView):
    model = PilotSchool
    related = ("province", "agency", "district")
    template_name = "schools/school_detail.html"


class SchoolEditView(views.ObjectEditView):
    model = PilotSchool
    form_class = PilotSchoolForm


class SchoolDeleteView(views.ObjectDeleteView):
    model = PilotSchool
    success_url = reverse_lazy("schools:list")


class SchoolHistoryView(views.ObjectHistoryView):
    model = PilotSchool


class AgencyListView(views.ObjectListView):
    model = Agency
    filterset_class = AgencyFilterSet
    related = ("province",)
    columns = (("name", _("Affiliation office")), ("code", _("Code")), ("kind", _("Kind")),
               ("province", _("Province")))
    add_url = reverse_lazy("schools:agency-add")
    export_name = "agencies"


class AgencyDetailView(views.ObjectDetailView):
    model = Agency
    related = ("province",)
    template_name = "schools/agency_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["schools"] = self.object.schools.select_related("district").order_by("name_th")
        return context


class AgencyEditView(views.ObjectEditView):
    model = Agency
    form_class = AgencyForm


class AgencyDeleteView(views.ObjectDeleteView):
    model = Agency
    success_url = reverse_lazy("schools:agency-list")


class AgencyHistoryView(views.ObjectHistoryView):
    model = Agency
