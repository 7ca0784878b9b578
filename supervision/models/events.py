"""Workshops and meetings beyond committee meetings, and the partner network with its cooperation."""

import pghistory
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import OFFICES, Rules
from sandbox.models import BaseModel
from supervision.uploads import ATTACHMENT


class EventKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    MEETING = "meeting", _("Meeting")
    TRAINING = "training", _("Training")
    FORUM = "forum", _("Forum or exchange")
    OTHER = "other", _("Other")


class EventMode(models.TextChoices):
    ONSITE = "onsite", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Online and on site")


def attachment_field(verbose_name=None):
    return models.FileField(verbose_name or _("attachment"), upload_to="supervision/%Y/", blank=True,
                            max_length=200, validators=[ATTACHMENT])


@pghistory.track()
class Event(BaseModel):
    """A workshop or meeting; a national one (no province) is SBN's, a provincial one its office's."""

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=10, choices=EventKind.choices)
    mode = models.CharField(_("format"), max_length=8, choices=EventMode.choices, default=EventMode.ONSITE)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="hosted_events", verbose_name=_("host province"),
                                 help_text=_("Empty for a national event."))
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    organisers = models.TextField(_("organisers"), blank=True)
    description = models.TextField(_("description"), blank=True)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    participant_groups = ArrayField(models.TextField(), default=list, blank=True,
                                    verbose_name=_("participant groups"), help_text=_("One group per line."))
    participant_names = models.TextField(_("participant names"), blank=True)
    attachment = attachment_field()

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("supervision:event-detail", args=[self.pk])

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})


@pghistory.track()
class EventStation(BaseModel):
    """A place where an event ran, such as one of the new areas' stations of the June 2023 DE workshop."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="stations", verbose_name=_("event"))
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, related_name="event_stations",
                                 verbose_name=_("province"))
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    access = Rules(province="event__province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("event station")
        verbose_name_plural = _("event stations")
        ordering = ["event_id", "province_id"]
        constraints = [models.UniqueConstraint(fields=["event", "province"], name="one_station_per_province",
                                               violation_error_message=_("This event already has a station in "
                                                                         "that province."))]

    def __str__(self):
        return f"{self.event} — {self.province}" if self.event_id and self.province_id else str(_("station"))

    def get_absolute_url(self):
        return reverse("supervision:event-detail", args=[self.event_id]) + f"#station-{self.pk}"


class PartnerSector(models.TextChoices):
    PUBLIC = "public", _("Public sector")
    PRIVATE = "private", _("Private sector")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    LOCAL_GOVERNMENT = "local_government", _("Local government")


@pghistory.track()
class Partner(BaseModel):
    """An organisation in the sandbox's partner network."""

    name = models.CharField(_("name"), max_length=300)
    sector = models.CharField(_("sector"), max_length=20, choices=PartnerSector.choices)
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="partners", verbose_name=_("home province"),
                                 help_text=_("Empty for a national organisation."))
    website = models.URLField(_("website"), blank=True)
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("supervision:partner-detail", args=[self.pk])


@pghistory.track()
class Cooperation(BaseModel):
    """What a partner does with a province, or with one of its schools, and when."""

    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="cooperations",
                                verbose_name=_("partner"))
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, related_name="cooperations",
                                 verbose_name=_("province"))
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="cooperations", verbose_name=_("school"))
    title = models.CharField(_("cooperation"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    attachment = attachment_field(_("attachment (agreement, report)"))

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("partner cooperation")
        verbose_name_plural = _("partner cooperations")
        ordering = ["-start_date", "-id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("supervision:cooperation-detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.school_id and self.province_id and self.school.province_id != self.province_id:
            errors["school"] = _("The school is in another province.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The cooperation cannot end before it starts.")
        if errors:
            raise ValidationError(errors)
