"""Which province group a page shows: the one a request names, else the user's default group."""

from django.http import Http404

from provinces.models import ProvinceGroup, default_group


def chosen_group(request):
    """?group=<id> wins (empty: every sandbox province); without it, the user's default group. An unknown
    group is a 404, as an unknown fiscal year is."""
    if "group" not in request.GET:
        return default_group(request.user)
    try:
        return named_group(request.GET["group"])
    except ValueError:
        raise Http404 from None


def group_provinces(group):
    """The group's province codes, or None (every province) when no group is chosen."""
    return None if group is None else sorted(group.provinces.values_list("code", flat=True))


def named_group(value):
    """The group whose id the text gives, None for an empty text; ValueError for anything else (the API
    answers 400: an API request names its group, no default applies)."""
    if not value:
        return None
    try:
        return ProvinceGroup.objects.get(pk=int(value))
    except (ProvinceGroup.DoesNotExist, OverflowError) as exc:
        raise ValueError(value) from exc
