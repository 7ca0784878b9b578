from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sandbox import demo, outbox


class Command(BaseCommand):
    help = "Load demo data (idempotent): Buriram and Satun offices, pilot schools and a user per role."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Allow in production (creates known passwords).")

    def handle(self, *args, force=False, **options):
        if settings.PRODUCTION and not force:
            raise CommandError("Demo users have a published password; use --force to load them in production.")
        demo.seed()
        # The seed's notices leave from the outbox thread, which dies with this command: let it finish.
        if not outbox.wait_until_sent(timeout=120):
            self.stderr.write("Some demo notices were not handed to the workers in time.")
        self.stdout.write("Demo data loaded.")
