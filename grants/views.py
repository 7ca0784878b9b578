"""Grants pages. Every write goes through grants.services, the same functions the API calls."""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import ngettext
from django.views import View, generic

from grants import importers, previews, queues, review, services, summaries
from grants.filtersets import AllocationFilterSet, ExpenditureFilterSet, PeriodFilterSet
from grants.forms import (
    AllocationForm,
    CategoryForm,
    ExpenditureForm,
    ExpenditureImportForm,
    FiscalYearForm,
    ImportForm,
    PlanLineForm,
    ProgrammeForm,
    TransferForm,
    TransitionForm,
)
from grants.list_counts import expenditure_count
from grants.models import (
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    Period,
    PeriodStatus,
    PlanLine,
    Programme,
    Transfer,
)
from grants.summary_export import summary_export
from provinces.group_choice import chosen_group, group_provinces
from provinces.models import Province, ProvinceGroup
from sandbox import views
from sandbox.access import allows, assignments, can_add_anything, has_role
from schools.models import Agency, PilotSchool

# --- summaries at every level ------------------------------------------------------------------

class SummaryView(LoginRequiredMixin, generic.TemplateView):
    """National (by province), province (by agency and school) or agency (by school) page."""

    template_name = "grants/summary.html"

    def get(self, request, *args, **kwargs):
        self.years = list(FiscalYear.objects.order_by("-year"))
        year_param = request.GET.get("fiscal_year")
        self.year = next((y for y in self.years if str(y.year) == year_param), None) if year_param else FiscalYear.objects.current()
        if year_param and self.year is None:
            raise Http404
        self.province = get_object_or_404(Province, pk=request.GET["province"]) if request.GET.get("province") else None
        self.agency = (get_object_or_404(Agency.objects.select_related("province"), pk=request.GET["agency"])
                       if request.GET.get("agency", "").isdigit() else None)
        # A province group narrows the national page only: a province or office page is already narrower.
        self.group = chosen_group(request) if not (self.province or self.agency) else None
        kind = request.GET.get("export")
        if kind in ("csv", "xlsx") and self.year:
            group_by = request.GET.get("group_by") or self._group()
            if group_by not in summaries.GROUPS:
                raise BadRequest(_("Choose one of: %(groups)s.") % {"groups": ", ".join(summaries.GROUPS)})
            return summary_export(self._summary(group_by), kind)
        return super().get(request, *args, **kwargs)

    def _group(self):
        if self.agency:
            return "school"
        return "agency" if self.province else "province"

    def _summary(self, group_by):
        return summaries.spending_summary(self.year, group_by, user=self.request.user, province=self.province,
                                          agency=self.agency, provinces=group_provinces(self.group))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(years=self.years, year=self.year, province=self.province, agency=self.agency,
                       group=self.group, groups=ProvinceGroup.objects.all())
        if self.year is None:
            return context
        group_by = self._group()
        summary = self._summary(group_by)
        context.update(summary=summary, group_by=group_by, categories=self._summary("category"),
                       schools=self._summary("school") if group_by == "agency" else None,
                       my_schools=self._my_schools(),
                       is_admin=has_role(self.request.user, "sbn_admin") or self.request.user.is_superuser)
        return context

    def _my_schools(self):
        ids = [a.school_id for a in assignments(self.request.user) if a.school_id]
        return PilotSchool.objects.filter(pk__in=ids) if ids else []


# --- a school's year ----------------------------------------------------------------------------

class SchoolYearMixin(LoginRequiredMixin):
    def setup_year(self):
        self.school = get_object_or_404(PilotSchool.objects.select_related("province", "agency"),
                                        pk=self.kwargs["school"])
        self.year = get_object_or_404(FiscalYear, year=self.kwargs["year"])
        self.allocations = Allocation.objects.filter(school=self.school, fiscal_year=self.year)
        probe = Expenditure(school=self.school, fiscal_year=self.year)
        self.can_write = allows(self.request.user, "add", probe)

    def figures(self):
        return summaries.school_year_figures(self.school, self.year)

    def new_form(self, data=None, files=None):
        initial = {"date": min(timezone.localdate(), self.year.end)}
        return ExpenditureForm(data, files, user=self.request.user, allocations=self.allocations, initial=initial,
                               instance=Expenditure(school=self.school, fiscal_year=self.year))


