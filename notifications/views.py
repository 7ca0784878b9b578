"""Pages: the inbox (and the bell's count), opening a notification, email preferences, and the
offices' LINE groups."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views import View, generic

from notifications import services
from notifications.filtersets import LineGroupFilterSet, NotificationFilterSet
from notifications.forms import LineGroupForm, PreferencesForm
from notifications.models import LineGroup, Notification
from sandbox import views


class InboxView(LoginRequiredMixin, generic.ListView):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    template_name = "notifications/inbox.html"
    paginate_by = 30

    def get_queryset(self):
        self.filterset = NotificationFilterSet(self.request.GET or None,
                                               queryset=Notification.objects.of(self.request.user))
        return self.filterset.qs.select_related("school")

    def get_paginate_by(self, queryset):
        wanted = self.request.GET.get("page_size", "")
        return min(int(wanted), 500) if wanted.isdigit() and int(wanted) > 0 else self.paginate_by

    def get_context_data(self, **kwargs):
        from notifications.messages import describe

        context = super().get_context_data(**kwargs)
        context["items"] = [(n, describe(n)) for n in context["object_list"]]
        context["filterset"] = self.filterset
        context["unread_only"] = self.request.GET.get("unread") in ("true", "True", "1")
        return context


class OpenView(LoginRequiredMixin, View):
    """Marks the notification read and goes to the page it is about."""

    allow_without_role = True  # a person's own notices and settings, whatever their roles

    def get(self, request, pk):
        notification = get_object_or_404(Notification.objects.of(request.user), pk=pk)
        services.mark_read(request.user, notification)
        target = notification.url
        if not target or not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return redirect("notifications:inbox")
        return redirect(target)


class ReadAllView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    def post(self, request):
        count = services.mark_all_read(request.user)
        messages.success(request, _("%(count)s notifications marked as read.") % {"count": count})
        return redirect("notifications:inbox")


class BellView(View):
    """The bell alone, for htmx to refresh its count. Once the session has ended it answers 204, so
    htmx leaves the page as it is instead of swapping a sign-in page into the navigation bar."""

    allow_without_role = True  # a person's own notices and settings, whatever their roles

    def get(self, request):
        if not request.user.is_authenticated:
            return HttpResponse(status=204)
        return render(request, "notifications/partials/bell.html")


class PreferencesView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    template_name = "notifications/preferences.html"

    def get(self, request):
        return self.show(PreferencesForm(preferences=services.preferences(request.user)))

    def post(self, request):
        form = PreferencesForm(request.POST, preferences=services.preferences(request.user))
        if not form.is_valid():
            return self.show(form)
        services.set_preferences(request.user, form.cleaned_data)
        messages.success(request, _("Your choices are saved."))
        return redirect("notifications:preferences")

    def show(self, form):
        return render(self.request, self.template_name, {"form": form})


LINE_GROUP_FIELDS = (("office", _l("Office")), ("name", _l("Group name")), ("group_id", _l("LINE group ID")),
                     ("kinds_display", _l("Events pushed")), ("is_active", _l("Active")))
LINE_GROUP_RELATED = ("province", "agency")


class LineGroupListView(views.ObjectListView):
    model = LineGroup
    related = LINE_GROUP_RELATED
    filterset_class = LineGroupFilterSet
    columns = LINE_GROUP_FIELDS
    add_url = reverse_lazy("notifications:linegroup-add")
    template_name = "notifications/linegroup_list.html"
    export_name = "line-groups"

    def get_context_data(self, **kwargs):
        from notifications.channels import channel

        return {**super().get_context_data(**kwargs), "line_enabled": channel("line").enabled}


class LineGroupDetailView(views.ObjectDetailView):
    model = LineGroup
    related = LINE_GROUP_RELATED
    fields = LINE_GROUP_FIELDS


class LineGroupEditView(views.ObjectEditView):
    model = LineGroup
    form_class = LineGroupForm


class LineGroupDeleteView(views.ObjectDeleteView):
    model = LineGroup
    success_url = reverse_lazy("notifications:linegroup-list")


class LineGroupHistoryView(views.ObjectHistoryView):
    model = LineGroup
