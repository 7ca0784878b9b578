"""Report job pages: the user's jobs with live progress, a request form, and downloads."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic

from provinces.models import Province
from reports import downloads, services
from reports.dashboards import national_figures_readable
from reports.forms import ReportRequestForm
from reports.models import ReportJob
from reports.scopes import limit
from schools.models import Agency


class JobListView(LoginRequiredMixin, generic.ListView):
    template_name = "reports/job_list.html"
    context_object_name = "jobs"
    paginate_by = 25

    def get_queryset(self):
        return ReportJob.objects.of(self.request.user).select_related("requested_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ReportRequestForm(user=self.request.user))
        context["dashboards"] = dashboard_links(self.request.user)
        return context

    def post(self, request, *args, **kwargs):
        form = ReportRequestForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                job = services.request_report(request.user, form.cleaned_data["kind"], form.parameters(),
                                              language=getattr(request, "LANGUAGE_CODE", None))
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            except PermissionDenied as exc:
                form.add_error(None, str(exc) or _("You may not request this report."))
            else:
                messages.success(request, _("“%(title)s” is queued; this page shows its progress.") % {
                    "title": job.title})
                return redirect("reports:list")
        self.object_list = self.get_queryset()
        return self.render_to_response(self.get_context_data(form=form), status=400)


def dashboard_links(user):
    """(label, url) of the dashboards the user reaches: the nation, sandbox provinces, agencies."""
    national = [(_("National dashboard"), reverse("reports:dashboard-national"))]
    provinces = [(province.name, reverse("reports:dashboard-province", args=[province.pk]))
                 for province in limit(Province.objects.filter(is_sandbox=True), user, province="pk")]
    agencies = [] if provinces else [
        (agency.name, reverse("reports:dashboard-agency", args=[agency.pk]))
        for agency in limit(Agency.objects.all(), user, province="province", agency="pk")]
    return (national if national_figures_readable(user) else []) + provinces + agencies


class JobDetailView(LoginRequiredMixin, generic.DetailView):
    template_name = "reports/job_detail.html"
    context_object_name = "job"

    def get_queryset(self):
        return ReportJob.objects.of(self.request.user)


class JobRowView(JobDetailView):
    """One row of the job list; htmx polls it while the job runs and stops once it has finished."""

    template_name = "reports/partials/job_row.html"


class DownloadView(LoginRequiredMixin, generic.View):
    def get(self, request, pk, fmt):
        job = get_object_or_404(ReportJob.objects.of(request.user), pk=pk)
        return downloads.file_response(job, fmt)