class SchoolYearView(SchoolYearMixin, generic.TemplateView):
    template_name = "grants/school_year.html"
    rows_shown = 100  # the latest; the year's list holds them all, a page at a time

    def get(self, request, *args, **kwargs):
        self.setup_year()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        expenditures = (Expenditure.objects.filter(school=self.school, fiscal_year=self.year)
                        .select_related("category", "plan_line").order_by("-date", "-pk"))
        periods = {p.month: p for p in Period.objects.filter(school=self.school, fiscal_year=self.year)}
        months = [(m, periods.get(m)) for m in self.year.months()]
        context.update(
            school=self.school, year=self.year, figures=self.figures(), form=self.new_form(),
            can_write=self.can_write and self.allocations.exists() and self.year.is_open,
            expenditures=expenditures[:self.rows_shown], expenditure_count=expenditures.count(),
            all_expenditures_url=f"{reverse('grants:expenditure-list')}?"
                                 f"{urlencode({'school': self.school.pk, 'fiscal_year': self.year.year, 'group': ''})}",
            allocations=self.allocations.select_related("programme"),
            transfers=Transfer.objects.filter(allocation__in=self.allocations).order_by("date"),
            plan_lines=PlanLine.objects.filter(allocation__in=self.allocations).select_related("category"),
            months=months, locked_months={m for m, p in months if p and p.is_locked},
            years=FiscalYear.objects.order_by("-year"),
            can_add_plan=allows(self.request.user, "add", PlanLine(allocation=Allocation(school=self.school))),
        )
        return context


class ExpenditureQuickAddView(SchoolYearMixin, View):
    """htmx: add one row and answer with the new row, a fresh form and the figures (out of band)."""

    def post(self, request, *args, **kwargs):
        self.setup_year()
        if not self.can_write:
            raise PermissionDenied
        form = self.new_form(request.POST, request.FILES)
        row = None
        if form.is_valid():
            try:
                row = services.save_expenditure(request.user, form.save(commit=False))
            except ValidationError as exc:
                views.add_errors(form, exc)
        if row is None:
            _mark_invalid(form)
            if not request.htmx:
                messages.error(request, " ".join(_messages(form)))
                return redirect("grants:school-year", self.school.pk, self.year.year)
            return render(request, "grants/partials/quick_form.html",
                          {"form": form, "school": self.school, "year": self.year}, status=200)
        if not request.htmx:
            messages.success(request, _("Saved."))
            for warning in row.warnings:
                messages.warning(request, warning["message"])
            return redirect("grants:school-year", self.school.pk, self.year.year)
        warnings = row.warnings
        row = Expenditure.objects.select_related("category", "plan_line").get(pk=row.pk)
        return render(request, "grants/partials/quick_added.html", {
            "form": self.new_form(), "row": row, "school": self.school, "year": self.year,
            "figures": self.figures(), "saved": True, "warnings": warnings,
            "expenditure_count": Expenditure.objects.filter(school=self.school, fiscal_year=self.year).count(),
        })


def _mark_invalid(form):
    for name in form.errors:
        if name in form.fields:
            widget = form.fields[name].widget
            widget.attrs["class"] = widget.attrs.get("class", "") + " is-invalid"
            widget.attrs["aria-invalid"] = "true"


def _messages(form):
    return [str(e) for errors in form.errors.values() for e in errors]


class ExpenditureImportView(SchoolYearMixin, generic.FormView):
    template_name = "grants/import.html"
    form_class = ExpenditureImportForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.setup_year()
        if not self.can_write:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = importers.import_expenditures(self.request.user, self.school, self.year,
                                                   form.cleaned_data["file"], form.cleaned_data["dry_run"],
                                                   form.cleaned_data["confirm_duplicate"])
        except ValidationError as exc:
            form.add_error("file", exc)
            return self.form_invalid(form)
        return self.render_to_response(self.get_context_data(form=form, result=result))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("Import spending: %(school)s, fiscal year %(year)s") % {
            "school": self.school, "year": self.year.year}, columns=importers.EXPENDITURE_COLUMNS,
            back=reverse("grants:school-year", args=[self.school.pk, self.year.year]))
        return context


class AllocationImportView(LoginRequiredMixin, generic.FormView):
    template_name = "grants/import.html"
    form_class = ImportForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can_add_anything(request.user, Allocation):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = importers.import_allocations(self.request.user, form.cleaned_data["file"],
                                                  form.cleaned_data["dry_run"])
        except ValidationError as exc:
            form.add_error("file", exc)
            return self.form_invalid(form)
        return self.render_to_response(self.get_context_data(form=form, result=result))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("Import allocations"), columns=importers.ALLOCATION_COLUMNS,
                       back=reverse("grants:allocation-list"))
        return context


