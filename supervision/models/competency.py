"""The school-director competency assessment: rounds, criteria with levelled rubrics, and assessments."""

from decimal import ROUND_HALF_UP, Decimal

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models import LocalizedNameMixin
from sandbox.access import ADMIN, Role, Rules
from sandbox.models import BaseModel
from sandbox.money import plain_number


@pghistory.track()
class CompetencyRound(LocalizedNameMixin, BaseModel):
    """One round of the assessment (for example the 2567 round), set up by SBN."""

    name_th = models.CharField(_("title (Thai)"), max_length=300)
    name_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(_("year (BE)"), validators=[MinValueValidator(2560),
                                                                       MaxValueValidator(2700)])
    description = models.TextField(_("description"), blank=True)
    is_open = models.BooleanField(_("open for assessment"), default=True)

    access = Rules()

    class Meta:
        verbose_name = _("competency assessment round")
        verbose_name_plural = _("competency assessment rounds")
        ordering = ["-year", "name_th"]

    def __str__(self):
        return f"{self.name} ({self.year})"

    def get_absolute_url(self):
        return reverse("supervision:round-detail", args=[self.pk])

    def components(self):
        return CompetencyComponent.objects.filter(criterion__round=self).order_by(
            "criterion__order", "criterion_id", "order", "id")


class RubricLockMixin:
    """A rubric cannot change once assessments exist: stored levels would change their meaning."""

    def _round(self):
        raise NotImplementedError

    def clean(self):
        round_ = self._round()
        if round_ is not None and round_.pk and round_.assessments.exists():
            raise ValidationError(_("This round has assessments; its criteria and levels are locked."))


@pghistory.track()
class CompetencyCriterion(RubricLockMixin, BaseModel):
    round = models.ForeignKey(CompetencyRound, on_delete=models.CASCADE, related_name="criteria",
                              verbose_name=_("round"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("criterion"), max_length=300)

    access = Rules()

    class Meta:
        verbose_name = _("competency criterion")
        verbose_name_plural = _("competency criteria")
        ordering = ["round_id", "order", "id"]

    def __str__(self):
        return f"{self.order}. {self.title}"

    def get_absolute_url(self):
        return reverse("supervision:round-detail", args=[self.round_id]) + f"#criterion-{self.pk}"

    def _round(self):
        return self.round if self.round_id else None


@pghistory.track()
class CompetencyComponent(RubricLockMixin, BaseModel):
    """A component of a criterion, with a description of each level, lowest first."""

    criterion = models.ForeignKey(CompetencyCriterion, on_delete=models.CASCADE, related_name="components",
                                  verbose_name=_("criterion"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("component"), max_length=300)
    levels = ArrayField(models.TextField(), verbose_name=_("level descriptions"), default=list,
                        help_text=_("One description per level, level 1 first."))

    access = Rules()

    class Meta:
        verbose_name = _("competency component")
        verbose_name_plural = _("competency components")
        ordering = ["criterion_id", "order", "id"]

    def __str__(self):
        return f"{self.criterion.order}.{self.order} {self.title}" if self.criterion_id else self.title

    def get_absolute_url(self):
        return reverse("supervision:round-detail", args=[self.criterion.round_id]) + f"#component-{self.pk}"

    def _round(self):
        return self.criterion.round if self.criterion_id else None

    def clean(self):
        super().clean()
        self.levels = [level.strip() for level in self.levels or []]
        if len(self.levels) < 2 or any(not level for level in self.levels):
            raise ValidationError({"levels": _("Describe at least two levels, none of them empty.")})


class AssessmentKind(models.TextChoices):
    SELF = "self", _("Director's self-assessment")
    ASSESSOR = "assessor", _("Assessor's assessment")


# Personal: the director's school, its supervisors (the assessors), the province office and SBN read it;
# staff of the school and other schools do not.
ASSESSMENT_READERS = frozenset({Role.SBN_ADMIN, Role.SBN_VIEWER, Role.PROVINCE_OFFICER, Role.AGENCY_SUPERVISOR,
                                Role.SCHOOL_DIRECTOR})
ASSESSMENT_WRITERS = frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR, Role.AGENCY_SUPERVISOR})
CENT = Decimal("0.01")


@pghistory.track()
class CompetencyAssessment(BaseModel):
    """One assessment of a school's director in one round: by the director, or by an assessor."""

    round = models.ForeignKey(CompetencyRound, on_delete=models.PROTECT, related_name="assessments",
                              verbose_name=_("round"))
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="competency_assessments",
                               verbose_name=_("school"))
    director_name = models.CharField(_("director assessed"), max_length=200)
    kind = models.CharField(_("assessment"), max_length=10, choices=AssessmentKind.choices)
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", editable=False, verbose_name=_("assessed by"))
    levels = models.JSONField(_("levels"), default=dict, blank=True,
                              help_text=_("The level chosen for each component: {component id: level}."))
    score = plain_number(models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True, editable=False,
                                help_text=_("Levels reached as a percentage of the highest levels.")))
    comment = models.TextField(_("comment"), blank=True)

    access = Rules(province="school__province", agency="school__agency", school="school", view=ASSESSMENT_READERS,
                   add=ASSESSMENT_WRITERS, change=ASSESSMENT_WRITERS, delete=ADMIN,
                   extra={"self": frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR}),
                          "assessor": frozenset({Role.SBN_ADMIN, Role.AGENCY_SUPERVISOR})})

    class Meta:
        verbose_name = _("competency assessment")
        verbose_name_plural = _("competency assessments")
        ordering = ["round_id", "school_id", "kind"]
        constraints = [models.UniqueConstraint(fields=["round", "school", "kind"], name="one_assessment_per_kind",
                                               violation_error_message=_("This school already has this assessment "
                                                                         "in the round; edit it instead."))]

    def __str__(self):
        return f"{self.director_name} — {self.get_kind_display()}"

    def get_absolute_url(self):
        return reverse("supervision:assessment-detail", args=[self.pk])

    def clean(self):
        if not self.round_id:
            return
        components = {str(c.pk): c for c in self.round.components()}
        chosen, errors = {}, []
        for key, value in (self.levels or {}).items():
            component = components.get(str(key))
            if component is None:
                errors.append(_("Component %(id)s is not part of this round.") % {"id": key})
                continue
            try:
                level = int(value)
            except (TypeError, ValueError):
                level = 0
            if not 1 <= level <= len(component.levels):
                errors.append(_("%(component)s: choose a level from 1 to %(top)s.") % {
                    "component": component.title, "top": len(component.levels)})
                continue
            chosen[str(key)] = level
        if errors:
            raise ValidationError({"levels": errors})
        self.levels = chosen
        top = sum(len(components[key].levels) for key in chosen)
        self.score = (Decimal(sum(chosen.values())) * 100 / top).quantize(CENT, ROUND_HALF_UP) if top else None
