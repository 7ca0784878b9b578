"""Webhook subscriptions and their delivery log.

A Subscription belongs to the user who made it (usually through an API token) and is read and
changed only by them (Subscription.objects.of(user)). Its scope (a school, an affiliation
office, a province or the nation) must lie inside what its owner's roles reach, when it is made
and again at every delivery.
"""

import secrets
import uuid

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from notifications.models import OwnedQuerySet
from sandbox.access import AGENCY, ALL_ROLES, NATION, PROVINCE, SCHOOL, Rules
from sandbox.models import BaseModel


class Event(models.TextChoices):
    EXPENDITURE_CREATED = "expenditure.created", _("Expenditure created")
    EXPENDITURE_CHANGED = "expenditure.changed", _("Expenditure changed")
    EXPENDITURE_DELETED = "expenditure.deleted", _("Expenditure deleted")
    PERIOD_SUBMITTED = "period.submitted", _("Period submitted")
    PERIOD_VERIFIED = "period.verified", _("Period verified")
    PERIOD_ACKNOWLEDGED = "period.acknowledged", _("Period acknowledged")
    PERIOD_ACCEPTED = "period.accepted", _("Period accepted")
    PERIOD_RETURNED = "period.returned", _("Period returned")
    PERIOD_REOPENED = "period.reopened", _("Period reopened")
    REPORT_READY = "report.ready", _("Report ready")


PING = "webhook.ping"  # a test delivery the owner asks for


class Scope(models.TextChoices):
    NATION = NATION, _("The nation")
    PROVINCE = PROVINCE, _("A province")
    AGENCY = AGENCY, _("An affiliation office")
    SCHOOL = SCHOOL, _("A school")


class SubscriptionQuerySet(OwnedQuerySet):
    owner_field = "owner"


def new_secret():
    return secrets.token_hex(32)


# The secret signs deliveries: it is shown once and never copied into the audit trail, though a new
# one is recorded as a change. The failure count moves with every delivery and is not audited.
@pghistory.track(pghistory.InsertEvent(),
                 pghistory.UpdateEvent(condition=pghistory.AnyChange(exclude=["row_version", "consecutive_failures"])),
                 pghistory.DeleteEvent(), exclude=["secret", "consecutive_failures"],
                 obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"))
class Subscription(BaseModel):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="webhook_subscriptions", verbose_name=_("owner"))
    name = models.CharField(_("name"), max_length=100, blank=True)
    url = models.URLField(_("address"), max_length=500, help_text=_("Where the portal POSTs each event."))
    events = ArrayField(models.CharField(max_length=40, choices=Event.choices), verbose_name=_("events"))
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    province = models.ForeignKey("provinces.Province", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+", verbose_name=_("province"))
    agency = models.ForeignKey("schools.Agency", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("affiliation office"))
    school = models.ForeignKey("schools.PilotSchool", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("school"))
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    consecutive_failures = models.PositiveIntegerField(_("failed deliveries in a row"), default=0, editable=False)
    disabled_reason = models.CharField(_("why it was switched off"), max_length=300, blank=True, editable=False)

    # Read and changed by its owner alone (Subscription.objects.of(user)): no role views others' rows.
    # Any role may add one whose scope its assignments reach: the paths below are those of
    # webhooks.services.covers(), which the service applies, so that the API's can_add_anything()
    # lets every role holder through to it and refuses an account without a role.
    access = Rules(province=("province", "agency__province", "school__province"), agency=("agency", "school__agency"),
                   school="school", view=frozenset(), add=ALL_ROLES, change=frozenset(), delete=frozenset())

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["-created", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="webhook_scope_matches",
                condition=(
                    models.Q(scope="nation", province__isnull=True, agency__isnull=True, school__isnull=True)
                    | models.Q(scope="province", province__isnull=False, agency__isnull=True, school__isnull=True)
                    | models.Q(scope="agency", province__isnull=True, agency__isnull=False, school__isnull=True)
                    | models.Q(scope="school", province__isnull=True, agency__isnull=True, school__isnull=False)
                ),
            ),
        ]
        indexes = [models.Index(fields=["is_active", "scope"], name="webhook_active_scope")]

    def __str__(self):
        return self.name or self.url

    def get_absolute_url(self):
        return reverse("webhooks:detail", args=[self.pk])

    @property
    def events_display(self):
        labels = dict(Event.choices)
        return ", ".join(str(labels.get(event, event)) for event in self.events or ())

    @property
    def scope_object(self):
        return {NATION: None, PROVINCE: self.province, AGENCY: self.agency, SCHOOL: self.school}.get(self.scope)

    def clean(self):
        needed = {PROVINCE: "province", AGENCY: "agency", SCHOOL: "school"}
        errors = {}
        for level, name in needed.items():
            given = getattr(self, f"{name}_id") is not None
            if self.scope == level and not given:
                errors[name] = _("Choose the %(scope)s.") % {"scope": Scope(level).label.lower()}
            elif self.scope != level and given:
                errors[name] = _("Leave this empty for this scope.")
        if not self.events:
            errors["events"] = _("Choose at least one event.")
        elif any(e not in Event.values for e in self.events):
            errors["events"] = _("Choose events from the list.")
        else:
            self.events = sorted(set(self.events), key=Event.values.index)
        if errors:
            raise ValidationError(errors)


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Being delivered")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    """One event sent (or being sent) to one subscription: the exact body, each attempt's outcome."""

    uuid = models.UUIDField(_("delivery id"), default=uuid.uuid4, unique=True, editable=False)
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries",
                                     verbose_name=_("webhook"))
    event_id = models.UUIDField(_("event"))
    event = models.CharField(_("event name"), max_length=40)
    body = models.TextField(_("body"))
    status = models.CharField(_("status"), max_length=10, choices=DeliveryStatus.choices,
                              default=DeliveryStatus.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(_("response status"), null=True, blank=True)
    response_body = models.CharField(_("response (start)"), max_length=1000, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created", "-pk"]
        constraints = [models.UniqueConstraint(fields=["subscription", "event_id"], name="delivery_once_per_event")]
        indexes = [models.Index(fields=["subscription", "-created"], name="delivery_subscription_created"),
                   models.Index(fields=["next_attempt"], condition=models.Q(status="pending"),
                                name="delivery_pending")]

    def __str__(self):
        return f"{self.event} → {self.subscription}"
