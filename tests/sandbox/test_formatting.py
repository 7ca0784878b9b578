import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from sandbox import formatting

SEP_1 = datetime.date(2026, 9, 1)


@pytest.mark.parametrize("language, expected", [("th", "1 ก.ย. 2569"), ("en", "1 Sep 2026")])
def test_date(language, expected):
    assert formatting.format_date(SEP_1, language) == expected


def test_long_date_and_the_active_language():
    with translation.override("th"):
        assert formatting.format_date(SEP_1, long=True) == "1 กันยายน 2569"
    with translation.override("en"):
        assert formatting.format_date(SEP_1) == "1 Sep 2026"


def test_aware_datetime_shows_in_bangkok_time():
    # 18:30 UTC on 30 September is already 1 October in Bangkok, and in the next fiscal year.
    moment = datetime.datetime(2026, 9, 30, 18, 30, tzinfo=datetime.UTC)
    assert formatting.format_date(moment, "th") == "1 ต.ค. 2569 01:30"
    assert formatting.format_date(moment, "en") == "1 Oct 2026 01:30"


@pytest.mark.parametrize("language, short, long", [("th", "ก.ย. 2569", "กันยายน 2569"),
                                                   ("en", "Sep 2026", "September 2026")])
def test_month(language, short, long):
    assert formatting.format_month(SEP_1, language) == short
    assert formatting.format_month(SEP_1, language, long=True) == long


def test_month_with_two_digit_year_for_chart_axes():
    assert formatting.format_month(SEP_1, "th", short_year=True) == "ก.ย. 69"
    assert formatting.format_month(SEP_1, "en", short_year=True) == "Sep 26"


@pytest.mark.parametrize("month, quarter", [(10, 1), (12, 1), (1, 2), (3, 2), (4, 3), (6, 3), (7, 4), (9, 4)])
def test_thai_fiscal_quarter_starts_in_october(month, quarter):
    assert formatting.fiscal_quarter(datetime.date(2026, month, 1)) == quarter


def test_quarter_and_period_labels():
    assert formatting.format_quarter(1, "th") == "ไตรมาส 1"
    assert formatting.format_quarter(datetime.date(2025, 10, 1), "en") == "Q1"
    assert formatting.format_period(SEP_1, "th") == "ก.ย. 2569 · ไตรมาส 4"
    assert formatting.format_period(SEP_1, "en") == "Sep 2026 · Q4"


def test_date_range():
    start, end = formatting.fiscal_year_bounds(2569)
    assert formatting.format_date_range(start, end, "th") == "1 ต.ค. 2568 – 30 ก.ย. 2569"
    assert formatting.format_date_range(start, end, "en") == "1 Oct 2025 – 30 Sep 2026"
    assert formatting.format_date_range(start, None, "en") == "1 Oct 2025 – …"


def test_fiscal_year_keeps_its_be_name_in_english():
    assert formatting.format_fiscal_year(2569, "en") == "FY 2569 (Oct 2025 – Sep 2026)"
    assert formatting.format_fiscal_year(2569, "th") == "ปีงบประมาณ 2569 (ต.ค. 2568 – ก.ย. 2569)"


def test_value_formats_dates_and_iso_text_and_leaves_the_rest():
    assert formatting.format_value(SEP_1, "th") == "1 ก.ย. 2569"
    assert formatting.format_value("2026-09-01", "th") == "1 ก.ย. 2569"
    assert formatting.format_value("2026-09-30T18:30:00.123+00:00", "en") == "1 Oct 2026 01:30"
    for value in ("Notebooks", "2026-99-01", "R-2026-001", 2026, None, Decimal("12.50"), True):
        assert formatting.format_value(value, "th") == value


@pytest.mark.parametrize("amount, words", [
    (0, "ศูนย์บาทถ้วน"),
    (1, "หนึ่งบาทถ้วน"),
    (11, "สิบเอ็ดบาทถ้วน"),
    (21, "ยี่สิบเอ็ดบาทถ้วน"),
    (101, "หนึ่งร้อยเอ็ดบาทถ้วน"),
    (1100, "หนึ่งพันหนึ่งร้อยบาทถ้วน"),
    (1_000_000, "หนึ่งล้านบาทถ้วน"),
    (1_000_001, "หนึ่งล้านเอ็ดบาทถ้วน"),
    (21_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
    (10**12, "หนึ่งล้านล้านบาทถ้วน"),
    ("0.25", "ยี่สิบห้าสตางค์"),
    ("0.01", "หนึ่งสตางค์"),
    (Decimal("1234567.50"), "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์"),
    ("11000011.01", "สิบเอ็ดล้านสิบเอ็ดบาทหนึ่งสตางค์"),
    ("99.995", "หนึ่งร้อยบาทถ้วน"),
    (-5, "ลบห้าบาทถ้วน"),
])
def test_baht_text(amount, words):
    assert formatting.baht_text(amount) == words


def _render(source, language, **context):
    with translation.override(language):
        return Template(source).render(Context(context))


def test_template_filters_are_built_in_and_loadable():
    source = "{{ d|be_date }}|{{ d|be_month }}|{{ d|be_quarter }}|{{ d|be_range:e }}|{{ iso|be_value }}|{{ n|baht_text }}"
    context = {"d": SEP_1, "e": datetime.date(2026, 9, 30), "iso": "2026-09-01", "n": Decimal("101.00")}
    assert _render(source, "th", **context) == ("1 ก.ย. 2569|ก.ย. 2569|ไตรมาส 4|1 ก.ย. 2569 – 30 ก.ย. 2569|"
                                                "1 ก.ย. 2569|หนึ่งร้อยเอ็ดบาทถ้วน")
    assert _render("{% load thai %}{{ d|be_month_long }} {{ 2569|be_fiscal_year }}", "en", d=SEP_1) == \
        "September 2026 FY 2569 (Oct 2025 – Sep 2026)"


def test_no_template_uses_djangos_date_filter():
    """Django's `date` writes Gregorian years in Thai too; templates use the be_* filters (or
    .isoformat for input values)."""
    from django.conf import settings

    offenders = [str(path) for path in (settings.BASE_DIR / "templates").rglob("*.*")
                 if "|date" in path.read_text(encoding="utf-8", errors="ignore")]
    assert offenders == []
