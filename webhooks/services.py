"""Webhook subscriptions and deliveries: every write the API and the pages make, and the sending.

Delivery: an event that some active subscription asked for becomes one Delivery row per
subscription (its exact JSON body), then one Celery task per delivery POSTs it, signed:

    X-Sandbox-Signature: sha256=<hex HMAC-SHA256 of the body with the subscription's secret>
    X-Sandbox-Delivery:  <the delivery's id, the same on every attempt>
    X-Sandbox-Event:     <the event name>

A 2xx answer delivers it. Anything else (another status, a timeout, a refused connection) is
tried again after 30 s, 1 min, 2 min, … until WEBHOOKS_MAX_ATTEMPTS; then the delivery has
failed. WEBHOOKS_DISABLE_AFTER failed deliveries in a row switch the subscription off and tell its
owner; one delivered resets the count. Receivers should ignore a delivery id they have seen: a
worker that dies mid-send makes the delivery go again.
"""

import datetime
import hashlib
import hmac
import json
import logging
import time
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.events import enqueue, hand_over
from sandbox.access import AGENCY, ALL_ROLES, NATION, PROVINCE, SCHOOL, reaches
from sandbox.row_version import check_if_match
from webhooks import http
from webhooks.models import PING, Delivery, DeliveryStatus, Event, Subscription, new_secret

logger = logging.getLogger(__name__)

DELIVERED, RETRY, FAILED, SKIPPED = "delivered", "retry", "failed", "skipped"


def _setting(name, default):
    return getattr(settings, name, default)


# --- scope ----------------------------------------------------------------------------------

def covers(user, scope, obj):
    """Whether the user's roles reach the scope: the nation only for SBN, a province for its
    officers, an affiliation office for its supervisors and its province's officers, a school for
    its own people and the offices above it."""
    if not getattr(user, "is_active", False):
        return False

    def ids(level):
        if scope == NATION or obj is None:
            return ()
        if scope == PROVINCE:
            return (obj.pk,) if level == PROVINCE else ()
        if scope == AGENCY:
            return {PROVINCE: (obj.province_id,), AGENCY: (obj.pk,)}.get(level, ())
        return {PROVINCE: (obj.province_id,), AGENCY: (obj.agency_id,), SCHOOL: (obj.pk,)}.get(level, ())

    return reaches(user, ALL_ROLES, ids)


# --- subscriptions ------------------------------------------------------------------------

def save_subscription(user, instance, if_match=None):
    """Create (the user becomes the owner) or change one subscription; returns it.

    Raises ValidationError (bad input, an address webhooks may not go to), PermissionDenied (not
    the owner, or a scope outside the owner's roles) or StaleVersion.
    """
    adding = instance._state.adding
    with transaction.atomic():
        if adding:
            instance.owner = user
            url_changed = True
        else:
            current = Subscription.objects.select_for_update().get(pk=instance.pk)
            if current.owner_id != user.pk:
                raise PermissionDenied(_("You do not have permission to do this."))
            check_if_match(current, if_match)
            url_changed = current.url != instance.url
            if instance.is_active and not current.is_active:  # switched on again: a fresh start
                instance.consecutive_failures = 0
                instance.disabled_reason = ""
        instance.full_clean()
        if not covers(user, instance.scope, instance.scope_object):
            raise PermissionDenied(_("The scope lies outside what your roles reach."))
        if url_changed:
            try:
                http.check(instance.url)
            except http.Refused as exc:
                raise ValidationError({"url": str(exc)}) from exc
        instance.save()
    return instance


def delete_subscription(user, instance, if_match=None):
    with transaction.atomic():
        current = Subscription.objects.select_for_update().get(pk=instance.pk)
        if current.owner_id != user.pk:
            raise PermissionDenied(_("You do not have permission to do this."))
        check_if_match(current, if_match)
        current.delete()


def rotate_secret(user, subscription):
    """A new signing secret, returned this once; later attempts, retries included, sign with it."""
    with transaction.atomic():
        current = Subscription.objects.select_for_update().get(pk=subscription.pk)
        if current.owner_id != user.pk:
            raise PermissionDenied(_("You do not have permission to do this."))
        current.secret = new_secret()
        current.save(update_fields=["secret", "updated"])
    return current


