import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('grants', '0002_period_approved_event_id'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='allocation',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='allocation',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='allocation',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='category',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='category',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='category',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='expenditure',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='expenditure',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='expenditure',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='fiscalyear',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='fiscalyear',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='fiscalyear',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='period',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='period',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='period',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='periodstep',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='periodstep',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='periodstep',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='planline',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='planline',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='planline',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='programme',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='programme',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='programme',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='transfer',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='transfer',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='transfer',
            name='delete_delete',
        ),
        migrations.AddField(
            model_name='allocation',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='allocationevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='category',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='categoryevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='expenditure',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='expenditureevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='fiscalyear',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='fiscalyearevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='period',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='periodevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='periodstep',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='periodstepevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='planline',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='planlineevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='programme',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='programmeevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='transfer',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='transferevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='allocation',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='03295d646949fd22f2a5c4c5e1ac388e920a5fbe', operation='UPDATE', pgid='pgtrigger_bump_row_version_04a15', table='grants_allocation', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='allocation',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_allocationevent" ("amount", "created", "fiscal_year_id", "id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "programme_id", "row_version", "school_id", "updated") VALUES (NEW."amount", NEW."created", NEW."fiscal_year_id", NEW."id", NEW."note", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."programme_id", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='52b51318aee9dca2363a0a6665dbddf0f1743f0e', operation='INSERT', pgid='pgtrigger_insert_insert_0cb55', table='grants_allocation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='allocation',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."amount" IS DISTINCT FROM (NEW."amount") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."fiscal_year_id" IS DISTINCT FROM (NEW."fiscal_year_id") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."note" IS DISTINCT FROM (NEW."note") OR OLD."programme_id" IS DISTINCT FROM (NEW."programme_id") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_allocationevent" ("amount", "created", "fiscal_year_id", "id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "programme_id", "row_version", "school_id", "updated") VALUES (NEW."amount", NEW."created", NEW."fiscal_year_id", NEW."id", NEW."note", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."programme_id", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='4b3340735583bf4dbabddaa804af705cbd1aa362', operation='UPDATE', pgid='pgtrigger_update_update_7c98a', table='grants_allocation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='allocation',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_allocationevent" ("amount", "created", "fiscal_year_id", "id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "programme_id", "row_version", "school_id", "updated") VALUES (OLD."amount", OLD."created", OLD."fiscal_year_id", OLD."id", OLD."note", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."programme_id", OLD."row_version", OLD."school_id", OLD."updated"); RETURN NULL;', hash='146119cdbc43dcaa4f75003fa5997d505f5330d3', operation='DELETE', pgid='pgtrigger_delete_delete_d28af', table='grants_allocation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='category',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='1f9b19beb94275f7df7644f9d249c3bbd5d22272', operation='UPDATE', pgid='pgtrigger_bump_row_version_e49a1', table='grants_category', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='category',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_categoryevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "sort_order", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."is_active", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."sort_order", NEW."updated"); RETURN NULL;', hash='1f185bef6a5ecd0a1a316eb706c6d9f5e3532726', operation='INSERT', pgid='pgtrigger_insert_insert_ae406', table='grants_category', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='category',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."is_active" IS DISTINCT FROM (NEW."is_active") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."sort_order" IS DISTINCT FROM (NEW."sort_order") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_categoryevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "sort_order", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."is_active", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."sort_order", NEW."updated"); RETURN NULL;', hash='7292ce5e3b6ad56cfa794fbcbb427f6e69acc4da', operation='UPDATE', pgid='pgtrigger_update_update_471a6', table='grants_category', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='category',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_categoryevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "sort_order", "updated") VALUES (OLD."code", OLD."created", OLD."id", OLD."is_active", OLD."name_en", OLD."name_th", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."sort_order", OLD."updated"); RETURN NULL;', hash='c72e962ffb87dd5e8911a7fa26daefaef06f2567', operation='DELETE', pgid='pgtrigger_delete_delete_b2af4', table='grants_category', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='expenditure',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='616e7b2b01172df2126447e80a80caa88215c485', operation='UPDATE', pgid='pgtrigger_bump_row_version_751b2', table='grants_expenditure', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='expenditure',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_expenditureevent" ("allocation_id", "amount", "category_id", "created", "date", "description", "fiscal_year_id", "id", "payee", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "plan_line_id", "receipt", "receipt_number", "receipt_token", "receipt_type", "row_version", "school_id", "updated") VALUES (NEW."allocation_id", NEW."amount", NEW."category_id", NEW."created", NEW."date", NEW."description", NEW."fiscal_year_id", NEW."id", NEW."payee", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."plan_line_id", NEW."receipt", NEW."receipt_number", NEW."receipt_token", NEW."receipt_type", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='bd0e05c5c4baea3fb3289c1fbcc067bd4dc84bdf', operation='INSERT', pgid='pgtrigger_insert_insert_9056b', table='grants_expenditure', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='expenditure',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."allocation_id" IS DISTINCT FROM (NEW."allocation_id") OR OLD."amount" IS DISTINCT FROM (NEW."amount") OR OLD."category_id" IS DISTINCT FROM (NEW."category_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."date" IS DISTINCT FROM (NEW."date") OR OLD."description" IS DISTINCT FROM (NEW."description") OR OLD."fiscal_year_id" IS DISTINCT FROM (NEW."fiscal_year_id") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."payee" IS DISTINCT FROM (NEW."payee") OR OLD."plan_line_id" IS DISTINCT FROM (NEW."plan_line_id") OR OLD."receipt" IS DISTINCT FROM (NEW."receipt") OR OLD."receipt_number" IS DISTINCT FROM (NEW."receipt_number") OR OLD."receipt_token" IS DISTINCT FROM (NEW."receipt_token") OR OLD."receipt_type" IS DISTINCT FROM (NEW."receipt_type") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_expenditureevent" ("allocation_id", "amount", "category_id", "created", "date", "description", "fiscal_year_id", "id", "payee", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "plan_line_id", "receipt", "receipt_number", "receipt_token", "receipt_type", "row_version", "school_id", "updated") VALUES (NEW."allocation_id", NEW."amount", NEW."category_id", NEW."created", NEW."date", NEW."description", NEW."fiscal_year_id", NEW."id", NEW."payee", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."plan_line_id", NEW."receipt", NEW."receipt_number", NEW."receipt_token", NEW."receipt_type", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='a5dddfb033de4eee94f7c48e6af3657b33b1351f', operation='UPDATE', pgid='pgtrigger_update_update_9ce70', table='grants_expenditure', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='expenditure',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_expenditureevent" ("allocation_id", "amount", "category_id", "created", "date", "description", "fiscal_year_id", "id", "payee", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "plan_line_id", "receipt", "receipt_number", "receipt_token", "receipt_type", "row_version", "school_id", "updated") VALUES (OLD."allocation_id", OLD."amount", OLD."category_id", OLD."created", OLD."date", OLD."description", OLD."fiscal_year_id", OLD."id", OLD."payee", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."plan_line_id", OLD."receipt", OLD."receipt_number", OLD."receipt_token", OLD."receipt_type", OLD."row_version", OLD."school_id", OLD."updated"); RETURN NULL;', hash='3b763f73b29bab8fa0a777d34bb8d99352eca96d', operation='DELETE', pgid='pgtrigger_delete_delete_bd287', table='grants_expenditure', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='fiscalyear',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='990b0115cf96cde5cae1005a69f95aca5c8f2d67', operation='UPDATE', pgid='pgtrigger_bump_row_version_b466b', table='grants_fiscalyear', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='fiscalyear',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_fiscalyearevent" ("created", "end", "id", "is_open", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "start", "updated", "year") VALUES (NEW."created", NEW."end", NEW."id", NEW."is_open", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."start", NEW."updated", NEW."year"); RETURN NULL;', hash='78f9bbf7b848886c08a94c0e853baae7c932d251', operation='INSERT', pgid='pgtrigger_insert_insert_117f3', table='grants_fiscalyear', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='fiscalyear',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."end" IS DISTINCT FROM (NEW."end") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."is_open" IS DISTINCT FROM (NEW."is_open") OR OLD."start" IS DISTINCT FROM (NEW."start") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "grants_fiscalyearevent" ("created", "end", "id", "is_open", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "start", "updated", "year") VALUES (NEW."created", NEW."end", NEW."id", NEW."is_open", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."start", NEW."updated", NEW."year"); RETURN NULL;', hash='74cd7efdfed2fed9d81c759095024f6fccec33eb', operation='UPDATE', pgid='pgtrigger_update_update_3d918', table='grants_fiscalyear', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='fiscalyear',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_fiscalyearevent" ("created", "end", "id", "is_open", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "start", "updated", "year") VALUES (OLD."created", OLD."end", OLD."id", OLD."is_open", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."start", OLD."updated", OLD."year"); RETURN NULL;', hash='c6204228cdd6740afecff99bb164aad58fa104d6', operation='DELETE', pgid='pgtrigger_delete_delete_b8623', table='grants_fiscalyear', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='period',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='78f393053081d67ae4ab6d0e8a540769e5292c1c', operation='UPDATE', pgid='pgtrigger_bump_row_version_13bd3', table='grants_period', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='period',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_periodevent" ("approved_at", "approved_event_id", "comment", "created", "fiscal_year_id", "id", "month", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "status", "submitted_at", "updated") VALUES (NEW."approved_at", NEW."approved_event_id", NEW."comment", NEW."created", NEW."fiscal_year_id", NEW."id", NEW."month", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."school_id", NEW."status", NEW."submitted_at", NEW."updated"); RETURN NULL;', hash='ec3fc596885425f003dc943fa3feedecc3a093f9', operation='INSERT', pgid='pgtrigger_insert_insert_55aef', table='grants_period', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='period',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."approved_at" IS DISTINCT FROM (NEW."approved_at") OR OLD."approved_event_id" IS DISTINCT FROM (NEW."approved_event_id") OR OLD."comment" IS DISTINCT FROM (NEW."comment") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."fiscal_year_id" IS DISTINCT FROM (NEW."fiscal_year_id") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."month" IS DISTINCT FROM (NEW."month") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."submitted_at" IS DISTINCT FROM (NEW."submitted_at") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_periodevent" ("approved_at", "approved_event_id", "comment", "created", "fiscal_year_id", "id", "month", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "status", "submitted_at", "updated") VALUES (NEW."approved_at", NEW."approved_event_id", NEW."comment", NEW."created", NEW."fiscal_year_id", NEW."id", NEW."month", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."school_id", NEW."status", NEW."submitted_at", NEW."updated"); RETURN NULL;', hash='5f6aaa80f21eeddb5a43ce070593bb8ca7126f59', operation='UPDATE', pgid='pgtrigger_update_update_a9032', table='grants_period', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='period',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_periodevent" ("approved_at", "approved_event_id", "comment", "created", "fiscal_year_id", "id", "month", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "status", "submitted_at", "updated") VALUES (OLD."approved_at", OLD."approved_event_id", OLD."comment", OLD."created", OLD."fiscal_year_id", OLD."id", OLD."month", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."school_id", OLD."status", OLD."submitted_at", OLD."updated"); RETURN NULL;', hash='97a3acf3cf8624795e44dccbcdea7c4cb9df85fc', operation='DELETE', pgid='pgtrigger_delete_delete_b286a', table='grants_period', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='periodstep',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='e409b82564a249989614166dd48a871f88e952af', operation='UPDATE', pgid='pgtrigger_bump_row_version_09160', table='grants_periodstep', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='periodstep',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_periodstepevent" ("action", "comment", "created", "from_status", "id", "period_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "to_status", "updated", "user_id") VALUES (NEW."action", NEW."comment", NEW."created", NEW."from_status", NEW."id", NEW."period_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."to_status", NEW."updated", NEW."user_id"); RETURN NULL;', hash='a721f02ab376e892b8cf11f81834a4acae8b9be3', operation='INSERT', pgid='pgtrigger_insert_insert_814ba', table='grants_periodstep', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='periodstep',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."action" IS DISTINCT FROM (NEW."action") OR OLD."comment" IS DISTINCT FROM (NEW."comment") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."from_status" IS DISTINCT FROM (NEW."from_status") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."period_id" IS DISTINCT FROM (NEW."period_id") OR OLD."to_status" IS DISTINCT FROM (NEW."to_status") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."user_id" IS DISTINCT FROM (NEW."user_id"))', func='INSERT INTO "grants_periodstepevent" ("action", "comment", "created", "from_status", "id", "period_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "to_status", "updated", "user_id") VALUES (NEW."action", NEW."comment", NEW."created", NEW."from_status", NEW."id", NEW."period_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."to_status", NEW."updated", NEW."user_id"); RETURN NULL;', hash='3e0b9adfe80183631845113edce552113e9ec01d', operation='UPDATE', pgid='pgtrigger_update_update_cff0a', table='grants_periodstep', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='periodstep',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_periodstepevent" ("action", "comment", "created", "from_status", "id", "period_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "to_status", "updated", "user_id") VALUES (OLD."action", OLD."comment", OLD."created", OLD."from_status", OLD."id", OLD."period_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."to_status", OLD."updated", OLD."user_id"); RETURN NULL;', hash='74835128de7cb3d8cc23efa0063d62334a989ef4', operation='DELETE', pgid='pgtrigger_delete_delete_b1a2e', table='grants_periodstep', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='planline',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='272927ad325ce6c155ae263185d477a5caa8bb8d', operation='UPDATE', pgid='pgtrigger_bump_row_version_342c1', table='grants_planline', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='planline',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_planlineevent" ("activity", "allocation_id", "category_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_amount", "row_version", "updated") VALUES (NEW."activity", NEW."allocation_id", NEW."category_id", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."planned_amount", NEW."row_version", NEW."updated"); RETURN NULL;', hash='709361f4c3f8cfc2fac340a93cc75eff96458b20', operation='INSERT', pgid='pgtrigger_insert_insert_b5c81', table='grants_planline', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='planline',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."activity" IS DISTINCT FROM (NEW."activity") OR OLD."allocation_id" IS DISTINCT FROM (NEW."allocation_id") OR OLD."category_id" IS DISTINCT FROM (NEW."category_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."planned_amount" IS DISTINCT FROM (NEW."planned_amount") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_planlineevent" ("activity", "allocation_id", "category_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_amount", "row_version", "updated") VALUES (NEW."activity", NEW."allocation_id", NEW."category_id", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."planned_amount", NEW."row_version", NEW."updated"); RETURN NULL;', hash='cb715c25945e54c5b22edde18ca3d79cf7afe85b', operation='UPDATE', pgid='pgtrigger_update_update_ab41a', table='grants_planline', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='planline',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_planlineevent" ("activity", "allocation_id", "category_id", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "planned_amount", "row_version", "updated") VALUES (OLD."activity", OLD."allocation_id", OLD."category_id", OLD."created", OLD."id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."planned_amount", OLD."row_version", OLD."updated"); RETURN NULL;', hash='b17b2d0e37fbd0c79e946f521536fb5e6112e475', operation='DELETE', pgid='pgtrigger_delete_delete_c4562', table='grants_planline', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='programme',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='712fb6fbae1124c7953343464de039607edc4a9a', operation='UPDATE', pgid='pgtrigger_bump_row_version_318b7', table='grants_programme', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='programme',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_programmeevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."is_active", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."updated"); RETURN NULL;', hash='f090d51f438f4b81d4c13eee2445d6abe1f48718', operation='INSERT', pgid='pgtrigger_insert_insert_d29de', table='grants_programme', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='programme',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."is_active" IS DISTINCT FROM (NEW."is_active") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_programmeevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."is_active", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."updated"); RETURN NULL;', hash='fd1458e6aa5cca6ac727fbf71199c2a173bfd4ae', operation='UPDATE', pgid='pgtrigger_update_update_02b7c', table='grants_programme', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='programme',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_programmeevent" ("code", "created", "id", "is_active", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (OLD."code", OLD."created", OLD."id", OLD."is_active", OLD."name_en", OLD."name_th", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."updated"); RETURN NULL;', hash='700bf301a432eea3d51cf1b24b2abea60fbd1d1e', operation='DELETE', pgid='pgtrigger_delete_delete_e2558', table='grants_programme', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='transfer',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='c9c4756c7f00baf5c6a1e1bfe9f47097c9dbbd16', operation='UPDATE', pgid='pgtrigger_bump_row_version_9ec07', table='grants_transfer', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='transfer',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_transferevent" ("allocation_id", "amount", "created", "date", "id", "installment", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "row_version", "updated") VALUES (NEW."allocation_id", NEW."amount", NEW."created", NEW."date", NEW."id", NEW."installment", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."reference", NEW."row_version", NEW."updated"); RETURN NULL;', hash='d3fa1a97b7971cee3d692f4c5ae475cf2466551e', operation='INSERT', pgid='pgtrigger_insert_insert_27142', table='grants_transfer', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='transfer',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."allocation_id" IS DISTINCT FROM (NEW."allocation_id") OR OLD."amount" IS DISTINCT FROM (NEW."amount") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."date" IS DISTINCT FROM (NEW."date") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."installment" IS DISTINCT FROM (NEW."installment") OR OLD."reference" IS DISTINCT FROM (NEW."reference") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "grants_transferevent" ("allocation_id", "amount", "created", "date", "id", "installment", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "row_version", "updated") VALUES (NEW."allocation_id", NEW."amount", NEW."created", NEW."date", NEW."id", NEW."installment", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."reference", NEW."row_version", NEW."updated"); RETURN NULL;', hash='67737fb4b86e8c57bf0a89726184af01aa2588e0', operation='UPDATE', pgid='pgtrigger_update_update_78d3f', table='grants_transfer', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='transfer',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "grants_transferevent" ("allocation_id", "amount", "created", "date", "id", "installment", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reference", "row_version", "updated") VALUES (OLD."allocation_id", OLD."amount", OLD."created", OLD."date", OLD."id", OLD."installment", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."reference", OLD."row_version", OLD."updated"); RETURN NULL;', hash='d064ac1e68987c834b402a788f4be07b9ba13d91', operation='DELETE', pgid='pgtrigger_delete_delete_58622', table='grants_transfer', when='AFTER')),
        ),
    ]
