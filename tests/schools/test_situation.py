import re

import pytest
from django.urls import reverse

from schools.models import SituationAnalysis
from tests.conftest import api_as
from tests.factories import SchoolFactory
from tests.schools.factories import SituationAnalysisFactory

pytestmark = pytest.mark.django_db


def test_province_sees_its_schools_side_by_side(client, world):
    second = SchoolFactory(agency=world.own.agency, name_th="โรงเรียนที่สอง")
    SituationAnalysisFactory(school=world.own.school, year=2567, curriculum_current="หลักสูตร ก",
                             curriculum_forward="ทาง ก")
    SituationAnalysisFactory(school=second, year=2567, curriculum_current="หลักสูตร ข", curriculum_forward="ทาง ข")
    SituationAnalysisFactory(school=world.other.school, year=2567, curriculum_current="หลักสูตรสตูล")
    SituationAnalysisFactory(school=second, year=2566, curriculum_current="ปีก่อน")
    client.force_login(world.users["province_officer"])
    html = client.get(reverse("schools:situation-compare"),
                      {"province": "31", "year": "2567", "aspect": "curriculum"}).content.decode()
    for text in ("หลักสูตร ก", "ทาง ก", "หลักสูตร ข", "ทาง ข"):
        assert text in html
    assert "หลักสูตรสตูล" not in html and "ปีก่อน" not in html
    headings = re.findall(r'<h2 class="h5 mt-3">(.*?)</h2>', html)
    assert headings == ["หลักสูตรและการจัดการเรียนรู้"]  # only the chosen aspect, in Thai
    all_aspects = client.get(reverse("schools:situation-compare"), {"province": "31", "year": "2567"})
    assert all_aspects.content.decode().count("<h2 class=\"h5 mt-3\">") == 6


def test_one_analysis_per_school_and_year(world):
    SituationAnalysisFactory(school=world.own.school, year=2567)
    response = api_as(world.users["school_director"]).post(
        "/api/v1/situation-analyses/", {"school": world.own.school.pk, "year": 2567}, format="json")
    assert response.status_code == 400
    assert SituationAnalysis.objects.count() == 1
    response = api_as(world.users["school_director"]).post(
        "/api/v1/situation-analyses/", {"school": world.own.school.pk, "year": 2400}, format="json")
    assert response.status_code == 400 and "year" in response.json()["errors"]


def test_detail_page_shows_the_six_aspects(client, world):
    analysis = SituationAnalysisFactory(school=world.own.school, other_forward="ขอให้มีครูเพิ่ม")
    client.force_login(world.users["sbn_viewer"])
    html = client.get(analysis.get_absolute_url()).content.decode()
    assert "ขอให้มีครูเพิ่ม" in html and html.count('<th scope="row">') == 6
