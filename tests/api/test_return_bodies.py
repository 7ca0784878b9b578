"""Returning a nomination or a KPI value: an unknown (or unseen) one is a 404 whatever the body holds, and a
body that is not the {"reason": ...} object the schema describes is a 400; neither changes anything."""

import pytest

from committees.models import Nomination, NominationStatus
from provinces import values as kpi_values
from provinces.models import IndicatorValue, ValueStatus
from tests.committees.factories import NominationFactory, esa_committee
from tests.conftest import api_as
from tests.provinces.factories import value as make_value

pytestmark = pytest.mark.django_db

NOT_OBJECTS = ["-3304146143555100.0", "[]", '"a reason"', "null"]


@pytest.fixture
def nomination(world):
    return NominationFactory(committee=esa_committee(world.own.agency))


@pytest.fixture
def submitted_value(world):
    value = make_value(world.own.province)
    IndicatorValue.objects.filter(pk=value.pk).update(evidence_link="https://example.go.th/evidence.pdf")
    value.refresh_from_db()
    return kpi_values.submit(world.users["province_officer"], value)


def post(user, url, body):
    return api_as(user, "en").post(url, body, content_type="application/json")


def assert_still_pending(nomination):
    nomination.refresh_from_db()
    assert (nomination.status, nomination.return_reason, nomination.decided_by) == (NominationStatus.PENDING, "",
                                                                                    None)


@pytest.mark.parametrize("body", NOT_OBJECTS + ['{"reason": "ขาดประวัติ"}'])
def test_returning_an_unknown_nomination_is_a_404(world, nomination, body):
    response = post(world.users["province_officer"], f"/api/v1/committee-nominations/{nomination.pk + 1000}/return/",
                    body)
    assert response.status_code == 404, response.content
    assert response.json()["code"] == "not_found"
    assert_still_pending(nomination)


def test_returning_a_nomination_of_another_province_is_a_404(world):
    theirs = NominationFactory(committee=esa_committee(world.other.agency))
    response = post(world.users["province_officer"], f"/api/v1/committee-nominations/{theirs.pk}/return/",
                    '{"reason": "ขาดประวัติ"}')
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert_still_pending(theirs)


@pytest.mark.parametrize("body", NOT_OBJECTS)
def test_a_return_body_that_is_not_an_object_is_a_400(world, nomination, body):
    response = post(world.users["province_officer"], f"/api/v1/committee-nominations/{nomination.pk}/return/", body)
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "invalid" and "non_field_errors" in response.json()["errors"]
    assert_still_pending(nomination)


def test_a_return_without_a_reason_is_a_400_naming_it(world, nomination):
    response = post(world.users["province_officer"], f"/api/v1/committee-nominations/{nomination.pk}/return/", "{}")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid" and list(response.json()["errors"]) == ["reason"]
    assert_still_pending(nomination)
    assert Nomination.objects.count() == 1


@pytest.mark.parametrize("body", NOT_OBJECTS + ['{"reason": "แนบหลักฐานไม่ครบ"}'])
def test_returning_an_unknown_kpi_value_is_a_404(world, submitted_value, body):
    response = post(world.users["sbn_admin"], f"/api/v1/indicator-values/{submitted_value.pk + 1000}/return/", body)
    assert response.status_code == 404, response.content
    assert response.json()["code"] == "not_found"
    submitted_value.refresh_from_db()
    assert (submitted_value.status, submitted_value.return_reason) == (ValueStatus.SUBMITTED, "")


@pytest.mark.parametrize("body", NOT_OBJECTS + ["{}"])
def test_a_kpi_value_return_body_that_is_not_a_reason_is_a_400(world, submitted_value, body):
    response = post(world.users["sbn_admin"], f"/api/v1/indicator-values/{submitted_value.pk}/return/", body)
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "invalid"
    submitted_value.refresh_from_db()
    assert (submitted_value.status, submitted_value.return_reason) == (ValueStatus.SUBMITTED, "")
