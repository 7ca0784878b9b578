"""makemessages that also collects the strings marked with the short names the portal imports
gettext_lazy as (`_l`, `_lazy`); xgettext knows only the standard names."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_l", "--keyword=_lazy"]
