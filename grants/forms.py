from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from grants.models import Allocation, Category, Expenditure, FiscalYear, PlanLine, Programme, Transfer
from grants.receipts import check_receipt
from sandbox import held_uploads
from sandbox.forms import ModelForm

# Two centuries ahead; a larger number is a typo (and past B.E. 10542 not a date Python can hold).
LAST_FISCAL_YEAR = 2700


class FiscalYearForm(ModelForm):
    class Meta:
        model = FiscalYear
        fields = ["year", "is_open", "due_day"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].max_value = LAST_FISCAL_YEAR
        self.fields["year"].validators.append(MaxValueValidator(LAST_FISCAL_YEAR))
        self.fields["due_day"].required = False  # left empty: the usual 10th

    def clean_due_day(self):
        return self.cleaned_data.get("due_day") or FiscalYear._meta.get_field("due_day").default


class ProgrammeForm(ModelForm):
    class Meta:
        model = Programme
        fields = ["code", "name_th", "name_en", "is_active"]


class CategoryForm(ModelForm):
    class Meta:
        model = Category
        fields = ["code", "name_th", "name_en", "sort_order", "is_active"]


class AllocationForm(ModelForm):
    class Meta:
        model = Allocation
        fields = ["school", "fiscal_year", "programme", "amount", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = self.fields["school"].queryset.select_related("province")


class TransferForm(ModelForm):
    class Meta:
        model = Transfer
        fields = ["allocation", "installment", "date", "amount", "reference"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["allocation"].queryset = Allocation.objects.select_related("school", "fiscal_year", "programme")


class PlanLineForm(ModelForm):
    class Meta:
        model = PlanLine
        fields = ["allocation", "activity", "category", "planned_amount"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["allocation"].queryset = Allocation.objects.restrict(self.user, "view").select_related(
            "school", "fiscal_year", "programme")
        self.fields["category"].queryset = Category.objects.filter(is_active=True)


def receipt_storage():
    return Expenditure._meta.get_field("receipt").storage


class ExpenditureForm(ModelForm):
    """The quick form on a school's year page, and the full edit page."""

    class Meta:
        model = Expenditure
        fields = ["date", "amount", "category", "description", "payee", "receipt_number", "plan_line",
                  "allocation", "receipt"]
        widgets = {
            "amount": forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            # A phone offers its camera first; photos are scaled down on the server (sandbox.images).
            "receipt": forms.ClearableFileInput(attrs={"accept": "image/*,application/pdf",
                                                       "capture": "environment"}),
        }

    # Service refusals that belong next to a field rather than above the form.
    error_fields = {"over_allocation": "amount", "period_locked": "date", "likely_duplicate": "confirm_duplicate"}
    held_receipt = forms.CharField(required=False, widget=forms.HiddenInput)
    confirm_duplicate = forms.BooleanField(
        required=False, label=_("Record it although the same receipt is already recorded"),
        help_text=_("Tick only when it really is another payment with the same receipt number, amount and date."))

    def save(self, commit=True):
        # grants.services.save_expenditure reads it: a likely duplicate goes in only when confirmed.
        self.instance.confirm_duplicate = bool(self.cleaned_data.get("confirm_duplicate"))
        return super().save(commit)

    def __init__(self, *args, allocations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if allocations is None:
            instance = self.instance
            allocations = Allocation.objects.filter(school_id=instance.school_id,
                                                    fiscal_year_id=instance.fiscal_year_id)
        allocations = list(allocations.select_related("programme"))
        self.fields["allocation"].queryset = Allocation.objects.filter(pk__in=[a.pk for a in allocations])
        self.fields["allocation"].label_from_instance = lambda a: str(a.programme)
        self.fields["allocation"].label = _("Programme")
        if len(allocations) == 1:
            # The instance's empty allocation would otherwise win over the field's initial value.
            if not self.instance.allocation_id:
                self.initial["allocation"] = allocations[0].pk
            self.fields["allocation"].widget = forms.HiddenInput()
        self.fields["category"].queryset = Category.objects.filter(is_active=True)
        self.fields["plan_line"].queryset = PlanLine.objects.filter(allocation__in=allocations)
        self.fields["date"].widget.attrs["autofocus"] = True
        self._receipt_held = False

    def add_error(self, field, error):
        super().add_error(field, error)
        self._hold_receipt()

    def _hold_receipt(self):
        """A receipt attached to a form that is sent back with an error is kept for the next try."""
        upload = self.files.get("receipt")
        if self._receipt_held or upload is None or self.user is None:
            return
        try:
            check_receipt(upload)
        except ValidationError:
            return
        self._receipt_held = True
        self.data = self.data.copy()
        self.data["held_receipt"] = held_uploads.hold(upload, self.user, receipt_storage())

    def held_receipt_name(self):
        """The name of a receipt kept from an earlier try, for the page to say it is attached."""
        if self.files.get("receipt") is not None and not self._receipt_held:
            return ""
        return held_uploads.describe(self.data.get("held_receipt"), self.user)

    def clean_receipt(self):
        receipt = self.cleaned_data.get("receipt")
        if "receipt" in self.files or receipt is False:
            return receipt
        return held_uploads.take(self.data.get("held_receipt"), self.user, receipt_storage()) or receipt


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"),
                           widget=forms.ClearableFileInput(attrs={"class": "form-control", "accept": ".csv,.xlsx"}))
    dry_run = forms.BooleanField(label=_("Dry run: check every row and import nothing"), required=False,
                                 initial=True, widget=forms.CheckboxInput(attrs={"class": "form-check-input"}))


class ExpenditureImportForm(ImportForm):
    confirm_duplicate = forms.BooleanField(
        label=_("Import likely duplicates too"), required=False,
        help_text=_("Tick only when rows with the same receipt number, amount and date as a recorded row or "
                    "another row of the file really are other payments."),
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}))


class TransitionForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), required=False,
                              widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}))
