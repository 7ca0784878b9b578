"""Sign-in lockouts for SBN administrators: who is locked out, from where, and a button that lifts it
(before, only `manage.py axes_reset` on the server could)."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import generic

from sandbox.access import Role, has_role


class SbnAdminOnly(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not (user.is_superuser or has_role(user, Role.SBN_ADMIN)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def locked_out():
    return AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by(
        "-attempt_time")


class LockoutListView(SbnAdminOnly, generic.ListView):
    template_name = "accounts/lockouts.html"
    context_object_name = "attempts"
    paginate_by = 100

    def get_queryset(self):
        return locked_out()


class LockoutUnlockView(SbnAdminOnly, generic.View):
    http_method_names = ["post"]

    def post(self, request, pk):
        attempt = get_object_or_404(AccessAttempt, pk=pk)
        reset(ip=attempt.ip_address, username=attempt.username)
        messages.success(request, _("“%(username)s” may sign in again from %(ip)s.") % {
            "username": attempt.username, "ip": attempt.ip_address})
        return redirect("account-lockouts")
