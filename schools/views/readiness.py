from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from provinces.models import Province
from sandbox import views
from sandbox.access import allows
from sandbox.collation import ThaiOrder
from schools import readiness, services
from schools.filtersets import QuestionnaireFilterSet, ResponseFilterSet
from schools.forms import QuestionForm, QuestionnaireForm, ReadinessAnswerForm, SectionForm
from schools.models import (
    Agency,
    PilotSchool,
    ReadinessQuestion,
    ReadinessQuestionnaire,
    ReadinessResponse,
    ReadinessSection,
)


def sections_of(questionnaire):
    return questionnaire.sections.order_by("order", "id").prefetch_related(
        Prefetch("questions", queryset=ReadinessQuestion.objects.order_by("order", "id")))


class QuestionnaireListView(views.ObjectListView):
    template_name = "schools/object_list.html"
    model = ReadinessQuestionnaire
    filterset_class = QuestionnaireFilterSet
    columns = (("__str__", gettext_lazy("Questionnaire")), ("year", gettext_lazy("Year (BE)")),
               ("is_open", gettext_lazy("Open for answers")))
    add_url = reverse_lazy("schools:questionnaire-add")
    export_name = "readiness-questionnaires"


class QuestionnaireDetailView(views.ObjectDetailView):
    model = ReadinessQuestionnaire
    template_name = "schools/questionnaire_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["sections"] = sections_of(self.object)
        context["answered"] = self.object.responses.exists()
        context["agencies"] = Agency.objects.restrict(user).select_related("province").order_by(
            "province_id", "code")
        context["provinces"] = Province.objects.filter(is_sandbox=True).order_by(ThaiOrder("name_th"))
        context["answerable"] = _answerable_schools(user)
        return context


def _answerable_schools(user):
    """The schools this user answers for: their own as director, their agency's as supervisor."""
    from schools.scoping import schools_for

    queryset = schools_for(user, ReadinessResponse, "add")
    return queryset.exclude(status="left").select_related("agency").order_by("agency__code", ThaiOrder("name_th"))[:200]


class QuestionnaireEditView(views.ObjectEditView):
    model = ReadinessQuestionnaire
    form_class = QuestionnaireForm


class QuestionnaireDeleteView(views.ObjectDeleteView):
    model = ReadinessQuestionnaire
    success_url = reverse_lazy("schools:questionnaire-list")


class QuestionnaireHistoryView(views.ObjectHistoryView):
    model = ReadinessQuestionnaire


class SectionEditView(views.ObjectEditView):
    model = ReadinessSection
    form_class = SectionForm


class SectionDeleteView(views.ObjectDeleteView):
    model = ReadinessSection
    parent = "questionnaire"


class QuestionEditView(views.ObjectEditView):
    model = ReadinessQuestion
    form_class = QuestionForm


class QuestionDeleteView(views.ObjectDeleteView):
    model = ReadinessQuestion
    parent = "section.questionnaire"


class ResponseListView(views.ObjectListView):
    template_name = "schools/object_list.html"
    model = ReadinessResponse
    filterset_class = ResponseFilterSet
    related = ("school", "school__agency", "questionnaire")
    columns = (("school", gettext_lazy("School")), ("questionnaire", gettext_lazy("Questionnaire")),
               ("respondent_role", gettext_lazy("Respondent")), ("score", gettext_lazy("Score")),
               ("school.agency", gettext_lazy("Affiliation office")), ("updated", gettext_lazy("Last updated")))
    export_name = "readiness-responses"


class ResponseDetailView(views.ObjectDetailView):
    model = ReadinessResponse
    related = ("school", "questionnaire", "respondent")
    template_name = "schools/response_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answers = dict(self.object.answers.values_list("question_id", "value"))
        scores = self.object.section_scores or {}
        context["sections"] = [
            (section, scores.get(str(section.pk)), [(q, answers.get(q.pk)) for q in section.questions.all()])
            for section in sections_of(self.object.questionnaire)
        ]
        return context


class ResponseDeleteView(views.ObjectDeleteView):
    model = ReadinessResponse
    success_url = reverse_lazy("schools:response-list")


class ResponseHistoryView(views.ObjectHistoryView):
    model = ReadinessResponse


class AnswerView(LoginRequiredMixin, FormView):
    """The questionnaire as one page of radio buttons, for a director or a supervisor."""

    template_name = "schools/readiness_answer.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.questionnaire = get_object_or_404(ReadinessQuestionnaire, pk=kwargs["pk"])
        self.school = get_object_or_404(PilotSchool.objects.select_related("agency"), pk=kwargs["school"])
        self.role = services.respondent_role_for(request.user, self.questionnaire, self.school)
        self.existing = None
        if self.role is None:
            raise PermissionDenied(_("You may answer the readiness questionnaire only for your own school or "
                                     "for the schools of your affiliation office."))
        self.existing = ReadinessResponse.objects.filter(
            questionnaire=self.questionnaire, school=self.school, respondent_role=self.role).first()
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        initial = dict(self.existing.answers.values_list("question_id", "value")) if self.existing else {}
        return ReadinessAnswerForm(
            **self.get_form_kwargs(), questionnaire=self.questionnaire, sections=sections_of(self.questionnaire),
            initial_answers=initial)

    def get_initial(self):
        return {"comment": self.existing.comment if self.existing else ""}

    def form_valid(self, form):
        try:
            response = services.submit_readiness(self.request.user, self.questionnaire, self.school,
                                                 form.answers(), comment=form.cleaned_data["comment"])
        except ValidationError as exc:
            views.add_errors(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Your answers are saved. Score: %(score)s") % {"score": response.score})
        return redirect(response.get_absolute_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(questionnaire=self.questionnaire, school=self.school, existing=self.existing,
                       role_label=dict(ReadinessResponse._meta.get_field("respondent_role").choices)[self.role])
        return context


class RankingView(LoginRequiredMixin, TemplateView):
    template_name = "schools/readiness_ranking.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        questionnaire = get_object_or_404(ReadinessQuestionnaire, pk=kwargs["pk"])
        agencies = Agency.objects.restrict(user).select_related("province").order_by("province_id", "code")
        agency = agencies.filter(pk=self.request.GET.get("agency") or 0).first()
        if agency is None:
            agency = _default_agency(user, agencies)
        context.update(questionnaire=questionnaire, agencies=agencies, agency=agency,
                       rows=readiness.agency_ranking(questionnaire, agency, user) if agency else [])
        return context


def _default_agency(user, agencies):
    from sandbox.access import assignments

    for assignment in assignments(user):
        if assignment.agency_id:
            return agencies.filter(pk=assignment.agency_id).first()
        if assignment.school_id:
            return agencies.filter(schools=assignment.school_id).first()
    return None


class SynthesisView(LoginRequiredMixin, TemplateView):
    template_name = "schools/readiness_synthesis.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        questionnaire = get_object_or_404(ReadinessQuestionnaire, pk=kwargs["pk"])
        provinces = Province.objects.filter(is_sandbox=True).order_by(ThaiOrder("name_th"))
        province = provinces.filter(code=self.request.GET.get("province", "")).first()
        if province is None:
            from sandbox.access import assignments

            codes = [a.province_id for a in assignments(user) if a.province_id]
            province = provinces.filter(code__in=codes).first()
        context.update(questionnaire=questionnaire, provinces=provinces, province=province,
                       synthesis=readiness.province_synthesis(questionnaire, province, user) if province else None)
        return context


def answer_url(questionnaire, school):
    return reverse("schools:readiness-answer", args=[questionnaire.pk, school.pk])


__all__ = ["allows", "answer_url"]
