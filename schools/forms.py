from sandbox.forms import ModelForm
from schools.models import Agency, PilotSchool


class AgencyForm(ModelForm):
    class Meta:
        model = Agency
        fields = ["code", "name_th", "name_en", "kind", "province"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_to_scope("province", "view")


class PilotSchoolForm(ModelForm):
    class Meta:
        model = PilotSchool
        fields = ["code", "name_th", "name_en", "province", "agency", "district", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.select_related("province")
        self.fields["district"].queryset = self.fields["district"].queryset.filter(province__is_sandbox=True)
        self.fields["province"].queryset = self.fields["province"].queryset.filter(is_sandbox=True)
