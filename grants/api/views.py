from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, views
from rest_framework.decorators import action
from rest_framework.generics import get_object_or_404
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from grants import bulk, importers, queues, services, summaries
from grants.api import imports
from grants.api import serializers as s
from grants.api.periods_schema import BulkAnswerSerializer
from grants.api.receipts import FileRenderer, receipt_response
from grants.api.summary_schema import SpendingSummarySerializer
from grants.filtersets import (
    AllocationFilterSet,
    ExpenditureFilterSet,
    PeriodFilterSet,
    PlanLineFilterSet,
    TransferFilterSet,
)
from grants.list_counts import expenditure_count
from grants.models import (
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    Period,
    PeriodStep,
    PlanLine,
    Programme,
    Transfer,
)
from grants.summary_export import summary_export
from provinces.group_choice import group_provinces, named_group
from sandbox.access import assignments
from sandbox.api import ModelViewSet

EXPENDITURE_EXPORT = (
    ("id", _l("ID")), ("school.code", _l("School code")), ("school", _l("School")), ("fiscal_year", _l("Fiscal year")),
    ("date", _l("Date")), ("amount", _l("Amount (baht)")), ("category.code", _l("Category")),
    ("description", _l("Description")), ("payee", _l("Payee")), ("receipt_number", _l("Receipt number")),
)


class FiscalYearViewSet(ModelViewSet):
    """Fiscal years, addressed by their B.E. number (/fiscal-years/2567/)."""

    queryset = FiscalYear.objects.all()
    serializer_class = s.FiscalYearSerializer
    lookup_field = "year"
    ordering = ["-year"]


class ProgrammeViewSet(ModelViewSet):
    queryset = Programme.objects.all()
    serializer_class = s.ProgrammeSerializer
    ordering = ["code"]


class CategoryViewSet(ModelViewSet):
    queryset = Category.objects.all()
    serializer_class = s.CategorySerializer
    ordering = ["sort_order", "code"]


class AllocationViewSet(imports.ImportActionMixin, ModelViewSet):
    queryset = Allocation.objects.select_related("fiscal_year", "programme", "school")
    serializer_class = s.AllocationSerializer
    export_columns = (("school.code", _l("School code")), ("school", _l("School")), ("fiscal_year", _l("Fiscal year")),
                      ("programme.code", _l("Programme")), ("amount", _l("Amount (baht)")), ("note", _l("Note")))
    filterset_class = AllocationFilterSet
    ordering_fields = ["amount", "school"]
    ordering = ["pk"]
    import_columns = ["school_code", "fiscal_year", "programme", "amount"]

    @imports.import_schema(importers.ALLOCATION_COLUMNS)
    @imports.import_action
    def import_(self, request):
        """Many allocations in one request, all or nothing: the upload page's CSV/XLSX or a JSON array."""
        return self.run_import(request)

    def import_rows(self, user, rows, dry_run, request):
        return bulk.import_allocations(user, rows, dry_run)


class TransferViewSet(ModelViewSet):
    queryset = Transfer.objects.all()
    serializer_class = s.TransferSerializer
    filterset_class = TransferFilterSet
    ordering = ["allocation_id", "installment"]


class PlanLineViewSet(ModelViewSet):
    queryset = PlanLine.objects.select_related("category")
    serializer_class = s.PlanLineSerializer
    filterset_class = PlanLineFilterSet
    ordering = ["pk"]


