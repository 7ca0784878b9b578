"""Buddhist Era dates, fiscal years and baht, one way everywhere (pages, exports, PDFs)."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone, translation

BE_OFFSET = 543
THAI_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI_MONTHS_LONG = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CENT = Decimal("0.01")


def _is_thai(language):
    return (language or translation.get_language() or "th").startswith("th")


def format_date(value, language=None, long=False):
    """14 พ.ค. 2567 in Thai, 14 May 2024 in English; datetimes are shown in local time."""
    if value in (None, ""):
        return ""
    with_time = isinstance(value, datetime.datetime)
    if with_time:
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    if _is_thai(language):
        months = THAI_MONTHS_LONG if long else THAI_MONTHS_SHORT
        text = f"{value.day} {months[value.month - 1]} {value.year + BE_OFFSET}"
    else:
        text = f"{value.day} {EN_MONTHS_SHORT[value.month - 1]} {value.year}"
    if with_time:
        text += f" {value:%H:%M}"
    return text


def format_year(gregorian_year, language=None):
    return str(gregorian_year + BE_OFFSET) if _is_thai(language) else str(gregorian_year)


def format_baht(amount, language=None):
    """1,234,567.50 — always two places, thousands separated; None shows as a dash."""
    if amount is None or amount == "":
        return "–"
    amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    return f"{amount:,.2f}"


def fiscal_year_of(day):
    """The BE fiscal year a date falls in: FY 2567 runs 2023-10-01 … 2024-09-30."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


def fiscal_year_bounds(be_year):
    gregorian_end = be_year - BE_OFFSET
    return datetime.date(gregorian_end - 1, 10, 1), datetime.date(gregorian_end, 9, 30)
