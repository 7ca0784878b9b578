import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from committees.models.choices import Level, NominationStatus, Position
from committees.models.committee import Committee, Membership, Person, PersonDetails, check_term
from sandbox.access import OFFICES, Role, Rules
from sandbox.formatting import format_date
from sandbox.models import BaseModel

NOMINATORS = frozenset({Role.SBN_ADMIN, Role.AGENCY_SUPERVISOR})


@pghistory.track()
class Nomination(PersonDetails, BaseModel):
    """An ESA office proposes someone for its tripartite committee; the province office decides."""

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="nominations",
                                  verbose_name=_("committee"))
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="nominations",
                               verbose_name=_("existing person"),
                               help_text=_("Choose when the person already sits on a committee; otherwise fill in "
                                           "their details."))
    position = models.CharField(_("proposed position"), max_length=20, choices=Position.choices,
                                default=Position.EXPERT)
    term_start = models.DateField(_("term start"), null=True, blank=True)
    term_end = models.DateField(_("term end"), null=True, blank=True)
    qualifications = models.TextField(_("qualifications"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=NominationStatus.choices,
                              default=NominationStatus.PENDING, editable=False)
    return_reason = models.TextField(_("reason for returning"), blank=True, editable=False)
    nominated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", editable=False, verbose_name=_("nominated by"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", editable=False, verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    membership = models.OneToOneField(Membership, null=True, blank=True, on_delete=models.PROTECT,
                                      related_name="nomination", editable=False, verbose_name=_("membership"))

    # Nominees are not public until appointed.
    access = Rules(
        province="committee__province", agency="committee__agency",
        view=frozenset({Role.SBN_ADMIN, Role.SBN_VIEWER, Role.PROVINCE_OFFICER, Role.AGENCY_SUPERVISOR}),
        add=NOMINATORS, change=NOMINATORS, delete=NOMINATORS, extra={"decide": OFFICES},
    )

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created"]

    def __str__(self):
        name = self.person.display_name if self.person_id else self.display_name
        return f"{name} → {self.committee}"

    def get_absolute_url(self):
        return reverse("committees:nomination-detail", args=[self.pk])

    @property
    def nominated_on_display(self):
        return format_date(self.created)

    def clean(self):
        if self.committee_id and self.committee.level != Level.ESA:
            raise ValidationError({"committee": _("Nominations are made for ESA tripartite committees only.")})
        if not self.person_id:
            self.clean_person()
        check_term(self.term_start, self.term_end)
