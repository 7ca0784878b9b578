"""Grants: fiscal years, programmes, allocations and transfers, spending plans, expenditures,
monthly reporting periods with their sign-off chain, and the rollup that keeps totals fast.

Every total shown at agency, province or national level is computed from Expenditure rows;
SpendingRollup is those same rows summed per school × fiscal year × category, MonthlyRollup
per province × affiliation office × fiscal year × category × month and PlanLineRollup per plan line,
all written in the same transaction as each expenditure write (grants.services, grants.bulk).
"""

import datetime
from decimal import Decimal
from pathlib import Path

import pghistory
import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from provinces.models import LocalizedNameMixin
from sandbox.access import ADMIN, ALL_ROLES, SCHOOL_WRITERS, RestrictedQuerySet, Role, Rules
from sandbox.formatting import fiscal_year_bounds, fiscal_year_of, format_date, format_month
from sandbox.models import BaseModel
from sandbox.uploads import PrivateStorage

MONEY = {"max_digits": 14, "decimal_places": 2}
CENT = Decimal("0.01")


def fixed_once_used(instance, fields, used, message):
    """Refuse a change to any of `fields` of a stored row when used() says other rows refer to it: keys
    that money refers to keep their meaning (a correction is a reversing entry, not a moved record)."""
    if instance._state.adding or instance.pk is None:
        return
    names = [type(instance)._meta.get_field(f).attname for f in fields]
    stored = type(instance)._base_manager.filter(pk=instance.pk).values(*names).first()
    changed = [f for f, name in zip(fields, names, strict=True) if stored and stored[name] != getattr(instance, name)]
    if changed and used():
        raise ValidationError({f: message for f in changed})


def fixed_once_used_trigger(name, fields, referrers, label):
    """The same rule in PostgreSQL, for writes that skip the models (a shell's QuerySet.update())."""
    changed = " OR ".join(f"OLD.{f} IS DISTINCT FROM NEW.{f}" for f in fields)
    used = " OR ".join(f"EXISTS (SELECT 1 FROM {table} WHERE {column} = OLD.id)" for table, column in referrers)
    return pgtrigger.Trigger(
        name=name, operation=pgtrigger.Update, when=pgtrigger.Before,
        func=f"""IF ({changed}) AND ({used}) THEN
                   RAISE EXCEPTION '{label} % is referred to: its keys are fixed', OLD.id
                   USING ERRCODE = 'integrity_constraint_violation';
                 END IF;
                 RETURN NEW;""")

SCHOOL_PATHS = {"province": "school__province", "agency": "school__agency", "school": "school"}
ALLOCATION_PATHS = {"province": "allocation__school__province", "agency": "allocation__school__agency",
                    "school": "allocation__school"}


def private_storage():
    """Receipts are served only by grants.views.ReceiptView after an access check."""
    return PrivateStorage()


class FiscalYearQuerySet(RestrictedQuerySet):
    def current(self, today=None):
        """The year pages show when none is asked for: the newest that has begun and has allocations
        (a year set up but not yet allocated shows nothing useful), else the newest that has begun,
        else the first one still to come."""
        today = today or timezone.localdate()
        begun = self.filter(start__lte=today).order_by("-year")
        # EXISTS, not a join made DISTINCT: that one joined every allocation of every year (14 ms at 30,000).
        allocated = Exists(Allocation.objects.filter(fiscal_year=OuterRef("pk")))
        return (begun.filter(allocated).first() or begun.first()
                or self.order_by("year").first())


