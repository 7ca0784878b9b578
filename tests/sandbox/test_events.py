"""Subscribers hear of an event only once its transaction commits, and never of a rolled-back one."""

import pytest
from django.db import transaction

from sandbox import events
from tests.factories import SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def heard():
    received = []

    def listener(event):
        received.append(event)

    def failing(event):
        raise RuntimeError("a broken subscriber")

    events.subscribe(failing)
    events.subscribe(listener)
    yield received
    events._subscribers.remove(failing)
    events._subscribers.remove(listener)


def test_an_event_is_delivered_after_commit_with_its_scope(heard):
    school = SchoolFactory()
    with transaction.atomic():
        events.publish("school.changed", school, actor=None, school_id=school.pk, province_id=school.province_id,
                       amount="10.00")
        assert heard == []
    assert [e.name for e in heard] == ["school.changed"]
    event = heard[0]
    assert (event.model, event.object_id, event.school_id) == ("schools.PilotSchool", school.pk, school.pk)
    assert event.data == {"amount": "10.00"}


def test_a_rolled_back_event_is_never_delivered(heard):
    school = SchoolFactory()
    with pytest.raises(ValueError), transaction.atomic():
        events.publish("school.changed", school)
        raise ValueError("the write failed")
    assert heard == []
