"""Generic pages: a per-model list, detail, edit, delete and history page is a few attributes."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import generic

from sandbox import audit, exports, services
from sandbox.access import allows, can_add_anything


class RestrictedMixin(LoginRequiredMixin):
    model = None
    related = ()  # select_related paths, so that a page's query count does not grow with its rows

    def base_queryset(self, action="view"):
        queryset = self.model.objects.restrict(self.request.user, action)
        return queryset.select_related(*self.related) if self.related else queryset


class ObjectListView(RestrictedMixin, generic.ListView):
    filterset_class = None
    columns = ()  # (attribute path, label); the first links to the object
    template_name = "sandbox/object_list.html"
    paginate_by = 50
    export_name = None

    def get_queryset(self):
        queryset = self.base_queryset()
        if self.filterset_class:
            self.filterset = self.filterset_class(self.request.GET or None, queryset=queryset, request=self.request)
            queryset = self.filterset.qs
        else:
            self.filterset = None
        return queryset

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("export")
        if kind in ("csv", "xlsx"):
            name = self.export_name or self.model._meta.model_name
            export = exports.csv_response if kind == "csv" else exports.xlsx_response
            return export(self.get_queryset(), self.columns, name)
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        if self.request.htmx and not self.request.htmx.boosted:
            return ["sandbox/partials/object_table.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            filterset=self.filterset,
            columns=self.columns,
            model_meta=self.model._meta,
            can_add=can_add_anything(self.request.user, self.model),
            add_url=getattr(self, "add_url", ""),
        )
        return context


class ObjectDetailView(RestrictedMixin, generic.DetailView):
    def get_queryset(self):
        return self.base_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(can_change=allows(user, "change", self.object), can_delete=allows(user, "delete", self.object))
        return context


class ObjectEditView(RestrictedMixin, generic.UpdateView):
    """Create (no pk in the URL) or update. Saving goes through services.save_object."""

    template_name = "sandbox/object_edit.html"

    def get_object(self, queryset=None):
        if self.pk_url_kwarg not in self.kwargs and self.slug_url_kwarg not in self.kwargs:
            return None
        obj = super().get_object(self.base_queryset())
        if not allows(self.request.user, "change", obj):
            raise PermissionDenied
        return obj

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.kwargs_have_object(kwargs):
            if not can_add_anything(request.user, self.model):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def kwargs_have_object(self, kwargs):
        return self.pk_url_kwarg in kwargs or self.slug_url_kwarg in kwargs

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def form_valid(self, form):
        instance = form.save(commit=False)
        try:
            services.save_object(self.request.user, instance)
        except ValidationError as exc:
            _add_errors(form, exc)
            return self.form_invalid(form)
        form.save_m2m()
        self.object = instance
        messages.success(self.request, _("Saved."))
        return redirect(self.get_success_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["model_meta"] = self.model._meta
        return context


def _add_errors(form, exc):
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


class ObjectDeleteView(RestrictedMixin, generic.DeleteView):
    template_name = "sandbox/object_delete.html"
    success_url = "/"

    def get_object(self, queryset=None):
        obj = super().get_object(self.base_queryset())
        if not allows(self.request.user, "delete", obj):
            raise PermissionDenied
        return obj

    def form_valid(self, form):
        try:
            services.delete_object(self.request.user, self.object)
        except ValidationError as exc:
            messages.error(self.request, " ".join(exc.messages))
            return redirect(self.object.get_absolute_url())
        messages.success(self.request, _("Deleted."))
        return redirect(self.get_success_url())


class ObjectHistoryView(RestrictedMixin, generic.DetailView):
    template_name = "sandbox/object_history.html"

    def get_queryset(self):
        return self.base_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = audit.with_users(audit.history_for(self.object)[:200])
        return context


def get_restricted_or_404(model, user, action="view", **lookup):
    obj = get_object_or_404(model.objects.restrict(user, "view"), **lookup)
    if action != "view" and not allows(user, action, obj):
        raise PermissionDenied
    return obj


__all__ = ["Http404"]
