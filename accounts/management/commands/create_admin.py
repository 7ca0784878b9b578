import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from sandbox.access import Role
from sandbox.models import RoleAssignment


class Command(BaseCommand):
    help = "Create the first SBN administrator (password from --password-env or a prompt)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--password-env", help="Name of an environment variable holding the password.")

    def handle(self, username, email, password_env=None, **options):
        import os

        password = os.environ.get(password_env, "") if password_env else getpass.getpass("Password: ")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"User {username!r} already exists.")
        user = User(username=username, email=email, is_staff=True)
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        user.set_password(password)
        user.save()
        RoleAssignment.objects.create(user=user, role=Role.SBN_ADMIN)
        self.stdout.write(f"Created SBN administrator {username}.")