@pghistory.track()
class FiscalYear(BaseModel):
    """A Thai government fiscal year, named by its Buddhist Era number (2567 = 2023-10-01 … 2024-09-30)."""

    year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"), unique=True,
                                            validators=[MinValueValidator(2550)])
    start = models.DateField(_("starts"), editable=False)
    end = models.DateField(_("ends"), editable=False)
    is_open = models.BooleanField(_("open for spending"), default=True,
                                  help_text=_("A closed year accepts no new or changed spending."))
    due_day = models.PositiveSmallIntegerField(
        _("report due day"), default=10, validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("A month's report is due on this day of the following month."))

    access = Rules()

    objects = FiscalYearQuerySet.as_manager()

    class Meta:
        verbose_name = _("fiscal year")
        verbose_name_plural = _("fiscal years")
        ordering = ["-year"]
        triggers = [fixed_once_used_trigger("fiscal_year_number_fixed", ["year"],
                                            [("grants_allocation", "fiscal_year_id"),
                                             ("grants_period", "fiscal_year_id")], "fiscal year")]

    def __str__(self):
        return str(self.year)

    def save(self, *args, **kwargs):
        self.start, self.end = fiscal_year_bounds(self.year)
        super().save(*args, **kwargs)

    def clean(self):
        if self.year:
            self.start, self.end = fiscal_year_bounds(self.year)
        fixed_once_used(self, ["year"], lambda: self.allocations.exists() or self.periods.exists(),
                        _("Allocations or reporting periods refer to this fiscal year: its number cannot change."))

    def get_absolute_url(self):
        return reverse("grants:fiscalyear-detail", args=[self.pk])

    def months(self):
        """The twelve first-of-month dates, October first."""
        start = fiscal_year_bounds(self.year)[0]
        return [_add_months(start, i) for i in range(12)]

    def due_date(self, month):
        """The day a month's report is due: the due day of the following month."""
        return _add_months(month, 1).replace(day=self.due_day)


def _add_months(day, count):
    month = day.month - 1 + count
    return datetime.date(day.year + month // 12, month % 12 + 1, 1)


@pghistory.track()
class Programme(LocalizedNameMixin, BaseModel):
    """A grant programme; the general subsidy for developing educational innovation is the first."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    access = Rules()

    class Meta:
        verbose_name = _("grant programme")
        verbose_name_plural = _("grant programmes")
        ordering = ["code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("grants:programme-detail", args=[self.pk])


@pghistory.track()
class Category(LocalizedNameMixin, BaseModel):
    """A spending category (materials, training, ...), maintained by SBN as data."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    access = Rules()

    class Meta:
        verbose_name = _("spending category")
        verbose_name_plural = _("spending categories")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("grants:category-detail", args=[self.pk])


@pghistory.track()
class Allocation(BaseModel):
    """The amount one school receives from one programme in one fiscal year.

    Its row is the lock every spending write on it takes (select_for_update), so the sum of
    its expenditures can never pass `amount`, even with many people entering at once.
    """

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="allocations",
                               verbose_name=_("school"))
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="allocations",
                                    verbose_name=_("fiscal year"))
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="allocations",
                                  verbose_name=_("programme"))
    amount = models.DecimalField(_("amount (baht)"), **MONEY, validators=[MinValueValidator(Decimal("0"))])
    note = models.CharField(_("note"), max_length=300, blank=True)

    access = Rules(**SCHOOL_PATHS)

    class Meta:
        verbose_name = _("allocation")
        verbose_name_plural = _("allocations")
        ordering = ["-fiscal_year__year", "school__code", "programme__code"]
        constraints = [
            models.UniqueConstraint(fields=["school", "fiscal_year", "programme"], name="one_allocation_per_programme"),
            models.CheckConstraint(name="allocation_amount_not_negative", condition=models.Q(amount__gte=0)),
        ]
        triggers = [fixed_once_used_trigger(
            "allocation_keys_fixed", ["school_id", "fiscal_year_id", "programme_id"],
            [("grants_expenditure", "allocation_id"), ("grants_transfer", "allocation_id"),
             ("grants_planline", "allocation_id")], "allocation")]

    def __str__(self):
        return f"{self.school} · {self.fiscal_year} · {self.programme}"

    def clean(self):
        fixed_once_used(
            self, ["school", "fiscal_year", "programme"],
            lambda: self.expenditures.exists() or self.transfers.exists() or self.plan_lines.exists(),
            _("Spending, transfers or plan lines refer to this allocation: its school, year and programme cannot "
              "change. Make a new allocation instead."))

    def get_absolute_url(self):
        return reverse("grants:allocation-detail", args=[self.pk])


