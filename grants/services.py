"""Every grants write that enforces a business rule. Pages, API and importers all call these.

Concurrency: a spending write locks its Allocation row (SELECT … FOR UPDATE) before it sums
the allocation's expenditures, so two people entering at once are serialised on that row and
the ceiling holds. Both rollups (per category, per month) are updated in the same transaction.
Files and the import API go through grants.bulk, the set-based form of the same guards.
"""

import secrets

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from grants.models import (
    Allocation,
    Expenditure,
    Period,
    PeriodStatus,
    PeriodStep,
    Transfer,
)
from grants.receipts import check_receipt
from sandbox import events, images
from sandbox.access import allows, require
from sandbox.errors import Conflict
from sandbox.formatting import format_baht, format_date, format_month
from sandbox.row_version import check_if_match


class OverAllocation(Conflict):
    """The write would take spending past the allocation."""

    code = "over_allocation"


class PeriodLocked(Conflict):
    """The period holding this date has been submitted and is locked."""

    code = "period_locked"


class LikelyDuplicate(Conflict):
    """The same receipt (school, receipt number, amount, date) is already recorded; the row goes in only
    when the person confirms it is another payment. `extra` names the matching row for the API."""

    code = "likely_duplicate"

    def __init__(self, message, duplicate):
        super().__init__(message)
        self.extra = {"duplicate": {"id": duplicate.pk, "date": duplicate.date.isoformat(),
                                    "amount": str(duplicate.amount), "receipt_number": duplicate.receipt_number,
                                    "description": duplicate.description}}


def likely_duplicates(school_id, receipt_number, amount, date, excluding=None):
    """Rows recording the same receipt: one rule for the quick form, the API and the imports' dry run.
    A row without a receipt number has nothing to match on."""
    number = (receipt_number or "").strip()
    if not number or amount is None or date is None:
        return Expenditure.objects.none()
    rows = Expenditure.objects.filter(school_id=school_id, receipt_number__iexact=number, amount=amount, date=date)
    return rows.exclude(pk=excluding) if excluding else rows


def _check_duplicate(instance):
    """Refuse a likely duplicate unless the caller set instance.confirm_duplicate (the form's tick box,
    the API's confirm_duplicate flag)."""
    if getattr(instance, "confirm_duplicate", False):
        return
    same = likely_duplicates(instance.school_id, instance.receipt_number, instance.amount, instance.date,
                             excluding=instance.pk).order_by("pk").first()
    if same is not None:
        raise LikelyDuplicate(_("Receipt %(number)s for %(amount)s baht on %(date)s is already recorded (entry "
                                "%(id)s). If this is another payment, confirm and save again.") % {
            "number": same.receipt_number, "amount": format_baht(same.amount), "date": format_date(same.date),
            "id": same.pk}, same)


class SeparationOfDuties(Conflict):
    """The same person may not take two consecutive sign-off steps on one period."""

    code = "separation_of_duties"


def _lock_allocations(*ids):
    """Lock the allocation rows in primary-key order, so two writers never deadlock."""
    ids = sorted({i for i in ids if i})
    return {a.pk: a for a in Allocation.objects.select_for_update(of=("self",)).filter(pk__in=ids).select_related(
        "fiscal_year", "school").order_by("pk")}


def _spent(allocation_id, excluding=None):
    queryset = Expenditure.objects.filter(allocation_id=allocation_id)
    if excluding:
        queryset = queryset.exclude(pk=excluding)
    return queryset.aggregate(s=Sum("amount"))["s"] or 0


def period_for(school_id, fiscal_year_id, day):
    return Period.objects.filter(school_id=school_id, fiscal_year_id=fiscal_year_id,
                                 month=day.replace(day=1)).first()


def _check_period_open(school_id, fiscal_year_id, day):
    period = period_for(school_id, fiscal_year_id, day)
    if period is not None and period.is_locked:
        raise PeriodLocked(
            _("The period %(month)s is %(status)s and locked; ask for it to be reopened first.") % {
                "month": format_month(day), "status": period.get_status_display().lower()})


