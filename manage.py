#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sandbox.settings")
    # manage.py is a developer's tool; servers (wsgi.py, the Docker image) default to production.
    os.environ.setdefault("SANDBOX_ENV", "development")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
