from django.urls import path

from accounts.audit_search import AuditSearchView
from accounts.record_history import RecordHistoryView

urlpatterns = [
    path("", AuditSearchView.as_view(), name="audit-search"),
    path("records/<str:label>/<str:pk>/", RecordHistoryView.as_view(), name="audit-record"),
]