def _check_year_open(allocation):
    if not allocation.fiscal_year.is_open:
        raise ValidationError(_("Fiscal year %(year)s is closed.") % {"year": allocation.fiscal_year.year},
                              code="year_closed")


def add_to_rollups(changes):
    """Add (school_id, fiscal_year_id, category_id, day, amount, count, plan_line_id) changes to the
    rollups, one statement each however many rows: the caller's transaction holds the allocation locks,
    and the keys are written in sorted order so two writers never deadlock on them."""
    changes = list(changes)
    if not changes:
        return
    now = timezone.now()
    _add_to_category_rollup(changes, now)
    columns = list(zip(*[(c[0], c[1], c[2], c[3].replace(day=1), c[4], c[5]) for c in changes], strict=True))
    on_lines = [(c[1], c[0], c[6], c[4], c[5]) for c in changes if c[6] is not None]
    with connection.cursor() as cursor:
        cursor.execute(MONTHLY_UPSERT, [now, *map(list, columns)])
        if on_lines:
            cursor.execute(PLAN_LINE_UPSERT, [now, *map(list, zip(*on_lines, strict=True))])


def _add_to_category_rollup(changes, now):
    columns = list(zip(*[(c[0], c[1], c[2], c[4], c[5]) for c in changes], strict=True))
    with connection.cursor() as cursor:
        cursor.execute(CATEGORY_UPSERT, [now, *map(list, columns)])


CATEGORY_UPSERT = """
    INSERT INTO grants_spendingrollup (school_id, fiscal_year_id, category_id, total, count, updated)
    SELECT v.school_id, v.fiscal_year_id, v.category_id, sum(v.total), sum(v.count), %s
    FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::numeric[], %s::int[])
         AS v(school_id, fiscal_year_id, category_id, total, count)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (school_id, fiscal_year_id, category_id) DO UPDATE
    SET total = grants_spendingrollup.total + EXCLUDED.total, count = grants_spendingrollup.count + EXCLUDED.count,
        updated = EXCLUDED.updated
"""

PLAN_LINE_UPSERT = """
    INSERT INTO grants_planlinerollup (fiscal_year_id, school_id, plan_line_id, total, count, planned, updated)
    SELECT v.fiscal_year_id, v.school_id, v.plan_line_id, sum(v.total), sum(v.count), min(l.planned_amount), %s
    FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::numeric[], %s::int[])
         AS v(fiscal_year_id, school_id, plan_line_id, total, count)
    JOIN grants_planline l ON l.id = v.plan_line_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (fiscal_year_id, school_id, plan_line_id) DO UPDATE
    SET total = grants_planlinerollup.total + EXCLUDED.total, count = grants_planlinerollup.count + EXCLUDED.count,
        planned = EXCLUDED.planned, updated = EXCLUDED.updated
"""

MONTHLY_UPSERT = """
    INSERT INTO grants_monthlyrollup (province_id, agency_id, fiscal_year_id, category_id, month, total, count,
                                      updated)
    SELECT s.province_id, s.agency_id, v.fiscal_year_id, v.category_id, v.month, sum(v.total), sum(v.count), %s
    FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[], %s::date[], %s::numeric[], %s::int[])
         AS v(school_id, fiscal_year_id, category_id, month, total, count)
    JOIN schools_pilotschool s ON s.id = v.school_id
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 3, 1, 2, 4, 5
    ON CONFLICT (fiscal_year_id, province_id, agency_id, category_id, month) DO UPDATE
    SET total = grants_monthlyrollup.total + EXCLUDED.total, count = grants_monthlyrollup.count + EXCLUDED.count,
        updated = EXCLUDED.updated
"""