class CopiesAllocationKeys:
    """Rows of an allocation that keep its school and year as their own `school` and `fiscal_year` (set on every
    save; the allocation's keys are fixed once rows refer to it), so that a year's rows are read by an index of
    their own instead of through the year's allocations."""

    def save(self, *args, **kwargs):
        self.school_id, self.fiscal_year_id = self.allocation.school_id, self.allocation.fiscal_year_id
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "school", "fiscal_year"}
        super().save(*args, **kwargs)


@pghistory.track(exclude=["school", "fiscal_year"])  # copies of the allocation's, which the history keeps
class Transfer(CopiesAllocationKeys, BaseModel):
    """One installment of an allocation paid to the school."""

    allocation = models.ForeignKey(Allocation, on_delete=models.PROTECT, related_name="transfers",
                                   db_index=False, verbose_name=_("allocation"))  # led by one_transfer_per_installment
    installment = models.PositiveSmallIntegerField(_("installment"), default=1)
    date = models.DateField(_("transfer date"))
    amount = models.DecimalField(_("amount (baht)"), **MONEY)
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    # The allocation's school and year (CopiesAllocationKeys): what each school received in a year, from one index.
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="+", editable=False,
                               db_index=False)
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="+", editable=False,
                                    db_index=False)  # led by transfer_year_school

    access = Rules(**ALLOCATION_PATHS)

    class Meta:
        verbose_name = _("transfer")
        verbose_name_plural = _("transfers")
        ordering = ["allocation_id", "installment"]
        constraints = [
            models.UniqueConstraint(fields=["allocation", "installment"], name="one_transfer_per_installment"),
            models.CheckConstraint(name="transfer_amount_positive", condition=models.Q(amount__gt=0)),
        ]
        # What each school received in a year, from the index alone.
        indexes = [models.Index(fields=["fiscal_year", "school"], include=["amount"], name="transfer_year_school")]

    def __str__(self):
        return _("Installment %(n)s") % {"n": self.installment}

    def get_absolute_url(self):
        return reverse("grants:transfer-detail", args=[self.pk])


@pghistory.track(exclude=["school", "fiscal_year"])  # copies of the allocation's, which the history keeps
class PlanLine(CopiesAllocationKeys, BaseModel):
    """One activity or project of a school's spending plan for a year, with its planned amount."""

    allocation = models.ForeignKey(Allocation, on_delete=models.PROTECT, related_name="plan_lines",
                                   verbose_name=_("allocation"))
    activity = models.CharField(_("activity or project"), max_length=300)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="plan_lines",
                                 verbose_name=_("category"))
    planned_amount = models.DecimalField(_("planned amount (baht)"), **MONEY)
    # The allocation's school and year, copied on save: a national year's lines are read by their year,
    # not through 30,000 allocations.
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="+", editable=False)
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="+", editable=False,
                                    db_index=False)  # led by planline_year_school

    access = Rules(**ALLOCATION_PATHS, add=SCHOOL_WRITERS, change=SCHOOL_WRITERS, delete=SCHOOL_WRITERS)

    class Meta:
        verbose_name = _("plan line")
        verbose_name_plural = _("plan lines")
        ordering = ["allocation_id", "pk"]
        constraints = [
            models.CheckConstraint(name="plan_amount_positive", condition=models.Q(planned_amount__gt=0)),
        ]
        indexes = [
            models.Index(fields=["fiscal_year", "school"], name="planline_year_school"),
            # A year's planned sums per category from the index alone (the dashboards' category table).
            models.Index(fields=["fiscal_year", "category"], include=["planned_amount"], name="planline_year_category"),
        ]
        triggers = [pgtrigger.Trigger(
            # whoever changes a plan, its line's rollup row compares spending with the new plan
            name="planned_to_rollup", operation=pgtrigger.UpdateOf("planned_amount"), when=pgtrigger.After,
            func="UPDATE grants_planlinerollup SET planned = NEW.planned_amount WHERE plan_line_id = NEW.id; "
                 "RETURN NULL;")]

    def __str__(self):
        return self.activity

    def get_absolute_url(self):
        return reverse("grants:planline-detail", args=[self.pk])


