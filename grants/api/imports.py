"""POST /api/v1/expenditures/import/ and /api/v1/allocations/import/: the upload pages' import for programs.

The body is the pages' CSV or XLSX file (multipart, field `file`) or a JSON array of rows with the same
columns. Rows go through grants.bulk, the pages' set-based path: every row checked, the same row report,
nothing written when any row is wrong or on a dry run (`dry_run=true`, in the form or the query).
Spending rows that repeat a receipt (grants.services.likely_duplicates: already recorded, or twice in
the body) are listed in `duplicates` and refused unless `confirm_duplicate=true`, the flag the one-row
endpoint takes. JSON is written by programs, so its amounts follow the API's money rule (no thousands separators).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from grants import bulk, importers
from grants.models import FiscalYear
from sandbox import money
from sandbox.api import ErrorSerializer
from schools.models import PilotSchool

TRUE = {"1", "true", "yes", "on"}
FALSE = {"", "0", "false", "no", "off"}


class ImportUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="CSV (UTF-8 or TIS-620) or XLSX, header row first.")
    dry_run = serializers.BooleanField(required=False, default=False)


class SpendingUploadSerializer(ImportUploadSerializer):
    confirm_duplicate = serializers.BooleanField(
        required=False, default=False, help_text="Import rows that repeat a receipt (school, receipt number, "
        "amount, date) already recorded or elsewhere in the file; without it they are refused.")


class ImportErrorSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="The row number as the spreadsheet shows it (JSON: from 1).")
    column = serializers.CharField(allow_blank=True)
    message = serializers.CharField()


class SpendingImportReportSerializer(serializers.Serializer):
    rows = serializers.IntegerField()
    imported = serializers.IntegerField()
    dry_run = serializers.BooleanField()
    errors = ImportErrorSerializer(many=True)
    duplicates = ImportErrorSerializer(many=True, required=False, help_text="Likely duplicate rows (spending imports): refused "
                                       "among the errors, or imported when confirm_duplicate was given. Absent when "
                                       "there are none.")


def import_schema(row_columns, extra_parameters=(), upload=ImportUploadSerializer):
    row = {"type": "object", "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "number"}],
                                                      "nullable": True},
           "description": "One row: " + ", ".join(row_columns) + "."}
    return extend_schema(
        request={"multipart/form-data": upload,
                 "application/json": {"type": "array", "items": row, "minItems": 1, "maxItems": bulk.MAX_ROWS}},
        parameters=[OpenApiParameter("dry_run", OpenApiTypes.BOOL, description="Check every row, write nothing."),
                    *extra_parameters],
        responses={200: SpendingImportReportSerializer,
                   400: OpenApiResponse(ErrorSerializer, description="Invalid input; or some rows are refused: "
                                        "errors.rows names each (row, column, message) beside rows, imported "
                                        "and dry_run. Nothing was written.")})


class ImportActionMixin:
    """An `import` action on a viewset; the viewset supplies import_rows(user, rows, dry_run, request)."""

    import_columns = ()  # columns a file must have

    def import_rows(self, user, rows, dry_run, request):
        raise NotImplementedError

    def run_import(self, request):
        dry_run = flag(request, "dry_run")
        if isinstance(request.data, list):
            rows = _json_rows(request.data)
        else:
            rows = _file_rows(request, self.import_columns)
        result = self.import_rows(request.user, rows, dry_run, request)
        return report(result)


def flag(request, name):
    """A true/false option from the form, else the query string; false when absent."""
    for value in (request.data.get(name) if hasattr(request.data, "get") else None, request.query_params.get(name)):
        if value is None:
            continue
        text = str(value).strip().lower()
        if text in TRUE:
            return True
        if text in FALSE:
            return False
        raise exceptions.ValidationError({name: [_("Give true or false.")]})
    return False


def _file_rows(request, required):
    upload = request.FILES.get("file")
    if upload is None:
        raise exceptions.ValidationError({"file": [_("Send a CSV or XLSX file, or a JSON array of rows.")]})
    header, rows = importers.read_rows(upload)
    missing = [c for c in required if c not in header]
    if missing:
        raise exceptions.ValidationError({"file": [_("Missing columns: %(cols)s.") % {"cols": ", ".join(missing)}]})
    return rows


def _json_rows(data):
    """The body's rows; a program writes its amounts as the API does everywhere (no separators)."""
    if not data:
        raise exceptions.ValidationError({"non_field_errors": [_("Send at least one row.")]})
    if len(data) > bulk.MAX_ROWS:
        raise exceptions.ValidationError({"non_field_errors": [
            _("A file may hold at most %(max)s rows.") % {"max": bulk.MAX_ROWS}]})
    errors = {}
    for number, row in enumerate(data, start=1):
        if not isinstance(row, dict):
            errors[str(number)] = [_("Each row is an object of column names and values.")]
        elif row.get("amount") not in (None, ""):
            try:
                money.parse_money(row["amount"])
            except ValidationError as exc:
                errors[str(number)] = [f"amount: {exc.messages[0]}"]
    if errors:
        raise exceptions.ValidationError(errors)
    return data


def _lines(report_lines):
    return [{"row": row, "column": column, "message": message} for row, column, message in report_lines]


def report(result):
    body = {"rows": result.rows, "imported": result.imported, "dry_run": result.dry_run,
            "errors": _lines(result.errors)}
    if result.duplicates:  # only spending has them; a clean report keeps its shape
        body["duplicates"] = _lines(result.duplicates)
    if result.ok:
        return Response(body)
    message = ngettext("%(count)d error; nothing was imported.", "%(count)d errors; nothing was imported.",
                       len(result.errors)) % {"count": len(result.errors)}
    return Response({"code": "invalid_rows", "message": message, "errors": {"rows": body.pop("errors")}, **body},
                    status=status.HTTP_400_BAD_REQUEST)


def school_year_of(request):
    """The page's scope (?school=<id>&fiscal_year=<B.E.>) when the file has no school_code/fiscal_year
    columns; (None, None) when the rows name their own."""
    school_id, year = request.query_params.get("school"), request.query_params.get("fiscal_year")
    if not school_id and not year:
        return None, None
    if not (school_id and school_id.isascii() and school_id.isdigit() and year and year.isascii()
            and year.isdigit()):
        raise exceptions.ValidationError({"school": [_("Give both school (its id) and fiscal_year (B.E.).")]})
    school = PilotSchool.objects.restrict(request.user, "view").filter(pk=int(school_id)).first()
    fiscal_year = FiscalYear.objects.filter(year=int(year)).first() if len(year) <= 5 else None
    if school is None:
        raise exceptions.ValidationError({"school": [_("No pilot school with this id.")]})
    if fiscal_year is None:
        raise exceptions.ValidationError({"fiscal_year": [_("No such fiscal year.")]})
    return school, fiscal_year


import_action = action(detail=False, methods=["post"], url_path="import", url_name="import", filter_backends=[],
                       pagination_class=None)
