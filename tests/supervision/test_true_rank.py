"""Item 1: the readiness rank of a school is the same whoever reads it; only the scores are hidden."""

import re

import pytest
from django.urls import reverse

from schools.readiness import agency_ranking, province_synthesis
from schools.services import submit_readiness
from tests.conftest import api_as
from tests.factories import SchoolFactory, user_with_role
from tests.schools.factories import questionnaire_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(world):
    """Two better schools in the director's agency, the director's school third, one in another province."""
    questionnaire, questions = questionnaire_with([(1, [(5, 1), (5, 1)])])
    for name, value in (("โรงเรียนอันดับหนึ่ง", 5), ("โรงเรียนอันดับสอง", 4)):
        school = SchoolFactory(agency=world.own.agency, name_th=name)
        submit_readiness(user_with_role("school_director", school), questionnaire, school,
                         {q.pk: value for q in questions})
        submit_readiness(world.users["agency_supervisor"], questionnaire, school, {q.pk: value for q in questions})
    submit_readiness(world.users["school_director"], questionnaire, world.own.school, {q.pk: 3 for q in questions})
    submit_readiness(user_with_role("school_director", world.other.school), questionnaire, world.other.school,
                     {q.pk: 1 for q in questions})
    return questionnaire


def _rank_of(rows, school):
    return next(row for row in rows if row.school == school)


def test_sbn_the_supervisor_and_the_director_read_the_same_rank(world, answered):
    school = world.own.school
    readers = ["sbn_admin", "sbn_viewer", "agency_supervisor", "province_officer", "school_director"]
    ranks = {role: _rank_of(agency_ranking(answered, world.own.agency, world.users[role]), school).rank
             for role in readers}
    assert set(ranks.values()) == {3}, ranks
    director_rows = agency_ranking(answered, world.own.agency, world.users["school_director"])
    assert _rank_of(director_rows, school).score is not None
    others = [row for row in director_rows if row.school != school]
    assert [row.rank for row in others] == [1, 2]
    assert all(row.score is None and row.hidden for row in others)


def test_the_ranking_page_and_api_show_the_directors_school_third_to_every_reader(client, world, answered):
    school = world.own.school
    for role in ("sbn_admin", "agency_supervisor", "school_director"):
        client.force_login(world.users[role])
        html = client.get(reverse("schools:readiness-ranking", args=[answered.pk]),
                          {"agency": world.own.agency.pk}).content.decode()
        link = re.escape(school.get_absolute_url())
        row = re.search(r'<td class="num">(\d+)</td>\s*<td><a href="' + link + '"', html)
        assert row and row.group(1) == "3", role
        body = api_as(world.users[role]).get(f"/api/v1/readiness-questionnaires/{answered.pk}/ranking/",
                                             {"agency": world.own.agency.pk}).json()
        mine = next(r for r in body["rows"] if r["school"] == school.pk)
        assert mine["rank"] == 3 and mine["score"] == "60.00" and not mine["scores_hidden"], role
        hidden = [r for r in body["rows"] if r["school"] != school.pk and r["rank"]]
        assert all(r["scores_hidden"] == (role == "school_director") for r in hidden)


def test_the_province_synthesis_ranks_over_every_school_of_the_province(world, answered):
    school = world.own.school
    for role in ("sbn_admin", "province_officer", "agency_supervisor", "school_director"):
        ranking = province_synthesis(answered, world.own.province, world.users[role]).ranking
        assert _rank_of(ranking, school).rank == 3, role
    # The other province's school is ranked in its own province, first there.
    other = province_synthesis(answered, world.other.province, world.users["school_director"]).ranking
    assert _rank_of(other, world.other.school).rank == 1 and _rank_of(other, world.other.school).score is None


def test_anonymous_reads_no_ranking(client, answered):
    response = client.get(reverse("schools:readiness-ranking", args=[answered.pk]))
    assert response.status_code == 302
    assert api_as(None).get(f"/api/v1/readiness-questionnaires/{answered.pk}/ranking/").status_code == 401
