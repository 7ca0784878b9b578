"""Work queues: ?awaiting=me on the period list (page and API), the queue page with bulk steps, and the
home page cards."""

import datetime

import pytest
from django.urls import reverse

from grants import queues, services
from grants.models import Allocation, Period, PeriodStatus
from tests.battery import assert_constant_queries
from tests.conftest import api_as
from tests.factories import SchoolFactory
from tests.grants.conftest import spend

URL = "/api/v1/periods/"
JAN, FEB, MAR = datetime.date(2024, 1, 1), datetime.date(2024, 2, 1), datetime.date(2024, 3, 1)


def _period(school, grants, month=JAN):
    return Period.objects.create(school=school, fiscal_year=grants.year, month=month)


def _submitted(world, school, grants, month=JAN):
    period = _period(school, grants, month)
    services.transition(world.users["sbn_admin"], period, "submit")
    return period


def _ids(response):
    assert response.status_code == 200, response.content
    return {r["id"] for r in response.json()["results"]}


@pytest.fixture
def chain(world, grants):
    """Periods at every stage, in both provinces."""
    own, other = world.own.school, world.other.school
    p = {"own_submitted": _submitted(world, own, grants), "other_submitted": _submitted(world, other, grants),
         "own_open": _period(own, grants, FEB), "own_verified": _submitted(world, own, grants, MAR)}
    services.transition(world.users["agency_supervisor"], p["own_verified"], "verify")
    p["own_acknowledged"] = _submitted(world, own, grants, datetime.date(2024, 4, 1))
    services.transition(world.users["agency_supervisor"], p["own_acknowledged"], "verify")
    services.transition(world.users["province_officer"], p["own_acknowledged"], "acknowledge")
    return p


@pytest.mark.parametrize("role, expected", [
    ("agency_supervisor", {"own_submitted"}),
    ("province_officer", {"own_verified"}),
    ("sbn_admin", {"own_acknowledged"}),
    ("school_director", {"own_open"}),
    ("sbn_viewer", set()),
    ("no_role", set()),
])
def test_awaiting_me_lists_only_the_callers_next_step_in_their_scope(world, grants, chain, role, expected):
    ids = _ids(api_as(world.users[role]).get(URL, {"awaiting": "me"}))
    assert ids == {chain[name].pk for name in expected}
    # Without the filter the whole list comes back, as before.
    assert len(_ids(api_as(world.users["agency_supervisor"]).get(URL))) == len(chain)


def test_the_caller_who_took_the_previous_step_is_not_asked_for_the_next(world, grants, chain):
    # The SBN admin submitted every period: none of those waiting for verification are "theirs" anyway,
    # and a supervisor who also submits for a school never sees their own submission to verify.
    from tests.factories import grant

    supervisor = world.users["agency_supervisor"]
    grant(supervisor, "school_director", world.own.school)
    mine = _period(world.own.school, grants, datetime.date(2024, 5, 1))
    services.transition(supervisor, mine, "submit")
    assert mine.pk not in _ids(api_as(supervisor).get(URL, {"awaiting": "me"}))
    assert chain["own_submitted"].pk in _ids(api_as(supervisor).get(URL, {"awaiting": "me"}))


@pytest.mark.parametrize("params", [{"awaiting": "you"}, {"awaiting": ""}, {"waiting": "me"}])
def test_an_unknown_filter_or_value_is_refused(world, grants, chain, params):
    response = api_as(world.users["agency_supervisor"]).get(URL, params)
    if params == {"awaiting": ""}:  # an empty value is no filter, as for every other filter
        assert response.status_code == 200
        return
    assert response.status_code == 400
    assert response.json()["code"] == "invalid" and set(params) <= set(response.json()["errors"])


def test_the_list_page_filters_the_same_way(client, world, grants, chain):
    client.force_login(world.users["agency_supervisor"])
    page = client.get(reverse("grants:period-list"), {"awaiting": "me"})
    assert page.status_code == 200
    html = page.content.decode()
    assert chain["own_submitted"].get_absolute_url() in html
    assert chain["other_submitted"].get_absolute_url() not in html
    assert client.get(reverse("grants:period-list"), {"awaiting": "you"}).status_code == 400


def test_awaiting_list_queries_are_constant(client, world, grants, chain):
    client.force_login(world.users["agency_supervisor"])

    def add_rows():
        for _n in range(5):
            school = SchoolFactory(agency=world.own.agency)
            Allocation.objects.create(school=school, fiscal_year=grants.year, programme=grants.programme, amount=1)
            _submitted(world, school, grants)

    assert_constant_queries(api_as(world.users["agency_supervisor"]), URL, add_rows, awaiting="me")


def test_queue_page_shows_each_roles_work_with_totals(client, world, grants, chain):
    spend(grants.own, "1250.50", day=datetime.date(2024, 1, 12))
    client.force_login(world.users["agency_supervisor"])
    html = client.get(reverse("grants:queue")).content.decode()
    assert chain["own_submitted"].get_absolute_url() in html and "1,250.50" in html
    assert chain["other_submitted"].get_absolute_url() not in html
    client.force_login(world.users["province_officer"])
    html = client.get(reverse("grants:queue")).content.decode()
    assert chain["own_verified"].get_absolute_url() in html
    assert chain["own_submitted"].get_absolute_url() not in html


