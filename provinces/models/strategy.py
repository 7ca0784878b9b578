import pghistory
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models.geography import Cohort
from sandbox.access import OFFICES, Rules
from sandbox.models import BaseModel

# BE years the portal accepts: the Act dates from 2562; earlier steps of the first cohort from 2561.
YEAR_VALIDATORS = [MinValueValidator(2550), MaxValueValidator(2650)]


def be_year_field(verbose_name, **kwargs):
    return models.PositiveSmallIntegerField(verbose_name, validators=YEAR_VALIDATORS,
                                            help_text=_("Buddhist Era year, e.g. 2567"), **kwargs)


def ordered_list(verbose_name):
    return ArrayField(models.TextField(), verbose_name=verbose_name, default=list, blank=True)


@pghistory.track()
class Strategy(BaseModel):
    """A province's sandbox strategy for one year; each year is a new version, earlier ones are kept."""

    province = models.ForeignKey("provinces.Province", on_delete=models.CASCADE, related_name="strategies",
                                 verbose_name=_("province"))
    year = be_year_field(_("year"))
    vision = models.TextField(_("vision"))
    missions = ordered_list(_("missions"))
    goals = ordered_list(_("goals"))
    strategies = ordered_list(_("strategies"))
    approaches = ordered_list(_("approaches under section 5 of the Act"))

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        ordering = ["province_id", "-year"]
        constraints = [models.UniqueConstraint(fields=["province", "year"], name="one_strategy_per_province_year",
                                               violation_error_message=_("This province already has a strategy "
                                                                         "for that year; edit it instead."))]

    def __str__(self):
        return _("Strategy %(year)s") % {"year": self.year}

    def get_absolute_url(self):
        return reverse("provinces:strategy-detail", args=[self.pk])

    def clean(self):
        errors = {}
        for name in ("missions", "goals", "strategies", "approaches"):
            items = [item.strip() for item in getattr(self, name) or []]
            if any(not item for item in items):
                errors[name] = _("Items cannot be empty.")
            setattr(self, name, items)
        if errors:
            raise ValidationError(errors)


@pghistory.track()
class OutcomeSummary(BaseModel):
    """What a first-cohort area learned in one year: what worked, innovations, strengths, weaknesses."""

    province = models.ForeignKey("provinces.Province", on_delete=models.CASCADE, related_name="outcome_summaries",
                                 verbose_name=_("province"))
    year = be_year_field(_("year"))
    what_worked = models.TextField(_("what worked"))
    innovations = models.TextField(_("innovations"), blank=True)
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    experience = models.TextField(_("experience"), blank=True)
    shortcomings = models.TextField(_("shortcomings"), blank=True)

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("outcome summary")
        verbose_name_plural = _("outcome summaries")
        ordering = ["province_id", "-year"]
        constraints = [models.UniqueConstraint(fields=["province", "year"], name="one_summary_per_province_year",
                                               violation_error_message=_("This province already has an outcome "
                                                                         "summary for that year."))]

    def __str__(self):
        return _("Outcome summary %(year)s") % {"year": self.year}

    def get_absolute_url(self):
        return reverse("provinces:summary-detail", args=[self.pk])

    def clean(self):
        if self.province_id and self.province.cohort != Cohort.FIRST:
            raise ValidationError({"province": _("Outcome summaries are kept for the first-cohort areas only.")})


@pghistory.track()
class SummaryCall(BaseModel):
    """SBN's call for the first-cohort areas' outcome summaries of one year: when they are due."""

    year = be_year_field(_("year"), unique=True)
    due_date = models.DateField(_("due date"))
    note = models.TextField(_("note"), blank=True)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True, editable=False)

    access = Rules()

    class Meta:
        verbose_name = _("outcome summary call")
        verbose_name_plural = _("outcome summary calls")
        ordering = ["-year"]

    def __str__(self):
        return _("Outcome summaries %(year)s") % {"year": self.year}

    def get_absolute_url(self):
        return reverse("provinces:summary-status") + f"?year={self.year}"
