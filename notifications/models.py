"""What people are told: an inbox row per person and event, how each person wants to be emailed,
and the LINE groups that affiliation and provincial offices name for their office.

A Notification belongs to its person alone (it is read through Notification.objects.of(user));
the generic restrict() is closed to everyone, as for report jobs.
"""

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import SUPERVISORS, RestrictedQuerySet, Rules
from sandbox.models import BaseModel


class Kind(models.TextChoices):
    """What a person may be told about. The period kinds are the domain events of the same name."""

    PERIOD_SUBMITTED = "period.submitted", _("A school submitted a month")
    PERIOD_VERIFIED = "period.verified", _("An affiliation office verified a month")
    PERIOD_ACKNOWLEDGED = "period.acknowledged", _("A provincial office acknowledged a month")
    PERIOD_ACCEPTED = "period.accepted", _("SBN accepted a month")
    PERIOD_RETURNED = "period.returned", _("A month was returned for correction")
    PERIOD_REOPENED = "period.reopened", _("An accepted month was reopened")
    PERIOD_OVERDUE = "period.overdue", _("A month's report is overdue")
    REPORT_READY = "report.ready", _("A report you asked for is ready")
    WEBHOOK_DISABLED = "webhook.disabled", _("A webhook of yours was switched off")
    KPI_VALUE_SUBMITTED = "kpi_value.submitted", _("A province submitted a KPI value")
    KPI_VALUE_ACKNOWLEDGED = "kpi_value.acknowledged", _("SBN acknowledged a KPI value")
    KPI_VALUE_RETURNED = "kpi_value.returned", _("A KPI value was returned for correction")
    FOLLOW_UP_ACTION_OVERDUE = "follow_up_action.overdue", _("A follow-up action is overdue")
    OUTCOME_SUMMARY_REMINDER = "outcome_summary.reminder", _("An outcome summary is due")


# The kinds an office may have pushed to its LINE group: the sign-off chain and overdue months.
LINE_KINDS = (Kind.PERIOD_SUBMITTED, Kind.PERIOD_VERIFIED, Kind.PERIOD_ACKNOWLEDGED, Kind.PERIOD_ACCEPTED,
              Kind.PERIOD_RETURNED, Kind.PERIOD_REOPENED, Kind.PERIOD_OVERDUE)
LINE_KIND_CHOICES = [(kind.value, kind.label) for kind in LINE_KINDS]


class Email(models.TextChoices):
    IMMEDIATE = "immediate", _("Email at once")
    DIGEST = "digest", _("One email a day (digest)")
    NONE = "none", _("No email, in the portal only")


def default_email(kind):
    """Sign-off steps and reminders are emailed at once unless the person chooses otherwise; a
    finished report is already announced on the page that was waiting for it."""
    return Email.NONE if kind == Kind.REPORT_READY else Email.IMMEDIATE


class OwnedQuerySet(RestrictedQuerySet):
    owner_field = "user"

    def of(self, user):
        """The rows that belong to the user (none for an anonymous one)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(**{self.owner_field: user})


# Only their owner reads or changes them, through Notification.objects.of(user).
OWNER_ONLY = Rules(view=frozenset(), add=frozenset(), change=frozenset(), delete=frozenset())


class Notification(BaseModel):
    """One event told to one person: shown in their inbox, and emailed as they chose.

    The words are made when the notification is shown or sent, in the reader's language, from
    `data` (names, month, amount and comment as they were at the time of the event).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications",
                             verbose_name=_("user"))
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    event_id = models.UUIDField(_("event"), null=True, blank=True, editable=False)
    school = models.ForeignKey("schools.PilotSchool", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+", verbose_name=_("school"))
    url = models.CharField(_("link"), max_length=300, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    email = models.CharField(_("email"), max_length=10, choices=Email.choices, default=Email.NONE)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    access = OWNER_ONLY

    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "event_id"], name="notification_once_per_event"),
        ]
        indexes = [
            models.Index(fields=["user", "-created"], name="notification_user_created"),
            models.Index(fields=["user"], condition=models.Q(read_at__isnull=True), name="notification_unread"),
            models.Index(fields=["email", "created"], name="notification_email_due",
                         condition=models.Q(emailed_at__isnull=True) & ~models.Q(email="none")),
        ]

    def __str__(self):
        from notifications.messages import describe

        return describe(self).title

    def get_absolute_url(self):
        return reverse("notifications:open", args=[self.pk])

    @property
    def is_read(self):
        return self.read_at is not None


