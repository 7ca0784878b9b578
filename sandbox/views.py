"""Generic pages: a per-model list, detail, edit, delete and history page is a few attributes."""

import datetime

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import generic

from sandbox import audit, audit_display, exports, formatting, services
from sandbox.access import allows, can_add_anything
from sandbox.templatetags.portal import attr


class RestrictedMixin(LoginRequiredMixin):
    model = None
    related = ()  # select_related paths, so that a page's query count does not grow with its rows
    route_prefix = None  # "app:name" of the model's "-list", "-edit", ... URLs; default "<app_label>:<model_name>"

    def base_queryset(self, action="view"):
        queryset = self.model.objects.restrict(self.request.user, action)
        return queryset.select_related(*self.related) if self.related else queryset

    def page_url(self, action, *args):
        """The URL of one of the model's pages, or "" when the model has no such page."""
        meta = self.model._meta
        prefix = self.route_prefix or f"{meta.app_label}:{meta.model_name}"
        try:
            return reverse(f"{prefix}-{action}", args=args)
        except NoReverseMatch:
            return ""


class ObjectListView(RestrictedMixin, generic.ListView):
    filterset_class = None
    columns = ()  # (attribute path, label); the first links to the object
    template_name = "sandbox/object_list.html"
    paginate_by = 50
    max_page_size = 500  # ?page_size= may ask for more rows per page, never more than this
    export_name = None

    def get_queryset(self):
        queryset = self.base_queryset()
        if self.filterset_class:
            self.filterset = self.filterset_class(self.request.GET or None, queryset=queryset, request=self.request)
            # A filter that cannot be read lists nothing and says why (as the API answers 400), rather than
            # being dropped and listing rows the reader believes filtered.
            queryset = queryset.none() if self.filters_refused() else self.filterset.qs
        else:
            self.filterset = None
        return queryset

    def filters_refused(self):
        filterset = getattr(self, "filterset", None)
        return filterset is not None and filterset.is_bound and not filterset.is_valid()

    def render_to_response(self, context, **kwargs):
        if self.filters_refused() and not self.request.htmx:  # htmx swaps in only a 2xx answer: the table says why
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)

    def known_count(self, queryset):
        """The number of rows when the view can tell it without a COUNT(*), else None."""
        return None

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        paginator = super().get_paginator(queryset, per_page, orphans, allow_empty_first_page, **kwargs)
        count = None if queryset.query.is_empty() else self.known_count(queryset)
        if count is not None:
            paginator.count = count  # Paginator.count is a cached property: this is its value
        return paginator

    def get_paginate_by(self, queryset):
        wanted = self.request.GET.get("page_size", "")
        if self.paginate_by and wanted.isdigit() and int(wanted) > 0:
            return min(int(wanted), self.max_page_size)
        return self.paginate_by

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
        paginator = context.get("paginator")
        context.update(
            filterset=self.filterset,
            columns=self.columns,
            row_count=paginator.count if paginator else len(context["object_list"]),
            model_meta=self.model._meta,
            can_add=can_add_anything(self.request.user, self.model),
            add_url=getattr(self, "add_url", ""),
        )
        return context


