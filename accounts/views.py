"""Account pages: the account itself, password, sessions, API tokens, roles and new users."""

from axes.models import AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import generic
from django.views.decorators.cache import never_cache

from accounts import services
from accounts.filtersets import RoleAssignmentFilterSet
from accounts.forms import RoleAssignmentForm, TokenForm, UserCreateForm
from accounts.models import ApiToken, UserSession
from accounts.scope import is_manager
from sandbox import views
from sandbox.access import can_add_anything
from sandbox.models import RoleAssignment

SIGN_IN_LOG_LENGTH = 20


def sign_in_log(user, length=SIGN_IN_LOG_LENGTH):
    """The user's latest successful and failed sign-ins, newest first (two queries)."""
    username = user.get_username()
    fields = ("attempt_time", "ip_address", "user_agent")
    successes = [dict(row, succeeded=True) for row in
                 AccessLog.objects.filter(username=username).order_by("-attempt_time").values(*fields)[:length]]
    failures = [dict(row, succeeded=False) for row in
                AccessFailureLog.objects.filter(username=username).order_by("-attempt_time")
                .values(*fields, "locked_out")[:length]]
    return sorted(successes + failures, key=lambda row: row["attempt_time"], reverse=True)[:length]


class AccountView(LoginRequiredMixin, generic.TemplateView):
    template_name = "accounts/account.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        recent = timezone.now() - timezone.timedelta(seconds=settings.SESSION_COOKIE_AGE)
        return super().get_context_data(
            assignments=user.role_assignments.select_related("province", "agency", "school"),
            sign_ins=sign_in_log(user),
            sessions=UserSession.objects.filter(user=user, created__gte=recent),
            current_session=self.request.session.session_key,
            tokens_count=user.api_tokens.filter(revoked__isnull=True).count(),
            is_manager=is_manager(user),
            **kwargs,
        )


class SignOutEverywhereView(LoginRequiredMixin, generic.View):
    http_method_names = ["post"]

    def post(self, request):
        ended = services.sign_out_everywhere(request.user, keep_session_key=request.session.session_key)
        messages.success(request, _("Signed out of %(count)d other session(s).") % {"count": ended})
        return redirect("account")


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's own view: checks the old password, runs the validators, and (by changing the
    session hash) signs the user out of their other sessions."""

    template_name = "accounts/account_password.html"
    success_url = reverse_lazy("account")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        for field in form.fields.values():
            field.widget.attrs.setdefault("class", "form-control")
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response


@method_decorator(never_cache, name="dispatch")
class TokenListView(LoginRequiredMixin, generic.FormView):
    """The user's own tokens, and the form for a new one (its key is shown once, never again)."""

    template_name = "accounts/account_tokens.html"
    form_class = TokenForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(tokens=self.request.user.api_tokens.all(), **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            token, raw = services.issue_token(self.request.user, data["name"], data["read_only"], data["expires"])
        except ValidationError as exc:
            views._add_errors(form, exc)
            return self.form_invalid(form)
        return render(self.request, "accounts/account_token_created.html", {"token": token, "key": raw})


class TokenRevokeView(LoginRequiredMixin, generic.View):
    http_method_names = ["post"]

    def post(self, request, pk):
        token = get_object_or_404(ApiToken, pk=pk, user=request.user)
        services.revoke_token(token)
        messages.success(request, _("The token “%(name)s” has been revoked.") % {"name": token.name})
        return redirect("account-tokens")


ROLE_COLUMNS = (
    ("user", gettext_lazy("User")), ("role", gettext_lazy("Role")), ("scope", gettext_lazy("Scope")),
    ("created", gettext_lazy("Since")),
)


class RoleAssignmentListView(views.ObjectListView):
    model = RoleAssignment
    filterset_class = RoleAssignmentFilterSet
    related = ("user", "province", "agency", "school")
    columns = ROLE_COLUMNS
    add_url = reverse_lazy("account-role-add")
    export_name = "role-assignments"
    template_name = "accounts/account_roles.html"


class RoleAssignmentDetailView(views.ObjectDetailView):
    model = RoleAssignment
    related = ("user", "province", "agency", "school")
    template_name = "accounts/account_role_detail.html"


class RoleAssignmentCreateView(views.ObjectEditView):
    model = RoleAssignment
    form_class = RoleAssignmentForm
    save_with = services.save_role_assignment

    def get_success_url(self):
        return reverse("account-roles")


class RoleAssignmentDeleteView(views.ObjectDeleteView):
    model = RoleAssignment
    success_url = reverse_lazy("account-roles")


class RoleAssignmentHistoryView(views.ObjectHistoryView):
    model = RoleAssignment


class UserCreateView(LoginRequiredMixin, generic.FormView):
    template_name = "accounts/account_user_add.html"
    form_class = UserCreateForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can_add_anything(request.user, RoleAssignment):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != "password_again"}
        try:
            user = services.create_user(self.request.user, **data)
        except ValidationError as exc:
            views._add_errors(form, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("The account “%(username)s” has been created.") % {"username": user})
        return redirect(f"{reverse('account-roles')}?q={user.username}")
