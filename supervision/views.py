"""The pages: a list, detail, edit, delete and history page per model, on the shared generic views."""

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from sandbox import views
from sandbox.access import allows
from supervision import filtersets, forms, services
from supervision.models import (
    CompetencyAssessment,
    CompetencyComponent,
    CompetencyCriterion,
    CompetencyRound,
    Cooperation,
    Event,
    EventStation,
    FollowUpAction,
    FollowUpVisit,
    Partner,
    SupportRecord,
)

ROUTE = "supervision"


def pages(model, name, *, form, filterset=None, columns=(), fields=(), related=(), parent=None,
          detail_template=None, save_with=None, list_template="supervision/object_list.html"):
    """The five page classes of one model, named by its URL prefix `name`."""
    attrs = {"model": model, "route_prefix": f"{ROUTE}:{name}", "related": related}
    list_view = type(f"{model.__name__}List", (views.ObjectListView,), {
        **attrs, "filterset_class": filterset, "columns": columns, "template_name": list_template,
        "add_url": reverse_lazy(f"{ROUTE}:{name}-add"), "export_name": str(model._meta.verbose_name_plural)})
    detail = type(f"{model.__name__}Detail", (views.ObjectDetailView,), {
        **attrs, "fields": fields, "parent": parent,
        **({"template_name": detail_template} if detail_template else {})})
    edit = type(f"{model.__name__}Edit", (views.ObjectEditView,), {
        **attrs, "form_class": form, "parent": parent,
        **({"save_with": staticmethod(save_with)} if save_with else {})})
    delete = type(f"{model.__name__}Delete", (views.ObjectDeleteView,), {
        **attrs, "parent": parent, "success_url": reverse_lazy(f"{ROUTE}:{name}-list")})
    history = type(f"{model.__name__}History", (views.ObjectHistoryView,), attrs)
    return list_view, detail, edit, delete, history


VISIT = pages(
    FollowUpVisit, "visit", form=forms.FollowUpVisitForm, filterset=filtersets.FollowUpVisitFilterSet,
    related=("school", "school__agency", "school__province"), detail_template="supervision/visit_detail.html",
    columns=(("__str__", _("Visit")), ("school.agency", _("Affiliation office")), ("school.province", _("Province")),
             ("status", _("Follow-up status")), ("focus", _("Focus"))))

ACTION = pages(
    FollowUpAction, "action", form=forms.FollowUpActionForm, filterset=filtersets.FollowUpActionFilterSet,
    related=("visit", "visit__school"), parent="visit",
    columns=(("description", _("Agreed action")), ("visit", _("Visit")), ("owner", _("Owner")),
             ("due_date", _("Due date")), ("status", _("Status"))),
    fields=(("visit", _("Visit")), ("description", _("Agreed action")), ("owner", _("Owner")),
            ("owner_user", _("Owner's account")), ("due_date", _("Due date")), ("get_status_display", _("Status")),
            ("completed_on", _("Completed on")), ("note", _("Progress note"))))

ROUND = pages(
    CompetencyRound, "round", form=forms.CompetencyRoundForm, filterset=filtersets.CompetencyRoundFilterSet,
    detail_template="supervision/round_detail.html",
    columns=(("__str__", _("Round")), ("year", _("Year (BE)")), ("is_open", _("Open for assessment"))))

CRITERION = pages(CompetencyCriterion, "criterion", form=forms.CompetencyCriterionForm, parent="round")
COMPONENT = pages(CompetencyComponent, "component", form=forms.CompetencyComponentForm, parent="criterion.round")