def sign(secret, body):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# --- events to deliveries -------------------------------------------------------------------

def wanted(name):
    """Whether any active subscription asked for this event (checked before anything is queued)."""
    return Subscription.objects.filter(is_active=True, events__contains=[name]).exists()


def matching(message):
    """The active subscriptions that asked for this event within their scope."""
    name = message["name"]
    subscriptions = Subscription.objects.filter(is_active=True, events__contains=[name]).select_related(
        "owner", "province", "agency", "school")
    if name == Event.REPORT_READY:  # a report belongs to whoever asked for it
        return subscriptions.filter(owner_id=(message.get("data") or {}).get("requested_by"))
    condition = Q(scope=NATION)
    if message.get("province_id"):
        condition |= Q(scope=PROVINCE, province_id=message["province_id"])
    if message.get("agency_id"):
        condition |= Q(scope=AGENCY, agency_id=message["agency_id"])
    if message.get("school_id"):
        condition |= Q(scope=SCHOOL, school_id=message["school_id"])
    return subscriptions.filter(condition)


def payload(message):
    """The JSON body: the event, when, which row, the school, agency and province codes, the details."""
    from schools.models import Agency, PilotSchool

    school = PilotSchool.objects.filter(pk=message.get("school_id")).values_list("code", flat=True).first() \
        if message.get("school_id") else None
    agency = Agency.objects.filter(pk=message.get("agency_id")).values_list("code", flat=True).first() \
        if message.get("agency_id") else None
    return {
        "event": message["name"], "event_id": message["id"], "occurred_at": message["at"],
        "object_type": message["model"], "object_id": message["object_id"],
        "school": school, "agency": agency, "province": message.get("province_id"),
        "data": message.get("data") or {},
    }


def handle_event(message):
    """Record a delivery of the event for every subscription that wants it; returns them."""
    subscriptions = list(matching(message))
    if not subscriptions:
        return []
    body = json.dumps(payload(message), ensure_ascii=False, sort_keys=True, default=str)
    created = []
    for subscription in subscriptions:
        if not covers(subscription.owner, subscription.scope, subscription.scope_object):
            switch_off(subscription, _("Its owner's roles no longer reach its scope."), tell=True)
            continue
        try:
            with transaction.atomic():
                created.append(Delivery.objects.create(subscription=subscription, event_id=message["id"],
                                                       event=message["name"], body=body,
                                                       next_attempt=timezone.now()))
        except IntegrityError:  # this event is already on its way to this subscription
            continue
    send_after_commit([d.pk for d in created])
    return created


def ping(user, subscription):
    """A test delivery the owner asks for; returns it."""
    if subscription.owner_id != user.pk:
        raise PermissionDenied(_("You do not have permission to do this."))
    now = timezone.now()
    event_id = uuid.uuid4()
    body = json.dumps({"event": PING, "event_id": str(event_id), "occurred_at": now.isoformat(),
                       "object_type": "webhooks.Subscription", "object_id": subscription.pk, "school": None,
                       "agency": None, "province": None, "data": {}}, sort_keys=True)
    delivery = Delivery.objects.create(subscription=subscription, event_id=event_id, event=PING, body=body,
                                       next_attempt=now)
    send_after_commit([delivery.pk])
    return delivery


def send_after_commit(delivery_ids):
    """Once the transaction commits, the outbox thread sends each delivery to the workers."""
    from webhooks import tasks

    def send():
        for pk in delivery_ids:
            enqueue(tasks.deliver, pk)  # one the broker did not take goes with the next sweep

    transaction.on_commit(lambda: hand_over(send))


# --- sending ------------------------------------------------------------------------------

def backoff(attempts):
    """Seconds to wait after `attempts` failed attempts: 30 s, 1 min, 2 min, … at most 30 min."""
    return min(1800, _setting("WEBHOOKS_RETRY_DELAY", 30) * 2 ** max(0, attempts - 1))


