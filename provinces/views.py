from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from provinces.filtersets import ProvinceFilterSet
from provinces.models import Province
from sandbox import views
from schools.models import SchoolStatus


def with_school_counts(queryset):
    return queryset.annotate(
        school_count=Count("schools", filter=Q(schools__status=SchoolStatus.ACTIVE), distinct=True),
        agency_count=Count("agencies", distinct=True),
    )


class HomeView(views.ObjectListView):
    """The sandbox areas at a glance, filterable by cohort."""

    model = Province
    filterset_class = ProvinceFilterSet
    template_name = "provinces/home.html"
    paginate_by = None

    def get_queryset(self):
        return with_school_counts(super().get_queryset().filter(is_sandbox=True)).order_by("cohort", "name_th")


class ProvinceListView(views.ObjectListView):
    model = Province
    filterset_class = ProvinceFilterSet
    columns = (("name", _("Province")), ("code", _("DOPA code")), ("is_sandbox", _("Sandbox area")),
               ("cohort", _("Cohort")))
    paginate_by = 100


class ProvinceDetailView(views.ObjectDetailView):
    model = Province
    template_name = "provinces/province_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        province = self.object
        context["agencies"] = (
            province.agencies.annotate(school_count=Count("schools")).order_by("code")
        )
        context["school_count"] = province.schools.filter(status=SchoolStatus.ACTIVE).count()
        return context


class ProvinceHistoryView(views.ObjectHistoryView):
    model = Province
