"""Writes of single objects, shared by pages and API: validate, re-check access, save."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from sandbox.access import require


def save_object(user, instance):
    """Validate and save one row. The user must be allowed the row as it was and as it will be.

    Raises ValidationError (bad input) or PermissionDenied (outside the user's scope);
    nothing is written in either case.
    """
    adding = instance._state.adding
    with transaction.atomic():
        if not adding:
            current = type(instance).objects.select_for_update().get(pk=instance.pk)
            require(user, "change", current)
        instance.full_clean()
        require(user, "add" if adding else "change", instance)
        instance.save()
    return instance


def delete_object(user, instance):
    with transaction.atomic():
        current = type(instance).objects.select_for_update().get(pk=instance.pk)
        require(user, "delete", current)
        try:
            current.delete()
        except (ProtectedError, RestrictedError) as exc:
            raise ValidationError(
                _("This record cannot be deleted because other records refer to it.")
            ) from exc
