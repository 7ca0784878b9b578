"""ApiToken and UserSession move here from sandbox: the tables stay, only Django's state moves.

The triggers are named after the model's app, so sandbox 0006 drops the old ones and this adds them anew.
"""

import django.db.models.deletion
import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('pghistory', '0007_auto_20250421_0444'),
        ('sandbox', '0006_move_tokens_to_accounts'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ApiToken',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('row_version', sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version')),
                        ('name', models.CharField(max_length=100, verbose_name='name')),
                        ('prefix', models.CharField(editable=False, max_length=8, verbose_name='prefix')),
                        ('key_hash', models.CharField(editable=False, max_length=64, unique=True)),
                        ('read_only', models.BooleanField(default=False, verbose_name='read only')),
                        ('expires', models.DateTimeField(blank=True, null=True, verbose_name='expires')),
                        ('last_used', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='last used')),
                        ('revoked', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='revoked')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='api_tokens', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                    ],
                    options={
                        'verbose_name': 'API token',
                        'verbose_name_plural': 'API tokens',
                        'db_table': 'sandbox_apitoken',
                        'ordering': ['-created'],
                    },
                ),
                migrations.CreateModel(
                    name='ApiTokenEvent',
                    fields=[
                        ('pgh_id', models.AutoField(primary_key=True, serialize=False)),
                        ('pgh_created_at', models.DateTimeField(auto_now_add=True)),
                        ('pgh_label', models.TextField(help_text='The event label.')),
                        ('id', models.BigIntegerField()),
                        ('created', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('row_version', sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version')),
                        ('name', models.CharField(max_length=100, verbose_name='name')),
                        ('prefix', models.CharField(editable=False, max_length=8, verbose_name='prefix')),
                        ('read_only', models.BooleanField(default=False, verbose_name='read only')),
                        ('expires', models.DateTimeField(blank=True, null=True, verbose_name='expires')),
                        ('revoked', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='revoked')),
                        ('pgh_context', models.ForeignKey(db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='pghistory.context')),
                        ('pgh_obj', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='events', to='accounts.apitoken')),
                        ('user', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', related_query_name='+', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                    ],
                    options={
                        'db_table': 'sandbox_apitokenevent',
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='UserSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('session_key', models.CharField(max_length=40, unique=True, verbose_name='session key')),
                        ('created', models.DateTimeField(auto_now_add=True, verbose_name='signed in')),
                        ('ip_address', models.GenericIPAddressField(blank=True, null=True, verbose_name='IP address')),
                        ('user_agent', models.CharField(blank=True, max_length=255, verbose_name='browser')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='portal_sessions', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                    ],
                    options={
                        'verbose_name': 'sign-in session',
                        'verbose_name_plural': 'sign-in sessions',
                        'db_table': 'sandbox_usersession',
                        'ordering': ['-created'],
                    },
                ),
            ],
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='a9eb6cb6e8dbf4c5cb8842c85e5cbb8ee0138da3', operation='UPDATE', pgid='pgtrigger_bump_row_version_0cdff', table='sandbox_apitoken', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (NEW."created", NEW."expires", NEW."id", NEW."name", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."prefix", NEW."read_only", NEW."revoked", NEW."row_version", NEW."updated", NEW."user_id"); RETURN NULL;', hash='526d4d17adabd8795f58567fe454917dcfb6b050', operation='INSERT', pgid='pgtrigger_insert_insert_01b7d', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."expires" IS DISTINCT FROM (NEW."expires") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."name" IS DISTINCT FROM (NEW."name") OR OLD."prefix" IS DISTINCT FROM (NEW."prefix") OR OLD."read_only" IS DISTINCT FROM (NEW."read_only") OR OLD."revoked" IS DISTINCT FROM (NEW."revoked") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."user_id" IS DISTINCT FROM (NEW."user_id"))', func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (NEW."created", NEW."expires", NEW."id", NEW."name", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."prefix", NEW."read_only", NEW."revoked", NEW."row_version", NEW."updated", NEW."user_id"); RETURN NULL;', hash='1fe3754725fabb8525a7d898be8d072f0be2b4b9', operation='UPDATE', pgid='pgtrigger_update_update_df53b', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (OLD."created", OLD."expires", OLD."id", OLD."name", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."prefix", OLD."read_only", OLD."revoked", OLD."row_version", OLD."updated", OLD."user_id"); RETURN NULL;', hash='9b1126d4b16189311db59aea6f4ba68cfb34e934', operation='DELETE', pgid='pgtrigger_delete_delete_6e065', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitokenevent',
            trigger=pgtrigger.compiler.Trigger(name='append_only', sql=pgtrigger.compiler.UpsertTriggerSql(func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;", hash='616f036eec038ad459d2257cd0f6de0888ae288d', operation='UPDATE OR DELETE', pgid='pgtrigger_append_only_f6ae5', table='sandbox_apitokenevent', when='BEFORE')),
        ),
    ]
