from django import forms
from django.utils.translation import gettext_lazy as _

from committees.models import (
    AgendaItem,
    Attendance,
    Committee,
    Level,
    Meeting,
    Membership,
    Nomination,
    Person,
    Resolution,
)
from sandbox.forms import ModelForm


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


DATE_FIELDS = {"order_date", "selected_on", "approved_on", "term_start", "term_end", "due_date"}
DATETIME_FIELDS = {"starts_at", "ends_at"}


class CommitteeModelForm(ModelForm):
    """Dates as date pickers; parent rows offered are those the user can see (access is checked on save)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in DATE_FIELDS:
                field.widget = DateInput(attrs={"class": "form-control"})
            elif name in DATETIME_FIELDS:
                field.widget = DateTimeInput(attrs={"class": "form-control"})


class CommitteeForm(CommitteeModelForm):
    class Meta:
        model = Committee
        fields = ["name_th", "name_en", "short_name", "level", "province", "agency", "parent", "order_number",
                  "selected_on", "approved_on", "order_date", "order_document", "term_start", "term_end", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(is_sandbox=True)
        self.fields["agency"].queryset = self.fields["agency"].queryset.select_related("province")
        self.fields["notes"].widget.attrs["rows"] = 3


class PersonForm(CommitteeModelForm):
    class Meta:
        model = Person
        fields = ["title", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "office_title",
                  "organization", "sector", "province"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(is_sandbox=True)


class MembershipForm(CommitteeModelForm):
    class Meta:
        model = Membership
        fields = ["committee", "person", "position", "sequence", "term_start", "term_end", "note"]


class MeetingForm(CommitteeModelForm):
    class Meta:
        model = Meeting
        fields = ["committee", "number", "title", "starts_at", "ends_at", "mode", "venue", "online_link",
                  "minutes_text", "minutes_file"]


class AgendaItemForm(CommitteeModelForm):
    class Meta:
        model = AgendaItem
        fields = ["meeting", "number", "title", "details"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = Meeting.objects.select_related("committee")
        self.fields["details"].widget.attrs["rows"] = 3


class AttendanceForm(CommitteeModelForm):
    class Meta:
        model = Attendance
        fields = ["meeting", "membership", "status", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meeting = self.initial.get("meeting") or self.instance.meeting_id
        memberships = Membership.objects.select_related("person", "committee")
        if meeting:
            memberships = memberships.filter(committee__meetings=meeting)
        self.fields["meeting"].queryset = Meeting.objects.select_related("committee")
        self.fields["membership"].queryset = memberships


class ResolutionForm(CommitteeModelForm):
    class Meta:
        model = Resolution
        fields = ["meeting", "agenda_item", "text", "responsible", "due_date", "status", "follow_up"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meeting = self.initial.get("meeting") or self.instance.meeting_id
        items = AgendaItem.objects.all()
        if meeting:
            items = items.filter(meeting=meeting)
        self.fields["meeting"].queryset = Meeting.objects.select_related("committee")
        self.fields["agenda_item"].queryset = items
        for name in ("text", "follow_up"):
            self.fields[name].widget.attrs["rows"] = 3


class NominationForm(CommitteeModelForm):
    class Meta:
        model = Nomination
        fields = ["committee", "person", "title", "first_name_th", "last_name_th", "first_name_en", "last_name_en",
                  "office_title", "organization", "sector", "position", "term_start", "term_end", "qualifications"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = Committee.objects.filter(level=Level.ESA).select_related("agency")
        self.fields["person"].required = False
        self.fields["qualifications"].widget.attrs["rows"] = 3


class ReturnForm(forms.Form):
    reason = forms.CharField(label=_("Reason for returning"), widget=forms.Textarea(attrs={"rows": 3,
                                                                                      "class": "form-control"}))
