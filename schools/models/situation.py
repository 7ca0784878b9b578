import pghistory
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import Role, Rules
from sandbox.models import BaseModel

# The six aspects in which each pilot school analyses where it stands and how it will move forward.
ASPECTS = [
    ("learner_quality", _("Learner quality")),
    ("curriculum", _("Curriculum and learning")),
    ("teacher_development", _("Teacher development in the school")),
    ("academic_support", _("Academic support system")),
    ("general_support", _("General support system")),
    ("other", _("Anything else to add")),
]
ASPECT_NAMES = [name for name, _label in ASPECTS]

SCHOOL_EDITORS = frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR, Role.SCHOOL_STAFF})
SCHOOL_DELETERS = frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR})


def _aspect_fields():
    fields = {}
    for name, label in ASPECTS:
        fields[f"{name}_current"] = models.TextField(
            format_lazy_pair(label, _("current situation")), blank=True)
        fields[f"{name}_forward"] = models.TextField(
            format_lazy_pair(label, _("ways forward")), blank=True)
    return fields


def format_lazy_pair(first, second):
    from django.utils.text import format_lazy

    return format_lazy("{}: {}", first, second)


@pghistory.track()
class SituationAnalysis(BaseModel):
    """A school's analysis of its current situation and ways forward, in six aspects, for one year."""

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="situation_analyses",
                               verbose_name=_("school"))
    year = models.PositiveSmallIntegerField(_("academic year (BE)"),
                                            validators=[MinValueValidator(2560), MaxValueValidator(2700)])
    locals().update(_aspect_fields())

    access = Rules(province="school__province", agency="school__agency", school="school",
                   add=SCHOOL_EDITORS, change=SCHOOL_EDITORS, delete=SCHOOL_DELETERS)

    class Meta:
        verbose_name = _("situation analysis")
        verbose_name_plural = _("situation analyses")
        ordering = ["-year", "school_id"]
        constraints = [
            models.UniqueConstraint(fields=["school", "year"], name="one_situation_analysis_per_school_year"),
        ]

    def __str__(self):
        return f"{self.school} ({self.year})"

    def get_absolute_url(self):
        return reverse("schools:situation-detail", args=[self.pk])

    def aspects(self):
        """[(label, current situation, ways forward)] in the order of the seeds."""
        return [(label, getattr(self, f"{name}_current"), getattr(self, f"{name}_forward"))
                for name, label in ASPECTS]
