"""Template filters over sandbox.formatting: Buddhist Era in Thai, Gregorian in English.

Also part of the `portal` built-in library, so `{% load thai %}` is optional. Use these rather than
Django's `date`, which writes Gregorian years in every language.
"""

from django import template

from sandbox import formatting

register = template.Library()


@register.filter
def be_date(value):
    return formatting.format_date(value)


@register.filter
def be_date_long(value):
    return formatting.format_date(value, long=True)


@register.filter
def be_month(value):
    return formatting.format_month(value)


@register.filter
def be_month_long(value):
    return formatting.format_month(value, long=True)


@register.filter
def be_quarter(value):
    """A fiscal quarter number or a date: ไตรมาส 1 / Q1."""
    return "" if value in (None, "") else formatting.format_quarter(value)


@register.filter
def be_period(value):
    return formatting.format_period(value) if value else ""


@register.filter
def be_range(start, end):
    """{{ start|be_range:end }} → 1 ต.ค. 2568 – 30 ก.ย. 2569."""
    return formatting.format_date_range(start, end)


@register.filter
def be_fiscal_year(value):
    """A fiscal year (object or BE number) by its official name with its months."""
    return formatting.format_fiscal_year(int(getattr(value, "year", value)))


@register.filter
def be_value(value):
    """Any table or history value: dates (also ISO text) in the reader's calendar, others unchanged."""
    return formatting.format_value(value)


@register.filter
def baht_text(value):
    return "" if value in (None, "") else formatting.baht_text(value)
