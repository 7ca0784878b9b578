"""The work-queue cards a home page leads with, and the queue page's section of what waits beyond the
sign-off chain: follow-up actions past their due date and KPI values at the user's step."""

from django import template

from grants import queues
from provinces.models import IndicatorValue
from supervision.models import FollowUpAction

register = template.Library()

SHOWN = 20  # rows of each list on the queue page; the count says how many there are


def overdue_actions(user):
    return FollowUpAction.objects.awaiting(user)


def kpi_values(user):
    return IndicatorValue.objects.awaiting(user)


@register.inclusion_tag("grants/partials/queue_cards.html", takes_context=True)
def queue_cards(context):
    user = context["request"].user
    steps = queues.queue_steps(user)
    months = queues.months_to_submit(user) if "submit" in steps else []
    return {
        "steps": steps,
        "counts": queues.counts(user),
        "months": len(months),
        "returned": sum(m.returned for m in months),
        "overdue": sum(m.overdue for m in months),
        "most_late": max((m.days_late for m in months), default=0),
        "overdue_actions": overdue_actions(user).count(),
        "kpi_values": kpi_values(user).count(),
    }


@register.inclusion_tag("grants/partials/queue_beyond_periods.html", takes_context=True)
def queue_beyond_periods(context):
    """Overdue follow-up actions and KPI values waiting for the user, the oldest first (four queries)."""
    user = context["request"].user
    actions = overdue_actions(user).select_related("visit__school")
    values = kpi_values(user).select_related("indicator__kra__outcome__province").order_by("submitted_at", "pk")
    return {"actions": list(actions[:SHOWN]), "actions_count": actions.count(),
            "values": list(values[:SHOWN]), "values_count": values.count(), "shown": SHOWN}