def receipt_path(instance, filename):
    suffix = Path(filename).suffix.lower()[:6]
    return f"receipts/{instance.school_id}/{datetime.date.today():%Y%m}/{instance.receipt_token}{suffix}"


@pghistory.track()
class Expenditure(BaseModel):
    """One payment made by a school from an allocation, entered once by the school."""

    # allocation, school and fiscal_year have no index of their own: each leads one of the composite
    # indexes below, and every index is written once per imported row.
    allocation = models.ForeignKey(Allocation, on_delete=models.PROTECT, related_name="expenditures",
                                   db_index=False, verbose_name=_("allocation"))
    # Copied from the allocation on save so scope checks and totals need no join.
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="expenditures",
                               editable=False, db_index=False, verbose_name=_("school"))
    # The school's province, copied too: national and province lists walk an index in date order
    # instead of sorting a whole year of rows.
    province = models.ForeignKey("provinces.Province", on_delete=models.PROTECT, related_name="+", null=True,
                                 editable=False, db_index=False, verbose_name=_("province"))
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="expenditures",
                                    editable=False, db_index=False, verbose_name=_("fiscal year"))
    date = models.DateField(_("date"))
    amount = models.DecimalField(_("amount (baht)"), **MONEY)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="expenditures",
                                 verbose_name=_("category"))
    plan_line = models.ForeignKey(PlanLine, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="expenditures", verbose_name=_("plan line"))
    description = models.CharField(_("description"), max_length=500)
    payee = models.CharField(_("payee"), max_length=200)
    receipt_number = models.CharField(_("receipt number"), max_length=60, blank=True)
    receipt = models.FileField(_("receipt file"), upload_to=receipt_path, storage=private_storage, blank=True,
                               max_length=200)
    receipt_token = models.CharField(max_length=32, blank=True, editable=False)
    receipt_type = models.CharField(max_length=40, blank=True, editable=False)

    # The row is public to every role (transparency); its receipt, which can carry personal data, only
    # to the school, its supervisors, its province office and SBN.
    access = Rules(**SCHOOL_PATHS, add=SCHOOL_WRITERS, change=SCHOOL_WRITERS, delete=SCHOOL_WRITERS,
                   extra={"receipt": ALL_ROLES})
    file_access = {"receipt": "receipt"}  # sandbox.private_files serves the receipt by that rule too

    class Meta:
        verbose_name = _("expenditure")
        verbose_name_plural = _("expenditures")
        ordering = ["-date", "-pk"]
        indexes = [
            models.Index(fields=["school", "fiscal_year", "date"], name="expenditure_school_year_date"),
            models.Index(fields=["allocation", "amount"], name="expenditure_allocation_amount"),
            # The list order (-date, -pk) read backwards, for a whole year and for one province's year.
            models.Index(fields=["fiscal_year", "date", "id"], name="expenditure_year_date"),
            models.Index(fields=["fiscal_year", "province", "date", "id"], name="expenditure_year_province_date"),
            # ... and across the years, for the nation and for one province (the list page opens on all years).
            models.Index(fields=["date", "id"], name="expenditure_date"),
            models.Index(fields=["province", "date", "id"], name="expenditure_province_date"),
        ]
        constraints = [
            models.CheckConstraint(name="expenditure_amount_positive", condition=models.Q(amount__gt=0)),
        ]

    def __str__(self):
        return f"{format_date(self.date)} · {self.description}"

    def get_absolute_url(self):
        return reverse("grants:expenditure-detail", args=[self.pk])

    def copy_from_allocation(self):
        if self.allocation_id:
            self.school_id = self.allocation.school_id
            self.fiscal_year_id = self.allocation.fiscal_year_id
            self.province_id = self.allocation.school.province_id

    def clean(self):
        """Rules about this row alone; the allocation ceiling and period locks are in grants.services."""
        errors = {}
        self.copy_from_allocation()
        if self.amount is not None:
            if self.amount <= 0:
                errors["amount"] = _("The amount must be more than zero.")
            elif self.amount != self.amount.quantize(CENT):
                errors["amount"] = _("The amount may have at most 2 decimal places.")
        if self.allocation_id and self.date:
            year = self.allocation.fiscal_year
            if not (year.start <= self.date <= year.end):
                errors["date"] = _("The date must fall inside fiscal year %(year)s (%(start)s – %(end)s).") % {
                    "year": year.year, "start": format_date(year.start), "end": format_date(year.end)}
        if self.plan_line_id and self.allocation_id and self.plan_line.allocation_id != self.allocation_id:
            errors["plan_line"] = _("The plan line belongs to another school or year.")
        if errors:
            raise ValidationError(errors)


