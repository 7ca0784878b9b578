"""Stored Idempotency-Keys move to sandbox.IdempotencyKey, so that a retry after the upgrade still
replays its first response."""

from django.db import migrations

COPY = """
INSERT INTO sandbox_idempotencykey (key, request_hash, status_code, response, created, user_id)
SELECT key, request_hash, status_code, response, created, user_id FROM grants_idempotencykey
"""


class Migration(migrations.Migration):

    dependencies = [
        ('grants', '0003_row_version'),
        ('sandbox', '0005_idempotency_key'),
    ]

    operations = [
        migrations.RunSQL(COPY, migrations.RunSQL.noop),
        migrations.RemoveConstraint(
            model_name='idempotencykey',
            name='one_idempotency_key_per_user',
        ),
        migrations.DeleteModel(
            name='IdempotencyKey',
        ),
    ]