# --- expenditures ------------------------------------------------------------------------------

EXPENDITURE_COLUMNS = (
    ("date", _l("Date")), ("school", _l("School")), ("description", _l("Description")), ("category", _l("Category")),
    ("payee", _l("Payee")), ("receipt_number", _l("Receipt number")), ("amount", _l("Amount (baht)")),
)


class ExpenditureListView(views.ObjectListView):
    model = Expenditure
    filterset_class = ExpenditureFilterSet
    related = ("school", "category", "fiscal_year")
    columns = EXPENDITURE_COLUMNS
    export_name = "expenditures"

    def known_count(self, queryset):
        given = self.filterset.form.cleaned_data if self.filterset.is_bound else {}
        return expenditure_count({name: value for name, value in given.items() if value not in (None, "")})


class ExpenditureDetailView(views.ObjectDetailView):
    model = Expenditure
    related = ("school", "category", "fiscal_year", "plan_line", "allocation__programme")
    template_name = "grants/expenditure_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        period = services.period_for(self.object.school_id, self.object.fiscal_year_id, self.object.date)
        context["locked"] = bool(period and period.is_locked)
        return context


class ExpenditureEditView(views.ObjectEditView):
    model = Expenditure
    form_class = ExpenditureForm
    save_with = services.save_expenditure


class ExpenditureDeleteView(views.ObjectDeleteView):
    model = Expenditure
    delete_with = services.delete_expenditure

    def get_success_url(self):
        return self.return_url() or reverse("grants:school-year", args=[self.object.school_id,
                                                                        self.object.fiscal_year.year])


class ExpenditureHistoryView(views.ObjectHistoryView):
    model = Expenditure


class ReceiptView(LoginRequiredMixin, View):
    """Receipts are served only here, to the school, its supervisors, its province office and SBN."""

    def get(self, request, pk):
        expenditure = get_object_or_404(Expenditure.objects.restrict(request.user, "receipt"), pk=pk)
        if not expenditure.receipt:
            raise Http404
        response = FileResponse(expenditure.receipt.open("rb"), content_type=expenditure.receipt_type
                                or "application/octet-stream")
        response["Content-Disposition"] = f'inline; filename="receipt-{expenditure.pk}{_suffix(expenditure)}"'
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response


class ReceiptPreviewView(LoginRequiredMixin, View):
    """The receipt as an image (a PDF's first page, a photo scaled down), to whoever may read the receipt."""

    def get(self, request, pk):
        expenditure = get_object_or_404(Expenditure.objects.restrict(request.user, "receipt"), pk=pk)
        name = previews.receipt_preview(expenditure)
        if name is None:
            raise Http404
        response = FileResponse(expenditure.receipt.storage.open(name, "rb"), content_type="image/jpeg")
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response


def _suffix(expenditure):
    return {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg",
            "image/webp": ".webp"}.get(expenditure.receipt_type, "")


# --- periods and sign-off ------------------------------------------------------------------------

class PeriodListView(views.ObjectListView):
    model = Period
    filterset_class = PeriodFilterSet
    related = ("school", "fiscal_year")
    columns = (("month_label", _l("Month")), ("school", _l("School")), ("fiscal_year", _l("Fiscal year")),
               ("status", _l("Status")), ("submitted_at", _l("Submitted")))
    export_name = "periods"


class PeriodDetailView(views.ObjectDetailView):
    model = Period
    related = ("school", "fiscal_year")
    template_name = "grants/period_detail.html"

    def get_context_data(self, **kwargs):
        """The review page: the month against the year's figures, receipts, changes, and the sign-off."""
        context = super().get_context_data(**kwargs)
        period = self.object
        context.update(review.review(self.request.user, period), form=TransitionForm(),
                       steps=period.steps.select_related("user"))
        return context


class PeriodSubmitView(LoginRequiredMixin, View):
    """The director confirms a summary of the month before it is submitted: the page submits nothing
    without that confirmation (the API's submit is a deliberate call of its own)."""

    def setup_period(self, request, pk):
        period = get_object_or_404(Period.objects.restrict(request.user).select_related("school", "fiscal_year"),
                                   pk=pk)
        if "submit" not in services.allowed_actions(request.user, period):
            raise PermissionDenied
        return period

    def get(self, request, pk):
        period = self.setup_period(request, pk)
        return render(request, "grants/period_submit.html", {"object": period, **review.review(request.user, period)})

    def post(self, request, pk):
        period = self.setup_period(request, pk)
        if request.POST.get("confirmed") != "yes":
            messages.error(request, _("Check the summary and confirm to submit."))
            return redirect("grants:period-submit", pk)
        try:
            services.transition(request.user, period, "submit")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(period)
        messages.success(request, _("Submitted: the affiliation office has been told."))
        return redirect(period)