def save_expenditure(user, instance, if_match=None):
    """Create or update one expenditure under every guard; returns the saved row.

    Raises PermissionDenied, ValidationError (bad input), OverAllocation, PeriodLocked or
    StaleVersion; nothing is written in any of these cases.
    """
    adding = instance._state.adding
    with transaction.atomic():
        old = None
        if not adding:
            old = Expenditure.objects.select_for_update().get(pk=instance.pk)
            require(user, "change", old)
            check_if_match(old, if_match)
        locked = _lock_allocations(instance.allocation_id, old.allocation_id if old else None)
        allocation = locked.get(instance.allocation_id)
        if allocation is None:
            raise ValidationError({"allocation": _("Choose an allocation.")})
        instance.allocation = allocation
        instance.copy_from_allocation()
        if instance.receipt and not instance.receipt._committed:
            instance.receipt_type = check_receipt(instance.receipt)
            if scaled := images.scaled_down(instance.receipt, instance.receipt_type):
                instance.receipt, instance.receipt_type = scaled
            instance.receipt_token = secrets.token_hex(16)
        instance.full_clean()
        require(user, "add" if adding else "change", instance)
        _check_year_open(allocation)
        if old is not None:
            _check_period_open(old.school_id, old.fiscal_year_id, old.date)
        _check_period_open(instance.school_id, instance.fiscal_year_id, instance.date)
        _check_duplicate(instance)
        spent = _spent(allocation.pk, excluding=None if adding else instance.pk)
        if spent + instance.amount > allocation.amount:
            raise OverAllocation(
                _("This would bring spending to %(total)s baht, over the allocation of %(allocation)s baht "
                  "(%(left)s baht left).") % {
                    "total": format_baht(spent + instance.amount), "allocation": format_baht(allocation.amount),
                    "left": format_baht(allocation.amount - spent)})
        instance.save()
        changes = [(instance.school_id, instance.fiscal_year_id, instance.category_id, instance.date,
                    instance.amount, 1, instance.plan_line_id)]
        if old is not None:
            changes.append((old.school_id, old.fiscal_year_id, old.category_id, old.date, -old.amount, -1,
                            old.plan_line_id))
        add_to_rollups(changes)
        _publish_expenditure("expenditure.created" if adding else "expenditure.changed", user, instance, old)
        instance.warnings = spending_warnings(instance)
    return instance


def spending_warnings(expenditure):
    """What a saved expenditure brought past its plan line or past the money received: told, not refused
    (schools may advance money before a transfer arrives). [{"code", "message"}]"""
    warnings = []
    line = expenditure.plan_line
    if line is not None:
        on_line = Expenditure.objects.filter(plan_line=line).aggregate(s=Sum("amount"))["s"] or 0
        if on_line > line.planned_amount:
            warnings.append({"code": "over_plan_line", "message": _(
                "Spending on “%(line)s” is now %(spent)s baht, %(over)s baht more than its planned "
                "%(planned)s baht.") % {"line": line.activity, "spent": format_baht(on_line),
                                        "over": format_baht(on_line - line.planned_amount),
                                        "planned": format_baht(line.planned_amount)}})
    spent = Expenditure.objects.filter(school_id=expenditure.school_id, fiscal_year_id=expenditure.fiscal_year_id
                                       ).aggregate(s=Sum("amount"))["s"] or 0
    received = Transfer.objects.filter(school_id=expenditure.school_id, fiscal_year_id=expenditure.fiscal_year_id
                                       ).aggregate(s=Sum("amount"))["s"] or 0
    if spent > received:
        warnings.append({"code": "over_received", "message": _(
            "Spending this year is now %(spent)s baht, %(over)s baht more than the %(received)s baht "
            "transferred so far.") % {"spent": format_baht(spent), "over": format_baht(spent - received),
                                      "received": format_baht(received)}})
    return warnings


