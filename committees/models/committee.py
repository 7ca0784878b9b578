import datetime

import pghistory
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateRangeField, RangeOperators
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Func, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from committees.models.choices import DEFAULT_CODES, STANDARD_CODES, Level, Position, Sector
from committees.validators import order_document_validator
from sandbox.access import OFFICES, RestrictedQuerySet, Rules
from sandbox.collation import ThaiOrder
from sandbox.formatting import format_date
from sandbox.models import BaseModel

EXPIRY_WARNING_DAYS = 60
TERM_ORDER_MESSAGE = _("The term cannot end before it starts.")


def term_range(start="term_start", end="term_end"):
    """The closed date range of a term; an open end runs indefinitely."""
    return Func(F(start), F(end), Value("[]"), function="daterange", output_field=DateRangeField())


def term_text(start, end):
    """5 มิ.ย. 2567 – 4 มิ.ย. 2571 (Buddhist Era in Thai), for list pages."""
    return f"{format_date(start)} – {format_date(end) if end else '…'}"


def check_term(start, end, field="term_end"):
    if start and end and end < start:
        raise ValidationError({field: TERM_ORDER_MESSAGE})


@pghistory.track()
class Committee(BaseModel):
    """A committee appointed by an order: national, provincial, ESA tripartite, or a sub-committee."""

    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True, help_text=_("For example กขน.บุรีรัมย์."))
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    province = models.ForeignKey("provinces.Province", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="committees", verbose_name=_("province"),
                                 help_text=_("Provincial committees; for the others it follows the office or parent."))
    agency = models.ForeignKey("schools.Agency", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="committees", verbose_name=_("affiliation office"),
                               help_text=_("The ESA office of a tripartite committee."))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="subcommittees", verbose_name=_("parent committee"),
                               help_text=_("The committee a sub-committee reports to."))
    order_number = models.CharField(_("appointing order number"), max_length=60, blank=True)
    order_date = models.DateField(_("order signed on"), null=True, blank=True)
    order_document = models.FileField(_("order document"), upload_to="committees/orders/%Y/", blank=True,
                                      validators=[order_document_validator],
                                      help_text=_("PDF, JPG or PNG."))
    selected_on = models.DateField(_("selection committee met on"), null=True, blank=True)
    approved_on = models.DateField(_("appointment approved on"), null=True, blank=True)
    term_start = models.DateField(_("term start"))
    term_end = models.DateField(_("term end"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    # National committees have no province, so only SBN may write them.
    access = Rules(province="province", agency="agency", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("committee")
        verbose_name_plural = _("committees")
        ordering = ["level", "province_id", ThaiOrder("name_th")]
        constraints = [
            models.CheckConstraint(name="committee_term_order",
                                   condition=Q(term_end__isnull=True) | Q(term_end__gte=F("term_start")),
                                   violation_error_message=TERM_ORDER_MESSAGE),
            models.CheckConstraint(
                name="committee_level_scope",
                condition=(Q(level=Level.NATIONAL, province__isnull=True, agency__isnull=True, parent__isnull=True)
                           | Q(level=Level.PROVINCIAL, province__isnull=False, agency__isnull=True,
                               parent__isnull=True)
                           | Q(level=Level.ESA, province__isnull=False, agency__isnull=False, parent__isnull=True)
                           | Q(level=Level.SUB, parent__isnull=False)),
                violation_error_message=_("The level does not match the province, office and parent given."),
            ),
        ]

    def __str__(self):
        return self.short_name or self.name_th

    def get_absolute_url(self):
        return reverse("committees:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.level == Level.NATIONAL:
            self.province = self.agency = self.parent = None
        elif self.level == Level.PROVINCIAL:
            self.agency = self.parent = None
            if self.province_id is None:
                errors["province"] = _("A provincial driving committee needs its province.")
            elif not self.province.is_sandbox:
                errors["province"] = _("This province is not a sandbox area.")
        elif self.level == Level.ESA:
            self.parent = None
            if self.agency_id is None:
                errors["agency"] = _("An ESA tripartite committee needs its affiliation office.")
            else:
                self.province_id = self.agency.province_id
        elif self.level == Level.SUB:
            if self.parent_id is None:
                errors["parent"] = _("A sub-committee needs the committee it reports to.")
            elif self.pk and self.parent_id == self.pk:
                errors["parent"] = _("A committee cannot be its own sub-committee.")
            else:
                self.province_id, self.agency_id = self.parent.province_id, self.parent.agency_id
        if errors:
            raise ValidationError(errors)
        check_term(self.term_start, self.term_end)

    @property
    def term_display(self):
        return term_text(self.term_start, self.term_end)

    def is_current(self, on=None):
        on = on or timezone.localdate()
        return self.term_start <= on and (self.term_end is None or self.term_end >= on)


class MembershipQuerySet(RestrictedQuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=on), term_start__lte=on)

    def expiring(self, on=None, days=EXPIRY_WARNING_DAYS):
        on = on or timezone.localdate()
        return self.filter(term_end__gte=on, term_end__lte=on + datetime.timedelta(days=days))


class PersonDetails(models.Model):
    """Who a person is, as written in an appointing order; shared by people and nominations."""

    title = models.CharField(_("title"), max_length=60, blank=True, help_text=_("For example นาย, นาง, ดร."))
    first_name_th = models.CharField(_("first name (Thai)"), max_length=100, blank=True)
    last_name_th = models.CharField(_("last name (Thai)"), max_length=100, blank=True)
    first_name_en = models.CharField(_("first name (English)"), max_length=100, blank=True)
    last_name_en = models.CharField(_("last name (English)"), max_length=100, blank=True)
    office_title = models.CharField(_("office held"), max_length=200, blank=True,
                                    help_text=_("For example ผู้ว่าราชการจังหวัดบุรีรัมย์; enough on its own for "
                                                "members ex officio."))
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)

    class Meta:
        abstract = True

    @property
    def full_name_th(self):
        name = f"{self.first_name_th} {self.last_name_th}".strip()
        return f"{self.title}{name}" if name else ""

    @property
    def full_name_en(self):
        return f"{self.first_name_en} {self.last_name_en}".strip()

    @property
    def display_name(self):
        return self.full_name_th or self.office_title

    def clean_person(self):
        if not (self.first_name_th.strip() or self.office_title.strip()):
            raise ValidationError({"first_name_th": _("Give the person's Thai name or the office they hold.")})


@pghistory.track()
class Person(PersonDetails, BaseModel):
    """Someone who sits on one or more committees."""

    province = models.ForeignKey("provinces.Province", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="committee_people", verbose_name=_("recorded by province"),
                                 help_text=_("The province whose office keeps this record; empty for national "
                                             "records kept by SBN."))

    access = Rules(province="province", add=OFFICES, change=OFFICES, delete=OFFICES)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = [ThaiOrder("first_name_th"), ThaiOrder("last_name_th"), "office_title"]

    def __str__(self):
        if self.full_name_th and self.office_title:
            return f"{self.full_name_th} ({self.office_title})"
        return self.display_name

    def get_absolute_url(self):
        return reverse("committees:person-detail", args=[self.pk])

    def clean(self):
        self.clean_person()


@pghistory.track()
class Membership(BaseModel):
    """A seat held by a person on a committee for a term."""

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="memberships",
                                  verbose_name=_("committee"))
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships",
                               verbose_name=_("person"))
    position = models.CharField(_("position"), max_length=20, choices=Position.choices)
    sequence = models.PositiveSmallIntegerField(_("number in the order"), null=True, blank=True)
    term_start = models.DateField(_("term start"), blank=True, help_text=_("Empty: the committee's term start."))
    term_end = models.DateField(_("term end"), null=True, blank=True, help_text=_("Empty: the committee's term end."))
    note = models.CharField(_("note"), max_length=255, blank=True)
    # The term end a reminder was last sent for; a changed term end is reminded again.
    expiry_notified_for = models.DateField(null=True, blank=True, editable=False)

    access = Rules(province="committee__province", agency="committee__agency",
                   add=OFFICES, change=OFFICES, delete=OFFICES)
    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")
        ordering = ["committee_id", "sequence", "id"]
        constraints = [
            models.CheckConstraint(name="membership_term_order",
                                   condition=Q(term_end__isnull=True) | Q(term_end__gte=F("term_start")),
                                   violation_error_message=TERM_ORDER_MESSAGE),
            ExclusionConstraint(
                name="one_chair_at_a_time",
                expressions=[(F("committee"), RangeOperators.EQUAL), (term_range(), RangeOperators.OVERLAPS)],
                condition=Q(position=Position.CHAIR),
                violation_error_message=_("This committee already has a chair for an overlapping term."),
            ),
            ExclusionConstraint(
                name="one_seat_per_person",
                expressions=[(F("committee"), RangeOperators.EQUAL), (F("person"), RangeOperators.EQUAL),
                             (term_range(), RangeOperators.OVERLAPS)],
                violation_error_message=_("This person already sits on this committee for an overlapping term."),
            ),
        ]

    def __str__(self):
        return f"{self.person.display_name} — {self.get_position_display()} ({self.committee})"

    def get_absolute_url(self):
        return reverse("committees:member-detail", args=[self.pk])

    def clean(self):
        if self.committee_id:
            if self.term_start is None:
                self.term_start = self.committee.term_start
            if self.term_end is None:
                self.term_end = self.committee.term_end
        check_term(self.term_start, self.term_end)

    @property
    def term_display(self):
        return term_text(self.term_start, self.term_end)

    @property
    def standard_code(self):
        codes = STANDARD_CODES.get(self.committee.level, DEFAULT_CODES)
        return codes.get(self.position, "")

    def expires_soon(self, on=None):
        on = on or timezone.localdate()
        return self.term_end is not None and on <= self.term_end <= on + datetime.timedelta(days=EXPIRY_WARNING_DAYS)

