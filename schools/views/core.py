from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from sandbox import views
from sandbox.access import allows, can_add_anything
from sandbox.collation import ThaiOrder
from schools import readiness
from schools.filtersets import AgencyFilterSet, PilotSchoolFilterSet
from schools.forms import AgencyForm, PilotSchoolForm
from schools.models import (
    Agency,
    Innovation,
    MembershipEvent,
    PilotSchool,
    ReadinessQuestionnaire,
    ReadinessResponse,
    SituationAnalysis,
)

SCHOOL_COLUMNS = (
    ("name", _("School")), ("code", _("School code")), ("province", _("Province")),
    ("agency", _("Affiliation office")), ("district", _("District")), ("level_display", _("Levels")),
    ("status", _("Status")),
)
# Downloads carry the whole profile, in the column names the importer reads back.
SCHOOL_EXPORT_COLUMNS = (
    ("code", "code"), ("name_th", "name_th"), ("name_en", "name_en"), ("agency.code", "agency"),
    ("province.code", "province"), ("district.code", "district"), ("smis_code", "smis_code"),
    ("obec_code", "obec_code"), ("address", "address"), ("latitude", "latitude"), ("longitude", "longitude"),
    ("levels_csv", "levels"), ("students", "students"), ("teachers", "teachers"),
    ("director_name", "director_name"), ("phone", "phone"), ("email", "email"), ("website", "website"),
    ("status", _("Status")), ("agency", _("Affiliation office")),
    ("district", _("District")),
)


class SchoolListView(views.ObjectListView):
    model = PilotSchool
    filterset_class = PilotSchoolFilterSet
    related = ("province", "agency", "district")
    columns = SCHOOL_COLUMNS
    add_url = reverse_lazy("schools:add")
    export_name = "pilot-schools"
    template_name = "schools/school_list.html"

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") in ("csv", "xlsx"):
            self.columns = SCHOOL_EXPORT_COLUMNS
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_import"] = context["can_add"]
        return context


class SchoolDetailView(views.ObjectDetailView):
    model = PilotSchool
    related = ("province", "agency", "district")
    template_name = "schools/school_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        school, user = self.object, self.request.user
        context.update(
            membership_events=school.membership_events.order_by("date", "id"),
            can_add_membership=allows(user, "add", MembershipEvent(school=school)),
            responses=ReadinessResponse.objects.restrict(user).filter(school=school).select_related(
                "questionnaire").order_by("-questionnaire__year", "respondent_role"),
            open_questionnaires=ReadinessQuestionnaire.objects.filter(is_open=True).order_by("-year")[:3],
            answer_role=_answer_role(user, school),
            analyses=school.situation_analyses.order_by("-year"),
            can_add_analysis=allows(user, "add", SituationAnalysis(school=school)),
            innovations=school.innovations.order_by("-created"),
            can_add_innovation=allows(user, "add", Innovation(school=school)),
        )
        return context


def _answer_role(user, school):
    from schools.services import respondent_role_for

    questionnaire = ReadinessQuestionnaire(pk=0)
    return respondent_role_for(user, questionnaire, school)


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
        context["schools"] = self.object.schools.select_related("district").order_by(ThaiOrder("name_th"))
        questionnaire = ReadinessQuestionnaire.objects.order_by("-year", "-pk").first()
        context["questionnaire"] = questionnaire
        if questionnaire:
            context["ranking"] = readiness.agency_ranking(questionnaire, self.object, self.request.user)[:5]
        return context


class AgencyEditView(views.ObjectEditView):
    model = Agency
    form_class = AgencyForm


class AgencyDeleteView(views.ObjectDeleteView):
    model = Agency
    success_url = reverse_lazy("schools:agency-list")


class AgencyHistoryView(views.ObjectHistoryView):
    model = Agency


__all__ = ["can_add_anything"]