def test_bulk_verify_from_the_queue_reports_each_period(client, world, grants, chain):
    supervisor = world.users["agency_supervisor"]
    second = _submitted(world, world.own.school, grants, datetime.date(2024, 6, 1))
    client.force_login(supervisor)
    response = client.post(reverse("grants:queue"), {
        "action": "verify", "period": [chain["own_submitted"].pk, second.pk, chain["other_submitted"].pk,
                                       chain["own_open"].pk]}, follow=True)
    html = response.content.decode()
    for name in ("own_submitted",):
        chain[name].refresh_from_db()
        assert chain[name].status == PeriodStatus.VERIFIED
    second.refresh_from_db()
    assert second.status == PeriodStatus.VERIFIED
    # Another office's month and an open month are refused, each with its reason; nothing else moved.
    assert Period.objects.get(pk=chain["other_submitted"].pk).status == PeriodStatus.SUBMITTED
    assert Period.objects.get(pk=chain["own_open"].pk).status == PeriodStatus.OPEN
    assert str(chain["other_submitted"]) in html and str(chain["own_open"]) in html
    assert [s.user for s in second.steps.filter(action="verify")] == [supervisor]


def test_bulk_api_each_its_own_step(world, grants, chain):
    admin = world.users["sbn_admin"]
    response = api_as(world.users["province_officer"]).post(f"{URL}bulk/", {
        "action": "acknowledge", "ids": [chain["own_verified"].pk, chain["own_submitted"].pk, 999999]},
        format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["done"] == 1 and body["refused"] == 2
    assert [(r["id"], r["ok"], r["code"]) for r in body["results"]] == [
        (chain["own_verified"].pk, True, "ok"), (chain["own_submitted"].pk, False, "wrong_status"),
        (999999, False, "not_found")]
    # SBN accepts what the province acknowledged; its own submissions are refused by separation of duties?
    # No: accepting follows the province's step, not the admin's submission.
    response = api_as(admin).post(f"{URL}bulk/", {"action": "accept", "ids": [chain["own_acknowledged"].pk]},
                                  format="json")
    assert response.json()["results"][0]["ok"] is True


@pytest.mark.parametrize("payload", [{"action": "return", "ids": [1]}, {"action": "verify", "ids": []},
                                     {"action": "verify"}, {"action": "verify", "ids": ["x"]}])
def test_bulk_api_refuses_bad_input(world, grants, chain, payload):
    response = api_as(world.users["agency_supervisor"]).post(f"{URL}bulk/", payload, format="json")
    assert response.status_code == 400 and response.json()["code"] == "invalid"
    assert Period.objects.get(pk=chain["own_submitted"].pk).status == PeriodStatus.SUBMITTED


def test_bulk_needs_a_signed_in_user(api, client, world, grants, chain):
    assert api.post(f"{URL}bulk/", {"action": "verify", "ids": [chain["own_submitted"].pk]},
                    format="json").status_code in (401, 403)
    assert client.get(reverse("grants:queue")).status_code == 302
    response = api_as(world.users["no_role"]).post(f"{URL}bulk/", {
        "action": "verify", "ids": [chain["own_submitted"].pk]}, format="json")
    assert response.json()["results"][0]["code"] in ("permission_denied", "not_found")
    assert Period.objects.get(pk=chain["own_submitted"].pk).status == PeriodStatus.SUBMITTED


def test_directors_months_to_submit_flag_the_overdue(world, grants):
    today = datetime.date(2024, 3, 15)
    returned = _submitted(world, world.own.school, grants, datetime.date(2023, 12, 1))
    services.transition(world.users["agency_supervisor"], returned, "return", "ใบเสร็จไม่ครบ")
    _submitted(world, world.own.school, grants, datetime.date(2023, 10, 1))
    _period(world.own.school, grants, datetime.date(2023, 11, 1))
    months = queues.months_to_submit(world.users["school_director"], today)
    assert [(m.month, m.returned, m.days_late) for m in months] == [
        (datetime.date(2023, 12, 1), True, 65),   # due 10 January
        (datetime.date(2023, 11, 1), False, 96),  # due 10 December
        (datetime.date(2024, 1, 1), False, 34),   # due 10 February
        (datetime.date(2024, 2, 1), False, 5),    # due 10 March
    ]
    assert queues.months_to_submit(world.users["agency_supervisor"], today) == []


def test_home_page_leads_with_the_queue_card(client, world, grants, chain):
    client.force_login(world.users["agency_supervisor"])
    html = client.get("/").content.decode()
    assert reverse("grants:queue") in html and "queue-verify" in html
    client.force_login(world.users["school_director"])
    html = client.get("/").content.decode()
    assert "to-submit" in html
    client.logout()
    assert "queue-verify" not in client.get("/").content.decode()
