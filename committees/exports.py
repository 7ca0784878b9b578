"""Roster downloads: XLSX and PDF of services.roster(), dates in the Buddhist Era for Thai readers."""

import io

import xlsxwriter
from django.http import HttpResponse
from django.utils.translation import gettext as _

from committees.services import roster
from sandbox.formatting import format_date
from sandbox.pdf import render_pdf

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filename(committee, extension):
    return f"committee-{committee.pk}-roster.{extension}"


def _attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def roster_columns():
    return [_("No."), _("Position"), _("Name"), _("Name (English)"), _("Office held"), _("Organization"),
            _("Sector"), _("Term start"), _("Term end"), _("Code")]


def roster_xlsx(committee, on=None):
    data = roster(committee, on)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet(_("Roster")[:31])
    bold = book.add_format({"bold": True})
    header = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
    sheet.write(0, 0, str(committee), bold)
    sheet.write(1, 0, committee.name_th)
    sheet.write(2, 0, _("Members on %(date)s") % {"date": format_date(data.on)})
    for col, label in enumerate(roster_columns()):
        sheet.write(4, col, label, header)
    for offset, row in enumerate(data.rows, start=5):
        values = [row.number, row.position, row.name_th or row.office_title, row.name_en, row.office_title,
                  row.organization, row.sector, format_date(row.term_start), format_date(row.term_end),
                  row.standard_code]
        for col, value in enumerate(values):
            sheet.write(offset, col, value)
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 1, 18)
    sheet.set_column(2, 5, 30)
    sheet.set_column(6, 9, 14)
    book.close()
    return _attachment(buffer.getvalue(), XLSX_TYPE, _filename(committee, "xlsx"))


def roster_pdf(committee, on=None):
    data = roster(committee, on)
    expiring = any(row.expires_soon for row in data.rows)
    pdf = render_pdf("committees/pdf/roster.html", {"roster": data, "committee": committee, "expiring": expiring})
    return _attachment(pdf, "application/pdf", _filename(committee, "pdf"))
