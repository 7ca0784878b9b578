"""What a reviewer reads before signing off a month, and what its director confirms before submitting:
the month's rows beside the year's figures, the warnings, and what changed since the last submission and
since the last approval, field by field.

Changes are read from the expenditure history (pghistory events, written by PostgreSQL triggers) by event
id, never by time: the period records the newest event id at each submission and each approval.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from grants import services, summaries
from grants.models import Category, Expenditure, PeriodStatus, PlanLine
from sandbox.access import allows
from sandbox.formatting import format_baht, format_date

# The fields of a row a reviewer cares about, in the order a change lists them.
REVIEWED_FIELDS = (
    ("date", _("Date")),
    ("amount", _("Amount (baht)")),
    ("description", _("Description")),
    ("payee", _("Payee")),
    ("category_id", _("Category")),
    ("plan_line_id", _("Plan line")),
    ("receipt_number", _("Receipt number")),
    ("receipt", _("Receipt file")),
)
ADDED, CHANGED, DELETED = "added", "changed", "deleted"
KIND_LABELS = {ADDED: _("Added"), CHANGED: _("Changed"), DELETED: _("Deleted")}


@dataclass
class RowChange:
    """One expenditure as it changed over a span of history: added, deleted, or its fields old → new."""

    kind: str
    expenditure_id: int
    description: str
    amount: object
    when: object
    fields: list = field(default_factory=list)  # [(label, old text, new text)]

    @property
    def label(self):
        return KIND_LABELS[self.kind]


def month_expenditures(period):
    return (Expenditure.objects.filter(school_id=period.school_id, fiscal_year_id=period.fiscal_year_id,
                                       date__gte=period.month, date__lte=period.end)
            .select_related("category", "plan_line").order_by("date", "pk"))


def previous_submission_event_id(period):
    """The event id recorded at the submission before the latest one; None for a first submission (or
    one made before submissions recorded it). Read from the period's own history."""
    history = (apps.get_model("grants", "PeriodEvent").objects
               .filter(pgh_obj_id=period.pk, submitted_at__isnull=False)
               .order_by("-pgh_id").values_list("submitted_at", "submitted_event_id"))
    for submitted_at, event_id in history.iterator():
        if submitted_at != period.submitted_at:
            return event_id
    return None


def changes_since_submission(period):
    """While the school edits (open or returned): what changed since it last submitted. Once submitted:
    what that submission changed since the one before, which is what the reviewer has not seen yet.
    None when there is nothing to compare with (never submitted, or a first submission)."""
    if period.submitted_event_id is None:
        return None
    if period.status in (PeriodStatus.OPEN, PeriodStatus.RETURNED):
        return row_changes(period, after=period.submitted_event_id)
    previous = previous_submission_event_id(period)
    if previous is None:
        return None
    return row_changes(period, after=previous, up_to=period.submitted_event_id)


def changes_since_approval(period):
    """What changed since the period last passed a sign-off step; None before its first approval."""
    if period.approved_event_id is None:
        return None
    return row_changes(period, after=period.approved_event_id)


def row_changes(period, after, up_to=None):
    """[RowChange] for the month's expenditures with history events after event id `after` (up to `up_to`),
    each compared with how it stood at `after`; a row moved into or out of the month counts too."""
    event_model = apps.get_model("grants", "ExpenditureEvent")
    span = event_model.objects.filter(school_id=period.school_id, fiscal_year_id=period.fiscal_year_id,
                                      pgh_id__gt=after)
    if up_to is not None:
        span = span.filter(pgh_id__lte=up_to)
    touched = set(span.filter(date__gte=period.month, date__lte=period.end).values_list("id", flat=True))
    if not touched:
        return []
    latest = {}
    for event in span.filter(id__in=touched).order_by("pgh_id"):
        latest[event.id] = event
    before = {e.id: e for e in event_model.objects.filter(id__in=touched, pgh_id__lte=after)
              .order_by("id", "-pgh_id").distinct("id")}
    names = _names(list(latest.values()) + list(before.values()))
    changes = []
    for row_id, last in sorted(latest.items(), key=lambda item: item[1].pgh_id):
        old = before.get(row_id)
        if old is not None and old.pgh_label == "delete":
            old = None  # ids are never reused; a deleted row does not come back
        if last.pgh_label == "delete":
            if old is not None:
                changes.append(_change(DELETED, old, last.pgh_created_at))
            continue
        if old is None:
            changes.append(_change(ADDED, last, last.pgh_created_at))
            continue
        fields = [(label, _shown(name, getattr(old, name), names), _shown(name, getattr(last, name), names))
                  for name, label in REVIEWED_FIELDS if _value(old, name) != _value(last, name)]
        if fields:
            changes.append(_change(CHANGED, last, last.pgh_created_at, fields))
    return changes


def _change(kind, event, when, fields=()):
    return RowChange(kind=kind, expenditure_id=event.id, description=event.description, amount=event.amount,
                     when=when, fields=list(fields))


def _value(event, name):
    value = getattr(event, name)
    return value.name if name == "receipt" else value


def _names(events):
    """Category and plan line names for the ids the events hold: two queries however many events."""
    categories = {e.category_id for e in events}
    lines = {e.plan_line_id for e in events if e.plan_line_id}
    return {
        "category_id": {c.pk: c.name for c in Category.objects.filter(pk__in=categories)},
        "plan_line_id": dict(PlanLine.objects.filter(pk__in=lines).values_list("pk", "activity")),
    }


def _shown(name, value, names):
    if name == "date":
        return format_date(value)
    if name == "amount":
        return format_baht(value)
    if name in names:
        return names[name].get(value, "–") if value else "–"
    if name == "receipt":
        return _("a file") if value else "–"
    return value or "–"


def review(user, period):
    """Everything the review page and the submit confirmation show of a period."""
    rows = list(month_expenditures(period))
    month_total = sum((e.amount for e in rows), start=summaries.ZERO)
    may_see_receipts = allows(user, "receipt", Expenditure(school=period.school))
    return {
        "rows": rows,
        "month_total": month_total,
        "figures": summaries.school_year_figures(period.school, period.fiscal_year),
        "plan_lines": summaries.plan_line_figures(period.school, period.fiscal_year, period.month),
        "money_flags": summaries.spending_flags(period.fiscal_year, schools=[period.school_id]),
        "may_see_receipts": may_see_receipts,
        "changes_since_submission": changes_since_submission(period),
        "changes_since_approval": changes_since_approval(period),
        "actions": services.allowed_actions(user, period),
    }
