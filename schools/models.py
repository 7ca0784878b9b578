import pghistory
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from provinces.models import LocalizedNameMixin
from sandbox.access import ADMIN, OFFICES, SUPERVISORS, Role, Rules
from sandbox.models import BaseModel

school_code_validator = RegexValidator(r"^[0-9]{10}$", _("A school code has exactly 10 digits."), "school_code")


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
    status = models.CharField(_("status"), max_length=10, choices=SchoolStatus.choices,
                              default=SchoolStatus.ACTIVE, db_index=True)

    access = Rules(
        province="province", agency="agency", school="id",
        add=OFFICES, change=SUPERVISORS | {Role.SCHOOL_DIRECTOR}, delete=ADMIN,
    )

    class Meta:
        verbose_name = _("pilot school")
        verbose_name_plural = _("pilot schools")
        ordering = ["province_id", "name_th"]
        constraints = [
            models.CheckConstraint(name="school_code_ten_digits", condition=models.Q(code__regex=r"^[0-9]{10}$")),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("schools:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.agency_id and self.province_id and self.agency.province_id != self.province_id:
            errors["agency"] = _("The affiliation office is in another province.")
        if self.district_id and self.province_id and self.district.province_id != self.province_id:
            errors["district"] = _("The district is in another province.")
        if errors:
            raise ValidationError(errors)
