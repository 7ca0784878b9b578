"""The policy brief as a page: the same figures as the PDF, for a fiscal year and a province group."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.views import generic

from grants import summaries
from provinces.group_choice import chosen_group
from provinces.models import ProvinceGroup
from reports.builders.policy_brief import coverage_chart, policy_brief
from reports.dashboards import current_fiscal_year
from reports.models import ReportKind
from reports.scopes import covers


class PolicyBriefView(LoginRequiredMixin, generic.TemplateView):
    """National figures for the national committee: SBN's (nation-wide roles) only."""

    template_name = "reports/policy_brief.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not covers(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = current_fiscal_year(self.request.GET.get("fiscal_year"))
        group = chosen_group(self.request)
        context.update(year=year, group=group, groups=ProvinceGroup.objects.all(), produced=timezone.now(),
                       years=summaries.fiscal_years().values_list("year", flat=True), kind=ReportKind.POLICY_BRIEF)
        if year is not None:
            brief = policy_brief(year, group)
            context.update(brief=brief, chart=coverage_chart(brief))
        return context