class PeriodStatus(models.TextChoices):
    OPEN = "open", _("Open")
    SUBMITTED = "submitted", _("Submitted by the school")
    VERIFIED = "verified", _("Verified by the affiliation office")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged by the province")
    ACCEPTED = "accepted", _("Accepted by SBN")
    RETURNED = "returned", _("Returned for correction")


# A period in these states is locked: its expenditures cannot be added, changed or deleted.
LOCKED_STATUSES = frozenset({PeriodStatus.SUBMITTED, PeriodStatus.VERIFIED, PeriodStatus.ACKNOWLEDGED,
                             PeriodStatus.ACCEPTED})


@pghistory.track()
class Period(BaseModel):
    """One month of one school's spending in one fiscal year, and where its sign-off stands."""

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.PROTECT, related_name="grant_periods",
                               verbose_name=_("school"))
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="periods",
                                    verbose_name=_("fiscal year"), db_index=False)  # led by period_year_month
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    status = models.CharField(_("status"), max_length=20, choices=PeriodStatus.choices,
                              default=PeriodStatus.OPEN, db_index=True)
    comment = models.TextField(_("latest comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, editable=False)
    # Timeliness counts the first submission, not one after a return: kept here, read without the steps.
    first_submitted_at = models.DateTimeField(_("first submitted"), null=True, blank=True, editable=False)
    approved_at = models.DateTimeField(_("last approved"), null=True, blank=True, editable=False,
                                       help_text=_("When the period last passed a sign-off step."))
    # The newest expenditure history event id at the last approval: later events are "changed since".
    approved_event_id = models.BigIntegerField(null=True, blank=True, editable=False)
    # The same at the last submission: a returned month's reviewer sees what the school changed since.
    submitted_event_id = models.BigIntegerField(null=True, blank=True, editable=False)

    access = Rules(
        **SCHOOL_PATHS, add=SCHOOL_WRITERS, change=ADMIN, delete=ADMIN,
        extra={
            "submit": frozenset({Role.SBN_ADMIN, Role.SCHOOL_DIRECTOR, Role.SCHOOL_STAFF}),
            "verify": frozenset({Role.SBN_ADMIN, Role.AGENCY_SUPERVISOR}),
            "acknowledge": frozenset({Role.SBN_ADMIN, Role.PROVINCE_OFFICER}),
            "accept": frozenset({Role.SBN_ADMIN}),
            "reopen": frozenset({Role.SBN_ADMIN, Role.PROVINCE_OFFICER, Role.AGENCY_SUPERVISOR}),
        },
    )

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["-fiscal_year__year", "school__code", "month"]
        # A year's months as the dashboards read them (one month's reports, or the year's up to the last one
        # due), answered from the index alone.
        indexes = [models.Index(fields=["fiscal_year", "month"], include=["school", "status", "first_submitted_at"],
                                name="period_year_month")]
        constraints = [
            models.UniqueConstraint(fields=["school", "fiscal_year", "month"], name="one_period_per_month"),
            models.CheckConstraint(name="period_month_first_day", condition=models.Q(month__day=1)),
        ]

    def __str__(self):
        return f"{self.school} · {self.month_label}"

    def get_absolute_url(self):
        return reverse("grants:period-detail", args=[self.pk])

    @property
    def month_label(self):
        return format_month(self.month)

    @property
    def is_locked(self):
        return self.status in LOCKED_STATUSES

    @property
    def end(self):
        return _add_months(self.month, 1) - datetime.timedelta(days=1)

    @property
    def quarter(self):
        """Fiscal quarter 1–4 (October–December is the first)."""
        return (self.month.month - 10) % 12 // 3 + 1

    def clean(self):
        if self.month and self.fiscal_year_id:
            self.month = self.month.replace(day=1)
            if fiscal_year_of(self.month) != self.fiscal_year.year:
                raise ValidationError({"month": _("The month is outside fiscal year %(year)s.") % {
                    "year": self.fiscal_year.year}})


@pghistory.track()
class PeriodStep(BaseModel):
    """One step of a period's sign-off: who did what, when, with which comment."""

    period = models.ForeignKey(Period, on_delete=models.PROTECT, related_name="steps", verbose_name=_("period"))
    action = models.CharField(_("action"), max_length=20)
    from_status = models.CharField(_("from"), max_length=20, choices=PeriodStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=PeriodStatus.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("by"))
    comment = models.TextField(_("comment"), blank=True)

    access = Rules(province="period__school__province", agency="period__school__agency",
                   school="period__school", add=frozenset(), change=frozenset(), delete=frozenset())

    class Meta:
        verbose_name = _("sign-off step")
        verbose_name_plural = _("sign-off steps")
        ordering = ["period_id", "created", "pk"]

    def __str__(self):
        return f"{self.period} · {self.action}"


class SpendingRollup(models.Model):
    """Expenditures summed per school × fiscal year × category, kept current in the same
    transaction as every expenditure write; `updated` is the "as of" time shown with totals."""

    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="+")
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="+")
    total = models.DecimalField(**MONEY, default=Decimal("0"))
    count = models.IntegerField(default=0)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["school", "fiscal_year", "category"], name="one_rollup_per_category"),
        ]
        # With the total, a year's spending per school is read from the index alone (the warnings: 20 -> 7 ms).
        indexes = [models.Index(fields=["fiscal_year", "school"], include=["total"], name="rollup_year_school_total")]

    def __str__(self):
        return f"{self.school_id} · {self.fiscal_year_id} · {self.category_id}: {self.total}"


