from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from sandbox import services, views
from sandbox.access import allows
from schools.filtersets import InnovationFilterSet
from schools.forms import InnovationFileForm, InnovationForm
from schools.models import Innovation, InnovationFile


class InnovationListView(views.ObjectListView):
    model = Innovation
    filterset_class = InnovationFilterSet
    related = ("school", "school__province")
    columns = (("title", gettext_lazy("Title")), ("kind", gettext_lazy("Type")),
               ("level_display", gettext_lazy("Target levels")), ("school", gettext_lazy("School")),
               ("school.province", gettext_lazy("Province")), ("year", gettext_lazy("Year (BE)")))
    add_url = reverse_lazy("schools:innovation-add")
    export_name = "innovations"
    template_name = "schools/innovation_list.html"


class InnovationDetailView(views.ObjectDetailView):
    model = Innovation
    related = ("school", "school__province")
    template_name = "schools/innovation_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["files"] = self.object.files.all()
        context["file_form"] = kwargs.get("file_form") or InnovationFileForm(user=self.request.user)
        context["can_add_file"] = allows(self.request.user, "add", InnovationFile(innovation=self.object))
        return context


class InnovationEditView(views.ObjectEditView):
    model = Innovation
    form_class = InnovationForm


class InnovationDeleteView(views.ObjectDeleteView):
    model = Innovation
    success_url = reverse_lazy("schools:innovation-list")


class InnovationHistoryView(views.ObjectHistoryView):
    model = Innovation


class InnovationFileAddView(views.RestrictedMixin, View):
    """Upload a file to an innovation (the form sits on the innovation's page)."""

    model = Innovation

    def post(self, request, pk):
        innovation = views.get_restricted_or_404(Innovation, request.user, pk=pk)
        form = InnovationFileForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            instance = form.save(commit=False)
            instance.innovation = innovation
            try:
                services.save_object(request.user, instance)
            except ValidationError as exc:
                views.add_errors(form, exc)
            else:
                messages.success(request, _("File uploaded."))
                return redirect(innovation.get_absolute_url() + "#files")
        detail = InnovationDetailView(request=request, kwargs={"pk": pk}, object=innovation)
        context = detail.get_context_data(object=innovation, file_form=form)
        response = detail.render_to_response(context)
        response.status_code = 400
        return response


class InnovationFileDeleteView(views.ObjectDeleteView):
    model = InnovationFile
    parent = "innovation"
    anchor = "files"


__all__ = ["Http404"]
