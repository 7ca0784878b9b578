"""CSV/XLSX downloads of a spending summary (pages and API)."""

from django.utils.translation import gettext_lazy as _

from sandbox import exports

COLUMNS = {
    "category": (("code", _("Code")), ("name", _("Category")), ("planned", _("Planned")),
                 ("spent", _("Spent")), ("share", _("Share (%)"))),
    "default": (("code", _("Code")), ("name", _("Name")), ("schools", _("Schools")),
                ("allocated", _("Allocated")), ("received", _("Received")), ("spent", _("Spent")),
                ("balance", _("Balance")), ("spend_rate", _("Spend rate (%)")), ("not_reported", _("Not reported"))),
}


class _Rows(list):
    """The exporters read a queryset with .iterator(); a summary is already a list of rows."""

    def iterator(self, chunk_size=None):
        return iter(self)


class _Row(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


def summary_export(summary, kind):
    columns = COLUMNS["category" if summary.group_by == "category" else "default"]
    rows = _Rows(_Row({k: ("" if v is None else v) for k, v in row.items() if k != "school"}) for row in summary.rows)
    name = f"spending-{summary.fiscal_year}-{summary.group_by}"
    return (exports.csv_response if kind == "csv" else exports.xlsx_response)(rows, columns, name)
