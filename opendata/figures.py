"""The published figures: SBN-accepted spending (grants.summaries.accepted_spending) added up per
province, affiliation office, school or category, keyed by official codes."""

import datetime
from decimal import Decimal

from grants import summaries

LEVELS = {
    "province": ("province_code",),
    "agency": ("province_code", "agency_code"),
    "school": ("province_code", "agency_code", "school_code"),
    "category": ("category_code",),
}
COLUMNS = ("fiscal_year", "month")
FIGURES = ("amount", "expenditures", "schools", "as_of", "revised")


def columns(level):
    return (*COLUMNS, *LEVELS[level], *FIGURES)


def spending(fiscal_year, level, month=None):
    """Rows of `columns(level)`: per month and group, the amount, how many expenditures and schools it
    adds up, when its latest month was accepted (as_of) and whether any of it was revised."""
    groups = {}
    for row in summaries.accepted_spending(fiscal_year, month):
        key = (row["month"], *(row[name] for name in LEVELS[level]))
        group = groups.setdefault(key, {"amount": Decimal("0.00"), "expenditures": 0, "schools": set(),
                                        "as_of": None, "revised": False})
        group["amount"] += row["amount"]
        group["expenditures"] += row["expenditures"]
        group["schools"].add(row["school_code"])
        group["as_of"] = max(filter(None, (group["as_of"], row["as_of"])), default=None)
        group["revised"] = group["revised"] or row["revised"]
    return [{"fiscal_year": int(fiscal_year), "month": key[0].strftime("%Y-%m"),
             **dict(zip(LEVELS[level], key[1:], strict=True)),
             "amount": f"{group['amount']:.2f}", "expenditures": group["expenditures"],
             "schools": len(group["schools"]), "as_of": group["as_of"], "revised": group["revised"]}
            for key, group in sorted(groups.items(), key=lambda item: tuple(str(part) for part in item[0]))]


def published_months():
    """{fiscal year: ["YYYY-MM", ...]} with at least one accepted school-month."""
    return {year: [month.strftime("%Y-%m") for month in months]
            for year, months in summaries.accepted_months().items()}


def parse_month(text):
    """The first day of a "YYYY-MM" month, or None when the text is not one."""
    if not (isinstance(text, str) and len(text) == 7 and text.isascii()):
        return None
    try:
        return datetime.date.fromisoformat(f"{text}-01")
    except ValueError:
        return None
