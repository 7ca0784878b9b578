from django import template
from django.urls import NoReverseMatch, reverse

from sandbox import formatting
from sandbox.templatetags import thai

register = template.Library()
register.filters.update(thai.register.filters)


@register.filter
def thaidate(value):
    return formatting.format_date(value)


@register.filter
def thaidate_long(value):
    return formatting.format_date(value, long=True)


@register.filter
def baht(value):
    return formatting.format_baht(value)


@register.filter
def attr(obj, name):
    """Read a dotted attribute for generic tables; calls get_FOO_display for choices."""
    for part in name.split("."):
        if obj is None:
            return ""
        display = getattr(obj, f"get_{part}_display", None)
        obj = display() if display else getattr(obj, part, "")
        if callable(obj):
            obj = obj()
    return obj


@register.simple_tag(takes_context=True)
def querystring_replace(context, **kwargs):
    """The current query string with some parameters replaced (pagination, sorting)."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return "?" + query.urlencode() if query else "?"


@register.simple_tag
def url_or_empty(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""
