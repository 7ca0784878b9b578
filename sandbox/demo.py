"""Demo data for `make run`: each app seeds its own rows, in the order of settings.DEMO_SEEDS."""

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string


@transaction.atomic
def seed():
    for path in settings.DEMO_SEEDS:
        import_string(path)()
