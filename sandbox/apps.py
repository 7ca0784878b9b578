from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SandboxConfig(AppConfig):
    name = "sandbox"
    verbose_name = _("Portal")

    def ready(self):
        from sandbox.forms import use_portal_blank_label

        use_portal_blank_label()
