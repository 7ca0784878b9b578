"""KPI values through SBN's review: the province office submits a value with its evidence, SBN
acknowledges it or returns it with a reason, like the grant periods. One person per step: whoever
submitted a value does not acknowledge or return it."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from provinces.models import IndicatorValue, ValueStatus
from sandbox import events, services
from sandbox.access import require
from sandbox.row_version import check_if_match


def _province_id(value):
    return value.indicator.kra.outcome.province_id


def _locked(value, if_match):
    current = services.lock(value)
    check_if_match(current, if_match)
    return current


def save_value(user, value, if_match=None):
    """Pages and API edit a value only while it is a draft or returned."""
    if not value._state.adding:
        stored = IndicatorValue.objects.only("status").get(pk=value.pk)
        if stored.status not in (ValueStatus.DRAFT, ValueStatus.RETURNED):
            raise ValidationError(_("This value is with SBN or acknowledged; it can no longer be edited."))
    return services.save_object(user, value, if_match=if_match)


def submit(user, value, if_match=None):
    with transaction.atomic():
        current = _locked(value, if_match)
        require(user, "submit", current)
        if current.status not in (ValueStatus.DRAFT, ValueStatus.RETURNED):
            raise ValidationError(_("Only a draft or a returned value can be submitted."))
        if not current.has_evidence:
            raise ValidationError({"evidence_file": _("Attach the evidence (a file or a link) before submitting.")})
        current.status, current.submitted_by, current.submitted_at = ValueStatus.SUBMITTED, user, timezone.now()
        current.return_reason = ""
        current.save(update_fields=["status", "submitted_by", "submitted_at", "return_reason", "updated"])
        events.publish("kpi_value.submitted", current, actor=user, province_id=_province_id(current),
                       fiscal_year=current.fiscal_year, indicator_id=current.indicator_id)
    return current


def _review(user, value, if_match, status, reason=""):
    with transaction.atomic():
        current = _locked(value, if_match)
        require(user, "review", current)
        if current.status != ValueStatus.SUBMITTED:
            raise ValidationError(_("Only a submitted value can be acknowledged or returned."))
        if current.submitted_by_id == user.pk:
            raise PermissionDenied(_("You submitted this value; someone else at SBN reviews it."))
        current.status, current.reviewed_by, current.reviewed_at = status, user, timezone.now()
        current.return_reason = reason
        current.save(update_fields=["status", "reviewed_by", "reviewed_at", "return_reason", "updated"])
        name = "kpi_value.acknowledged" if status == ValueStatus.ACKNOWLEDGED else "kpi_value.returned"
        events.publish(name, current, actor=user, province_id=_province_id(current),
                       fiscal_year=current.fiscal_year, indicator_id=current.indicator_id, reason=reason,
                       submitted_by_id=current.submitted_by_id)
    return current


def acknowledge(user, value, if_match=None):
    return _review(user, value, if_match, ValueStatus.ACKNOWLEDGED)


def return_value(user, value, reason, if_match=None):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the value is returned.")})
    return _review(user, value, if_match, ValueStatus.RETURNED, reason)
