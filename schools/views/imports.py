import io

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views import View

from sandbox import tabular
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
    """A file with the importer's columns and one example row, written by sandbox.tabular like every
    other download (so no cell of it runs as a formula)."""

    filename = "school-import-template"

    def get(self, request):
        header, example = template_rows()
        if request.GET.get("format") == "xlsx":
            return self.xlsx(header, example)
        return tabular.csv_response(header, [example], self.filename)

    def xlsx(self, header, example):
        buffer = io.BytesIO()
        book = tabular.Book(buffer)
        sheet = book.sheet("schools")
        columns = [(name, tabular.TEXT, max(len(name) + 2, 14)) for name in header]
        book.table(sheet, 0, columns, [])
        # Text format on the columns before the example row goes in, so the codes people type below it
        # keep their leading zeros.
        text = book.workbook.add_format({"num_format": "@"})
        for col, (_name, _kind, width) in enumerate(columns):
            sheet.set_column(col, col, width, text)
        book.write_row(sheet, 1, columns, example)
        book.close()
        return tabular.attachment(buffer.getvalue(), tabular.XLSX_TYPE, f"{self.filename}.xlsx")
