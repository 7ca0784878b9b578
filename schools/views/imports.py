import csv
import io

import xlsxwriter
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.views import View

from sandbox.access import can_add_anything
from schools.forms import SchoolImportForm
from schools.importer import import_schools, template_rows
from schools.models import PilotSchool


class SchoolImportView(LoginRequiredMixin, View):
    """Check a CSV/XLSX file of schools; import it only when every row is good."""

    template_name = "schools/school_import.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can_add_anything(request.user, PilotSchool):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(request, self.template_name, {"form": SchoolImportForm()})

    def post(self, request):
        form = SchoolImportForm(request.POST, request.FILES)
        report = None
        if form.is_valid():
            dry_run = request.POST.get("action") != "import"
            report = import_schools(request.user, form.cleaned_data["file"], dry_run=dry_run)
        status = 200 if form.is_valid() and report.ok else 400
        return render(request, self.template_name, {"form": form, "report": report}, status=status)


class SchoolImportTemplateView(LoginRequiredMixin, View):
    """A file with the importer's columns and one example row."""

    def get(self, request):
        header, example = template_rows()
        if request.GET.get("format") == "xlsx":
            buffer = io.BytesIO()
            book = xlsxwriter.Workbook(buffer, {"in_memory": True})
            sheet = book.add_worksheet()
            text = book.add_format({"num_format": "@"})  # keep codes with leading zeros as text
            for row_number, row in enumerate([header, example]):
                for col, value in enumerate(row):
                    sheet.write_string(row_number, col, value, text)
            book.close()
            response = HttpResponse(buffer.getvalue(), content_type=XLSX)
            response["Content-Disposition"] = 'attachment; filename="school-import-template.xlsx"'
            return response
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="school-import-template.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(header)
        writer.writerow(example)
        return response


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
