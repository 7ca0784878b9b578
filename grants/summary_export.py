"""CSV/XLSX downloads of a spending summary (pages and API)."""

from django.utils.translation import gettext_lazy as _

from sandbox import tabular
from sandbox.tabular import INTEGER, MONEY, PERCENT, TEXT

COLUMNS = {
    "category": (("code", _("Code"), TEXT), ("name", _("Category"), TEXT), ("planned", _("Planned"), MONEY),
                 ("spent", _("Spent"), MONEY), ("share", _("Share (%)"), PERCENT)),
    "default": (("code", _("Code"), TEXT), ("name", _("Name"), TEXT), ("schools", _("Schools"), INTEGER),
                ("allocated", _("Allocated"), MONEY), ("received", _("Received"), MONEY), ("spent", _("Spent"), MONEY),
                ("balance", _("Balance"), MONEY), ("spend_rate", _("Spend rate (%)"), PERCENT),
                ("not_reported", _("Not reported"), INTEGER)),
}


def summary_export(summary, kind):
    columns = COLUMNS["category" if summary.group_by == "category" else "default"]
    rows = ([row.get(key) for key, _label, _kind in columns] for row in summary.rows)
    name = f"spending-{summary.fiscal_year}-{summary.group_by}"
    if kind == "csv":
        return tabular.csv_response([label for _key, label, _kind in columns], rows, name)
    return tabular.xlsx_response([(label, kind, 14) for _key, label, kind in columns], rows, name)
