"""SBN's readiness questionnaire and the answers of directors and supervisors."""

from decimal import Decimal

import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models import LocalizedNameMixin
from sandbox.access import ADMIN, ALL_ROLES, Role, Rules
from sandbox.models import BaseModel
from sandbox.money import plain_number

WEIGHT = {"max_digits": 6, "decimal_places": 2, "default": 1,
          "validators": [MinValueValidator(Decimal("0.01"))]}


class RespondentRole(models.TextChoices):
    DIRECTOR = "director", _("School director")
    SUPERVISOR = "supervisor", _("Affiliation office supervisor")


class LockedOnceAnsweredMixin:
    """Sections and questions cannot change once answers exist: stored scores would no longer add up."""

    def _questionnaire(self):
        raise NotImplementedError

    def clean(self):
        questionnaire = self._questionnaire()
        if questionnaire is not None and questionnaire.pk and questionnaire.responses.exists():
            raise ValidationError(_("This questionnaire has been answered; its sections and questions are locked."))


@pghistory.track()
class ReadinessQuestionnaire(LocalizedNameMixin, BaseModel):
    """One round of SBN's readiness questionnaire (for example the 2567 round)."""

    name_th = models.CharField(_("title (Thai)"), max_length=300)
    name_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(_("academic year (BE)"),
                                            validators=[MinValueValidator(2560), MaxValueValidator(2700)])
    description = models.TextField(_("description"), blank=True)
    is_open = models.BooleanField(_("open for answers"), default=True)

    access = Rules()

    class Meta:
        verbose_name = _("readiness questionnaire")
        verbose_name_plural = _("readiness questionnaires")
        ordering = ["-year", "name_th"]

    def __str__(self):
        return f"{self.name} ({self.year})"

    def get_absolute_url(self):
        return reverse("schools:questionnaire-detail", args=[self.pk])


@pghistory.track()
class ReadinessSection(LocalizedNameMixin, LockedOnceAnsweredMixin, BaseModel):
    questionnaire = models.ForeignKey(ReadinessQuestionnaire, on_delete=models.CASCADE, related_name="sections",
                                      verbose_name=_("questionnaire"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    name_th = models.CharField(_("title (Thai)"), max_length=300)
    name_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    weight = plain_number(models.DecimalField(_("weight"), **WEIGHT))

    access = Rules()

    class Meta:
        verbose_name = _("questionnaire section")
        verbose_name_plural = _("questionnaire sections")
        ordering = ["questionnaire_id", "order", "id"]

    def __str__(self):
        return f"{self.order}. {self.name}"

    def get_absolute_url(self):
        return reverse("schools:questionnaire-detail", args=[self.questionnaire_id]) + f"#section-{self.pk}"

    def _questionnaire(self):
        return self.questionnaire if self.questionnaire_id else None


@pghistory.track()
class ReadinessQuestion(LockedOnceAnsweredMixin, BaseModel):
    section = models.ForeignKey(ReadinessSection, on_delete=models.CASCADE, related_name="questions",
                                verbose_name=_("section"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    text_th = models.TextField(_("question (Thai)"))
    text_en = models.TextField(_("question (English)"), blank=True)
    scale_max = models.PositiveSmallIntegerField(
        _("scale"), default=5, validators=[MinValueValidator(2), MaxValueValidator(10)],
        help_text=_("Answers run from 1 to this number (for example 5 on a five-point scale)."))
    weight = plain_number(models.DecimalField(_("weight"), **WEIGHT))

    access = Rules()

    class Meta:
        verbose_name = _("questionnaire question")
        verbose_name_plural = _("questionnaire questions")
        ordering = ["section_id", "order", "id"]
        constraints = [
            models.CheckConstraint(name="readiness_scale_2_to_10", condition=models.Q(scale_max__range=(2, 10))),
            models.CheckConstraint(name="readiness_question_weight_positive", condition=models.Q(weight__gt=0)),
        ]

    def __str__(self):
        return f"{self.order}. {self.text}"

    @property
    def text(self):
        from django.utils.translation import get_language

        english = (get_language() or "th").startswith("en")
        return self.text_en if english and self.text_en else self.text_th

    def get_absolute_url(self):
        return reverse("schools:questionnaire-detail", args=[self.section.questionnaire_id]) + f"#question-{self.pk}"

    def _questionnaire(self):
        return self.section.questionnaire if self.section_id else None


# A response is seen by its school, its agency, its province and SBN (not by every signed-in
# user): the readiness ranking is a supervision tool, not a public league table.
RESPONSE_RULES = dict(
    view=ALL_ROLES,
    add=frozenset({Role.SCHOOL_DIRECTOR, Role.AGENCY_SUPERVISOR}),
    change=frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR, Role.AGENCY_SUPERVISOR}),
    delete=ADMIN,
    extra={
        "answer_director": frozenset({Role.SCHOOL_DIRECTOR}),
        "answer_supervisor": frozenset({Role.AGENCY_SUPERVISOR}),
    },
)


@pghistory.track()
class ReadinessResponse(BaseModel):
    """The answers of one respondent (the director or the agency's supervisor) for one school and round."""

    questionnaire = models.ForeignKey(ReadinessQuestionnaire, on_delete=models.PROTECT, related_name="responses",
                                      verbose_name=_("questionnaire"))
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="readiness_responses",
                               verbose_name=_("school"))
    respondent_role = models.CharField(_("respondent"), max_length=12, choices=RespondentRole.choices)
    respondent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("answered by"))
    score = plain_number(models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True,
                                             help_text=_("Weighted score out of 100.")))
    section_scores = models.JSONField(_("section scores"), default=dict, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    access = Rules(province="school__province", agency="school__agency", school="school", **RESPONSE_RULES)

    class Meta:
        verbose_name = _("readiness response")
        verbose_name_plural = _("readiness responses")
        ordering = ["questionnaire_id", "school_id", "respondent_role"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "school", "respondent_role"],
                                    name="one_readiness_response_per_respondent"),
        ]

    def __str__(self):
        return f"{self.school} — {self.get_respondent_role_display()} ({self.questionnaire.year})"

    def get_absolute_url(self):
        return reverse("schools:response-detail", args=[self.pk])


@pghistory.track()
class ReadinessAnswer(models.Model):
    response = models.ForeignKey(ReadinessResponse, on_delete=models.CASCADE, related_name="answers",
                                 verbose_name=_("response"))
    question = models.ForeignKey(ReadinessQuestion, on_delete=models.PROTECT, related_name="answers",
                                 verbose_name=_("question"))
    value = models.PositiveSmallIntegerField(_("answer"))

    class Meta:
        verbose_name = _("readiness answer")
        verbose_name_plural = _("readiness answers")
        ordering = ["response_id", "question_id"]
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question"),
            models.CheckConstraint(name="readiness_answer_positive", condition=models.Q(value__gte=1)),
        ]

    def __str__(self):
        return f"{self.question_id}: {self.value}"
