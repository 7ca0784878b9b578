"""Buddhist Era dates, fiscal years and baht, one way everywhere (pages, exports, PDFs)."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone, translation

BE_OFFSET = 543
THAI_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI_MONTHS_LONG = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
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


def format_month(value, language=None, long=False, short_year=False):
    """ก.ย. 2569 in Thai, Sep 2026 in English; long gives กันยายน 2569 / September 2026."""
    if value in (None, ""):
        return ""
    if _is_thai(language):
        months, year = (THAI_MONTHS_LONG if long else THAI_MONTHS_SHORT), value.year + BE_OFFSET
    else:
        months, year = (EN_MONTHS_LONG if long else EN_MONTHS_SHORT), value.year
    return f"{months[value.month - 1]} {str(year)[-2:] if short_year else year}"


def fiscal_quarter(day):
    """The Thai fiscal quarter 1–4: October–December is the first."""
    return (day.month - 10) % 12 // 3 + 1


def format_quarter(quarter, language=None):
    """ไตรมาส 1 in Thai, Q1 in English; takes a quarter number or a date."""
    if hasattr(quarter, "month"):
        quarter = fiscal_quarter(quarter)
    return f"ไตรมาส {quarter}" if _is_thai(language) else f"Q{quarter}"


def format_period(month, language=None):
    """A reporting month with its fiscal quarter: ก.ย. 2569 · ไตรมาส 4 / Sep 2026 · Q4."""
    return f"{format_month(month, language)} · {format_quarter(month, language)}"


def format_date_range(start, end, language=None, long=False):
    """1 ต.ค. 2568 – 30 ก.ย. 2569; an open end shows as an ellipsis."""
    return f"{format_date(start, language, long)} – {format_date(end, language, long) or '…'}"


def format_fiscal_year(be_year, language=None):
    """Fiscal years keep their official BE number in both languages: FY 2569 (Oct 2025 – Sep 2026)."""
    start, end = fiscal_year_bounds(be_year)
    span = f"{format_month(start, language)} – {format_month(end, language)}"
    return f"ปีงบประมาณ {be_year} ({span})" if _is_thai(language) else f"FY {be_year} ({span})"


def format_value(value, language=None):
    """A value of any type as shown to people: dates and times (also ISO text, as history diffs
    hold them) in the reader's calendar; everything else unchanged."""
    if isinstance(value, str):
        value = _parse_iso(value) or value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return format_date(value, language)
    return value


def _parse_iso(text):
    if not (10 <= len(text) <= 40 and text[4:5] == "-" and text[7:8] == "-" and text[:4].isdigit()):
        return None
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


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


THAI_DIGITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
THAI_PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]


def _thai_number(number):
    """A positive whole number in Thai words; the units 1 reads เอ็ด after higher digits (101, 1,000,001)."""
    millions, rest = divmod(number, 1_000_000)
    words = _thai_number(millions) + "ล้าน" if millions else ""
    digits = str(rest).zfill(6)
    for place, digit in zip(range(5, -1, -1), map(int, digits), strict=True):
        if not digit:
            continue
        if place == 1:
            words += {1: "", 2: "ยี่"}.get(digit, THAI_DIGITS[digit]) + "สิบ"
        elif place == 0 and digit == 1 and number > 1:
            words += "เอ็ด"
        else:
            words += THAI_DIGITS[digit] + THAI_PLACES[place]
    return words


def baht_text(amount):
    """An amount in Thai words as cheques and receipts write it: หนึ่งร้อยเอ็ดบาทถ้วน, ห้าสิบสตางค์."""
    amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "ลบ" if amount < 0 else ""
    baht, satang = divmod(int(abs(amount) * 100), 100)
    if not baht and not satang:
        return "ศูนย์บาทถ้วน"
    text = sign + (_thai_number(baht) + "บาท" if baht else "")
    return text + (_thai_number(satang) + "สตางค์" if satang else "ถ้วน")