class ExpenditureViewSet(imports.ImportActionMixin, ModelViewSet):
    """Spending rows. POST accepts an Idempotency-Key header; PATCH/PUT/DELETE honour If-Match (412 when
    stale, accepted without it). Spending past the allocation or in a locked period is refused with 409."""

    queryset = Expenditure.objects.select_related("fiscal_year", "category", "school")
    serializer_class = s.ExpenditureSerializer
    export_columns = EXPENDITURE_EXPORT
    filterset_class = ExpenditureFilterSet
    import_columns = ["date", "amount", "category", "description", "payee"]
    ordering_fields = ["date", "amount"]
    ordering = ["-date", "-pk"]
    delete_with = services.delete_expenditure

    def get_serializer_class(self):
        return s.ExpenditureListSerializer if self.action == "list" else s.ExpenditureSerializer

    def list(self, request, *args, **kwargs):
        """A page of rows read as tuples (serializers.list_rows): the same answer, no model instances."""
        if request.query_params.get("export"):
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        given = {name: value for name, value in request.query_params.items() if value != "" and name not in NOT_FILTERS}
        rows = s.list_rows(queryset, None if queryset.query.is_empty() else expenditure_count(given))
        page = self.paginate_queryset(rows)
        if page is None:
            return Response(s.list_data(rows, request))
        return self.get_paginated_response(s.list_data(page, request))

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY,
                              (200, "application/pdf"): OpenApiTypes.BINARY,
                              (200, "image/*"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None,
            renderer_classes=[JSONRenderer, FileRenderer])
    def receipt(self, request, pk=None):
        """The receipt file (PDF or image), to those who may see receipts: the school, its supervisors, its
        province office and SBN. 404 when there is none or it is not yours to see."""
        expenditure = get_object_or_404(Expenditure.objects.restrict(request.user, "receipt"), pk=pk)
        if not expenditure.receipt:
            raise exceptions.NotFound(_("This expenditure has no receipt file."))
        return receipt_response(expenditure)

    @imports.import_schema(importers.EXPENDITURE_COLUMNS + ["school_code", "fiscal_year"], [
        OpenApiParameter("school", OpenApiTypes.INT, description="With fiscal_year: the rows are this school's, "
                         "as on its upload page (no school_code/fiscal_year columns)."),
        OpenApiParameter("fiscal_year", OpenApiTypes.INT),
        OpenApiParameter("confirm_duplicate", OpenApiTypes.BOOL, description="Import likely duplicates (the same "
                         "receipt number, amount and date as a recorded row or another row) instead of refusing "
                         "them.")], upload=imports.SpendingUploadSerializer)
    @imports.import_action
    def import_(self, request):
        """Many spending rows in one request, all or nothing: the upload page's CSV/XLSX or a JSON array."""
        return self.run_import(request)

    def import_rows(self, user, rows, dry_run, request):
        school, fiscal_year = imports.school_year_of(request)
        return bulk.import_expenditures(user, rows, dry_run, school=school, fiscal_year=fiscal_year,
                                        confirm_duplicate=imports.flag(request, "confirm_duplicate"))


NOT_FILTERS = {"page", "page_size", "ordering"}