def delete_expenditure(user, instance, if_match=None):
    with transaction.atomic():
        current = Expenditure.objects.select_for_update().get(pk=instance.pk)
        require(user, "delete", current)
        check_if_match(current, if_match)
        _lock_allocations(current.allocation_id)
        _check_period_open(current.school_id, current.fiscal_year_id, current.date)
        _publish_expenditure("expenditure.deleted", user, current)  # while the row still has its id
        current.delete()
        add_to_rollups([(current.school_id, current.fiscal_year_id, current.category_id, current.date,
                         -current.amount, -1, current.plan_line_id)])


def rebuild_rollups(fiscal_year=None):
    """Recompute the rollups from the expenditures (repair tool; the writes keep them current)."""
    year_id = getattr(fiscal_year, "pk", fiscal_year)
    where = "" if year_id is None else "WHERE e.fiscal_year_id = %(year)s"
    with transaction.atomic(), connection.cursor() as cursor:
        for table in ("grants_spendingrollup", "grants_monthlyrollup", "grants_planlinerollup"):
            cursor.execute(f"DELETE FROM {table}" + ("" if year_id is None else " WHERE fiscal_year_id = %(year)s"),
                           {"year": year_id})
        cursor.execute(f"""
            INSERT INTO grants_spendingrollup (school_id, fiscal_year_id, category_id, total, count, updated)
            SELECT e.school_id, e.fiscal_year_id, e.category_id, sum(e.amount), count(*), now()
            FROM grants_expenditure e {where} GROUP BY 1, 2, 3""", {"year": year_id})
        cursor.execute(f"""
            INSERT INTO grants_monthlyrollup (province_id, agency_id, fiscal_year_id, category_id, month, total,
                                              count, updated)
            SELECT s.province_id, s.agency_id, e.fiscal_year_id, e.category_id, date_trunc('month', e.date)::date,
                   sum(e.amount), count(*), now()
            FROM grants_expenditure e JOIN schools_pilotschool s ON s.id = e.school_id {where}
            GROUP BY 1, 2, 3, 4, 5""", {"year": year_id})
        cursor.execute(f"""
            INSERT INTO grants_planlinerollup (fiscal_year_id, school_id, plan_line_id, total, count, planned, updated)
            SELECT e.fiscal_year_id, e.school_id, e.plan_line_id, sum(e.amount), count(*), min(l.planned_amount), now()
            FROM grants_expenditure e JOIN grants_planline l ON l.id = e.plan_line_id {where}
            GROUP BY 1, 2, 3""", {"year": year_id})


def follow_school(school, old_province_id, old_agency_id):
    """A school moved to another affiliation office or province takes its spending along: its rows carry the
    new province and its monthly totals leave the old office's keys for the new one, in the caller's
    transaction. The school's allocations are locked first, so a row written meanwhile waits and is then
    counted under the new keys (its writer reads the moved school)."""
    _lock_allocations(*Allocation.objects.filter(school=school).values_list("pk", flat=True))
    keys = {"school": school.pk, "province": school.province_id, "agency": school.agency_id,
            "old_province": old_province_id, "old_agency": old_agency_id, "now": timezone.now()}
    with connection.cursor() as cursor:
        if old_province_id != school.province_id:
            cursor.execute("UPDATE grants_expenditure SET province_id = %(province)s WHERE school_id = %(school)s",
                           keys)
        cursor.execute(SCHOOL_MONTHS + """
            UPDATE grants_monthlyrollup r SET total = r.total - m.total, count = r.count - m.count,
                                              updated = %(now)s
            FROM months m
            WHERE (r.fiscal_year_id, r.province_id, r.agency_id, r.category_id, r.month)
                = (m.fiscal_year_id, %(old_province)s, %(old_agency)s, m.category_id, m.month)""", keys)
        cursor.execute("""DELETE FROM grants_monthlyrollup
                          WHERE province_id = %(old_province)s AND agency_id = %(old_agency)s AND count = 0""", keys)
        cursor.execute(SCHOOL_MONTHS + """
            INSERT INTO grants_monthlyrollup (province_id, agency_id, fiscal_year_id, category_id, month, total,
                                              count, updated)
            SELECT %(province)s, %(agency)s, fiscal_year_id, category_id, month, total, count, %(now)s FROM months
            ORDER BY fiscal_year_id, category_id, month
            ON CONFLICT (fiscal_year_id, province_id, agency_id, category_id, month) DO UPDATE
            SET total = grants_monthlyrollup.total + EXCLUDED.total,
                count = grants_monthlyrollup.count + EXCLUDED.count, updated = EXCLUDED.updated""", keys)


