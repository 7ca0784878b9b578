from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in, user_logged_out
        from django.db.models.signals import post_delete, post_save

        from accounts import services
        from sandbox.models import RoleAssignment

        user_logged_in.connect(services.remember_session, dispatch_uid="accounts.remember_session")
        user_logged_out.connect(services.forget_session, dispatch_uid="accounts.forget_session")
        post_save.connect(services.revoke_tokens_on_password_change, sender=get_user_model(),
                          dispatch_uid="accounts.revoke_tokens_on_password_change")
        post_delete.connect(services.revoke_tokens_on_last_role_removed, sender=RoleAssignment,
                            dispatch_uid="accounts.revoke_tokens_on_last_role_removed")
