"""The history of any recorded row, also once the row is deleted, for whoever could read the row.

A live row is checked as it stands; a deleted one against the scope its last recorded values give
(its school, agency or province), so a deletion neither hides the trail from the row's readers nor
shows it to anyone else. Unknown, untracked or unreadable rows are all the same 404.
"""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.urls import reverse
from django.views import generic

from sandbox import audit, audit_display
from sandbox.access import allows
from sandbox.audit_values import model_for


def record_history_url(label, pk):
    return reverse("audit-record", args=[label, pk])


class RecordHistoryView(LoginRequiredMixin, generic.TemplateView):
    template_name = "sandbox/object_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        model = model_for(kwargs["label"])
        if model is None or not hasattr(model, "access") or not hasattr(model, "pgh_event_model"):
            raise Http404
        try:
            events = list(audit.history_for(model(pk=kwargs["pk"]))[:200])
        except (TypeError, ValueError):
            raise Http404 from None
        if not events:
            raise Http404
        live = model._base_manager.filter(pk=kwargs["pk"]).first()
        row = live or audit.as_recorded(model, events[0].pgh_data)
        if not allows(self.request.user, "view", row):
            raise Http404
        entries = audit_display.present(events)
        context.update(object=live, entries=entries, record_type=entries[0].record_type,
                       record_name=entries[0].record)
        return context
