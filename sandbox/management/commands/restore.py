from django.core.management.base import BaseCommand, CommandError

from sandbox import backup


class Command(BaseCommand):
    help = "Restore a backup folder (from manage.py backup) into the configured, empty database."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, folder, **options):
        try:
            root = backup.restore(folder)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored; files in {root}")
