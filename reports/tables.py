"""The dashboards' tables as columns and rows, and their CSV / XLSX export."""

from html import escape  # what django.utils.html.escape calls, without its lazy-string wrapper per cell

from django.http import Http404
from django.utils.encoding import force_str
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from sandbox import tabular
from sandbox.formatting import format_baht, format_date
from sandbox.tabular import INTEGER, MONEY, PERCENT, TEXT


def dashboard_tables(level, data):
    """{name: (title, columns, rows)}; columns are (label, kind, width) as in sandbox.tabular."""
    group = {"nation": _("Province"), "province": _("Affiliation office"), "agency": _("School")}[level]
    tables = {
        "spending": (_("Spending by %(group)s") % {"group": group.lower()}, [
            (group, TEXT, 36), (_("Schools"), INTEGER, 9), (_("Allocated (baht)"), MONEY, 16),
            (_("Spent (baht)"), MONEY, 16), (_("Allocation left (baht)"), MONEY, 16),
            (_("Spend rate (%)"), PERCENT, 10), (_("Schools not reported"), INTEGER, 11)],
            [[r["name"], r["schools"], r["allocated"], r["spent"], r["balance"], r["spend_rate"], r["not_reported"]]
             for r in data["groups"]]),
        "categories": (_("Spending by category"), [
            (_("Category"), TEXT, 36), (_("Planned (baht)"), MONEY, 16), (_("Spent (baht)"), MONEY, 16),
            (_("Share (%)"), PERCENT, 10)],
            [[r["name"], r["planned"], r["spent"], r["share"]] for r in data["categories"]]),
        "not_reported": (_("Schools that have not reported the latest month"), [
            (_("School code"), TEXT, 12), (_("School"), TEXT, 36), (_("Province"), TEXT, 18),
            (_("Affiliation office"), TEXT, 30)],
            [[r["code"], r["name"], r.get("province_name", ""), r.get("agency_name", "")]
             for r in data["not_reported"]]),
        "completeness": (_("Reports submitted and on time"), [
            (group if level != "agency" else _("Affiliation office"), TEXT, 36),
            (_("Months expected"), INTEGER, 10), (_("Submitted"), INTEGER, 10),
            (_("Submitted (%)"), PERCENT, 10), (_("On time"), INTEGER, 10), (_("On time (%)"), PERCENT, 10)],
            [[r["name"], r["expected"], r["submitted"], r["submitted_rate"], r["on_time"], r["on_time_rate"]]
             for r in data.get("completeness", [])]),
        "money_flags": (_("Spending beyond transfers received or over plan"), [
            (_("School code"), TEXT, 12), (_("School"), TEXT, 36), (_("Spent (baht)"), MONEY, 16),
            (_("Received (baht)"), MONEY, 16), (_("Beyond transfers (baht)"), MONEY, 16),
            (_("Plan lines over plan"), INTEGER, 10)],
            # the largest first: the page shows the first rows of a long national list
            [[r["code"], r["name"], r["spent"], r["received"], r["over_received"], r["lines_over"]]
             for r in sorted(data.get("money_flags", []), key=lambda r: -(r["over_received"] + r["over_plan"]))]),
        "readiness": (_("Readiness scores"), [
            (group, TEXT, 36), (_("Average score (of 100)"), PERCENT, 12), (_("Responses"), INTEGER, 10)],
            [[r["name"], r["average"], r["responses"]] for r in data["readiness"]["rows"]]),
        "terms": (_("Committee terms ending within 90 days"), [
            (_("Committee"), TEXT, 40), (_("Committee term ends"), TEXT, 16),
            (_("Members whose term ends"), INTEGER, 12), (_("First member term end"), TEXT, 16)],
            [[r["name"], r["term_end"], r["members_ending"], r["first_member_end"]] for r in data["terms"]]),
    }
    return tables


def export(tables, name, fmt, filename):
    if name not in tables or fmt not in ("csv", "xlsx"):
        raise Http404
    title, columns, rows = tables[name]
    filename = f"{filename}-{name}"
    if fmt == "csv":
        return tabular.csv_response([label for label, _kind, _width in columns], rows, filename)
    return tabular.xlsx_response(columns, rows, filename, title)


# Rows a table shows on the page: a national year can list thousands of schools not reported or with
# warnings, which no one reads on a phone; the CSV / XLSX export of the table holds every row.
PAGE_ROWS = 100


def display(tables):
    """The tables formatted for a page: baht with separators, percents, BE dates; the first PAGE_ROWS rows."""

    def cell(kind, value):
        if value is None or value == "":
            return ("–", kind != TEXT)
        if kind == MONEY:
            return (format_baht(value), True)
        if kind == PERCENT:
            return (f"{float(value):.1f}", True)
        if kind == INTEGER:
            return (f"{int(value):,}", True)
        if hasattr(value, "isoformat"):
            return (format_date(value), False)
        return (force_str(value), False)

    def body(columns, rows):
        # Written here rather than by two nested template loops: a national page holds a few hundred rows,
        # and the template engine's per-cell cost was most of the page's drawing time.
        lines = []
        for row in rows:
            cells = (cell(kind, value) for (_l, kind, _w), value in zip(columns, row, strict=False))
            lines.append("<tr>" + "".join(f'<td class="num">{escape(text)}</td>' if num else f"<td>{escape(text)}</td>"
                                          for text, num in cells) + "</tr>")
        return mark_safe("\n".join(lines))  # every cell escaped above

    return [
        {"name": name, "title": title, "headers": [(label, kind != TEXT) for label, kind, _w in columns],
         "body": body(columns, rows[:PAGE_ROWS]),
         "shown": f"{min(len(rows), PAGE_ROWS):,}", "total": f"{len(rows):,}", "cut": len(rows) > PAGE_ROWS}
        for name, (title, columns, rows) in tables.items()
    ]