class PeriodViewSet(ModelViewSet):
    """Monthly reporting periods and their sign-off: submit → verify → acknowledge → accept; return
    (with a comment) at any step; reopen an accepted period (with a reason)."""

    queryset = Period.objects.select_related("fiscal_year", "school").prefetch_related(
        Prefetch("steps", queryset=PeriodStep.objects.select_related("user")))
    serializer_class = s.PeriodSerializer
    filterset_class = PeriodFilterSet
    ordering = ["month", "pk"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    if_match_actions = ("submit", "verify", "acknowledge", "accept", "return_", "reopen")
    list_parameters = frozenset({"page", "page_size", "ordering", "export", "format"})

    def get_queryset(self):
        # Who took the latest step, so that each row's `actions` leaves out a second consecutive step.
        return queues.with_last_step_user(super().get_queryset())

    def list(self, request, *args, **kwargs):
        unknown = sorted(set(request.query_params) - set(PeriodFilterSet.base_filters) - self.list_parameters)
        if unknown:
            raise exceptions.ValidationError({name: [_("Unknown filter.")] for name in unknown})
        return super().list(request, *args, **kwargs)

    @extend_schema(request=s.BulkTransitionSerializer, responses=BulkAnswerSerializer)
    @action(detail=False, methods=["post"])
    def bulk(self, request):
        """Verify, acknowledge or accept several periods at once, each its own step: the answer tells for
        each period whether it moved or why it was refused (200 even when some were refused)."""
        serializer = s.BulkTransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        results = services.transition_many(request.user, data["ids"], data["action"], data["comment"])
        return Response({"done": sum(r["ok"] for r in results), "refused": sum(not r["ok"] for r in results),
                         "results": results})

    def _step(self, request, name):
        period = self.get_object()
        serializer = s.TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        period = services.transition(request.user, period, name, serializer.validated_data["comment"],
                                     if_match=self.if_match())
        return self.with_etag(Response(s.PeriodSerializer(period, context=self.get_serializer_context()).data),
                              period)

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._step(request, "submit")

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"])
    def verify(self, request, pk=None):
        return self._step(request, "verify")

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"])
    def acknowledge(self, request, pk=None):
        return self._step(request, "acknowledge")

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        return self._step(request, "accept")

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_(self, request, pk=None):
        return self._step(request, "return")

    @extend_schema(request=s.TransitionSerializer, responses=s.PeriodSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        return self._step(request, "reopen")


class SpendingSummaryView(views.APIView):
    """Allocated, received, spent, balance and spend rate per province, agency or school, or spending per
    category, for one fiscal year. ?export=csv|xlsx downloads the same rows."""

    @extend_schema(parameters=[
        OpenApiParameter("fiscal_year", OpenApiTypes.INT, required=True),
        OpenApiParameter("group_by", OpenApiTypes.STR, enum=list(summaries.GROUPS)),
        OpenApiParameter("province", OpenApiTypes.STR), OpenApiParameter("agency", OpenApiTypes.INT),
        OpenApiParameter("group", OpenApiTypes.INT, description="A province group: only its provinces."),
        OpenApiParameter("export", OpenApiTypes.STR, enum=["csv", "xlsx"]),
    ], responses=SpendingSummarySerializer)
    def get(self, request):
        group_by = request.query_params.get("group_by", "province")
        if group_by not in summaries.GROUPS:
            raise exceptions.ValidationError({"group_by": [_("Choose one of: %(groups)s.") % {
                "groups": ", ".join(summaries.GROUPS)}]})
        try:
            year = FiscalYear.objects.get(year=int(request.query_params.get("fiscal_year", "")))
        except (ValueError, FiscalYear.DoesNotExist) as exc:
            raise exceptions.ValidationError({"fiscal_year": [_("No such fiscal year.")]}) from exc
        agency = request.query_params.get("agency") or None
        if agency is not None and not agency.isdigit():
            raise exceptions.ValidationError({"agency": [_("Give the affiliation office's id.")]})
        summary = summaries.spending_summary(year, group_by, user=request.user,
                                             province=request.query_params.get("province") or None,
                                             agency=agency, provinces=_group_provinces(request))
        kind = request.query_params.get("export")
        if kind in ("csv", "xlsx"):
            return summary_export(summary, kind)
        rows = [{k: v for k, v in row.items() if k not in ("school",)} for row in summary.rows]
        return Response({
            "fiscal_year": summary.fiscal_year, "group_by": group_by, "as_of": summary.as_of,
            "due_month": summary.due_month, "totals": _strings(summary.totals), "results": [_strings(r) for r in rows],
        })


class CompletenessView(views.APIView):
    """Completeness and timeliness of the monthly reports for one fiscal year, per province, affiliation
    office or for the nation: expected school-months (each school with an allocation, each month from
    the later of the year's start and its joining, up to the latest month whose due day has passed),
    how many stand submitted now, and how many were first submitted by the due day of the next month."""

    @extend_schema(parameters=[
        OpenApiParameter("fiscal_year", OpenApiTypes.INT, required=True),
        OpenApiParameter("group_by", OpenApiTypes.STR, enum=list(summaries.COMPLETENESS_GROUPS)),
        OpenApiParameter("province", OpenApiTypes.STR), OpenApiParameter("agency", OpenApiTypes.INT),
        OpenApiParameter("group", OpenApiTypes.INT, description="A province group: only its provinces."),
    ], responses=OpenApiTypes.OBJECT)
    def get(self, request):
        if not (request.user.is_superuser or assignments(request.user)):
            raise exceptions.PermissionDenied()
        group_by = request.query_params.get("group_by", "nation")
        if group_by not in summaries.COMPLETENESS_GROUPS:
            raise exceptions.ValidationError({"group_by": [_("Choose one of: %(groups)s.") % {
                "groups": ", ".join(summaries.COMPLETENESS_GROUPS)}]})
        try:
            year = FiscalYear.objects.get(year=int(request.query_params.get("fiscal_year", "")))
        except (ValueError, FiscalYear.DoesNotExist) as exc:
            raise exceptions.ValidationError({"fiscal_year": [_("No such fiscal year.")]}) from exc
        agency = request.query_params.get("agency") or None
        if agency is not None and not agency.isdigit():
            raise exceptions.ValidationError({"agency": [_("Give the affiliation office's id.")]})
        result = summaries.completeness(year, group_by, province=request.query_params.get("province") or None,
                                        agency=agency, provinces=_group_provinces(request))
        return Response({"fiscal_year": result.fiscal_year, "group_by": group_by, "due_day": result.due_day,
                         "last_month": result.last_month, "totals": _strings(result.totals),
                         "results": [_strings(r) for r in result.rows]})


def _group_provinces(request):
    """The province codes of ?group=, None without it; an unknown group is a 400."""
    try:
        return group_provinces(named_group(request.query_params.get("group")))
    except ValueError as exc:
        raise exceptions.ValidationError({"group": [_("No such province group.")]}) from exc


def _strings(row):
    """Money and rates as strings, as everywhere in the API."""
    from decimal import Decimal

    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in row.items()}
