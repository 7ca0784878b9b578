"""Named groups of sandbox provinces, such as the ten an assistant secretary-general of OBEC oversees."""

import pghistory
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import ADMIN, Rules
from sandbox.models import BaseModel


@pghistory.track()
class ProvinceGroup(BaseModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    overseer = models.CharField(_("overseen by"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    provinces = models.ManyToManyField("provinces.Province", related_name="groups", verbose_name=_("provinces"),
                                       limit_choices_to={"is_sandbox": True})

    access = Rules(add=ADMIN, change=ADMIN, delete=ADMIN)

    class Meta:
        verbose_name = _("province group")
        verbose_name_plural = _("province groups")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("provinces:group-detail", args=[self.pk])


@pghistory.track()
class ProvinceGroupPreference(BaseModel):
    """The group a user's province-level lists, dashboards and reports open with."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="province_group_preference", verbose_name=_("user"))
    group = models.ForeignKey(ProvinceGroup, on_delete=models.CASCADE, related_name="+",
                              verbose_name=_("default province group"))

    # Each user sets their own through provinces.services.set_default_group; nobody else reads it.
    access = Rules(view=frozenset(), add=frozenset(), change=frozenset(), delete=frozenset())

    class Meta:
        verbose_name = _("default province group")
        verbose_name_plural = _("default province groups")

    def __str__(self):
        return f"{self.user} → {self.group}"


def default_group(user):
    """The user's default province group, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    cached = getattr(user, "_default_province_group", False)
    if cached is False:
        preference = ProvinceGroupPreference.objects.filter(user=user).select_related("group").first()
        cached = preference.group if preference else None
        user._default_province_group = cached
    return cached
