"""The work-queue cards a home page leads with: what waits for the signed-in person."""

from django import template

from grants import queues

register = template.Library()


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
    }