SCHOOL_MONTHS = """
    WITH months AS (
        SELECT e.fiscal_year_id, e.category_id, date_trunc('month', e.date)::date AS month, sum(e.amount) AS total,
               count(*) AS count
        FROM grants_expenditure e WHERE e.school_id = %(school)s GROUP BY 1, 2, 3)
"""


def save_allocation(user, instance, if_match=None):
    """An allocation may not be cut below what the school has already spent from it."""
    with transaction.atomic():
        if not instance._state.adding:
            current = Allocation.objects.select_for_update().get(pk=instance.pk)
            require(user, "change", current)
            check_if_match(current, if_match)
            spent = _spent(instance.pk)
            if instance.amount is not None and instance.amount < spent:
                raise ValidationError({"amount": _("The school has already spent %(spent)s baht of this "
                                                   "allocation.") % {"spent": format_baht(spent)}})
        instance.full_clean()
        require(user, "add" if instance._state.adding else "change", instance)
        instance.save()
    return instance


def save_transfer(user, instance, if_match=None):
    """Transfers of an allocation may not add up to more than the allocation."""
    with transaction.atomic():
        if not instance._state.adding:
            current = Transfer.objects.select_for_update().get(pk=instance.pk)
            require(user, "change", current)
            check_if_match(current, if_match)
        allocation = _lock_allocations(instance.allocation_id).get(instance.allocation_id)
        instance.full_clean()
        require(user, "add" if instance._state.adding else "change", instance)
        others = Transfer.objects.filter(allocation=allocation).exclude(pk=instance.pk).aggregate(
            s=Sum("amount"))["s"] or 0
        if others + instance.amount > allocation.amount:
            raise ValidationError({"amount": _("Transfers would add up to %(total)s baht, more than the "
                                               "allocation of %(allocation)s baht.") % {
                "total": format_baht(others + instance.amount), "allocation": format_baht(allocation.amount)}})
        instance.save()
    return instance


# --- periods and sign-off -------------------------------------------------------------------

# action: (statuses it may start from, status it leads to, the permission it needs)
TRANSITIONS = {
    "submit": ({PeriodStatus.OPEN, PeriodStatus.RETURNED}, PeriodStatus.SUBMITTED, "submit"),
    "verify": ({PeriodStatus.SUBMITTED}, PeriodStatus.VERIFIED, "verify"),
    "acknowledge": ({PeriodStatus.VERIFIED}, PeriodStatus.ACKNOWLEDGED, "acknowledge"),
    "accept": ({PeriodStatus.ACKNOWLEDGED}, PeriodStatus.ACCEPTED, "accept"),
}
# Who may return a period depends on where it stands: the step that would act on it next.
RETURN_PERMISSION = {PeriodStatus.SUBMITTED: "verify", PeriodStatus.VERIFIED: "acknowledge",
                     PeriodStatus.ACKNOWLEDGED: "accept"}
# The steps that follow another step: whoever took the previous one may not take these.
# Return and reopen are not steps; submitting follows an open or returned period, never a step.
CHAINED_STEPS = frozenset({"verify", "acknowledge", "accept"})
STEP_ACTIONS = frozenset(TRANSITIONS)


def open_period(user, school, fiscal_year, month):
    """The period for that month, created (open) if it does not exist yet."""
    month = month.replace(day=1)
    with transaction.atomic():
        period = Period.objects.filter(school=school, fiscal_year=fiscal_year, month=month).first()
        if period is None:
            period = Period(school=school, fiscal_year=fiscal_year, month=month)
            period.full_clean()
            require(user, "add", period)
            period.save()
    return period


