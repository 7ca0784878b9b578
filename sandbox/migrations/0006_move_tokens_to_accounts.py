"""ApiToken and UserSession move to the accounts app (accounts 0001); their tables and rows stay.

The triggers are named after the model's app, so the old ones are dropped here and accounts 0001
creates them under the new name. Content types follow the models so that permissions keep pointing
at them.
"""

import pgtrigger.migrations
from django.db import migrations

MOVED = ["apitoken", "apitokenevent", "usersession"]


def relabel(from_app, to_app):
    def run(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        taken = set(content_type.objects.filter(app_label=to_app, model__in=MOVED).values_list("model", flat=True))
        content_type.objects.filter(app_label=from_app, model__in=set(MOVED) - taken).update(app_label=to_app)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('sandbox', '0005_idempotency_key'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(model_name='apitoken', name='bump_row_version'),
        pgtrigger.migrations.RemoveTrigger(model_name='apitoken', name='insert_insert'),
        pgtrigger.migrations.RemoveTrigger(model_name='apitoken', name='update_update'),
        pgtrigger.migrations.RemoveTrigger(model_name='apitoken', name='delete_delete'),
        pgtrigger.migrations.RemoveTrigger(model_name='apitokenevent', name='append_only'),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='apitokenevent', name='pgh_obj'),
                migrations.RemoveField(model_name='apitokenevent', name='pgh_context'),
                migrations.RemoveField(model_name='apitokenevent', name='user'),
                migrations.RemoveField(model_name='usersession', name='user'),
                migrations.DeleteModel(name='ApiToken'),
                migrations.DeleteModel(name='ApiTokenEvent'),
                migrations.DeleteModel(name='UserSession'),
            ],
        ),
        migrations.RunPython(relabel("sandbox", "accounts"), relabel("accounts", "sandbox")),
    ]
