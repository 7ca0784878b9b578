"""API for a user's own tokens and for role assignments; the same services as the pages."""

from django.contrib.auth import get_user_model
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.response import Response

from accounts import services
from accounts.filtersets import RoleAssignmentFilterSet
from accounts.models import ApiToken
from sandbox.access import can_add_anything
from sandbox.api import ModelSerializer, ModelViewSet
from sandbox.models import RoleAssignment


class TokenSerializer(serializers.ModelSerializer):
    active = serializers.BooleanField(source="is_active", read_only=True)

    class Meta:
        model = ApiToken
        fields = ["id", "name", "prefix", "read_only", "expires", "last_used", "revoked", "created", "active"]
        read_only_fields = ["prefix", "last_used", "revoked", "created"]

    def create(self, validated_data):
        token, self.raw_key = services.issue_token(self.context["request"].user, **validated_data)
        return token


class NewTokenSerializer(TokenSerializer):
    key = serializers.CharField(read_only=True, help_text="The token's key. It is shown this once only.")

    class Meta(TokenSerializer.Meta):
        fields = [*TokenSerializer.Meta.fields, "key"]


@extend_schema(tags=["tokens"])
class TokenViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                   mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """The signed-in user's own API tokens. DELETE revokes a token (it stays listed, revoked)."""

    serializer_class = TokenSerializer
    filter_backends = []
    allow_without_role = True  # a user's own tokens are part of their own account
    queryset = ApiToken.objects.all()

    def get_queryset(self):
        return ApiToken.objects.filter(user=self.request.user).order_by("-created", "-pk")

    @extend_schema(responses={201: NewTokenSerializer})
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token = serializer.save()
        body = NewTokenSerializer(token).data
        body["key"] = serializer.raw_key
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        services.revoke_token(instance)


class RoleAssignmentSerializer(ModelSerializer):
    save_with = services.save_role_assignment
    user = serializers.PrimaryKeyRelatedField(queryset=get_user_model().objects.all())
    username = serializers.CharField(source="user.username", read_only=True)

    class Meta:
        model = RoleAssignment
        fields = ["id", "user", "username", "role", "province", "agency", "school", "created"]
        read_only_fields = ["created"]
        # Uniqueness is the database constraint's job (via full_clean in the shared service).
        validators = []


@extend_schema(tags=["accounts"])
class RoleAssignmentViewSet(ModelViewSet):
    queryset = RoleAssignment.objects.select_related("user", "province", "agency", "school")
    serializer_class = RoleAssignmentSerializer
    filterset_class = RoleAssignmentFilterSet
    ordering_fields = ["created", "role"]
    ordering = ["user__username", "role"]

    def create(self, request, *args, **kwargs):
        # A user who may not grant any role is refused before their payload is looked at.
        if not can_add_anything(request.user, RoleAssignment):
            raise exceptions.PermissionDenied()
        return super().create(request, *args, **kwargs)
