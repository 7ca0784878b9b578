"""/api/v1/open-data/: what anyone may read without signing in, as JSON or CSV."""

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, permissions, serializers, views
from rest_framework.response import Response

from grants.models import FiscalYear
from opendata import figures
from sandbox import tabular
from sandbox.api import ErrorSerializer


class DatasetSerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField(help_text="B.E.")
    months = serializers.ListField(child=serializers.CharField(), help_text="YYYY-MM, months with accepted figures.")


class IndexSerializer(serializers.Serializer):
    description = serializers.CharField()
    spending = serializers.URLField()
    levels = serializers.ListField(child=serializers.CharField())
    datasets = DatasetSerializer(many=True)


class SpendingRowSerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField(help_text="B.E.")
    month = serializers.CharField(help_text="YYYY-MM")
    province_code = serializers.CharField(required=False, help_text="DOPA province code.")
    agency_code = serializers.CharField(required=False)
    school_code = serializers.CharField(required=False, help_text="10-digit school code.")
    category_code = serializers.CharField(required=False)
    amount = serializers.CharField(help_text="Baht, 2 decimals.")
    expenditures = serializers.IntegerField()
    schools = serializers.IntegerField()
    as_of = serializers.DateTimeField(allow_null=True, help_text="When SBN accepted the latest month counted.")
    revised = serializers.BooleanField(help_text="A month counted was reopened after acceptance and accepted again.")


class OpenDataView(views.APIView):
    authentication_classes = []
    permission_classes = [permissions.AllowAny]


class IndexView(OpenDataView):
    """What is published: for each fiscal year, the months with figures SBN has accepted."""

    @extend_schema(tags=["open-data"], responses=IndexSerializer)
    def get(self, request):
        return Response({
            "description": _("Innovation subsidy spending of the education sandbox pilot schools, per month, "
                             "for the school-months SBN has accepted. No payees, no receipts."),
            "spending": request.build_absolute_uri(reverse("opendata-spending")),
            "levels": list(figures.LEVELS),
            "datasets": [{"fiscal_year": year, "months": months}
                         for year, months in sorted(figures.published_months().items())],
        })


class SpendingView(OpenDataView):
    """Accepted spending per month, by province, affiliation office, school or category (?export=csv for CSV)."""

    @extend_schema(tags=["open-data"], parameters=[
        OpenApiParameter("fiscal_year", OpenApiTypes.INT, required=True, description="B.E., e.g. 2567"),
        OpenApiParameter("by", OpenApiTypes.STR, enum=list(figures.LEVELS)),
        OpenApiParameter("month", OpenApiTypes.STR, pattern=r"^[0-9]{4}-[0-9]{2}$", description="YYYY-MM"),
        OpenApiParameter("export", OpenApiTypes.STR, enum=["csv"]),
    ], responses={200: SpendingRowSerializer(many=True), (200, "text/csv"): OpenApiTypes.STR,
                  400: ErrorSerializer})
    def get(self, request):
        params = request.query_params
        level = params.get("by", "province")
        if level not in figures.LEVELS:
            raise exceptions.ValidationError({"by": [_("Choose one of: %(groups)s.") % {
                "groups": ", ".join(figures.LEVELS)}]})
        text = params.get("fiscal_year", "")
        year = (FiscalYear.objects.filter(year=int(text)).first()
                if text.isascii() and text.isdigit() and len(text) <= 5 else None)
        if year is None:
            raise exceptions.ValidationError({"fiscal_year": [_("No such fiscal year.")]})
        month = None
        if params.get("month"):
            month = figures.parse_month(params["month"])
            if month is None or not year.start <= month <= year.end:
                raise exceptions.ValidationError({"month": [_("Give a month of the fiscal year as YYYY-MM.")]})
        export = params.get("export")
        if export not in (None, "", "csv"):
            raise exceptions.ValidationError({"export": [_("Choose csv, or leave it out for JSON.")]})
        rows = figures.spending(year.year, level, month)
        if export == "csv":
            return csv_response(rows, figures.columns(level), f"spending-{year.year}-{level}")
        return Response(SpendingRowSerializer(rows, many=True).data)


def csv_response(rows, columns, filename):
    """The rows as CSV through the shared writer, so a code that looks like a formula stays text;
    true/false are written as JSON writes them."""
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    return tabular.csv_response(columns, cells, filename)


def _cell(value):
    return str(value).lower() if isinstance(value, bool) else value
