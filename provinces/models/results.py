"""The developmental-evaluation chain of a sandbox area: DOE → KRA → KPI (targets, values) → ACT."""

from decimal import Decimal
from typing import NamedTuple

import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models.strategy import be_year_field
from sandbox.access import ADMIN, OFFICES, RestrictedQuerySet, Role, Rules
from sandbox.models import BaseModel
from sandbox.money import plain_number
from sandbox.uploads import UploadRule

EVIDENCE = UploadRule(["pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx"])


def measure_field(verbose_name, **kwargs):
    """A KPI's target or value: a figure in its own unit, not baht."""
    return plain_number(models.DecimalField(verbose_name, max_digits=14, decimal_places=2, **kwargs))


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
    strategy = models.ForeignKey("provinces.Strategy", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="key_result_areas", verbose_name=_("strategy version"))
    strategy_number = models.PositiveSmallIntegerField(
        _("strategy served"), null=True, blank=True,
        help_text=_("The number of the strategy in that version's list (1 for the first)."))

    access = Rules(province="outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("key result area (KRA)")
        verbose_name_plural = _("key result areas (KRA)")
        ordering = ["outcome_id", "position", "code"]

    def get_absolute_url(self):
        return reverse("provinces:kra-detail", args=[self.pk])

    @property
    def strategy_served(self):
        """The text of the strategy this area serves, or ""."""
        if not self.strategy_id or not self.strategy_number:
            return ""
        items = self.strategy.strategies
        return items[self.strategy_number - 1] if self.strategy_number <= len(items) else ""

    def clean(self):
        errors = {}
        if self.strategy_id and self.outcome_id and self.strategy.province_id != self.outcome.province_id:
            errors["strategy"] = _("The strategy belongs to another province.")
        elif self.strategy_id and not self.strategy_number:
            errors["strategy_number"] = _("Say which of the version's strategies this area serves.")
        elif self.strategy_number and not self.strategy_id:
            errors["strategy"] = _("Choose the strategy version first.")
        elif self.strategy_id and self.strategy_number > len(self.strategy.strategies):
            errors["strategy_number"] = _("That version has %(count)s strategies.") % {
                "count": len(self.strategy.strategies)}
        if errors:
            raise ValidationError(errors)


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


class ValueStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted to SBN")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged by SBN")
    RETURNED = "returned", _("Returned for correction")


# A value can be edited only before SBN has it, or after SBN returned it.
EDITABLE_VALUE_STATUSES = frozenset({ValueStatus.DRAFT, ValueStatus.RETURNED})


class IndicatorValueQuerySet(RestrictedQuerySet):
    def awaiting(self, user):
        """What the user must act on next: SBN acknowledges submitted values; a province office submits its
        drafts and corrects what was returned (one person per step: never the submitter's own values)."""
        from sandbox.access import assignments

        if not getattr(user, "is_authenticated", False):
            return self.none()
        roles = {a.role for a in assignments(user)}
        condition = models.Q(pk__in=[])
        if user.is_superuser or Role.SBN_ADMIN in roles:
            condition |= models.Q(status=ValueStatus.SUBMITTED) & ~models.Q(submitted_by=user)
        if Role.PROVINCE_OFFICER in roles:
            mine = self.restrict(user, "change").values("pk")
            condition |= models.Q(pk__in=mine, status__in=EDITABLE_VALUE_STATUSES)
        return self.filter(condition)


@pghistory.track()
class IndicatorValue(BaseModel):
    """The value an indicator actually reached in one fiscal year, with its evidence and SBN's review."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values",
                                  verbose_name=_("indicator"))
    fiscal_year = be_year_field(_("fiscal year"))
    value = measure_field(_("measured value"))
    measured_on = models.DateField(_("measured on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    evidence_file = models.FileField(_("evidence (file)"), upload_to="provinces/evidence/%Y/", blank=True,
                                     max_length=200, validators=[EVIDENCE])
    evidence_link = models.URLField(_("evidence (link)"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=ValueStatus.choices, default=ValueStatus.DRAFT,
                              editable=False)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", editable=False, verbose_name=_("submitted by"))
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", editable=False, verbose_name=_("reviewed by"))
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True, editable=False)
    return_reason = models.TextField(_("reason for return"), blank=True, editable=False)

    access = Rules(province="indicator__kra__outcome__province", add=OFFICES, change=OFFICES, delete=OFFICES,
                   extra={"submit": OFFICES, "review": ADMIN})

    objects = IndicatorValueQuerySet.as_manager()

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

    @property
    def is_editable(self):
        return self.status in EDITABLE_VALUE_STATUSES

    @property
    def has_evidence(self):
        return bool(self.evidence_file or self.evidence_link)

    def clean(self):
        if self.indicator_id and self.fiscal_year and not IndicatorTarget.objects.filter(
                indicator_id=self.indicator_id, fiscal_year=self.fiscal_year).exists():
            raise ValidationError({"fiscal_year": _(
                "Fiscal year %(year)s is not in this indicator's plan: set a target for that year first."
            ) % {"year": self.fiscal_year}})
        if self.evidence_file and self.evidence_link:
            raise ValidationError({"evidence_link": _("Give either an evidence file or a link, not both.")})


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
