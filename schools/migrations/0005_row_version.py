import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('schools', '0004_readiness_weight_decimal'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='agency',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='agency',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='agency',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovation',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovation',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovation',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovationfile',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovationfile',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='innovationfile',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membershipevent',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membershipevent',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='membershipevent',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='pilotschool',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='pilotschool',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='pilotschool',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestion',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestion',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestion',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestionnaire',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestionnaire',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessquestionnaire',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessresponse',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessresponse',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinessresponse',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinesssection',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinesssection',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='readinesssection',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='situationanalysis',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='situationanalysis',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='situationanalysis',
            name='delete_delete',
        ),
        migrations.AddField(
            model_name='agency',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='agencyevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='innovation',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='innovationevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='innovationfile',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='innovationfileevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='membershipevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='membershipeventevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='pilotschool',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='pilotschoolevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessquestion',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessquestionevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessquestionnaire',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessquestionnaireevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessresponse',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinessresponseevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinesssection',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='readinesssectionevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='situationanalysis',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='situationanalysisevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agency',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='97393346fa9dc3aa8b6662afb1150130e11a1927', operation='UPDATE', pgid='pgtrigger_bump_row_version_ea2a3', table='schools_agency', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agency',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_agencyevent" ("code", "created", "id", "kind", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."kind", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."updated"); RETURN NULL;', hash='4fc87705da7680f485f328d70782300752c5cee3', operation='INSERT', pgid='pgtrigger_insert_insert_2b1fa', table='schools_agency', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agency',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."kind" IS DISTINCT FROM (NEW."kind") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "schools_agencyevent" ("code", "created", "id", "kind", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."kind", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."updated"); RETURN NULL;', hash='215cf577735bccdfcd90ee4bf0fac4119df537d6', operation='UPDATE', pgid='pgtrigger_update_update_96ac8', table='schools_agency', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='agency',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_agencyevent" ("code", "created", "id", "kind", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "updated") VALUES (OLD."code", OLD."created", OLD."id", OLD."kind", OLD."name_en", OLD."name_th", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."updated"); RETURN NULL;', hash='11af2c2b6792d0d61120e2e2cf34d4039a162234', operation='DELETE', pgid='pgtrigger_delete_delete_d20e5', table='schools_agency', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovation',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='0b43cad2ca30f4c935cedb0a38c36ae136a7ee5f', operation='UPDATE', pgid='pgtrigger_bump_row_version_2a146', table='schools_innovation', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovation',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_innovationevent" ("abstract", "benefit", "created", "creators", "id", "keywords", "kind", "levels", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "search_text", "title", "updated", "year") VALUES (NEW."abstract", NEW."benefit", NEW."created", NEW."creators", NEW."id", NEW."keywords", NEW."kind", NEW."levels", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."school_id", NEW."search_text", NEW."title", NEW."updated", NEW."year"); RETURN NULL;', hash='7f806e77d8b378bb8e09b2d1e4af350adfd1e474', operation='INSERT', pgid='pgtrigger_insert_insert_a3bc3', table='schools_innovation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovation',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."abstract" IS DISTINCT FROM (NEW."abstract") OR OLD."benefit" IS DISTINCT FROM (NEW."benefit") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."creators" IS DISTINCT FROM (NEW."creators") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."keywords" IS DISTINCT FROM (NEW."keywords") OR OLD."kind" IS DISTINCT FROM (NEW."kind") OR OLD."levels" IS DISTINCT FROM (NEW."levels") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."search_text" IS DISTINCT FROM (NEW."search_text") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "schools_innovationevent" ("abstract", "benefit", "created", "creators", "id", "keywords", "kind", "levels", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "search_text", "title", "updated", "year") VALUES (NEW."abstract", NEW."benefit", NEW."created", NEW."creators", NEW."id", NEW."keywords", NEW."kind", NEW."levels", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."school_id", NEW."search_text", NEW."title", NEW."updated", NEW."year"); RETURN NULL;', hash='7351e442146337e627fc3c574a3174efed72e48a', operation='UPDATE', pgid='pgtrigger_update_update_b617a', table='schools_innovation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovation',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_innovationevent" ("abstract", "benefit", "created", "creators", "id", "keywords", "kind", "levels", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "search_text", "title", "updated", "year") VALUES (OLD."abstract", OLD."benefit", OLD."created", OLD."creators", OLD."id", OLD."keywords", OLD."kind", OLD."levels", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."school_id", OLD."search_text", OLD."title", OLD."updated", OLD."year"); RETURN NULL;', hash='9221e9edd947c554f778cddf57b4e0cc6ada74a3', operation='DELETE', pgid='pgtrigger_delete_delete_95782', table='schools_innovation', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovationfile',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='8a33e616c472a3603b760d4f8127885c77b6cd71', operation='UPDATE', pgid='pgtrigger_bump_row_version_43a4a', table='schools_innovationfile', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovationfile',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_innovationfileevent" ("created", "file", "id", "innovation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "size", "title", "updated") VALUES (NEW."created", NEW."file", NEW."id", NEW."innovation_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."size", NEW."title", NEW."updated"); RETURN NULL;', hash='0fc94b852080cbf55368ea4b5e6f6624bcde34aa', operation='INSERT', pgid='pgtrigger_insert_insert_67021', table='schools_innovationfile', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovationfile',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."file" IS DISTINCT FROM (NEW."file") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."innovation_id" IS DISTINCT FROM (NEW."innovation_id") OR OLD."size" IS DISTINCT FROM (NEW."size") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "schools_innovationfileevent" ("created", "file", "id", "innovation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "size", "title", "updated") VALUES (NEW."created", NEW."file", NEW."id", NEW."innovation_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."size", NEW."title", NEW."updated"); RETURN NULL;', hash='0c2561def73255d02653d2c75921dcfa73edf4bf', operation='UPDATE', pgid='pgtrigger_update_update_81e80', table='schools_innovationfile', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='innovationfile',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_innovationfileevent" ("created", "file", "id", "innovation_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "size", "title", "updated") VALUES (OLD."created", OLD."file", OLD."id", OLD."innovation_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."size", OLD."title", OLD."updated"); RETURN NULL;', hash='8cb8c58a8b4d00c5355dec9e41204a9815030ee2', operation='DELETE', pgid='pgtrigger_delete_delete_03d40', table='schools_innovationfile', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membershipevent',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='e902924ab5f105f101031acce8737478736d81c2', operation='UPDATE', pgid='pgtrigger_bump_row_version_dc4f2', table='schools_membershipevent', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membershipevent',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_membershipeventevent" ("approved_by", "created", "date", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "reference", "row_version", "school_id", "updated") VALUES (NEW."approved_by", NEW."created", NEW."date", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."reason", NEW."reference", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='5bb114f484fc11c4fca23a4a61b1512e1f20d876', operation='INSERT', pgid='pgtrigger_insert_insert_98c73', table='schools_membershipevent', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membershipevent',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."approved_by" IS DISTINCT FROM (NEW."approved_by") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."date" IS DISTINCT FROM (NEW."date") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."kind" IS DISTINCT FROM (NEW."kind") OR OLD."reason" IS DISTINCT FROM (NEW."reason") OR OLD."reference" IS DISTINCT FROM (NEW."reference") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "schools_membershipeventevent" ("approved_by", "created", "date", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "reference", "row_version", "school_id", "updated") VALUES (NEW."approved_by", NEW."created", NEW."date", NEW."id", NEW."kind", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."reason", NEW."reference", NEW."row_version", NEW."school_id", NEW."updated"); RETURN NULL;', hash='34533e08be36e16212602e56f23c8a17660f0bec', operation='UPDATE', pgid='pgtrigger_update_update_9b049', table='schools_membershipevent', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='membershipevent',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_membershipeventevent" ("approved_by", "created", "date", "id", "kind", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "reason", "reference", "row_version", "school_id", "updated") VALUES (OLD."approved_by", OLD."created", OLD."date", OLD."id", OLD."kind", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."reason", OLD."reference", OLD."row_version", OLD."school_id", OLD."updated"); RETURN NULL;', hash='3b3a5d5610957d94a86d111d4640a610f62f3f9d', operation='DELETE', pgid='pgtrigger_delete_delete_ff3c3', table='schools_membershipevent', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='pilotschool',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='96f3d0560558cff9c33f63bce03d5851f2bc05e3', operation='UPDATE', pgid='pgtrigger_bump_row_version_10093', table='schools_pilotschool', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='pilotschool',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_pilotschoolevent" ("address", "agency_id", "code", "created", "director_name", "district_id", "email", "id", "latitude", "levels", "longitude", "name_en", "name_th", "obec_code", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "phone", "province_id", "row_version", "smis_code", "status", "students", "teachers", "updated", "website") VALUES (NEW."address", NEW."agency_id", NEW."code", NEW."created", NEW."director_name", NEW."district_id", NEW."email", NEW."id", NEW."latitude", NEW."levels", NEW."longitude", NEW."name_en", NEW."name_th", NEW."obec_code", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."phone", NEW."province_id", NEW."row_version", NEW."smis_code", NEW."status", NEW."students", NEW."teachers", NEW."updated", NEW."website"); RETURN NULL;', hash='887e879e1b133408bbf568aa1e35c1a43cd928ad', operation='INSERT', pgid='pgtrigger_insert_insert_b0672', table='schools_pilotschool', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='pilotschool',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."address" IS DISTINCT FROM (NEW."address") OR OLD."agency_id" IS DISTINCT FROM (NEW."agency_id") OR OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."director_name" IS DISTINCT FROM (NEW."director_name") OR OLD."district_id" IS DISTINCT FROM (NEW."district_id") OR OLD."email" IS DISTINCT FROM (NEW."email") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."latitude" IS DISTINCT FROM (NEW."latitude") OR OLD."levels" IS DISTINCT FROM (NEW."levels") OR OLD."longitude" IS DISTINCT FROM (NEW."longitude") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."obec_code" IS DISTINCT FROM (NEW."obec_code") OR OLD."phone" IS DISTINCT FROM (NEW."phone") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."smis_code" IS DISTINCT FROM (NEW."smis_code") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."students" IS DISTINCT FROM (NEW."students") OR OLD."teachers" IS DISTINCT FROM (NEW."teachers") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."website" IS DISTINCT FROM (NEW."website"))', func='INSERT INTO "schools_pilotschoolevent" ("address", "agency_id", "code", "created", "director_name", "district_id", "email", "id", "latitude", "levels", "longitude", "name_en", "name_th", "obec_code", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "phone", "province_id", "row_version", "smis_code", "status", "students", "teachers", "updated", "website") VALUES (NEW."address", NEW."agency_id", NEW."code", NEW."created", NEW."director_name", NEW."district_id", NEW."email", NEW."id", NEW."latitude", NEW."levels", NEW."longitude", NEW."name_en", NEW."name_th", NEW."obec_code", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."phone", NEW."province_id", NEW."row_version", NEW."smis_code", NEW."status", NEW."students", NEW."teachers", NEW."updated", NEW."website"); RETURN NULL;', hash='41f3c4a73e5dc1ee7696212798a0fd6d80facc5f', operation='UPDATE', pgid='pgtrigger_update_update_ef517', table='schools_pilotschool', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='pilotschool',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_pilotschoolevent" ("address", "agency_id", "code", "created", "director_name", "district_id", "email", "id", "latitude", "levels", "longitude", "name_en", "name_th", "obec_code", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "phone", "province_id", "row_version", "smis_code", "status", "students", "teachers", "updated", "website") VALUES (OLD."address", OLD."agency_id", OLD."code", OLD."created", OLD."director_name", OLD."district_id", OLD."email", OLD."id", OLD."latitude", OLD."levels", OLD."longitude", OLD."name_en", OLD."name_th", OLD."obec_code", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."phone", OLD."province_id", OLD."row_version", OLD."smis_code", OLD."status", OLD."students", OLD."teachers", OLD."updated", OLD."website"); RETURN NULL;', hash='15e8842df10cab29ea2882ad8b41a25a9da3f1b5', operation='DELETE', pgid='pgtrigger_delete_delete_e2a81', table='schools_pilotschool', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestion',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='fafe53d54a8b49457443b4d1b717010a51ff5e75', operation='UPDATE', pgid='pgtrigger_bump_row_version_353cb', table='schools_readinessquestion', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestion',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessquestionevent" ("created", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "scale_max", "section_id", "text_en", "text_th", "updated", "weight") VALUES (NEW."created", NEW."id", NEW."order", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."scale_max", NEW."section_id", NEW."text_en", NEW."text_th", NEW."updated", NEW."weight"); RETURN NULL;', hash='bc1613b83cf410b1efe74d3f17490b41397eb774', operation='INSERT', pgid='pgtrigger_insert_insert_0aaf3', table='schools_readinessquestion', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestion',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."order" IS DISTINCT FROM (NEW."order") OR OLD."scale_max" IS DISTINCT FROM (NEW."scale_max") OR OLD."section_id" IS DISTINCT FROM (NEW."section_id") OR OLD."text_en" IS DISTINCT FROM (NEW."text_en") OR OLD."text_th" IS DISTINCT FROM (NEW."text_th") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."weight" IS DISTINCT FROM (NEW."weight"))', func='INSERT INTO "schools_readinessquestionevent" ("created", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "scale_max", "section_id", "text_en", "text_th", "updated", "weight") VALUES (NEW."created", NEW."id", NEW."order", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."scale_max", NEW."section_id", NEW."text_en", NEW."text_th", NEW."updated", NEW."weight"); RETURN NULL;', hash='165db688d8ae88a72109c9db5e6c86bad5699a38', operation='UPDATE', pgid='pgtrigger_update_update_9aea9', table='schools_readinessquestion', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestion',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessquestionevent" ("created", "id", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "scale_max", "section_id", "text_en", "text_th", "updated", "weight") VALUES (OLD."created", OLD."id", OLD."order", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."scale_max", OLD."section_id", OLD."text_en", OLD."text_th", OLD."updated", OLD."weight"); RETURN NULL;', hash='3fc2fe16844551e418a3a2d07f67423789b56f8c', operation='DELETE', pgid='pgtrigger_delete_delete_9e32c', table='schools_readinessquestion', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestionnaire',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='801f484d3b012f0bf776d0e8f8aa9da4f39c98c7', operation='UPDATE', pgid='pgtrigger_bump_row_version_3892e', table='schools_readinessquestionnaire', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestionnaire',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessquestionnaireevent" ("created", "description", "id", "is_open", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "year") VALUES (NEW."created", NEW."description", NEW."id", NEW."is_open", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."updated", NEW."year"); RETURN NULL;', hash='bf52cb1700d8668872dff4c8d461716930b4ca99', operation='INSERT', pgid='pgtrigger_insert_insert_469dc', table='schools_readinessquestionnaire', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestionnaire',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."description" IS DISTINCT FROM (NEW."description") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."is_open" IS DISTINCT FROM (NEW."is_open") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "schools_readinessquestionnaireevent" ("created", "description", "id", "is_open", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "year") VALUES (NEW."created", NEW."description", NEW."id", NEW."is_open", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."updated", NEW."year"); RETURN NULL;', hash='0de9bc3427729c053e57a0414c795ba97b7ec261', operation='UPDATE', pgid='pgtrigger_update_update_7fc89', table='schools_readinessquestionnaire', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessquestionnaire',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessquestionnaireevent" ("created", "description", "id", "is_open", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "year") VALUES (OLD."created", OLD."description", OLD."id", OLD."is_open", OLD."name_en", OLD."name_th", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."updated", OLD."year"); RETURN NULL;', hash='034649c2256889a3a47153e6840424c63c7ed9d9', operation='DELETE', pgid='pgtrigger_delete_delete_f1377', table='schools_readinessquestionnaire', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessresponse',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='3763423c8164120f47e28e1b2a1361ffa51097a9', operation='UPDATE', pgid='pgtrigger_bump_row_version_cc653', table='schools_readinessresponse', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessresponse',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessresponseevent" ("comment", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "respondent_id", "respondent_role", "row_version", "school_id", "score", "section_scores", "updated") VALUES (NEW."comment", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."questionnaire_id", NEW."respondent_id", NEW."respondent_role", NEW."row_version", NEW."school_id", NEW."score", NEW."section_scores", NEW."updated"); RETURN NULL;', hash='a14328725eefd8bf8920989f579835fa4540225c', operation='INSERT', pgid='pgtrigger_insert_insert_181b0', table='schools_readinessresponse', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessresponse',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."comment" IS DISTINCT FROM (NEW."comment") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."questionnaire_id" IS DISTINCT FROM (NEW."questionnaire_id") OR OLD."respondent_id" IS DISTINCT FROM (NEW."respondent_id") OR OLD."respondent_role" IS DISTINCT FROM (NEW."respondent_role") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."score" IS DISTINCT FROM (NEW."score") OR OLD."section_scores" IS DISTINCT FROM (NEW."section_scores") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "schools_readinessresponseevent" ("comment", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "respondent_id", "respondent_role", "row_version", "school_id", "score", "section_scores", "updated") VALUES (NEW."comment", NEW."created", NEW."id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."questionnaire_id", NEW."respondent_id", NEW."respondent_role", NEW."row_version", NEW."school_id", NEW."score", NEW."section_scores", NEW."updated"); RETURN NULL;', hash='4310a7eb0c8c38523384f04aa95d92813d38527e', operation='UPDATE', pgid='pgtrigger_update_update_f1d9c', table='schools_readinessresponse', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinessresponse',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinessresponseevent" ("comment", "created", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "respondent_id", "respondent_role", "row_version", "school_id", "score", "section_scores", "updated") VALUES (OLD."comment", OLD."created", OLD."id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."questionnaire_id", OLD."respondent_id", OLD."respondent_role", OLD."row_version", OLD."school_id", OLD."score", OLD."section_scores", OLD."updated"); RETURN NULL;', hash='8473c256aa86855051bb76410e598f2fbd47219f', operation='DELETE', pgid='pgtrigger_delete_delete_2201f', table='schools_readinessresponse', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinesssection',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='e4943d70acf820cf5a5582d1d68569cea5223f76', operation='UPDATE', pgid='pgtrigger_bump_row_version_b514a', table='schools_readinesssection', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinesssection',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinesssectionevent" ("created", "id", "name_en", "name_th", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "row_version", "updated", "weight") VALUES (NEW."created", NEW."id", NEW."name_en", NEW."name_th", NEW."order", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."questionnaire_id", NEW."row_version", NEW."updated", NEW."weight"); RETURN NULL;', hash='851cc54f6e56a831be4c33e2b31c11340ce8f316', operation='INSERT', pgid='pgtrigger_insert_insert_234e2', table='schools_readinesssection', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinesssection',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."order" IS DISTINCT FROM (NEW."order") OR OLD."questionnaire_id" IS DISTINCT FROM (NEW."questionnaire_id") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."weight" IS DISTINCT FROM (NEW."weight"))', func='INSERT INTO "schools_readinesssectionevent" ("created", "id", "name_en", "name_th", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "row_version", "updated", "weight") VALUES (NEW."created", NEW."id", NEW."name_en", NEW."name_th", NEW."order", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."questionnaire_id", NEW."row_version", NEW."updated", NEW."weight"); RETURN NULL;', hash='8080c43026a9c0b5831d2bcc72591bea6942c2ae', operation='UPDATE', pgid='pgtrigger_update_update_5e3ff', table='schools_readinesssection', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='readinesssection',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_readinesssectionevent" ("created", "id", "name_en", "name_th", "order", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "questionnaire_id", "row_version", "updated", "weight") VALUES (OLD."created", OLD."id", OLD."name_en", OLD."name_th", OLD."order", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."questionnaire_id", OLD."row_version", OLD."updated", OLD."weight"); RETURN NULL;', hash='6c41707ab64dae6eab8202d04970a98397530b18', operation='DELETE', pgid='pgtrigger_delete_delete_bae0f', table='schools_readinesssection', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='situationanalysis',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='711ca3b9fd2b3021c9103fa8981d01571f637575', operation='UPDATE', pgid='pgtrigger_bump_row_version_f21e2', table='schools_situationanalysis', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='situationanalysis',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_situationanalysisevent" ("academic_support_current", "academic_support_forward", "created", "curriculum_current", "curriculum_forward", "general_support_current", "general_support_forward", "id", "learner_quality_current", "learner_quality_forward", "other_current", "other_forward", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "teacher_development_current", "teacher_development_forward", "updated", "year") VALUES (NEW."academic_support_current", NEW."academic_support_forward", NEW."created", NEW."curriculum_current", NEW."curriculum_forward", NEW."general_support_current", NEW."general_support_forward", NEW."id", NEW."learner_quality_current", NEW."learner_quality_forward", NEW."other_current", NEW."other_forward", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."school_id", NEW."teacher_development_current", NEW."teacher_development_forward", NEW."updated", NEW."year"); RETURN NULL;', hash='b851ac59b081acb951cdc5b2e54174bde9476665', operation='INSERT', pgid='pgtrigger_insert_insert_b93e1', table='schools_situationanalysis', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='situationanalysis',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."academic_support_current" IS DISTINCT FROM (NEW."academic_support_current") OR OLD."academic_support_forward" IS DISTINCT FROM (NEW."academic_support_forward") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."curriculum_current" IS DISTINCT FROM (NEW."curriculum_current") OR OLD."curriculum_forward" IS DISTINCT FROM (NEW."curriculum_forward") OR OLD."general_support_current" IS DISTINCT FROM (NEW."general_support_current") OR OLD."general_support_forward" IS DISTINCT FROM (NEW."general_support_forward") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."learner_quality_current" IS DISTINCT FROM (NEW."learner_quality_current") OR OLD."learner_quality_forward" IS DISTINCT FROM (NEW."learner_quality_forward") OR OLD."other_current" IS DISTINCT FROM (NEW."other_current") OR OLD."other_forward" IS DISTINCT FROM (NEW."other_forward") OR OLD."school_id" IS DISTINCT FROM (NEW."school_id") OR OLD."teacher_development_current" IS DISTINCT FROM (NEW."teacher_development_current") OR OLD."teacher_development_forward" IS DISTINCT FROM (NEW."teacher_development_forward") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "schools_situationanalysisevent" ("academic_support_current", "academic_support_forward", "created", "curriculum_current", "curriculum_forward", "general_support_current", "general_support_forward", "id", "learner_quality_current", "learner_quality_forward", "other_current", "other_forward", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "teacher_development_current", "teacher_development_forward", "updated", "year") VALUES (NEW."academic_support_current", NEW."academic_support_forward", NEW."created", NEW."curriculum_current", NEW."curriculum_forward", NEW."general_support_current", NEW."general_support_forward", NEW."id", NEW."learner_quality_current", NEW."learner_quality_forward", NEW."other_current", NEW."other_forward", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."school_id", NEW."teacher_development_current", NEW."teacher_development_forward", NEW."updated", NEW."year"); RETURN NULL;', hash='6c89b3d10652d2eae1799f6e3693e9f85402d2d4', operation='UPDATE', pgid='pgtrigger_update_update_d1e6a', table='schools_situationanalysis', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='situationanalysis',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "schools_situationanalysisevent" ("academic_support_current", "academic_support_forward", "created", "curriculum_current", "curriculum_forward", "general_support_current", "general_support_forward", "id", "learner_quality_current", "learner_quality_forward", "other_current", "other_forward", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "school_id", "teacher_development_current", "teacher_development_forward", "updated", "year") VALUES (OLD."academic_support_current", OLD."academic_support_forward", OLD."created", OLD."curriculum_current", OLD."curriculum_forward", OLD."general_support_current", OLD."general_support_forward", OLD."id", OLD."learner_quality_current", OLD."learner_quality_forward", OLD."other_current", OLD."other_forward", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."school_id", OLD."teacher_development_current", OLD."teacher_development_forward", OLD."updated", OLD."year"); RETURN NULL;', hash='894b922819176096c7a691cfa17203f16d6aabfb', operation='DELETE', pgid='pgtrigger_delete_delete_28fe0', table='schools_situationanalysis', when='AFTER')),
        ),
    ]
