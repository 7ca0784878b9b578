"""API: the signed-in user's (or token owner's) webhook subscriptions and their delivery log."""

import json

from django.utils.translation import gettext_lazy as _l
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from provinces.models import Province
from sandbox.api import ModelSerializer, ModelViewSet
from sandbox.api_policy import Pagination
from webhooks import services
from webhooks.models import Delivery, Event, Subscription


class SubscriptionSerializer(ModelSerializer):
    save_with = services.save_subscription
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.choices), allow_empty=False)
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all(), required=False,
                                            allow_null=True)

    class Meta:
        model = Subscription
        fields = ["id", "name", "url", "events", "scope", "province", "agency", "school", "is_active",
                  "consecutive_failures", "disabled_reason", "created", "updated"]
        read_only_fields = ["consecutive_failures", "disabled_reason", "created", "updated"]


class NewSecretSerializer(SubscriptionSerializer):
    secret = serializers.CharField(read_only=True, help_text=(
        "The HMAC-SHA256 key that signs every delivery (X-Sandbox-Signature: sha256=<hex of the body>). "
        "It is shown in this response only; rotate-secret/ makes a new one."))

    class Meta(SubscriptionSerializer.Meta):
        fields = [*SubscriptionSerializer.Meta.fields, "secret"]


class DeliverySerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="uuid", read_only=True, help_text="Sent as X-Sandbox-Delivery.")
    payload = serializers.SerializerMethodField(help_text="The JSON body that was sent.")

    class Meta:
        model = Delivery
        fields = ["id", "event", "status", "attempts", "response_status", "response_body", "error",
                  "duration_ms", "created", "last_attempt", "next_attempt", "delivered", "payload"]

    def get_payload(self, delivery) -> dict:
        try:
            return json.loads(delivery.body)
        except ValueError:
            return {}


SUBSCRIPTION_EXPORT = (("name", _l("Name")), ("url", _l("Address")), ("events_display", _l("Events")),
                       ("scope", _l("Scope")), ("scope_object", _l("Scope name")), ("is_active", _l("Active")),
                       ("consecutive_failures", _l("Failed deliveries in a row")), ("created", _l("Created")))


@extend_schema(tags=["webhooks"])
class SubscriptionViewSet(ModelViewSet):
    """Webhooks: the portal POSTs each event you subscribe to, inside the scope you name (a school,
    an affiliation office, a province, or the nation for SBN), to your address as signed JSON.

    Body: {"event", "event_id", "occurred_at", "object_type", "object_id", "school", "agency",
    "province" (codes), "data"}. Headers: X-Sandbox-Event, X-Sandbox-Delivery (the same on every
    retry of one delivery) and X-Sandbox-Signature: sha256=<hex HMAC-SHA256 of the raw body with
    the secret>. A delivery is retried with growing pauses until a 2xx answer; a webhook whose
    deliveries keep failing is switched off and you are notified. The scope must lie inside what
    your roles reach. You see and change only your own webhooks.
    """

    queryset = Subscription.objects.select_related("province", "agency", "school")
    serializer_class = SubscriptionSerializer
    delete_with = services.delete_subscription
    filter_backends = []
    ordering = ["-created", "-pk"]
    export_columns = SUBSCRIPTION_EXPORT

    def get_queryset(self):
        return self.queryset.of(self.request.user).order_by("-created", "-pk")

    def get_object(self):
        # Owner-only rows: get_queryset() already holds nothing else; the service re-checks the scope.
        return super(ModelViewSet, self).get_object()

    def get_serializer_class(self):
        return NewSecretSerializer if self.action == "create" else SubscriptionSerializer

    @extend_schema(responses={201: NewSecretSerializer})
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @extend_schema(request=None, responses=NewSecretSerializer)
    @action(detail=True, methods=["post"], url_path="rotate-secret")
    def rotate_secret(self, request, pk=None):
        """A new signing secret, shown in this response only; deliveries from now on use it."""
        subscription = services.rotate_secret(request.user, self.get_object())
        return Response(NewSecretSerializer(subscription, context=self.get_serializer_context()).data)

    @extend_schema(request=None, responses={202: DeliverySerializer})
    @action(detail=True, methods=["post"])
    def ping(self, request, pk=None):
        """Send a test delivery (event "webhook.ping") now; its outcome appears in deliveries/."""
        delivery = services.ping(request.user, self.get_object())
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=DeliverySerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=Pagination)
    def deliveries(self, request, pk=None):
        """The delivery log, newest first: every event sent, each attempt's answer or error."""
        subscription = self.get_object()
        page = self.paginate_queryset(subscription.deliveries.order_by("-created", "-pk"))
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)
