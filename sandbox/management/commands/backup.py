from django.core.management.base import BaseCommand, CommandError

from sandbox import backup


class Command(BaseCommand):
    help = "Write a consistent PostgreSQL dump and the private files into a folder."

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, folder, **options):
        try:
            target = backup.backup(folder)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Backup written to {target}")
