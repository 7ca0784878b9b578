"""Follow-up visits after a province's readiness synthesis, and the actions agreed on them."""

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sandbox.access import ALL_ROLES, SUPERVISORS, RestrictedQuerySet, Role, Rules
from sandbox.models import BaseModel
from schools.models.situation import ASPECTS


class VisitStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    VISITED = "visited", _("Visited")
    FOLLOWING_UP = "following_up", _("Following up")
    CLOSED = "closed", _("Closed")


@pghistory.track()
class FollowUpVisit(BaseModel):
    """A visit by supervisors or the province office to follow a pilot school up."""

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="follow_up_visits",
                               verbose_name=_("school"))
    date = models.DateField(_("visit date"))
    visitors = models.TextField(_("visitors"), help_text=_("Names and offices, one per line."))
    focus = models.TextField(_("focus"), help_text=_("What the visit looks at."))
    focus_aspects = ArrayField(models.CharField(max_length=30, choices=ASPECTS), default=list, blank=True,
                               verbose_name=_("situation-analysis aspects"),
                               help_text=_("The aspects whose ways forward the visit follows."))
    readiness_gaps = models.ManyToManyField("schools.ReadinessSection", blank=True, related_name="follow_up_visits",
                                            verbose_name=_("readiness gaps"),
                                            help_text=_("The weak readiness sections the visit follows up."))
    situation_analysis = models.ForeignKey("schools.SituationAnalysis", on_delete=models.SET_NULL, null=True,
                                           blank=True, related_name="follow_up_visits",
                                           verbose_name=_("situation analysis"))
    findings = models.TextField(_("findings"), blank=True)
    status = models.CharField(_("follow-up status"), max_length=14, choices=VisitStatus.choices,
                              default=VisitStatus.PLANNED)

    access = Rules(province="school__province", agency="school__agency", school="school", view=ALL_ROLES,
                   add=SUPERVISORS, change=SUPERVISORS, delete=SUPERVISORS)

    class Meta:
        verbose_name = _("follow-up visit")
        verbose_name_plural = _("follow-up visits")
        ordering = ["-date", "-id"]

    def __str__(self):
        from sandbox.formatting import format_date

        return f"{self.school} — {format_date(self.date)}" if self.school_id and self.date else str(_("visit"))

    def get_absolute_url(self):
        return reverse("supervision:visit-detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.situation_analysis_id and self.school_id and self.situation_analysis.school_id != self.school_id:
            errors["situation_analysis"] = _("This situation analysis belongs to another school.")
        if self.status != VisitStatus.PLANNED and self.date and self.date > timezone.localdate():
            errors["status"] = _("A visit dated in the future can only be planned.")
        if errors:
            raise ValidationError(errors)

    def aspect_labels(self):
        labels = dict(ASPECTS)
        return [labels.get(name, name) for name in self.focus_aspects]


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class FollowUpActionQuerySet(RestrictedQuerySet):
    def overdue(self, today=None):
        return self.filter(status=ActionStatus.OPEN, due_date__lt=today or timezone.localdate())

    def awaiting(self, user):
        """The overdue actions this user must act on next: those they own, and those in their scope to update."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        in_scope = self.restrict(user, "change").values("pk")
        return self.overdue().filter(Q(owner_user=user) | Q(pk__in=in_scope))


@pghistory.track()
class FollowUpAction(BaseModel):
    """An action agreed on a visit: what, who owns it, and by when."""

    visit = models.ForeignKey(FollowUpVisit, on_delete=models.CASCADE, related_name="actions",
                              verbose_name=_("visit"))
    description = models.TextField(_("agreed action"))
    owner = models.CharField(_("owner"), max_length=200, help_text=_("The person or office that carries it out."))
    owner_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="follow_up_actions", verbose_name=_("owner's account"))
    due_date = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    note = models.TextField(_("progress note"), blank=True)
    overdue_announced = models.DateField(_("overdue announced on"), null=True, blank=True, editable=False)

    # The school reports its progress on the actions it owns; supervisors plan and close them.
    access = Rules(province="visit__school__province", agency="visit__school__agency", school="visit__school",
                   view=ALL_ROLES, add=SUPERVISORS, change=SUPERVISORS | {Role.SCHOOL_DIRECTOR},
                   delete=SUPERVISORS)

    objects = FollowUpActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.description[:80]

    def get_absolute_url(self):
        return reverse("supervision:action-detail", args=[self.pk])

    @property
    def is_overdue(self):
        return self.status == ActionStatus.OPEN and self.due_date < timezone.localdate()

    def clean(self):
        errors = {}
        if self.status == ActionStatus.DONE and not self.completed_on:
            errors["completed_on"] = _("Give the date the action was completed.")
        if self.status != ActionStatus.DONE and self.completed_on:
            errors["completed_on"] = _("Only a done action has a completion date.")
        if self.completed_on and self.completed_on > timezone.localdate():
            errors["completed_on"] = _("A completion date cannot be in the future.")
        if self.visit_id and self.due_date and self.due_date < self.visit.date:
            errors["due_date"] = _("The due date cannot be before the visit.")
        if errors:
            raise ValidationError(errors)
