"""Writes with rules beyond one row's validation, shared by the pages and the API."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sandbox import events, services
from sandbox.access import allows
from supervision.models import AssessmentKind, FollowUpAction


def save_assessment(user, assessment, if_match=None):
    """A director assesses themself, an agency supervisor of the school assesses the director."""
    if not allows(user, assessment.kind or AssessmentKind.SELF, assessment):
        raise PermissionDenied(_("The self-assessment is the director's own; the assessor's is made by a "
                                 "supervisor of the school's affiliation office."))
    if assessment._state.adding:
        assessment.assessed_by = user
    return services.save_object(user, assessment, if_match=if_match)


def announce_overdue_actions(today=None):
    """Publish follow_up_action.overdue once for each open action past its due date; returns how many."""
    today = today or timezone.localdate()
    with transaction.atomic():
        due = list(FollowUpAction.objects.overdue(today).filter(overdue_announced__isnull=True)
                   .select_related("visit__school").select_for_update(of=("self",), skip_locked=True))
        for action in due:
            school = action.visit.school
            events.publish("follow_up_action.overdue", action, actor=None, school_id=school.pk,
                           agency_id=school.agency_id, province_id=school.province_id,
                           owner_user_id=action.owner_user_id, due_date=action.due_date.isoformat(),
                           visit_id=action.visit_id)
        FollowUpAction.objects.filter(pk__in=[a.pk for a in due]).update(overdue_announced=today)
    return len(due)
