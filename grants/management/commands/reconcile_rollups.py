from django.core.management.base import BaseCommand

from grants.reconcile import reconcile


class Command(BaseCommand):
    help = "Compare every spending rollup with its expenditure rows; repair and report any difference."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only report; change nothing (exit 1 on a difference).")

    def handle(self, *args, check=False, **options):
        found = reconcile(repair=not check)
        for d in found:
            self.stdout.write(d.describe())
        self.stdout.write(f"{len(found)} difference(s){'' if check else ' repaired'}.")
        if check and found:
            raise SystemExit(1)
