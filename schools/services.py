"""Writes that touch more than one row or enforce a business rule; pages, API and importers call these."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from sandbox import services
from sandbox.access import Role, allows, has_role, require
from schools.models import (
    MembershipEvent,
    PilotSchool,
    ReadinessAnswer,
    ReadinessQuestion,
    ReadinessResponse,
    RespondentRole,
)
from schools.models.membership import STATUS_AFTER, check_sequence
from schools.readiness import compute_scores

# --- membership ------------------------------------------------------------------------------

def sync_school_status(school):
    """Set the school's status from its latest membership event (a school without history keeps its own)."""
    latest = school.membership_events.order_by("-date", "-id").first()
    if latest is None:
        return school
    status = STATUS_AFTER[latest.kind]
    if school.status != status:
        school.status = status
        school.save(update_fields=["status", "updated"])
    return school


def save_membership_event(user, event):
    """Record or correct one membership event; the school's status follows, in the same transaction."""
    with transaction.atomic():
        # Locking the school serialises concurrent events of one school, so the sequence check holds.
        school = PilotSchool.objects.select_for_update().get(pk=event.school_id)
        previous_school_id = None
        if event.pk:
            previous_school_id = MembershipEvent.objects.values_list("school_id", flat=True).get(pk=event.pk)
        services.save_object(user, event)
        sync_school_status(school)
        if previous_school_id and previous_school_id != school.pk:
            _recheck(PilotSchool.objects.select_for_update().get(pk=previous_school_id))
    return event


def delete_membership_event(user, event):
    with transaction.atomic():
        school = PilotSchool.objects.select_for_update().get(pk=event.school_id)
        services.delete_object(user, event)
        _recheck(school)


def _recheck(school):
    check_sequence(list(school.membership_events.order_by("date", "id")))
    sync_school_status(school)


# --- readiness -------------------------------------------------------------------------------

def respondent_role_for(user, questionnaire, school):
    """The role in which this user answers for this school: its director, or its agency's supervisor."""
    probe = ReadinessResponse(questionnaire=questionnaire, school=school)
    if allows(user, "answer_director", probe):
        return RespondentRole.DIRECTOR
    if allows(user, "answer_supervisor", probe):
        return RespondentRole.SUPERVISOR
    return None


def submit_readiness(user, questionnaire, school, answers, respondent_role=None, comment=""):
    """Save a complete set of answers of one respondent for one school, and its scores.

    `answers` maps question id to the chosen value. A director answers as director of their school,
    a supervisor as supervisor of a school of their agency; SBN administrators may correct an
    existing response of either. Raises PermissionDenied or ValidationError; nothing is written then.
    """
    with transaction.atomic():
        school = PilotSchool.objects.select_for_update().get(pk=school.pk)
        own_role = respondent_role_for(user, questionnaire, school)
        role = respondent_role or own_role
        existing = ReadinessResponse.objects.select_for_update().filter(
            questionnaire=questionnaire, school=school, respondent_role=role).first() if role else None
        # Directors and supervisors answer in their own role only; SBN administrators may correct a
        # response that exists, but never answer in someone's place.
        correcting = existing is not None and role != own_role and _is_sbn_admin(user)
        if role is None or (role != own_role and not correcting):
            raise PermissionDenied(_("You may answer the readiness questionnaire only for your own school or "
                                     "for the schools of your affiliation office."))
        if existing is not None:
            require(user, "change", existing)
        if not questionnaire.is_open:
            raise ValidationError(_("This questionnaire is closed for answers."))
        questions = {q.pk: q for q in ReadinessQuestion.objects.filter(section__questionnaire=questionnaire)}
        values = _check_answers(questions, answers)
        response = existing or ReadinessResponse(questionnaire=questionnaire, school=school, respondent_role=role)
        if not correcting:
            response.respondent = user
        response.comment = comment
        response.score, response.section_scores = compute_scores(questionnaire, values)
        response.save()
        response.answers.all().delete()
        ReadinessAnswer.objects.bulk_create(
            ReadinessAnswer(response=response, question_id=pk, value=value) for pk, value in values.items())
    return response


def _is_sbn_admin(user):
    return user.is_superuser or has_role(user, Role.SBN_ADMIN)


def _check_answers(questions, answers):
    if not questions:
        raise ValidationError(_("This questionnaire has no questions yet."))
    errors, values = {}, {}
    for key, raw in (answers or {}).items():
        try:
            pk = int(str(key).removeprefix("q"))
        except ValueError:
            pk = None
        if pk not in questions:
            errors[f"q{key}"] = _("This question is not part of the questionnaire.")
            continue
        try:
            value = int(raw)
        except (TypeError, ValueError):
            value = None
        if value is None or not 1 <= value <= questions[pk].scale_max:
            errors[f"q{pk}"] = _("Choose a value from 1 to %(max)s.") % {"max": questions[pk].scale_max}
            continue
        values[pk] = value
    for pk in questions:
        if pk not in values and f"q{pk}" not in errors:
            errors[f"q{pk}"] = _("Answer this question.")
    if errors:
        raise ValidationError(errors)
    return values
