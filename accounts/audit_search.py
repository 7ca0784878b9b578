"""The audit search for SBN administrators: who changed what, and when, across every tracked model.

Reads the append-only event tables that the PostgreSQL triggers write; nothing here writes.
"""

import django_filters
import pghistory.core
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.urls import NoReverseMatch
from django.utils.translation import gettext_lazy as _
from django.views import generic
from drf_spectacular.utils import extend_schema
from pghistory.models import Events
from rest_framework import mixins, permissions, serializers, viewsets

from accounts.record_history import record_history_url
from sandbox import audit, audit_display, newest_events
from sandbox.access import Role, has_role
from sandbox.api import HistoryEventSerializer

EVENT_LABELS = [("insert", _("created")), ("update", _("changed")), ("delete", _("deleted"))]


def may_search_audit(user):
    return getattr(user, "is_authenticated", False) and (user.is_superuser or has_role(user, Role.SBN_ADMIN))


def tracked_models():
    """{"app.Model": (tracked model, [its event models])} for every model the triggers record."""
    found = {}
    for event_model in pghistory.core.event_models():
        tracked = event_model.pgh_tracked_model
        found.setdefault(tracked._meta.label, (tracked, []))[1].append(event_model)
    return found


def model_choices():
    return sorted(((label, str(model._meta.verbose_name).capitalize()) for label, (model, _events)
                   in tracked_models().items()), key=lambda choice: choice[1])


class AuditFilterSet(django_filters.FilterSet):
    """The search form (and the API's parameters). Its `qs` is a sandbox.newest_events.NewestEvents: each
    event table is searched by its own index, and only the page's events are read in full."""

    # field_name: the Events column each filter reads, for the API schema's types
    model = django_filters.ChoiceFilter(field_name="pgh_obj_model", choices=model_choices, label=_("Record type"))
    object_id = django_filters.CharFilter(field_name="pgh_obj_id", label=_("Record id"))
    event = django_filters.ChoiceFilter(field_name="pgh_label", choices=EVENT_LABELS, label=_("Event"))
    user = django_filters.CharFilter(label=_("User (username)"))
    request_id = django_filters.CharFilter(label=_("Request id"))
    since = django_filters.DateFilter(field_name="pgh_created_at", label=_("From"),
                                      widget=forms.DateInput(attrs={"type": "date"}))
    until = django_filters.DateFilter(field_name="pgh_created_at", label=_("Until"),
                                      widget=forms.DateInput(attrs={"type": "date"}))

    class Meta:
        model = Events
        fields = ["model", "object_id", "event", "user", "request_id", "since", "until"]

    @property
    def qs(self):
        data = self.form.cleaned_data
        chosen = tracked_models()[data["model"]][1] if data.get("model") else newest_events.event_models()
        user = None
        if data.get("user"):
            user = get_user_model().objects.filter(username=data["user"]).values_list("pk", flat=True).first()
            if user is None:  # nobody by that name: nothing of theirs
                return newest_events.NewestEvents([])
        return newest_events.NewestEvents(chosen, object_id=data.get("object_id"), event=data.get("event") or None,
                                          user=user, request_id=data.get("request_id"), since=data.get("since"),
                                          until=data.get("until"))


def search(params, request=None):
    """The filterset over every event, newest first."""
    filterset = AuditFilterSet(params, queryset=Events.objects.none(), request=request)
    for field in filterset.form.fields.values():
        field.widget.attrs.setdefault("class", "form-select" if isinstance(field.widget, forms.Select)
                                      else "form-control")
    return filterset


def describe(events):
    """Readable entries (sandbox.audit_display), each linking to its record's page, or to the record's
    history once the record is deleted."""
    entries = audit_display.present(events)
    models = {label: model for label, (model, _events) in tracked_models().items()}
    for entry in entries:
        event = entry.event
        model = models.get(event.pgh_obj_model)
        if model is None:
            continue
        entry.url = record_history_url(event.pgh_obj_model, event.pgh_obj_id)
        if event.pgh_label != "delete" and hasattr(model, "get_absolute_url"):
            try:
                entry.url = model(pk=event.pgh_obj_id).get_absolute_url()
            except (NoReverseMatch, AttributeError, ValueError, TypeError):
                pass
    return entries


class AuditSearchView(LoginRequiredMixin, generic.ListView):
    template_name = "accounts/audit_search.html"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not may_search_audit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.filterset = search(self.request.GET, self.request)
        return self.filterset.qs if self.filterset.is_valid() else newest_events.NewestEvents([])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["events"] = describe(context["object_list"])
        return context


class IsAuditor(permissions.BasePermission):
    def has_permission(self, request, view):
        return may_search_audit(request.user)


class AuditEventSerializer(HistoryEventSerializer):
    id = serializers.CharField(source="pgh_slug")
    model = serializers.CharField(source="pgh_obj_model")
    object_id = serializers.CharField(source="pgh_obj_id")

    class Meta:
        fields = ["id", "at", "event", "model", "object_id", "user", "request_id", "client_request_id", "url",
                  "changes", "values"]


@extend_schema(tags=["audit"])
class AuditViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Every recorded change, for SBN administrators. Read only: the trail cannot be edited."""

    serializer_class = AuditEventSerializer
    permission_classes = [permissions.IsAuthenticated, IsAuditor]
    filterset_class = AuditFilterSet
    ordering_fields = []
    queryset = Events.objects.none()  # the filterset's `qs` reads the trail (sandbox.newest_events)

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(audit.with_users(page), many=True).data)
