from celery import shared_task

from supervision import services


@shared_task
def announce_overdue_actions():
    """Daily: tell the owners and supervisors of follow-up actions that passed their due date."""
    return services.announce_overdue_actions()
