"""Province groups and a user's default group, SBN's view of the outcome summaries due, and the
review steps of a KPI value."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from provinces import filtersets, forms, values
from provinces.models import (
    Cohort,
    IndicatorValue,
    OutcomeSummary,
    Province,
    ProvinceGroup,
    ProvinceGroupPreference,
    SummaryCall,
)
from sandbox import events, views
from sandbox.access import NATION, assignments
from sandbox.collation import ThaiOrder


class GroupListView(views.ObjectListView):
    model = ProvinceGroup
    route_prefix = "provinces:group"
    filterset_class = filtersets.ProvinceGroupFilterSet
    columns = (("name", gettext_lazy("Province group")), ("overseer", gettext_lazy("Overseen by")))
    add_url = reverse_lazy("provinces:group-add")
    template_name = "provinces/group_list.html"
    export_name = "province-groups"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        preference = ProvinceGroupPreference.objects.filter(user=self.request.user).first()
        context.update(all_groups=ProvinceGroup.objects.all(), default_group_id=preference.group_id if preference
                       else None)
        return context


class GroupDetailView(views.ObjectDetailView):
    model = ProvinceGroup
    route_prefix = "provinces:group"
    template_name = "provinces/group_detail.html"


class GroupEditView(views.ObjectEditView):
    model = ProvinceGroup
    route_prefix = "provinces:group"
    form_class = forms.ProvinceGroupForm


class GroupDeleteView(views.ObjectDeleteView):
    model = ProvinceGroup
    route_prefix = "provinces:group"
    success_url = reverse_lazy("provinces:group-list")


class GroupHistoryView(views.ObjectHistoryView):
    model = ProvinceGroup
    route_prefix = "provinces:group"


class DefaultGroupView(LoginRequiredMixin, View):
    """POST group=<id> makes it the user's default view; an empty group clears it."""

    def post(self, request):
        wanted = request.POST.get("group", "")
        with transaction.atomic():
            if not wanted:
                ProvinceGroupPreference.objects.filter(user=request.user).delete()
                messages.success(request, _("Lists now open with all provinces."))
            else:
                group = ProvinceGroup.objects.filter(pk=wanted if wanted.isdigit() else 0).first()
                if group is None:
                    messages.error(request, _("No such province group."))
                    return redirect("provinces:group-list")
                ProvinceGroupPreference.objects.update_or_create(user=request.user, defaults={"group": group})
                messages.success(request, _("Lists now open with %(group)s.") % {"group": group})
        return redirect("provinces:group-list")


def first_cohort_summaries(year):
    """[(province, summary or None)] for the first-cohort areas, in name order."""
    provinces = Province.objects.filter(is_sandbox=True, cohort=Cohort.FIRST).order_by(ThaiOrder("name_th"))
    summaries = {s.province_id: s for s in OutcomeSummary.objects.filter(year=year)}
    return [(province, summaries.get(province.pk)) for province in provinces]


def _is_nation(user):
    return user.is_superuser or any(a.level == NATION for a in assignments(user))


class SummaryStatusView(LoginRequiredMixin, TemplateView):
    """Which first-cohort areas have sent their outcome summary for a year; SBN sets the due date and reminds."""

    template_name = "provinces/summary_status.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not _is_nation(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def year(self):
        wanted = self.request.GET.get("year") or self.request.POST.get("year") or ""
        if wanted.isdigit():
            return int(wanted)
        latest = SummaryCall.objects.order_by("-year").first()
        return latest.year if latest else timezone.localdate().year + 543

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.year()
        rows = first_cohort_summaries(year)
        call = SummaryCall.objects.filter(year=year).first()
        context.update(year=year, rows=rows, call=call, missing=[p for p, s in rows if s is None],
                       overdue=bool(call and call.due_date < timezone.localdate()),
                       calls=SummaryCall.objects.all(), can_remind=views.allows(self.request.user, "change", call)
                       if call else False)
        return context

    def post(self, request, *args, **kwargs):
        year = self.year()
        call = SummaryCall.objects.filter(year=year).first()
        if call is None or not views.allows(request.user, "change", call):
            raise PermissionDenied
        missing = [province for province, summary in first_cohort_summaries(year) if summary is None]
        with transaction.atomic():
            for province in missing:
                events.publish("outcome_summary.reminder", call, actor=request.user, province_id=province.pk,
                               year=year, due_date=call.due_date.isoformat())
            SummaryCall.objects.filter(pk=call.pk).update(reminded_at=timezone.now())
        messages.success(request, _("Reminded %(count)s provinces.") % {"count": len(missing)})
        return redirect(reverse("provinces:summary-status") + f"?year={year}")


class SummaryCallEditView(views.ObjectEditView):
    model = SummaryCall
    route_prefix = "provinces:call"
    form_class = forms.SummaryCallForm

    def get_success_url(self):
        return self.return_url() or self.object.get_absolute_url()


class ValueStepView(LoginRequiredMixin, View):
    """POST to submit, acknowledge or return a KPI value from its page."""

    def post(self, request, pk, step):
        value = views.get_restricted_or_404(IndicatorValue, request.user, pk=pk)
        try:
            if step == "submit":
                values.submit(request.user, value)
                messages.success(request, _("Submitted to SBN."))
            elif step == "acknowledge":
                values.acknowledge(request.user, value)
                messages.success(request, _("Acknowledged."))
            elif step == "return":
                values.return_value(request.user, value, request.POST.get("reason", ""))
                messages.success(request, _("Returned to the province office."))
            else:
                raise views.Http404
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(value.get_absolute_url())
