"""API: a person's own notifications (list, read, mark read, mark all read, dismiss), their email
preferences, and the LINE groups offices name."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _l
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from notifications import services
from notifications.filtersets import LineGroupFilterSet, NotificationFilterSet
from notifications.messages import describe
from notifications.models import Email, Kind, LineGroup, Notification
from provinces.models import Province
from sandbox.api import ApiSchema, ExportMixin, ModelSerializer, ModelViewSet, VersionedMixin
from sandbox.row_version import check_if_match


class NotificationSerializer(serializers.ModelSerializer):
    title = serializers.SerializerMethodField(help_text="In the request's language.")
    body = serializers.SerializerMethodField(help_text="In the request's language; one line per detail.")
    link = serializers.CharField(source="url", read_only=True, help_text="The portal page it is about.")
    read = serializers.BooleanField(source="is_read", help_text="Send true to mark it read, false for unread.")

    class Meta:
        model = Notification
        fields = ["id", "kind", "title", "body", "link", "school", "data", "read", "read_at", "created"]
        read_only_fields = ["kind", "school", "data", "read_at", "created"]

    def get_title(self, notification) -> str:
        return describe(notification).title

    def get_body(self, notification) -> str:
        return describe(notification).body

    def update(self, notification, validated_data):
        if "is_read" in validated_data:
            set_read(self.context["request"].user, notification, validated_data["is_read"],
                     if_match=self.context.get("if_match"))
        return notification


def set_read(user, notification, read, if_match=None):
    with transaction.atomic():
        current = Notification.objects.of(user).select_for_update().get(pk=notification.pk)
        check_if_match(current, if_match)
        services.mark_read(user, notification, read)
    notification.refresh_from_db()
    return notification


def dismiss(user, notification, if_match=None):
    with transaction.atomic():
        current = Notification.objects.of(user).select_for_update().filter(pk=notification.pk).first()
        if current is None:
            raise PermissionDenied
        check_if_match(current, if_match)
        current.delete()


class PreferenceSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Kind.choices)
    label = serializers.CharField(read_only=True)
    email = serializers.ChoiceField(choices=Email.choices)


NOTIFICATION_EXPORT = (("created", _l("Time")), ("kind", _l("Kind")), ("__str__", _l("Notification")),
                       ("url", _l("Link")), ("read_at", _l("Read")))


@extend_schema(tags=["notifications"])
class NotificationViewSet(VersionedMixin, ExportMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                          mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """The signed-in person's notifications, newest first. `?unread=true` lists the unread only.

    PATCH {"read": true} marks one read; POST read-all/ marks them all; DELETE dismisses one.
    """

    queryset = Notification.objects.all()
    serializer_class = NotificationSerializer
    filterset_class = NotificationFilterSet
    ordering_fields = ["created"]
    ordering = ["-created", "-pk"]
    export_columns = NOTIFICATION_EXPORT
    schema = ApiSchema()
    allow_without_role = True  # a person's own notices, whatever their roles

    def get_queryset(self):
        return Notification.objects.of(self.request.user)

    def update(self, request, *args, **kwargs):
        return self._with_written_etag(super().update(request, *args, **kwargs))

    def perform_destroy(self, instance):
        dismiss(self.request.user, instance, if_match=self.if_match())

    @extend_schema(request=None, responses=NotificationSerializer)
    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        notification = set_read(request.user, self.get_object(), True)
        return Response(self.get_serializer(notification).data)

    @extend_schema(request=None, responses=inline_serializer("MarkedRead", {"marked": serializers.IntegerField()}))
    @action(detail=False, methods=["post"], url_path="read-all", filter_backends=[])
    def read_all(self, request):
        return Response({"marked": services.mark_all_read(request.user)})

    @extend_schema(responses=inline_serializer("UnreadCount", {"unread": serializers.IntegerField()}))
    @action(detail=False, methods=["get"], url_path="unread-count", filter_backends=[], pagination_class=None)
    def unread_count(self, request):
        return Response({"unread": services.unread_count(request.user)})

    @extend_schema(methods=["GET"], responses=PreferenceSerializer(many=True))
    @extend_schema(methods=["PUT"], request=PreferenceSerializer(many=True), responses=PreferenceSerializer(many=True))
    @action(detail=False, methods=["get", "put"], filter_backends=[], pagination_class=None)
    def preferences(self, request):
        """How the person is emailed of each kind: at once, in a daily digest, or not (inbox only)."""
        if request.method == "PUT":
            serializer = PreferenceSerializer(data=request.data, many=True)
            serializer.is_valid(raise_exception=True)
            services.set_preferences(request.user, {row["kind"]: row["email"] for row in serializer.validated_data})
        rows = [{"kind": kind, "label": str(label), "email": email}
                for kind, label, email in services.preferences(request.user)]
        return Response(PreferenceSerializer(rows, many=True).data)


class LineGroupSerializer(ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all(), required=False,
                                            allow_null=True)

    class Meta:
        model = LineGroup
        fields = ["id", "province", "agency", "name", "group_id", "kinds", "is_active", "created", "updated"]
        read_only_fields = ["created", "updated"]
        validators = []  # one group per office: the database constraint's job, via full_clean


@extend_schema(tags=["notifications"])
class LineGroupViewSet(ModelViewSet):
    """The LINE group each provincial or affiliation office has its notices pushed to (when the portal
    has a LINE channel token). An office manages its own; SBN all of them."""

    queryset = LineGroup.objects.select_related("province", "agency")
    serializer_class = LineGroupSerializer
    filterset_class = LineGroupFilterSet
    ordering = ["pk"]
    export_columns = (("province.code", _l("Province")), ("agency.code", _l("Affiliation office")),
                      ("name", _l("Group name")), ("group_id", _l("LINE group ID")), ("kinds_display", _l("Events pushed")),
                      ("is_active", _l("Active")))

