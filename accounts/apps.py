from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from accounts.services import forget_session, remember_session

        user_logged_in.connect(remember_session, dispatch_uid="accounts.remember_session")
        user_logged_out.connect(forget_session, dispatch_uid="accounts.forget_session")
