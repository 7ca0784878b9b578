"""Pages for a person's own webhooks: list, detail with the delivery log, add, edit, delete,
a new secret and a test delivery. The API (/api/v1/webhooks/) does the same for systems."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View, generic

from sandbox.views import add_errors
from webhooks import services
from webhooks.forms import SubscriptionForm
from webhooks.models import Subscription

SECRET_KEY = "webhooks:new-secret"  # the session key that carries a new secret to the one page showing it


def own(request, pk):
    return get_object_or_404(Subscription.objects.of(request.user).select_related("province", "agency", "school"),
                             pk=pk)


def may_change(user, subscription):
    return services.covers(user, subscription.scope, subscription.scope_object)


def show_secret_once(request, subscription):
    request.session[SECRET_KEY] = {"pk": subscription.pk, "secret": subscription.secret}


class SubscriptionListView(LoginRequiredMixin, generic.ListView):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    template_name = "webhooks/list.html"
    paginate_by = 50

    def get_queryset(self):
        return Subscription.objects.of(self.request.user).select_related("province", "agency", "school")


class SubscriptionDetailView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    def get(self, request, pk):
        subscription = own(request, pk)
        shown = request.session.get(SECRET_KEY)
        secret = None
        if shown and shown.get("pk") == subscription.pk:
            secret = shown["secret"]
            del request.session[SECRET_KEY]
        return render(request, "webhooks/detail.html", {
            "object": subscription, "secret": secret, "can_change": may_change(request.user, subscription),
            "deliveries": subscription.deliveries.order_by("-created", "-pk")[:50]})


class SubscriptionEditView(LoginRequiredMixin, View):
    """Add (no pk) or edit one of the person's webhooks."""

    allow_without_role = True  # a person's own notices and settings, whatever their roles

    def get_object(self, pk):
        if pk is None:
            return None
        subscription = own(self.request, pk)
        if not may_change(self.request.user, subscription):
            raise PermissionDenied
        return subscription

    def get(self, request, pk=None):
        subscription = self.get_object(pk)
        return self.show(SubscriptionForm(instance=subscription, user=request.user), subscription)

    def post(self, request, pk=None):
        subscription = self.get_object(pk)
        form = SubscriptionForm(request.POST, instance=subscription, user=request.user)
        if form.is_valid():
            instance = form.save(commit=False)
            try:
                services.save_subscription(request.user, instance)
            except ValidationError as exc:
                add_errors(form, exc)
            else:
                if subscription is None:
                    show_secret_once(request, instance)
                messages.success(request, _("Saved."))
                return redirect(instance.get_absolute_url())
        return self.show(form, subscription)

    def show(self, form, subscription):
        return render(self.request, "webhooks/edit.html", {"form": form, "object": subscription})


class SubscriptionDeleteView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    def get(self, request, pk):
        return render(request, "webhooks/delete.html", {"object": own(request, pk)})

    def post(self, request, pk):
        services.delete_subscription(request.user, own(request, pk))
        messages.success(request, _("Deleted."))
        return redirect("webhooks:list")


class RotateSecretView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    def post(self, request, pk):
        subscription = services.rotate_secret(request.user, own(request, pk))
        show_secret_once(request, subscription)
        messages.success(request, _("A new secret was made; the old one no longer signs deliveries."))
        return redirect(subscription.get_absolute_url())


class PingView(LoginRequiredMixin, View):
    allow_without_role = True  # a person's own notices and settings, whatever their roles
    def post(self, request, pk):
        subscription = own(request, pk)
        services.ping(request.user, subscription)
        messages.success(request, _("A test delivery is on its way; its outcome appears below."))
        return redirect(subscription.get_absolute_url())
