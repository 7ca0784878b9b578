import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sandbox', '0003_tokens_audit_sessions'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='apitoken',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='apitoken',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='apitoken',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='roleassignment',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='roleassignment',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='roleassignment',
            name='delete_delete',
        ),
        migrations.AddField(
            model_name='apitoken',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='apitokenevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='roleassignment',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='roleassignmentevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='131d39554b878ba41ddb802cf2b1cc9719bf2668', operation='UPDATE', pgid='pgtrigger_bump_row_version_f3ebe', table='sandbox_apitoken', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (NEW."created", NEW."expires", NEW."id", NEW."name", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."prefix", NEW."read_only", NEW."revoked", NEW."row_version", NEW."updated", NEW."user_id"); RETURN NULL;', hash='560245ca447c944a26e185a6000b0e78a355000d', operation='INSERT', pgid='pgtrigger_insert_insert_fe547', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."expires" IS DISTINCT FROM (NEW."expires") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."name" IS DISTINCT FROM (NEW."name") OR OLD."prefix" IS DISTINCT FROM (NEW."prefix") OR OLD."read_only" IS DISTINCT FROM (NEW."read_only") OR OLD."revoked" IS DISTINCT FROM (NEW."revoked") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."user_id" IS DISTINCT FROM (NEW."user_id"))', func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (NEW."created", NEW."expires", NEW."id", NEW."name", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."prefix", NEW."read_only", NEW."revoked", NEW."row_version", NEW."updated", NEW."user_id"); RETURN NULL;', hash='d3cc6011fe74ed1a013c2dc732f7ef2f5c23e48e', operation='UPDATE', pgid='pgtrigger_update_update_8da6a', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='apitoken',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_apitokenevent" ("created", "expires", "id", "name", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "prefix", "read_only", "revoked", "row_version", "updated", "user_id") VALUES (OLD."created", OLD."expires", OLD."id", OLD."name", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."prefix", OLD."read_only", OLD."revoked", OLD."row_version", OLD."updated", OLD."user_id"); RETURN NULL;', hash='9066e1899d41316ed4c3533ed1ea819e684474c2', operation='DELETE', pgid='pgtrigger_delete_delete_ce2e3', table='sandbox_apitoken', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='roleassignment',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='780c6791467fba9948010047539b1715b21def05', operation='UPDATE', pgid='pgtrigger_bump_row_version_6eaa1', table='sandbox_roleassignment', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='roleassignment',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_roleassignmentevent" ("agency_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "role", "row_version", "school_id", "updated", "user_id") VALUES (NEW."agency_id", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."role", NEW."row_version", NEW."school_id", NEW."updated", NEW."user_id"); RETURN NULL;', hash='4f479defaa8447682aa4a7c4a99122bf96da56ba', operation='INSERT', pgid='pgtrigger_insert_insert_270c0', table='sandbox_roleassignment', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='roleassignment',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."agency_id" IS DISTINCT FROM (NEW."agency_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."role" IS DISTINCT FROM (NEW."role") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."user_id" IS DISTINCT FROM (NEW."user_id"))', func='INSERT INTO "sandbox_roleassignmentevent" ("agency_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "role", "row_version", "school_id", "updated", "user_id") VALUES (NEW."agency_id", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."role", NEW."row_version", NEW."school_id", NEW."updated", NEW."user_id"); RETURN NULL;', hash='a29a1d887d2062013314b972abb1961389cca388', operation='UPDATE', pgid='pgtrigger_update_update_00934', table='sandbox_roleassignment', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='roleassignment',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "sandbox_roleassignmentevent" ("agency_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "role", "row_version", "school_id", "updated", "user_id") VALUES (OLD."agency_id", OLD."created", OLD."id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."role", OLD."row_version", OLD."school_id", OLD."updated", OLD."user_id"); RETURN NULL;', hash='28845e568ac571a01a9f59f4ed6487e3632116d2', operation='DELETE', pgid='pgtrigger_delete_delete_af321', table='sandbox_roleassignment', when='AFTER')),
        ),
    ]
