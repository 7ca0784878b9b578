"""What an affiliation office gave its pilot schools (the support SBN asks the offices to report)."""

import pghistory
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import SUPERVISORS, Rules
from sandbox.models import BaseModel
from schools.models.situation import ASPECTS


class SupportKind(models.TextChoices):
    COACHING = "coaching", _("Coaching")
    TRAINING = "training", _("Training")
    MATERIALS = "materials", _("Materials")
    BUDGET = "budget", _("Budget")
    OTHER = "other", _("Other")


@pghistory.track()
class SupportRecord(BaseModel):
    agency = models.ForeignKey("schools.Agency", on_delete=models.PROTECT, related_name="support_records",
                               verbose_name=_("affiliation office"))
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="support_records",
                               verbose_name=_("school"))
    kind = models.CharField(_("kind of support"), max_length=10, choices=SupportKind.choices)
    date = models.DateField(_("date"))
    description = models.TextField(_("what was given"))
    quantity = models.CharField(_("how much"), max_length=200, blank=True,
                                help_text=_("e.g. 3 coaching sessions, 40 teachers trained"))
    amount = models.DecimalField(_("amount (baht)"), max_digits=12, decimal_places=2, null=True, blank=True,
                                 validators=[MinValueValidator(0)])
    aspect = models.CharField(_("situation-analysis aspect"), max_length=30, choices=ASPECTS, blank=True,
                              help_text=_("The aspect of the school's situation analysis this support answers."))

    # Transparent like spending: every signed-in user reads it; the giving office and the province write.
    access = Rules(province="school__province", agency="agency", add=SUPERVISORS, change=SUPERVISORS,
                   delete=SUPERVISORS)

    class Meta:
        verbose_name = _("support record")
        verbose_name_plural = _("support records")
        ordering = ["-date", "-id"]
        constraints = [models.CheckConstraint(name="support_amount_not_negative",
                                              condition=models.Q(amount__gte=0) | models.Q(amount__isnull=True))]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.school}" if self.school_id else self.get_kind_display()

    def get_absolute_url(self):
        return reverse("supervision:support-detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.agency_id and self.school_id and self.agency.province_id != self.school.province_id:
            errors["school"] = _("The school is in another province than the office.")
        if self.kind == SupportKind.BUDGET and self.amount is None:
            errors["amount"] = _("Give the amount of budget support.")
        if errors:
            raise ValidationError(errors)
