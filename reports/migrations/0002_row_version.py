import pgtrigger.compiler
import pgtrigger.migrations
import sandbox.row_version
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='reportjob',
            name='row_version',
            field=sandbox.row_version.RowVersionField(default=1, editable=False, verbose_name='version'),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='reportjob',
            trigger=pgtrigger.compiler.Trigger(name='bump_row_version', sql=pgtrigger.compiler.UpsertTriggerSql(func='NEW.row_version := OLD.row_version + 1; RETURN NEW;', hash='0195aac6df0c82b26472389cfb863f4b2a9cef48', operation='UPDATE', pgid='pgtrigger_bump_row_version_95a58', table='reports_reportjob', when='BEFORE')),
        ),
    ]