class PeriodOpenView(SchoolYearMixin, View):
    """Find or create the period for a month, then show it (the school submits from there)."""

    def post(self, request, *args, **kwargs):
        self.setup_year()
        try:
            month = datetime.date.fromisoformat(request.POST.get("month", ""))
            period = services.open_period(request.user, self.school, self.year, month)
        except ValueError as exc:
            raise Http404 from exc
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("grants:school-year", self.school.pk, self.year.year)
        return redirect(period)


class PeriodTransitionView(LoginRequiredMixin, View):
    def post(self, request, pk, action):
        period = views.get_restricted_or_404(Period, request.user, pk=pk)
        form = TransitionForm(request.POST)
        form.is_valid()
        try:
            services.transition(request.user, period, action, form.cleaned_data.get("comment", ""))
        except ValidationError as exc:  # separation of duties included: shown on the page, nothing changed
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Done: the period is now %(status)s.") % {
                "status": Period.objects.get(pk=pk).get_status_display().lower()})
        return redirect(period)


STEP_HEADINGS = {"verify": _l("Waiting for verification"), "acknowledge": _l("Waiting for acknowledgement"),
                 "accept": _l("Waiting for acceptance")}
STEP_BUTTONS = {"verify": _l("Verify selected"), "acknowledge": _l("Acknowledge selected"),
                "accept": _l("Accept selected")}


class QueueView(LoginRequiredMixin, generic.TemplateView):
    """What waits for the signed-in person: months to submit, or periods to verify, acknowledge or accept,
    oldest first, with each month's spending, so that several can be signed off at once."""

    template_name = "grants/queue.html"
    shown = 200

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sections = []
        for step in queues.queue_steps(user):
            if step == "submit":
                continue
            waiting = queues.awaiting(Period.objects.select_related("school", "fiscal_year"), user, [step])
            periods = list(queues.with_month_spending(waiting).order_by("month", "school__code", "pk")[:self.shown])
            _attach_money_flags(periods)
            sections.append({"step": step, "heading": STEP_HEADINGS[step], "button": STEP_BUTTONS[step],
                             "periods": periods, "count": waiting.count()})
        context.update(months=queues.months_to_submit(user), sections=sections, shown=self.shown,
                       steps=queues.queue_steps(user))
        return context

    def post(self, request, *args, **kwargs):
        ids = [int(i) for i in request.POST.getlist("period") if i.isdigit()]
        action = request.POST.get("action", "")
        try:
            results = services.transition_many(request.user, ids, action, request.POST.get("comment", ""))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("grants:queue")
        done = sum(r["ok"] for r in results)
        if done:
            messages.success(request, ngettext("%(n)s period signed off.", "%(n)s periods signed off.", done)
                             % {"n": done})
        refused = [r for r in results if not r["ok"]]
        names = {p.pk: str(p) for p in Period.objects.filter(pk__in=[r["id"] for r in refused])
                 .select_related("school")}
        for r in refused:
            messages.error(request, _("%(period)s: %(reason)s") % {"period": names.get(r["id"], r["id"]),
                                                                   "reason": r["message"]})
        return redirect("grants:queue")


def _attach_money_flags(periods):
    """Flag each period whose school spent past its transfers or a plan line that year (a query a year)."""
    by_year = {}
    for period in periods:
        by_year.setdefault(period.fiscal_year, set()).add(period.school_id)
    flags = {}
    for year, school_ids in by_year.items():
        for row in summaries.spending_flags(year, schools=school_ids):
            flags[(year.pk, row["school_id"])] = row
    for period in periods:
        period.money_flags = flags.get((period.fiscal_year_id, period.school_id))


# --- reference data and allocations (SBN) -------------------------------------------------------

# Each reference model has a list, an add, a detail, an edit and a history page (grants/urls.py).

FISCAL_YEAR_FIELDS = (("year", _l("Fiscal year")), ("start", _l("Starts")), ("end", _l("Ends")),
                      ("is_open", _l("Open")), ("due_day", _l("Report due day")))


class FiscalYearListView(views.ObjectListView):
    model = FiscalYear
    columns = FISCAL_YEAR_FIELDS
    add_url = reverse_lazy("grants:fiscalyear-add")
    export_name = "fiscalyear"


