
import pghistory
import pghistory.models
import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import ADMIN, NATION, OFFICES, ROLE_LEVEL, RestrictedQuerySet, Role, Rules
from sandbox.row_version import BUMP, RowVersionField


class BaseModel(models.Model):
    """Every domain row: creation and update times, its version, and the restricted manager."""

    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    row_version = RowVersionField()

    objects = RestrictedQuerySet.as_manager()

    class Meta:
        abstract = True


@receiver(class_prepared)
def _bump_row_version(sender, **kwargs):
    """Each concrete table gets its own trigger: a trigger in an abstract Meta would be lost by
    every subclass that declares a Meta of its own."""
    if issubclass(sender, BaseModel) and not sender._meta.abstract and not sender._meta.proxy:
        pgtrigger.register(BUMP)(sender)


@receiver(class_prepared)
def _index_events_in_time_order(sender, **kwargs):
    """Each audit event table gets a (pgh_created_at, pgh_id) index: the trail's newest events are read from
    each table's index (sandbox.newest_events) instead of sorting a table that grows with every write.
    Here rather than in a base event model, whose Meta the generated event models would not inherit."""
    if issubclass(sender, pghistory.models.Event) and not sender._meta.abstract and not sender._meta.proxy:
        index = models.Index(fields=["pgh_created_at", "pgh_id"])
        index.set_name_with_model(sender)
        sender._meta.indexes = [*sender._meta.indexes, index]
        sender._meta.original_attrs["indexes"] = sender._meta.indexes  # what migrations read


@pghistory.track()
class RoleAssignment(BaseModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_assignments", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    province = models.ForeignKey(
        "provinces.Province", null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("province")
    )
    agency = models.ForeignKey(
        "schools.Agency", null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("agency")
    )
    school = models.ForeignKey(
        "schools.PilotSchool", null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("school")
    )

    # Assignments are managed by SBN, and by province officers for users inside their province:
    # a province-level assignment, or one to an agency or a school in that province.
    access = Rules(province=("province", "agency__province", "school__province"), view=OFFICES,
                   add=OFFICES, change=ADMIN, delete=OFFICES)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["user_id", "role"]
        constraints = [
            models.CheckConstraint(
                name="role_scope_matches_level",
                condition=(
                    models.Q(role__in=["sbn_admin", "sbn_viewer"], province__isnull=True, agency__isnull=True,
                             school__isnull=True)
                    | models.Q(role="province_officer", province__isnull=False, agency__isnull=True,
                               school__isnull=True)
                    | models.Q(role="agency_supervisor", province__isnull=True, agency__isnull=False,
                               school__isnull=True)
                    | models.Q(role__in=["school_director", "school_staff"], province__isnull=True,
                               agency__isnull=True, school__isnull=False)
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "province", "agency", "school"],
                nulls_distinct=False,
                name="unique_role_assignment",
            ),
        ]

    def __str__(self):
        scope = self.scope
        return f"{self.user} — {self.get_role_display()}" + (f" ({scope})" if scope else "")

    def get_absolute_url(self):
        return reverse("account-role", args=[self.pk])

    @property
    def level(self):
        return ROLE_LEVEL[self.role]

    @property
    def scope_id(self):
        return {NATION: None, "province": self.province_id, "agency": self.agency_id,
                "school": self.school_id}[self.level]

    @property
    def scope(self):
        return {NATION: None, "province": self.province, "agency": self.agency, "school": self.school}[self.level]

    def clean(self):
        level = ROLE_LEVEL.get(self.role)
        needed = {"province": self.province_id, "agency": self.agency_id, "school": self.school_id}
        errors = {}
        for name, value in needed.items():
            if level == name and value is None:
                errors[name] = _("This role needs a %(scope)s.") % {"scope": name}
            if level != name and value is not None:
                errors[name] = _("This role is not scoped to a %(scope)s.") % {"scope": name}
        if errors:
            raise ValidationError(errors)


class IdempotencyKey(models.Model):
    """A POST's Idempotency-Key and the response it produced, so that a retry replays it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField(null=True)
    response = models.JSONField(null=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="idempotency_key_once_per_user")]

    def __str__(self):
        return self.key
