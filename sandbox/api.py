"""The API's shared machinery: a per-model viewset is a few attributes on ModelViewSet.

Every model's endpoints get, from here: restrict() on every action; an ETag on each object
read or written, from the row version the database bumps on every UPDATE; If-Match on PUT,
PATCH and DELETE, compared under the row lock inside the write service (412 when stale; a
request without it is accepted, last writer wins); Idempotency-Key on create; and
?export=csv|xlsx on the list, with the list's filters.
"""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import exceptions, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from sandbox import audit, audit_values, exports, idempotency, services
from sandbox.access import allows, can_add_anything, restrict_queryset
from sandbox.api_policy import Pagination
from sandbox.money import MoneyField, is_money, is_plain_number
from sandbox.row_version import etag_of

EXPORT_KINDS = ("csv", "xlsx")


class ModelSerializer(serializers.ModelSerializer):
    """Saves through `save_with`, so validation and access are those of the pages.

    save_with: function(user, instance, if_match=None) returning the saved instance;
    sandbox.services.save_object unless the model has a service of its own (wrap a service that
    takes no if_match in sandbox.services.versioned).
    """

    save_with = None

    def build_standard_field(self, field_name, model_field):
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        if issubclass(field_class, serializers.DecimalField) and is_money(kwargs.get("decimal_places")):
            field_class = MoneyField
            kwargs["number"] = is_plain_number(model_field)
        return field_class, kwargs

    def create(self, validated_data):
        return self.save_instance(self.Meta.model(**validated_data))

    def update(self, instance, validated_data):
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return self.save_instance(instance)

    def save_instance(self, instance):
        save = type(self).save_with or services.save_object
        return save(self.context["request"].user, instance, if_match=self.context.get("if_match"))


class HistoryEventSerializer(serializers.Serializer):
    """One recorded change, its values as the resource's API shows them (sandbox.audit_values)."""

    at = serializers.DateTimeField(source="pgh_created_at")
    event = serializers.CharField(source="pgh_label")
    user = serializers.SerializerMethodField()
    request_id = serializers.CharField()
    client_request_id = serializers.CharField(help_text="The X-Request-ID the client sent, if any.")
    url = serializers.CharField()
    changes = serializers.SerializerMethodField(help_text="{field: [before, after]} of an update.")
    values = serializers.SerializerMethodField(help_text="The row after the change (before it, for a delete).")

    def get_user(self, event) -> str | None:
        return event.user.get_username() if event.user else None

    @extend_schema_field(serializers.DictField(child=serializers.ListField(allow_null=True), allow_null=True))
    def get_changes(self, event):
        return audit_values.public_changes(self._model(event), event.pgh_diff)

    @extend_schema_field(serializers.DictField(allow_null=True))
    def get_values(self, event):
        return audit_values.public_values(self._model(event), event.pgh_data)

    @staticmethod
    def _model(event):
        return audit_values.model_for(getattr(event, "pgh_obj_model", ""))


IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER,
    description="The ETag of the version you read; a stale one gets 412 and changes nothing.")
IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key", OpenApiTypes.STR, OpenApiParameter.HEADER,
    description="Up to 200 printable characters. A retry with the same key and request replays the first "
                "response (Idempotent-Replayed: true); the same key with another request gets 422.")


class ErrorSerializer(serializers.Serializer):
    """Every refusal's body (sandbox.api_policy.exception_handler, sandbox.middleware.ApiErrorsMiddleware)."""

    code = serializers.CharField(help_text="invalid, parse_error, not_authenticated, permission_denied, not_found, "
                                           "unsupported_media_type, conflict, precondition_failed, "
                                           "idempotency_key_reused, …")
    message = serializers.CharField(help_text="In the request's language.")
    errors = serializers.DictField(required=False, help_text="{field: [messages]} for invalid input.")
    request_id = serializers.CharField(required=False)


ERRORS = {
    400: "Invalid input (the body, a filter, page_size or ordering); `errors` names the fields.",
    401: "No valid token or session.",
    403: "Not allowed for this account or token (a read-only token writes nothing).",
    404: "No such object, or not one you may see.",
    409: "The data as it stands forbids it (over the allocation, a locked period, a key fixed once used).",
    412: "If-Match names a version that is no longer current; nothing was changed.",
    415: "The body's Content-Type is not one this operation reads (see its request body), or is missing.",
    422: "This Idempotency-Key was used for a different request.",
}


