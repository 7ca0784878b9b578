"""Small additions to the generic pages for rows that belong to a school."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sandbox import views


class SchoolChildEditView(views.ObjectEditView):
    """Edit page for a row with a `school`; ?school=<id> preselects it; `save_with` is the service."""

    save_with = None  # function(user, instance); None means sandbox.services.save_object

    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("school", "").isdigit():
            initial["school"] = int(self.request.GET["school"])
        return initial

    def form_valid(self, form):
        instance = form.save(commit=False)
        save = self.save_with or views.services.save_object
        try:
            save(self.request.user, instance)
        except ValidationError as exc:
            views._add_errors(form, exc)
            return self.form_invalid(form)
        form.save_m2m()
        self.object = instance
        messages.success(self.request, _("Saved."))
        return redirect(self.get_success_url())


class ServiceDeleteView(views.ObjectDeleteView):
    delete_with = None  # function(user, instance)

    def form_valid(self, form):
        try:
            self.delete_with(self.request.user, self.object)
        except ValidationError as exc:
            messages.error(self.request, " ".join(exc.messages))
            return redirect(self.object.get_absolute_url())
        messages.success(self.request, _("Deleted."))
        return redirect(self.get_success_url())
