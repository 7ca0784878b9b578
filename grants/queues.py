"""Work queues: what waits for each person in the sign-off chain, in one place for the period list
(?awaiting=me, page and API), the queue page and the home page cards.

A queue holds the periods waiting for the step of the caller's own role: a school's director and
staff submit, an affiliation office verifies, a province office acknowledges, SBN accepts. SBN
administrators may take any step, but only acceptance waits for them. A period is left out when
the caller took the step before it: they may not take the next one (grants.services.transition).
"""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Count,
    DateField,
    DecimalField,
    Func,
    IntegerField,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from grants.models import Expenditure, FiscalYear, Period, PeriodStatus, PeriodStep
from grants.services import CHAINED_STEPS, TRANSITIONS
from sandbox.access import SCHOOL, Role, assignments, rule_paths, scope_condition
from schools.models import MembershipEvent, MembershipKind, PilotSchool

QUEUE_STEP = {
    Role.SCHOOL_DIRECTOR: "submit",
    Role.SCHOOL_STAFF: "submit",
    Role.AGENCY_SUPERVISOR: "verify",
    Role.PROVINCE_OFFICER: "acknowledge",
    Role.SBN_ADMIN: "accept",
}
STEP_ORDER = ("submit", "verify", "acknowledge", "accept")


def queue_steps(user):
    """The steps that wait for this user, in chain order."""
    if not getattr(user, "is_authenticated", False):
        return []
    steps = {QUEUE_STEP[a.role] for a in assignments(user) if a.role in QUEUE_STEP}
    if user.is_superuser:
        steps.add("accept")
    return [s for s in STEP_ORDER if s in steps]


def with_last_step_user(queryset):
    """Annotates who took each period's latest step (grants.services.previous_step_user_id reads it)."""
    latest = PeriodStep.objects.filter(period=OuterRef("pk")).order_by("-created", "-pk").values("user_id")[:1]
    return queryset.annotate(last_step_user_id=Subquery(latest, output_field=IntegerField()))


def awaiting_condition(user, steps=None):
    """The Q selecting periods waiting for one of the user's steps (all their queue steps by default).
    Needs the queryset annotated by with_last_step_user()."""
    condition = Q(pk__in=[])
    paths = rule_paths(Period.access)
    for step in steps or queue_steps(user):
        sources, _target, permission = TRANSITIONS[step]
        own_roles = {role for role, queued in QUEUE_STEP.items() if queued == step}
        roles = own_roles & set(Period.access.roles(permission))
        scope = scope_condition(user, roles, paths)
        step_condition = Q(status__in=sources)
        if scope is not None:
            step_condition &= scope
        if step in CHAINED_STEPS:
            step_condition &= Q(last_step_user_id__isnull=True) | ~Q(last_step_user_id=user.pk)
        condition |= step_condition
    return condition


def awaiting(queryset, user, steps=None):
    """The periods of `queryset` waiting for the user; restrict() still applies to what they may read."""
    if not queue_steps(user):
        return queryset.none()
    queryset = queryset.restrict(user) if hasattr(queryset, "restrict") else queryset
    return with_last_step_user(queryset).filter(awaiting_condition(user, steps))


def with_month_spending(queryset):
    """Annotates each period with the sum and number of its month's expenditures (`spent`, `rows`)."""
    # The month as a date range, which the (school, year, date) index answers; a truncated date it cannot.
    next_month = Func(OuterRef("month"), template="(%(expressions)s + interval '1 month')::date", output_field=DateField())
    month_rows = (Expenditure.objects.filter(school_id=OuterRef("school_id"), fiscal_year_id=OuterRef("fiscal_year_id"),
                                             date__gte=OuterRef("month"), date__lt=next_month).order_by()
                  .values("school_id"))
    money = DecimalField(max_digits=14, decimal_places=2)
    return queryset.annotate(
        spent=Coalesce(Subquery(month_rows.annotate(s=Sum("amount")).values("s")[:1], output_field=money),
                       Value(0), output_field=money),
        rows=Coalesce(Subquery(month_rows.annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()),
                      Value(0)),
    )


def counts(user):
    """{step: number of periods waiting} for the home page cards: one query."""
    steps = queue_steps(user)
    chained = [s for s in steps if s in CHAINED_STEPS]
    result = dict.fromkeys(chained, 0)
    if chained:
        rows = (awaiting(Period.objects.all(), user, chained).order_by().values("status")
                .annotate(n=Count("pk")))
        by_status = {r["status"]: r["n"] for r in rows}
        for step in chained:
            result[step] = sum(by_status.get(s, 0) for s in TRANSITIONS[step][0])
    return result


@dataclass
class MonthDue:
    """One month a school still has to submit: no period yet, open, or returned."""

    school: object
    fiscal_year: object
    month: datetime.date
    period: Period | None
    due: datetime.date
    days_late: int

    @property
    def returned(self):
        return self.period is not None and self.period.status == PeriodStatus.RETURNED

    @property
    def overdue(self):
        return self.days_late > 0


def months_to_submit(user, today=None):
    """The months the user's schools have to submit, for school directors and staff: every ended month
    of the current fiscal year (from the school's joining) not submitted yet, returned ones first, then
    the most overdue. A fixed number of queries whatever the number of schools and months."""
    if "submit" not in queue_steps(user):
        return []
    today = today or timezone.localdate()
    school_ids = {a.school_id for a in assignments(user)
                  if QUEUE_STEP.get(a.role) == "submit" and a.level == SCHOOL and a.school_id}
    year = FiscalYear.objects.current(today)
    if not school_ids or year is None:
        return []
    funded = PilotSchool.objects.filter(pk__in=school_ids, allocations__fiscal_year=year).distinct().order_by("code")
    periods = {(p.school_id, p.month): p for p in Period.objects.filter(fiscal_year=year, school_id__in=school_ids)}
    joined = _joining_months(school_ids)
    result = []
    for school in funded:
        first = joined.get(school.pk) or year.start
        for month in year.months():
            if month < first.replace(day=1) or _next_month(month) > today:
                continue
            period = periods.get((school.pk, month))
            if period is not None and period.status not in (PeriodStatus.OPEN, PeriodStatus.RETURNED):
                continue
            due = year.due_date(month)
            result.append(MonthDue(school, year, month, period, due, max((today - due).days, 0)))
    result.sort(key=lambda m: (not m.returned, -m.days_late, m.month, m.school.code))
    return result


def _joining_months(school_ids):
    """{school id: date it first joined the pilot}; schools with no recorded joining are absent."""
    rows = (MembershipEvent.objects.filter(school_id__in=school_ids, kind=MembershipKind.JOINED).order_by()
            .values("school_id").annotate(first=Min("date")))
    return {r["school_id"]: r["first"] for r in rows}


def _next_month(month):
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
