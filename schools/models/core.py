import pghistory
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models import LocalizedNameMixin
from sandbox.access import ADMIN, OFFICES, SUPERVISORS, Role, Rules
from sandbox.collation import ThaiOrder
from sandbox.models import BaseModel

school_code_validator = RegexValidator(r"^[0-9]{10}$", _("A school code has exactly 10 digits."), "school_code")
smis_code_validator = RegexValidator(r"^[0-9]{8}$", _("A SMIS code has exactly 8 digits."), "smis_code")
obec_code_validator = RegexValidator(r"^[0-9]{6}$", _("An OBEC school code has exactly 6 digits."), "obec_code")


class SchoolLevel(models.TextChoices):
    PRE_PRIMARY = "pre_primary", _("Pre-primary")
    PRIMARY = "primary", _("Primary")
    LOWER_SECONDARY = "lower_secondary", _("Lower secondary")
    UPPER_SECONDARY = "upper_secondary", _("Upper secondary")


def level_labels(levels):
    """Display names of a list of SchoolLevel values, in the order of the choices."""
    names = dict(SchoolLevel.choices)
    return ", ".join(str(names[value]) for value in SchoolLevel.values if value in (levels or []))


class AgencyKind(models.TextChoices):
    OBEC_PRIMARY = "obec_primary", _("Primary Educational Service Area Office (สพป.)")
    OBEC_SECONDARY = "obec_secondary", _("Secondary Educational Service Area Office (สพม.)")
    OPEC_PRIVATE = "opec_private", _("Private Education Office (สช.)")
    LOCAL_GOVERNMENT = "local_government", _("Local government (อปท./อบจ.)")
    OTHER = "other", _("Other")


@pghistory.track()
class Agency(LocalizedNameMixin, BaseModel):
    """An affiliation office that supervises schools."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind.choices)
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, related_name="agencies",
                                 verbose_name=_("province"))

    access = Rules(province="province", agency="id", add=OFFICES, change=OFFICES, delete=ADMIN)

    class Meta:
        verbose_name = _("affiliation office")
        verbose_name_plural = _("affiliation offices")
        ordering = ["province_id", "code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("schools:agency-detail", args=[self.pk])


class SchoolStatus(models.TextChoices):
    APPLYING = "applying", _("Applying")
    ACTIVE = "active", _("Pilot school")
    LEFT = "left", _("Left the pilot")


@pghistory.track()
class PilotSchool(LocalizedNameMixin, BaseModel):
    code = models.CharField(_("school code"), max_length=10, unique=True, validators=[school_code_validator],
                            help_text=_("The 10-digit code; the first two digits name the affiliation (10 = OBEC)."))
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, related_name="schools",
                                 verbose_name=_("province"))
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="schools", verbose_name=_("agency"))
    district = models.ForeignKey("provinces.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="schools", verbose_name=_("district"))
    # Derived from the membership history by schools.services; never edited directly.
    status = models.CharField(_("status"), max_length=10, choices=SchoolStatus.choices,
                              default=SchoolStatus.ACTIVE, db_index=True, editable=False)
    smis_code = models.CharField(_("SMIS code"), max_length=8, blank=True, validators=[smis_code_validator],
                                 help_text=_("Optional 8-digit code."))
    obec_code = models.CharField(_("OBEC code"), max_length=6, blank=True, validators=[obec_code_validator],
                                 help_text=_("Optional 6-digit code."))
    address = models.TextField(_("address"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[MinValueValidator(-180), MaxValueValidator(180)])
    levels = ArrayField(models.CharField(max_length=20, choices=SchoolLevel.choices), default=list, blank=True,
                        verbose_name=_("levels taught"))
    students = models.PositiveIntegerField(_("students"), null=True, blank=True)
    teachers = models.PositiveIntegerField(_("teachers"), null=True, blank=True)
    director_name = models.CharField(_("director"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    access = Rules(
        province="province", agency="agency", school="id",
        add=OFFICES, change=SUPERVISORS | {Role.SCHOOL_DIRECTOR}, delete=ADMIN,
    )

    class Meta:
        verbose_name = _("pilot school")
        verbose_name_plural = _("pilot schools")
        ordering = ["province_id", ThaiOrder("name_th")]
        constraints = [
            models.CheckConstraint(name="school_code_ten_digits", condition=models.Q(code__regex=r"^[0-9]{10}$")),
            models.CheckConstraint(name="school_smis_code_eight_digits",
                                   condition=models.Q(smis_code="") | models.Q(smis_code__regex=r"^[0-9]{8}$")),
            models.CheckConstraint(name="school_obec_code_six_digits",
                                   condition=models.Q(obec_code="") | models.Q(obec_code__regex=r"^[0-9]{6}$")),
            models.CheckConstraint(name="school_latitude_range",
                                   condition=models.Q(latitude__isnull=True) | models.Q(latitude__range=(-90, 90))),
            models.CheckConstraint(name="school_longitude_range", condition=models.Q(longitude__isnull=True)
                                   | models.Q(longitude__range=(-180, 180))),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("schools:detail", args=[self.pk])

    def save(self, *args, **kwargs):
        """A school moved to another office or province takes its spending along, in the same transaction."""
        from grants.services import follow_school  # grants builds on schools

        with transaction.atomic():
            before = None if self._state.adding else (
                PilotSchool.objects.filter(pk=self.pk).values_list("province_id", "agency_id").first())
            super().save(*args, **kwargs)
            if before is not None and before != (self.province_id, self.agency_id):
                follow_school(self, *before)

    @property
    def level_display(self):
        return level_labels(self.levels)

    @property
    def levels_csv(self):
        return ",".join(self.levels or [])

    def clean(self):
        errors = {}
        # One entry per level, in the order of the choices, whatever order the input used.
        self.levels = [value for value in SchoolLevel.values if value in (self.levels or [])]
        if self.agency_id and self.province_id and self.agency.province_id != self.province_id:
            errors["agency"] = _("The affiliation office is in another province.")
        if self.district_id and self.province_id and self.district.province_id != self.province_id:
            errors["district"] = _("The district is in another province.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)
