import pghistory
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sandbox.access import ADMIN, RestrictedQuerySet, Rules
from sandbox.collation import ThaiOrder
from sandbox.models import BaseModel


class Cohort(models.IntegerChoices):
    FIRST = 1, _("First cohort (2018–2019)")
    SECOND = 2, _("Second cohort (2022)")
    THIRD = 3, _("Third cohort (2024)")


class LocalizedNameMixin:
    @property
    def name(self):
        return self.name_en if (get_language() or "th").startswith("en") and self.name_en else self.name_th


class ProvinceQuerySet(RestrictedQuerySet):
    def with_stage(self):
        """Annotate `stage_rank`: the furthest designation step completed (0 when none)."""
        from provinces.models.designation import stage_rank_subquery

        return self.annotate(stage_rank=stage_rank_subquery())


@pghistory.track()
class Province(LocalizedNameMixin, BaseModel):
    """One of Thailand's 77 provinces, keyed by its 2-digit DOPA code."""

    code = models.CharField(_("DOPA code"), max_length=2, primary_key=True)
    name_th = models.CharField(_("name (Thai)"), max_length=100, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    is_sandbox = models.BooleanField(_("sandbox area"), default=False, db_index=True)
    cohort = models.PositiveSmallIntegerField(_("cohort"), choices=Cohort.choices, null=True, blank=True)

    access = Rules(province="code", change=frozenset(ADMIN))

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = [ThaiOrder("name_th")]
        constraints = [
            models.CheckConstraint(name="province_code_two_digits", condition=models.Q(code__regex=r"^[0-9]{2}$")),
            models.CheckConstraint(
                name="cohort_only_for_sandbox", condition=models.Q(is_sandbox=True) | models.Q(cohort__isnull=True)
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("provinces:detail", args=[self.code])

    @property
    def stage(self):
        """The furthest designation step completed, as a MilestoneKind (None when none is recorded)."""
        from provinces.models.designation import stage_for_rank

        rank = getattr(self, "stage_rank", None)
        if rank is None:
            rank = type(self).objects.with_stage().values_list("stage_rank", flat=True).get(pk=self.pk)
        return stage_for_rank(rank)


class District(LocalizedNameMixin, models.Model):
    """An amphoe; reference data, not edited in the portal."""

    code = models.CharField(_("code"), max_length=4, primary_key=True)
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="districts",
                                 verbose_name=_("province"))
    name_th = models.CharField(_("name (Thai)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["province_id", ThaiOrder("name_th")]

    def __str__(self):
        return self.name
