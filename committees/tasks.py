"""Scheduled work: remind province offices of committee terms about to end."""

from collections import defaultdict

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from committees.models import EXPIRY_WARNING_DAYS, Membership
from sandbox.access import Role


def _recipients(province_id):
    """Province officers of that province; SBN administrators for national committees."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if province_id is None:
        users = users.filter(role_assignments__role=Role.SBN_ADMIN)
    else:
        users = users.filter(role_assignments__role=Role.PROVINCE_OFFICER, role_assignments__province_id=province_id)
    return sorted(set(users.values_list("email", flat=True)))


@shared_task
def notify_expiring_terms(today=None):
    """Email each province office once about every seat whose term ends within 60 days.

    A seat is reminded again only if its term end changes. Returns the number of emails sent.
    """
    today = today or timezone.localdate()
    sent = 0
    with transaction.atomic():
        due = (
            Membership.objects.expiring(today)
            .exclude(expiry_notified_for=F("term_end"))
            .select_related("person", "committee")
            .select_for_update(of=("self",), skip_locked=True)
            .order_by("committee__province_id", "term_end", "id")
        )
        by_province = defaultdict(list)
        for membership in due:
            by_province[membership.committee.province_id].append(membership)
        for province_id, memberships in by_province.items():
            recipients = _recipients(province_id)
            if not recipients:
                continue  # reminded once someone holds the office
            with translation.override(settings.LANGUAGE_CODE):
                context = {"memberships": memberships, "days": EXPIRY_WARNING_DAYS,
                           "list_url": reverse("committees:member-list") + "?expiring=true"}
                subject = render_to_string("committees/email/expiring_subject.txt", context).strip()
                body = render_to_string("committees/email/expiring_body.txt", context)
            send_mail(subject, body, None, recipients)
            sent += 1
            Membership.objects.filter(pk__in=[m.pk for m in memberships]).update(
                expiry_notified_for=F("term_end"))
    return sent
