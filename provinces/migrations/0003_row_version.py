import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('provinces', '0002_designation_strategy_results'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='action',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='action',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='action',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='desiredoutcome',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='desiredoutcome',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='desiredoutcome',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicator',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicator',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicator',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatortarget',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatortarget',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatortarget',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatorvalue',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatorvalue',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='indicatorvalue',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='keyresultarea',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='keyresultarea',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='keyresultarea',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='milestone',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='milestone',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='milestone',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='outcomesummary',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='outcomesummary',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='outcomesummary',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='province',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='province',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='province',
            name='delete_delete',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='strategy',
            name='insert_insert',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='strategy',
            name='update_update',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='strategy',
            name='delete_delete',
        ),
        migrations.AddField(
            model_name='action',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='actionevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='desiredoutcome',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='desiredoutcomeevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicator',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicatorevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicatortarget',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicatortargetevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicatorvalue',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='indicatorvalueevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='keyresultarea',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='keyresultareaevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='milestone',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='milestoneevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='outcomesummary',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='outcomesummaryevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='province',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='provinceevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='strategy',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        migrations.AddField(
            model_name='strategyevent',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='action',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='683dee748a42f8f6c2bb04c40b5a7360b2282d6b', operation='UPDATE', pgid='pgtrigger_bump_row_version_a41fc', table='provinces_action', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='action',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_actionevent" ("created", "description", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "title", "updated") VALUES (NEW."created", NEW."description", NEW."fiscal_year", NEW."id", NEW."indicator_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."responsible", NEW."row_version", NEW."status", NEW."title", NEW."updated"); RETURN NULL;', hash='a0198d326f32d96ac91785956cb5c2ba11aefe5a', operation='INSERT', pgid='pgtrigger_insert_insert_440b3', table='provinces_action', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='action',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."description" IS DISTINCT FROM (NEW."description") OR OLD."fiscal_year" IS DISTINCT FROM (NEW."fiscal_year") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."indicator_id" IS DISTINCT FROM (NEW."indicator_id") OR OLD."responsible" IS DISTINCT FROM (NEW."responsible") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_actionevent" ("created", "description", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "title", "updated") VALUES (NEW."created", NEW."description", NEW."fiscal_year", NEW."id", NEW."indicator_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."responsible", NEW."row_version", NEW."status", NEW."title", NEW."updated"); RETURN NULL;', hash='1d7bc331478a61d3a426710fe319ddb27bb85568', operation='UPDATE', pgid='pgtrigger_update_update_bc41f', table='provinces_action', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='action',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_actionevent" ("created", "description", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "responsible", "row_version", "status", "title", "updated") VALUES (OLD."created", OLD."description", OLD."fiscal_year", OLD."id", OLD."indicator_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."responsible", OLD."row_version", OLD."status", OLD."title", OLD."updated"); RETURN NULL;', hash='a75570f281e7a60ba0476a60d5665fc3a882e192', operation='DELETE', pgid='pgtrigger_delete_delete_c3d45', table='provinces_action', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='desiredoutcome',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='fd7b5af25c2ef303ba758937b6db5454d6c970d6', operation='UPDATE', pgid='pgtrigger_bump_row_version_e6031', table='provinces_desiredoutcome', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='desiredoutcome',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_desiredoutcomeevent" ("code", "created", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "province_id", "row_version", "title", "updated") VALUES (NEW."code", NEW."created", NEW."description", NEW."id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."province_id", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='cefdb9128e0cb052a7ff25e3d0b7cf3b2c68ebb9', operation='INSERT', pgid='pgtrigger_insert_insert_93b36', table='provinces_desiredoutcome', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='desiredoutcome',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."description" IS DISTINCT FROM (NEW."description") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."position" IS DISTINCT FROM (NEW."position") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_desiredoutcomeevent" ("code", "created", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "province_id", "row_version", "title", "updated") VALUES (NEW."code", NEW."created", NEW."description", NEW."id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."province_id", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='10f2f55e884bf6c267a530ac92b9284222615198', operation='UPDATE', pgid='pgtrigger_update_update_b887c', table='provinces_desiredoutcome', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='desiredoutcome',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_desiredoutcomeevent" ("code", "created", "description", "id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "province_id", "row_version", "title", "updated") VALUES (OLD."code", OLD."created", OLD."description", OLD."id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."province_id", OLD."row_version", OLD."title", OLD."updated"); RETURN NULL;', hash='68c930499e6a6161d8db65cea1acf777ed481f15', operation='DELETE', pgid='pgtrigger_delete_delete_08546', table='provinces_desiredoutcome', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicator',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='e11d362e63c5282e20e34341ab0e6e28bd0fa6f9', operation='UPDATE', pgid='pgtrigger_bump_row_version_b0fcb', table='provinces_indicator', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicator',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatorevent" ("baseline", "baseline_year", "code", "created", "direction", "id", "kra_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "unit", "updated") VALUES (NEW."baseline", NEW."baseline_year", NEW."code", NEW."created", NEW."direction", NEW."id", NEW."kra_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."row_version", NEW."title", NEW."unit", NEW."updated"); RETURN NULL;', hash='14823491fd38a23a47383a571eafa8d4738af8e1', operation='INSERT', pgid='pgtrigger_insert_insert_102b2', table='provinces_indicator', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicator',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."baseline" IS DISTINCT FROM (NEW."baseline") OR OLD."baseline_year" IS DISTINCT FROM (NEW."baseline_year") OR OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."direction" IS DISTINCT FROM (NEW."direction") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."kra_id" IS DISTINCT FROM (NEW."kra_id") OR OLD."position" IS DISTINCT FROM (NEW."position") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."unit" IS DISTINCT FROM (NEW."unit") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_indicatorevent" ("baseline", "baseline_year", "code", "created", "direction", "id", "kra_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "unit", "updated") VALUES (NEW."baseline", NEW."baseline_year", NEW."code", NEW."created", NEW."direction", NEW."id", NEW."kra_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."row_version", NEW."title", NEW."unit", NEW."updated"); RETURN NULL;', hash='af78f541895037272ce1c8433e7f5a8463a4df3b', operation='UPDATE', pgid='pgtrigger_update_update_9e29c', table='provinces_indicator', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicator',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatorevent" ("baseline", "baseline_year", "code", "created", "direction", "id", "kra_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "unit", "updated") VALUES (OLD."baseline", OLD."baseline_year", OLD."code", OLD."created", OLD."direction", OLD."id", OLD."kra_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."row_version", OLD."title", OLD."unit", OLD."updated"); RETURN NULL;', hash='1e270420dcd93caba77caab072e46f9cc2112421', operation='DELETE', pgid='pgtrigger_delete_delete_d59ff', table='provinces_indicator', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatortarget',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='c526b281a43dabb6f661ea32965464a1253260ab', operation='UPDATE', pgid='pgtrigger_bump_row_version_59d23', table='provinces_indicatortarget', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatortarget',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatortargetevent" ("created", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "target", "updated") VALUES (NEW."created", NEW."fiscal_year", NEW."id", NEW."indicator_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."target", NEW."updated"); RETURN NULL;', hash='218b990e7e1b26febd16f2d664b0a8be3c12529c', operation='INSERT', pgid='pgtrigger_insert_insert_27342', table='provinces_indicatortarget', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatortarget',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."fiscal_year" IS DISTINCT FROM (NEW."fiscal_year") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."indicator_id" IS DISTINCT FROM (NEW."indicator_id") OR OLD."target" IS DISTINCT FROM (NEW."target") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_indicatortargetevent" ("created", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "target", "updated") VALUES (NEW."created", NEW."fiscal_year", NEW."id", NEW."indicator_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."target", NEW."updated"); RETURN NULL;', hash='f26bfd14f03a274a36a6117f485084e770fa60e8', operation='UPDATE', pgid='pgtrigger_update_update_3c089', table='provinces_indicatortarget', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatortarget',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatortargetevent" ("created", "fiscal_year", "id", "indicator_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "target", "updated") VALUES (OLD."created", OLD."fiscal_year", OLD."id", OLD."indicator_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."target", OLD."updated"); RETURN NULL;', hash='79e1f5e491e1f6a5d418141e64baf1d497401ca4', operation='DELETE', pgid='pgtrigger_delete_delete_729d7', table='provinces_indicatortarget', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatorvalue',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='29c39601701f422d873aa1b489e4e64ce8085712', operation='UPDATE', pgid='pgtrigger_bump_row_version_1dad6', table='provinces_indicatorvalue', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatorvalue',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatorvalueevent" ("created", "fiscal_year", "id", "indicator_id", "measured_on", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "value") VALUES (NEW."created", NEW."fiscal_year", NEW."id", NEW."indicator_id", NEW."measured_on", NEW."note", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."row_version", NEW."updated", NEW."value"); RETURN NULL;', hash='15e5a2683e7be0a4bb34f29c237b3589c19d1de0', operation='INSERT', pgid='pgtrigger_insert_insert_7b7c4', table='provinces_indicatorvalue', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatorvalue',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."fiscal_year" IS DISTINCT FROM (NEW."fiscal_year") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."indicator_id" IS DISTINCT FROM (NEW."indicator_id") OR OLD."measured_on" IS DISTINCT FROM (NEW."measured_on") OR OLD."note" IS DISTINCT FROM (NEW."note") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."value" IS DISTINCT FROM (NEW."value"))', func='INSERT INTO "provinces_indicatorvalueevent" ("created", "fiscal_year", "id", "indicator_id", "measured_on", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "value") VALUES (NEW."created", NEW."fiscal_year", NEW."id", NEW."indicator_id", NEW."measured_on", NEW."note", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."row_version", NEW."updated", NEW."value"); RETURN NULL;', hash='2038d995c17a245c77a6681362c4d9796a666b56', operation='UPDATE', pgid='pgtrigger_update_update_2f46d', table='provinces_indicatorvalue', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='indicatorvalue',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_indicatorvalueevent" ("created", "fiscal_year", "id", "indicator_id", "measured_on", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated", "value") VALUES (OLD."created", OLD."fiscal_year", OLD."id", OLD."indicator_id", OLD."measured_on", OLD."note", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."row_version", OLD."updated", OLD."value"); RETURN NULL;', hash='7e0cdc648aec2b21538a409b560cfcbb12bd8f76', operation='DELETE', pgid='pgtrigger_delete_delete_ebfbb', table='provinces_indicatorvalue', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='keyresultarea',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='cf594bbe05becc86d11db5c3d5459ee12dfb7ed2', operation='UPDATE', pgid='pgtrigger_bump_row_version_b7b11', table='provinces_keyresultarea', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='keyresultarea',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_keyresultareaevent" ("code", "created", "id", "outcome_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."outcome_id", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."position", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='422339a48437e124d2acc86270d7209fa2d6714c', operation='INSERT', pgid='pgtrigger_insert_insert_f6406', table='provinces_keyresultarea', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='keyresultarea',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."outcome_id" IS DISTINCT FROM (NEW."outcome_id") OR OLD."position" IS DISTINCT FROM (NEW."position") OR OLD."title" IS DISTINCT FROM (NEW."title") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_keyresultareaevent" ("code", "created", "id", "outcome_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "updated") VALUES (NEW."code", NEW."created", NEW."id", NEW."outcome_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."position", NEW."row_version", NEW."title", NEW."updated"); RETURN NULL;', hash='01aca41d0773d04a92853a595c6b2749bdb12205', operation='UPDATE', pgid='pgtrigger_update_update_2f352', table='provinces_keyresultarea', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='keyresultarea',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_keyresultareaevent" ("code", "created", "id", "outcome_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "position", "row_version", "title", "updated") VALUES (OLD."code", OLD."created", OLD."id", OLD."outcome_id", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."position", OLD."row_version", OLD."title", OLD."updated"); RETURN NULL;', hash='62afa80fda5fbe1422278835e56408118ab043b7', operation='DELETE', pgid='pgtrigger_delete_delete_92d17', table='provinces_keyresultarea', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='milestone',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='1415265014fdcd6cbf1e82e480857912cd5a61a2', operation='UPDATE', pgid='pgtrigger_bump_row_version_28148', table='provinces_milestone', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='milestone',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_milestoneevent" ("created", "date", "document", "id", "kind", "link", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "status", "updated") VALUES (NEW."created", NEW."date", NEW."document", NEW."id", NEW."kind", NEW."link", NEW."note", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."status", NEW."updated"); RETURN NULL;', hash='fee0b2d2e63693eee77864d1481739b1818b6c6f', operation='INSERT', pgid='pgtrigger_insert_insert_6866a', table='provinces_milestone', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='milestone',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."date" IS DISTINCT FROM (NEW."date") OR OLD."document" IS DISTINCT FROM (NEW."document") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."kind" IS DISTINCT FROM (NEW."kind") OR OLD."link" IS DISTINCT FROM (NEW."link") OR OLD."note" IS DISTINCT FROM (NEW."note") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."status" IS DISTINCT FROM (NEW."status") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_milestoneevent" ("created", "date", "document", "id", "kind", "link", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "status", "updated") VALUES (NEW."created", NEW."date", NEW."document", NEW."id", NEW."kind", NEW."link", NEW."note", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."status", NEW."updated"); RETURN NULL;', hash='323dee4e82c05d97cc43b6ae32f9c61fb785973d', operation='UPDATE', pgid='pgtrigger_update_update_33816', table='provinces_milestone', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='milestone',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_milestoneevent" ("created", "date", "document", "id", "kind", "link", "note", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "status", "updated") VALUES (OLD."created", OLD."date", OLD."document", OLD."id", OLD."kind", OLD."link", OLD."note", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."status", OLD."updated"); RETURN NULL;', hash='2cf0fe0681fc33621f1a9dcb5a0c033fa19ccdcb', operation='DELETE', pgid='pgtrigger_delete_delete_0c0b4', table='provinces_milestone', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='outcomesummary',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='40b84bf050886ec7c68ad7b193dbf4aabb150fc7', operation='UPDATE', pgid='pgtrigger_bump_row_version_a28f4', table='provinces_outcomesummary', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='outcomesummary',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_outcomesummaryevent" ("created", "id", "innovations", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strengths", "updated", "weaknesses", "what_worked", "year") VALUES (NEW."created", NEW."id", NEW."innovations", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."strengths", NEW."updated", NEW."weaknesses", NEW."what_worked", NEW."year"); RETURN NULL;', hash='692cc8b0f6c8a1d445aa9b0f8dee01edecd581b3', operation='INSERT', pgid='pgtrigger_insert_insert_41834', table='provinces_outcomesummary', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='outcomesummary',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."innovations" IS DISTINCT FROM (NEW."innovations") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."strengths" IS DISTINCT FROM (NEW."strengths") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."weaknesses" IS DISTINCT FROM (NEW."weaknesses") OR OLD."what_worked" IS DISTINCT FROM (NEW."what_worked") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "provinces_outcomesummaryevent" ("created", "id", "innovations", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strengths", "updated", "weaknesses", "what_worked", "year") VALUES (NEW."created", NEW."id", NEW."innovations", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."strengths", NEW."updated", NEW."weaknesses", NEW."what_worked", NEW."year"); RETURN NULL;', hash='ddcdc235963b24c82d758865d6c58df4b53a64e5', operation='UPDATE', pgid='pgtrigger_update_update_0935c', table='provinces_outcomesummary', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='outcomesummary',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_outcomesummaryevent" ("created", "id", "innovations", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strengths", "updated", "weaknesses", "what_worked", "year") VALUES (OLD."created", OLD."id", OLD."innovations", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."strengths", OLD."updated", OLD."weaknesses", OLD."what_worked", OLD."year"); RETURN NULL;', hash='8fe82988612b00a6efce61af4aace66192ba3cdf', operation='DELETE', pgid='pgtrigger_delete_delete_2c296', table='provinces_outcomesummary', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='province',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='8ed4ae52aa50d39a7bb96de5d045c588f68463a8', operation='UPDATE', pgid='pgtrigger_bump_row_version_bbb77', table='provinces_province', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='province',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_provinceevent" ("code", "cohort", "created", "is_sandbox", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (NEW."code", NEW."cohort", NEW."created", NEW."is_sandbox", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'insert\', NEW."code", NEW."row_version", NEW."updated"); RETURN NULL;', hash='7c3ecf6a2e99210fec9d38a7febfbfa8d5acb32d', operation='INSERT', pgid='pgtrigger_insert_insert_fee09', table='provinces_province', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='province',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."code" IS DISTINCT FROM (NEW."code") OR OLD."cohort" IS DISTINCT FROM (NEW."cohort") OR OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."is_sandbox" IS DISTINCT FROM (NEW."is_sandbox") OR OLD."name_en" IS DISTINCT FROM (NEW."name_en") OR OLD."name_th" IS DISTINCT FROM (NEW."name_th") OR OLD."updated" IS DISTINCT FROM (NEW."updated"))', func='INSERT INTO "provinces_provinceevent" ("code", "cohort", "created", "is_sandbox", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (NEW."code", NEW."cohort", NEW."created", NEW."is_sandbox", NEW."name_en", NEW."name_th", _pgh_attach_context(), NOW(), \'update\', NEW."code", NEW."row_version", NEW."updated"); RETURN NULL;', hash='ee0c5f582f16bd7e25359c34a79db9cc0196601a', operation='UPDATE', pgid='pgtrigger_update_update_ae4c0', table='provinces_province', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='province',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_provinceevent" ("code", "cohort", "created", "is_sandbox", "name_en", "name_th", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "row_version", "updated") VALUES (OLD."code", OLD."cohort", OLD."created", OLD."is_sandbox", OLD."name_en", OLD."name_th", _pgh_attach_context(), NOW(), \'delete\', OLD."code", OLD."row_version", OLD."updated"); RETURN NULL;', hash='f2c9ef67cd6c37bb6689cba910f2f896e35401b9', operation='DELETE', pgid='pgtrigger_delete_delete_1d8fb', table='provinces_province', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='strategy',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='9df8961c5957bbfcb204e807bdd7dcbd8b5cbaa6', operation='UPDATE', pgid='pgtrigger_bump_row_version_754a1', table='provinces_strategy', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='strategy',
            trigger=pgtrigger.compiler.Trigger(name='insert_insert', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_strategyevent" ("created", "goals", "id", "missions", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strategies", "updated", "vision", "year") VALUES (NEW."created", NEW."goals", NEW."id", NEW."missions", _pgh_attach_context(), NOW(), \'insert\', NEW."id", NEW."province_id", NEW."row_version", NEW."strategies", NEW."updated", NEW."vision", NEW."year"); RETURN NULL;', hash='1b28ea26e7a2a4957a72e5ecc324f57674c92733', operation='INSERT', pgid='pgtrigger_insert_insert_dbc81', table='provinces_strategy', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='strategy',
            trigger=pgtrigger.compiler.Trigger(name='update_update', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (OLD."created" IS DISTINCT FROM (NEW."created") OR OLD."goals" IS DISTINCT FROM (NEW."goals") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."missions" IS DISTINCT FROM (NEW."missions") OR OLD."province_id" IS DISTINCT FROM (NEW."province_id") OR OLD."strategies" IS DISTINCT FROM (NEW."strategies") OR OLD."updated" IS DISTINCT FROM (NEW."updated") OR OLD."vision" IS DISTINCT FROM (NEW."vision") OR OLD."year" IS DISTINCT FROM (NEW."year"))', func='INSERT INTO "provinces_strategyevent" ("created", "goals", "id", "missions", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strategies", "updated", "vision", "year") VALUES (NEW."created", NEW."goals", NEW."id", NEW."missions", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."province_id", NEW."row_version", NEW."strategies", NEW."updated", NEW."vision", NEW."year"); RETURN NULL;', hash='0c47626a74fe33404111a24f846d784415f3559e', operation='UPDATE', pgid='pgtrigger_update_update_c3169', table='provinces_strategy', when='AFTER')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='strategy',
            trigger=pgtrigger.compiler.Trigger(name='delete_delete', sql=pgtrigger.compiler.UpsertTriggerSql(func='INSERT INTO "provinces_strategyevent" ("created", "goals", "id", "missions", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "province_id", "row_version", "strategies", "updated", "vision", "year") VALUES (OLD."created", OLD."goals", OLD."id", OLD."missions", _pgh_attach_context(), NOW(), \'delete\', OLD."id", OLD."province_id", OLD."row_version", OLD."strategies", OLD."updated", OLD."vision", OLD."year"); RETURN NULL;', hash='f78a2d46e36de9ddeafb072e859ae9bf5051ba8a', operation='DELETE', pgid='pgtrigger_delete_delete_9c2e3', table='provinces_strategy', when='AFTER')),
        ),
    ]
