import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('committees', '0001_initial'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='agendaitem',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='agendaitem',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='agendaitem',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='attendance',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='attendance',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='attendance',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='committee',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='committee',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='committee',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='meeting',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='meeting',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='meeting',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membership',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membership',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membership',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='nomination',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='nomination',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='nomination',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='person',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='person',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='person',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='resolution',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='resolution',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='resolution',
            name='delete_delete',
        ),
        migrations.AddField(
            model_name='agendaitem',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='agendaitemevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='attendance',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='attendanceevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='committee',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='committeeevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='meetingevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='membership',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='membershipevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='nomination',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='nominationevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='person',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='personevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='resolution',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='resolutionevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agendaitem',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='90ddf283f53ad0ac8e22cced27fa780f5210337d', operation='UPDATE', pgid='pgtrigger_bump_row_version_40a29', table='committees_agendaitem', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agendaitem',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_agendaitemevent" ("created", "details", "id", "meeting_id", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "title", "updated") VALUES (NEW."created", NEW."details", NEW."id", NEW."meeting_id", NEW."number", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='b307e902448e0377275664fbc7f3b8a8124d6e9a', operation='INSERT', pgid='pgtrigger_insert_insert_f595c', table='committees_agendaitem', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agendaitem',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."details" IS DISTINCT FROM (NEW."details") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."meeting_id" IS DISTINCT FROM (NEW."meeting_id") OR OLD."number" IS DISTINCT FROM (NEW."number") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_agendaitemevent" ("created", "details", "id", "meeting_id", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "title", "updated") VALUES (NEW."created", NEW."details", NEW."id", NEW."meeting_id", NEW."number", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='afe1ef433577ce5ae95e9213f3cd7765a537c59e', operation='UPDATE', pgid='pgtrigger_update_update_43e2b', table='committees_agendaitem', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agendaitem',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_agendaitemevent" ("created", "details", "id", "meeting_id", "number", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "title", "updated") VALUES (OLD."created", OLD."details", OLD."id", OLD."meeting_id", OLD."number", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."title", OLD."updated"); RETURN NULL;', hash='77b69dafb7f96b4679fdf4b2837b1e57184c6a6a', operation='DELETE', pgid='pgtrigger_delete_delete_d0d13', table='committees_agendaitem', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='attendance',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='54b0872a9da54627e0bb5a485bc2bebc1126cd03', operation='UPDATE', pgid='pgtrigger_bump_row_version_285ce', table='committees_attendance', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='attendance',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_attendanceevent" ("created", "id", "meeting_id", "membership_id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "status", "updated") VALUES (NEW."created", NEW."id", NEW."meeting_id", NEW."membership_id", NEW."note", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."status", NEW."updated"); RETURN NULL;', hash='36219e89502a4e5f0418867edada3aa69dbacafa', operation='INSERT', pgid='pgtrigger_insert_insert_ab33c', table='committees_attendance', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='attendance',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."meeting_id" IS DISTINCT FROM (NEW."meeting_id") OR OLD."membership_id" IS DISTINCT FROM (NEW."membership_id") OR OLD."note" IS DISTINCT FROM (NEW."note") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_attendanceevent" ("created", "id", "meeting_id", "membership_id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "status", "updated") VALUES (NEW."created", NEW."id", NEW."meeting_id", NEW."membership_id", NEW."note", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."status", NEW."updated"); RETURN NULL;', hash='867834c39ede5b546aae99696ee0b809e7bffbd0', operation='UPDATE', pgid='pgtrigger_update_update_7fca7', table='committees_attendance', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='attendance',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_attendanceevent" ("created", "id", "meeting_id", "membership_id", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "status", "updated") VALUES (OLD."created", OLD."id", OLD."meeting_id", OLD."membership_id", OLD."note", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."status", OLD."updated"); RETURN NULL;', hash='e4458b474652bc256405bec4a167ec1ea93a0ffb', operation='DELETE', pgid='pgtrigger_delete_delete_1ef6a', table='committees_attendance', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='committee',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='25b779a4bafdba5ffca4c35a76e9b8b0d5cf6740', operation='UPDATE', pgid='pgtrigger_bump_row_version_1f5f5', table='committees_committee', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='committee',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_committeeevent" ("agency_id", "approved_on", "created", "id", "level", "name_en", "name_th", "notes", "order_date", "order_document", "order_number", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "selected_on", "short_name", "term_end", "term_start", "updated") VALUES (NEW."agency_id", NEW."approved_on", NEW."created", NEW."id", NEW."level", NEW."name_en", NEW."name_th", NEW."notes", NEW."order_date", NEW."order_document", NEW."order_number", NEW."parent_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."selected_on", NEW."short_name", NEW."term_end", NEW."term_start", NEW."updated"); RETURN NULL;', hash='60997fc15f1d759f53ccaf5200817a5c0514ee73', operation='INSERT', pgid='pgtrigger_insert_insert_c3cc6', table='committees_committee', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='committee',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."agency_id" IS DISTINCT FROM (NEW."agency_id") OR OLD."approved_on" IS DISTINCT FROM (NEW."approved_on") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."level" IS DISTINCT FROM (NEW."level") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."notes" IS DISTINCT FROM (NEW."notes") OR OLD."order_date" IS DISTINCT FROM (NEW."order_date") OR OLD."order_document" IS DISTINCT FROM (NEW."order_document") OR OLD."order_number" IS DISTINCT FROM (NEW."order_number") OR OLD."parent_id" IS DISTINCT FROM (NEW."parent_id") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."selected_on" IS DISTINCT FROM (NEW."selected_on") OR OLD."short_name" IS DISTINCT FROM (NEW."short_name") OR OLD."term_end" IS DISTINCT FROM (NEW."term_end") OR OLD."term_start" IS DISTINCT FROM (NEW."term_start") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_committeeevent" ("agency_id", "approved_on", "created", "id", "level", "name_en", "name_th", "notes", "order_date", "order_document", "order_number", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "selected_on", "short_name", "term_end", "term_start", "updated") VALUES (NEW."agency_id", NEW."approved_on", NEW."created", NEW."id", NEW."level", NEW."name_en", NEW."name_th", NEW."notes", NEW."order_date", NEW."order_document", NEW."order_number", NEW."parent_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."selected_on", NEW."short_name", NEW."term_end", NEW."term_start", NEW."updated"); RETURN NULL;', hash='0296066b2b21d13b7befdd11dd60e181c8084948', operation='UPDATE', pgid='pgtrigger_update_update_9aa6e', table='committees_committee', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='committee',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_committeeevent" ("agency_id", "approved_on", "created", "id", "level", "name_en", "name_th", "notes", "order_date", "order_document", "order_number", "parent_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "selected_on", "short_name", "term_end", "term_start", "updated") VALUES (OLD."agency_id", OLD."approved_on", OLD."created", OLD."id", OLD."level", OLD."name_en", OLD."name_th", OLD."notes", OLD."order_date", OLD."order_document", OLD."order_number", OLD."parent_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."selected_on", OLD."short_name", OLD."term_end", OLD."term_start", OLD."updated"); RETURN NULL;', hash='2b1e2a162f3ebe24f60f29b59e8027271d16035c', operation='DELETE', pgid='pgtrigger_delete_delete_7c923', table='committees_committee', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='meeting',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='1551b1ae1cbf751ba1bee3ebd73e77adae090107', operation='UPDATE', pgid='pgtrigger_bump_row_version_76c29', table='committees_meeting', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='meeting',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_meetingevent" ("committee_id", "created", "ends_at", "id", "minutes_file", "minutes_text", "mode", "number", "online_link", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "starts_at", "title", "updated", "venue") VALUES (NEW."committee_id", NEW."created", NEW."ends_at", NEW."id", NEW."minutes_file", NEW."minutes_text", NEW."mode", NEW."number", NEW."online_link", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."starts_at", NEW."title", NEW."updated", NEW."venue"); RETURN NULL;', hash='e8340a98d14531492f1b60461d55853af59d706d', operation='INSERT', pgid='pgtrigger_insert_insert_5f0e0', table='committees_meeting', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='meeting',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."committee_id" IS DISTINCT FROM (NEW."committee_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."ends_at" IS DISTINCT FROM (NEW."ends_at") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."minutes_file" IS DISTINCT FROM (NEW."minutes_file") OR OLD."minutes_text" IS DISTINCT FROM (NEW."minutes_text") OR OLD."mode" IS DISTINCT FROM (NEW."mode") OR OLD."number" IS DISTINCT FROM (NEW."number") OR OLD."online_link" IS DISTINCT FROM (NEW."online_link") OR OLD."starts_at" IS DISTINCT FROM (NEW."starts_at") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."venue" IS DISTINCT FROM (NEW."venue"))', func='INSERT INTO "committees_meetingevent" ("committee_id", "created", "ends_at", "id", "minutes_file", "minutes_text", "mode", "number", "online_link", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "starts_at", "title", "updated", "venue") VALUES (NEW."committee_id", NEW."created", NEW."ends_at", NEW."id", NEW."minutes_file", NEW."minutes_text", NEW."mode", NEW."number", NEW."online_link", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."starts_at", NEW."title", NEW."updated", NEW."venue"); RETURN NULL;', hash='cb24470e702edafe77a5c2fc51c16454c1a70f0b', operation='UPDATE', pgid='pgtrigger_update_update_a4ccf', table='committees_meeting', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='meeting',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_meetingevent" ("committee_id", "created", "ends_at", "id", "minutes_file", "minutes_text", "mode", "number", "online_link", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "starts_at", "title", "updated", "venue") VALUES (OLD."committee_id", OLD."created", OLD."ends_at", OLD."id", OLD."minutes_file", OLD."minutes_text", OLD."mode", OLD."number", OLD."online_link", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."starts_at", OLD."title", OLD."updated", OLD."venue"); RETURN NULL;', hash='23afae7dbaed47670cc3c5169c1ea9205ab858ef', operation='DELETE', pgid='pgtrigger_delete_delete_e1895', table='committees_meeting', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membership',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='aceca86f586f0ac0a93f8d44a417d3ad3940a3c7', operation='UPDATE', pgid='pgtrigger_bump_row_version_1e4f1', table='committees_membership', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membership',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_membershipevent" ("committee_id", "created", "expiry_notified_for", "id", "note", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "sequence", "term_end", "term_start", "updated") VALUES (NEW."committee_id", NEW."created", NEW."expiry_notified_for", NEW."id", NEW."note", NEW."person_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."row_version", NEW."sequence", NEW."term_end", NEW."term_start", NEW."updated"); RETURN NULL;', hash='bfd5cb03fcf9681f54a37fe6f339d94ae2f228e7', operation='INSERT', pgid='pgtrigger_insert_insert_1eba4', table='committees_membership', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membership',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."committee_id" IS DISTINCT FROM (NEW."committee_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."expiry_notified_for" IS DISTINCT FROM (NEW."expiry_notified_for") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."note" IS DISTINCT FROM (NEW."note") OR OLD."person_id" IS DISTINCT FROM (NEW."person_id") OR OLD."position" IS DISTINCT FROM (NEW."position") OR OLD."sequence" IS DISTINCT FROM (NEW."sequence") OR OLD."term_end" IS DISTINCT FROM (NEW."term_end") OR OLD."term_start" IS DISTINCT FROM (NEW."term_start") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_membershipevent" ("committee_id", "created", "expiry_notified_for", "id", "note", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "sequence", "term_end", "term_start", "updated") VALUES (NEW."committee_id", NEW."created", NEW."expiry_notified_for", NEW."id", NEW."note", NEW."person_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."row_version", NEW."sequence", NEW."term_end", NEW."term_start", NEW."updated"); RETURN NULL;', hash='88a1ff13ac5bdac56e503ea53523a32791f15d3b', operation='UPDATE', pgid='pgtrigger_update_update_e3ad4', table='committees_membership', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membership',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_membershipevent" ("committee_id", "created", "expiry_notified_for", "id", "note", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "sequence", "term_end", "term_start", "updated") VALUES (OLD."committee_id", OLD."created", OLD."expiry_notified_for", OLD."id", OLD."note", OLD."person_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."row_version", OLD."sequence", OLD."term_end", OLD."term_start", OLD."updated"); RETURN NULL;', hash='4ece267765f37c12d41ceabf001748f45a5ebba6', operation='DELETE', pgid='pgtrigger_delete_delete_6f1ba', table='committees_membership', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='nomination',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='6032b8240f80df34f7dae006eba4a812ba4e5dd2', operation='UPDATE', pgid='pgtrigger_bump_row_version_f3595', table='committees_nomination', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='nomination',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_nominationevent" ("committee_id", "created", "decided_at", "decided_by_id", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "membership_id", "nominated_by_id", "office_title", "organization", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "qualifications", "return_reason", "row_version", "sector", "status", "term_end", "term_start", "title", "updated") VALUES (NEW."committee_id", NEW."created", NEW."decided_at", NEW."decided_by_id", NEW."first_name_en", NEW."first_name_th", NEW."id", NEW."last_name_en", NEW."last_name_th", NEW."membership_id", NEW."nominated_by_id", NEW."office_title", NEW."organization", NEW."person_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."qualifications", NEW."return_reason", NEW."row_version", NEW."sector", NEW."status", NEW."term_end", NEW."term_start", NEW."title", NEW."updated"); RETURN NULL;', hash='e20e5ff21ada8f1c0d537baa31a00e5baf8044f6', operation='INSERT', pgid='pgtrigger_insert_insert_2c9c7', table='committees_nomination', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='nomination',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."committee_id" IS DISTINCT FROM (NEW."committee_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."decided_at" IS DISTINCT FROM (NEW."decided_at") OR OLD."decided_by_id" IS DISTINCT FROM (NEW."decided_by_id") OR OLD."first_name_en" IS DISTINCT FROM (NEW."first_name_en") OR OLD."first_name_th" IS DISTINCT FROM (NEW."first_name_th") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."last_name_en" IS DISTINCT FROM (NEW."last_name_en") OR OLD."last_name_th" IS DISTINCT FROM (NEW."last_name_th") OR OLD."membership_id" IS DISTINCT FROM (NEW."membership_id") OR OLD."nominated_by_id" IS DISTINCT FROM (NEW."nominated_by_id") OR OLD."office_title" IS DISTINCT FROM (NEW."office_title") OR OLD."organization" IS DISTINCT FROM (NEW."organization") OR OLD."person_id" IS DISTINCT FROM (NEW."person_id") OR OLD."position" IS DISTINCT FROM (NEW."position") OR OLD."qualifications" IS DISTINCT FROM (NEW."qualifications") OR OLD."return_reason" IS DISTINCT FROM (NEW."return_reason") OR OLD."sector" IS DISTINCT FROM (NEW."sector") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."term_end" IS DISTINCT FROM (NEW."term_end") OR OLD."term_start" IS DISTINCT FROM (NEW."term_start") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_nominationevent" ("committee_id", "created", "decided_at", "decided_by_id", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "membership_id", "nominated_by_id", "office_title", "organization", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "qualifications", "return_reason", "row_version", "sector", "status", "term_end", "term_start", "title", "updated") VALUES (NEW."committee_id", NEW."created", NEW."decided_at", NEW."decided_by_id", NEW."first_name_en", NEW."first_name_th", NEW."id", NEW."last_name_en", NEW."last_name_th", NEW."membership_id", NEW."nominated_by_id", NEW."office_title", NEW."organization", NEW."person_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."qualifications", NEW."return_reason", NEW."row_version", NEW."sector", NEW."status", NEW."term_end", NEW."term_start", NEW."title", NEW."updated"); RETURN NULL;', hash='f949c0791cad3c6ae8089f60add80d2d172852be', operation='UPDATE', pgid='pgtrigger_update_update_deec7', table='committees_nomination', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='nomination',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_nominationevent" ("committee_id", "created", "decided_at", "decided_by_id", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "membership_id", "nominated_by_id", "office_title", "organization", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "qualifications", "return_reason", "row_version", "sector", "status", "term_end", "term_start", "title", "updated") VALUES (OLD."committee_id", OLD."created", OLD."decided_at", OLD."decided_by_id", OLD."first_name_en", OLD."first_name_th", OLD."id", OLD."last_name_en", OLD."last_name_th", OLD."membership_id", OLD."nominated_by_id", OLD."office_title", OLD."organization", OLD."person_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."qualifications", OLD."return_reason", OLD."row_version", OLD."sector", OLD."status", OLD."term_end", OLD."term_start", OLD."title", OLD."updated"); RETURN NULL;', hash='2cb63f21e45812ba3d6281ae2a36999cd866954b', operation='DELETE', pgid='pgtrigger_delete_delete_75b51', table='committees_nomination', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='person',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='c56593f2d0aba6f0151859c22573c58358c7ba2b', operation='UPDATE', pgid='pgtrigger_bump_row_version_05eb2', table='committees_person', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='person',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_personevent" ("created", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "office_title", "organization", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "sector", "title", "updated") VALUES (NEW."created", NEW."first_name_en", NEW."first_name_th", NEW."id", NEW."last_name_en", NEW."last_name_th", NEW."office_title", NEW."organization", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."sector", NEW."title", NEW."updated"); RETURN NULL;', hash='ea5ae4480ce7f54c99abf70dbc9d19222e154531', operation='INSERT', pgid='pgtrigger_insert_insert_76e60', table='committees_person', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='person',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."first_name_en" IS DISTINCT FROM (NEW."first_name_en") OR OLD."first_name_th" IS DISTINCT FROM (NEW."first_name_th") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."last_name_en" IS DISTINCT FROM (NEW."last_name_en") OR OLD."last_name_th" IS DISTINCT FROM (NEW."last_name_th") OR OLD."office_title" IS DISTINCT FROM (NEW."office_title") OR OLD."organization" IS DISTINCT FROM (NEW."organization") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."sector" IS DISTINCT FROM (NEW."sector") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_personevent" ("created", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "office_title", "organization", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "sector", "title", "updated") VALUES (NEW."created", NEW."first_name_en", NEW."first_name_th", NEW."id", NEW."last_name_en", NEW."last_name_th", NEW."office_title", NEW."organization", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."sector", NEW."title", NEW."updated"); RETURN NULL;', hash='414455b3e662d6e65da1bcf1cb1d6691b564ce25', operation='UPDATE', pgid='pgtrigger_update_update_cd847', table='committees_person', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='person',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_personevent" ("created", "first_name_en", "first_name_th", "id", "last_name_en", "last_name_th", "office_title", "organization", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "sector", "title", "updated") VALUES (OLD."created", OLD."first_name_en", OLD."first_name_th", OLD."id", OLD."last_name_en", OLD."last_name_th", OLD."office_title", OLD."organization", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."sector", OLD."title", OLD."updated"); RETURN NULL;', hash='92187e9c2fa235ef57c21e2b1c1674435d4ea2b3', operation='DELETE', pgid='pgtrigger_delete_delete_e8253', table='committees_person', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='resolution',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='f54d635804f038e9f1fb9ec5fe0de148b3e89ad5', operation='UPDATE', pgid='pgtrigger_bump_row_version_0b8c4', table='committees_resolution', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='resolution',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_resolutionevent" ("agenda_item_id", "created", "due_date", "follow_up", "id", "meeting_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "text", "updated") VALUES (NEW."agenda_item_id", NEW."created", NEW."due_date", NEW."follow_up", NEW."id", NEW."meeting_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."responsible", NEW."row_version", NEW."status", NEW."text", NEW."updated"); RETURN NULL;', hash='56c3d7db661a1edb97e7776c28cebf93671602db', operation='INSERT', pgid='pgtrigger_insert_insert_e3ee0', table='committees_resolution', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='resolution',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."agenda_item_id" IS DISTINCT FROM (NEW."agenda_item_id") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."due_date" IS DISTINCT FROM (NEW."due_date") OR OLD."follow_up" IS DISTINCT FROM (NEW."follow_up") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."meeting_id" IS DISTINCT FROM (NEW."meeting_id") OR OLD."responsible" IS DISTINCT FROM (NEW."responsible") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."text" IS DISTINCT FROM (NEW."text") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "committees_resolutionevent" ("agenda_item_id", "created", "due_date", "follow_up", "id", "meeting_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "text", "updated") VALUES (NEW."agenda_item_id", NEW."created", NEW."due_date", NEW."follow_up", NEW."id", NEW."meeting_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."responsible", NEW."row_version", NEW."status", NEW."text", NEW."updated"); RETURN NULL;', hash='a44d2b264d56a9fbee4bd4a96ed24895fbaf5756', operation='UPDATE', pgid='pgtrigger_update_update_17dcf', table='committees_resolution', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='resolution',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "committees_resolutionevent" ("agenda_item_id", "created", "due_date", "follow_up", "id", "meeting_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "text", "updated") VALUES (OLD."agenda_item_id", OLD."created", OLD."due_date", OLD."follow_up", OLD."id", OLD."meeting_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."responsible", OLD."row_version", OLD."status", OLD."text", OLD."updated"); RETURN NULL;', hash='4f67ac88d9eae4fb63c93980956238c4a646d7c9', operation='DELETE', pgid='pgtrigger_delete_delete_fb14c', table='committees_resolution', when='AFTER')),
        ),
    ]