class FiscalYearDetailView(views.ObjectDetailView):
    model = FiscalYear
    fields = FISCAL_YEAR_FIELDS


class FiscalYearEditView(views.ObjectEditView):
    model = FiscalYear
    form_class = FiscalYearForm


class FiscalYearHistoryView(views.ObjectHistoryView):
    model = FiscalYear


PROGRAMME_FIELDS = (("name", _l("Programme")), ("code", _l("Code")), ("is_active", _l("Active")))


class ProgrammeListView(views.ObjectListView):
    model = Programme
    columns = PROGRAMME_FIELDS
    add_url = reverse_lazy("grants:programme-add")
    export_name = "programme"


class ProgrammeDetailView(views.ObjectDetailView):
    model = Programme
    fields = PROGRAMME_FIELDS


class ProgrammeEditView(views.ObjectEditView):
    model = Programme
    form_class = ProgrammeForm


class ProgrammeHistoryView(views.ObjectHistoryView):
    model = Programme


CATEGORY_FIELDS = (("name", _l("Category")), ("code", _l("Code")), ("sort_order", _l("Order")),
                   ("is_active", _l("Active")))


class CategoryListView(views.ObjectListView):
    model = Category
    columns = CATEGORY_FIELDS
    add_url = reverse_lazy("grants:category-add")
    export_name = "category"


class CategoryDetailView(views.ObjectDetailView):
    model = Category
    fields = CATEGORY_FIELDS


class CategoryEditView(views.ObjectEditView):
    model = Category
    form_class = CategoryForm


class CategoryHistoryView(views.ObjectHistoryView):
    model = Category


ALLOCATION_FIELDS = (("school", _l("School")), ("fiscal_year", _l("Fiscal year")), ("programme", _l("Programme")),
                     ("amount", _l("Amount (baht)")), ("note", _l("Note")))
ALLOCATION_RELATED = ("school", "fiscal_year", "programme")


class AllocationListView(views.ObjectListView):
    model = Allocation
    filterset_class = AllocationFilterSet
    related = ALLOCATION_RELATED
    columns = ALLOCATION_FIELDS
    add_url = reverse_lazy("grants:allocation-add")
    export_name = "allocation"


class AllocationDetailView(views.ObjectDetailView):
    model = Allocation
    related = ALLOCATION_RELATED
    fields = ALLOCATION_FIELDS


class AllocationEditView(views.ObjectEditView):
    model = Allocation
    form_class = AllocationForm
    save_with = services.save_allocation


class AllocationHistoryView(views.ObjectHistoryView):
    model = Allocation


TRANSFER_FIELDS = (("allocation", _l("Allocation")), ("installment", _l("Installment")), ("date", _l("Date")),
                   ("amount", _l("Amount (baht)")), ("reference", _l("Reference")))
TRANSFER_RELATED = ("allocation__school", "allocation__fiscal_year", "allocation__programme")


class TransferListView(views.ObjectListView):
    model = Transfer
    related = TRANSFER_RELATED
    columns = TRANSFER_FIELDS
    add_url = reverse_lazy("grants:transfer-add")
    export_name = "transfer"


class TransferDetailView(views.ObjectDetailView):
    model = Transfer
    related = TRANSFER_RELATED
    fields = TRANSFER_FIELDS


class TransferEditView(views.ObjectEditView):
    model = Transfer
    form_class = TransferForm
    save_with = services.save_transfer


class TransferHistoryView(views.ObjectHistoryView):
    model = Transfer


PLAN_LINE_FIELDS = (("activity", _l("Activity")), ("allocation", _l("Allocation")), ("category", _l("Category")),
                    ("planned_amount", _l("Planned (baht)")))
PLAN_LINE_RELATED = ("allocation__school", "allocation__fiscal_year", "allocation__programme", "category")


class PlanLineListView(views.ObjectListView):
    model = PlanLine
    related = PLAN_LINE_RELATED
    columns = PLAN_LINE_FIELDS
    add_url = reverse_lazy("grants:planline-add")
    export_name = "planline"


class PlanLineDetailView(views.ObjectDetailView):
    model = PlanLine
    related = PLAN_LINE_RELATED
    fields = PLAN_LINE_FIELDS


class PlanLineEditView(views.ObjectEditView):
    model = PlanLine
    form_class = PlanLineForm


class PlanLineHistoryView(views.ObjectHistoryView):
    model = PlanLine


__all__ = ["PeriodStatus"]