class ApiSchema(AutoSchema):
    """Declares the shared headers on the operations that honour them, and the error answers."""

    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        # An operation that reads a body answers DRF's 415 to one whose Content-Type no parser reads.
        if operation and "requestBody" in operation:
            operation["responses"].setdefault("415", self.error_response(415))
        return operation

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for status_code in self.error_statuses():
            responses.setdefault(str(status_code), self.error_response(status_code, direction))
        return responses

    def error_response(self, status_code, direction="response"):
        response = self._get_response_for_code(ErrorSerializer, str(status_code), direction=direction)
        response["description"] = ERRORS[status_code]
        return response

    def error_statuses(self):
        statuses = [400, 401, 403, 404]
        if self.method not in permissions.SAFE_METHODS:
            statuses.append(409)
        names = {p.name for p in self.get_override_parameters() if isinstance(p, OpenApiParameter)}
        if IF_MATCH.name in names:
            statuses.append(412)
        if IDEMPOTENCY_KEY.name in names:
            statuses.append(422)
        return statuses

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if not isinstance(self.view, VersionedMixin):
            return parameters
        action_name = getattr(self.view, "action", None)
        if self.method == "POST" and action_name == "create":
            parameters.append(IDEMPOTENCY_KEY)
        elif self.method in ("PUT", "PATCH", "DELETE") or (self.method == "POST" and getattr(
                self.view, "if_match_actions", ()) and action_name in self.view.if_match_actions):
            parameters.append(IF_MATCH)
        return parameters

    def get_description(self):
        description = super().get_description()
        if self.method == "GET" and self._is_list_view() and getattr(self.view, "action", None) == "list":
            note = "?export=csv or ?export=xlsx downloads every row the filters select instead of a page."
            description = f"{description}\n\n{note}" if description else note
        return description


class VersionedMixin:
    """ETag on each object read or written; If-Match handed to the write services."""

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "if_match": self.if_match()}

    def if_match(self):
        return self.request.headers.get("If-Match") if self.request else None

    @staticmethod
    def with_etag(response, obj):
        if getattr(obj, "row_version", None) is not None:
            response["ETag"] = etag_of(obj)
        return response

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        return self.with_etag(Response(self.get_serializer(instance).data), instance)

    def _with_written_etag(self, response):
        serializer = getattr(getattr(response, "data", None), "serializer", None)
        instance = getattr(serializer, "instance", None)
        return self.with_etag(response, instance) if instance is not None else response


class ExportMixin:
    """?export=csv|xlsx on the list: every row the list's filters select, in one file."""

    export_columns = None  # ((attribute path, label), ...); by default the serializer's readable fields

    def list(self, request, *args, **kwargs):
        kind = request.query_params.get("export")
        if kind in EXPORT_KINDS:
            return self.export(kind)
        return super().list(request, *args, **kwargs)

    def export(self, kind):
        queryset = self.filter_queryset(self.get_queryset())
        name = str(queryset.model._meta.verbose_name_plural).replace(" ", "-")
        write = exports.csv_response if kind == "csv" else exports.xlsx_response
        return write(queryset, self.export_columns or self.default_export_columns(), name)

    def default_export_columns(self):
        """The serializer's readable fields, related rows by the key the API shows for them."""
        columns = []
        for name, field in self.get_serializer().fields.items():
            if field.write_only or field.source == "*" or isinstance(
                    field, serializers.BaseSerializer | serializers.ManyRelatedField):
                continue
            path = field.source
            if isinstance(field, serializers.SlugRelatedField):
                path = f"{path}.{field.slug_field}"
            elif isinstance(field, serializers.PrimaryKeyRelatedField):
                path = f"{path}.pk"
            columns.append((path, field.label or name))
        return tuple(columns)


class ModelViewSet(VersionedMixin, ExportMixin, viewsets.ModelViewSet):
    """Applies restrict() for every action; writes go through the shared services."""

    queryset = None  # the base queryset: its model, select_related and ordering
    ordering = ("pk",)
    delete_with = None  # function(user, instance, if_match=None); sandbox.services.delete_object by default
    if_match_actions = ()  # POST actions on one object that honour If-Match (for the schema)
    schema = ApiSchema()

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

    def update(self, request, *args, **kwargs):
        return self._with_written_etag(super().update(request, *args, **kwargs))

    def create(self, request, *args, **kwargs):
        # Who may not add rows of this kind at all is refused before the payload is read.
        model = self.queryset.model
        if hasattr(model, "access") and not can_add_anything(request.user, model):
            raise exceptions.PermissionDenied()
        return idempotency.once(request, lambda: self._with_written_etag(super(ModelViewSet, self).create(
            request, *args, **kwargs)))

    def perform_destroy(self, instance):
        delete = type(self).delete_with or services.delete_object
        delete(self.request.user, instance, if_match=self.if_match())

    @extend_schema(responses=HistoryEventSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=Pagination)
    def history(self, request, *args, **kwargs):
        obj = self.get_object()
        page = self.paginate_queryset(audit.history_for(obj))
        events = audit.with_users(page)
        return self.get_paginated_response(HistoryEventSerializer(events, many=True).data)


__all__ = ["status", "Response"]