class PlanLineRollup(models.Model):
    """Expenditures booked on a plan line, summed per line, with the line's school, year and planned amount
    (kept equal by a trigger on PlanLine), kept current with SpendingRollup: the warnings of a national
    year find the lines spent past their plan in this table alone."""

    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.CASCADE, related_name="+",
                                    db_index=False)  # led by one_rollup_per_plan_line
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="+")
    plan_line = models.ForeignKey(PlanLine, on_delete=models.CASCADE, related_name="+")
    total = models.DecimalField(**MONEY, default=Decimal("0"))
    count = models.IntegerField(default=0)
    planned = models.DecimalField(**MONEY, null=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["fiscal_year", "school", "plan_line"], name="one_rollup_per_plan_line"),
        ]
        indexes = [
            # Only the lines spent past their plan: the warnings read a few hundred entries, not a year's lines.
            models.Index(fields=["fiscal_year", "school"], include=["total", "planned"], name="plan_line_rollup_over",
                         condition=models.Q(total__gt=models.F("planned"))),
        ]

    def __str__(self):
        return f"{self.plan_line_id}: {self.total}"


class MonthlyRollup(models.Model):
    """Expenditures summed per province × affiliation office × fiscal year × category × month (the
    school's present province and office: a moved school takes its totals along, services.follow_school),
    kept current with SpendingRollup. A
    dashboard reads its groups, categories and monthly curve from this table in one query; a national
    year is at most a few thousand rows, whatever the number of expenditures."""

    province = models.ForeignKey("provinces.Province", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("schools.Agency", on_delete=models.CASCADE, related_name="+")
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    total = models.DecimalField(**MONEY, default=Decimal("0"))
    count = models.IntegerField(default=0)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["fiscal_year", "province", "agency", "category", "month"],
                                    name="one_monthly_rollup"),
        ]

    def __str__(self):
        return f"{self.agency_id} · {self.month:%Y-%m} · {self.category_id}: {self.total}"
