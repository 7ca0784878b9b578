"""Account writes shared by the pages and the API: tokens, sessions and new users."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import ApiToken, UserSession
from sandbox.access import require
from sandbox.errors import BusinessError
from sandbox.middleware import client_ip
from sandbox.models import RoleAssignment
from sandbox.services import save_object


class SelfGrant(BusinessError):
    """Nobody gives a role to themselves: a second person always decides who may do what."""

    code = "self_grant"
    status = 403


def issue_token(user, name, read_only=False, expires=None):
    """Validate and create a token; returns (token, raw key). The raw key is shown once."""
    candidate = ApiToken(user=user, name=name, read_only=read_only, expires=expires)
    candidate.full_clean(exclude=["prefix", "key_hash"])
    return ApiToken.issue(user, name, read_only=read_only, expires=expires)


def revoke_token(token):
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked is None:
            token.revoked = timezone.now()
            token.save(update_fields=["revoked", "updated"])
    return token


def revoke_all_tokens(user):
    """Revoke every live token of the user (their password changed or their last role went); one
    UPDATE, which the audit triggers record like any other."""
    now = timezone.now()
    return ApiToken.objects.filter(user=user, revoked__isnull=True).update(revoked=now, updated=now)


def revoke_tokens_on_password_change(sender, instance, created, **kwargs):
    # set_password() leaves the new password in _password until save() has run the validators' hooks.
    if not created and getattr(instance, "_password", None) is not None:
        revoke_all_tokens(instance)


def revoke_tokens_on_last_role_removed(sender, instance, **kwargs):
    if not RoleAssignment.objects.filter(user_id=instance.user_id).exists():
        revoke_all_tokens(instance.user_id)


def save_role_assignment(actor, assignment, if_match=None):
    """save_object() for role assignments, refusing one that the actor would hold themselves."""
    if assignment.user_id is not None and assignment.user_id == actor.pk:
        raise SelfGrant(_("You cannot give a role to yourself; ask another administrator."))
    return save_object(actor, assignment, if_match=if_match)


def _client_ip(request):
    return getattr(request, "axes_ip_address", None) or client_ip(request)


def remember_session(sender, request, user, **kwargs):
    """On sign-in, note the session so that "sign out everywhere" can find it later."""
    session = getattr(request, "session", None)
    if session is None or not session.session_key:
        return
    UserSession.objects.update_or_create(
        session_key=session.session_key,
        defaults={"user": user, "ip_address": _client_ip(request),
                  "user_agent": request.META.get("HTTP_USER_AGENT", "")[:255]},
    )


def forget_session(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    if session is not None and session.session_key:
        UserSession.objects.filter(session_key=session.session_key).delete()


def sign_out_everywhere(user, keep_session_key=None):
    """End every session of the user except the one given; returns how many were ended."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    sessions = UserSession.objects.filter(user=user).exclude(session_key=keep_session_key or "")
    keys = list(sessions.values_list("session_key", flat=True))
    for key in keys:
        store(session_key=key).delete()
    UserSession.objects.filter(session_key__in=keys).delete()
    return len(keys)


def create_user(actor, *, username, password, role, first_name="", last_name="", email="",
                province=None, agency=None, school=None):
    """Create an account and its first role in one transaction, inside the actor's scope."""
    user = get_user_model()(username=username, first_name=first_name, last_name=last_name, email=email)
    assignment = RoleAssignment(role=role, province=province, agency=agency, school=school)
    errors = {}
    for check in (lambda: user.full_clean(exclude=["password"]),
                  lambda: assignment.full_clean(exclude=["user"])):
        try:
            check()
        except ValidationError as exc:
            errors.update(exc.message_dict)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        errors["password"] = exc.messages
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        require(actor, "add", assignment)
        user.set_password(password)
        user.save()
        assignment.user = user
        assignment.save()
    return user
