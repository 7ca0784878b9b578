"""The version of a row: a counter the database bumps on every UPDATE, whoever sends it.

The ETag of an API object derives from it, so an update made outside the portal (a shell's
QuerySet.update(), a script, a migration) makes an older ETag stale as surely as an API write.
"""

import copy
import hashlib

import pgtrigger
from django.db import models
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sandbox.errors import StaleVersion

BUMP = pgtrigger.Trigger(
    name="bump_row_version",
    when=pgtrigger.Before,
    operation=pgtrigger.Update,
    func="NEW.row_version := OLD.row_version + 1; RETURN NEW;",
)


class AnyChangeButVersion(pgtrigger.AnyChange):
    """The audit trail's update condition: a change to any tracked field but the version, which the
    database bumps on every UPDATE, so that an UPDATE that changes nothing records nothing."""

    def __init__(self):
        super().__init__(exclude=["row_version"])

    def resolve(self, model):
        names = {field.name for field in model._meta.fields}
        condition = copy.copy(self)
        condition.exclude = [name for name in self.exclude if name in names]
        return super(AnyChangeButVersion, condition).resolve(model)


class RowVersionField(models.PositiveBigIntegerField):
    """On save() of an existing row the UPDATE leaves the column to the trigger and reads the
    bumped value back (RETURNING), so the instance carries the version the database holds."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("verbose_name", gettext_lazy("version"))
        kwargs.setdefault("default", 1)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        if add:
            return super().pre_save(model_instance, add)
        return F(self.attname)


def etag_of(obj):
    digest = hashlib.sha256(f"{obj._meta.label}:{obj.pk}:{obj.row_version}".encode()).hexdigest()
    return f'"{digest[:32]}"'


def check_if_match(current, if_match):
    """Raise StaleVersion unless If-Match names the row's current version (or is "*").

    `current` must be the row as read under its lock, in the transaction that writes it.
    """
    if not if_match:
        return
    tags = {tag.strip() for tag in if_match.split(",")}
    etag = etag_of(current)
    if "*" not in tags and etag not in tags and etag.strip('"') not in tags:
        raise StaleVersion(_("This record was changed by someone else since you read it; reload it and try again."))
