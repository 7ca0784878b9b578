import pghistory
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Max, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from provinces.validators import validate_pdf
from sandbox.access import OFFICES, Rules
from sandbox.formatting import format_date
from sandbox.models import BaseModel


class MilestoneKind(models.TextChoices):
    MINISTRY_ANNOUNCEMENT = "ministry_announcement", _("Named a pilot area by the Ministry of Education")
    PETITION = "petition", _("Petition to the national policy committee")
    COMMITTEE_APPROVAL = "committee_approval", _("Approval by the national policy committee")
    CABINET_RESOLUTION = "cabinet_resolution", _("Cabinet resolution")
    GAZETTE = "gazette", _("Announcement in the Royal Gazette")
    DRIVING_COMMITTEE_SELECTION = "driving_committee_selection", _("Selection of the provincial driving committee")
    DRIVING_COMMITTEE_APPROVAL = "driving_committee_approval", _(
        "Approval of the driving committee's appointment by the national policy committee")
    DRIVING_COMMITTEE_APPOINTMENT = "driving_committee_appointment", _(
        "Appointment of the provincial driving committee")
    DRIVING_COMMITTEE_MEETING = "driving_committee_meeting", _("Meeting of the provincial driving committee")
    STRATEGY_APPROVAL = "strategy_approval", _("Approval of the area's strategy")
    OTHER = "other", _("Other")


# The order in which an area moves from a proposal to a working area; "other" is no stage.
STAGES = [
    MilestoneKind.PETITION,
    MilestoneKind.COMMITTEE_APPROVAL,
    MilestoneKind.CABINET_RESOLUTION,
    MilestoneKind.GAZETTE,
    MilestoneKind.DRIVING_COMMITTEE_SELECTION,
    MilestoneKind.DRIVING_COMMITTEE_APPROVAL,
    MilestoneKind.DRIVING_COMMITTEE_APPOINTMENT,
    MilestoneKind.STRATEGY_APPROVAL,
]
STAGE_RANK = {kind: rank for rank, kind in enumerate(STAGES, start=1)}
# The first cohort was named by the Ministry in 2561 (2018), before the Act: no petition, no Cabinet
# resolution, yet designated as fully as an area announced in the Royal Gazette.
STAGE_RANK[MilestoneKind.MINISTRY_ANNOUNCEMENT] = STAGE_RANK[MilestoneKind.GAZETTE]


def stage_for_rank(rank):
    return STAGES[rank - 1] if rank else None


class MilestoneStatus(models.TextChoices):
    DONE = "done", _("Completed")
    PLANNED = "planned", _("Planned")


def stage_rank_subquery(province_ref="pk"):
    """The rank of the furthest completed step of each province, for annotate() (0 when none)."""
    rank = Case(*[When(kind=kind, then=Value(r)) for kind, r in STAGE_RANK.items()], default=Value(0),
                output_field=IntegerField())
    furthest = (
        Milestone.objects.filter(province=OuterRef(province_ref), status=MilestoneStatus.DONE)
        .order_by().values("province").annotate(top=Max(rank)).values("top")
    )
    return Coalesce(Subquery(furthest, output_field=IntegerField()), Value(0))


@pghistory.track()
class Milestone(BaseModel):
    """A dated step on a province's way from a proposal to a working sandbox area."""

    province = models.ForeignKey("provinces.Province", on_delete=models.CASCADE, related_name="milestones",
                                 verbose_name=_("province"))
    kind = models.CharField(_("step"), max_length=40, choices=MilestoneKind.choices)
    status = models.CharField(_("status"), max_length=10, choices=MilestoneStatus.choices,
                              default=MilestoneStatus.DONE)
    date = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    document = models.FileField(_("document (PDF)"), upload_to="provinces/milestones/%Y/", blank=True,
                                validators=[validate_pdf])
    link = models.URLField(_("link to the document"), max_length=500, blank=True)

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("designation milestone")
        verbose_name_plural = _("designation milestones")
        ordering = ["province_id", "date", "id"]
        indexes = [models.Index(fields=["province", "status", "kind"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({format_date(self.date)})" if self.date else self.get_kind_display()

    def get_absolute_url(self):
        return reverse("provinces:milestone-detail", args=[self.pk])

    @property
    def stage_rank(self):
        return STAGE_RANK.get(self.kind, 0)

    def clean(self):
        errors = {}
        today = timezone.localdate()
        if self.status == MilestoneStatus.DONE and self.date and self.date > today:
            errors["date"] = _("A completed step cannot be dated in the future. "
                               "Correct the date or mark the step as planned.")
        if self.document and self.link:
            errors["link"] = _("Give either a PDF document or a link, not both.")
        if errors:
            raise ValidationError(errors)
