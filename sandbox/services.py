"""Writes of single objects, shared by pages and API: validate, re-check access, save.

`if_match` is what an API client sent in If-Match (None from the pages): it is compared with
the row's version after the row is locked, in the transaction that writes it, so no other
write can slip in between the comparison and the save.
"""

import contextvars
import functools

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from sandbox.access import require
from sandbox.row_version import check_if_match


def save_object(user, instance, if_match=None):
    """Validate and save one row. The user must be allowed the row as it was and as it will be.

    Raises ValidationError (bad input), PermissionDenied (outside the user's scope) or
    StaleVersion (If-Match names an older version); nothing is written in any case.
    """
    adding = instance._state.adding
    with transaction.atomic():
        if not adding:
            current = lock(instance)
            require(user, "change", current)
            check_if_match(current, _if_match_for(current, if_match))
        instance.full_clean()
        require(user, "add" if adding else "change", instance)
        instance.save()
    return instance


def delete_object(user, instance, if_match=None):
    with transaction.atomic():
        current = lock(instance)
        require(user, "delete", current)
        check_if_match(current, _if_match_for(current, if_match))
        try:
            current.delete()
        except (ProtectedError, RestrictedError) as exc:
            raise ValidationError(
                _("This record cannot be deleted because other records refer to it.")
            ) from exc


def lock(instance):
    """The row as the database holds it, locked until the end of the transaction."""
    return type(instance)._base_manager.select_for_update().get(pk=instance.pk)


def versioned(write):
    """Gives If-Match to a service `write(user, instance, *args)` that takes none itself but saves or
    deletes the row through save_object/delete_object: those compare it, under the row lock and
    in the service's own lock order.
    """

    @functools.wraps(write)
    def write_if_match(user, instance, *args, if_match=None, **kwargs):
        if not if_match or instance._state.adding:
            return write(user, instance, *args, **kwargs)
        key = (instance._meta.label, instance.pk)
        expected = {key: if_match}
        token = _expected.set(expected)
        try:
            with transaction.atomic():
                result = write(user, instance, *args, **kwargs)
                if key in expected:
                    raise ImproperlyConfigured(f"{write.__qualname__} never wrote through save_object or "
                                               "delete_object, so If-Match was not compared.")
        finally:
            _expected.reset(token)
        return result

    return write_if_match


def lock_and_check(instance, if_match):
    """Lock the row and compare If-Match, for a write that goes through neither save_object nor
    delete_object; call it inside the write's transaction, taking the locks in the write's order."""
    if if_match and not instance._state.adding:
        check_if_match(lock(instance), if_match)


_expected = contextvars.ContextVar("expected_versions", default=None)


def _if_match_for(current, if_match):
    expected = _expected.get()
    if if_match or not expected:
        return if_match
    return expected.pop((current._meta.label, current.pk), None)
