"""Roster downloads: XLSX and PDF of services.roster(), dates in the Buddhist Era for Thai readers."""

from django.utils.translation import gettext as _

from committees.services import roster
from sandbox import tabular
from sandbox.formatting import format_date
from sandbox.pdf import render_pdf
from sandbox.tabular import INTEGER, TEXT


def _name(committee):
    return f"committee-{committee.pk}-roster"


def roster_columns():
    return [(_("No."), INTEGER, 6), (_("Position"), TEXT, 18), (_("Name"), TEXT, 30),
            (_("Name (English)"), TEXT, 30), (_("Office held"), TEXT, 30), (_("Organization"), TEXT, 30),
            (_("Sector"), TEXT, 14), (_("Term start"), TEXT, 14), (_("Term end"), TEXT, 14), (_("Code"), TEXT, 14)]


def roster_xlsx(committee, on=None):
    data = roster(committee, on)
    rows = [[row.number, row.position, row.name_th or row.office_title, row.name_en, row.office_title,
             row.organization, row.sector, row.term_start, row.term_end, row.standard_code] for row in data.rows]
    heading = [str(committee), committee.name_th, _("Members on %(date)s") % {"date": format_date(data.on)}]
    return tabular.xlsx_response(roster_columns(), rows, _name(committee), _("Roster"), heading)


def roster_pdf(committee, on=None):
    data = roster(committee, on)
    expiring = any(row.expires_soon for row in data.rows)
    pdf = render_pdf("committees/pdf/roster.html", {"roster": data, "committee": committee, "expiring": expiring})
    return tabular.attachment(pdf, "application/pdf", f"{_name(committee)}.pdf")
