"""The audit trail itself: written by the database triggers, whatever writes the row, and append-only.

The search over it (pages and API) is tested in tests/accounts/test_audit_search.py.
"""

import pytest
from django.db import DatabaseError, connection, transaction
from pghistory.models import Events

from schools.models import Agency, PilotSchool
from tests.factories import AgencyFactory


def test_queryset_update_outside_any_request_is_audited(world):
    """As in `manage.py shell`: no request, no portal code, only the database trigger."""
    school = world.own.school
    before = Events.objects.tracks(school).filter(pgh_label="update").count()
    assert PilotSchool.objects.filter(pk=school.pk).update(name_en="Changed in the shell") == 1
    events = list(Events.objects.tracks(school).filter(pgh_label="update").order_by("-pgh_id"))
    assert len(events) == before + 1
    assert events[0].pgh_diff["name_en"][1] == "Changed in the shell"
    assert events[0].pgh_context is None  # nobody signed in: recorded as the system


def test_bulk_delete_is_audited(world):
    spare = AgencyFactory(province=world.own.province)
    Agency.objects.filter(pk=spare.pk).delete()
    assert Events.objects.tracks(spare).filter(pgh_label="delete").count() == 1


@pytest.mark.parametrize("statement", ["UPDATE {table} SET pgh_label = 'forged'", "DELETE FROM {table}"])
def test_event_tables_are_append_only(world, statement):
    PilotSchool.objects.filter(pk=world.own.school.pk).update(name_en="x")
    table = PilotSchool.pgh_event_model._meta.db_table
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement.format(table=table))
    assert not PilotSchool.pgh_event_model.objects.filter(pgh_label="forged").exists()
    assert PilotSchool.pgh_event_model.objects.exists()
