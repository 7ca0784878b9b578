import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from tests.battery import assert_constant_queries
from tests.conftest import api_as
from tests.factories import SchoolFactory
from tests.schools.factories import InnovationFactory, MembershipEventFactory, SituationAnalysisFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field, value, message", [
    ("smis_code", "1234567", "A SMIS code has exactly 8 digits."),
    ("smis_code", "1234567a", "A SMIS code has exactly 8 digits."),
    ("obec_code", "12345", "An OBEC school code has exactly 6 digits."),
    ("latitude", "91", "Ensure this value is less than or equal to 90."),
    ("longitude", "-181", "Ensure this value is greater than or equal to -180."),
    ("levels", ["university"], '"university" is not a valid choice.'),
    ("students", -1, "Ensure this value is greater than or equal to 0."),
])
def test_profile_fields_are_validated(world, field, value, message):
    payload = {field: value}
    if field in ("latitude", "longitude"):
        payload = {"latitude": "14.99", "longitude": "103.1", field: value}
    response = api_as(world.users["province_officer"], language="en").patch(
        f"/api/v1/schools/{world.own.school.pk}/", payload, format="json")
    assert response.status_code == 400
    assert response.json()["errors"][field] == [message]
    assert response.json()["message"] == message
    world.own.school.refresh_from_db()
    assert getattr(world.own.school, field) in ("", None, [])


def test_messages_follow_the_users_language(world):
    response = api_as(world.users["province_officer"], language="th").patch(
        f"/api/v1/schools/{world.own.school.pk}/", {"students": -1}, format="json")
    assert response.json()["errors"]["students"] == ["ตรวจสอบว่าค่านี้มากกว่าหรือเท่ากับ 0"]


def test_latitude_without_longitude_is_refused(world):
    response = api_as(world.users["sbn_admin"]).patch(f"/api/v1/schools/{world.own.school.pk}/",
                                                      {"latitude": "14.5"}, format="json")
    assert response.status_code == 400 and "longitude" in response.json()["errors"]


def test_full_profile_through_the_page(client, world):
    client.force_login(world.users["province_officer"])
    school = world.own.school
    data = {"code": school.code, "smis_code": "31010001", "obec_code": "310001", "name_th": school.name_th,
            "name_en": "", "province": "31", "agency": school.agency.pk, "district": "", "address": "หมู่ 2",
            "latitude": "14.993", "longitude": "103.102", "levels": ["upper_secondary", "lower_secondary"],
            "students": "350", "teachers": "21", "director_name": "นายวิชัย ใจดี", "phone": "044-611111",
            "email": "school@example.test", "website": ""}
    response = client.post(reverse("schools:edit", args=[school.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    school.refresh_from_db()
    assert school.levels == ["lower_secondary", "upper_secondary"] and school.students == 350
    html = client.get(school.get_absolute_url()).content.decode()
    assert "นายวิชัย ใจดี" in html and "31010001" in html


def test_export_has_the_profile_columns_and_applies_filters(client, world):
    SchoolFactory(agency=world.own.agency, name_th="โรงเรียนมัธยม", levels=["upper_secondary"], students=900,
                  smis_code="31019999")
    SchoolFactory(agency=world.own.agency, name_th="โรงเรียนอนุบาล", levels=["pre_primary"])
    client.force_login(world.users["sbn_viewer"])
    response = client.get(reverse("schools:list"), {"level": "upper_secondary", "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    header = rows[0]
    for column in ("code", "smis_code", "obec_code", "latitude", "longitude", "levels", "students", "teachers",
                   "director_name", "email"):
        assert column in header
    assert len(rows) == 2
    row = dict(zip(header, rows[1], strict=True))
    assert row["name_th"] == "โรงเรียนมัธยม" and row["students"] == "900" and row["levels"] == "upper_secondary"
    response = client.get(reverse("schools:list"), {"q": "อนุบาล", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert len(values) == 2 and values[1][1] == "โรงเรียนอนุบาล"


@pytest.mark.parametrize("url, make", [
    ("/api/v1/schools/", lambda w: SchoolFactory(agency=w.own.agency)),
    ("/api/v1/membership-events/", lambda w: MembershipEventFactory(school=SchoolFactory(agency=w.own.agency))),
    ("/api/v1/situation-analyses/", lambda w: SituationAnalysisFactory(school=SchoolFactory(agency=w.own.agency))),
    ("/api/v1/innovations/", lambda w: InnovationFactory(school=SchoolFactory(agency=w.own.agency))),
    ("/schools/", lambda w: SchoolFactory(agency=w.own.agency)),
    ("/schools/membership/", lambda w: MembershipEventFactory(school=SchoolFactory(agency=w.own.agency))),
    ("/schools/situation/", lambda w: SituationAnalysisFactory(school=SchoolFactory(agency=w.own.agency))),
    ("/schools/innovations/", lambda w: InnovationFactory(school=SchoolFactory(agency=w.own.agency))),
])
def test_lists_issue_a_constant_number_of_queries(client, world, url, make):
    client.force_login(world.users["province_officer"])
    make(world)
    assert_constant_queries(client, url, lambda: [make(world) for _ in range(3)])


def test_readiness_response_list_is_constant(client, world):
    from schools.services import submit_readiness
    from tests.factories import user_with_role
    from tests.schools.factories import questionnaire_with

    questionnaire, questions = questionnaire_with([(1, [(5, 1), (5, 1)])])

    def answer():
        school = SchoolFactory(agency=world.own.agency)
        submit_readiness(user_with_role("school_director", school), questionnaire, school,
                         {q.pk: 3 for q in questions})

    answer()
    client.force_login(world.users["province_officer"])
    for url in ("/api/v1/readiness-responses/", "/schools/readiness/responses/"):
        assert_constant_queries(client, url, lambda: [answer() for _ in range(3)])