class ObjectDetailView(RestrictedMixin, generic.DetailView):
    """Without a template of its own, the page shows `fields` ((attribute path, label) pairs)."""

    fields = ()
    parent = None  # dotted path to the object whose page this row belongs on, shown as the way back

    def get_queryset(self):
        return self.base_queryset()

    def get_template_names(self):
        names = super().get_template_names()
        return names if self.template_name else [*names, "sandbox/object_detail.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj, user = self.object, self.request.user
        context.update(
            can_change=allows(user, "change", obj), can_delete=allows(user, "delete", obj),
            model_meta=self.model._meta,
            rows=[(label, *field_display(obj, path)) for path, label in self.fields],
            parent=attr(obj, self.parent) if self.parent else None,
            list_url=self.page_url("list"), edit_url=self.page_url("edit", obj.pk),
            delete_url=self.page_url("delete", obj.pk), history_url=self.page_url("history", obj.pk),
        )
        return context


def field_display(obj, path):
    """(text, link) for one field of a detail page: dates in the user's calendar, files and links clickable."""
    value = attr(obj, path)
    if isinstance(value, FieldFile):
        return (value.name.rsplit("/", 1)[-1], value.url) if value else ("", None)
    if isinstance(value, datetime.date):
        return formatting.format_date(value), None
    if hasattr(value, "get_absolute_url"):
        return str(value), value.get_absolute_url()
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value, value
    return ("" if value is None else value), None


class ReturnMixin:
    """Where a page goes after a save or a delete.

    A safe ?return_url= wins; then the page of the `parent` row (at `anchor`); then the view's own default.
    """

    parent = None  # dotted path to the object whose page shows this row
    anchor = ""  # the section of the parent's page

    def return_url(self):
        url = self.request.GET.get("return_url") or self.request.POST.get("return_url") or ""
        safe = url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()},
                                               require_https=self.request.is_secure())
        return url if url and safe else ""

    def parent_url(self, obj):
        parent = attr(obj, self.parent) if self.parent and obj is not None else None
        if not parent:
            return ""
        url = parent.get_absolute_url()
        return f"{url}#{self.anchor}" if self.anchor else url

    def get_success_url(self):
        return self.return_url() or self.parent_url(self.object) or super().get_success_url()


class ObjectEditView(ReturnMixin, RestrictedMixin, generic.UpdateView):
    """Create (no pk in the URL) or update; the form starts with any of its fields given in the query string."""

    template_name = "sandbox/object_edit.html"
    save_with = services.save_object  # function(user, instance) that validates, checks scope and saves

    def get_object(self, queryset=None):
        if not self.kwargs_have_object(self.kwargs):
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

    def get_initial(self):
        initial = super().get_initial()
        for name, field in self.get_form_class().base_fields.items():
            if name in self.request.GET:
                many = getattr(field.widget, "allow_multiple_selected", False)
                initial[name] = self.request.GET.getlist(name) if many else self.request.GET[name]
        return initial

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def form_valid(self, form):
        instance = form.save(commit=False)
        try:
            # Read from the class, so that a plain function is not bound as a method.
            type(self).save_with(self.request.user, instance)
        except ValidationError as exc:
            add_errors(form, exc)
            return self.form_invalid(form)
        form.save_m2m()
        self.object = instance
        messages.success(self.request, _("Saved."))
        return redirect(self.get_success_url())

    def cancel_url(self):
        if self.object is not None:
            return self.return_url() or self.object.get_absolute_url()
        return self.return_url() or self.page_url("list") or reverse("home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(model_meta=self.model._meta, cancel_url=self.cancel_url(), return_url=self.return_url())
        return context


def add_errors(form, exc):
    """Put a ValidationError from a service on the form: on its field when the form has it, or on the
    field the form names for that error's code (form.error_fields, e.g. over-allocation on the amount),
    else on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return
    field = getattr(form, "error_fields", {}).get(getattr(exc, "code", None))
    form.add_error(field if field in form.fields else None, exc)


_add_errors = add_errors  # the name the accounts pages still import


class ObjectDeleteView(ReturnMixin, RestrictedMixin, generic.DeleteView):
    template_name = "sandbox/object_delete.html"
    success_url = "/"
    delete_with = services.delete_object  # function(user, instance) that checks scope and deletes

    def get_object(self, queryset=None):
        obj = super().get_object(self.base_queryset())
        if not allows(self.request.user, "delete", obj):
            raise PermissionDenied
        return obj

    def form_valid(self, form):
        try:
            type(self).delete_with(self.request.user, self.object)
        except ValidationError as exc:
            messages.error(self.request, " ".join(exc.messages))
            return redirect(self.object.get_absolute_url())
        messages.success(self.request, _("Deleted."))
        return redirect(self.get_success_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["return_url"] = self.return_url()
        return context


class ObjectHistoryView(RestrictedMixin, generic.DetailView):
    template_name = "sandbox/object_history.html"

    def get_queryset(self):
        return self.base_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = audit_display.present(audit.history_for(self.object)[:200])
        return context


def get_restricted_or_404(model, user, action="view", **lookup):
    obj = get_object_or_404(model.objects.restrict(user, "view"), **lookup)
    if action != "view" and not allows(user, action, obj):
        raise PermissionDenied
    return obj


__all__ = ["Http404"]