def previous_step_user_id(period):
    """Who took the step that brought the period to where it stands (None if it was a return, a reopen
    or nothing). Lists annotate it as `last_step_user_id` to spare a query per row."""
    if hasattr(period, "last_step_user_id"):
        return period.last_step_user_id
    last = period.steps.order_by("-created", "-pk").values_list("action", "user_id").first()
    return last[1] if last and last[0] in STEP_ACTIONS else None


def _takes_consecutive_steps(user, period, action):
    return action in CHAINED_STEPS and previous_step_user_id(period) == user.pk


def allowed_actions(user, period):
    """The sign-off actions this user may take on the period now (for buttons and the API)."""
    actions = [name for name, (sources, _to, perm) in TRANSITIONS.items()
               if period.status in sources and allows(user, perm, period)
               and not _takes_consecutive_steps(user, period, name)]
    if period.status in RETURN_PERMISSION and allows(user, RETURN_PERMISSION[period.status], period):
        actions.append("return")
    if period.status == PeriodStatus.ACCEPTED and allows(user, "reopen", period):
        actions.append("reopen")
    return actions


def newest_expenditure_event_id():
    """The id of the newest expenditure history event (0 before any): events after it are "changed since"."""
    return (apps.get_model("grants", "ExpenditureEvent").objects
            .order_by("-pgh_id").values_list("pgh_id", flat=True).first() or 0)


def transition(user, period, action, comment="", if_match=None):
    """Move a period one step along the sign-off chain; returns the updated period."""
    comment = (comment or "").strip()
    with transaction.atomic():
        current = Period.objects.select_for_update().select_related("school").get(pk=period.pk)
        check_if_match(current, if_match)
        if action in TRANSITIONS:
            sources, target, permission = TRANSITIONS[action]
            if not allows(user, permission, current):
                raise PermissionDenied(_("You may not %(action)s this period.") % {"action": action})
            if current.status not in sources:
                raise ValidationError(_("A period that is %(status)s cannot be %(action)s.") % {
                    "status": current.get_status_display().lower(), "action": _action_done(action)},
                    code="wrong_status")
            # Read under the period's row lock: no step can slip in between the check and the write.
            if _takes_consecutive_steps(user, current, action):
                raise SeparationOfDuties(
                    _("You took the previous step on this period (%(status)s); someone else must take the "
                      "next one.") % {"status": current.get_status_display().lower()})
        elif action in ("return", "reopen"):
            if action == "return":
                permission = RETURN_PERMISSION.get(current.status)
                target = PeriodStatus.RETURNED
            else:
                permission = "reopen" if current.status == PeriodStatus.ACCEPTED else None
                target = PeriodStatus.OPEN
            if permission is None:
                raise ValidationError(_("A period that is %(status)s cannot be %(action)s.") % {
                    "status": current.get_status_display().lower(), "action": _action_done(action)},
                    code="wrong_status")
            if not allows(user, permission, current):
                raise PermissionDenied(_("You may not %(action)s this period.") % {"action": action})
            if not comment:
                raise ValidationError({"comment": _("Give a reason.")}, code="reason_required")
        else:
            raise ValidationError(_("Unknown action."))
        now = timezone.now()
        PeriodStep.objects.create(period=current, action=action, from_status=current.status, to_status=target,
                                  user=user, comment=comment)
        current.status = target
        current.comment = comment
        if action == "submit":
            current.submitted_at = now
            current.first_submitted_at = current.first_submitted_at or now
            current.submitted_event_id = newest_expenditure_event_id()
        elif action in ("verify", "acknowledge", "accept"):
            current.approved_at = now
            current.approved_event_id = newest_expenditure_event_id()
        current.save()
        _publish_period(user, current, action, comment)
    return current


