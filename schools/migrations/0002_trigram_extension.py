from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm serves substring search over Thai text, which has no spaces between words."""

    dependencies = [("schools", "0001_initial")]

    operations = [TrigramExtension()]
