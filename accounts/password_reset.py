"""Forgotten passwords: people reset their own by a link sent to their email, with no administrator.

Django's views do the work (one-time links that expire with PASSWORD_RESET_TIMEOUT and die once the
password changes, the same page whether or not the address is known). A completed reset also lifts
a sign-in lockout of that account, so a locked-out person needs neither an administrator nor a shell.
"""

from urllib.parse import urlsplit

from axes.utils import reset as reset_lockout
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy
from django.utils.translation import gettext as _


def _style(form):
    for field in form.fields.values():
        field.widget.attrs.setdefault("class", "form-control")
    return form


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    # Links name the portal's configured address, never the Host header the request came with.
    @property
    def domain_override(self):
        return urlsplit(settings.PORTAL_URL).netloc

    @property
    def use_https(self):
        return urlsplit(settings.PORTAL_URL).scheme == "https"

    def get_form(self, form_class=None):
        return _style(super().get_form(form_class))


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("login")

    def get_form(self, form_class=None):
        return _style(super().get_form(form_class))

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_lockout(username=form.user.get_username())
        messages.success(self.request, _("Your password has been changed; sign in with the new one."))
        return response
