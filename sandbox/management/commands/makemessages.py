"""makemessages that also collects the strings marked with the short names the portal imports
gettext_lazy as (`_l`, `_lazy`); xgettext knows only the standard names."""

from django.core.management.commands import makemessages

SHORT_NAMES = ("_l", "_lazy")


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, *(f"--keyword={name}" for name in SHORT_NAMES)]
