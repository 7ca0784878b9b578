"""The national (SBN), province and affiliation office dashboards.

Figures come from grants.summaries (the rollups), readiness from schools.readiness and terms from
committees; they are computed once, kept in the cache for a few minutes and shown with the time
they were computed. The national dashboard takes ?group= (a province group; without it the user's
default group) and then shows only that group's provinces. Each table can be exported to CSV or XLSX (?export=csv|xlsx&table=name).
"""

import datetime

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Avg, Count, Min
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import generic

from committees.models import Committee, Membership
from grants import summaries
from provinces.group_choice import chosen_group, group_provinces
from provinces.models import Province, ProvinceGroup
from reports import figures, tables
from reports.scopes import covers, covers_object
from sandbox import charts
from sandbox.access import has_any_role
from sandbox.cache import get_or_compute
from schools.models import Agency, ReadinessQuestionnaire, ReadinessResponse

CACHE_SECONDS = 300
TERM_WINDOW_DAYS = 90


def current_fiscal_year(requested=None):
    """The year asked for (404 when there is none such), else the current one."""
    if requested:
        try:
            return summaries.get_fiscal_year(requested)
        except (ObjectDoesNotExist, ValueError):
            raise Http404 from None
    return summaries.current_fiscal_year()


def compute(year, level, owner, provinces=None):
    """Every figure a dashboard shows, as plain data (cached). Spending comes from one call that reads
    the rollups once, grouped in the database. `provinces`: a province group's codes, or None."""
    spending = summaries.dashboard_figures(year, level, owner, provinces=provinces)
    return {
        "computed_at": timezone.now(),
        **spending,
        "readiness": readiness_rows(level, owner, provinces),
        "terms": terms_ending(level, owner, provinces=provinces),
        **reporting_figures(year, level, owner, provinces),
    }


def reporting_figures(year, level, owner, provinces=None):
    """Completeness and timeliness of the monthly reports per group, and the schools whose spending passed
    their transfers or a plan line (one query each)."""
    scope = {level: owner} if level in ("province", "agency") else {}
    group_by = {"nation": "province", "province": "agency", "agency": "agency"}[level]
    completeness = summaries.completeness(year, group_by, provinces=provinces, **scope)
    return {"completeness": completeness.rows, "completeness_totals": completeness.totals,
            "money_flags": summaries.spending_flags(year, provinces=provinces, **scope)}


def readiness_rows(level, owner, provinces=None):
    """Latest readiness round: average score per province / agency / school (empty if none yet)."""
    questionnaire = ReadinessQuestionnaire.objects.order_by("-year", "-pk").first()
    if questionnaire is None:
        return {"questionnaire": None, "rows": []}
    responses = ReadinessResponse.objects.filter(questionnaire=questionnaire, score__isnull=False)
    if provinces is not None:
        responses = responses.filter(school__province__in=provinces)
    if level == "province":
        responses = responses.filter(school__province=owner)
    elif level == "agency":
        responses = responses.filter(school__agency=owner)
    key, name = {"nation": ("school__province", "school__province__name_th"),
                 "province": ("school__agency", "school__agency__name_th"),
                 "agency": ("school", "school__name_th")}[level]
    rows = (responses.values(key, name).annotate(average=Avg("score"), responses=Count("pk"))
            .order_by("-average", name))
    return {"questionnaire": str(questionnaire),
            "rows": [{"key": r[key], "name": r[name], "average": round(float(r["average"]), 2),
                      "responses": r["responses"]} for r in rows]}


def terms_ending(level, owner, today=None, provinces=None):
    """Committees whose own term, or some members' terms, end within the next TERM_WINDOW_DAYS days."""
    today = today or timezone.localdate()
    until = today + datetime.timedelta(days=TERM_WINDOW_DAYS)
    committees = Committee.objects.all()
    if provinces is not None:
        committees = committees.filter(province__in=provinces)
    if level == "province":
        committees = committees.filter(province=owner)
    elif level == "agency":
        committees = committees.filter(agency=owner)
    members = {r["committee"]: r for r in Membership.objects.filter(committee__in=committees)
               .expiring(today, TERM_WINDOW_DAYS).values("committee")
               .annotate(n=Count("pk"), first=Min("term_end"))}
    ending = committees.filter(term_end__gte=today, term_end__lte=until).values_list("pk", flat=True)
    rows = []
    for committee in committees.filter(pk__in=set(members) | set(ending)).select_related("province"):
        member = members.get(committee.pk, {})
        rows.append({"key": committee.pk, "name": str(committee), "term_end": committee.term_end,
                     "members_ending": member.get("n", 0), "first_member_end": member.get("first"),
                     "url": committee.get_absolute_url()})
    rows.sort(key=lambda r: min(d for d in (r["term_end"], r["first_member_end"]) if d))
    return rows


