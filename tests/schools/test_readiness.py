from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from schools.models import ReadinessResponse, RespondentRole
from schools.readiness import agency_ranking, compute_scores, province_synthesis
from schools.services import submit_readiness
from tests.conftest import api_as
from tests.factories import SchoolFactory, user_with_role
from tests.schools.factories import QuestionFactory, questionnaire_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    # Section A (weight 2): two 5-point questions, the second counting double; section B (weight 1): one 4-point.
    questionnaire, questions = questionnaire_with([(2, [(5, 1), (5, 2)]), (1, [(4, 1)])])
    return questionnaire, questions


def answers(questions, *values):
    return {q.pk: v for q, v in zip(questions, values, strict=True)}


def test_scores_are_weighted_by_question_and_section(survey):
    questionnaire, questions = survey
    overall, by_section = compute_scores(questionnaire, answers(questions, 5, 3, 2))
    # A = (100*1 + 60*2) / 3 = 73.33; B = 50; overall = (73.333*2 + 50) / 3 = 65.56
    section_a, section_b = questionnaire.sections.order_by("order")
    assert by_section == {str(section_a.pk): "73.33", str(section_b.pk): "50.00"}
    assert overall == Decimal("65.56")


def test_supervisor_answers_for_the_schools_of_their_agency_only(world, survey):
    questionnaire, questions = survey
    supervisor = world.users["agency_supervisor"]
    response = submit_readiness(supervisor, questionnaire, world.own.school, answers(questions, 4, 4, 4))
    assert response.respondent_role == RespondentRole.SUPERVISOR
    assert response.respondent == supervisor
    assert response.score == Decimal("86.67") and response.answers.count() == 3  # (80×2 + 100) / 3
    # A school of another agency in the same province is not theirs.
    neighbour = SchoolFactory(province=world.own.province, agency__province=world.own.province)
    for school in (neighbour, world.other.school):
        with pytest.raises(PermissionDenied):
            submit_readiness(supervisor, questionnaire, school, answers(questions, 4, 4, 4))
        assert not ReadinessResponse.objects.filter(school=school).exists()


def test_supervisor_answer_pages_and_api_are_limited_to_their_schools(client, world, survey):
    questionnaire, questions = survey
    supervisor = world.users["agency_supervisor"]
    client.force_login(supervisor)
    own_url = reverse("schools:readiness-answer", args=[questionnaire.pk, world.own.school.pk])
    other_url = reverse("schools:readiness-answer", args=[questionnaire.pk, world.other.school.pk])
    assert client.get(own_url).status_code == 200
    assert client.get(other_url).status_code == 403
    data = {f"q{q.pk}": "3" for q in questions}
    response = client.post(own_url, data)
    assert response.status_code == 302
    saved = ReadinessResponse.objects.get(school=world.own.school)
    assert saved.respondent_role == "supervisor" and saved.score == Decimal("65.00")  # (60×2 + 75) / 3
    assert client.post(other_url, data).status_code == 403
    payload = {"questionnaire": questionnaire.pk, "school": world.other.school.pk,
               "answers": [{"question": q.pk, "value": 3} for q in questions]}
    api_response = api_as(supervisor).post("/api/v1/readiness-responses/", payload, format="json")
    assert api_response.status_code == 403
    assert api_response.json()["message"]
    assert not ReadinessResponse.objects.filter(school=world.other.school).exists()


def test_director_and_supervisor_each_answer_once_per_round(world, survey):
    questionnaire, questions = survey
    director, supervisor = world.users["school_director"], world.users["agency_supervisor"]
    submit_readiness(director, questionnaire, world.own.school, answers(questions, 5, 5, 4))
    submit_readiness(supervisor, questionnaire, world.own.school, answers(questions, 3, 3, 2))
    submit_readiness(director, questionnaire, world.own.school, answers(questions, 4, 4, 4))  # changes its answers
    rows = dict(ReadinessResponse.objects.filter(school=world.own.school).values_list("respondent_role", "score"))
    assert rows == {"director": Decimal("86.67"), "supervisor": Decimal("56.67")}