def transition_many(user, period_ids, action, comment=""):
    """One step on each of several periods, each its own transaction: a refusal leaves the others done.
    Returns [{"id", "ok", "status", "code", "message"}] in the order asked."""
    if action not in CHAINED_STEPS:
        raise ValidationError({"action": _("Only verify, acknowledge or accept can be taken on several periods "
                                           "at once.")}, code="invalid")
    ids = list(dict.fromkeys(period_ids))
    if not ids or len(ids) > BULK_LIMIT:
        raise ValidationError({"ids": _("Choose from 1 to %(limit)s periods.") % {"limit": BULK_LIMIT}},
                              code="invalid")
    found = {p.pk: p for p in Period.objects.restrict(user).filter(pk__in=ids)}
    results = []
    for period_id in ids:
        period = found.get(period_id)
        if period is None:
            results.append({"id": period_id, "ok": False, "status": None, "code": "not_found",
                            "message": _("No such period.")})
            continue
        try:
            period = transition(user, period, action, comment)
        except PermissionDenied as exc:
            results.append({"id": period_id, "ok": False, "status": period.status, "code": "permission_denied",
                            "message": str(exc)})
        except ValidationError as exc:
            results.append({"id": period_id, "ok": False, "status": period.status,
                            "code": getattr(exc, "code", None) or "invalid", "message": " ".join(exc.messages)})
        else:
            results.append({"id": period_id, "ok": True, "status": period.status, "code": "ok", "message": ""})
    return results


BULK_LIMIT = 500


def _action_done(action):
    return {"submit": _("submitted"), "verify": _("verified"), "acknowledge": _("acknowledged"),
            "accept": _("accepted"), "return": _("returned"), "reopen": _("reopened")}[action]


def changes_since_approval(period):
    """Expenditure history events (pghistory) in the period's month since it last passed a sign-off
    step; none before its first approval."""
    event_model = apps.get_model("grants", "ExpenditureEvent")
    if period.approved_event_id is None:
        return event_model.objects.none()
    # Compared by event id, not time: PostgreSQL stamps events with their transaction's start time.
    return (event_model.objects.filter(school_id=period.school_id, fiscal_year_id=period.fiscal_year_id,
                                       date__gte=period.month, date__lte=period.end,
                                       pgh_id__gt=period.approved_event_id)
            .select_related("category").order_by("pgh_created_at", "pgh_id"))


# --- domain events (sandbox.events): what notifications and webhooks hear once the write commits ---

PERIOD_EVENTS = {"submit": "period.submitted", "verify": "period.verified", "acknowledge": "period.acknowledged",
                 "accept": "period.accepted", "return": "period.returned", "reopen": "period.reopened"}


def _publish_period(user, period, action, comment):
    total = Expenditure.objects.filter(school_id=period.school_id, fiscal_year_id=period.fiscal_year_id,
                                       date__gte=period.month, date__lte=period.end).aggregate(s=Sum("amount"))["s"]
    events.publish(PERIOD_EVENTS[action], period, actor=user, school_id=period.school_id,
                   agency_id=period.school.agency_id, province_id=period.school.province_id,
                   month=period.month.isoformat(), status=period.status, comment=comment,
                   total=f"{total or 0:.2f}")


def _publish_expenditure(name, user, expenditure, old=None):
    school = expenditure.allocation.school
    data = {"date": expenditure.date.isoformat(), "amount": f"{expenditure.amount:.2f}",
            "category": expenditure.category.code, "fiscal_year": expenditure.allocation.fiscal_year.year,
            "allocation": expenditure.allocation_id, "description": expenditure.description,
            "payee": expenditure.payee, "receipt_number": expenditure.receipt_number}
    if old is not None:
        data["previous"] = {"date": old.date.isoformat(), "amount": f"{old.amount:.2f}"}
    events.publish(name, expenditure, actor=user, school_id=school.pk, agency_id=school.agency_id,
                   province_id=school.province_id, **data)
