from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SandboxConfig(AppConfig):
    name = "sandbox"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from sandbox.accounts.services import forget_session, remember_session

        user_logged_in.connect(remember_session, dispatch_uid="sandbox.remember_session")
        user_logged_out.connect(forget_session, dispatch_uid="sandbox.forget_session")