def attempt(delivery_pk):
    """Try one delivery once. Returns (outcome, seconds to wait before the next attempt or None)."""
    delivery = Delivery.objects.select_related("subscription").filter(pk=delivery_pk).first()
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return SKIPPED, None
    subscription = delivery.subscription
    # Claim the attempt: a duplicate task that read the same row finds it taken and does nothing.
    claimed = Delivery.objects.filter(pk=delivery.pk, status=DeliveryStatus.PENDING,
                                      attempts=delivery.attempts).update(attempts=F("attempts") + 1,
                                                                        last_attempt=timezone.now())
    if not claimed:
        return SKIPPED, None
    attempts = delivery.attempts + 1
    if not subscription.is_active:
        _finish(delivery, DeliveryStatus.FAILED, error=_("The webhook was switched off."))
        return FAILED, None
    body = delivery.body.encode()
    headers = {"Content-Type": "application/json", "User-Agent": "EducationSandboxPortal-Webhooks/1.0",
               "X-Sandbox-Event": delivery.event, "X-Sandbox-Delivery": str(delivery.uuid),
               "X-Sandbox-Signature": sign(subscription.secret, body)}
    started = time.monotonic()
    status, text, error, final = None, "", "", False
    try:
        status, text = http.post(subscription.url, body, headers, _setting("WEBHOOKS_TIMEOUT", 10))
        if not 200 <= status < 300:
            error = _("The receiver answered %(status)s.") % {"status": status}
    except http.Refused as exc:
        error, final = str(exc), True
    except OSError as exc:  # refused, reset, timed out, TLS
        error = f"{type(exc).__name__}: {exc}"[:500]
    fields = {"response_status": status, "response_body": text[:1000], "error": error[:500],
              "duration_ms": int((time.monotonic() - started) * 1000)}
    if not error:
        _finish(delivery, DeliveryStatus.DELIVERED, delivered=timezone.now(), **fields)
        Subscription.objects.filter(pk=subscription.pk, consecutive_failures__gt=0).update(consecutive_failures=0)
        return DELIVERED, None
    if final or attempts >= _setting("WEBHOOKS_MAX_ATTEMPTS", 6):
        _finish(delivery, DeliveryStatus.FAILED, **fields)
        _count_failure(subscription, error)
        return FAILED, None
    wait = backoff(attempts)
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt=timezone.now() + datetime.timedelta(seconds=wait),
                                                   **fields)
    return RETRY, wait


def _finish(delivery, status, **fields):
    Delivery.objects.filter(pk=delivery.pk).update(status=status, next_attempt=None, **fields)


def _count_failure(subscription, error):
    """One more failed delivery in a row; past the limit the subscription is switched off."""
    Subscription.objects.filter(pk=subscription.pk).update(consecutive_failures=F("consecutive_failures") + 1)
    failures = Subscription.objects.values_list("consecutive_failures", flat=True).get(pk=subscription.pk)
    if failures >= _setting("WEBHOOKS_DISABLE_AFTER", 10):
        switch_off(subscription, _("%(count)s deliveries in a row failed; the last: %(error)s") % {
            "count": failures, "error": error}, tell=True, failures=failures, error=error)


def switch_off(subscription, reason, tell=False, failures=None, error=""):
    """Switch a subscription off (once) and, if asked, tell its owner."""
    switched = Subscription.objects.filter(pk=subscription.pk, is_active=True).update(
        is_active=False, disabled_reason=str(reason)[:300])
    if switched and tell:
        from notifications import services as notifications

        notifications.webhook_disabled(subscription.owner, subscription.get_absolute_url(),
                                       http.split(subscription.url)[1] if subscription.url else "",
                                       failures if failures is not None else subscription.consecutive_failures,
                                       error or str(reason))
    return bool(switched)


def resend_stuck(older_than_seconds=600):
    """Send again the pending deliveries whose attempt is long overdue (the broker lost or never took
    them); returns how many. A delivery sent twice is one the receiver ignores by its id."""
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than_seconds)
    stuck = list(Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt__lt=cutoff)
                 .order_by("next_attempt").values_list("pk", flat=True)[:500])
    from webhooks import tasks

    return sum(1 for pk in stuck if enqueue(tasks.deliver, pk))


def prune(days=None):
    """Forget deliveries older than WEBHOOKS_LOG_DAYS; returns how many."""
    days = days or _setting("WEBHOOKS_LOG_DAYS", 30)
    cutoff = timezone.now() - datetime.timedelta(days=days)
    deleted, _counts = Delivery.objects.filter(created__lt=cutoff).exclude(status=DeliveryStatus.PENDING).delete()
    return deleted