def test_supervisor_cannot_change_the_directors_answers(world, survey):
    questionnaire, questions = survey
    response = submit_readiness(world.users["school_director"], questionnaire, world.own.school,
                                answers(questions, 5, 5, 4))
    api = api_as(world.users["agency_supervisor"])
    result = api.patch(f"/api/v1/readiness-responses/{response.pk}/", {"comment": "แก้"}, format="json")
    assert result.status_code == 403
    response.refresh_from_db()
    assert response.comment == "" and response.score == Decimal("100.00")


@pytest.mark.parametrize("values, field, message", [
    ((5, 5), None, "Answer this question."),  # one question left unanswered
    ((5, 6, 4), "value", "Choose a value from 1 to 5."),
    ((0, 5, 4), "value", "Choose a value from 1 to 5."),
])
def test_bad_answers_are_refused_with_a_clear_message_and_nothing_is_written(world, survey, values, field, message):
    questionnaire, questions = survey
    payload = {"questionnaire": questionnaire.pk, "school": world.own.school.pk,
               "answers": [{"question": q.pk, "value": v} for q, v in zip(questions, values, strict=False)]}
    response = api_as(world.users["school_director"], "en").post("/api/v1/readiness-responses/", payload,
                                                                 format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert any(message in m for messages in body["errors"].values() for m in messages), body
    assert not ReadinessResponse.objects.exists()


def test_closed_questionnaire_takes_no_answers(world, survey):
    questionnaire, questions = survey
    questionnaire.is_open = False
    questionnaire.save()
    with pytest.raises(ValidationError):
        submit_readiness(world.users["school_director"], questionnaire, world.own.school, answers(questions, 1, 1, 1))
    assert not ReadinessResponse.objects.exists()


def test_answered_questionnaire_locks_its_questions(world, survey):
    questionnaire, questions = survey
    submit_readiness(world.users["school_director"], questionnaire, world.own.school, answers(questions, 1, 1, 1))
    admin = api_as(world.users["sbn_admin"], "en")
    response = admin.patch(f"/api/v1/readiness-questions/{questions[0].pk}/", {"weight": "5"}, format="json")
    assert response.status_code == 400
    assert "locked" in response.json()["message"]
    questions[0].refresh_from_db()
    assert questions[0].weight == 1
    new = admin.post("/api/v1/readiness-questions/", {"section": questions[0].section_id, "text_th": "ข้อใหม่"},
                     format="json")
    assert new.status_code == 400


def _agency_with_scores(world, questionnaire, questions, plan):
    """Schools of the own agency answered by director and supervisor with the values in plan."""
    director_user = {}
    schools = []
    for name, director_value, supervisor_value in plan:
        school = SchoolFactory(agency=world.own.agency, name_th=name)
        schools.append(school)
        if director_value is not None:
            director_user[school] = user_with_role("school_director", school)
            submit_readiness(director_user[school], questionnaire, school,
                             {q.pk: director_value for q in questions})
        if supervisor_value is not None:
            submit_readiness(world.users["agency_supervisor"], questionnaire, school,
                             {q.pk: supervisor_value for q in questions})
    return schools


def test_agency_ranking_orders_schools_by_score(world):
    questionnaire, questions = questionnaire_with([(1, [(5, 1), (5, 1)])])
    low, high, middle, tied, silent = _agency_with_scores(world, questionnaire, questions, [
        ("ข", 2, 2), ("ก", 5, 5), ("ค", 4, 3), ("ง", None, 4), ("จ", None, None)])
    rows = agency_ranking(questionnaire, world.own.agency)
    # high 100; middle (80+60)/2 = 70; tied 80 (supervisor only); low 40; world school and silent unranked.
    assert [(r.school, r.score, r.rank) for r in rows[:4]] == [
        (high, Decimal("100.00"), 1), (tied, Decimal("80.00"), 2), (middle, Decimal("70.00"), 3),
        (low, Decimal("40.00"), 4)]
    assert {r.school for r in rows[4:]} == {silent, world.own.school}
    assert all(r.rank is None and r.score is None for r in rows[4:])


def test_ranking_page_and_api(client, world):
    questionnaire, questions = questionnaire_with([(1, [(5, 1)])])
    low, high = _agency_with_scores(world, questionnaire, questions, [("ต่ำ", 1, 1), ("สูง", 5, 4)])
    client.force_login(world.users["province_officer"])
    page = client.get(reverse("schools:readiness-ranking", args=[questionnaire.pk]), {"agency": world.own.agency.pk})
    html = page.content.decode()
    assert page.status_code == 200 and html.index(high.get_absolute_url()) < html.index(low.get_absolute_url())
    api = api_as(world.users["province_officer"])
    body = api.get(f"/api/v1/readiness-questionnaires/{questionnaire.pk}/ranking/",
                   {"agency": world.own.agency.pk}).json()
    assert [(r["school"], r["rank"], r["score"]) for r in body["rows"][:2]] == [
        (high.pk, 1, "90.00"), (low.pk, 2, "20.00")]
    # Another province's office is listed, but its scores are outside a province officer's view.
    _other_school_answered(world, questionnaire, questions)
    other = api.get(f"/api/v1/readiness-questionnaires/{questionnaire.pk}/ranking/", {"agency": world.other.agency.pk})
    assert other.status_code == 200 and other.json()["rows"]
    assert all(row["score"] is None for row in other.json()["rows"])
    assert api.get(f"/api/v1/readiness-questionnaires/{questionnaire.pk}/ranking/", {"agency": 0}).status_code == 400


def _other_school_answered(world, questionnaire, questions):
    school = world.other.school
    submit_readiness(user_with_role("school_director", school), questionnaire, school,
                     {q.pk: 5 for q in questions})


def test_a_director_sees_only_their_own_school_in_the_ranking(world):
    questionnaire, questions = questionnaire_with([(1, [(5, 1)])])
    _agency_with_scores(world, questionnaire, questions, [("อื่น", 5, 5)])
    submit_readiness(world.users["school_director"], questionnaire, world.own.school, {questions[0].pk: 3})
    rows = agency_ranking(questionnaire, world.own.agency, world.users["school_director"])
    scored = [r for r in rows if r.score is not None]
    assert [r.school for r in scored] == [world.own.school]


def test_province_synthesis_averages_sections_and_finds_the_weakest(world):
    questionnaire, questions = questionnaire_with([(1, [(5, 1)]), (1, [(5, 1)]), (1, [(4, 1)])])
    strong, weak, scale4 = questions
    school_b = SchoolFactory(agency=world.own.agency)
    submit_readiness(world.users["school_director"], questionnaire, world.own.school,
                     {strong.pk: 5, weak.pk: 1, scale4.pk: 2})
    submit_readiness(world.users["agency_supervisor"], questionnaire, school_b, {strong.pk: 4, weak.pk: 2, scale4.pk: 3})
    submit_readiness(user_with_role("school_director", world.other.school), questionnaire, world.other.school,
                     {strong.pk: 1, weak.pk: 1, scale4.pk: 1})  # another province: not counted
    result = province_synthesis(questionnaire, world.own.province)
    averages = [(s.average, s.director_average, s.supervisor_average) for s in result.sections]
    assert averages == [(Decimal("90.00"), Decimal("100.00"), Decimal("80.00")),
                        (Decimal("30.00"), Decimal("20.00"), Decimal("40.00")),
                        (Decimal("62.50"), Decimal("50.00"), Decimal("75.00"))]
    assert [s.section.pk for s in result.weakest_sections] == [weak.section_id, scale4.section_id, strong.section_id]
    assert result.weakest_questions[0].question == weak
    assert result.schools == 2 and result.responses == {"director": 1, "supervisor": 1}
    body = api_as(world.users["sbn_viewer"]).get(
        f"/api/v1/readiness-questionnaires/{questionnaire.pk}/synthesis/", {"province": "31"}).json()
    assert body["weakest_sections"][0]["average"] == "30.00"
    assert [s["average"] for s in body["sections"]] == ["90.00", "30.00", "62.50"]


def test_synthesis_and_questionnaire_pages_render(client, world):
    questionnaire, questions = questionnaire_with([(1, [(5, 1)])])
    QuestionFactory(section=questions[0].section)
    client.force_login(world.users["sbn_viewer"])
    assert client.get(reverse("schools:readiness-synthesis", args=[questionnaire.pk]), {"province": "31"}).status_code == 200
    assert client.get(reverse("schools:questionnaire-detail", args=[questionnaire.pk])).status_code == 200