class DashboardView(LoginRequiredMixin, generic.TemplateView):
    template_name = "reports/dashboard.html"
    level = "nation"

    def get_owner(self):
        return None

    def get(self, request, *args, **kwargs):
        self.owner = self.get_owner()
        if not self.reaches(request.user):
            raise Http404  # a scope the user does not reach is not shown to exist for them
        self.year = current_fiscal_year(request.GET.get("fiscal_year"))
        if self.year is None:
            return self.render_to_response({"no_year": True, "owner": self.owner, "level": self.level})
        self.data = self.figures()
        export = request.GET.get("export")
        if export:
            return tables.export(self.tables(), request.GET.get("table", ""), export,
                                 f"dashboard-{self.level}-{self.year.year}")
        return super().get(request, *args, **kwargs)

    def reaches(self, user):
        return covers_object(user, self.owner)

    group = None  # a province group, on the national dashboard only

    def figures(self):
        key = f"reports:dashboard:{self.level}:{getattr(self.owner, 'pk', '-')}:{self.year.year}:" \
              f"{getattr(self.group, 'pk', '-')}:{translation.get_language()}"
        provinces = group_provinces(self.group)
        return get_or_compute(key, lambda: compute(self.year, self.level, self.owner, provinces), CACHE_SECONDS,
                              refresh=bool(self.request.GET.get("refresh")))

    def tables(self):
        return tables.dashboard_tables(self.level, self.data)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data, year = self.data, self.year
        expected = figures.expected_rate(year)
        labels, actual, plan = figures.spend_curve(year, data["totals"].get("allocated"), data["monthly"])
        group_label = {"nation": _("province"), "province": _("affiliation office"), "agency": _("school")}
        context.update(
            level=self.level, owner=self.owner, year=year, data=data, expected=expected, group=self.group,
            years=summaries.fiscal_years().values_list("year", flat=True),
            due_month=figures.month_label(data["due_month"]) if data["due_month"] else "",
            year_ended=timezone.localdate() > year.end,
            tables=tables.display(self.tables()),
            group_label=group_label[self.level],
            curve_chart=charts.line_chart(
                labels, [charts.Series(_("Actual"), actual)], title=_("Spend rate over the fiscal year"),
                plan=(0, 100), max_value=100, plan_label=_("Straight line")),
            rate_chart=charts.bar_chart(
                [charts.Bar(r["name"], r["spend_rate"] or 0, target=expected) for r in data["groups"]],
                title=_("Spend rate by %(group)s (%%), the mark is the straight line today") % {
                    "group": group_label[self.level]},
                max_value=100, value_format=charts.percent, empty_text=_("No allocations.")),
            category_chart=charts.bar_chart(
                [(r["name"], r["spent"]) for r in data["categories"]], title=_("Spending by category (baht)"),
                empty_text=_("No spending recorded.")),
        )
        if self.level != "agency":
            context["not_reported_chart"] = charts.bar_chart(
                [(r["name"], r["not_reported"]) for r in data["groups"] if r["not_reported"]],
                title=_("Schools not reported by %(group)s") % {"group": group_label[self.level]},
                colour="#c0392b", empty_text=_("Every school has reported."))
        return context


class NationalDashboardView(DashboardView):
    """The nation's figures. Spending is open to every role (transparency, as /grants/ shows it), so
    every role holder reaches this page; readiness scores stay with those whose scope holds them."""

    level = "nation"

    def reaches(self, user):
        return national_figures_readable(user)

    def get(self, request, *args, **kwargs):
        self.group = chosen_group(request)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "groups": ProvinceGroup.objects.all()}

    def figures(self):
        data = super().figures()
        user = self.request.user
        if covers(user):
            return data
        rows = [row for row in data["readiness"]["rows"] if covers(user, province=row["key"])]
        return {**data, "readiness": {**data["readiness"], "rows": rows}}


def national_figures_readable(user):
    """Who may read national spending figures: everyone with a role."""
    return covers(user) or has_any_role(user)


class ProvinceDashboardView(DashboardView):
    level = "province"

    def get_owner(self):
        return get_object_or_404(Province, pk=self.kwargs["code"])


class AgencyDashboardView(DashboardView):
    level = "agency"

    def get_owner(self):
        return get_object_or_404(Agency.objects.select_related("province"), pk=self.kwargs["pk"])
