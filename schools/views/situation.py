from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from provinces.models import Province
from sandbox import views
from sandbox.collation import ThaiOrder
from schools.filtersets import SituationAnalysisFilterSet
from schools.forms import SituationAnalysisForm
from schools.models import ASPECTS, SituationAnalysis


class SituationListView(views.ObjectListView):
    template_name = "schools/object_list.html"
    model = SituationAnalysis
    filterset_class = SituationAnalysisFilterSet
    related = ("school", "school__province", "school__agency")
    columns = (("school", _("School")), ("year", _("Year (BE)")), ("school.agency", _("Affiliation office")),
               ("school.province", _("Province")), ("updated", _("Last updated")))
    add_url = reverse_lazy("schools:situation-add")
    export_name = "situation-analyses"


class SituationDetailView(views.ObjectDetailView):
    model = SituationAnalysis
    related = ("school", "school__province")
    template_name = "schools/situation_detail.html"


class SituationEditView(views.ObjectEditView):
    model = SituationAnalysis
    form_class = SituationAnalysisForm
    template_name = "schools/situation_edit.html"
    route_prefix = "schools:situation"


class SituationDeleteView(views.ObjectDeleteView):
    model = SituationAnalysis
    success_url = reverse_lazy("schools:situation-list")


class SituationHistoryView(views.ObjectHistoryView):
    model = SituationAnalysis


class SituationCompareView(LoginRequiredMixin, TemplateView):
    """A province's schools side by side, one aspect (or all) of one year."""

    template_name = "schools/situation_compare.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        provinces = Province.objects.filter(is_sandbox=True).order_by(ThaiOrder("name_th"))
        province = provinces.filter(code=self.request.GET.get("province", "")).first()
        queryset = SituationAnalysis.objects.restrict(user).select_related("school", "school__agency")
        years = sorted(set(queryset.values_list("year", flat=True)), reverse=True)
        year = self.request.GET.get("year", "")
        year = int(year) if year.isdigit() else (years[0] if years else None)
        aspect_names = [name for name, _label in ASPECTS]
        aspect = self.request.GET.get("aspect", "")
        shown = [(n, label) for n, label in ASPECTS if not aspect or n == aspect] if aspect in aspect_names + [""] \
            else ASPECTS
        analyses = []
        if province and year:
            analyses = list(queryset.filter(school__province=province, year=year).order_by(
                "school__agency__code", "school__name_th"))
        rows = [(label, [(a, getattr(a, f"{name}_current"), getattr(a, f"{name}_forward")) for a in analyses])
                for name, label in shown]
        context.update(provinces=provinces, province=province, years=years, year=year, aspects=ASPECTS,
                       aspect=aspect, analyses=analyses, rows=rows)
        return context
