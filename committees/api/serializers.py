from rest_framework import serializers

from committees import services
from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Membership,
    Nomination,
    Person,
    Resolution,
)
from provinces.models import Province
from sandbox.api import ModelSerializer
from sandbox.services import versioned


class CommitteeSerializer(ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all(), required=False,
                                            allow_null=True)

    class Meta:
        model = Committee
        fields = ["id", "name_th", "name_en", "short_name", "level", "province", "agency", "parent", "order_number",
                  "order_date", "order_document", "selected_on", "approved_on", "term_start", "term_end", "notes",
                  "created", "updated"]


class PersonSerializer(ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", queryset=Province.objects.all(), required=False,
                                            allow_null=True)
    display_name = serializers.CharField(read_only=True)

    class Meta:
        model = Person
        fields = ["id", "display_name", "title", "first_name_th", "last_name_th", "first_name_en", "last_name_en",
                  "office_title", "organization", "sector", "province", "created", "updated"]


class MembershipSerializer(ModelSerializer):
    save_with = versioned(services.save_membership)
    person_name = serializers.CharField(source="person.display_name", read_only=True)
    standard_code = serializers.CharField(read_only=True)
    expires_soon = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = ["id", "committee", "person", "person_name", "position", "standard_code", "sequence", "term_start",
                  "term_end", "expires_soon", "note", "created", "updated"]
        extra_kwargs = {"term_start": {"required": False}}

    def get_expires_soon(self, membership) -> bool:
        return membership.expires_soon()


class MeetingSerializer(ModelSerializer):
    class Meta:
        model = Meeting
        fields = ["id", "committee", "number", "title", "starts_at", "ends_at", "mode", "venue", "online_link",
                  "minutes_text", "minutes_file", "created", "updated"]


class AgendaItemSerializer(ModelSerializer):
    class Meta:
        model = AgendaItem
        fields = ["id", "meeting", "number", "title", "details", "created", "updated"]
        validators = []  # the model's constraints answer, in one place, with their own messages


class AttendanceSerializer(ModelSerializer):
    class Meta:
        model = Attendance
        fields = ["id", "meeting", "membership", "status", "note", "created", "updated"]
        validators = []


class ResolutionSerializer(ModelSerializer):
    class Meta:
        model = Resolution
        fields = ["id", "meeting", "agenda_item", "text", "responsible", "due_date", "status", "follow_up",
                  "created", "updated"]


class NominationSerializer(ModelSerializer):
    save_with = versioned(services.save_nomination)

    class Meta:
        model = Nomination
        fields = ["id", "committee", "person", "title", "first_name_th", "last_name_th", "first_name_en",
                  "last_name_en", "office_title", "organization", "sector", "position", "term_start", "term_end",
                  "qualifications", "status", "return_reason", "nominated_by", "decided_by", "decided_at",
                  "membership", "created", "updated"]
        read_only_fields = ["status", "return_reason", "nominated_by", "decided_by", "decided_at", "membership"]


class ReturnSerializer(serializers.Serializer):
    # A blank reason is refused by the service, with its own message, as on the page.
    reason = serializers.CharField(allow_blank=True, help_text="Why it goes back to the ESA office.")


class RosterRowSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    membership = serializers.IntegerField(source="membership.pk")
    name_th = serializers.CharField()
    name_en = serializers.CharField()
    office_title = serializers.CharField()
    organization = serializers.CharField()
    sector = serializers.CharField()
    position = serializers.CharField()
    standard_code = serializers.CharField()
    term_start = serializers.DateField()
    term_end = serializers.DateField(allow_null=True)
    expires_soon = serializers.BooleanField()


class RosterSerializer(serializers.Serializer):
    committee = serializers.IntegerField(source="committee.pk")
    on = serializers.DateField()
    rows = RosterRowSerializer(many=True)
