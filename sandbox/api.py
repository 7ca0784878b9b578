"""The API's shared machinery: a per-model viewset is a few attributes on ModelViewSet."""

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from sandbox import audit, services
from sandbox.access import allows, restrict_queryset
from sandbox.api_policy import Pagination


class ModelSerializer(serializers.ModelSerializer):
    """Saves through services.save_object, so validation and access are those of the pages."""

    def create(self, validated_data):
        instance = self.Meta.model(**validated_data)
        return services.save_object(self.context["request"].user, instance)

    def update(self, instance, validated_data):
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return services.save_object(self.context["request"].user, instance)


class HistoryEventSerializer(serializers.Serializer):
    at = serializers.DateTimeField(source="pgh_created_at")
    event = serializers.CharField(source="pgh_label")
    user = serializers.SerializerMethodField()
    request_id = serializers.CharField()
    url = serializers.CharField()
    changes = serializers.JSONField(source="pgh_diff", allow_null=True)
    values = serializers.JSONField(source="pgh_data")

    def get_user(self, event) -> str | None:
        return event.user.get_username() if event.user else None


class ModelViewSet(viewsets.ModelViewSet):
    """Applies restrict() for every action; writes go through the shared services."""

    queryset = None  # the base queryset: its model, select_related and ordering
    ordering = ("pk",)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method not in permissions.SAFE_METHODS and request.user.is_authenticated:
            import pghistory

            pghistory.context(user=request.user.pk, request_id=getattr(request, "id", ""))

    def get_queryset(self):
        return restrict_queryset(self.queryset.all(), self.request.user, "view")

    def get_object(self):
        obj = super().get_object()
        if self.request.method in ("PUT", "PATCH") and not allows(self.request.user, "change", obj):
            raise exceptions.PermissionDenied()
        if self.request.method == "DELETE" and not allows(self.request.user, "delete", obj):
            raise exceptions.PermissionDenied()
        return obj

    def perform_destroy(self, instance):
        services.delete_object(self.request.user, instance)

    @extend_schema(responses=HistoryEventSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=Pagination)
    def history(self, request, *args, **kwargs):
        obj = self.get_object()
        page = self.paginate_queryset(audit.history_for(obj))
        events = audit.with_users(page)
        return self.get_paginated_response(HistoryEventSerializer(events, many=True).data)


__all__ = ["status", "Response"]
