"""GET /api/v1/me/: who the caller is, the roles they hold and where, and the schools, affiliation
offices and provinces they act for, so a client learns its own ids instead of having them re-keyed."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, views
from rest_framework.response import Response

from sandbox.models import RoleAssignment


class PlaceSerializer(serializers.Serializer):
    id = serializers.CharField(source="pk", help_text="The id the API uses for it (a province's is its DOPA code).")
    code = serializers.CharField()
    name_th = serializers.CharField()
    name_en = serializers.CharField()


class SchoolPlaceSerializer(PlaceSerializer):
    id = serializers.IntegerField(source="pk")
    code = serializers.CharField(help_text="The 10-digit school code.")
    agency = serializers.IntegerField(source="agency_id")
    province = serializers.CharField(source="province_id")


class AgencyPlaceSerializer(PlaceSerializer):
    id = serializers.IntegerField(source="pk")
    province = serializers.CharField(source="province_id")


class RoleSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    role = serializers.CharField()
    role_display = serializers.CharField(source="get_role_display")
    scope = serializers.SerializerMethodField(help_text="nation, province, agency or school")
    scope_id = serializers.SerializerMethodField()

    def get_scope(self, assignment) -> str:
        return next((level for level in ("school", "agency", "province") if getattr(assignment, f"{level}_id")),
                    "nation")

    def get_scope_id(self, assignment) -> str | None:
        level = self.get_scope(assignment)
        value = getattr(assignment, f"{level}_id", None)
        return None if value is None else str(value)


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="user.pk")
    username = serializers.CharField(source="user.username")
    full_name = serializers.CharField(source="user.get_full_name")
    email = serializers.CharField(source="user.email")
    is_superuser = serializers.BooleanField(source="user.is_superuser")
    token_read_only = serializers.BooleanField(allow_null=True, help_text="For a token: whether it may only "
                                               "read; null for a browser session.")
    roles = RoleSerializer(many=True)
    schools = SchoolPlaceSerializer(many=True)
    agencies = AgencyPlaceSerializer(many=True)
    provinces = PlaceSerializer(many=True)


def identity(user, token=None):
    roles = list(RoleAssignment.objects.filter(user=user).select_related(
        "province", "agency", "school").order_by("role", "pk"))

    def distinct(items):
        return list({item.pk: item for item in items if item is not None}.values())

    return {
        "user": user, "token_read_only": getattr(token, "read_only", None) if token is not None else None,
        "roles": roles,
        "schools": distinct(r.school for r in roles),
        "agencies": distinct(r.agency for r in roles),
        "provinces": distinct(r.province for r in roles),
    }


class MeView(views.APIView):
    """The signed-in user or the token's owner: roles with their scopes, and the schools, affiliation
    offices and provinces they are assigned to (an account without a role sees empty lists)."""

    allow_without_role = True  # knowing who you are is part of your own account
    filter_backends = []

    @extend_schema(tags=["accounts"], responses=MeSerializer)
    def get(self, request):
        return Response(MeSerializer(identity(request.user, request.auth)).data)
