from django.urls import path

from accounts.audit_search import AuditSearchView

urlpatterns = [path("", AuditSearchView.as_view(), name="audit-search")]