class Preference(models.Model):
    """How one person wants to be emailed about one kind; without a row, default_email(kind)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="notification_preferences", verbose_name=_("user"))
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    email = models.CharField(_("email"), max_length=10, choices=Email.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")]

    def __str__(self):
        return f"{self.user} · {self.kind}: {self.email}"


line_target = RegexValidator(
    r"^[CRU][0-9a-f]{32}$",
    _("A LINE group ID is C followed by 32 characters 0-9 and a-f (R for a room, U for one person)."))


# What an office's group hears when it names no kinds: the step that is its to take, and late months.
USUAL_LINE_KINDS = {
    "agency": [Kind.PERIOD_SUBMITTED.value, Kind.PERIOD_OVERDUE.value],
    "province": [Kind.PERIOD_VERIFIED.value, Kind.PERIOD_OVERDUE.value],
}


@pghistory.track()
class LineGroup(BaseModel):
    """The LINE group an affiliation office or a provincial office has its notices pushed to.

    An office hears only of its own schools: an affiliation office of the schools it supervises,
    a provincial office of the schools in its province; `kinds` says which events.
    """

    province = models.OneToOneField("provinces.Province", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="line_group", verbose_name=_("provincial office"))
    agency = models.OneToOneField("schools.Agency", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="line_group", verbose_name=_("affiliation office"))
    name = models.CharField(_("group name"), max_length=100, blank=True,
                            help_text=_("The group's name in LINE, so that people recognise it."))
    group_id = models.CharField(_("LINE group ID"), max_length=33, validators=[line_target],
                                help_text=_("From the LINE Official Account that has joined the group."))
    kinds = ArrayField(models.CharField(max_length=40, choices=LINE_KIND_CHOICES), verbose_name=_("events pushed"),
                       default=list, blank=True, help_text=_(
                           "None ticked: an affiliation office hears of submitted and overdue months, a "
                           "provincial office of verified and overdue months."))
    is_active = models.BooleanField(_("active"), default=True)

    # An office manages its own group: a provincial officer the province's, a supervisor the agency's.
    access = Rules(province="province", agency="agency", view=SUPERVISORS, add=SUPERVISORS,
                   change=SUPERVISORS, delete=SUPERVISORS)

    class Meta:
        verbose_name = _("office LINE group")
        verbose_name_plural = _("office LINE groups")
        ordering = ["province_id", "agency__code"]
        constraints = [
            models.CheckConstraint(
                name="line_group_one_office",
                condition=models.Q(province__isnull=False, agency__isnull=True)
                | models.Q(province__isnull=True, agency__isnull=False)),
        ]

    def __str__(self):
        return f"{self.office} · {self.name or self.group_id}"

    def get_absolute_url(self):
        return reverse("notifications:linegroup-detail", args=[self.pk])

    @property
    def office(self):
        return self.agency or self.province

    @property
    def kinds_display(self):
        labels = dict(Kind.choices)
        return ", ".join(str(labels.get(kind, kind)) for kind in self.kinds or ())

    def clean(self):
        if bool(self.province_id) == bool(self.agency_id):
            raise ValidationError(_("Choose either a provincial office or an affiliation office."))
        allowed = {k.value for k in LINE_KINDS}
        if any(kind not in allowed for kind in self.kinds or ()):
            raise ValidationError({"kinds": _("Choose events from the list.")})
        self.kinds = sorted(set(self.kinds or self.usual_kinds()), key=[k.value for k in LINE_KINDS].index)

    def usual_kinds(self):
        return list(USUAL_LINE_KINDS["agency" if self.agency_id else "province"])

    def save(self, *args, **kwargs):
        if not self.kinds:
            self.kinds = self.usual_kinds()
        super().save(*args, **kwargs)