class AssessmentEditMixin:
    """Adds one row of level choices per component of the assessment's round; only its author's role edits it."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if obj is not None and not allows(self.request.user, obj.kind, obj):
            raise PermissionDenied
        return obj

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        round_id = (self.object.round_id if self.object else None) or self.request.POST.get("round") or \
            self.request.GET.get("round")
        round_ = CompetencyRound.objects.filter(pk=round_id).first() if str(round_id or "").isdigit() else None
        kwargs["round_components"] = list(round_.components().select_related("criterion")) if round_ else []
        return kwargs


ASSESSMENT = pages(
    CompetencyAssessment, "assessment", form=forms.CompetencyAssessmentForm,
    filterset=filtersets.CompetencyAssessmentFilterSet, save_with=services.save_assessment,
    related=("round", "school", "school__agency"), detail_template="supervision/assessment_detail.html",
    columns=(("__str__", _("Assessment")), ("school", _("School")), ("round", _("Round")),
             ("score", _("Score")), ("updated", _("Last updated"))))
ASSESSMENT = (ASSESSMENT[0], ASSESSMENT[1],
              type("CompetencyAssessmentEdit", (AssessmentEditMixin, ASSESSMENT[2]),
                   {"template_name": "supervision/assessment_edit.html"}),
              ASSESSMENT[3], ASSESSMENT[4])

SUPPORT = pages(
    SupportRecord, "support", form=forms.SupportRecordForm, filterset=filtersets.SupportRecordFilterSet,
    related=("agency", "school", "school__province"),
    columns=(("__str__", _("Support")), ("agency", _("Affiliation office")), ("date", _("Date")),
             ("quantity", _("How much")), ("amount", _("Amount (baht)")), ("aspect", _("Aspect"))),
    fields=(("agency", _("Affiliation office")), ("school", _("School")), ("get_kind_display", _("Kind of support")),
            ("date", _("Date")), ("description", _("What was given")), ("quantity", _("How much")),
            ("amount", _("Amount (baht)")), ("get_aspect_display", _("Situation-analysis aspect"))))

EVENT = pages(
    Event, "event", form=forms.EventForm, filterset=filtersets.EventFilterSet, related=("province",),
    detail_template="supervision/event_detail.html",
    columns=(("title", _("Event")), ("kind", _("Kind")), ("start_date", _("Start date")),
             ("province", _("Host province")), ("participants", _("Participants"))))

STATION = pages(EventStation, "station", form=forms.EventStationForm, parent="event")

PARTNER = pages(
    Partner, "partner", form=forms.PartnerForm, filterset=filtersets.PartnerFilterSet, related=("province",),
    detail_template="supervision/partner_detail.html",
    columns=(("name", _("Partner")), ("sector", _("Sector")), ("province", _("Home province"))))

COOPERATION = pages(
    Cooperation, "cooperation", form=forms.CooperationForm, filterset=filtersets.CooperationFilterSet,
    related=("partner", "province", "school"), parent="partner",
    columns=(("title", _("Cooperation")), ("partner", _("Partner")), ("province", _("Province")),
             ("school", _("School")), ("start_date", _("Start date"))),
    fields=(("partner", _("Partner")), ("province", _("Province")), ("school", _("School")),
            ("title", _("Cooperation")), ("description", _("Description")), ("start_date", _("Start date")),
            ("end_date", _("End date")), ("attachment", _("Attachment"))))


class CompetencyResultsView(views.RestrictedMixin, TemplateView):
    """Average scores of a round per school, affiliation office and province, over what the reader may see."""

    model = CompetencyAssessment
    template_name = "supervision/competency_results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        round_ = get_object_or_404(CompetencyRound, pk=kwargs["pk"])
        filterset = filtersets.CompetencyAssessmentFilterSet(
            self.request.GET or None, queryset=self.base_queryset().filter(round=round_), request=self.request)
        assessments = filterset.qs.filter(score__isnull=False).order_by()
        levels = (("school", ("school__pk", "school__name_th")), ("agency", ("school__agency__pk",
                  "school__agency__name_th")), ("province", ("school__province__pk", "school__province__name_th")))
        results = {}
        for level, keys in levels:
            results[level] = list(assessments.values(*keys).annotate(
                average=Avg("score"), count=Count("id")).order_by("-average", keys[1]))
            for row in results[level]:
                row["name"] = row[keys[1]]
        context.update(round=round_, filterset=filterset, results=results)
        return context


class FollowUpQueueView(views.RestrictedMixin, TemplateView):
    """The overdue follow-up actions waiting on the reader."""

    model = FollowUpAction
    template_name = "supervision/action_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = FollowUpAction.objects.awaiting(self.request.user).select_related(
            "visit__school").order_by("due_date")
        return context
