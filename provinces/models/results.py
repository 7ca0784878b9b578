"""The developmental-evaluation chain of a sandbox area: DOE → KRA → KPI (targets, values) → ACT."""

from decimal import Decimal
from typing import NamedTuple

import pghistory
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models.strategy import be_year_field
from sandbox.access import OFFICES, Rules
from sandbox.models import BaseModel


def measure_field(verbose_name, **kwargs):
    return models.DecimalField(verbose_name, max_digits=14, decimal_places=2, **kwargs)


class ChainLink(BaseModel):
    code = models.CharField(_("code"), max_length=20, help_text=_("e.g. DOE1, KRA1.2, KPI1.2.1"))
    title = models.CharField(_("title"), max_length=500)
    position = models.PositiveSmallIntegerField(_("order"), default=1)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.code} {self.title}"


@pghistory.track()
class DesiredOutcome(ChainLink):
    """A desired outcome of education (DOE) the province sets for its learners."""

    province = models.ForeignKey("provinces.Province", on_delete=models.CASCADE, related_name="desired_outcomes",
                                 verbose_name=_("province"))
    description = models.TextField(_("description"), blank=True)

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("desired outcome (DOE)")
        verbose_name_plural = _("desired outcomes (DOE)")
        ordering = ["province_id", "position", "code"]
        constraints = [models.UniqueConstraint(fields=["province", "code"], name="unique_doe_code",
                                               violation_error_message=_("This code is already used in the "
                                                                         "province."))]

    def get_absolute_url(self):
        return reverse("provinces:outcome-detail", args=[self.pk])


@pghistory.track()
class KeyResultArea(ChainLink):
    """A key result area (KRA) that serves one desired outcome."""

    outcome = models.ForeignKey(DesiredOutcome, on_delete=models.PROTECT, related_name="key_result_areas",
                                verbose_name=_("desired outcome"))

    access = Rules(province="outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("key result area (KRA)")
        verbose_name_plural = _("key result areas (KRA)")
        ordering = ["outcome_id", "position", "code"]

    def get_absolute_url(self):
        return reverse("provinces:kra-detail", args=[self.pk])


class Direction(models.TextChoices):
    UP = "up", _("Higher is better")
    DOWN = "down", _("Lower is better")


@pghistory.track()
class Indicator(ChainLink):
    """A key performance indicator (KPI) of a key result area, with a target for each fiscal year."""

    kra = models.ForeignKey(KeyResultArea, on_delete=models.PROTECT, related_name="indicators",
                            verbose_name=_("key result area"))
    unit = models.CharField(_("unit"), max_length=50, help_text=_("e.g. percent, schools, points"))
    baseline = measure_field(_("baseline"), null=True, blank=True)
    baseline_year = be_year_field(_("baseline year"), null=True, blank=True)
    direction = models.CharField(_("direction"), max_length=4, choices=Direction.choices, default=Direction.UP)

    access = Rules(province="kra__outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("indicator (KPI)")
        verbose_name_plural = _("indicators (KPI)")
        ordering = ["kra_id", "position", "code"]

    def get_absolute_url(self):
        return reverse("provinces:indicator-detail", args=[self.pk])

    def is_met(self, target, actual):
        return actual >= target if self.direction == Direction.UP else actual <= target

    def yearly(self):
        """(fiscal year, target, actual, on track) for every year with a target; uses prefetched rows."""
        actuals = {v.fiscal_year: v.value for v in self.values.all()}
        rows = []
        for target in sorted(self.targets.all(), key=lambda t: t.fiscal_year):
            actual = actuals.get(target.fiscal_year)
            met = None if actual is None else self.is_met(target.target, actual)
            rows.append(YearRow(target.fiscal_year, target.target, actual, met))
        return rows

    def off_track(self, rows=None):
        """Off track when the latest year that has a measured value missed its target."""
        measured = [row for row in (self.yearly() if rows is None else rows) if row.on_track is not None]
        return bool(measured) and not measured[-1].on_track


class YearRow(NamedTuple):
    fiscal_year: int
    target: Decimal
    actual: Decimal | None
    on_track: bool | None  # None while nothing is measured


@pghistory.track()
class IndicatorTarget(BaseModel):
    """The value an indicator should reach in one fiscal year (BE)."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets",
                                  verbose_name=_("indicator"))
    fiscal_year = be_year_field(_("fiscal year"))
    target = measure_field(_("target"))

    access = Rules(province="indicator__kra__outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("indicator target")
        verbose_name_plural = _("indicator targets")
        ordering = ["indicator_id", "fiscal_year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "fiscal_year"], name="one_target_per_year",
                                               violation_error_message=_("This indicator already has a target for "
                                                                         "that fiscal year."))]

    def __str__(self):
        return _("Target FY %(year)s") % {"year": self.fiscal_year}

    def get_absolute_url(self):
        return reverse("provinces:target-detail", args=[self.pk])


@pghistory.track()
class IndicatorValue(BaseModel):
    """The value an indicator actually reached in one fiscal year."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values",
                                  verbose_name=_("indicator"))
    fiscal_year = be_year_field(_("fiscal year"))
    value = measure_field(_("measured value"))
    measured_on = models.DateField(_("measured on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    access = Rules(province="indicator__kra__outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator_id", "fiscal_year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "fiscal_year"], name="one_value_per_year",
                                               violation_error_message=_("A value is already recorded for that "
                                                                         "fiscal year; edit it instead."))]

    def __str__(self):
        return _("Value FY %(year)s") % {"year": self.fiscal_year}

    def get_absolute_url(self):
        return reverse("provinces:value-detail", args=[self.pk])

    def clean(self):
        if self.indicator_id and self.fiscal_year and not IndicatorTarget.objects.filter(
                indicator_id=self.indicator_id, fiscal_year=self.fiscal_year).exists():
            raise ValidationError({"fiscal_year": _(
                "Fiscal year %(year)s is not in this indicator's plan: set a target for that year first."
            ) % {"year": self.fiscal_year}})


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


@pghistory.track()
class Action(BaseModel):
    """An action (ACT) the province takes to move an indicator."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="actions",
                                  verbose_name=_("indicator"))
    title = models.CharField(_("title"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    fiscal_year = be_year_field(_("fiscal year"))
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.PLANNED)

    access = Rules(province="indicator__kra__outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("action (ACT)")
        verbose_name_plural = _("actions (ACT)")
        ordering = ["indicator_id", "fiscal_year", "id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("provinces:action-detail", args=[self.pk])
